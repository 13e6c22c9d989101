"""Compiled from ui/documents_dialog.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget


class Ui_DocumentsPanel(object):
    def setupUi(self, DocumentsPanel):
        if not DocumentsPanel.objectName():
            DocumentsPanel.setObjectName(u"DocumentsPanel")
        DocumentsPanel.resize(1100, 720)
        self.layout = QHBoxLayout(DocumentsPanel)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(DocumentsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.choices = QWidget(self.splitter)
        self.choices.setObjectName(u"choices")
        self.choicesLayout = QVBoxLayout(self.choices)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindCaption = QLabel(self.choices)
        self.kindCaption.setObjectName(u"kindCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindCombo = QComboBox(self.choices)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.periodCaption = QLabel(self.choices)
        self.periodCaption.setObjectName(u"periodCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodCaption)

        self.periodCombo = QComboBox(self.choices)
        self.periodCombo.setObjectName(u"periodCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.presetCaption = QLabel(self.choices)
        self.presetCaption.setObjectName(u"presetCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.presetCaption)

        self.presetCombo = QComboBox(self.choices)
        self.presetCombo.setObjectName(u"presetCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.presetCombo)

        self.signerCaption = QLabel(self.choices)
        self.signerCaption.setObjectName(u"signerCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerCaption)

        self.signerCombo = QComboBox(self.choices)
        self.signerCombo.setObjectName(u"signerCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerCombo)


        self.choicesLayout.addLayout(self.form)

        self.recipientsCaption = QLabel(self.choices)
        self.recipientsCaption.setObjectName(u"recipientsCaption")
        self.recipientsCaption.setWordWrap(True)

        self.choicesLayout.addWidget(self.recipientsCaption)

        self.recipientsEdit = QPlainTextEdit(self.choices)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setTabChangesFocus(True)

        self.choicesLayout.addWidget(self.recipientsEdit)

        self.addUnitsButton = QPushButton(self.choices)
        self.addUnitsButton.setObjectName(u"addUnitsButton")

        self.choicesLayout.addWidget(self.addUnitsButton)

        self.messageLabel = QLabel(self.choices)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.choicesLayout.addWidget(self.messageLabel)

        self.openAfterCheck = QCheckBox(self.choices)
        self.openAfterCheck.setObjectName(u"openAfterCheck")
        self.openAfterCheck.setChecked(True)

        self.choicesLayout.addWidget(self.openAfterCheck)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveDocxButton = QPushButton(self.choices)
        self.saveDocxButton.setObjectName(u"saveDocxButton")

        self.saveRow.addWidget(self.saveDocxButton)

        self.savePdfButton = QPushButton(self.choices)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.saveRow.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.choices)
        self.printButton.setObjectName(u"printButton")

        self.saveRow.addWidget(self.printButton)

        self.closeButton = QPushButton(self.choices)
        self.closeButton.setObjectName(u"closeButton")

        self.saveRow.addWidget(self.closeButton)


        self.choicesLayout.addLayout(self.saveRow)

        self.splitter.addWidget(self.choices)
        self.preview = QTextBrowser(self.splitter)
        self.preview.setObjectName(u"preview")
        self.preview.setOpenLinks(False)
        self.splitter.addWidget(self.preview)

        self.layout.addWidget(self.splitter)

        self.kindCaption.setBuddy(self.kindCombo)
        self.periodCaption.setBuddy(self.periodCombo)
        self.presetCaption.setBuddy(self.presetCombo)
        self.signerCaption.setBuddy(self.signerCombo)
        self.recipientsCaption.setBuddy(self.recipientsEdit)

        self.retranslateUi(DocumentsPanel)

        QMetaObject.connectSlotsByName(DocumentsPanel)
    # setupUi

    def retranslateUi(self, DocumentsPanel):
        self.kindCaption.setText(QCoreApplication.translate("DocumentsPanel", u"&Lo\u1ea1i v\u0103n b\u1ea3n:", None))
        self.periodCaption.setText(QCoreApplication.translate("DocumentsPanel", u"&K\u1ef3 b\u00e1o c\u00e1o:", None))
        self.presetCaption.setText(QCoreApplication.translate("DocumentsPanel", u"&N\u01a1i nh\u1eadn theo m\u1eabu:", None))
        self.signerCaption.setText(QCoreApplication.translate("DocumentsPanel", u"Ng\u01b0\u1eddi &k\u00fd:", None))
        self.recipientsCaption.setText(QCoreApplication.translate("DocumentsPanel", u"N\u01a1i &nh\u1eadn (m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i; d\u00f2ng \u201cL\u01b0u: VT, \u2026\u201d lu\u00f4n \u0111\u01b0\u1ee3c th\u00eam \u1edf cu\u1ed1i):", None))
        self.addUnitsButton.setText(QCoreApplication.translate("DocumentsPanel", u"&Th\u00eam c\u00e1c \u0111\u01a1n v\u1ecb trong v\u0103n b\u1ea3n", None))
        self.messageLabel.setText("")
        self.openAfterCheck.setText(QCoreApplication.translate("DocumentsPanel", u"&M\u1edf t\u1ec7p sau khi l\u01b0u", None))
        self.saveDocxButton.setText(QCoreApplication.translate("DocumentsPanel", u"L\u01b0u .&docx\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("DocumentsPanel", u"L\u01b0u .&pdf\u2026", None))
        self.printButton.setText(QCoreApplication.translate("DocumentsPanel", u"&In\u2026", None))
        self.printButton.setToolTip(QCoreApplication.translate("DocumentsPanel", u"Xem tr\u01b0\u1edbc t\u1eebng trang \u0111\u00fang nh\u01b0 b\u1ea3n PDF, r\u1ed3i in", None))
        self.closeButton.setText(QCoreApplication.translate("DocumentsPanel", u"\u0110\u00f3ng", None))
        pass
