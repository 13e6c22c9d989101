"""Compiled from ui/main_window.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget


class Ui_MainPanel(object):
    def setupUi(self, MainPanel):
        if not MainPanel.objectName():
            MainPanel.setObjectName(u"MainPanel")
        MainPanel.resize(1200, 760)
        self.mainLayout = QVBoxLayout(MainPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(MainPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.plansPanel = QWidget(self.splitter)
        self.plansPanel.setObjectName(u"plansPanel")
        self.plansLayout = QVBoxLayout(self.plansPanel)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansLayout.setContentsMargins(0, 0, 0, 0)
        self.districtLabel = QLabel(self.plansPanel)
        self.districtLabel.setObjectName(u"districtLabel")
        self.districtLabel.setWordWrap(True)
        self.districtLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.plansLayout.addWidget(self.districtLabel)

        self.plansHeading = QLabel(self.plansPanel)
        self.plansHeading.setObjectName(u"plansHeading")

        self.plansLayout.addWidget(self.plansHeading)

        self.planList = QListWidget(self.plansPanel)
        self.planList.setObjectName(u"planList")
        self.planList.setWordWrap(True)
        self.planList.setAlternatingRowColors(True)

        self.plansLayout.addWidget(self.planList)

        self.newPlanButton = QPushButton(self.plansPanel)
        self.newPlanButton.setObjectName(u"newPlanButton")

        self.plansLayout.addWidget(self.newPlanButton)

        self.nextYearButton = QPushButton(self.plansPanel)
        self.nextYearButton.setObjectName(u"nextYearButton")

        self.plansLayout.addWidget(self.nextYearButton)

        self.importButton = QPushButton(self.plansPanel)
        self.importButton.setObjectName(u"importButton")

        self.plansLayout.addWidget(self.importButton)

        self.splitter.addWidget(self.plansPanel)
        self.planPanel = QWidget(self.splitter)
        self.planPanel.setObjectName(u"planPanel")
        self.planLayout = QVBoxLayout(self.planPanel)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)
        self.planTitle = QLabel(self.planPanel)
        self.planTitle.setObjectName(u"planTitle")
        self.planTitle.setWordWrap(True)
        self.planTitle.setStyleSheet(u"font-size: 12pt; font-weight: bold;")

        self.planLayout.addWidget(self.planTitle)

        self.tabs = QTabWidget(self.planPanel)
        self.tabs.setObjectName(u"tabs")
        self.overviewPage = QWidget()
        self.overviewPage.setObjectName(u"overviewPage")
        self.overviewLayout = QVBoxLayout(self.overviewPage)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.tabs.addTab(self.overviewPage, "")
        self.outlinePage = QWidget()
        self.outlinePage.setObjectName(u"outlinePage")
        self.outlineLayout = QVBoxLayout(self.outlinePage)
        self.outlineLayout.setObjectName(u"outlineLayout")
        self.tabs.addTab(self.outlinePage, "")
        self.targetsPage = QWidget()
        self.targetsPage.setObjectName(u"targetsPage")
        self.targetsLayout = QVBoxLayout(self.targetsPage)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.tabs.addTab(self.targetsPage, "")
        self.tasksPage = QWidget()
        self.tasksPage.setObjectName(u"tasksPage")
        self.tasksLayout = QVBoxLayout(self.tasksPage)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tabs.addTab(self.tasksPage, "")

        self.planLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.planPanel)

        self.mainLayout.addWidget(self.splitter)

        self.plansHeading.setBuddy(self.planList)

        self.retranslateUi(MainPanel)

        QMetaObject.connectSlotsByName(MainPanel)
    # setupUi

    def retranslateUi(self, MainPanel):
        self.districtLabel.setText(QCoreApplication.translate("MainPanel", u"Ch\u01b0a c\u00f3 th\u00f4ng tin huy\u1ec7n", None))
        self.plansHeading.setText(QCoreApplication.translate("MainPanel", u"&K\u1ebf ho\u1ea1ch theo n\u0103m:", None))
        self.newPlanButton.setText(QCoreApplication.translate("MainPanel", u"K\u1ebf ho\u1ea1ch &m\u1edbi t\u1eeb m\u1eabu c\u1ee7a t\u1ec9nh\u2026", None))
        self.nextYearButton.setText(QCoreApplication.translate("MainPanel", u"L\u1eadp k\u1ebf ho\u1ea1ch &n\u0103m sau\u2026", None))
        self.importButton.setText(QCoreApplication.translate("MainPanel", u"&Nh\u1eadp k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overviewPage), QCoreApplication.translate("MainPanel", u"T\u1ed5ng quan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.outlinePage), QCoreApplication.translate("MainPanel", u"\u0110\u1ec1 c\u01b0\u01a1ng", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targetsPage), QCoreApplication.translate("MainPanel", u"Ch\u1ec9 ti\u00eau", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tasksPage), QCoreApplication.translate("MainPanel", u"Nhi\u1ec7m v\u1ee5", None))
        pass
