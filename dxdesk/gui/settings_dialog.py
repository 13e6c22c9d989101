"""“Thiết lập của huyện”: the district's names, the units directory, signers and recipient
lists — the data every document is printed with.

Every change goes through :mod:`dxdesk.services.district` (one transaction each); refusals
are shown in red at the bottom of the dialog, never in a blocking pop-up. After each saved
change the dialog emits ``changed()`` and, where the change can simply be undone, offers
“Hoàn tác” (Ctrl+Z).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QKeySequence,
                           QPainter, QPen, QShortcut)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFrame, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QSizePolicy, QStyledItemDelegate, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from dxdesk.documents import layout as L
from dxdesk.documents.model import format_date_line, format_number_line, recipient_lines
from dxdesk.domain.status import UnitKind
from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.paths import resources_dir
from dxdesk.services import district as svc
from dxdesk.store import Database
from dxdesk.text import clean, fold, matches

ID = Qt.ItemDataRole.UserRole
RED = "#b71c1c"
GREEN = "#1b5e20"
AMBER = "#8d5a00"
GREY = QColor("#757575")
SERIF = ["Times New Roman", "Liberation Serif", "Tinos", "serif"]

# Columns of the units table.
C_POS, C_NAME, C_SHORT, C_KIND, C_LEAD, C_CO, C_STATE = range(7)

_FAILED = object()
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


class KindDelegate(QStyledItemDelegate):
    """The “Loại” column is edited with a list of the unit kinds."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for kind in UnitKind:
            combo.addItem(kind.label, kind.value)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        found = editor.findData(index.data(ID))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), ID)


class SettingsDialog(QDialog):
    """Open with ``SettingsDialog(db, parent)``. ``changed()`` is emitted after each change
    that was saved (or undone), so other windows can reload units, names and presets."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Thiết lập của huyện — tên đơn vị, người ký, nơi nhận")
        self.resize(1080, 760)
        panel = load_form("settings_dialog", self)
        QVBoxLayout(self).addWidget(panel)
        find = panel.findChild
        self.tabs: QTabWidget = find(QTabWidget, "tabs")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.undo_button: QPushButton = find(QPushButton, "undoButton")
        self.buttons: QDialogButtonBox = find(QDialogButtonBox, "buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        self.buttons.rejected.connect(self.reject)
        for button in panel.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not press some button
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self._undo: tuple[str, Callable[[], object]] | None = None
        self._close_warned = False
        self._showing_problem = False
        self.tabs.currentChanged.connect(self._tab_changed)

        self._set_up_profile(panel)
        self._set_up_units(panel)
        self._set_up_signers(panel)
        self._set_up_recipients(panel)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current_tab)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

        self.reload()
        self.tabs.setCurrentIndex(0)
        self.name_edit.setFocus()

    # ======================================================================================
    # messages, undo, closing
    # ======================================================================================
    def show_problem(self, message: str) -> None:
        """A refusal: shown in red in the dialog, nothing was changed."""
        self._showing_problem = True
        self.message_label.setText(
            f'<span style="color:{RED}"><b>{html.escape(message)}</b></span>')
        self.message_label.setAccessibleDescription(message)

    def show_done(self, message: str, undo: Callable[[], object] | None = None) -> None:
        self._showing_problem = False
        self.message_label.setText(f'<span style="color:{GREEN}">✔ {html.escape(message)}</span>')
        self.message_label.setAccessibleDescription(message)
        self._undo = (message, undo) if undo is not None else None
        self.undo_button.setVisible(undo is not None)

    def message(self) -> str:
        """The message shown at the bottom (plain text), for tests and screen readers."""
        return self.message_label.accessibleDescription()

    def _act(self, action: Callable[[], object], fields: dict[str, QWidget] | None = None):
        """Run a service call; a refusal is shown and ``_FAILED`` returned. When the refusal
        names a field found in ``fields``, the cursor goes there."""
        try:
            return action()
        except UserFacingError as exc:
            self.show_problem(str(exc))
            widget = (fields or {}).get(getattr(exc, "field", ""))
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.selectAll()
            return _FAILED

    def _saved(self, message: str, undo: Callable[[], object] | None = None) -> None:
        self._close_warned = False
        self.show_done(message, undo)
        self.changed.emit()

    def undo(self) -> None:
        if self._undo is None:
            return
        message, action = self._undo
        if self._act(action) is _FAILED:
            return
        self._undo = None
        self.reload()
        self._saved(f"Đã hoàn tác: {message[0].lower()}{message[1:]}")

    def _tab_changed(self) -> None:
        """A refusal belongs to the tab it was made on: it goes when the officer moves on
        (the last saved change and its “Hoàn tác” stay)."""
        if self._showing_problem:
            self._showing_problem = False
            self.message_label.clear()
            self.message_label.setAccessibleDescription("")

    def reload(self) -> None:
        self.load_profile()
        self.load_units()
        self.load_signers()
        self.load_recipients()

    def save_current_tab(self) -> None:
        tab = self.tabs.currentWidget().objectName()
        {"profileTab": self.save_profile, "signersTab": self.save_signer,
         "recipientsTab": self.save_recipients}.get(tab, lambda: None)()

    def unsaved_tabs(self) -> list[int]:
        """Indexes of the tabs with edits not yet saved."""
        tabs = []
        if self._profile_form() != self._profile_snapshot:
            tabs.append(self.tabs.indexOf(self.tabs.findChild(QWidget, "profileTab")))
        if self._signer_form() != self._signer_snapshot:
            tabs.append(self.tabs.indexOf(self.tabs.findChild(QWidget, "signersTab")))
        if self._recipient_form() != self._recipient_snapshot:
            tabs.append(self.tabs.indexOf(self.tabs.findChild(QWidget, "recipientsTab")))
        return tabs

    def reject(self) -> None:
        """Closing with unsaved edits: say so once (in the dialog); closing again discards."""
        unsaved = self.unsaved_tabs()
        if unsaved and not self._close_warned:
            self._close_warned = True
            names = ", ".join(f"“{self.tabs.tabText(i).replace('&', '')}”" for i in unsaved)
            self.tabs.setCurrentIndex(unsaved[0])
            self.show_problem(f"Thẻ {names} có thay đổi chưa lưu. Bấm “Lưu” (Ctrl+S) để giữ, "
                              "hoặc bấm “Đóng” lần nữa để bỏ các thay đổi đó.")
            return
        super().reject()

    # ======================================================================================
    # Thông tin huyện
    # ======================================================================================
    def _set_up_profile(self, panel: QWidget) -> None:
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
        if old is _FAILED:
            return
        self.load_profile()
        undo = (lambda: svc.save_profile(self.db, old)) if old is not None else None
        self._saved("Đã lưu thông tin huyện.", undo)

    def revert_profile(self) -> None:
        self.load_profile()
        self.show_done("Đã trở lại thông tin huyện đã lưu.")

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
        office = clean(self._profile_snapshot[6]) if self._profile_snapshot else ""
        office = office or "VHTT"
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

    # ======================================================================================
    # Đơn vị
    # ======================================================================================
    def _set_up_units(self, panel: QWidget) -> None:
        find = panel.findChild
        self.units_tab: QWidget = find(QWidget, "unitsTab")
        self.search_edit: QLineEdit = find(QLineEdit, "searchEdit")
        self.show_inactive: QCheckBox = find(QCheckBox, "showInactiveCheck")
        self.unit_table: QTableWidget = find(QTableWidget, "unitTable")
        self.up_button: QPushButton = find(QPushButton, "upButton")
        self.down_button: QPushButton = find(QPushButton, "downButton")
        self.rename_button: QPushButton = find(QPushButton, "renameButton")
        self.merge_button: QPushButton = find(QPushButton, "mergeButton")
        self.deactivate_button: QPushButton = find(QPushButton, "deactivateButton")
        self.merge_frame: QFrame = find(QFrame, "mergeFrame")
        self.merge_target_combo: QComboBox = find(QComboBox, "mergeTargetCombo")
        self.merge_summary: QLabel = find(QLabel, "mergeSummaryLabel")
        self.confirm_merge_button: QPushButton = find(QPushButton, "confirmMergeButton")
        self.new_name_edit: QLineEdit = find(QLineEdit, "newNameEdit")
        self.new_short_edit: QLineEdit = find(QLineEdit, "newShortEdit")
        self.new_kind_combo: QComboBox = find(QComboBox, "newKindCombo")
        for kind in UnitKind:
            self.new_kind_combo.addItem(kind.label, kind.value)

        table = self.unit_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(C_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((C_POS, 44), (C_SHORT, 100), (C_KIND, 110), (C_LEAD, 100),
                              (C_CO, 100), (C_STATE, 170)):
            table.setColumnWidth(column, width)
        table.verticalHeader().hide()
        table.setItemDelegateForColumn(C_KIND, KindDelegate(table))
        table.itemChanged.connect(self._unit_item_changed)
        table.itemSelectionChanged.connect(self._unit_selection_changed)
        table.setAccessibleName("Danh mục đơn vị")

        self.search_edit.textChanged.connect(self._apply_filter)
        self.search_edit.returnPressed.connect(self._go_to_first_match)
        self.show_inactive.toggled.connect(lambda _checked: self.load_units())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.rename_button.clicked.connect(self.edit_selected_name)
        self.merge_button.clicked.connect(self.start_merge)
        self.deactivate_button.clicked.connect(self.toggle_selected_active)
        self.merge_target_combo.currentIndexChanged.connect(self._merge_target_changed)
        self.confirm_merge_button.clicked.connect(self.confirm_merge)
        find(QPushButton, "cancelMergeButton").clicked.connect(self.cancel_merge)
        find(QPushButton, "addUnitButton").clicked.connect(self.add_unit)
        self.new_name_edit.returnPressed.connect(self.add_unit)
        self.new_short_edit.returnPressed.connect(self.add_unit)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Alt+Up"), self.units_tab, lambda: self.move_selected(-1),
                  context=context)
        QShortcut(QKeySequence("Alt+Down"), self.units_tab, lambda: self.move_selected(1),
                  context=context)
        self.merge_frame.hide()
        self.units: list[svc.UnitRow] = []

    def load_units(self, select: int | None = None) -> None:
        """Fill the table in the directory's order, keeping (or moving to) the selection."""
        select = select if select is not None else self.selected_unit_id()
        self.units = svc.list_units(self.db, include_inactive=self.show_inactive.isChecked())
        names = {u.id: u for u in svc.list_units(self.db, include_inactive=True)}
        table = self.unit_table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(self.units))
        editable = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsEditable)
        fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        for row, unit in enumerate(self.units):
            if unit.active:
                state = "đang sử dụng"
            elif unit.merged_into_id in names:
                target = names[unit.merged_into_id]
                state = f"đã gộp vào {target.short_name or target.name}"
            else:
                state = "đã ngừng sử dụng"
            cells = [str(unit.position + 1) if unit.active else "—", unit.name, unit.short_name,
                     unit.kind.label, str(unit.lead_tasks), str(unit.co_tasks), state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, unit.id if column != C_KIND else unit.kind.value)
                item.setFlags(editable if unit.active and column in (C_NAME, C_SHORT, C_KIND)
                              else fixed)
                if column in (C_POS, C_LEAD, C_CO):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not unit.active:
                    item.setForeground(QBrush(GREY))
                if column == C_NAME:
                    item.setToolTip(f"{unit.name} — nhấp đúp hoặc bấm F2 để sửa tên")
                table.setItem(row, column, item)
            table.setRowHeight(row, 26)
        table.setColumnHidden(C_STATE, not self.show_inactive.isChecked())
        table.blockSignals(False)
        self._apply_filter()
        if select is not None:
            self.select_unit(select)
        self._unit_selection_changed()

    def _unit_of_row(self, row: int) -> svc.UnitRow | None:
        return self.units[row] if 0 <= row < len(self.units) else None

    def row_of_unit(self, unit_id: int) -> int:
        return next((i for i, u in enumerate(self.units) if u.id == unit_id), -1)

    def selected_unit_id(self) -> int | None:
        rows = {index.row() for index in self.unit_table.selectionModel().selectedRows()} \
            if self.unit_table.selectionModel() else set()
        if not rows:
            return None
        unit = self._unit_of_row(min(rows))
        return unit.id if unit else None

    def selected_unit(self) -> svc.UnitRow | None:
        unit_id = self.selected_unit_id()
        return next((u for u in self.units if u.id == unit_id), None)

    def select_unit(self, unit_id: int) -> None:
        row = self.row_of_unit(unit_id)
        if row >= 0:
            self.unit_table.selectRow(row)
            self.unit_table.setCurrentCell(row, C_NAME)
            self.unit_table.scrollToItem(self.unit_table.item(row, C_NAME))

    def unit_item(self, unit_id: int, column: int) -> QTableWidgetItem:
        return self.unit_table.item(self.row_of_unit(unit_id), column)

    def _apply_filter(self) -> None:
        query = self.search_edit.text()
        shown = 0
        for row, unit in enumerate(self.units):
            hidden = not matches(query, f"{unit.name} {unit.short_name}")
            self.unit_table.setRowHidden(row, hidden)
            shown += not hidden
        self.search_edit.setToolTip(f"Đang hiện {shown}/{len(self.units)} đơn vị")

    def _go_to_first_match(self) -> None:
        """Enter in the search box: select the first unit shown and move to the table."""
        selected = self.selected_unit_id()
        row = self.row_of_unit(selected) if selected is not None else -1
        if row < 0 or self.unit_table.isRowHidden(row):
            row = next((r for r in range(len(self.units)) if not self.unit_table.isRowHidden(r)),
                       -1)
        if row >= 0:
            self.select_unit(self.units[row].id)
        self.unit_table.setFocus()

    def _unit_selection_changed(self) -> None:
        unit = self.selected_unit()
        active_count = sum(u.active for u in self.units)
        usable = unit is not None and unit.active
        self.up_button.setEnabled(usable and unit.position > 0)
        self.down_button.setEnabled(usable and unit.position < active_count - 1)
        self.rename_button.setEnabled(usable)
        self.merge_button.setEnabled(usable and active_count > 1)
        if unit is not None and not unit.active:
            self.deactivate_button.setText("Dùng &lại")
            self.deactivate_button.setToolTip("Đưa đơn vị trở lại danh sách chọn")
            self.deactivate_button.setEnabled(unit.merged_into_id is None)
        else:
            self.deactivate_button.setText("Ngừng &sử dụng")
            self.deactivate_button.setToolTip("Không đưa đơn vị vào danh sách chọn nữa; các "
                                              "nhiệm vụ đã giao vẫn giữ nguyên")
            self.deactivate_button.setEnabled(unit is not None)
        if self.merge_frame.isVisible() and (unit is None or unit.id != self._merge_source):
            self.cancel_merge()

    # -- actions on units ------------------------------------------------------------------
    def add_unit(self) -> int | None:
        """Add the unit typed in the “Thêm đơn vị” row. Returns its id, or None if refused."""
        name, short = self.new_name_edit.text(), self.new_short_edit.text()
        kind = self.new_kind_combo.currentData()
        unit_id = self._act(lambda: svc.add_unit(self.db, name, short, kind),
                            {"name": self.new_name_edit, "short_name": self.new_short_edit})
        if unit_id is _FAILED:
            return None
        self.new_name_edit.clear()
        self.new_short_edit.clear()
        self.search_edit.clear()
        self.load_units(select=unit_id)
        self._saved(f"Đã thêm đơn vị “{clean(name)}” vào cuối danh mục.",
                    lambda: svc.deactivate_unit(self.db, unit_id))
        self.new_name_edit.setFocus()
        return unit_id

    def edit_selected_name(self) -> None:
        unit_id = self.selected_unit_id()
        if unit_id is not None:
            item = self.unit_item(unit_id, C_NAME)
            self.unit_table.setCurrentItem(item)
            self.unit_table.editItem(item)

    def _unit_item_changed(self, item: QTableWidgetItem) -> None:
        unit = self._unit_of_row(item.row())
        if unit is None:
            return
        if item.column() in (C_NAME, C_SHORT):
            name = self.unit_table.item(item.row(), C_NAME).text()
            short = self.unit_table.item(item.row(), C_SHORT).text()
            if (name, short) == (unit.name, unit.short_name):
                return
            old = self._act(lambda: svc.rename_unit(self.db, unit.id, name, short))
            if old is _FAILED:
                self._set_row_texts(item.row(), unit)
                return
            fresh = svc.get_unit(self.db, unit.id)
            self._replace_unit(item.row(), fresh)
            self._saved(f"Đã đổi tên “{old[0]}” thành “{fresh.name}”"
                        + (f" ({fresh.short_name})." if fresh.short_name else "."),
                        lambda: svc.rename_unit(self.db, unit.id, *old))
        elif item.column() == C_KIND:
            value = item.data(ID)
            if value == unit.kind.value:
                return
            old = self._act(lambda: svc.set_unit_kind(self.db, unit.id, value))
            if old is _FAILED:
                self._set_row_texts(item.row(), unit)
                return
            fresh = svc.get_unit(self.db, unit.id)
            self._replace_unit(item.row(), fresh)
            self._saved(f"Đã đổi loại của “{unit.name}” thành “{fresh.kind.label}”.",
                        lambda: svc.set_unit_kind(self.db, unit.id, old))

    def _replace_unit(self, row: int, unit: svc.UnitRow) -> None:
        self.units[row] = unit
        self._set_row_texts(row, unit)

    def _set_row_texts(self, row: int, unit: svc.UnitRow) -> None:
        """Show ``unit`` in ``row`` without treating it as an edit (used in place of a
        reload while the table is committing an edit)."""
        table = self.unit_table
        table.blockSignals(True)
        table.item(row, C_NAME).setText(unit.name)
        table.item(row, C_SHORT).setText(unit.short_name)
        table.item(row, C_KIND).setText(unit.kind.label)
        table.item(row, C_KIND).setData(ID, unit.kind.value)
        table.blockSignals(False)

    def move_selected(self, step: int) -> None:
        unit = self.selected_unit()
        if unit is None or not unit.active:
            return
        active_count = sum(u.active for u in self.units)
        target = unit.position + step
        if not 0 <= target < active_count:
            return
        old = self._act(lambda: svc.move_unit(self.db, unit.id, target))
        if old is _FAILED:
            return
        self.load_units(select=unit.id)
        self.unit_table.setFocus()
        self._saved(f"Đã chuyển “{unit.name}” {'lên' if step < 0 else 'xuống'} vị trí "
                    f"{target + 1}.", lambda: svc.move_unit(self.db, unit.id, old))

    def toggle_selected_active(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        if unit.active:
            old = self._act(lambda: svc.deactivate_unit(self.db, unit.id))
            if old is _FAILED:
                return
            self.load_units(select=unit.id)
            tasks = unit.lead_tasks + unit.co_tasks
            note = (f" {tasks} nhiệm vụ đã giao cho đơn vị vẫn giữ nguyên; muốn chuyển các "
                    "nhiệm vụ đó sang đơn vị khác thì dùng “Gộp vào đơn vị khác”.") if tasks else ""
            self._saved(f"Đã ngừng sử dụng “{unit.name}”.{note}",
                        lambda: svc.reactivate_unit(self.db, unit.id, old))
        else:
            if self._act(lambda: svc.reactivate_unit(self.db, unit.id)) is _FAILED:
                return
            self.load_units(select=unit.id)
            self._saved(f"Đã dùng lại “{unit.name}” (ở cuối danh mục).",
                        lambda: svc.deactivate_unit(self.db, unit.id))

    # -- merging -----------------------------------------------------------------------------
    _merge_source: int | None = None

    def start_merge(self) -> None:
        """Show the merge panel for the selected unit: pick the target, see the counts."""
        unit = self.selected_unit()
        if unit is None or not unit.active:
            return
        self._merge_source = unit.id
        combo = self.merge_target_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("— chọn đơn vị nhận các nhiệm vụ —", None)
        for other in self.units:
            if other.active and other.id != unit.id:
                label = f"{other.name} ({other.short_name})" if other.short_name else other.name
                combo.addItem(label, other.id)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self.merge_frame.findChild(QLabel, "mergeCaption").setText(
            f"Gộp “{unit.name}” vào:")
        self.merge_summary.setText(
            f"Chọn đơn vị sẽ nhận mọi nhiệm vụ của “{html.escape(unit.name)}” (ví dụ khi hai "
            "phòng sáp nhập, hoặc khi một đơn vị bị nhập hai lần với tên khác nhau).")
        self.confirm_merge_button.setEnabled(False)
        self.merge_frame.show()
        combo.setFocus()

    def choose_merge_target(self, unit_id: int) -> None:
        self.merge_target_combo.setCurrentIndex(self.merge_target_combo.findData(unit_id))

    def _merge_target_changed(self) -> None:
        target = self.merge_target_combo.currentData()
        self.confirm_merge_button.setEnabled(target is not None)
        if target is None or self._merge_source is None:
            return
        preview = self._act(lambda: svc.merge_preview(self.db, self._merge_source, target))
        if preview is _FAILED:
            self.confirm_merge_button.setEnabled(False)
            return
        self.merge_summary.setText(self._merge_text(preview))

    @staticmethod
    def _merge_text(p: svc.MergeResult) -> str:
        s, t = html.escape(p.source_name), html.escape(p.target_name)
        parts = []
        if p.lead_moved:
            parts.append(f"<b>{p.lead_moved}</b> nhiệm vụ do {s} chủ trì sẽ chuyển sang "
                         f"<b>{t}</b> chủ trì")
        if p.co_moved:
            parts.append(f"<b>{p.co_moved}</b> nhiệm vụ {s} phối hợp sẽ do {t} phối hợp thay")
        if p.co_dropped:
            parts.append(f"ở <b>{p.co_dropped}</b> nhiệm vụ {t} đã chủ trì hoặc phối hợp sẵn, "
                         f"chỉ bỏ tên {s} khỏi danh sách phối hợp")
        moves = ("; ".join(parts) + ".") if parts else f"{s} chưa có nhiệm vụ nào."
        return (f"{moves[0].upper()}{moves[1:]} Sau khi gộp, “{s}” ngừng sử dụng. "
                "<i>Việc gộp không hoàn tác được; dữ liệu được sao lưu ngay trước khi gộp.</i>")

    def confirm_merge(self) -> svc.MergeResult | None:
        source, target = self._merge_source, self.merge_target_combo.currentData()
        if source is None or target is None:
            return None
        result = self._act(lambda: svc.merge_units(self.db, source, target))
        if result is _FAILED:
            return None
        self.merge_frame.hide()
        self._merge_source = None
        self.load_units(select=target)
        self._saved(f"Đã gộp “{result.source_name}” vào “{result.target_name}”: "
                    f"{result.lead_moved} nhiệm vụ chủ trì và {result.co_moved} nhiệm vụ phối "
                    "hợp đã chuyển sang.")
        self.unit_table.setFocus()
        return result

    def cancel_merge(self) -> None:
        self.merge_frame.hide()
        self._merge_source = None

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.units_tab)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # ======================================================================================
    # Người ký
    # ======================================================================================
    def _set_up_signers(self, panel: QWidget) -> None:
        find = panel.findChild
        self.signer_list: QListWidget = find(QListWidget, "signerList")
        self.signer_title: QLabel = find(QLabel, "signerEditorTitle")
        self.signer_person_edit: QLineEdit = find(QLineEdit, "signerPersonEdit")
        self.signer_lines_edit: QPlainTextEdit = find(QPlainTextEdit, "signerLinesEdit")
        self.signer_name_edit: QLineEdit = find(QLineEdit, "signerNameEdit")
        self.signer_preview: QLabel = find(QLabel, "signerPreview")
        self.delete_signer_button: QPushButton = find(QPushButton, "deleteSignerButton")
        find(QLabel, "signerHint").setStyleSheet("color: #616161;")
        find(QPushButton, "newSignerButton").clicked.connect(self.new_signer)
        self.delete_signer_button.clicked.connect(self.delete_signer)
        find(QPushButton, "saveSignerButton").clicked.connect(self.save_signer)
        self.signer_list.currentItemChanged.connect(self._signer_chosen)
        for edit in (self.signer_person_edit, self.signer_name_edit):
            edit.textChanged.connect(self._signer_edited)
            edit.returnPressed.connect(self.save_signer)
        self.signer_lines_edit.textChanged.connect(self._signer_edited)
        self.signers: list[svc.SignerPresetData] = []
        self._signer_id: int | None = None
        self._signer_snapshot: tuple = ()

    def load_signers(self, select: int | None = None) -> None:
        select = select if select is not None else self._signer_id
        self.signers = svc.list_signer_presets(self.db)
        self.signer_list.blockSignals(True)
        self.signer_list.clear()
        for preset in self.signers:
            item = QListWidgetItem(preset.name)
            item.setData(ID, preset.id)
            item.setToolTip(" / ".join([*preset.lines, preset.signer_name]))
            self.signer_list.addItem(item)
        self.signer_list.blockSignals(False)
        chosen = next((p for p in self.signers if p.id == select), None) or \
            (self.signers[0] if self.signers else None)
        self._show_signer(chosen)

    def _signer_chosen(self, item: QListWidgetItem | None) -> None:
        preset = next((p for p in self.signers if item and p.id == item.data(ID)), None)
        self._show_signer(preset)

    def _show_signer(self, preset: svc.SignerPresetData | None) -> None:
        self._signer_id = preset.id if preset else None
        self.signer_person_edit.setText(preset.signer_name if preset else "")
        self.signer_lines_edit.setPlainText("\n".join(preset.lines) if preset else "")
        self.signer_name_edit.setText(preset.name if preset else "")
        self.signer_title.setText(f"<b>Sửa người ký: {html.escape(preset.name)}</b>" if preset
                                  else "<b>Thêm người ký mới</b>")
        self.delete_signer_button.setEnabled(preset is not None)
        self.signer_list.blockSignals(True)
        for row in range(self.signer_list.count()):
            if preset and self.signer_list.item(row).data(ID) == preset.id:
                self.signer_list.setCurrentRow(row)
        if preset is None:
            self.signer_list.clearSelection()
            self.signer_list.setCurrentRow(-1)
        self.signer_list.blockSignals(False)
        self._signer_snapshot = self._signer_form()
        self._signer_edited()

    def _signer_form(self) -> tuple:
        return (self._signer_id, self.signer_person_edit.text(),
                self.signer_lines_edit.toPlainText(), self.signer_name_edit.text())

    def _signer_edited(self) -> None:
        lines = [clean(s).upper() for s in self.signer_lines_edit.toPlainText().splitlines()]
        lines = [s for s in lines if s]
        name = clean(self.signer_person_edit.text())
        missing = '<span style="color:#9e9e9e; font-weight:normal">({})</span>'
        body = "<br>".join(html.escape(s) for s in lines) or missing.format("dòng thẩm quyền")
        person = html.escape(name) if name else missing.format("họ và tên người ký")
        self.signer_preview.setText(
            f'<div style="font-family:\'Times New Roman\',\'Liberation Serif\',serif; '
            f'font-size:14pt"><b>{body}</b><br><br><br><br><b>{person}</b></div>')

    def new_signer(self) -> None:
        """An empty editor for a new signer, with the line every committee signer starts with."""
        self._show_signer(None)
        self.signer_lines_edit.setPlainText("TM. ỦY BAN NHÂN DÂN\n")
        self._signer_snapshot = self._signer_form()
        self.signer_person_edit.setFocus()

    def save_signer(self) -> int | None:
        _, person, lines, name = self._signer_form()
        preset_id = self._signer_id
        fields = {"signer_name": self.signer_person_edit, "lines": self.signer_lines_edit,
                  "name": self.signer_name_edit}
        if preset_id is None:
            new_id = self._act(lambda: svc.add_signer_preset(self.db, name, lines, person),
                               fields)
            if new_id is _FAILED:
                return None
            self._signer_id = new_id
            self.load_signers(select=new_id)
            self._saved(f"Đã thêm người ký “{self.signer_name_edit.text()}”.",
                        lambda: svc.delete_signer_preset(self.db, new_id))
            return new_id
        old = self._act(lambda: svc.update_signer_preset(self.db, preset_id, name, lines,
                                                         person), fields)
        if old is _FAILED:
            return None
        self.load_signers(select=preset_id)
        self._saved(f"Đã lưu người ký “{self.signer_name_edit.text()}”.",
                    lambda: svc.update_signer_preset(self.db, preset_id, old.name, old.lines,
                                                     old.signer_name))
        return preset_id

    def delete_signer(self) -> None:
        preset_id = self._signer_id
        if preset_id is None:
            return
        old = self._act(lambda: svc.delete_signer_preset(self.db, preset_id))
        if old is _FAILED:
            return
        self._signer_id = None
        self.load_signers()
        self._saved(f"Đã xóa người ký “{old.name}”.",
                    lambda: svc.restore_signer_preset(self.db, old))

    # ======================================================================================
    # Nơi nhận
    # ======================================================================================
    def _set_up_recipients(self, panel: QWidget) -> None:
        find = panel.findChild
        self.recipient_list: QListWidget = find(QListWidget, "recipientList")
        self.recipient_title: QLabel = find(QLabel, "recipientEditorTitle")
        self.recipient_name_edit: QLineEdit = find(QLineEdit, "recipientNameEdit")
        self.recipient_kind_combo: QComboBox = find(QComboBox, "recipientKindCombo")
        self.recipient_items_edit: QPlainTextEdit = find(QPlainTextEdit, "recipientItemsEdit")
        self.recipient_preview: QLabel = find(QLabel, "recipientPreview")
        self.delete_recipient_button: QPushButton = find(QPushButton, "deleteRecipientButton")
        find(QLabel, "recipientHint").setStyleSheet("color: #616161;")
        for key, label in svc.DOC_KINDS.items():
            self.recipient_kind_combo.addItem(label, key)
        find(QPushButton, "newRecipientButton").clicked.connect(self.new_recipients)
        self.delete_recipient_button.clicked.connect(self.delete_recipients)
        find(QPushButton, "saveRecipientButton").clicked.connect(self.save_recipients)
        self.recipient_list.currentItemChanged.connect(self._recipients_chosen)
        self.recipient_name_edit.textChanged.connect(self._recipients_edited)
        self.recipient_name_edit.returnPressed.connect(self.save_recipients)
        self.recipient_items_edit.textChanged.connect(self._recipients_edited)
        self.recipient_kind_combo.currentIndexChanged.connect(self._recipients_edited)
        self.recipient_presets: list[svc.RecipientPresetData] = []
        self._recipient_id: int | None = None
        self._recipient_snapshot: tuple = ()

    def load_recipients(self, select: int | None = None) -> None:
        select = select if select is not None else self._recipient_id
        self.recipient_presets = svc.list_recipient_presets(self.db)
        self.recipient_list.blockSignals(True)
        self.recipient_list.clear()
        for preset in self.recipient_presets:
            item = QListWidgetItem(f"{preset.name}\n    dùng cho: "
                                   f"{svc.DOC_KINDS.get(preset.doc_kind, preset.doc_kind)}")
            item.setData(ID, preset.id)
            self.recipient_list.addItem(item)
        self.recipient_list.blockSignals(False)
        chosen = next((p for p in self.recipient_presets if p.id == select), None) or \
            (self.recipient_presets[0] if self.recipient_presets else None)
        self._show_recipients(chosen)

    def _recipients_chosen(self, item: QListWidgetItem | None) -> None:
        preset = next((p for p in self.recipient_presets if item and p.id == item.data(ID)), None)
        self._show_recipients(preset)

    def _show_recipients(self, preset: svc.RecipientPresetData | None) -> None:
        self._recipient_id = preset.id if preset else None
        self.recipient_name_edit.setText(preset.name if preset else "")
        index = self.recipient_kind_combo.findData(preset.doc_kind if preset else "plan")
        self.recipient_kind_combo.setCurrentIndex(max(index, 0))
        self.recipient_items_edit.setPlainText("\n".join(preset.items) if preset else "")
        self.recipient_title.setText(
            f"<b>Sửa danh sách: {html.escape(preset.name)}</b>" if preset
            else "<b>Thêm danh sách nơi nhận mới</b>")
        self.delete_recipient_button.setEnabled(preset is not None)
        self.recipient_list.blockSignals(True)
        for row in range(self.recipient_list.count()):
            if preset and self.recipient_list.item(row).data(ID) == preset.id:
                self.recipient_list.setCurrentRow(row)
        if preset is None:
            self.recipient_list.clearSelection()
            self.recipient_list.setCurrentRow(-1)
        self.recipient_list.blockSignals(False)
        self._recipient_snapshot = self._recipient_form()
        self._recipients_edited()

    def _recipient_form(self) -> tuple:
        return (self._recipient_id, self.recipient_name_edit.text(),
                self.recipient_kind_combo.currentData(), self.recipient_items_edit.toPlainText())

    def _recipients_edited(self) -> None:
        items = [svc.clean_recipient_item(s)
                 for s in self.recipient_items_edit.toPlainText().splitlines()]
        items = [s for s in items if s]
        archive = [s for s in items if fold(s).startswith("luu")]
        items = [s for s in items if s not in archive] + archive
        lines = recipient_lines(items) if items else ["- …"]
        body = "<br>".join(html.escape(s) for s in lines)
        warn = "" if archive else (
            f'<br><span style="color:{AMBER}; font-family:sans-serif; font-size:9pt">⚠ Chưa có '
            "dòng “Lưu: VT, …” (nơi lưu bản chính), thường là dòng cuối.</span>")
        self.recipient_preview.setText(
            '<div style="font-family:\'Times New Roman\',\'Liberation Serif\',serif">'
            '<span style="font-size:12pt"><b><i>Nơi nhận:</i></b></span><br>'
            f'<span style="font-size:11pt">{body}</span>{warn}</div>')

    def new_recipients(self) -> None:
        """An empty editor for a new list, ending with the office's “Lưu: VT, …” line."""
        self._show_recipients(None)
        office = clean(self._profile_snapshot[6]) if self._profile_snapshot else ""
        office = office or "VHTT"
        self.recipient_items_edit.setPlainText(f"\nLưu: VT, {office}")
        self._recipient_snapshot = self._recipient_form()
        self.recipient_name_edit.setFocus()

    def save_recipients(self) -> int | None:
        _, name, kind, items = self._recipient_form()
        preset_id = self._recipient_id
        fields = {"name": self.recipient_name_edit, "doc_kind": self.recipient_kind_combo,
                  "items": self.recipient_items_edit}
        if preset_id is None:
            new_id = self._act(lambda: svc.add_recipient_preset(self.db, name, kind, items),
                               fields)
            if new_id is _FAILED:
                return None
            self._recipient_id = new_id
            self.load_recipients(select=new_id)
            self._saved(f"Đã thêm danh sách nơi nhận “{self.recipient_name_edit.text()}”.",
                        lambda: svc.delete_recipient_preset(self.db, new_id))
            return new_id
        old = self._act(lambda: svc.update_recipient_preset(self.db, preset_id, name, kind,
                                                            items), fields)
        if old is _FAILED:
            return None
        self.load_recipients(select=preset_id)
        self._saved(f"Đã lưu danh sách nơi nhận “{self.recipient_name_edit.text()}”.",
                    lambda: svc.update_recipient_preset(self.db, preset_id, old.name,
                                                        old.doc_kind, old.items))
        return preset_id

    def delete_recipients(self) -> None:
        preset_id = self._recipient_id
        if preset_id is None:
            return
        old = self._act(lambda: svc.delete_recipient_preset(self.db, preset_id))
        if old is _FAILED:
            return
        self._recipient_id = None
        self.load_recipients()
        self._saved(f"Đã xóa danh sách nơi nhận “{old.name}”.",
                    lambda: svc.restore_recipient_preset(self.db, old))
