"""Compiled from ui/task_detail.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget


class Ui_TaskDetail(object):
    def setupUi(self, TaskDetail):
        if not TaskDetail.objectName():
            TaskDetail.setObjectName(u"TaskDetail")
        TaskDetail.resize(1300, 360)
        self.outerLayout = QVBoxLayout(TaskDetail)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.placeholderLabel = QLabel(TaskDetail)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setAlignment(Qt.AlignCenter)
        self.placeholderLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.placeholderLabel)

        self.content = QWidget(TaskDetail)
        self.content.setObjectName(u"content")
        self.contentLayout = QHBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.titleLabel = QLabel(self.content)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftColumn.addWidget(self.titleLabel)

        self.factsLayout = QFormLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setLabelAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.factsLayout.setVerticalSpacing(2)
        self.groupCaption = QLabel(self.content)
        self.groupCaption.setObjectName(u"groupCaption")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupCaption)

        self.groupLabel = QLabel(self.content)
        self.groupLabel.setObjectName(u"groupLabel")
        self.groupLabel.setWordWrap(True)

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupLabel)

        self.leadCaption = QLabel(self.content)
        self.leadCaption.setObjectName(u"leadCaption")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadCaption)

        self.leadLabel = QLabel(self.content)
        self.leadLabel.setObjectName(u"leadLabel")
        self.leadLabel.setWordWrap(True)

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadLabel)

        self.coCaption = QLabel(self.content)
        self.coCaption.setObjectName(u"coCaption")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.coCaption)

        self.coLabel = QLabel(self.content)
        self.coLabel.setObjectName(u"coLabel")
        self.coLabel.setWordWrap(True)

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.coLabel)

        self.deadlineCaption = QLabel(self.content)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.deadlineLabel = QLabel(self.content)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineLabel)

        self.statusCaption = QLabel(self.content)
        self.statusCaption.setObjectName(u"statusCaption")

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusLabel = QLabel(self.content)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusRow.addWidget(self.statusLabel)

        self.progressLabel = QLabel(self.content)
        self.progressLabel.setObjectName(u"progressLabel")

        self.statusRow.addWidget(self.progressLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.factsLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.statusRow)


        self.leftColumn.addLayout(self.factsLayout)

        self.recordBox = QGroupBox(self.content)
        self.recordBox.setObjectName(u"recordBox")
        self.recordLayout = QGridLayout(self.recordBox)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setVerticalSpacing(4)
        self.periodCaption = QLabel(self.recordBox)
        self.periodCaption.setObjectName(u"periodCaption")

        self.recordLayout.addWidget(self.periodCaption, 0, 0, 1, 1)

        self.periodCombo = QComboBox(self.recordBox)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.periodCombo.setMinimumContentsLength(20)

        self.recordLayout.addWidget(self.periodCombo, 0, 1, 1, 1)

        self.recordStatusCaption = QLabel(self.recordBox)
        self.recordStatusCaption.setObjectName(u"recordStatusCaption")

        self.recordLayout.addWidget(self.recordStatusCaption, 0, 2, 1, 1)

        self.statusCombo = QComboBox(self.recordBox)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.recordLayout.addWidget(self.statusCombo, 0, 3, 1, 1)

        self.progressCaption = QLabel(self.recordBox)
        self.progressCaption.setObjectName(u"progressCaption")

        self.recordLayout.addWidget(self.progressCaption, 0, 4, 1, 1)

        self.progressSpin = QSpinBox(self.recordBox)
        self.progressSpin.setObjectName(u"progressSpin")
        self.progressSpin.setMaximum(100)
        self.progressSpin.setSingleStep(5)

        self.recordLayout.addWidget(self.progressSpin, 0, 5, 1, 1)

        self.noteCaption = QLabel(self.recordBox)
        self.noteCaption.setObjectName(u"noteCaption")

        self.recordLayout.addWidget(self.noteCaption, 1, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(self.recordBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 64))

        self.recordLayout.addWidget(self.noteEdit, 1, 1, 1, 5)

        self.evidenceCaption = QLabel(self.recordBox)
        self.evidenceCaption.setObjectName(u"evidenceCaption")

        self.recordLayout.addWidget(self.evidenceCaption, 2, 0, 1, 1)

        self.evidenceEdit = QLineEdit(self.recordBox)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.recordLayout.addWidget(self.evidenceEdit, 2, 1, 1, 5)

        self.recordMessage = QLabel(self.recordBox)
        self.recordMessage.setObjectName(u"recordMessage")
        self.recordMessage.setWordWrap(True)

        self.recordLayout.addWidget(self.recordMessage, 3, 0, 1, 4)

        self.recordButton = QPushButton(self.recordBox)
        self.recordButton.setObjectName(u"recordButton")

        self.recordLayout.addWidget(self.recordButton, 3, 4, 1, 2)


        self.leftColumn.addWidget(self.recordBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.contentLayout.addLayout(self.leftColumn)

        self.tabs = QTabWidget(self.content)
        self.tabs.setObjectName(u"tabs")
        self.entriesTab = QWidget()
        self.entriesTab.setObjectName(u"entriesTab")
        self.entriesLayout = QVBoxLayout(self.entriesTab)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesTable = QTableWidget(self.entriesTab)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entriesTable.setWordWrap(True)
        self.entriesTable.setAlternatingRowColors(True)

        self.entriesLayout.addWidget(self.entriesTable)

        self.tabs.addTab(self.entriesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyList = QListWidget(self.historyTab)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setWordWrap(True)
        self.historyList.setAlternatingRowColors(True)

        self.historyLayout.addWidget(self.historyList)

        self.tabs.addTab(self.historyTab, "")

        self.contentLayout.addWidget(self.tabs)


        self.outerLayout.addWidget(self.content)

        self.periodCaption.setBuddy(self.periodCombo)
        self.recordStatusCaption.setBuddy(self.statusCombo)
        self.progressCaption.setBuddy(self.progressSpin)
        self.noteCaption.setBuddy(self.noteEdit)
        self.evidenceCaption.setBuddy(self.evidenceEdit)

        self.retranslateUi(TaskDetail)

        QMetaObject.connectSlotsByName(TaskDetail)
    # setupUi

    def retranslateUi(self, TaskDetail):
        self.placeholderLabel.setText(QCoreApplication.translate("TaskDetail", u"Ch\u1ecdn m\u1ed9t nhi\u1ec7m v\u1ee5 trong danh s\u00e1ch \u1edf tr\u00ean \u0111\u1ec3 xem chi ti\u1ebft, c\u00e1c k\u1ef3 \u0111\u00e3 b\u00e1o c\u00e1o v\u00e0 ghi nh\u1eadn ti\u1ebfn \u0111\u1ed9.", None))
        self.placeholderLabel.setStyleSheet(QCoreApplication.translate("TaskDetail", u"color:#555555;", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("TaskDetail", u"font-weight:bold;", None))
        self.groupCaption.setText(QCoreApplication.translate("TaskDetail", u"Tr\u1ee5 c\u1ed9t:", None))
        self.leadCaption.setText(QCoreApplication.translate("TaskDetail", u"Ch\u1ee7 tr\u00ec:", None))
        self.coCaption.setText(QCoreApplication.translate("TaskDetail", u"Ph\u1ed1i h\u1ee3p:", None))
        self.deadlineCaption.setText(QCoreApplication.translate("TaskDetail", u"Th\u1eddi h\u1ea1n:", None))
        self.statusCaption.setText(QCoreApplication.translate("TaskDetail", u"Hi\u1ec7n nay:", None))
        self.recordBox.setTitle(QCoreApplication.translate("TaskDetail", u"Ghi nh\u1eadn ti\u1ebfn \u0111\u1ed9", None))
        self.periodCaption.setText(QCoreApplication.translate("TaskDetail", u"&K\u1ef3:", None))
        self.periodCombo.setToolTip(QCoreApplication.translate("TaskDetail", u"K\u1ef3 b\u00e1o c\u00e1o c\u1ee7a l\u1ea7n ghi nh\u1eadn n\u00e0y", None))
        self.recordStatusCaption.setText(QCoreApplication.translate("TaskDetail", u"Tr\u1ea1ng &th\u00e1i:", None))
        self.progressCaption.setText(QCoreApplication.translate("TaskDetail", u"Ti\u1ebfn \u0111\u1ed9:", None))
        self.progressSpin.setSuffix(QCoreApplication.translate("TaskDetail", u" %", None))
        self.noteCaption.setText(QCoreApplication.translate("TaskDetail", u"\u0110\u00e3 l\u00e0m &\u0111\u01b0\u1ee3c:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("TaskDetail", u"Nh\u1eefng vi\u1ec7c \u0111\u00e3 l\u00e0m trong k\u1ef3 (vd: \u0111\u00e3 t\u1eadp hu\u1ea5n cho 12 x\u00e3, th\u1ecb tr\u1ea5n)", None))
        self.evidenceCaption.setText(QCoreApplication.translate("TaskDetail", u"&Minh ch\u1ee9ng:", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("TaskDetail", u"S\u1ed1, ng\u00e0y v\u0103n b\u1ea3n; \u0111\u01b0\u1eddng d\u1eabn t\u1ec7p ho\u1eb7c trang web", None))
        self.recordButton.setText(QCoreApplication.translate("TaskDetail", u"Ghi nh\u1eadn ti\u1ebfn \u0111\u1ed9", None))
        self.tabs.setTabText(self.tabs.indexOf(self.entriesTab), QCoreApplication.translate("TaskDetail", u"C\u00e1c k\u1ef3 \u0111\u00e3 b\u00e1o c\u00e1o", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("TaskDetail", u"L\u1ecbch s\u1eed thay \u0111\u1ed5i", None))
        pass
