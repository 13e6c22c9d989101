"""Compiled from ui/outline_editor.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget


class Ui_OutlinePanel(object):
    def setupUi(self, OutlinePanel):
        if not OutlinePanel.objectName():
            OutlinePanel.setObjectName(u"OutlinePanel")
        OutlinePanel.resize(1000, 600)
        self.layout = QVBoxLayout(OutlinePanel)
        self.layout.setObjectName(u"layout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.addButton = QPushButton(OutlinePanel)
        self.addButton.setObjectName(u"addButton")

        self.toolRow.addWidget(self.addButton)

        self.deleteButton = QPushButton(OutlinePanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolRow.addWidget(self.deleteButton)

        self.upButton = QPushButton(OutlinePanel)
        self.upButton.setObjectName(u"upButton")

        self.toolRow.addWidget(self.upButton)

        self.downButton = QPushButton(OutlinePanel)
        self.downButton.setObjectName(u"downButton")

        self.toolRow.addWidget(self.downButton)

        self.indentButton = QPushButton(OutlinePanel)
        self.indentButton.setObjectName(u"indentButton")

        self.toolRow.addWidget(self.indentButton)

        self.outdentButton = QPushButton(OutlinePanel)
        self.outdentButton.setObjectName(u"outdentButton")

        self.toolRow.addWidget(self.outdentButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.hintLabel = QLabel(OutlinePanel)
        self.hintLabel.setObjectName(u"hintLabel")

        self.toolRow.addWidget(self.hintLabel)


        self.layout.addLayout(self.toolRow)

        self.splitter = QSplitter(OutlinePanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.tree = QTreeWidget(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setHeaderHidden(True)
        self.splitter.addWidget(self.tree)
        self.editor = QWidget(self.splitter)
        self.editor.setObjectName(u"editor")
        self.editorLayout = QVBoxLayout(self.editor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.titleCaption = QLabel(self.editor)
        self.titleCaption.setObjectName(u"titleCaption")

        self.editorLayout.addWidget(self.titleCaption)

        self.titleEdit = QLineEdit(self.editor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.editorLayout.addWidget(self.titleEdit)

        self.bodyCaption = QLabel(self.editor)
        self.bodyCaption.setObjectName(u"bodyCaption")

        self.editorLayout.addWidget(self.bodyCaption)

        self.bodyEdit = QPlainTextEdit(self.editor)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.editorLayout.addWidget(self.bodyEdit)

        self.problemLabel = QLabel(self.editor)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #b71c1c; font-weight: bold;")

        self.editorLayout.addWidget(self.problemLabel)

        self.splitter.addWidget(self.editor)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(1, 1)
        self.titleCaption.setBuddy(self.titleEdit)
        self.bodyCaption.setBuddy(self.bodyEdit)

        self.retranslateUi(OutlinePanel)

        QMetaObject.connectSlotsByName(OutlinePanel)
    # setupUi

    def retranslateUi(self, OutlinePanel):
        self.addButton.setText(QCoreApplication.translate("OutlinePanel", u"&Th\u00eam m\u1ee5c", None))
        self.addButton.setToolTip(QCoreApplication.translate("OutlinePanel", u"Th\u00eam m\u1ed9t m\u1ee5c c\u00f9ng c\u1ea5p ngay sau m\u1ee5c \u0111ang ch\u1ecdn (Ctrl+Enter)", None))
        self.deleteButton.setText(QCoreApplication.translate("OutlinePanel", u"&X\u00f3a m\u1ee5c", None))
        self.upButton.setText(QCoreApplication.translate("OutlinePanel", u"\u25b2 L\u00ean", None))
        self.upButton.setToolTip(QCoreApplication.translate("OutlinePanel", u"Chuy\u1ec3n m\u1ee5c l\u00ean tr\u00ean (Alt+Up)", None))
        self.downButton.setText(QCoreApplication.translate("OutlinePanel", u"\u25bc Xu\u1ed1ng", None))
        self.downButton.setToolTip(QCoreApplication.translate("OutlinePanel", u"Chuy\u1ec3n m\u1ee5c xu\u1ed1ng d\u01b0\u1edbi (Alt+Down)", None))
        self.indentButton.setText(QCoreApplication.translate("OutlinePanel", u"Th\u1ee5t v\u00e0o \u25b6", None))
        self.indentButton.setToolTip(QCoreApplication.translate("OutlinePanel", u"Bi\u1ebfn th\u00e0nh m\u1ee5c con c\u1ee7a m\u1ee5c ph\u00eda tr\u00ean (Alt+Right)", None))
        self.outdentButton.setText(QCoreApplication.translate("OutlinePanel", u"\u25c0 L\u00f9i ra", None))
        self.outdentButton.setToolTip(QCoreApplication.translate("OutlinePanel", u"\u0110\u01b0a l\u00ean c\u1ea5p tr\u00ean (Alt+Left)", None))
        self.hintLabel.setText(QCoreApplication.translate("OutlinePanel", u"M\u1ecdi thay \u0111\u1ed5i \u0111\u01b0\u1ee3c l\u01b0u ngay; Ctrl+Z \u0111\u1ec3 ho\u00e0n t\u00e1c.", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OutlinePanel", u"M\u1ee5c", None))
        self.titleCaption.setText(QCoreApplication.translate("OutlinePanel", u"T\u00ean &m\u1ee5c:", None))
        self.bodyCaption.setText(QCoreApplication.translate("OutlinePanel", u"&N\u1ed9i dung c\u1ee7a m\u1ee5c (m\u1ed7i \u0111o\u1ea1n m\u1ed9t d\u00f2ng; d\u00f2ng b\u1eaft \u0111\u1ea7u b\u1eb1ng \u201c-\u201d l\u00e0 m\u1ed9t \u00fd):", None))
        pass
