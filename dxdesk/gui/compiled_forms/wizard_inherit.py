"""Compiled from ui/wizard_inherit.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget


class Ui_WizardInheritPanel(object):
    def setupUi(self, WizardInheritPanel):
        if not WizardInheritPanel.objectName():
            WizardInheritPanel.setObjectName(u"WizardInheritPanel")
        WizardInheritPanel.resize(1000, 560)
        self.layout = QVBoxLayout(WizardInheritPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.countLabel = QLabel(WizardInheritPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)
        self.countLabel.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.countLabel)

        self.treeCaption = QLabel(WizardInheritPanel)
        self.treeCaption.setObjectName(u"treeCaption")

        self.layout.addWidget(self.treeCaption)

        self.itemTree = QTreeWidget(WizardInheritPanel)
        self.itemTree.setObjectName(u"itemTree")
        self.itemTree.setAlternatingRowColors(True)
        self.itemTree.setUniformRowHeights(True)
        self.itemTree.setAllColumnsShowFocus(True)

        self.layout.addWidget(self.itemTree)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.checkAllButton = QPushButton(WizardInheritPanel)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.buttonRow.addWidget(self.checkAllButton)

        self.uncheckAllButton = QPushButton(WizardInheritPanel)
        self.uncheckAllButton.setObjectName(u"uncheckAllButton")

        self.buttonRow.addWidget(self.uncheckAllButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)

        self.treeCaption.setBuddy(self.itemTree)
        QWidget.setTabOrder(self.itemTree, self.checkAllButton)
        QWidget.setTabOrder(self.checkAllButton, self.uncheckAllButton)

        self.retranslateUi(WizardInheritPanel)

        QMetaObject.connectSlotsByName(WizardInheritPanel)
    # setupUi

    def retranslateUi(self, WizardInheritPanel):
        self.treeCaption.setText(QCoreApplication.translate("WizardInheritPanel", u"&N\u1ed9i dung c\u1ee7a k\u1ebf ho\u1ea1ch t\u1ec9nh (r\u00ea chu\u1ed9t l\u00ean m\u1ed9t d\u00f2ng \u0111\u1ec3 xem nguy\u00ean v\u0103n):", None))
        ___qtreewidgetitem = self.itemTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WizardInheritPanel", u"\u0110\u00e3 ch\u1ecdn / ghi ch\u00fa", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WizardInheritPanel", u"N\u1ed9i dung", None))
        self.checkAllButton.setText(QCoreApplication.translate("WizardInheritPanel", u"Ch\u1ecdn &h\u1ebft", None))
        self.uncheckAllButton.setText(QCoreApplication.translate("WizardInheritPanel", u"&B\u1ecf ch\u1ecdn h\u1ebft", None))
        pass
