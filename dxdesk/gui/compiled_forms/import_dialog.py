"""Compiled from ui/import_dialog.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout


class Ui_ImportPanel(object):
    def setupUi(self, ImportPanel):
        if not ImportPanel.objectName():
            ImportPanel.setObjectName(u"ImportPanel")
        ImportPanel.resize(1000, 680)
        self.layout = QVBoxLayout(ImportPanel)
        self.layout.setObjectName(u"layout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileCaption = QLabel(ImportPanel)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileRow.addWidget(self.fileCaption)

        self.fileEdit = QLineEdit(ImportPanel)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportPanel)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.layout.addLayout(self.fileRow)

        self.summaryLabel = QLabel(ImportPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.kindCaption = QLabel(ImportPanel)
        self.kindCaption.setObjectName(u"kindCaption")

        self.editRow.addWidget(self.kindCaption)

        self.kindCombo = QComboBox(ImportPanel)
        self.kindCombo.setObjectName(u"kindCombo")

        self.editRow.addWidget(self.kindCombo)

        self.outdentButton = QPushButton(ImportPanel)
        self.outdentButton.setObjectName(u"outdentButton")

        self.editRow.addWidget(self.outdentButton)

        self.indentButton = QPushButton(ImportPanel)
        self.indentButton.setObjectName(u"indentButton")

        self.editRow.addWidget(self.indentButton)

        self.mergeButton = QPushButton(ImportPanel)
        self.mergeButton.setObjectName(u"mergeButton")

        self.editRow.addWidget(self.mergeButton)

        self.splitButton = QPushButton(ImportPanel)
        self.splitButton.setObjectName(u"splitButton")

        self.editRow.addWidget(self.splitButton)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editRow.addItem(self.editSpacer)


        self.layout.addLayout(self.editRow)

        self.tree = QTreeWidget(ImportPanel)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)

        self.layout.addWidget(self.tree)

        self.closingLabel = QLabel(ImportPanel)
        self.closingLabel.setObjectName(u"closingLabel")
        self.closingLabel.setWordWrap(True)

        self.layout.addWidget(self.closingLabel)

        self.buttons = QDialogButtonBox(ImportPanel)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ImportPanel)

        QMetaObject.connectSlotsByName(ImportPanel)
    # setupUi

    def retranslateUi(self, ImportPanel):
        self.fileCaption.setText(QCoreApplication.translate("ImportPanel", u"T\u1ec7p k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportPanel", u"Ch\u1ecdn t\u1ec7p .docx, .pdf, .txt, .md ho\u1eb7c .xlsx \u2014 ho\u1eb7c k\u00e9o th\u1ea3 t\u1ec7p v\u00e0o c\u1eeda s\u1ed5 n\u00e0y", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportPanel", u"&Ch\u1ecdn t\u1ec7p\u2026", None))
        self.summaryLabel.setText(QCoreApplication.translate("ImportPanel", u"Ch\u01b0a \u0111\u1ecdc t\u1ec7p n\u00e0o.", None))
        self.kindCaption.setText(QCoreApplication.translate("ImportPanel", u"Lo\u1ea1i c\u1ee7a d\u00f2ng \u0111\u00e3 ch\u1ecdn:", None))
        self.outdentButton.setText(QCoreApplication.translate("ImportPanel", u"\u25c0 L\u00ean c\u1ea5p", None))
        self.outdentButton.setToolTip(QCoreApplication.translate("ImportPanel", u"\u0110\u01b0a \u0111\u1ec1 m\u1ee5c l\u00ean c\u1ea5p cao h\u01a1n (Ctrl+[)", None))
        self.indentButton.setText(QCoreApplication.translate("ImportPanel", u"Xu\u1ed1ng c\u1ea5p \u25b6", None))
        self.indentButton.setToolTip(QCoreApplication.translate("ImportPanel", u"\u0110\u01b0a \u0111\u1ec1 m\u1ee5c xu\u1ed1ng c\u1ea5p th\u1ea5p h\u01a1n (Ctrl+])", None))
        self.mergeButton.setText(QCoreApplication.translate("ImportPanel", u"&G\u1ed9p v\u1edbi d\u00f2ng d\u01b0\u1edbi", None))
        self.splitButton.setText(QCoreApplication.translate("ImportPanel", u"&T\u00e1ch d\u00f2ng\u2026", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ImportPanel", u"Gi\u00e1 tr\u1ecb / \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec / th\u1eddi h\u1ea1n", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ImportPanel", u"Lo\u1ea1i", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ImportPanel", u"N\u1ed9i dung", None))
        pass
