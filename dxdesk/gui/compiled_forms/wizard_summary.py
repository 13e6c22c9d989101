"""Compiled from ui/wizard_summary.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget


class Ui_WizardSummaryPanel(object):
    def setupUi(self, WizardSummaryPanel):
        if not WizardSummaryPanel.objectName():
            WizardSummaryPanel.setObjectName(u"WizardSummaryPanel")
        WizardSummaryPanel.resize(1000, 560)
        self.layout = QVBoxLayout(WizardSummaryPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleCaption = QLabel(WizardSummaryPanel)
        self.titleCaption.setObjectName(u"titleCaption")

        self.titleRow.addWidget(self.titleCaption)

        self.titleEdit = QLineEdit(WizardSummaryPanel)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleRow.addWidget(self.titleEdit)


        self.layout.addLayout(self.titleRow)

        self.summaryView = QTextBrowser(WizardSummaryPanel)
        self.summaryView.setObjectName(u"summaryView")
        self.summaryView.setOpenLinks(False)

        self.layout.addWidget(self.summaryView)

        self.problemLabel = QLabel(WizardSummaryPanel)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #b71c1c; font-weight: bold;")

        self.layout.addWidget(self.problemLabel)

        self.titleCaption.setBuddy(self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.summaryView)

        self.retranslateUi(WizardSummaryPanel)

        QMetaObject.connectSlotsByName(WizardSummaryPanel)
    # setupUi

    def retranslateUi(self, WizardSummaryPanel):
        self.titleCaption.setText(QCoreApplication.translate("WizardSummaryPanel", u"T&r\u00edch y\u1ebfu (t\u00ean k\u1ebf ho\u1ea1ch):", None))
        pass
