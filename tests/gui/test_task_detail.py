"""The task detail under the task list: choosing a task shows it; recording progress
through the form changes the database and the row, and Ctrl+Z takes it back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dxdesk.gui.task_list import TaskListWidget
from dxdesk.gui.task_model import Column
from dxdesk.model import Plan, ProgressEntry, Task
from dxdesk.store import open_database

pytestmark = pytest.mark.gui


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def widget(qtbot, db):
    with db.transaction() as session:
        plan_id, year = session.execute(select(Plan.id, Plan.year)).first()
    w = TaskListWidget(today=dt.date(year, 11, 23))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.set_plan(db, plan_id)
    return w


def first_task(db) -> Task:
    with db.transaction() as session:
        task = session.scalars(select(Task).order_by(Task.position)).first()
        session.expunge(task)
        return task


def entry_ids(db, task_id) -> list[int]:
    with db.transaction() as session:
        return sorted(session.scalars(select(ProgressEntry.id)
                                      .where(ProgressEntry.task_id == task_id)))


def test_selecting_a_task_shows_it(widget, db):
    panel = widget.detail
    assert panel.task_id is None and panel.content.isHidden()
    task = first_task(db)
    assert widget.select_task(task.id)
    assert panel.task_id == task.id and not panel.content.isHidden()
    assert task.text in panel.title_label.text()
    assert panel.entries_table.rowCount() == len(entry_ids(db, task.id))
    assert panel.entries_table.horizontalHeaderItem(6).text() == "Ngày ghi"
    year = widget.model.plan.year
    assert panel.period_combo.currentText() == f"Quý IV năm {year}"
    assert panel.period_combo.count() == 6


def test_record_progress_through_the_form_and_undo(widget, db):
    panel = widget.detail
    task = first_task(db)
    widget.select_task(task.id)
    before = entry_ids(db, task.id)
    history_before = panel.history_list.count()
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("in_progress"))
    panel.progress_spin.setValue(65)
    panel.note_edit.setPlainText("Đã tập huấn cho 12 xã")
    panel.evidence_edit.setText("Báo cáo 45/BC-UBND")
    panel.record_button.click()
    after = entry_ids(db, task.id)
    assert len(after) == len(before) + 1
    with db.transaction() as session:
        fresh = session.get(Task, task.id)
        assert (fresh.status, fresh.progress) == ("in_progress", 65)
    row = widget.model.row_of_task(task.id)
    assert widget.model.index(row, Column.PROGRESS).data() .startswith("65")
    assert panel.entries_table.item(0, 3).text() == "Đã tập huấn cho 12 xã"
    assert panel.history_list.count() == history_before + 1
    assert "ghi nhận tiến độ quý IV" in panel.history_list.item(0).text()
    assert "Đã ghi nhận" in panel.record_message.text()

    widget.undo_stack.undo()
    assert entry_ids(db, task.id) == before
    with db.transaction() as session:
        fresh = session.get(Task, task.id)
        assert (fresh.status, fresh.progress) == (task.status, task.progress)
    assert panel.entries_table.rowCount() == len(before)
    assert widget.model.index(row, Column.PROGRESS).data().startswith(str(task.progress))


def test_refusal_shown_inline_nothing_pushed(widget, db):
    panel = widget.detail
    task = first_task(db)
    widget.select_task(task.id)
    before = entry_ids(db, task.id)
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("done"))
    panel.progress_spin.setValue(40)  # done goes with 100 %
    panel.record_button.click()
    assert "100 %" in panel.record_message.text()
    assert "b71c1c" in panel.record_message.styleSheet()
    assert entry_ids(db, task.id) == before and widget.undo_stack.count() == 0
