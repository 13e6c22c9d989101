"""Compiled from ui/wizard_tasks.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget


class Ui_WizardTasksPanel(object):
    def setupUi(self, WizardTasksPanel):
        if not WizardTasksPanel.objectName():
            WizardTasksPanel.setObjectName(u"WizardTasksPanel")
        WizardTasksPanel.resize(1000, 560)
        self.layout = QVBoxLayout(WizardTasksPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.bulkRow = QHBoxLayout()
        self.bulkRow.setObjectName(u"bulkRow")
        self.assignButton = QPushButton(WizardTasksPanel)
        self.assignButton.setObjectName(u"assignButton")

        self.bulkRow.addWidget(self.assignButton)

        self.deadlineButton = QPushButton(WizardTasksPanel)
        self.deadlineButton.setObjectName(u"deadlineButton")

        self.bulkRow.addWidget(self.deadlineButton)

        self.selectionLabel = QLabel(WizardTasksPanel)
        self.selectionLabel.setObjectName(u"selectionLabel")

        self.bulkRow.addWidget(self.selectionLabel)

        self.bulkSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bulkRow.addItem(self.bulkSpacer2)

        self.workdayButton = QPushButton(WizardTasksPanel)
        self.workdayButton.setObjectName(u"workdayButton")

        self.bulkRow.addWidget(self.workdayButton)


        self.layout.addLayout(self.bulkRow)

        self.tableCaption = QLabel(WizardTasksPanel)
        self.tableCaption.setObjectName(u"tableCaption")

        self.layout.addWidget(self.tableCaption)

        self.taskTable = QTableView(WizardTasksPanel)
        self.taskTable.setObjectName(u"taskTable")
        self.taskTable.setAlternatingRowColors(True)
        self.taskTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.taskTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.taskTable.setWordWrap(False)
        self.taskTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)

        self.layout.addWidget(self.taskTable)

        self.statusLabel = QLabel(WizardTasksPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.tableCaption.setBuddy(self.taskTable)
        QWidget.setTabOrder(self.taskTable, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.deadlineButton)
        QWidget.setTabOrder(self.deadlineButton, self.workdayButton)

        self.retranslateUi(WizardTasksPanel)

        QMetaObject.connectSlotsByName(WizardTasksPanel)
    # setupUi

    def retranslateUi(self, WizardTasksPanel):
        self.assignButton.setText(QCoreApplication.translate("WizardTasksPanel", u"&Giao cho \u0111\u01a1n v\u1ecb\u2026", None))
        self.assignButton.setToolTip(QCoreApplication.translate("WizardTasksPanel", u"Giao c\u00e1c nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn cho m\u1ed9t \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec (v\u00e0 \u0111\u01a1n v\u1ecb ph\u1ed1i h\u1ee3p)", None))
        self.deadlineButton.setText(QCoreApplication.translate("WizardTasksPanel", u"\u0110\u1eb7t th\u1eddi &h\u1ea1n\u2026", None))
        self.deadlineButton.setToolTip(QCoreApplication.translate("WizardTasksPanel", u"\u0110\u1eb7t c\u00f9ng m\u1ed9t th\u1eddi h\u1ea1n cho c\u00e1c nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn", None))
        self.workdayButton.setText(QCoreApplication.translate("WizardTasksPanel", u"D\u1eddi sang ng\u00e0y &l\u00e0m vi\u1ec7c", None))
        self.workdayButton.setToolTip(QCoreApplication.translate("WizardTasksPanel", u"D\u1eddi m\u1ecdi th\u1eddi h\u1ea1n r\u01a1i v\u00e0o th\u1ee9 B\u1ea3y, Ch\u1ee7 nh\u1eadt ho\u1eb7c ng\u00e0y l\u1ec5 v\u1ec1 ng\u00e0y l\u00e0m vi\u1ec7c li\u1ec1n tr\u01b0\u1edbc", None))
        self.tableCaption.setText(QCoreApplication.translate("WizardTasksPanel", u"&Danh s\u00e1ch nhi\u1ec7m v\u1ee5 (b\u1ea5m \u0111\u00fap v\u00e0o \u00f4 \u0111\u1ec3 s\u1eeda; gi\u1eef Ctrl ho\u1eb7c Shift \u0111\u1ec3 ch\u1ecdn nhi\u1ec1u d\u00f2ng):", None))
        pass
