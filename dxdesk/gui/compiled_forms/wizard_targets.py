"""Compiled from ui/wizard_targets.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget


class Ui_WizardTargetsPanel(object):
    def setupUi(self, WizardTargetsPanel):
        if not WizardTargetsPanel.objectName():
            WizardTargetsPanel.setObjectName(u"WizardTargetsPanel")
        WizardTargetsPanel.resize(1000, 560)
        self.layout = QVBoxLayout(WizardTargetsPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.tableCaption = QLabel(WizardTargetsPanel)
        self.tableCaption.setObjectName(u"tableCaption")

        self.layout.addWidget(self.tableCaption)

        self.targetTable = QTableView(WizardTargetsPanel)
        self.targetTable.setObjectName(u"targetTable")
        self.targetTable.setAlternatingRowColors(True)
        self.targetTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.targetTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.targetTable.setWordWrap(True)
        self.targetTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.layout.addWidget(self.targetTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.resetButton = QPushButton(WizardTargetsPanel)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.countLabel = QLabel(WizardTargetsPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonRow.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)

        self.tableCaption.setBuddy(self.targetTable)
        QWidget.setTabOrder(self.targetTable, self.resetButton)

        self.retranslateUi(WizardTargetsPanel)

        QMetaObject.connectSlotsByName(WizardTargetsPanel)
    # setupUi

    def retranslateUi(self, WizardTargetsPanel):
        self.tableCaption.setText(QCoreApplication.translate("WizardTargetsPanel", u"&Ch\u1ec9 ti\u00eau c\u1ee7a huy\u1ec7n:", None))
        self.resetButton.setText(QCoreApplication.translate("WizardTargetsPanel", u"&L\u1ea5y l\u1ea1i theo t\u1ec9nh", None))
        self.resetButton.setToolTip(QCoreApplication.translate("WizardTargetsPanel", u"\u0110\u1eb7t c\u00e1c ch\u1ec9 ti\u00eau \u0111ang ch\u1ecdn v\u1ec1 gi\u00e1 tr\u1ecb v\u00e0 n\u1ed9i dung c\u1ee7a t\u1ec9nh", None))
        pass
