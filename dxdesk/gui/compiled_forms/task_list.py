"""Compiled from ui/task_list.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout


class Ui_TaskListPanel(object):
    def setupUi(self, TaskListPanel):
        if not TaskListPanel.objectName():
            TaskListPanel.setObjectName(u"TaskListPanel")
        TaskListPanel.resize(1400, 800)
        self.layout = QVBoxLayout(TaskListPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.filterRow1 = QHBoxLayout()
        self.filterRow1.setObjectName(u"filterRow1")
        self.searchCaption = QLabel(TaskListPanel)
        self.searchCaption.setObjectName(u"searchCaption")

        self.filterRow1.addWidget(self.searchCaption)

        self.searchEdit = QLineEdit(TaskListPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(150, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow1.addWidget(self.searchEdit)

        self.unitCaption = QLabel(TaskListPanel)
        self.unitCaption.setObjectName(u"unitCaption")

        self.filterRow1.addWidget(self.unitCaption)

        self.unitCombo = QComboBox(TaskListPanel)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(12)

        self.filterRow1.addWidget(self.unitCombo)

        self.groupCaption = QLabel(TaskListPanel)
        self.groupCaption.setObjectName(u"groupCaption")

        self.filterRow1.addWidget(self.groupCaption)

        self.groupCombo = QComboBox(TaskListPanel)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.groupCombo.setMinimumContentsLength(10)

        self.filterRow1.addWidget(self.groupCombo)

        self.statusCaption = QLabel(TaskListPanel)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filterRow1.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(TaskListPanel)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(12)

        self.filterRow1.addWidget(self.statusCombo)


        self.layout.addLayout(self.filterRow1)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.lateCheck = QCheckBox(TaskListPanel)
        self.lateCheck.setObjectName(u"lateCheck")

        self.filterRow2.addWidget(self.lateCheck)

        self.dueCheck = QCheckBox(TaskListPanel)
        self.dueCheck.setObjectName(u"dueCheck")

        self.filterRow2.addWidget(self.dueCheck)

        self.dueSpin = QSpinBox(TaskListPanel)
        self.dueSpin.setObjectName(u"dueSpin")
        self.dueSpin.setMinimum(1)
        self.dueSpin.setMaximum(366)
        self.dueSpin.setValue(7)

        self.filterRow2.addWidget(self.dueSpin)

        self.rangeCheck = QCheckBox(TaskListPanel)
        self.rangeCheck.setObjectName(u"rangeCheck")

        self.filterRow2.addWidget(self.rangeCheck)

        self.fromDate = QDateEdit(TaskListPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterRow2.addWidget(self.fromDate)

        self.toCaption = QLabel(TaskListPanel)
        self.toCaption.setObjectName(u"toCaption")

        self.filterRow2.addWidget(self.toCaption)

        self.toDate = QDateEdit(TaskListPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterRow2.addWidget(self.toDate)

        self.carriedCheck = QCheckBox(TaskListPanel)
        self.carriedCheck.setObjectName(u"carriedCheck")

        self.filterRow2.addWidget(self.carriedCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow2.addItem(self.filterSpacer)

        self.clearButton = QPushButton(TaskListPanel)
        self.clearButton.setObjectName(u"clearButton")

        self.filterRow2.addWidget(self.clearButton)


        self.layout.addLayout(self.filterRow2)

        self.legendRow = QHBoxLayout()
        self.legendRow.setSpacing(4)
        self.legendRow.setObjectName(u"legendRow")
        self.legendCaption = QLabel(TaskListPanel)
        self.legendCaption.setObjectName(u"legendCaption")

        self.legendRow.addWidget(self.legendCaption)


        self.layout.addLayout(self.legendRow)

        self.taskTable = QTableView(TaskListPanel)
        self.taskTable.setObjectName(u"taskTable")
        self.taskTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.taskTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.taskTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)
        self.taskTable.setWordWrap(True)
        self.taskTable.setTextElideMode(Qt.ElideRight)
        self.taskTable.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.taskTable.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)

        self.layout.addWidget(self.taskTable)

        self.bulkRow = QHBoxLayout()
        self.bulkRow.setObjectName(u"bulkRow")
        self.selectionLabel = QLabel(TaskListPanel)
        self.selectionLabel.setObjectName(u"selectionLabel")

        self.bulkRow.addWidget(self.selectionLabel)

        self.bulkStatusCombo = QComboBox(TaskListPanel)
        self.bulkStatusCombo.setObjectName(u"bulkStatusCombo")
        self.bulkStatusCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.bulkStatusCombo.setMinimumContentsLength(12)

        self.bulkRow.addWidget(self.bulkStatusCombo)

        self.bulkStatusButton = QPushButton(TaskListPanel)
        self.bulkStatusButton.setObjectName(u"bulkStatusButton")

        self.bulkRow.addWidget(self.bulkStatusButton)

        self.bulkUnitCombo = QComboBox(TaskListPanel)
        self.bulkUnitCombo.setObjectName(u"bulkUnitCombo")
        self.bulkUnitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.bulkUnitCombo.setMinimumContentsLength(12)

        self.bulkRow.addWidget(self.bulkUnitCombo)

        self.bulkUnitButton = QPushButton(TaskListPanel)
        self.bulkUnitButton.setObjectName(u"bulkUnitButton")

        self.bulkRow.addWidget(self.bulkUnitButton)

        self.bulkDeadlineEdit = QDateEdit(TaskListPanel)
        self.bulkDeadlineEdit.setObjectName(u"bulkDeadlineEdit")
        self.bulkDeadlineEdit.setCalendarPopup(True)

        self.bulkRow.addWidget(self.bulkDeadlineEdit)

        self.bulkDeadlineButton = QPushButton(TaskListPanel)
        self.bulkDeadlineButton.setObjectName(u"bulkDeadlineButton")

        self.bulkRow.addWidget(self.bulkDeadlineButton)

        self.bulkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bulkRow.addItem(self.bulkSpacer)

        self.printButton = QPushButton(TaskListPanel)
        self.printButton.setObjectName(u"printButton")

        self.bulkRow.addWidget(self.printButton)


        self.layout.addLayout(self.bulkRow)

        self.messageRow = QHBoxLayout()
        self.messageRow.setObjectName(u"messageRow")
        self.messageLabel = QLabel(TaskListPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.messageRow.addWidget(self.messageLabel)

        self.countLabel = QLabel(TaskListPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.messageRow.addWidget(self.countLabel)


        self.layout.addLayout(self.messageRow)

        self.searchCaption.setBuddy(self.searchEdit)
        self.unitCaption.setBuddy(self.unitCombo)
        self.groupCaption.setBuddy(self.groupCombo)
        self.statusCaption.setBuddy(self.statusCombo)

        self.retranslateUi(TaskListPanel)

        QMetaObject.connectSlotsByName(TaskListPanel)
    # setupUi

    def retranslateUi(self, TaskListPanel):
        self.searchCaption.setText(QCoreApplication.translate("TaskListPanel", u"&T\u00ecm:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TaskListPanel", u"G\u00f5 t\u1eeb c\u1ea7n t\u00ecm, c\u00f3 d\u1ea5u hay kh\u00f4ng d\u1ea5u \u0111\u1ec1u \u0111\u01b0\u1ee3c (vd: chuyen doi so)", None))
        self.searchEdit.setToolTip(QCoreApplication.translate("TaskListPanel", u"T\u00ecm trong n\u1ed9i dung nhi\u1ec7m v\u1ee5, tr\u1ee5 c\u1ed9t, \u0111\u01a1n v\u1ecb, s\u1ea3n ph\u1ea9m. L\u1ecdc ngay khi g\u00f5.", None))
        self.unitCaption.setText(QCoreApplication.translate("TaskListPanel", u"\u0110\u01a1n &v\u1ecb:", None))
        self.unitCombo.setToolTip(QCoreApplication.translate("TaskListPanel", u"Nhi\u1ec7m v\u1ee5 m\u00e0 \u0111\u01a1n v\u1ecb n\u00e0y ch\u1ee7 tr\u00ec ho\u1eb7c ph\u1ed1i h\u1ee3p", None))
        self.groupCaption.setText(QCoreApplication.translate("TaskListPanel", u"Tr\u1ee5 &c\u1ed9t:", None))
        self.statusCaption.setText(QCoreApplication.translate("TaskListPanel", u"Tr\u1ea1ng t&h\u00e1i:", None))
        self.lateCheck.setText(QCoreApplication.translate("TaskListPanel", u"&Qu\u00e1 h\u1ea1n", None))
        self.lateCheck.setToolTip(QCoreApplication.translate("TaskListPanel", u"Ch\u1ec9 c\u00e1c nhi\u1ec7m v\u1ee5 \u0111\u00e3 qua th\u1eddi h\u1ea1n m\u00e0 ch\u01b0a ho\u00e0n th\u00e0nh", None))
        self.dueCheck.setText(QCoreApplication.translate("TaskListPanel", u"\u0110\u1ebfn h\u1ea1n &trong", None))
        self.dueCheck.setToolTip(QCoreApplication.translate("TaskListPanel", u"Ch\u1ec9 c\u00e1c nhi\u1ec7m v\u1ee5 ch\u01b0a ho\u00e0n th\u00e0nh c\u00f3 th\u1eddi h\u1ea1n t\u1eeb h\u00f4m nay \u0111\u1ebfn h\u1ebft s\u1ed1 ng\u00e0y n\u00e0y", None))
        self.dueSpin.setSuffix(QCoreApplication.translate("TaskListPanel", u" ng\u00e0y", None))
        self.rangeCheck.setText(QCoreApplication.translate("TaskListPanel", u"Th\u1eddi h\u1ea1n t&\u1eeb", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("TaskListPanel", u"dd/MM/yyyy", None))
        self.toCaption.setText(QCoreApplication.translate("TaskListPanel", u"\u0111\u1ebfn", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("TaskListPanel", u"dd/MM/yyyy", None))
        self.carriedCheck.setText(QCoreApplication.translate("TaskListPanel", u"C&huy\u1ec3n ti\u1ebfp", None))
        self.carriedCheck.setToolTip(QCoreApplication.translate("TaskListPanel", u"Ch\u1ec9 c\u00e1c nhi\u1ec7m v\u1ee5 chuy\u1ec3n ti\u1ebfp t\u1eeb k\u1ebf ho\u1ea1ch n\u0103m tr\u01b0\u1edbc", None))
        self.clearButton.setText(QCoreApplication.translate("TaskListPanel", u"&X\u00f3a l\u1ecdc", None))
        self.clearButton.setToolTip(QCoreApplication.translate("TaskListPanel", u"B\u1ecf m\u1ecdi \u0111i\u1ec1u ki\u1ec7n l\u1ecdc, hi\u1ec7n l\u1ea1i to\u00e0n b\u1ed9 nhi\u1ec7m v\u1ee5", None))
        self.legendCaption.setText(QCoreApplication.translate("TaskListPanel", u"M\u00e0u tr\u1ea1ng th\u00e1i:", None))
        self.selectionLabel.setText(QCoreApplication.translate("TaskListPanel", u"Ch\u01b0a ch\u1ecdn nhi\u1ec7m v\u1ee5 n\u00e0o", None))
        self.bulkStatusButton.setText(QCoreApplication.translate("TaskListPanel", u"\u0110\u1eb7t &tr\u1ea1ng th\u00e1i", None))
        self.bulkStatusButton.setToolTip(QCoreApplication.translate("TaskListPanel", u"\u0110\u1eb7t tr\u1ea1ng th\u00e1i n\u00e0y cho m\u1ecdi nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn (ho\u00e0n t\u00e1c \u0111\u01b0\u1ee3c)", None))
        self.bulkUnitButton.setText(QCoreApplication.translate("TaskListPanel", u"Giao c&h\u1ee7 tr\u00ec", None))
        self.bulkUnitButton.setToolTip(QCoreApplication.translate("TaskListPanel", u"Giao \u0111\u01a1n v\u1ecb n\u00e0y ch\u1ee7 tr\u00ec m\u1ecdi nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn (ho\u00e0n t\u00e1c \u0111\u01b0\u1ee3c)", None))
        self.bulkDeadlineEdit.setDisplayFormat(QCoreApplication.translate("TaskListPanel", u"dd/MM/yyyy", None))
        self.bulkDeadlineButton.setText(QCoreApplication.translate("TaskListPanel", u"\u0110\u1eb7t th\u1eddi &h\u1ea1n", None))
        self.bulkDeadlineButton.setToolTip(QCoreApplication.translate("TaskListPanel", u"\u0110\u1eb7t th\u1eddi h\u1ea1n n\u00e0y cho m\u1ecdi nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn (ho\u00e0n t\u00e1c \u0111\u01b0\u1ee3c)", None))
        self.printButton.setText(QCoreApplication.translate("TaskListPanel", u"&In danh s\u00e1ch\u2026", None))
        self.printButton.setToolTip(QCoreApplication.translate("TaskListPanel", u"Xem tr\u01b0\u1edbc v\u00e0 in c\u00e1c nhi\u1ec7m v\u1ee5 \u0111ang hi\u1ec3n th\u1ecb (theo b\u1ed9 l\u1ecdc hi\u1ec7n t\u1ea1i), kh\u1ed5 A4 ngang", None))
        self.messageLabel.setText("")
        self.countLabel.setText("")
        pass
