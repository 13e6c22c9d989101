"""Compiled from ui/wizard_source.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QTreeWidget, QVBoxLayout, QWidget


class Ui_WizardSourcePanel(object):
    def setupUi(self, WizardSourcePanel):
        if not WizardSourcePanel.objectName():
            WizardSourcePanel.setObjectName(u"WizardSourcePanel")
        WizardSourcePanel.resize(1000, 560)
        self.layout = QVBoxLayout(WizardSourcePanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, -1, 0, -1)
        self.problemLabel = QLabel(WizardSourcePanel)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setVisible(False)
        self.problemLabel.setStyleSheet(u"color: #b71c1c; font-weight: bold;")

        self.layout.addWidget(self.problemLabel)

        self.templateCaption = QLabel(WizardSourcePanel)
        self.templateCaption.setObjectName(u"templateCaption")

        self.layout.addWidget(self.templateCaption)

        self.templateList = QTreeWidget(WizardSourcePanel)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setRootIsDecorated(False)
        self.templateList.setAlternatingRowColors(True)
        self.templateList.setUniformRowHeights(True)
        self.templateList.setAllColumnsShowFocus(True)

        self.layout.addWidget(self.templateList)

        self.templateDetails = QLabel(WizardSourcePanel)
        self.templateDetails.setObjectName(u"templateDetails")
        self.templateDetails.setWordWrap(True)
        self.templateDetails.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.templateDetails)

        self.templateHint = QLabel(WizardSourcePanel)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setWordWrap(True)
        self.templateHint.setStyleSheet(u"color: #555555;")

        self.layout.addWidget(self.templateHint)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearCaption = QLabel(WizardSourcePanel)
        self.yearCaption.setObjectName(u"yearCaption")

        self.yearRow.addWidget(self.yearCaption)

        self.yearSpin = QSpinBox(WizardSourcePanel)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.yearRow.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.layout.addLayout(self.yearRow)

        self.yearNote = QLabel(WizardSourcePanel)
        self.yearNote.setObjectName(u"yearNote")
        self.yearNote.setWordWrap(True)
        self.yearNote.setStyleSheet(u"color: #8d4e00;")

        self.layout.addWidget(self.yearNote)

        self.templateCaption.setBuddy(self.templateList)
        self.yearCaption.setBuddy(self.yearSpin)
        QWidget.setTabOrder(self.templateList, self.yearSpin)

        self.retranslateUi(WizardSourcePanel)

        QMetaObject.connectSlotsByName(WizardSourcePanel)
    # setupUi

    def retranslateUi(self, WizardSourcePanel):
        self.templateCaption.setText(QCoreApplication.translate("WizardSourcePanel", u"K\u1ebf &ho\u1ea1ch c\u1ee7a t\u1ec9nh \u0111\u00e3 nh\u1eadp v\u00e0o ch\u01b0\u01a1ng tr\u00ecnh:", None))
        ___qtreewidgetitem = self.templateList.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("WizardSourcePanel", u"Cho n\u0103m", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("WizardSourcePanel", u"C\u01a1 quan ban h\u00e0nh", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("WizardSourcePanel", u"Ng\u00e0y ban h\u00e0nh", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WizardSourcePanel", u"S\u1ed1, k\u00fd hi\u1ec7u", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WizardSourcePanel", u"T\u00ean k\u1ebf ho\u1ea1ch (tr\u00edch y\u1ebfu)", None))
        self.templateHint.setText(QCoreApplication.translate("WizardSourcePanel", u"Kh\u00f4ng th\u1ea5y k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh c\u1ea7n d\u00f9ng? H\u00e3y \u0111\u00f3ng c\u1eeda s\u1ed5 n\u00e0y, v\u00e0o T\u1ec7p \u203a Nh\u1eadp k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh\u2026 r\u1ed3i l\u1eadp l\u1ea1i.", None))
        self.yearCaption.setText(QCoreApplication.translate("WizardSourcePanel", u"&N\u0103m c\u1ee7a k\u1ebf ho\u1ea1ch huy\u1ec7n:", None))
        pass
