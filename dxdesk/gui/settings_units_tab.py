"""“Đơn vị”, the settings dialog's units directory tab: search, add, rename in place,
change kind, reorder, deactivate or reactivate, merge one unit into another."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QStyledItemDelegate, QTableWidget,
                               QTableWidgetItem, QWidget)

from dxdesk.domain.status import UnitKind
from dxdesk.gui.settings_common import FAILED, ID, SettingsTab
from dxdesk.services import units as svc
from dxdesk.text import clean, matches

if TYPE_CHECKING:
    from dxdesk.gui.settings_dialog import SettingsDialog

GREY = QColor("#757575")

# Columns of the units table.
C_POS, C_NAME, C_SHORT, C_KIND, C_LEAD, C_CO, C_STATE = range(7)


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



class UnitsTab(SettingsTab):
    """The units table and its buttons; every change goes through
    :mod:`dxdesk.services.units`."""

    tab_name = "unitsTab"

    def __init__(self, dialog: SettingsDialog, panel: QWidget):
        super().__init__(dialog)
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
        if unit_id is FAILED:
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
            if old is FAILED:
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
            if old is FAILED:
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
        if old is FAILED:
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
            if old is FAILED:
                return
            self.load_units(select=unit.id)
            tasks = unit.lead_tasks + unit.co_tasks
            note = (f" {tasks} nhiệm vụ đã giao cho đơn vị vẫn giữ nguyên; muốn chuyển các "
                    "nhiệm vụ đó sang đơn vị khác thì dùng “Gộp vào đơn vị khác”.") if tasks else ""
            self._saved(f"Đã ngừng sử dụng “{unit.name}”.{note}",
                        lambda: svc.reactivate_unit(self.db, unit.id, old))
        else:
            if self._act(lambda: svc.reactivate_unit(self.db, unit.id)) is FAILED:
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
        if preview is FAILED:
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
        if result is FAILED:
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
        self.dialog.tabs.setCurrentWidget(self.units_tab)
        self.search_edit.setFocus()
        self.search_edit.selectAll()
