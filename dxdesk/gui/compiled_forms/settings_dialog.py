"""Compiled from ui/settings_dialog.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class Ui_SettingsPanel(object):
    def setupUi(self, SettingsPanel):
        if not SettingsPanel.objectName():
            SettingsPanel.setObjectName(u"SettingsPanel")
        SettingsPanel.resize(1000, 700)
        self.layout = QVBoxLayout(SettingsPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(SettingsPanel)
        self.tabs.setObjectName(u"tabs")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileLayout = QVBoxLayout(self.profileTab)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileIntro = QLabel(self.profileTab)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setWordWrap(True)

        self.profileLayout.addWidget(self.profileIntro)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameCaption = QLabel(self.profileTab)
        self.nameCaption.setObjectName(u"nameCaption")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameRow = QHBoxLayout()
        self.nameRow.setObjectName(u"nameRow")
        self.nameEdit = QLineEdit(self.profileTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaximumSize(QSize(420, 16777215))
        self.nameEdit.setMaxLength(200)

        self.nameRow.addWidget(self.nameEdit)

        self.nameHint = QLabel(self.profileTab)
        self.nameHint.setObjectName(u"nameHint")

        self.nameRow.addWidget(self.nameHint)


        self.profileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameRow)

        self.provinceCaption = QLabel(self.profileTab)
        self.provinceCaption.setObjectName(u"provinceCaption")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provinceCaption)

        self.provinceRow = QHBoxLayout()
        self.provinceRow.setObjectName(u"provinceRow")
        self.provinceEdit = QLineEdit(self.profileTab)
        self.provinceEdit.setObjectName(u"provinceEdit")
        self.provinceEdit.setMaximumSize(QSize(420, 16777215))
        self.provinceEdit.setMaxLength(200)

        self.provinceRow.addWidget(self.provinceEdit)

        self.provinceHint = QLabel(self.profileTab)
        self.provinceHint.setObjectName(u"provinceHint")

        self.provinceRow.addWidget(self.provinceHint)


        self.profileForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.provinceRow)

        self.placeCaption = QLabel(self.profileTab)
        self.placeCaption.setObjectName(u"placeCaption")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeCaption)

        self.placeRow = QHBoxLayout()
        self.placeRow.setObjectName(u"placeRow")
        self.placeEdit = QLineEdit(self.profileTab)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaximumSize(QSize(420, 16777215))
        self.placeEdit.setMaxLength(100)

        self.placeRow.addWidget(self.placeEdit)

        self.placeHint = QLabel(self.profileTab)
        self.placeHint.setObjectName(u"placeHint")

        self.placeRow.addWidget(self.placeHint)


        self.profileForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.placeRow)

        self.issuerCaption = QLabel(self.profileTab)
        self.issuerCaption.setObjectName(u"issuerCaption")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuerCaption)

        self.issuerRow = QHBoxLayout()
        self.issuerRow.setObjectName(u"issuerRow")
        self.issuerEdit = QPlainTextEdit(self.profileTab)
        self.issuerEdit.setObjectName(u"issuerEdit")
        self.issuerEdit.setMinimumSize(QSize(420, 0))
        self.issuerEdit.setTabChangesFocus(True)
        self.issuerEdit.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.issuerEdit.setMaximumSize(QSize(420, 64))

        self.issuerRow.addWidget(self.issuerEdit)

        self.issuerHint = QLabel(self.profileTab)
        self.issuerHint.setObjectName(u"issuerHint")

        self.issuerRow.addWidget(self.issuerHint)


        self.profileForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.issuerRow)

        self.bodyAbbrCaption = QLabel(self.profileTab)
        self.bodyAbbrCaption.setObjectName(u"bodyAbbrCaption")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyAbbrCaption)

        self.bodyAbbrRow = QHBoxLayout()
        self.bodyAbbrRow.setObjectName(u"bodyAbbrRow")
        self.bodyAbbrEdit = QLineEdit(self.profileTab)
        self.bodyAbbrEdit.setObjectName(u"bodyAbbrEdit")
        self.bodyAbbrEdit.setMaxLength(20)
        self.bodyAbbrEdit.setMinimumSize(QSize(420, 0))
        self.bodyAbbrEdit.setMaximumSize(QSize(420, 16777215))

        self.bodyAbbrRow.addWidget(self.bodyAbbrEdit)

        self.bodyAbbrHint = QLabel(self.profileTab)
        self.bodyAbbrHint.setObjectName(u"bodyAbbrHint")

        self.bodyAbbrRow.addWidget(self.bodyAbbrHint)

        self.bodyAbbrSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bodyAbbrRow.addItem(self.bodyAbbrSpacer)


        self.profileForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.bodyAbbrRow)

        self.officeNameCaption = QLabel(self.profileTab)
        self.officeNameCaption.setObjectName(u"officeNameCaption")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officeNameCaption)

        self.officeNameRow = QHBoxLayout()
        self.officeNameRow.setObjectName(u"officeNameRow")
        self.officeNameEdit = QLineEdit(self.profileTab)
        self.officeNameEdit.setObjectName(u"officeNameEdit")
        self.officeNameEdit.setMaxLength(200)
        self.officeNameEdit.setMinimumSize(QSize(420, 0))
        self.officeNameEdit.setMaximumSize(QSize(420, 16777215))

        self.officeNameRow.addWidget(self.officeNameEdit)

        self.officeNameHint = QLabel(self.profileTab)
        self.officeNameHint.setObjectName(u"officeNameHint")

        self.officeNameRow.addWidget(self.officeNameHint)


        self.profileForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.officeNameRow)

        self.officeAbbrCaption = QLabel(self.profileTab)
        self.officeAbbrCaption.setObjectName(u"officeAbbrCaption")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officeAbbrCaption)

        self.officeAbbrRow = QHBoxLayout()
        self.officeAbbrRow.setObjectName(u"officeAbbrRow")
        self.officeAbbrEdit = QLineEdit(self.profileTab)
        self.officeAbbrEdit.setObjectName(u"officeAbbrEdit")
        self.officeAbbrEdit.setMaxLength(20)
        self.officeAbbrEdit.setMinimumSize(QSize(420, 0))
        self.officeAbbrEdit.setMaximumSize(QSize(420, 16777215))

        self.officeAbbrRow.addWidget(self.officeAbbrEdit)

        self.officeAbbrHint = QLabel(self.profileTab)
        self.officeAbbrHint.setObjectName(u"officeAbbrHint")

        self.officeAbbrRow.addWidget(self.officeAbbrHint)

        self.officeAbbrSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officeAbbrRow.addItem(self.officeAbbrSpacer)


        self.profileForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.officeAbbrRow)


        self.profileLayout.addLayout(self.profileForm)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.saveProfileButton = QPushButton(self.profileTab)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.profileButtons.addWidget(self.saveProfileButton)

        self.revertProfileButton = QPushButton(self.profileTab)
        self.revertProfileButton.setObjectName(u"revertProfileButton")

        self.profileButtons.addWidget(self.revertProfileButton)

        self.profileButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileButtonsSpacer)


        self.profileLayout.addLayout(self.profileButtons)

        self.previewGroup = QGroupBox(self.profileTab)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewHost = QWidget(self.previewGroup)
        self.previewHost.setObjectName(u"previewHost")
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(0, 0, 0, 0)

        self.previewLayout.addWidget(self.previewHost)

        self.previewWarning = QLabel(self.previewGroup)
        self.previewWarning.setObjectName(u"previewWarning")
        self.previewWarning.setWordWrap(True)

        self.previewLayout.addWidget(self.previewWarning)


        self.profileLayout.addWidget(self.previewGroup)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileSpacer)

        self.tabs.addTab(self.profileTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchCaption = QLabel(self.unitsTab)
        self.searchCaption.setObjectName(u"searchCaption")

        self.searchRow.addWidget(self.searchCaption)

        self.searchEdit = QLineEdit(self.unitsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.showInactiveCheck = QCheckBox(self.unitsTab)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")

        self.searchRow.addWidget(self.showInactiveCheck)


        self.unitsLayout.addLayout(self.searchRow)

        self.tableRow = QHBoxLayout()
        self.tableRow.setObjectName(u"tableRow")
        self.unitTable = QTableWidget(self.unitsTab)
        if (self.unitTable.columnCount() < 7):
            self.unitTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.unitTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.unitTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.unitTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.unitTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.unitTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.unitTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.unitTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.unitTable.setObjectName(u"unitTable")
        self.unitTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.unitTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.unitTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.SelectedClicked)
        self.unitTable.setAlternatingRowColors(True)
        self.unitTable.setWordWrap(False)
        self.unitTable.setTabKeyNavigation(False)

        self.tableRow.addWidget(self.unitTable)

        self.unitButtons = QVBoxLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.upButton = QPushButton(self.unitsTab)
        self.upButton.setObjectName(u"upButton")

        self.unitButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.unitsTab)
        self.downButton.setObjectName(u"downButton")

        self.unitButtons.addWidget(self.downButton)

        self.renameButton = QPushButton(self.unitsTab)
        self.renameButton.setObjectName(u"renameButton")

        self.unitButtons.addWidget(self.renameButton)

        self.mergeButton = QPushButton(self.unitsTab)
        self.mergeButton.setObjectName(u"mergeButton")

        self.unitButtons.addWidget(self.mergeButton)

        self.deactivateButton = QPushButton(self.unitsTab)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.unitButtons.addWidget(self.deactivateButton)

        self.unitButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitButtons.addItem(self.unitButtonsSpacer)


        self.tableRow.addLayout(self.unitButtons)


        self.unitsLayout.addLayout(self.tableRow)

        self.mergeFrame = QFrame(self.unitsTab)
        self.mergeFrame.setObjectName(u"mergeFrame")
        self.mergeFrame.setFrameShape(QFrame.StyledPanel)
        self.mergeLayout = QVBoxLayout(self.mergeFrame)
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.mergeRow = QHBoxLayout()
        self.mergeRow.setObjectName(u"mergeRow")
        self.mergeCaption = QLabel(self.mergeFrame)
        self.mergeCaption.setObjectName(u"mergeCaption")

        self.mergeRow.addWidget(self.mergeCaption)

        self.mergeTargetCombo = QComboBox(self.mergeFrame)
        self.mergeTargetCombo.setObjectName(u"mergeTargetCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.mergeTargetCombo.sizePolicy().hasHeightForWidth())
        self.mergeTargetCombo.setSizePolicy(sizePolicy)

        self.mergeRow.addWidget(self.mergeTargetCombo)

        self.confirmMergeButton = QPushButton(self.mergeFrame)
        self.confirmMergeButton.setObjectName(u"confirmMergeButton")

        self.mergeRow.addWidget(self.confirmMergeButton)

        self.cancelMergeButton = QPushButton(self.mergeFrame)
        self.cancelMergeButton.setObjectName(u"cancelMergeButton")

        self.mergeRow.addWidget(self.cancelMergeButton)


        self.mergeLayout.addLayout(self.mergeRow)

        self.mergeSummaryLabel = QLabel(self.mergeFrame)
        self.mergeSummaryLabel.setObjectName(u"mergeSummaryLabel")
        self.mergeSummaryLabel.setWordWrap(True)

        self.mergeLayout.addWidget(self.mergeSummaryLabel)


        self.unitsLayout.addWidget(self.mergeFrame)

        self.addGroup = QGroupBox(self.unitsTab)
        self.addGroup.setObjectName(u"addGroup")
        self.addRow = QHBoxLayout(self.addGroup)
        self.addRow.setObjectName(u"addRow")
        self.newNameCaption = QLabel(self.addGroup)
        self.newNameCaption.setObjectName(u"newNameCaption")

        self.addRow.addWidget(self.newNameCaption)

        self.newNameEdit = QLineEdit(self.addGroup)
        self.newNameEdit.setObjectName(u"newNameEdit")
        self.newNameEdit.setMaxLength(300)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.newNameEdit.sizePolicy().hasHeightForWidth())
        self.newNameEdit.setSizePolicy(sizePolicy1)

        self.addRow.addWidget(self.newNameEdit)

        self.newShortCaption = QLabel(self.addGroup)
        self.newShortCaption.setObjectName(u"newShortCaption")

        self.addRow.addWidget(self.newShortCaption)

        self.newShortEdit = QLineEdit(self.addGroup)
        self.newShortEdit.setObjectName(u"newShortEdit")
        self.newShortEdit.setMaxLength(20)
        self.newShortEdit.setMaximumSize(QSize(110, 16777215))

        self.addRow.addWidget(self.newShortEdit)

        self.newKindCaption = QLabel(self.addGroup)
        self.newKindCaption.setObjectName(u"newKindCaption")

        self.addRow.addWidget(self.newKindCaption)

        self.newKindCombo = QComboBox(self.addGroup)
        self.newKindCombo.setObjectName(u"newKindCombo")

        self.addRow.addWidget(self.newKindCombo)

        self.addUnitButton = QPushButton(self.addGroup)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.addRow.addWidget(self.addUnitButton)


        self.unitsLayout.addWidget(self.addGroup)

        self.tabs.addTab(self.unitsTab, "")
        self.signersTab = QWidget()
        self.signersTab.setObjectName(u"signersTab")
        self.signersLayout = QHBoxLayout(self.signersTab)
        self.signersLayout.setObjectName(u"signersLayout")
        self.signerListColumn = QVBoxLayout()
        self.signerListColumn.setObjectName(u"signerListColumn")
        self.signerListCaption = QLabel(self.signersTab)
        self.signerListCaption.setObjectName(u"signerListCaption")

        self.signerListColumn.addWidget(self.signerListCaption)

        self.signerList = QListWidget(self.signersTab)
        self.signerList.setObjectName(u"signerList")
        self.signerList.setMaximumSize(QSize(320, 16777215))

        self.signerListColumn.addWidget(self.signerList)

        self.signerListButtons = QHBoxLayout()
        self.signerListButtons.setObjectName(u"signerListButtons")
        self.newSignerButton = QPushButton(self.signersTab)
        self.newSignerButton.setObjectName(u"newSignerButton")

        self.signerListButtons.addWidget(self.newSignerButton)

        self.deleteSignerButton = QPushButton(self.signersTab)
        self.deleteSignerButton.setObjectName(u"deleteSignerButton")

        self.signerListButtons.addWidget(self.deleteSignerButton)


        self.signerListColumn.addLayout(self.signerListButtons)


        self.signersLayout.addLayout(self.signerListColumn)

        self.signerEditorColumn = QVBoxLayout()
        self.signerEditorColumn.setObjectName(u"signerEditorColumn")
        self.signerEditorTitle = QLabel(self.signersTab)
        self.signerEditorTitle.setObjectName(u"signerEditorTitle")

        self.signerEditorColumn.addWidget(self.signerEditorTitle)

        self.signerForm = QFormLayout()
        self.signerForm.setObjectName(u"signerForm")
        self.signerForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.signerPersonCaption = QLabel(self.signersTab)
        self.signerPersonCaption.setObjectName(u"signerPersonCaption")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerPersonCaption)

        self.signerPersonEdit = QLineEdit(self.signersTab)
        self.signerPersonEdit.setObjectName(u"signerPersonEdit")
        self.signerPersonEdit.setMaxLength(200)

        self.signerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerPersonEdit)

        self.signerLinesCaption = QLabel(self.signersTab)
        self.signerLinesCaption.setObjectName(u"signerLinesCaption")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerLinesCaption)

        self.signerLinesEdit = QPlainTextEdit(self.signersTab)
        self.signerLinesEdit.setObjectName(u"signerLinesEdit")
        self.signerLinesEdit.setTabChangesFocus(True)
        self.signerLinesEdit.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.signerLinesEdit.setMaximumSize(QSize(16777215, 86))

        self.signerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerLinesEdit)

        self.signerNameCaption = QLabel(self.signersTab)
        self.signerNameCaption.setObjectName(u"signerNameCaption")

        self.signerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerNameCaption)

        self.signerNameEdit = QLineEdit(self.signersTab)
        self.signerNameEdit.setObjectName(u"signerNameEdit")
        self.signerNameEdit.setMaxLength(200)

        self.signerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)


        self.signerEditorColumn.addLayout(self.signerForm)

        self.signerHint = QLabel(self.signersTab)
        self.signerHint.setObjectName(u"signerHint")
        self.signerHint.setWordWrap(True)

        self.signerEditorColumn.addWidget(self.signerHint)

        self.signerSaveRow = QHBoxLayout()
        self.signerSaveRow.setObjectName(u"signerSaveRow")
        self.saveSignerButton = QPushButton(self.signersTab)
        self.saveSignerButton.setObjectName(u"saveSignerButton")

        self.signerSaveRow.addWidget(self.saveSignerButton)

        self.signerSaveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signerSaveRow.addItem(self.signerSaveSpacer)


        self.signerEditorColumn.addLayout(self.signerSaveRow)

        self.signerPreviewGroup = QGroupBox(self.signersTab)
        self.signerPreviewGroup.setObjectName(u"signerPreviewGroup")
        self.signerPreviewLayout = QVBoxLayout(self.signerPreviewGroup)
        self.signerPreviewLayout.setObjectName(u"signerPreviewLayout")
        self.signerPreview = QLabel(self.signerPreviewGroup)
        self.signerPreview.setObjectName(u"signerPreview")
        self.signerPreview.setAlignment(Qt.AlignCenter)

        self.signerPreviewLayout.addWidget(self.signerPreview)


        self.signerEditorColumn.addWidget(self.signerPreviewGroup)

        self.signerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signerEditorColumn.addItem(self.signerSpacer)


        self.signersLayout.addLayout(self.signerEditorColumn)

        self.tabs.addTab(self.signersTab, "")
        self.recipientsTab = QWidget()
        self.recipientsTab.setObjectName(u"recipientsTab")
        self.recipientsLayout = QHBoxLayout(self.recipientsTab)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientListColumn = QVBoxLayout()
        self.recipientListColumn.setObjectName(u"recipientListColumn")
        self.recipientListCaption = QLabel(self.recipientsTab)
        self.recipientListCaption.setObjectName(u"recipientListCaption")

        self.recipientListColumn.addWidget(self.recipientListCaption)

        self.recipientList = QListWidget(self.recipientsTab)
        self.recipientList.setObjectName(u"recipientList")
        self.recipientList.setMaximumSize(QSize(320, 16777215))

        self.recipientListColumn.addWidget(self.recipientList)

        self.recipientListButtons = QHBoxLayout()
        self.recipientListButtons.setObjectName(u"recipientListButtons")
        self.newRecipientButton = QPushButton(self.recipientsTab)
        self.newRecipientButton.setObjectName(u"newRecipientButton")

        self.recipientListButtons.addWidget(self.newRecipientButton)

        self.deleteRecipientButton = QPushButton(self.recipientsTab)
        self.deleteRecipientButton.setObjectName(u"deleteRecipientButton")

        self.recipientListButtons.addWidget(self.deleteRecipientButton)


        self.recipientListColumn.addLayout(self.recipientListButtons)


        self.recipientsLayout.addLayout(self.recipientListColumn)

        self.recipientEditorColumn = QVBoxLayout()
        self.recipientEditorColumn.setObjectName(u"recipientEditorColumn")
        self.recipientEditorTitle = QLabel(self.recipientsTab)
        self.recipientEditorTitle.setObjectName(u"recipientEditorTitle")

        self.recipientEditorColumn.addWidget(self.recipientEditorTitle)

        self.recipientForm = QFormLayout()
        self.recipientForm.setObjectName(u"recipientForm")
        self.recipientForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.recipientNameCaption = QLabel(self.recipientsTab)
        self.recipientNameCaption.setObjectName(u"recipientNameCaption")

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientNameCaption)

        self.recipientNameEdit = QLineEdit(self.recipientsTab)
        self.recipientNameEdit.setObjectName(u"recipientNameEdit")
        self.recipientNameEdit.setMaxLength(200)

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientNameEdit)

        self.recipientKindCaption = QLabel(self.recipientsTab)
        self.recipientKindCaption.setObjectName(u"recipientKindCaption")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipientKindCaption)

        self.recipientKindCombo = QComboBox(self.recipientsTab)
        self.recipientKindCombo.setObjectName(u"recipientKindCombo")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipientKindCombo)

        self.recipientItemsCaption = QLabel(self.recipientsTab)
        self.recipientItemsCaption.setObjectName(u"recipientItemsCaption")

        self.recipientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientItemsCaption)

        self.recipientItemsEdit = QPlainTextEdit(self.recipientsTab)
        self.recipientItemsEdit.setObjectName(u"recipientItemsEdit")
        self.recipientItemsEdit.setTabChangesFocus(True)
        self.recipientItemsEdit.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.recipientItemsEdit.setMaximumSize(QSize(16777215, 150))

        self.recipientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientItemsEdit)


        self.recipientEditorColumn.addLayout(self.recipientForm)

        self.recipientHint = QLabel(self.recipientsTab)
        self.recipientHint.setObjectName(u"recipientHint")
        self.recipientHint.setWordWrap(True)

        self.recipientEditorColumn.addWidget(self.recipientHint)

        self.recipientSaveRow = QHBoxLayout()
        self.recipientSaveRow.setObjectName(u"recipientSaveRow")
        self.saveRecipientButton = QPushButton(self.recipientsTab)
        self.saveRecipientButton.setObjectName(u"saveRecipientButton")

        self.recipientSaveRow.addWidget(self.saveRecipientButton)

        self.recipientSaveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recipientSaveRow.addItem(self.recipientSaveSpacer)


        self.recipientEditorColumn.addLayout(self.recipientSaveRow)

        self.recipientPreviewGroup = QGroupBox(self.recipientsTab)
        self.recipientPreviewGroup.setObjectName(u"recipientPreviewGroup")
        self.recipientPreviewLayout = QVBoxLayout(self.recipientPreviewGroup)
        self.recipientPreviewLayout.setObjectName(u"recipientPreviewLayout")
        self.recipientPreview = QLabel(self.recipientPreviewGroup)
        self.recipientPreview.setObjectName(u"recipientPreview")
        self.recipientPreview.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.recipientPreviewLayout.addWidget(self.recipientPreview)


        self.recipientEditorColumn.addWidget(self.recipientPreviewGroup)

        self.recipientSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recipientEditorColumn.addItem(self.recipientSpacer)


        self.recipientsLayout.addLayout(self.recipientEditorColumn)

        self.tabs.addTab(self.recipientsTab, "")

        self.layout.addWidget(self.tabs)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.messageLabel = QLabel(SettingsPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.RichText)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy2)

        self.bottomRow.addWidget(self.messageLabel)

        self.undoButton = QPushButton(SettingsPanel)
        self.undoButton.setObjectName(u"undoButton")

        self.bottomRow.addWidget(self.undoButton)

        self.buttons = QDialogButtonBox(SettingsPanel)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.bottomRow.addWidget(self.buttons)


        self.layout.addLayout(self.bottomRow)

        self.nameCaption.setBuddy(self.nameEdit)
        self.provinceCaption.setBuddy(self.provinceEdit)
        self.placeCaption.setBuddy(self.placeEdit)
        self.issuerCaption.setBuddy(self.issuerEdit)
        self.bodyAbbrCaption.setBuddy(self.bodyAbbrEdit)
        self.officeNameCaption.setBuddy(self.officeNameEdit)
        self.officeAbbrCaption.setBuddy(self.officeAbbrEdit)
        self.searchCaption.setBuddy(self.searchEdit)
        self.mergeCaption.setBuddy(self.mergeTargetCombo)
        self.newNameCaption.setBuddy(self.newNameEdit)
        self.newShortCaption.setBuddy(self.newShortEdit)
        self.newKindCaption.setBuddy(self.newKindCombo)
        self.signerListCaption.setBuddy(self.signerList)
        self.signerPersonCaption.setBuddy(self.signerPersonEdit)
        self.signerLinesCaption.setBuddy(self.signerLinesEdit)
        self.signerNameCaption.setBuddy(self.signerNameEdit)
        self.recipientListCaption.setBuddy(self.recipientList)
        self.recipientNameCaption.setBuddy(self.recipientNameEdit)
        self.recipientKindCaption.setBuddy(self.recipientKindCombo)
        self.recipientItemsCaption.setBuddy(self.recipientItemsEdit)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.issuerEdit)
        QWidget.setTabOrder(self.issuerEdit, self.bodyAbbrEdit)
        QWidget.setTabOrder(self.bodyAbbrEdit, self.officeNameEdit)
        QWidget.setTabOrder(self.officeNameEdit, self.officeAbbrEdit)
        QWidget.setTabOrder(self.officeAbbrEdit, self.saveProfileButton)
        QWidget.setTabOrder(self.saveProfileButton, self.revertProfileButton)
        QWidget.setTabOrder(self.revertProfileButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.showInactiveCheck)
        QWidget.setTabOrder(self.showInactiveCheck, self.unitTable)
        QWidget.setTabOrder(self.unitTable, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.deactivateButton)
        QWidget.setTabOrder(self.deactivateButton, self.mergeTargetCombo)
        QWidget.setTabOrder(self.mergeTargetCombo, self.confirmMergeButton)
        QWidget.setTabOrder(self.confirmMergeButton, self.cancelMergeButton)
        QWidget.setTabOrder(self.cancelMergeButton, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.newShortEdit)
        QWidget.setTabOrder(self.newShortEdit, self.newKindCombo)
        QWidget.setTabOrder(self.newKindCombo, self.addUnitButton)
        QWidget.setTabOrder(self.addUnitButton, self.signerList)
        QWidget.setTabOrder(self.signerList, self.newSignerButton)
        QWidget.setTabOrder(self.newSignerButton, self.deleteSignerButton)
        QWidget.setTabOrder(self.deleteSignerButton, self.signerPersonEdit)
        QWidget.setTabOrder(self.signerPersonEdit, self.signerLinesEdit)
        QWidget.setTabOrder(self.signerLinesEdit, self.signerNameEdit)
        QWidget.setTabOrder(self.signerNameEdit, self.saveSignerButton)
        QWidget.setTabOrder(self.saveSignerButton, self.recipientList)
        QWidget.setTabOrder(self.recipientList, self.newRecipientButton)
        QWidget.setTabOrder(self.newRecipientButton, self.deleteRecipientButton)
        QWidget.setTabOrder(self.deleteRecipientButton, self.recipientNameEdit)
        QWidget.setTabOrder(self.recipientNameEdit, self.recipientKindCombo)
        QWidget.setTabOrder(self.recipientKindCombo, self.recipientItemsEdit)
        QWidget.setTabOrder(self.recipientItemsEdit, self.saveRecipientButton)
        QWidget.setTabOrder(self.saveRecipientButton, self.undoButton)

        self.retranslateUi(SettingsPanel)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsPanel)
    # setupUi

    def retranslateUi(self, SettingsPanel):
        self.profileIntro.setText(QCoreApplication.translate("SettingsPanel", u"C\u00e1c th\u00f4ng tin n\u00e0y \u0111\u01b0\u1ee3c in \u1edf ph\u1ea7n \u0111\u1ea7u v\u00e0 ph\u1ea7n cu\u1ed1i c\u1ee7a m\u1ecdi k\u1ebf ho\u1ea1ch, b\u00e1o c\u00e1o v\u00e0 c\u00f4ng v\u0103n. S\u1eeda xong b\u1ea5m \u201cL\u01b0u th\u00f4ng tin huy\u1ec7n\u201d; khung xem tr\u01b0\u1edbc b\u00ean d\u01b0\u1edbi cho th\u1ea5y ph\u1ea7n \u0111\u1ea7u v\u0103n b\u1ea3n khi in.", None))
        self.nameCaption.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ean h&uy\u1ec7n:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"huy\u1ec7n Ba T\u01a1", None))
        self.nameEdit.setToolTip(QCoreApplication.translate("SettingsPanel", u"Ghi c\u1ea3 c\u1ea5p h\u00e0nh ch\u00ednh, ch\u1eef \u0111\u1ea7u vi\u1ebft th\u01b0\u1eddng v\u00ec \u0111\u1ee9ng gi\u1eefa c\u00e2u: \u201c\u1ee6y ban nh\u00e2n d\u00e2n huy\u1ec7n Ba T\u01a1\u201d.", None))
        self.nameHint.setText(QCoreApplication.translate("SettingsPanel", u"v\u00ed d\u1ee5: huy\u1ec7n Ba T\u01a1 \u2014 d\u00f9ng trong c\u00e2u \u201c\u1ee6y ban nh\u00e2n d\u00e2n huy\u1ec7n Ba T\u01a1\u201d", None))
        self.provinceCaption.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ean &t\u1ec9nh:", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"t\u1ec9nh Qu\u1ea3ng Ng\u00e3i", None))
        self.provinceHint.setText(QCoreApplication.translate("SettingsPanel", u"v\u00ed d\u1ee5: t\u1ec9nh Qu\u1ea3ng Ng\u00e3i", None))
        self.placeCaption.setText(QCoreApplication.translate("SettingsPanel", u"\u0110\u1ecba d&anh \u1edf d\u00f2ng ng\u00e0y th\u00e1ng:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"Ba T\u01a1", None))
        self.placeHint.setText(QCoreApplication.translate("SettingsPanel", u"kh\u00f4ng ghi ch\u1eef \u201chuy\u1ec7n\u201d: \u201cBa T\u01a1, ng\u00e0y \u2026 th\u00e1ng \u2026 n\u0103m \u2026\u201d", None))
        self.issuerCaption.setText(QCoreApplication.translate("SettingsPanel", u"C\u01a1 quan &ban h\u00e0nh\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t h\u00e0ng):", None))
        self.issuerEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"\u1ee6Y BAN NH\u00c2N D\u00c2N\n"
"HUY\u1ec6N BA T\u01a0", None))
        self.issuerHint.setText(QCoreApplication.translate("SettingsPanel", u"in hoa, \u0111\u1eadm, \u1edf g\u00f3c tr\u00e1i ph\u00eda tr\u00ean\n"
"(t\u1ed1i \u0111a 3 d\u00f2ng; ch\u1eef th\u01b0\u1eddng t\u1ef1 \u0111\u1ed5i th\u00e0nh in hoa)", None))
        self.bodyAbbrCaption.setText(QCoreApplication.translate("SettingsPanel", u"Ch\u1eef vi\u1ebft t\u1eaft c\u1ee7a c\u01a1 &quan:", None))
        self.bodyAbbrEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"UBND", None))
        self.officeNameCaption.setText(QCoreApplication.translate("SettingsPanel", u"&Ph\u00f2ng so\u1ea1n th\u1ea3o v\u0103n b\u1ea3n:", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"Ph\u00f2ng V\u0103n h\u00f3a v\u00e0 Th\u00f4ng tin", None))
        self.officeNameHint.setText(QCoreApplication.translate("SettingsPanel", u"ph\u00f2ng tham m\u01b0u, n\u00eau \u0111\u1ea7u ti\u00ean \u1edf m\u1ee5c \u201cT\u1ed5 ch\u1ee9c th\u1ef1c hi\u1ec7n\u201d", None))
        self.officeAbbrCaption.setText(QCoreApplication.translate("SettingsPanel", u"Ch\u1eef vi\u1ebft t\u1eaft c\u1ee7a ph\u00f2n&g:", None))
        self.officeAbbrEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"VHTT", None))
        self.saveProfileButton.setText(QCoreApplication.translate("SettingsPanel", u"&L\u01b0u th\u00f4ng tin huy\u1ec7n", None))
        self.saveProfileButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"L\u01b0u (Ctrl+S)", None))
        self.revertProfileButton.setText(QCoreApplication.translate("SettingsPanel", u"B\u1ecf thay \u0111\u1ed5&i", None))
        self.revertProfileButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"Tr\u1edf l\u1ea1i th\u00f4ng tin \u0111\u00e3 l\u01b0u", None))
        self.previewGroup.setTitle(QCoreApplication.translate("SettingsPanel", u"Xem tr\u01b0\u1edbc ph\u1ea7n \u0111\u1ea7u v\u0103n b\u1ea3n khi in (b\u1ea3n d\u1ef1 th\u1ea3o: s\u1ed1 v\u00e0 ng\u00e0y \u0111\u1ec3 tr\u1ed1ng)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("SettingsPanel", u"Th\u00f4ng tin &huy\u1ec7n", None))
        self.searchCaption.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ecm (Ctrl+F):", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"g\u00f5 t\u00ean ho\u1eb7c t\u00ean vi\u1ebft t\u1eaft, c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u", None))
        self.showInactiveCheck.setText(QCoreApplication.translate("SettingsPanel", u"Hi\u1ec7n c\u1ea3 \u0111\u01a1n v\u1ecb \u0111\u00e3 ng\u1eebng s\u1eed &d\u1ee5ng", None))
        ___qtablewidgetitem = self.unitTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsPanel", u"STT", None))
        ___qtablewidgetitem1 = self.unitTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ean \u0111\u01a1n v\u1ecb", None))
        ___qtablewidgetitem2 = self.unitTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ean vi\u1ebft t\u1eaft", None))
        ___qtablewidgetitem3 = self.unitTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsPanel", u"Lo\u1ea1i", None))
        ___qtablewidgetitem4 = self.unitTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SettingsPanel", u"S\u1ed1 nhi\u1ec7m v\u1ee5\n"
"ch\u1ee7 tr\u00ec", None))
        ___qtablewidgetitem4.setToolTip(QCoreApplication.translate("SettingsPanel", u"S\u1ed1 nhi\u1ec7m v\u1ee5 (c\u1ee7a m\u1ecdi k\u1ebf ho\u1ea1ch) do \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec", None))
        ___qtablewidgetitem5 = self.unitTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SettingsPanel", u"S\u1ed1 nhi\u1ec7m v\u1ee5\n"
"ph\u1ed1i h\u1ee3p", None))
        ___qtablewidgetitem5.setToolTip(QCoreApplication.translate("SettingsPanel", u"S\u1ed1 nhi\u1ec7m v\u1ee5 (c\u1ee7a m\u1ecdi k\u1ebf ho\u1ea1ch) \u0111\u01a1n v\u1ecb tham gia ph\u1ed1i h\u1ee3p", None))
        ___qtablewidgetitem6 = self.unitTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ecnh tr\u1ea1ng", None))
        self.upButton.setText(QCoreApplication.translate("SettingsPanel", u"\u25b2 L\u00ean", None))
        self.upButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"\u0110\u01b0a \u0111\u01a1n v\u1ecb \u0111\u00e3 ch\u1ecdn l\u00ean tr\u00ean (Alt+\u2191)", None))
        self.downButton.setText(QCoreApplication.translate("SettingsPanel", u"\u25bc Xu\u1ed1ng", None))
        self.downButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"\u0110\u01b0a \u0111\u01a1n v\u1ecb \u0111\u00e3 ch\u1ecdn xu\u1ed1ng d\u01b0\u1edbi (Alt+\u2193)", None))
        self.renameButton.setText(QCoreApplication.translate("SettingsPanel", u"\u0110\u1ed5i t\u00ean (F2)", None))
        self.renameButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"S\u1eeda t\u00ean ngay trong b\u1ea3ng: ch\u1ecdn \u00f4 r\u1ed3i b\u1ea5m F2 ho\u1eb7c nh\u1ea5p \u0111\u00fap; Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 th\u00f4i", None))
        self.mergeButton.setText(QCoreApplication.translate("SettingsPanel", u"&G\u1ed9p v\u00e0o \u0111\u01a1n v\u1ecb kh\u00e1c\u2026", None))
        self.mergeButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"Khi hai \u0111\u01a1n v\u1ecb s\u00e1p nh\u1eadp: m\u1ecdi nhi\u1ec7m v\u1ee5 c\u1ee7a \u0111\u01a1n v\u1ecb \u0111\u00e3 ch\u1ecdn chuy\u1ec3n sang \u0111\u01a1n v\u1ecb nh\u1eadn", None))
        self.deactivateButton.setText(QCoreApplication.translate("SettingsPanel", u"Ng\u1eebng &s\u1eed d\u1ee5ng", None))
        self.deactivateButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"Kh\u00f4ng \u0111\u01b0a \u0111\u01a1n v\u1ecb v\u00e0o danh s\u00e1ch ch\u1ecdn n\u1eefa; c\u00e1c nhi\u1ec7m v\u1ee5 \u0111\u00e3 giao v\u1eabn gi\u1eef nguy\u00ean", None))
        self.mergeFrame.setStyleSheet(QCoreApplication.translate("SettingsPanel", u"#mergeFrame { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }", None))
        self.mergeCaption.setText(QCoreApplication.translate("SettingsPanel", u"G\u1ed9p v\u00e0o:", None))
        self.confirmMergeButton.setText(QCoreApplication.translate("SettingsPanel", u"&X\u00e1c nh\u1eadn g\u1ed9p", None))
        self.cancelMergeButton.setText(QCoreApplication.translate("SettingsPanel", u"Th\u00f4i, kh\u00f4ng g\u1ed9p", None))
        self.addGroup.setTitle(QCoreApplication.translate("SettingsPanel", u"Th\u00eam \u0111\u01a1n v\u1ecb", None))
        self.newNameCaption.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ean \u0111\u01a1n v\u1ecb &m\u1edbi:", None))
        self.newNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"v\u00ed d\u1ee5: Ph\u00f2ng N\u1ed9i v\u1ee5, UBND x\u00e3 Ba Th\u00e0nh", None))
        self.newShortCaption.setText(QCoreApplication.translate("SettingsPanel", u"T\u00ean vi\u1ebft t\u1eaft:", None))
        self.newShortEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"NV", None))
        self.newKindCaption.setText(QCoreApplication.translate("SettingsPanel", u"Lo\u1ea1i:", None))
        self.addUnitButton.setText(QCoreApplication.translate("SettingsPanel", u"&Th\u00eam", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("SettingsPanel", u"\u0110\u01a1n &v\u1ecb", None))
        self.signerListCaption.setText(QCoreApplication.translate("SettingsPanel", u"M\u1eabu ng\u01b0\u1eddi k\u00fd \u0111\u00e3 l\u01b0u:", None))
        self.newSignerButton.setText(QCoreApplication.translate("SettingsPanel", u"Th\u00eam &m\u1edbi", None))
        self.deleteSignerButton.setText(QCoreApplication.translate("SettingsPanel", u"&X\u00f3a", None))
        self.signerPersonCaption.setText(QCoreApplication.translate("SettingsPanel", u"H\u1ecd v\u00e0 t\u00ean n&g\u01b0\u1eddi k\u00fd:", None))
        self.signerPersonEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"Nguy\u1ec5n V\u0103n An \u2014 kh\u00f4ng ghi h\u1ecdc h\u00e0m, h\u1ecdc v\u1ecb", None))
        self.signerLinesCaption.setText(QCoreApplication.translate("SettingsPanel", u"&D\u00f2ng th\u1ea9m quy\u1ec1n\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t h\u00e0ng):", None))
        self.signerLinesEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"TM. \u1ee6Y BAN NH\u00c2N D\u00c2N\n"
"KT. CH\u1ee6 T\u1ecaCH\n"
"PH\u00d3 CH\u1ee6 T\u1ecaCH", None))
        self.signerNameCaption.setText(QCoreApplication.translate("SettingsPanel", u"&T\u00ean m\u1eabu (\u0111\u1ec3 ch\u1ecdn nhanh):", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"\u0111\u1ec3 tr\u1ed1ng: t\u1ef1 \u0111\u1eb7t theo ch\u1ee9c v\u1ee5 v\u00e0 h\u1ecd t\u00ean, v\u00ed d\u1ee5 \u201cPh\u00f3 ch\u1ee7 t\u1ecbch Nguy\u1ec5n V\u0103n An\u201d", None))
        self.signerHint.setText(QCoreApplication.translate("SettingsPanel", u"K\u00fd thay m\u1eb7t t\u1eadp th\u1ec3 \u1ee6y ban: \u201cTM. \u1ee6Y BAN NH\u00c2N D\u00c2N\u201d r\u1ed3i \u201cCH\u1ee6 T\u1ecaCH\u201d. Ph\u00f3 Ch\u1ee7 t\u1ecbch k\u00fd thay: th\u00eam d\u00f2ng \u201cKT. CH\u1ee6 T\u1ecaCH\u201d r\u1ed3i \u201cPH\u00d3 CH\u1ee6 T\u1ecaCH\u201d. C\u00e1c ti\u1ec1n t\u1ed1 kh\u00e1c: Q. (quy\u1ec1n), TL. (th\u1eeba l\u1ec7nh), TUQ. (th\u1eeba \u1ee7y quy\u1ec1n).", None))
        self.saveSignerButton.setText(QCoreApplication.translate("SettingsPanel", u"&L\u01b0u ng\u01b0\u1eddi k\u00fd", None))
        self.saveSignerButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"L\u01b0u (Ctrl+S)", None))
        self.signerPreviewGroup.setTitle(QCoreApplication.translate("SettingsPanel", u"Xem tr\u01b0\u1edbc ph\u1ea7n k\u00fd khi in", None))
        self.signerPreview.setStyleSheet(QCoreApplication.translate("SettingsPanel", u"background: white; color: black; padding: 8px;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signersTab), QCoreApplication.translate("SettingsPanel", u"Ng\u01b0\u1eddi &k\u00fd", None))
        self.recipientListCaption.setText(QCoreApplication.translate("SettingsPanel", u"Danh s\u00e1ch n\u01a1i nh\u1eadn \u0111\u00e3 l\u01b0u:", None))
        self.newRecipientButton.setText(QCoreApplication.translate("SettingsPanel", u"Th\u00eam &m\u1edbi", None))
        self.deleteRecipientButton.setText(QCoreApplication.translate("SettingsPanel", u"&X\u00f3a", None))
        self.recipientNameCaption.setText(QCoreApplication.translate("SettingsPanel", u"&T\u00ean danh s\u00e1ch:", None))
        self.recipientNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"v\u00ed d\u1ee5: B\u00e1o c\u00e1o g\u1eedi t\u1ec9nh", None))
        self.recipientKindCaption.setText(QCoreApplication.translate("SettingsPanel", u"&D\u00f9ng cho:", None))
        self.recipientItemsCaption.setText(QCoreApplication.translate("SettingsPanel", u"&C\u00e1c n\u01a1i nh\u1eadn\n"
"(m\u1ed7i n\u01a1i m\u1ed9t d\u00f2ng):", None))
        self.recipientItemsEdit.setPlaceholderText(QCoreApplication.translate("SettingsPanel", u"S\u1edf Khoa h\u1ecdc v\u00e0 C\u00f4ng ngh\u1ec7 t\u1ec9nh\n"
"TT Huy\u1ec7n \u1ee7y, TT H\u0110ND huy\u1ec7n\n"
"CT, c\u00e1c PCT UBND huy\u1ec7n\n"
"L\u01b0u: VT, VHTT", None))
        self.recipientHint.setText(QCoreApplication.translate("SettingsPanel", u"Kh\u00f4ng c\u1ea7n g\u00f5 d\u1ea5u \u201c-\u201d \u0111\u1ea7u d\u00f2ng v\u00e0 d\u1ea5u \u201c;\u201d cu\u1ed1i d\u00f2ng: khi in, ch\u01b0\u01a1ng tr\u00ecnh t\u1ef1 th\u00eam v\u00e0 k\u1ebft th\u00fac d\u00f2ng cu\u1ed1i b\u1eb1ng d\u1ea5u ch\u1ea5m. D\u00f2ng \u201cL\u01b0u: VT, \u2026\u201d lu\u00f4n \u0111\u01b0\u1ee3c \u0111\u1eb7t cu\u1ed1i c\u00f9ng. B\u00e1o c\u00e1o g\u1eedi c\u1ea5p tr\u00ean th\u01b0\u1eddng b\u1eaft \u0111\u1ea7u b\u1eb1ng \u201cNh\u01b0 tr\u00ean\u201d.", None))
        self.saveRecipientButton.setText(QCoreApplication.translate("SettingsPanel", u"&L\u01b0u danh s\u00e1ch", None))
        self.saveRecipientButton.setToolTip(QCoreApplication.translate("SettingsPanel", u"L\u01b0u (Ctrl+S)", None))
        self.recipientPreviewGroup.setTitle(QCoreApplication.translate("SettingsPanel", u"Xem tr\u01b0\u1edbc ph\u1ea7n \u201cN\u01a1i nh\u1eadn\u201d khi in", None))
        self.recipientPreview.setStyleSheet(QCoreApplication.translate("SettingsPanel", u"background: white; color: black; padding: 8px;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recipientsTab), QCoreApplication.translate("SettingsPanel", u"&N\u01a1i nh\u1eadn", None))
        self.undoButton.setText(QCoreApplication.translate("SettingsPanel", u"Ho\u00e0n t\u00e1c (Ctrl+Z)", None))
        pass
