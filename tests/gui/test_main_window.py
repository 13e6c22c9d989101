"""The main window as an officer uses it: opens on the last plan, edits with undo/redo,
remembers its layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from dxdesk.gui.main_window import MainWindow
from dxdesk.model import PlanSection
from dxdesk.services import outline
from dxdesk.store import open_database

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "dxdesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_db, settings):
    with open_database(demo_db) as db:
        win = MainWindow(db, settings)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.painted, timeout=10000):
            win.show()
        yield win
        win.close()


def test_opens_on_the_plan_with_its_parts(window):
    assert window.windowTitle() == "dxdesk — huyện Sơn Hà Mẫu"
    assert window.plan_list.count() == 1
    assert "60 nhiệm vụ" in window.plan_list.item(0).text()
    assert window.plan_id is not None
    assert str(window.db.path) in window.statusBar().currentMessage()
    assert window.task_list is None  # tabs are made when first shown
    window.tabs.setCurrentWidget(window.outline_page)
    assert window.outline_editor.tree.topLevelItemCount() == 6
    window.tabs.setCurrentWidget(window.targets_page)
    assert window.targets_view.table.rowCount() == 11
    window.tabs.setCurrentWidget(window.tasks_page)
    assert window.task_list.model.rowCount() > 0
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Tổng quan", "Đề cương", "Chỉ tiêu", "Nhiệm vụ"]


def test_outline_edit_undo_redo_through_the_window(window, qtbot):
    window.tabs.setCurrentWidget(window.outline_page)
    editor = window.outline_editor
    first = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(first)
    section_id = editor.current_id()
    editor.title_edit.setText("CĂN CỨ XÂY DỰNG KẾ HOẠCH")
    editor.save_current()

    def title():
        with window.db.transaction() as session:
            return session.get(PlanSection, section_id).title

    assert title() == "CĂN CỨ XÂY DỰNG KẾ HOẠCH"
    window.undo_stack.undo()
    assert title() == "CĂN CỨ LẬP KẾ HOẠCH"
    assert editor.title_edit.text() == "CĂN CỨ LẬP KẾ HOẠCH"
    window.undo_stack.redo()
    assert title() == "CĂN CỨ XÂY DỰNG KẾ HOẠCH"

    editor.add_after()
    rows = outline.load_outline(window.db, window.plan_id)
    assert rows[1].title == "Mục mới" and rows[1].label == "II"
    window.undo_stack.undo()
    assert [r.title for r in outline.load_outline(window.db, window.plan_id)][1] == "MỤC TIÊU"


def test_a_refused_edit_is_explained_and_not_undoable(window):
    window.tabs.setCurrentWidget(window.outline_page)
    editor = window.outline_editor
    group = next(r for r in outline.load_outline(window.db, window.plan_id)
                 if r.title == "Nhận thức số")
    editor.reload(select=group.id)
    depth = window.undo_stack.count()
    editor.delete_current()
    assert "nhiệm vụ" in editor.problem_label.text()
    assert window.undo_stack.count() == depth


def test_remembers_the_last_plan_and_layout(qtbot, demo_db, settings):
    with open_database(demo_db) as db:
        first = MainWindow(db, settings)
        qtbot.addWidget(first)
        first.resize(640, 500)  # within the offscreen screen (800×600)
        plan_id = first.plan_id
        first.close()
        assert settings.value("last_plan_id", type=int) == plan_id
        second = MainWindow(db, settings)
        qtbot.addWidget(second)
        assert second.plan_id == plan_id
        assert (second.width(), second.height()) == (640, 500)
        second.close()


def test_targets_edit_is_undoable(window):
    window.tabs.setCurrentWidget(window.targets_page)
    view = window.targets_view
    target_id = view.rows[0].id
    view.edit(target_id, "value", 95)
    assert view.table.item(0, 2).text() == "95"
    window.undo_stack.undo()
    assert view.table.item(0, 2).text() == "100"


def test_bases_are_edited_in_the_bases_section(window):
    window.tabs.setCurrentWidget(window.outline_page)
    editor = window.outline_editor
    editor.reload(select=outline.load_outline(window.db, window.plan_id)[0].id)
    lines = editor.body_edit.toPlainText().splitlines()
    assert lines == outline.load_bases(window.db, window.plan_id)
    editor.body_edit.setPlainText("\n".join(lines + ["Luật Chuyển đổi số năm 2025"]))
    editor.save_current()
    assert outline.load_bases(window.db, window.plan_id)[-1] == "Luật Chuyển đổi số năm 2025"
    window.undo_stack.undo()
    assert outline.load_bases(window.db, window.plan_id) == lines


def test_dashboard_click_opens_the_task(window):
    board = window.dashboard.board
    assert board is not None and board.total == 60
    if not board.late:
        pytest.skip("the demo has no late task today")
    window.dashboard.task_activated.emit(board.late[0].id)
    assert window.tabs.currentWidget() is window.tasks_page
    index = window.task_list.table.currentIndex()
    assert index.isValid()
    assert index.data(Qt.ItemDataRole.UserRole) == board.late[0].id


def test_recording_the_issue_marks_the_plan_issued(window):
    dialog = window.record_issue()
    dialog.number_edit.setText("abc")
    dialog.record()
    assert "Số văn bản không hợp lệ" in dialog.problem_label.text()
    dialog.number_edit.setText("5")
    dialog.record()
    assert "(đã ban hành)" in window.plan_title.text()
    from dxdesk.model import Plan

    with window.db.transaction() as session:
        plan = session.get(Plan, window.plan_id)
        assert (plan.number, plan.status) == ("05/KH-UBND", "issued")


def test_print_task_list_and_unit_forms_open_from_the_menus(window):
    preview = window.print_task_list()
    assert preview is not None and window.tabs.currentWidget() is window.tasks_page
    preview.close()
    dialog = window.open_unit_forms()
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_province_workbook_from_the_menu(window, tmp_path):
    import openpyxl

    written = window.export_province_workbook(str(tmp_path / "tỉnh.xlsx"))
    assert written is not None and written.is_file()
    book = openpyxl.load_workbook(written, read_only=True)
    assert book.sheetnames == ["Nhiệm vụ", "Chỉ tiêu", "Tổng hợp"]
    book.close()


def test_target_actual_of_a_period_is_recorded_and_undoable(window):
    from dxdesk.services import targets

    window.tabs.setCurrentWidget(window.targets_page)
    view = window.targets_view
    view.period_combo.setCurrentIndex(0)  # quý I of the plan year
    assert view.period.endswith("-Q1")
    target_id = view.rows[0].id
    view.table.item(0, 8).setText("55,5")  # typed in the cell
    assert targets.actuals_for(window.db, window.plan_id, view.period)[target_id] == 55.5
    assert view.table.item(0, 8).text() == "55,5"
    window.undo_stack.undo()
    assert targets.actuals_for(window.db, window.plan_id, view.period).get(target_id) != 55.5


def test_what_was_read_ahead_shows_the_same_as_reading_at_once(qtbot, demo_db, settings):
    """gui.app reads the first screen in a thread while Qt loads; the window it makes
    from that must be the one it would have made by reading itself."""
    from dxdesk.services import overview

    def shown(win):
        return (win.windowTitle(), win.plan_title.text(),
                [win.plan_list.item(i).text() for i in range(win.plan_list.count())],
                win.dashboard.headline.text(), win.dashboard.board.late_count)

    with open_database(demo_db) as db:
        plain = MainWindow(db, settings)
        qtbot.addWidget(plain)
        ahead = overview.first_screen(db)
        assert ahead.board is not None and ahead.plan_id == plain.plan_id
        early = MainWindow(db, settings, first_screen=ahead)
        qtbot.addWidget(early)
        assert shown(early) == shown(plain)
        assert early.dashboard.board is ahead.board  # not read a second time
        assert early._boards == {} and early._summaries == {}


def test_deadline_notice_tells_the_true_counts_once_a_day(window, qtbot):
    import datetime as dt

    from dxdesk.services.dashboard import deadline_notice

    day = dt.date(2026, 12, 31)  # every unfinished demo task is late by then
    window.notice_day = None
    window.settings.remove(f"notice/last_day/{window.plan_id}")
    window.check_deadlines(day)
    expected = deadline_notice(window.db, window.plan_id, day, None)
    assert expected.newly_late > 0
    assert window.notice.isVisible()
    assert f"{expected.newly_late} nhiệm vụ mới quá hạn" in window.notice.label.text()
    assert "31/12/2026" in window.notice.label.text()
    qtbot.mouseClick(window.notice.findChildren(QPushButton)[1], Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()
    window.check_deadlines(day)  # the same day: not again
    assert not window.notice.isVisible()
