"""Compiled from ui/unit_forms_dialog.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget


class Ui_UnitFormsPanel(object):
    def setupUi(self, UnitFormsPanel):
        if not UnitFormsPanel.objectName():
            UnitFormsPanel.setObjectName(u"UnitFormsPanel")
        self.layout = QVBoxLayout(UnitFormsPanel)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(UnitFormsPanel)
        self.tabs.setObjectName(u"tabs")
        self.sendTab = QWidget()
        self.sendTab.setObjectName(u"sendTab")
        self.sendLayout = QVBoxLayout(self.sendTab)
        self.sendLayout.setObjectName(u"sendLayout")
        self.sendIntro = QLabel(self.sendTab)
        self.sendIntro.setObjectName(u"sendIntro")
        self.sendIntro.setWordWrap(True)

        self.sendLayout.addWidget(self.sendIntro)

        self.sendForm = QFormLayout()
        self.sendForm.setObjectName(u"sendForm")
        self.periodCaption = QLabel(self.sendTab)
        self.periodCaption.setObjectName(u"periodCaption")

        self.sendForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodCaption)

        self.periodCombo = QComboBox(self.sendTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.sendForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.folderCaption = QLabel(self.sendTab)
        self.folderCaption.setObjectName(u"folderCaption")

        self.sendForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderCaption)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.sendTab)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.folderButton = QPushButton(self.sendTab)
        self.folderButton.setObjectName(u"folderButton")

        self.folderRow.addWidget(self.folderButton)


        self.sendForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.includeFinishedCheck = QCheckBox(self.sendTab)
        self.includeFinishedCheck.setObjectName(u"includeFinishedCheck")

        self.sendForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.includeFinishedCheck)


        self.sendLayout.addLayout(self.sendForm)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.exportButton = QPushButton(self.sendTab)
        self.exportButton.setObjectName(u"exportButton")

        self.exportRow.addWidget(self.exportButton)

        self.openFolderButton = QPushButton(self.sendTab)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setEnabled(False)

        self.exportRow.addWidget(self.openFolderButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportRow.addItem(self.exportSpacer)


        self.sendLayout.addLayout(self.exportRow)

        self.writtenList = QListWidget(self.sendTab)
        self.writtenList.setObjectName(u"writtenList")

        self.sendLayout.addWidget(self.writtenList)

        self.sendMessage = QLabel(self.sendTab)
        self.sendMessage.setObjectName(u"sendMessage")
        self.sendMessage.setWordWrap(True)
        self.sendMessage.setStyleSheet(u"color: #b71c1c; font-weight: bold;")

        self.sendLayout.addWidget(self.sendMessage)

        self.tabs.addTab(self.sendTab, "")
        self.receiveTab = QWidget()
        self.receiveTab.setObjectName(u"receiveTab")
        self.receiveLayout = QVBoxLayout(self.receiveTab)
        self.receiveLayout.setObjectName(u"receiveLayout")
        self.filesRow = QHBoxLayout()
        self.filesRow.setObjectName(u"filesRow")
        self.chooseFilesButton = QPushButton(self.receiveTab)
        self.chooseFilesButton.setObjectName(u"chooseFilesButton")

        self.filesRow.addWidget(self.chooseFilesButton)

        self.summaryLabel = QLabel(self.receiveTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.filesRow.addWidget(self.summaryLabel)

        self.filesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filesRow.addItem(self.filesSpacer)


        self.receiveLayout.addLayout(self.filesRow)

        self.previewTable = QTableWidget(self.receiveTab)
        self.previewTable.setObjectName(u"previewTable")

        self.receiveLayout.addWidget(self.previewTable)

        self.receiveMessage = QLabel(self.receiveTab)
        self.receiveMessage.setObjectName(u"receiveMessage")
        self.receiveMessage.setWordWrap(True)
        self.receiveMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.receiveMessage.setStyleSheet(u"color: #b71c1c; font-weight: bold;")

        self.receiveLayout.addWidget(self.receiveMessage)

        self.applyRow = QHBoxLayout()
        self.applyRow.setObjectName(u"applyRow")
        self.applySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applyRow.addItem(self.applySpacer)

        self.applyButton = QPushButton(self.receiveTab)
        self.applyButton.setObjectName(u"applyButton")
        self.applyButton.setEnabled(False)

        self.applyRow.addWidget(self.applyButton)


        self.receiveLayout.addLayout(self.applyRow)

        self.tabs.addTab(self.receiveTab, "")

        self.layout.addWidget(self.tabs)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(UnitFormsPanel)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.layout.addLayout(self.bottomRow)

        self.periodCaption.setBuddy(self.periodCombo)
        self.folderCaption.setBuddy(self.folderEdit)

        self.retranslateUi(UnitFormsPanel)

        QMetaObject.connectSlotsByName(UnitFormsPanel)
    # setupUi

    def retranslateUi(self, UnitFormsPanel):
        self.sendIntro.setText(QCoreApplication.translate("UnitFormsPanel", u"dxdesk ghi cho m\u1ed7i \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec m\u1ed9t t\u1ec7p Excel li\u1ec7t k\u00ea c\u00e1c nhi\u1ec7m v\u1ee5 c\u1ee7a \u0111\u01a1n v\u1ecb. \u0110\u01a1n v\u1ecb \u0111i\u1ec1n tr\u1ea1ng th\u00e1i, ti\u1ebfn \u0111\u1ed9, vi\u1ec7c \u0111\u00e3 l\u00e0m v\u00e0 minh ch\u1ee9ng r\u1ed3i g\u1eedi l\u1ea1i \u0111\u00fang t\u1ec7p \u0111\u00f3.", None))
        self.periodCaption.setText(QCoreApplication.translate("UnitFormsPanel", u"&K\u1ef3 b\u00e1o c\u00e1o:", None))
        self.folderCaption.setText(QCoreApplication.translate("UnitFormsPanel", u"&Th\u01b0 m\u1ee5c:", None))
        self.folderButton.setText(QCoreApplication.translate("UnitFormsPanel", u"&Ch\u1ecdn\u2026", None))
        self.includeFinishedCheck.setText(QCoreApplication.translate("UnitFormsPanel", u"G\u1ed3m c\u1ea3 nhi\u1ec7m v\u1ee5 \u0111\u00e3 ho\u00e0n th\u00e0nh", None))
        self.exportButton.setText(QCoreApplication.translate("UnitFormsPanel", u"&Xu\u1ea5t bi\u1ec3u m\u1eabu", None))
        self.openFolderButton.setText(QCoreApplication.translate("UnitFormsPanel", u"&M\u1edf th\u01b0 m\u1ee5c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sendTab), QCoreApplication.translate("UnitFormsPanel", u"&G\u1eedi bi\u1ec3u m\u1eabu", None))
        self.chooseFilesButton.setText(QCoreApplication.translate("UnitFormsPanel", u"Ch\u1ecdn &t\u1ec7p \u0111\u01a1n v\u1ecb g\u1eedi l\u1ea1i\u2026", None))
        self.applyButton.setText(QCoreApplication.translate("UnitFormsPanel", u"&C\u1eadp nh\u1eadt", None))
        self.tabs.setTabText(self.tabs.indexOf(self.receiveTab), QCoreApplication.translate("UnitFormsPanel", u"&Nh\u1eadn bi\u1ec3u m\u1eabu", None))
        self.closeButton.setText(QCoreApplication.translate("UnitFormsPanel", u"\u0110\u00f3&ng", None))
        pass
