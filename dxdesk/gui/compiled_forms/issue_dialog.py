"""Compiled from ui/issue_dialog.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout


class Ui_IssuePanel(object):
    def setupUi(self, IssuePanel):
        if not IssuePanel.objectName():
            IssuePanel.setObjectName(u"IssuePanel")
        self.layout = QVBoxLayout(IssuePanel)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(IssuePanel)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberCaption = QLabel(IssuePanel)
        self.numberCaption.setObjectName(u"numberCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberEdit = QLineEdit(IssuePanel)
        self.numberEdit.setObjectName(u"numberEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateCaption = QLabel(IssuePanel)
        self.dateCaption.setObjectName(u"dateCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QDateEdit(IssuePanel)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(IssuePanel)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #b71c1c; font-weight: bold;")

        self.layout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(IssuePanel)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

        self.numberCaption.setBuddy(self.numberEdit)
        self.dateCaption.setBuddy(self.dateEdit)

        self.retranslateUi(IssuePanel)

        QMetaObject.connectSlotsByName(IssuePanel)
    # setupUi

    def retranslateUi(self, IssuePanel):
        self.intro.setText(QCoreApplication.translate("IssuePanel", u"Khi l\u00e3nh \u0111\u1ea1o \u0111\u00e3 k\u00fd v\u00e0 v\u0103n th\u01b0 \u0111\u00e3 cho s\u1ed1, h\u00e3y ghi l\u1ea1i s\u1ed1 v\u00e0 ng\u00e0y ban h\u00e0nh. K\u1ebf ho\u1ea1ch chuy\u1ec3n sang \u201c\u0111\u00e3 ban h\u00e0nh\u201d; c\u00e1c v\u0103n b\u1ea3n in sau \u0111\u00f3 mang s\u1ed1 v\u00e0 ng\u00e0y n\u00e0y.", None))
        self.numberCaption.setText(QCoreApplication.translate("IssuePanel", u"&S\u1ed1 v\u0103n b\u1ea3n:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("IssuePanel", u"v\u00ed d\u1ee5: 5 ho\u1eb7c 05/KH-UBND", None))
        self.dateCaption.setText(QCoreApplication.translate("IssuePanel", u"&Ng\u00e0y ban h\u00e0nh:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("IssuePanel", u"dd/MM/yyyy", None))
        pass
