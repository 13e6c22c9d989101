"""Compiled from ui/wizard_bulk_deadline.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget


class Ui_WizardBulkDeadlinePanel(object):
    def setupUi(self, WizardBulkDeadlinePanel):
        if not WizardBulkDeadlinePanel.objectName():
            WizardBulkDeadlinePanel.setObjectName(u"WizardBulkDeadlinePanel")
        WizardBulkDeadlinePanel.resize(420, 180)
        self.layout = QVBoxLayout(WizardBulkDeadlinePanel)
        self.layout.setObjectName(u"layout")
        self.headline = QLabel(WizardBulkDeadlinePanel)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.headline)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateCaption = QLabel(WizardBulkDeadlinePanel)
        self.dateCaption.setObjectName(u"dateCaption")

        self.dateRow.addWidget(self.dateCaption)

        self.dateEdit = QDateEdit(WizardBulkDeadlinePanel)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.layout.addLayout(self.dateRow)

        self.warningLabel = QLabel(WizardBulkDeadlinePanel)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #8d4e00; font-weight: bold;")

        self.layout.addWidget(self.warningLabel)

        self.clearCheck = QCheckBox(WizardBulkDeadlinePanel)
        self.clearCheck.setObjectName(u"clearCheck")

        self.layout.addWidget(self.clearCheck)

        self.buttons = QDialogButtonBox(WizardBulkDeadlinePanel)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

        self.dateCaption.setBuddy(self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.clearCheck)
        QWidget.setTabOrder(self.clearCheck, self.buttons)

        self.retranslateUi(WizardBulkDeadlinePanel)

        QMetaObject.connectSlotsByName(WizardBulkDeadlinePanel)
    # setupUi

    def retranslateUi(self, WizardBulkDeadlinePanel):
        self.dateCaption.setText(QCoreApplication.translate("WizardBulkDeadlinePanel", u"&Th\u1eddi h\u1ea1n (ng\u00e0y/th\u00e1ng/n\u0103m):", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("WizardBulkDeadlinePanel", u"dd/MM/yyyy", None))
        self.clearCheck.setText(QCoreApplication.translate("WizardBulkDeadlinePanel", u"&Kh\u00f4ng \u0111\u1eb7t th\u1eddi h\u1ea1n (x\u00f3a th\u1eddi h\u1ea1n c\u1ee7a c\u00e1c nhi\u1ec7m v\u1ee5 n\u00e0y)", None))
        pass
