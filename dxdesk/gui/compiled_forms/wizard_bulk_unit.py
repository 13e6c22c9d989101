"""Compiled from ui/wizard_bulk_unit.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget


class Ui_WizardBulkUnitPanel(object):
    def setupUi(self, WizardBulkUnitPanel):
        if not WizardBulkUnitPanel.objectName():
            WizardBulkUnitPanel.setObjectName(u"WizardBulkUnitPanel")
        WizardBulkUnitPanel.resize(480, 460)
        self.layout = QVBoxLayout(WizardBulkUnitPanel)
        self.layout.setObjectName(u"layout")
        self.headline = QLabel(WizardBulkUnitPanel)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.headline)

        self.leadCaption = QLabel(WizardBulkUnitPanel)
        self.leadCaption.setObjectName(u"leadCaption")

        self.layout.addWidget(self.leadCaption)

        self.leadCombo = QComboBox(WizardBulkUnitPanel)
        self.leadCombo.setObjectName(u"leadCombo")

        self.layout.addWidget(self.leadCombo)

        self.replaceCoCheck = QCheckBox(WizardBulkUnitPanel)
        self.replaceCoCheck.setObjectName(u"replaceCoCheck")

        self.layout.addWidget(self.replaceCoCheck)

        self.coList = QListWidget(WizardBulkUnitPanel)
        self.coList.setObjectName(u"coList")
        self.coList.setEnabled(False)
        self.coList.setAlternatingRowColors(True)

        self.layout.addWidget(self.coList)

        self.buttons = QDialogButtonBox(WizardBulkUnitPanel)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

        self.leadCaption.setBuddy(self.leadCombo)
        QWidget.setTabOrder(self.leadCombo, self.replaceCoCheck)
        QWidget.setTabOrder(self.replaceCoCheck, self.coList)
        QWidget.setTabOrder(self.coList, self.buttons)

        self.retranslateUi(WizardBulkUnitPanel)

        QMetaObject.connectSlotsByName(WizardBulkUnitPanel)
    # setupUi

    def retranslateUi(self, WizardBulkUnitPanel):
        self.leadCaption.setText(QCoreApplication.translate("WizardBulkUnitPanel", u"\u0110\u01a1n v\u1ecb &ch\u1ee7 tr\u00ec:", None))
        self.replaceCoCheck.setText(QCoreApplication.translate("WizardBulkUnitPanel", u"\u0110\u1eb7t l\u1ea1i \u0111\u01a1n v\u1ecb &ph\u1ed1i h\u1ee3p (n\u1ebfu kh\u00f4ng ch\u1ecdn: gi\u1eef nguy\u00ean \u0111\u01a1n v\u1ecb ph\u1ed1i h\u1ee3p c\u1ee7a t\u1eebng nhi\u1ec7m v\u1ee5):", None))
        pass
