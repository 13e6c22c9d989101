"""“Thông tin huyện”, the settings dialog's first tab: the district's names, with the
page-1 header drawn to scale as the officer types."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QWidget

from dxdesk.documents import layout as L
from dxdesk.documents.model import format_date_line, format_number_line
from dxdesk.gui.settings_common import AMBER, FAILED, SettingsTab
from dxdesk.paths import resources_dir
from dxdesk.services import district as svc
from dxdesk.text import clean, fold

if TYPE_CHECKING:
    from dxdesk.gui.settings_dialog import SettingsDialog

SERIF = ["Times New Roman", "Liberation Serif", "Tinos", "serif"]

_fonts_loaded = False


def _load_serif_fonts() -> None:
    """Liberation Serif ships with dxdesk (Times New Roman metrics) for machines without
    Times New Roman, so the preview wraps lines where Word will."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    _fonts_loaded = True
    try:
        folder = resources_dir() / "fonts"
    except FileNotFoundError:
        return
    for path in sorted(folder.glob("LiberationSerif-*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


class HeaderPreview(QWidget):
    """The page-1 header block drawn to scale (ND30 layout: 65 + 100 mm columns)."""

    MARGIN_MM = 6.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _load_serif_fonts()
        self.issuer_lines: list[str] = []
        self.number_line = ""
        self.date_line = ""
        self.setMinimumSize(QSize(560, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Xem trước phần đầu văn bản")

    def set_header(self, issuer_lines: list[str], number_line: str, date_line: str) -> None:
        self.issuer_lines, self.number_line, self.date_line = issuer_lines, number_line, date_line
        self.setToolTip("\n".join([*issuer_lines, number_line, "", L.NATIONAL_TITLE, L.MOTTO,
                                   date_line]))
        self._update_height()
        self.update()

    def _scale(self) -> float:
        return (self.width() - 2) / (L.PORTRAIT.text_width + 2 * self.MARGIN_MM)

    def _update_height(self) -> None:
        self.setFixedHeight(max(120, round(self._draw(None) + 1)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_height()

    def sizeHint(self) -> QSize:
        return QSize(640, 180)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#bdbdbd"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(QPen(QColor("black")))
        self._draw(painter)
        painter.end()

    def _draw(self, painter: QPainter | None) -> float:
        """Lay out (and, given a painter, draw) the header; returns the height used."""
        scale = self._scale()
        x0 = y0 = self.MARGIN_MM * scale
        left_w, right_w = L.HEADER_LEFT_MM * scale, L.HEADER_RIGHT_MM * scale
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap

        def text(x: float, y: float, width: float, line: str, pt: float, *, bold=False,
                 italic=False) -> float:
            font = QFont()
            font.setFamilies(SERIF)
            font.setPixelSize(max(6, round(pt * L.MM_PER_PT * scale)))
            font.setBold(bold)
            font.setItalic(italic)
            box = QRectF(x, y, width, 10_000)
            used = QFontMetricsF(font).boundingRect(box, flags, line)
            if painter is not None:
                painter.setFont(font)
                painter.drawText(box, flags, line)
            return y + used.height()

        def rule(x: float, width: float, y: float, length_mm: float) -> float:
            length, y = length_mm * scale, y + 1.0 * scale
            if painter is not None:
                painter.setPen(QPen(QColor("black"),
                                    max(1.0, L.RULE_WEIGHT_PT * L.MM_PER_PT * scale)))
                start = x + (width - length) / 2
                painter.drawLine(QPointF(start, y), QPointF(start + length, y))
                painter.setPen(QPen(QColor("black")))
            return y + 1.0 * scale

        y_left = y0
        for line in self.issuer_lines:
            y_left = text(x0, y_left, left_w, line, L.ISSUER_PT, bold=True)
        if self.issuer_lines:
            y_left = rule(x0, left_w, y_left, L.issuer_rule_mm(self.issuer_lines))
        y_right = text(x0 + left_w, y0, right_w, L.NATIONAL_TITLE, L.national_title_pt(),
                       bold=True)
        y_right = text(x0 + left_w, y_right, right_w, L.MOTTO, L.MOTTO_PT, bold=True)
        y_right = rule(x0 + left_w, right_w, y_right, L.motto_rule_mm())
        y = max(y_left, y_right) + 6 * L.MM_PER_PT * scale
        y_number = text(x0, y, left_w, self.number_line, L.NUMBER_PT)
        y_date = text(x0 + left_w, y, right_w, self.date_line, L.DATE_PT, italic=True)
        return max(y_number, y_date) + y0



class ProfileTab(SettingsTab):
    """The district's profile form; saves through :mod:`dxdesk.services.district`."""

    tab_name = "profileTab"

    def __init__(self, dialog: SettingsDialog, panel: QWidget):
        super().__init__(dialog)
        find = panel.findChild
        self.name_edit: QLineEdit = find(QLineEdit, "nameEdit")
        self.province_edit: QLineEdit = find(QLineEdit, "provinceEdit")
        self.place_edit: QLineEdit = find(QLineEdit, "placeEdit")
        self.issuer_edit: QPlainTextEdit = find(QPlainTextEdit, "issuerEdit")
        self.body_abbr_edit: QLineEdit = find(QLineEdit, "bodyAbbrEdit")
        self.office_name_edit: QLineEdit = find(QLineEdit, "officeNameEdit")
        self.office_abbr_edit: QLineEdit = find(QLineEdit, "officeAbbrEdit")
        self.body_abbr_hint: QLabel = find(QLabel, "bodyAbbrHint")
        self.office_abbr_hint: QLabel = find(QLabel, "officeAbbrHint")
        self.preview_warning: QLabel = find(QLabel, "previewWarning")
        for name in ("nameHint", "provinceHint", "placeHint", "issuerHint", "bodyAbbrHint",
                     "officeNameHint", "officeAbbrHint"):
            find(QLabel, name).setStyleSheet("color: #616161;")
        self.preview = HeaderPreview()
        find(QWidget, "previewHost").layout().addWidget(self.preview)
        self.save_profile_button: QPushButton = find(QPushButton, "saveProfileButton")
        self.save_profile_button.clicked.connect(self.save_profile)
        find(QPushButton, "revertProfileButton").clicked.connect(self.revert_profile)
        for edit in (self.name_edit, self.province_edit, self.place_edit, self.body_abbr_edit,
                     self.office_name_edit, self.office_abbr_edit):
            edit.textChanged.connect(self._profile_edited)
            edit.returnPressed.connect(self.save_profile)
        self.issuer_edit.textChanged.connect(self._profile_edited)
        self.name_edit.textEdited.connect(self._name_edited)
        self._profile_snapshot: tuple = ()
        self._last_name = ""

    def load_profile(self) -> None:
        data = svc.get_profile(self.db)
        if data is None:
            data = svc.ProfileData(name="", place_name="", issuer_lines=[])
        self.name_edit.setText(data.name)
        self.province_edit.setText(data.province)
        self.place_edit.setText(data.place_name)
        self.issuer_edit.setPlainText("\n".join(data.issuer_lines))
        self.body_abbr_edit.setText(data.body_abbr)
        self.office_name_edit.setText(data.office_name)
        self.office_abbr_edit.setText(data.office_abbr)
        self._last_name = data.name
        self._profile_snapshot = self._profile_form()
        self._profile_edited()

    def _profile_form(self) -> tuple:
        return (self.name_edit.text(), self.province_edit.text(), self.place_edit.text(),
                self.issuer_edit.toPlainText(), self.body_abbr_edit.text(),
                self.office_name_edit.text(), self.office_abbr_edit.text())

    def profile_from_form(self) -> svc.ProfileData:
        return svc.ProfileData(
            name=self.name_edit.text(), province=self.province_edit.text(),
            place_name=self.place_edit.text(),
            issuer_lines=self.issuer_edit.toPlainText().splitlines(),
            body_abbr=self.body_abbr_edit.text(), office_name=self.office_name_edit.text(),
            office_abbr=self.office_abbr_edit.text())

    def save_profile(self) -> None:
        fields = {"name": self.name_edit, "province": self.province_edit,
                  "place_name": self.place_edit, "issuer_lines": self.issuer_edit,
                  "body_abbr": self.body_abbr_edit, "office_name": self.office_name_edit,
                  "office_abbr": self.office_abbr_edit}
        old = self._act(lambda: svc.save_profile(self.db, self.profile_from_form()), fields)
        if old is FAILED:
            return
        self.load_profile()
        undo = (lambda: svc.save_profile(self.db, old)) if old is not None else None
        self._saved("Đã lưu thông tin huyện.", undo)

    def revert_profile(self) -> None:
        self.load_profile()
        self.dialog.show_done("Đã trở lại thông tin huyện đã lưu.")

    def _name_edited(self, name: str) -> None:
        """Typing the district's name fills the place and the issuing body while they still
        hold what was derived from the previous name (or nothing)."""
        previous = self._last_name
        self._last_name = name
        if clean(self.place_edit.text()) in ("", svc.suggest_place_name(previous)):
            self.place_edit.setText(svc.suggest_place_name(name))
        current = [clean(s).upper() for s in self.issuer_edit.toPlainText().splitlines()
                   if clean(s)]
        if current in ([], ["ỦY BAN NHÂN DÂN"], svc.suggest_issuer_lines(previous)):
            self.issuer_edit.setPlainText("\n".join(svc.suggest_issuer_lines(name)))

    def _profile_edited(self) -> None:
        lines = [clean(s).upper() for s in self.issuer_edit.toPlainText().splitlines()]
        lines = [s for s in lines if s]
        body = clean(self.body_abbr_edit.text()) or "UBND"
        office = self.saved_office_abbr()
        place = clean(self.place_edit.text()) or "…"
        year = dt.date.today().year
        self.preview.set_header(lines, format_number_line(None, f"KH-{body}"),
                                format_date_line(place, None, year))
        self.body_abbr_hint.setText(f"in trong số, ký hiệu: “Số: 05/KH-{body}”")
        self.office_abbr_hint.setText(f"in trong công văn: “Số: 123/{body}-{office}” và "
                                      f"dòng “- Lưu: VT, {office}.”")
        warnings = []
        for line in lines:
            width = L.text_width_mm(line, L.ISSUER_PT, bold=True)
            if width > L.HEADER_LEFT_MM:
                warnings.append(f"Dòng “{line}” dài {width:.0f} mm, rộng hơn cột bên trái "
                                f"({L.HEADER_LEFT_MM:.0f} mm) nên sẽ bị ngắt dòng khi in; nên "
                                "tách thành hai dòng.")
        name = clean(self.name_edit.text())
        if name and lines and fold(name) not in fold(" ".join(lines)):
            warnings.append(f"Cơ quan ban hành không có tên “{name.upper()}”: kiểm tra lại "
                            "tên huyện hoặc các dòng cơ quan ban hành.")
        if len(lines) > svc.MAX_ISSUER_LINES:
            warnings.append(f"Cơ quan ban hành ghi tối đa {svc.MAX_ISSUER_LINES} dòng.")
        self.preview_warning.setText(
            "".join(f'<div style="color:{AMBER}">⚠ {html.escape(w)}</div>' for w in warnings))
        self.preview_warning.setVisible(bool(warnings))


    save = save_profile  # the dialog saves its form tabs alike (Ctrl+S)

    def unsaved(self) -> bool:
        return self._profile_form() != self._profile_snapshot

    def saved_office_abbr(self) -> str:
        """The office's abbreviation as saved ("VHTT" when there is none yet)."""
        office = clean(self._profile_snapshot[6]) if self._profile_snapshot else ""
        return office or "VHTT"
