"""Compiled from ui/wizard_rollover.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget


class Ui_WizardRolloverPanel(object):
    def setupUi(self, WizardRolloverPanel):
        if not WizardRolloverPanel.objectName():
            WizardRolloverPanel.setObjectName(u"WizardRolloverPanel")
        WizardRolloverPanel.resize(1000, 600)
        self.layout = QVBoxLayout(WizardRolloverPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(WizardRolloverPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.diffBox = QWidget(self.splitter)
        self.diffBox.setObjectName(u"diffBox")
        self.diffLayout = QVBoxLayout(self.diffBox)
        self.diffLayout.setObjectName(u"diffLayout")
        self.diffLayout.setContentsMargins(0, 0, 0, 0)
        self.diffCaption = QLabel(self.diffBox)
        self.diffCaption.setObjectName(u"diffCaption")
        self.diffCaption.setWordWrap(True)

        self.diffLayout.addWidget(self.diffCaption)

        self.legendRow = QHBoxLayout()
        self.legendRow.setObjectName(u"legendRow")
        self.legendCaption = QLabel(self.diffBox)
        self.legendCaption.setObjectName(u"legendCaption")

        self.legendRow.addWidget(self.legendCaption)

        self.legendAdded = QLabel(self.diffBox)
        self.legendAdded.setObjectName(u"legendAdded")

        self.legendRow.addWidget(self.legendAdded)

        self.legendChanged = QLabel(self.diffBox)
        self.legendChanged.setObjectName(u"legendChanged")

        self.legendRow.addWidget(self.legendChanged)

        self.legendDropped = QLabel(self.diffBox)
        self.legendDropped.setObjectName(u"legendDropped")

        self.legendRow.addWidget(self.legendDropped)

        self.legendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legendRow.addItem(self.legendSpacer)

        self.showUnchangedCheck = QCheckBox(self.diffBox)
        self.showUnchangedCheck.setObjectName(u"showUnchangedCheck")

        self.legendRow.addWidget(self.showUnchangedCheck)


        self.diffLayout.addLayout(self.legendRow)

        self.diffTree = QTreeWidget(self.diffBox)
        self.diffTree.setObjectName(u"diffTree")
        self.diffTree.setAlternatingRowColors(False)
        self.diffTree.setAllColumnsShowFocus(True)
        self.diffTree.setWordWrap(False)

        self.diffLayout.addWidget(self.diffTree)

        self.splitter.addWidget(self.diffBox)
        self.carryBox = QWidget(self.splitter)
        self.carryBox.setObjectName(u"carryBox")
        self.carryLayout = QVBoxLayout(self.carryBox)
        self.carryLayout.setObjectName(u"carryLayout")
        self.carryLayout.setContentsMargins(0, 6, 0, 0)
        self.carryCaption = QLabel(self.carryBox)
        self.carryCaption.setObjectName(u"carryCaption")
        self.carryCaption.setWordWrap(True)

        self.carryLayout.addWidget(self.carryCaption)

        self.carryTree = QTreeWidget(self.carryBox)
        self.carryTree.setObjectName(u"carryTree")
        self.carryTree.setRootIsDecorated(False)
        self.carryTree.setAlternatingRowColors(True)
        self.carryTree.setUniformRowHeights(True)
        self.carryTree.setAllColumnsShowFocus(True)

        self.carryLayout.addWidget(self.carryTree)

        self.carryButtons = QHBoxLayout()
        self.carryButtons.setObjectName(u"carryButtons")
        self.carryAllButton = QPushButton(self.carryBox)
        self.carryAllButton.setObjectName(u"carryAllButton")

        self.carryButtons.addWidget(self.carryAllButton)

        self.carryNoneButton = QPushButton(self.carryBox)
        self.carryNoneButton.setObjectName(u"carryNoneButton")

        self.carryButtons.addWidget(self.carryNoneButton)

        self.carryCount = QLabel(self.carryBox)
        self.carryCount.setObjectName(u"carryCount")

        self.carryButtons.addWidget(self.carryCount)

        self.carrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.carryButtons.addItem(self.carrySpacer)


        self.carryLayout.addLayout(self.carryButtons)

        self.splitter.addWidget(self.carryBox)

        self.layout.addWidget(self.splitter)

        self.diffCaption.setBuddy(self.diffTree)
        self.carryCaption.setBuddy(self.carryTree)
        QWidget.setTabOrder(self.diffTree, self.showUnchangedCheck)
        QWidget.setTabOrder(self.showUnchangedCheck, self.carryTree)
        QWidget.setTabOrder(self.carryTree, self.carryAllButton)
        QWidget.setTabOrder(self.carryAllButton, self.carryNoneButton)

        self.retranslateUi(WizardRolloverPanel)

        QMetaObject.connectSlotsByName(WizardRolloverPanel)
    # setupUi

    def retranslateUi(self, WizardRolloverPanel):
        self.diffCaption.setText(QCoreApplication.translate("WizardRolloverPanel", u"&So s\u00e1nh k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh n\u0103m nay v\u1edbi n\u0103m tr\u01b0\u1edbc:", None))
        self.legendCaption.setText(QCoreApplication.translate("WizardRolloverPanel", u"Ch\u00fa th\u00edch:", None))
        self.showUnchangedCheck.setText(QCoreApplication.translate("WizardRolloverPanel", u"Hi\u1ec7n c\u1ea3 m\u1ee5c &kh\u00f4ng \u0111\u1ed5i", None))
        ___qtreewidgetitem = self.diffTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("WizardRolloverPanel", u"Chi ti\u1ebft", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WizardRolloverPanel", u"Thay \u0111\u1ed5i", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WizardRolloverPanel", u"N\u1ed9i dung", None))
        self.carryCaption.setText(QCoreApplication.translate("WizardRolloverPanel", u"&Nhi\u1ec7m v\u1ee5 n\u0103m tr\u01b0\u1edbc ch\u01b0a ho\u00e0n th\u00e0nh, chuy\u1ec3n ti\u1ebfp sang n\u0103m nay (b\u1ecf d\u1ea5u ch\u1ecdn \u1edf nhi\u1ec7m v\u1ee5 kh\u00f4ng chuy\u1ec3n ti\u1ebfp). C\u1ed9t \u201cT\u1ec9nh n\u0103m nay\u201d cho bi\u1ebft t\u1ec9nh c\u00f3 giao l\u1ea1i nhi\u1ec7m v\u1ee5 \u0111\u00f3 kh\u00f4ng: n\u1ebfu c\u00f3, k\u1ebf ho\u1ea1ch m\u1edbi s\u1ebd c\u00f3 c\u1ea3 nhi\u1ec7m v\u1ee5 chuy\u1ec3n ti\u1ebfp (gi\u1eef ti\u1ebfn \u0111\u1ed9 c\u0169) l\u1eabn nhi\u1ec7m v\u1ee5 c\u1ee7a n\u0103m nay \u2014 b\u1ecf b\u1edbt m\u1ed9t trong hai n\u1ebfu tr\u00f9ng.", None))
        ___qtreewidgetitem1 = self.carryTree.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("WizardRolloverPanel", u"T\u1ec9nh n\u0103m nay", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("WizardRolloverPanel", u"Th\u1eddi h\u1ea1n c\u0169", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("WizardRolloverPanel", u"Ti\u1ebfn \u0111\u1ed9", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("WizardRolloverPanel", u"Tr\u1ea1ng th\u00e1i", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("WizardRolloverPanel", u"\u0110\u01a1n v\u1ecb ch\u1ee7 tr\u00ec", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("WizardRolloverPanel", u"Nhi\u1ec7m v\u1ee5", None))
        self.carryAllButton.setText(QCoreApplication.translate("WizardRolloverPanel", u"Ch\u1ecdn &h\u1ebft", None))
        self.carryNoneButton.setText(QCoreApplication.translate("WizardRolloverPanel", u"&B\u1ecf ch\u1ecdn h\u1ebft", None))
        pass
