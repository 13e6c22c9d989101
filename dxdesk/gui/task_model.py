"""The task list as a Qt model: a plan's tasks (TaskTableModel) and the officer's filter
over them (TaskFilterProxy).

The model loads every row of the plan at once (``task_queries.load_rows``, a few queries
whatever the size) but shows them to views in chunks (``canFetchMore``/``fetchMore``), so
that a 20,000-task plan costs the view and the proxy only what is scrolled to.

Sorting happens in the model, not in the proxy: the proxy forwards ``sort()`` and the
model orders all its rows by their ``SORT_ROLE`` values with Python's sort (Vietnamese
collation keys for text, dates and numbers otherwise). Letting QSortFilterProxyModel sort
would call ``data()`` from C++ some 600,000 times for 20,000 rows (8 s measured).

Filtering happens in the proxy, from the rows and folded search keys the model holds: no
database access per row. Edits go through ``task_edits`` (one call, one transaction) via
an edit handler the task list widget replaces with its undoable ``apply_edit``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (QAbstractItemModel, QAbstractTableModel, QDate, QModelIndex,
                            QObject, QSortFilterProxyModel, Qt, QTimer, Signal)
from PySide6.QtGui import QBrush, QFont

from dxdesk.domain.holidays import deadline_warning, format_date
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import UserFacingError
from dxdesk.gui.status_colours import LATE_ROW_TINT, colours_for, status_text
from dxdesk.services import task_edits
from dxdesk.services.task_edits import Field, FieldChange
from dxdesk.services.task_queries import (PlanHeader, TaskFilter, TaskRow, is_late, load_plan,
                                          load_rows, search_keys)
from dxdesk.store import Database
from dxdesk.text import sort_key

__all__ = ["Column", "EDITABLE", "SORT_ROLE", "TASK_ID_ROLE", "TaskFilterProxy",
           "TaskTableModel"]

TASK_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(enum.IntEnum):
    STT = 0
    TEXT = 1
    GROUP = 2
    LEAD = 3
    CO_UNITS = 4
    DEADLINE = 5
    STATUS = 6
    PROGRESS = 7
    OUTPUT = 8

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    Column.STT: "STT", Column.TEXT: "Nhiệm vụ", Column.GROUP: "Trụ cột/nhóm",
    Column.LEAD: "Đơn vị chủ trì", Column.CO_UNITS: "Đơn vị phối hợp",
    Column.DEADLINE: "Thời hạn", Column.STATUS: "Trạng thái", Column.PROGRESS: "Tiến độ %",
    Column.OUTPUT: "Sản phẩm",
}
_HEADER_TIPS = {
    Column.STT: "Số thứ tự của nhiệm vụ trong kế hoạch",
    Column.DEADLINE: "Thời hạn hoàn thành (ngày/tháng/năm)",
    Column.PROGRESS: "Tiến độ thực hiện, từ 0 đến 100 %",
}
EDITABLE: dict[Column, Field] = {
    Column.TEXT: Field.TEXT, Column.GROUP: Field.GROUP, Column.LEAD: Field.LEAD_UNIT,
    Column.DEADLINE: Field.DEADLINE, Column.STATUS: Field.STATUS,
    Column.PROGRESS: Field.PROGRESS, Column.OUTPUT: Field.OUTPUT,
}
_COLUMN_COUNT = len(Column)
_STATUS_ORDER = {s: i for i, s in enumerate(TaskStatus)}
_NO_DEADLINE = dt.date.max.toordinal() + 1  # tasks without a date sort last
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

EditHandler = Callable[[Sequence[int], Field, Any], FieldChange]


class TaskTableModel(QAbstractTableModel):
    """The tasks of one plan. ``TASK_ID_ROLE`` (Qt.UserRole) gives a row's task id."""

    CHUNK = 500  # rows shown to views per fetchMore
    KEYS_DELAY_MS = 300  # search keys made this long after a load (see _set_rows)

    edited = Signal(object)  # a FieldChange, after every successful edit through setData
    edit_failed = Signal(str)  # the Vietnamese message of a refused edit

    def __init__(self, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.plan: PlanHeader | None = None
        self.today = today or dt.date.today()
        self._rows: list[TaskRow] = []
        self._keys: list[str] | None = None  # made on first need (search_keys)
        self._row_of: dict[int, int] = {}  # task id -> row in _rows
        self._exposed = 0  # rows shown to views so far
        self._changing_rows = False
        self._sort_column = Column.STT
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_cache: dict[int, dict[int, Any]] = {}  # column -> task id -> sort value
        self._bold = QFont()
        self._bold.setBold(True)
        self.edit_handler: EditHandler | None = None

    # ------------------------------------------------------------------- loading

    @property
    def plan_id(self) -> int | None:
        return self.plan.id if self.plan else None

    def set_plan(self, db: Database, plan_id: int) -> None:
        self.beginResetModel()
        self._changing_rows = True  # no fetchMore until the reset has been announced
        try:
            self.db = db
            self.plan = load_plan(db, plan_id)
            rows = load_rows(db, plan_id) if self.plan else []
            self._set_rows(rows)
        finally:
            self.endResetModel()
            self._changing_rows = False

    def reload(self) -> None:
        if self.db is not None and self.plan is not None:
            self.set_plan(self.db, self.plan.id)

    def _set_rows(self, rows: list[TaskRow]) -> None:
        self._sort_cache.clear()
        if self._sort_column != Column.STT or self._sort_order != Qt.SortOrder.AscendingOrder:
            rows = self._sorted(rows, self._sort_column, self._sort_order)
        self._rows = rows
        # The search keys (a third of the load time for 20,000 tasks) are made once the
        # list is on screen (a zero timer would run before the view's first paint), or at
        # once if a search needs them first.
        self._keys = None
        QTimer.singleShot(self.KEYS_DELAY_MS, self, self.search_keys)
        self._row_of = {r.id: i for i, r in enumerate(rows)}
        self._exposed = min(len(rows), self.CHUNK)

    # ---------------------------------------------------- what the model holds

    def rows(self) -> Sequence[TaskRow]:
        """Every row of the plan in the current order, shown to views or not yet."""
        return self._rows

    def search_keys(self) -> Sequence[str]:
        """The folded search key of each row of ``rows()``."""
        if self._keys is None:
            self._keys = search_keys(self._rows)
        return self._keys

    def task_count(self) -> int:
        return len(self._rows)

    def row_for(self, index: QModelIndex) -> TaskRow:
        return self._rows[index.row()]

    def row_of_task(self, task_id: int) -> int | None:
        """The row of a task in ``rows()`` (it may not be shown yet: see ``fetch_to``)."""
        return self._row_of.get(task_id)

    def index_of_task(self, task_id: int, column: int = 0) -> QModelIndex:
        """The index of a task, fetching rows up to it if needed."""
        row = self._row_of.get(task_id)
        if row is None:
            return QModelIndex()
        self.fetch_to(row + 1)
        return self.index(row, column)

    # ------------------------------------------------------------ lazy rows

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._exposed < len(self._rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not parent.isValid():
            self.fetch_to(self._exposed + self.CHUNK)

    def fetch_to(self, count: int) -> None:
        """Show at least ``count`` rows (or all) to views."""
        count = min(count, len(self._rows))
        if count > self._exposed and not self._changing_rows:
            self._changing_rows = True  # a view reacting to the insertion may ask for more
            try:
                self.beginInsertRows(QModelIndex(), self._exposed, count - 1)
                self._exposed = count
                self.endInsertRows()
            finally:
                self._changing_rows = False

    def fetch_all(self) -> None:
        self.fetch_to(len(self._rows))

    def set_shown(self, count: int) -> None:
        """Show exactly ``count`` rows (at least one chunk): the proxy starts a new filter
        from the top, rather than from wherever the officer had scrolled to."""
        count = min(max(count, self.CHUNK), len(self._rows))
        if count < self._exposed and not self._changing_rows:
            self._changing_rows = True
            try:
                self.beginRemoveRows(QModelIndex(), count, self._exposed - 1)
                self._exposed = count
                self.endRemoveRows()
            finally:
                self._changing_rows = False
        else:
            self.fetch_to(count)

    def shown_count(self) -> int:
        return self._exposed

    # ------------------------------------------------------------- Qt model API

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._exposed

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMN_COUNT:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _HEADER_TIPS.get(column, column.title)
            if column in EDITABLE:
                tip += " — nhấp đúp hoặc F2 để sửa"
            return tip
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            late = is_late(row, self.today)
            if column == Column.STATUS or (late and column == Column.DEADLINE):
                return QBrush(colours_for(row.status, late).background)
            return QBrush(LATE_ROW_TINT) if late else None
        if role == Qt.ItemDataRole.ForegroundRole:
            late = is_late(row, self.today)
            if column == Column.STATUS or (late and column == Column.DEADLINE):
                return QBrush(colours_for(row.status, late).foreground)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column in (Column.STATUS, Column.DEADLINE) and is_late(row, self.today):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.STT, Column.PROGRESS):
                return _RIGHT
            if column == Column.DEADLINE:
                return _CENTER
            return _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == TASK_ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        return None

    def _display(self, row: TaskRow, column: int) -> str:
        if column == Column.STT:
            return str(row.stt)
        if column == Column.TEXT:
            return row.text
        if column == Column.GROUP:
            return row.group
        if column == Column.LEAD:
            return row.lead_unit_name
        if column == Column.CO_UNITS:
            return "; ".join(row.co_unit_names)
        if column == Column.DEADLINE:
            return format_date(row.deadline) if row.deadline else row.deadline_text
        if column == Column.STATUS:
            if row.status is not TaskStatus.OVERDUE and is_late(row, self.today):
                return f"{status_text(row.status)} — quá hạn"
            return status_text(row.status)
        if column == Column.PROGRESS:
            return str(row.progress)
        if column == Column.OUTPUT:
            return row.output.replace("\n", " / ")
        return ""

    def _tooltip(self, row: TaskRow, column: int) -> str | None:
        if column in (Column.TEXT, Column.STT):
            return f"{row.stt}. {row.text}" + (f"\n(Trụ cột: {row.group})" if row.group else "")
        if column == Column.CO_UNITS:
            return "\n".join(row.co_unit_names) or None
        if column in (Column.GROUP, Column.LEAD, Column.OUTPUT):
            return self._display(row, column) or None
        if column in (Column.DEADLINE, Column.STATUS):
            notes = []
            if is_late(row, self.today):
                if row.deadline and row.deadline < self.today:
                    days = (self.today - row.deadline).days
                    notes.append(f"Quá hạn {days} ngày (thời hạn {format_date(row.deadline)}), "
                                 "chưa hoàn thành")
                else:
                    notes.append("Được đánh dấu quá hạn")
            if column == Column.DEADLINE and row.deadline:
                warning = deadline_warning(row.deadline)
                if warning:
                    notes.append(warning)
            if column == Column.STATUS:
                notes.insert(0, f"Trạng thái: {row.status.label}, tiến độ {row.progress} %")
            return "\n".join(notes) or None
        return None

    def _edit_value(self, row: TaskRow, column: int) -> Any:
        if column == Column.LEAD:
            return row.lead_unit_id
        if column == Column.DEADLINE:
            return QDate(row.deadline) if row.deadline else None
        if column == Column.STATUS:
            return row.status.value
        if column == Column.PROGRESS:
            return row.progress
        if column == Column.OUTPUT:
            return row.output
        return self._display(row, column)

    # --------------------------------------------------------------------- sorting

    def sort_value(self, row: TaskRow, column: int) -> Any:
        """The value rows are sorted by (also the SORT_ROLE data): a Vietnamese collation
        key for text, an ordinal for dates, numbers otherwise."""
        if column == Column.STT:
            return row.position
        if column == Column.DEADLINE:
            return row.deadline.toordinal() if row.deadline else _NO_DEADLINE
        if column == Column.STATUS:
            return _STATUS_ORDER[row.status]
        if column == Column.PROGRESS:
            return row.progress
        cache = self._sort_cache.setdefault(column, {})
        value = cache.get(row.id)
        if value is None:
            value = cache[row.id] = sort_key(self._display(row, column))
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):  # -1: back to the plan's order
            column, order = Column.STT, Qt.SortOrder.AscendingOrder
        column = Column(column)
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._changing_rows = True  # no fetchMore while the layout changes
        try:
            self._sort_rows(column, order)
        finally:
            self._changing_rows = False

    def _sort_rows(self, column: Column, order: Qt.SortOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        persistent_ids = [self._rows[i.row()].id for i in persistent]
        keys = self._keys if self._keys is not None else [None] * len(self._rows)
        pairs = sorted(zip(self._rows, keys),
                       key=self._pair_sort_key(column),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [r for r, _k in pairs]
        if self._keys is not None:
            self._keys = [k for _r, k in pairs]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        moved = []
        for old, task_id in zip(persistent, persistent_ids):
            row = self._row_of[task_id]
            moved.append(self.index(row, old.column()) if row < self._exposed else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[Column, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _pair_sort_key(self, column: Column):
        value = self.sort_value
        return lambda pair: (value(pair[0], column), pair[0].position)

    def _sorted(self, rows: list[TaskRow], column: Column, order: Qt.SortOrder) -> list[TaskRow]:
        return sorted(rows, key=lambda r: (self.sort_value(r, column), r.position),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    # --------------------------------------------------------------------- editing

    def setData(self, index: QModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = EDITABLE.get(Column(index.column()))
        if field is None:
            return False
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        try:
            change = self.edit([self._rows[index.row()].id], field, value)
        except UserFacingError as exc:
            self.edit_failed.emit(str(exc))
            return False
        self.edited.emit(change)
        return True

    def edit(self, task_ids: Sequence[int], field: Field | str, value: Any) -> FieldChange:
        """One edit of one or many tasks: through ``edit_handler`` when set (the task list
        makes it undoable), else straight to ``task_edits.set_field``; the changed rows
        are refreshed either way."""
        field = Field(field)
        if self.edit_handler is not None:
            return self.edit_handler(task_ids, field, value)
        if self.db is None:
            raise UserFacingError("Chưa mở kế hoạch nào.")
        change = task_edits.set_field(self.db, task_ids, field, value)
        if change.changed:
            self.refresh_tasks(change.task_ids)
        return change

    def refresh_tasks(self, task_ids: Iterable[int]) -> None:
        """Read these tasks again and repaint their rows (only those)."""
        if self.db is None or self.plan is None:
            return
        fresh = load_rows(self.db, self.plan.id, list(task_ids))
        changed_rows = []
        for row in fresh:
            i = self._row_of.get(row.id)
            if i is None:
                continue
            self._rows[i] = row
            if self._keys is not None:
                self._keys[i] = search_keys([row])[0]
            for cache in self._sort_cache.values():
                cache.pop(row.id, None)
            if i < self._exposed:
                changed_rows.append(i)
        last = len(Column) - 1
        for first, end in _runs(sorted(changed_rows)):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last), [])


def _runs(rows: list[int]):
    """Consecutive runs of sorted row numbers, as (first, last) pairs."""
    start = prev = None
    for r in rows:
        if start is None:
            start = prev = r
        elif r == prev + 1:
            prev = r
        else:
            yield start, prev
            start = prev = r
    if start is not None:
        yield start, prev


class TaskFilterProxy(QSortFilterProxyModel):
    """Applies a TaskFilter to a TaskTableModel, from the rows and search keys the model
    holds. ``sort()`` is forwarded to the model (see the module's docstring).

    Besides the rows the model has shown so far, the proxy knows which of all the plan's
    rows pass (one pure-Python pass per filter): that gives the count of matching tasks
    and stops views fetching rows past the last match."""

    PAGE = 200  # matching rows the proxy has at once after a filter change

    filter_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = TaskFilter()
        self._active = False
        self._model: TaskTableModel | None = None
        self._accepted: list[bool] | None = None  # per row of the model, when active
        self._match_count: int | None = None  # None: to be counted again
        self._fetch_limit = 0  # rows the model must show to show every match
        self._invalidating = False
        self._use_scan = False  # filterAcceptsRow may answer from _accepted
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, TaskTableModel):
            raise TypeError("TaskFilterProxy works on a TaskTableModel")
        if self._model is not None:
            self._model.dataChanged.disconnect(self._source_data_changed)
            self._model.modelReset.disconnect(self._forget_matches)
            self._model.layoutChanged.disconnect(self._forget_matches)
        super().setSourceModel(model)
        self._model = model
        model.dataChanged.connect(self._source_data_changed)
        model.modelReset.connect(self._forget_matches)
        model.layoutChanged.connect(self._forget_matches)
        self._forget_matches()

    def task_filter(self) -> TaskFilter:
        return self._filter

    def set_filter(self, task_filter: TaskFilter) -> None:
        """Apply a new filter. The model shows views only its first rows again: as many
        as hold the first PAGE matching rows (at least one chunk); views fetch more on
        scroll."""
        model = self._model
        if model is None:
            return
        accepted, count, limit = self._scan(task_filter)
        wanted = 0
        if accepted is not None:
            wanted, found = limit, 0
            for i, ok in enumerate(accepted):
                if ok:
                    found += 1
                    if found >= self.PAGE:
                        wanted = i + 1
                        break
        if wanted < model.shown_count():  # fewer rows for the proxy to go through
            model.set_shown(wanted)
        self._filter, self._active = task_filter, task_filter.is_active
        self._accepted, self._match_count, self._fetch_limit = accepted, count, limit
        self._invalidating = self._use_scan = True  # no fetchMore while the layout changes
        try:
            self.invalidate()  # one pass over the rows shown: cheaper than incremental
            self._invalidating = False
            model.set_shown(max(wanted, model.shown_count()))
        finally:
            self._invalidating = self._use_scan = False
        self.filter_changed.emit()

    def match_count(self) -> int:
        """How many tasks of the whole plan pass the filter (shown or not yet)."""
        if self._match_count is None:
            self._count_matches()
        return self._match_count or 0

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._active:
            return True
        if self._use_scan:  # inside set_filter: the scan of all rows has just been made
            return self._accepted[source_row]
        model = self._model
        key = model.search_keys()[source_row] if self._filter.search else ""
        return self._filter.accepts(model._rows[source_row], model.today, key)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        if self._active and not parent.isValid() and self._model is not None:
            if self._match_count is None:
                self._count_matches()
            if self._model.shown_count() >= self._fetch_limit:
                return False  # no matching row further down
        return super().canFetchMore(parent)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self._invalidating:
            super().fetchMore(parent)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort(column, order)

    def task_id(self, index: QModelIndex) -> int | None:
        return index.data(TASK_ID_ROLE) if index.isValid() else None

    # ------------------------------------------------------------------ internals

    def _count_matches(self) -> None:
        self._accepted, self._match_count, self._fetch_limit = self._scan(self._filter)

    def _scan(self, task_filter: TaskFilter) -> tuple[list[bool] | None, int, int]:
        """(which rows pass — None when all do, how many, rows to show to show them all)."""
        model = self._model
        if model is None:
            return None, 0, 0
        if not task_filter.is_active:
            return None, model.task_count(), model.task_count()
        keys = model.search_keys() if task_filter.search else ()
        accepted = task_filter.accept_all(model.rows(), model.today, keys)
        last = len(accepted) - 1
        while last >= 0 and not accepted[last]:
            last -= 1
        return accepted, accepted.count(True), last + 1

    def _forget_matches(self, *_args) -> None:
        self._accepted, self._match_count = None, None

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                             _roles=()) -> None:
        """Edited rows may now pass or fail the filter: correct the count for them only."""
        accepted, model = self._accepted, self._model
        if not self._active or accepted is None or self._match_count is None or model is None:
            return
        today, accepts = model.today, self._filter.accepts
        rows = model.rows()
        keys = model.search_keys() if self._filter.search else None
        for i in range(top_left.row(), bottom_right.row() + 1):
            now = accepts(rows[i], today, keys[i] if keys is not None else "")
            if now != accepted[i]:
                accepted[i] = now
                self._match_count += 1 if now else -1
                if now:
                    self._fetch_limit = max(self._fetch_limit, i + 1)
