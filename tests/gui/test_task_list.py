"""The task list as an officer uses it: filter bar, Vietnamese sort order, colours,
editing in place and in bulk, undo/redo — on real SQLite files."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QStyleOptionViewItem, QTableView
from sqlalchemy import select

from dxdesk.domain.status import TaskStatus
from dxdesk.gui.status_colours import LATE, colours_for, legend_items, status_text
from dxdesk.gui.task_list import TaskListWidget
from dxdesk.gui.task_model import SORT_ROLE, TASK_ID_ROLE, Column, TaskFilterProxy, \
    TaskTableModel
from dxdesk.model import AuditEntry
from dxdesk.services.task_queries import TaskFilter, load_rows
from dxdesk.services.task_queries import search_keys as _search_keys
from dxdesk.store import open_database
from dxdesk.store.backup import copy_database
from dxdesk.text import sort_key
from test_task_queries import TASKS, TODAY, VIETNAMESE_ORDER, make_known_plan

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def known_template(tmp_path_factory):
    return make_known_plan(tmp_path_factory.mktemp("known"))


@pytest.fixture
def known(known_template, vn_dir):
    """A private copy of the eight-task plan of 2026 (see test_task_queries.TASKS)."""
    path = vn_dir / "dxdesk.sqlite"
    copy_database(known_template, path)
    with open_database(path, daily_backup=False) as db:
        yield db


@pytest.fixture
def widget(qtbot, known):
    w = TaskListWidget(today=TODAY)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.set_plan(known, 1)
    return w


def search_key_of(row) -> str:
    return _search_keys([row])[0]


def shown_stts(w: TaskListWidget) -> list[int]:
    return [int(w.proxy.index(r, Column.STT).data()) for r in range(w.proxy.rowCount())]


def db_rows(db) -> dict[int, object]:
    return {r.stt: r for r in load_rows(db, 1)}


def audit(db, action: str) -> list[AuditEntry]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                    .order_by(AuditEntry.id)))


def proxy_index(w: TaskListWidget, stt: int, column: Column) -> QModelIndex:
    for r in range(w.proxy.rowCount()):
        if w.proxy.index(r, Column.STT).data() == str(stt):
            return w.proxy.index(r, column)
    raise AssertionError(f"STT {stt} not shown")


def select_stts(w: TaskListWidget, *stts: int) -> None:
    selection = w.table.selectionModel()
    selection.clearSelection()
    for stt in stts:
        selection.select(proxy_index(w, stt, Column.STT),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


# ------------------------------------------------------------------------ the models


def test_model_and_proxy_pass_the_model_tester(qtbot, demo_db):
    warning = QAbstractItemModelTester.FailureReportingMode.Warning  # fails via qt_log_level_fail
    with open_database(demo_db, daily_backup=False) as db:
        model = TaskTableModel()
        model.CHUNK = 7  # 60 tasks: several fetches
        proxy = TaskFilterProxy()
        testers = [QAbstractItemModelTester(model, warning), ]
        proxy.setSourceModel(model)
        testers.append(QAbstractItemModelTester(proxy, warning))
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        model.set_plan(db, 1)
        assert model.task_count() == 60
        while proxy.canFetchMore(QModelIndex()):
            proxy.fetchMore(QModelIndex())
        assert proxy.rowCount() == 60
        for column in (Column.TEXT, Column.LEAD, Column.DEADLINE, Column.STATUS, Column.PROGRESS):
            view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
            view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        proxy.set_filter(TaskFilter(search="so"))
        proxy.set_filter(TaskFilter(late_only=True))
        late = proxy.match_count()
        assert 0 < late < 60 and proxy.rowCount() == late
        first = proxy.index(0, Column.STATUS)
        assert proxy.setData(first, TaskStatus.DONE.value)  # no longer late: filtered out
        assert proxy.rowCount() == proxy.match_count() == late - 1
        proxy.set_filter(TaskFilter())
        assert proxy.rowCount() == model.CHUNK  # a new filter starts from the top
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        model.reload()
        assert proxy.rowCount() == model.CHUNK
        del testers


def test_rows_are_shown_lazily_and_only_as_far_as_the_last_match(qtbot, demo_db):
    with open_database(demo_db, daily_backup=False) as db:
        model = TaskTableModel()
        model.CHUNK = 10
        proxy = TaskFilterProxy()
        proxy.setSourceModel(model)
        model.set_plan(db, 1)
        assert (model.rowCount(), model.task_count()) == (10, 60)
        assert model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 20
        last = model.rows()[-1]
        proxy.set_filter(TaskFilter(search=last.text))
        # The matches are in the model's last rows: shown at once, nothing beyond them.
        assert proxy.rowCount() == proxy.match_count() >= 1
        assert proxy.index(proxy.rowCount() - 1, 0).data(TASK_ID_ROLE) == last.id
        assert not proxy.canFetchMore(QModelIndex())
        index = model.index_of_task(model.rows()[45].id)
        assert index.row() == 45 and model.rowCount() >= 46


def test_data_roles(widget):
    model = widget.model
    row = model.index(1, 0).row()  # STT 2: in progress, past its deadline: late
    assert model.index(row, Column.STT).data() == "2"
    assert model.index(row, Column.DEADLINE).data() == "10/06/2026"
    assert model.index(row, Column.STATUS).data() == "Đang thực hiện — quá hạn"
    assert model.index(row, Column.STATUS).data(Qt.ItemDataRole.BackgroundRole).color() \
        == LATE.background
    assert model.index(row, Column.DEADLINE).data(Qt.ItemDataRole.ForegroundRole).color() \
        == LATE.foreground
    assert "Quá hạn 5 ngày" in model.index(row, Column.DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, Column.STT).data(TASK_ID_ROLE) == db_rows(widget.db)[2].id
    done = model.index(0, Column.STATUS)  # STT 1: done
    assert done.data() == "Hoàn thành"
    assert done.data(Qt.ItemDataRole.BackgroundRole).color() \
        == colours_for(TaskStatus.DONE).background
    assert model.index(3, Column.DEADLINE).data() == "Thường xuyên"
    assert model.index(0, Column.CO_UNITS).data() == "Phòng Văn hóa và Thông tin"
    assert model.index(0, Column.TEXT).data(SORT_ROLE) == sort_key(TASKS[1][0])
    assert model.index(0, Column.STT).flags() & Qt.ItemFlag.ItemIsEditable == \
        Qt.ItemFlag.NoItemFlags
    assert model.index(0, Column.PROGRESS).flags() & Qt.ItemFlag.ItemIsEditable
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "STT", "Nhiệm vụ", "Trụ cột/nhóm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
        "Trạng thái", "Tiến độ %", "Sản phẩm"]


def test_legend_has_every_colour_once():
    items = legend_items()
    assert [i.text for i in items] == [status_text(s) for s in (
        TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.DONE_LATE,
        TaskStatus.CARRIED_OVER, TaskStatus.STOPPED)] + ["Quá hạn"]
    assert items[-1].colours is LATE is colours_for(TaskStatus.OVERDUE)
    assert len({i.colours.background.name() for i in items}) == len(items)


# --------------------------------------------------------------------------- sorting


def test_a_column_sorts_in_vietnamese_order(widget, qtbot):
    widget.show()
    qtbot.waitExposed(widget)
    header = widget.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.LEAD) + header.sectionSize(Column.LEAD) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, 5))
    leads = [widget.proxy.index(r, Column.LEAD).data() for r in range(widget.proxy.rowCount())]
    if leads != VIETNAMESE_ORDER:  # the first click may sort descending on some styles
        assert leads == VIETNAMESE_ORDER[::-1]
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, 5))
        leads = [widget.proxy.index(r, Column.LEAD).data()
                 for r in range(widget.proxy.rowCount())]
    assert leads == VIETNAMESE_ORDER  # Đ after D, Ủ last: not code-point order
    widget.table.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    assert shown_stts(widget) == [1, 6, 2, 5, 3, 7, 8, 4]  # no date last
    widget.table.sortByColumn(Column.STT, Qt.SortOrder.AscendingOrder)
    assert shown_stts(widget) == list(range(1, 9))


# --------------------------------------------------------------------------- filters


@pytest.mark.parametrize("set_up, expected", [
    (lambda w: w.unit_combo.setCurrentIndex(w.unit_combo.findText("Phòng Nội vụ")), [2, 3]),
    (lambda w: w.group_combo.setCurrentIndex(w.group_combo.findText("Dữ liệu số")), [3, 5]),
    (lambda w: w.status_combo.setCurrentIndex(w.status_combo.findText("Đang thực hiện")),
     [2, 4, 7]),
    (lambda w: w.status_combo.setCurrentIndex(w.status_combo.findText("Chưa hoàn thành")),
     [2, 3, 4, 7, 8]),
    (lambda w: w.late_check.setChecked(True), [2, 8]),
    (lambda w: (w.due_check.setChecked(True), w.due_spin.setValue(7)), [3, 7]),
    (lambda w: (w.from_date.setDate(dt.date(2026, 6, 1)), w.to_date.setDate(dt.date(2026, 6, 20)),
                w.range_check.setChecked(True)), [2, 3, 5]),
    (lambda w: w.carried_check.setChecked(True), [4]),
])
def test_each_filter_of_the_bar(widget, set_up, expected):
    set_up(widget)
    assert shown_stts(widget) == expected
    assert widget.count_label.text() == f"<b>Hiển thị {len(expected)} / 8 nhiệm vụ</b>"
    widget.clear_button.click()
    assert shown_stts(widget) == list(range(1, 9))
    assert widget.count_label.text() == "Hiển thị 8 / 8 nhiệm vụ"
    assert widget.current_filter() == TaskFilter()


def test_search_filters_on_each_keystroke_without_diacritics(widget, qtbot):
    counts = []
    widget.proxy.filter_changed.connect(lambda: counts.append(widget.proxy.rowCount()))
    qtbot.keyClicks(widget.search_edit, "chuyen doi so")
    assert len(counts) == len("chuyen doi so")  # one filter per key (spaces change nothing
    assert shown_stts(widget) == [1]             # but still count as a keystroke here)
    assert "Chuyển đổi số" in proxy_index(widget, 1, Column.TEXT).data()
    widget.search_edit.setText("đẩy mạnh")
    assert shown_stts(widget) == [7]
    widget.search_edit.setText("day manh")  # "d" finds "Đ"
    assert shown_stts(widget) == [7]



def test_search_keys_are_made_after_the_list_shows_or_when_a_search_needs_them(
        qtbot, known):
    """Loading the list does not fold every row's text (a third of the load for 20,000
    tasks): that waits for the event loop, or for the first search — which then finds
    the same rows, also after a sort and an edit made before the keys existed."""
    w = TaskListWidget(today=TODAY)
    qtbot.addWidget(w)
    w.set_plan(known, 1)
    assert w.model._keys is None
    qtbot.waitUntil(lambda: w.model._keys is not None)  # made once control is back

    w.set_plan(known, 1)
    assert w.model._keys is None
    w.model.sort(Column.TEXT, Qt.SortOrder.DescendingOrder)
    first = w.model.rows()[0]
    w.proxy.setData(proxy_index(w, first.stt, Column.TEXT), "Xây dựng kho dữ liệu dùng chung")
    assert w.model._keys is None
    w.search_edit.setText("kho du lieu dung chung")
    assert shown_stts(w) == [first.stt]
    w.search_edit.setText("du lieu")  # "Dữ liệu số" tasks, and the edited one
    expected = [r.stt for r in w.model.rows() if "du lieu" in search_key_of(r)]
    assert len(expected) >= 3 and shown_stts(w) == expected
    assert w.model.search_keys() == [search_key_of(r) for r in w.model.rows()]

# --------------------------------------------------------------------------- editing


def test_edit_in_place_changes_the_database_and_writes_the_audit_log(widget, qtbot):
    index = proxy_index(widget, 3, Column.PROGRESS)
    with qtbot.waitSignal(widget.model.dataChanged) as changed:
        assert widget.proxy.setData(index, 70)
    top, bottom = changed.args[0], changed.args[1]
    assert top.row() == bottom.row() == 2  # only the edited row is refreshed
    assert db_rows(widget.db)[3].progress == 70
    assert index.data() == "70"
    entry = audit(widget.db, "task.set_progress")[-1]
    assert entry.entity_id == db_rows(widget.db)[3].id
    assert widget.undo_stack.count() == 1


def test_a_refused_value_shows_the_message_and_changes_nothing(widget):
    before = db_rows(widget.db)
    assert not widget.proxy.setData(proxy_index(widget, 3, Column.PROGRESS), 150)
    assert "Tiến độ phải từ 0 đến 100" in widget.message_label.text()
    assert db_rows(widget.db) == before and widget.undo_stack.count() == 0


def test_editors(widget, known):
    table, option = widget.table, QStyleOptionViewItem()

    index = proxy_index(widget, 2, Column.LEAD)
    combo = widget.unit_delegate.createEditor(table.viewport(), option, index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(1, combo.count())] == VIETNAMESE_ORDER
    widget.unit_delegate.setEditorData(combo, index)
    assert combo.currentText() == "Phòng Nội vụ"
    combo.setCurrentIndex(combo.findText("Công an huyện"))
    widget.unit_delegate.setModelData(combo, widget.proxy, index)
    assert db_rows(known)[2].lead_unit_name == "Công an huyện"

    index = proxy_index(widget, 2, Column.DEADLINE)
    date_edit = widget.date_delegate.createEditor(table.viewport(), option, index)
    assert isinstance(date_edit, QDateEdit)
    assert date_edit.displayFormat() == "dd/MM/yyyy" and date_edit.calendarPopup()
    widget.date_delegate.setEditorData(date_edit, index)
    assert date_edit.date().toPython() == dt.date(2026, 6, 10)
    date_edit.setDate(dt.date(2026, 6, 20))  # a Saturday
    widget.date_delegate.setModelData(date_edit, widget.proxy, index)
    assert db_rows(known)[2].deadline == dt.date(2026, 6, 20)
    assert "Thời hạn 20/06/2026 rơi vào Thứ Bảy" in widget.message_label.text()

    index = proxy_index(widget, 2, Column.STATUS)
    combo = widget.status_delegate.createEditor(table.viewport(), option, index)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        status_text(s) for s in TaskStatus]
    widget.status_delegate.setEditorData(combo, index)
    assert combo.currentText() == "Đang thực hiện"
    combo.setCurrentIndex(combo.findText("Hoàn thành"))
    widget.status_delegate.setModelData(combo, widget.proxy, index)
    assert (db_rows(known)[2].status, db_rows(known)[2].progress) == (TaskStatus.DONE, 100)

    index = proxy_index(widget, 3, Column.PROGRESS)
    spin = widget.progress_delegate.createEditor(table.viewport(), option, index)
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum()) == (0, 100)
    spin.setValue(35)
    widget.progress_delegate.setModelData(spin, widget.proxy, index)
    assert db_rows(known)[3].progress == 35
    assert widget.undo_stack.count() == 4


def test_double_click_opens_the_editor_and_enter_commits(widget, qtbot):
    widget.show()
    qtbot.waitExposed(widget)
    index = proxy_index(widget, 3, Column.PROGRESS)
    rect = widget.table.visualRect(index)
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = widget.table.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "55")
    with qtbot.waitSignal(widget.model.edited):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert db_rows(widget.db)[3].progress == 55


def test_a_bulk_change_of_the_selected_rows_is_one_transaction(widget):
    select_stts(widget, 2, 3, 7)
    assert widget.selection_label.text() == "Đã chọn 3 nhiệm vụ:"
    assert widget.bulk_status_button.isEnabled()
    before = len(audit(widget.db, "task.set_status"))
    widget.bulk_status_combo.setCurrentIndex(widget.bulk_status_combo.findText("Hoàn thành"))
    widget.bulk_status_button.click()
    rows = db_rows(widget.db)
    assert {rows[s].status for s in (2, 3, 7)} == {TaskStatus.DONE}
    assert rows[4].status is TaskStatus.IN_PROGRESS  # not selected
    entries = audit(widget.db, "task.set_status")
    assert len(entries) == before + 1
    assert entries[-1].detail["task_ids"] == sorted(rows[s].id for s in (2, 3, 7))
    assert "Đã đặt trạng thái “Hoàn thành” cho 3 nhiệm vụ" in widget.message_label.text()
    assert proxy_index(widget, 2, Column.STATUS).data() == "Hoàn thành"  # refreshed

    unit = widget.bulk_unit_combo.findText("Công an huyện")
    widget.bulk_unit_combo.setCurrentIndex(unit)
    widget.bulk_unit_button.click()
    rows = db_rows(widget.db)
    assert {rows[s].lead_unit_name for s in (2, 3, 7)} == {"Công an huyện"}
    assert len(audit(widget.db, "task.set_lead_unit")) == 1


def test_undo_and_redo_restore_the_database(widget):
    before = db_rows(widget.db)
    select_stts(widget, 2, 3, 5)
    widget.bulk_deadline_edit.setDate(dt.date(2026, 9, 2))  # Quốc khánh
    widget.bulk_deadline_button.click()
    assert "ngày nghỉ Quốc khánh" in widget.message_label.text()
    widget.proxy.setData(proxy_index(widget, 3, Column.TEXT), "Số hóa toàn bộ hồ sơ địa chính")
    edited = db_rows(widget.db)
    assert {edited[s].deadline for s in (2, 3, 5)} == {dt.date(2026, 9, 2)}
    assert edited[3].text == "Số hóa toàn bộ hồ sơ địa chính"
    assert widget.undo_stack.count() == 2

    widget.undo_stack.undo()
    assert db_rows(widget.db)[3].text == before[3].text
    assert proxy_index(widget, 3, Column.TEXT).data() == before[3].text
    widget.undo_stack.undo()
    undone = db_rows(widget.db)
    assert [undone[s].deadline for s in (2, 3, 5)] == [before[s].deadline for s in (2, 3, 5)]
    assert proxy_index(widget, 5, Column.DEADLINE).data() == "13/06/2026"
    assert len(audit(widget.db, "task.restore_deadline")) == 1

    widget.undo_stack.redo()
    widget.undo_stack.redo()
    redone = db_rows(widget.db)
    assert [(redone[s].deadline, redone[s].text) for s in (2, 3, 5)] == [
        (edited[s].deadline, edited[s].text) for s in (2, 3, 5)]


def test_edits_go_to_the_undo_stack_the_main_window_gives(widget, qtbot):
    from PySide6.QtGui import QUndoStack

    shared = QUndoStack()
    widget.undo_stack = shared
    change = widget.apply_edit([db_rows(widget.db)[1].id], "progress", 90)
    assert change.old == {db_rows(widget.db)[1].id: 100}
    assert shared.count() == 1
    shared.undo()
    assert db_rows(widget.db)[1].progress == 100


# ----------------------------------------------------------------- finding a task


def test_select_task_clears_a_filter_that_hides_it(widget, qtbot):
    widget.late_check.setChecked(True)
    assert shown_stts(widget) == [2, 8]
    task_id = db_rows(widget.db)[4].id
    assert widget.select_task(task_id)
    assert not widget.late_check.isChecked() and len(shown_stts(widget)) == 8
    assert widget.selected_task_ids() == [task_id]
    with qtbot.waitSignal(widget.task_activated) as activated:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert activated.args == [task_id]
    assert not widget.select_task(999999)
