"""The “Biểu mẫu tiến độ các đơn vị” dialog: send, receive, choose, update."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dxdesk.documents import xlsx_unit_forms as xf
from dxdesk.gui.unit_forms_dialog import UnitFormsDialog
from dxdesk.model import ProgressEntry, Task
from dxdesk.services import unit_forms as service
from dxdesk.store import open_database

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def dialog(qtbot, db):
    d = UnitFormsDialog(db, None, today=TODAY)
    qtbot.addWidget(d)
    return d


def fill(path, values):
    wb = load_workbook(path)
    ws = wb[xf.SHEET]
    where = {ws.cell(r, 1).value: r for r in range(xf.FIRST_ROW, ws.max_row + 1)}
    for task_id, cells in values.items():
        for column, value in cells.items():
            ws[f"{column}{where[task_id]}"] = value
    wb.save(path)
    return list(where)


def test_send_then_receive_with_conflict_and_problem(dialog, db, tmp_path):
    assert dialog.period_combo.currentData() == "2026-Q4"
    dialog.folder_edit.setText(str(tmp_path))
    files = dialog.export()
    assert dialog.written_list.count() == len(files) > 1
    assert dialog.open_folder_button.isEnabled()
    path = tmp_path / "tien-do-2026-Q4-VHTT.xlsx"
    wb = load_workbook(path)
    ws = wb[xf.SHEET]
    ids = [ws.cell(r, 1).value for r in range(xf.FIRST_ROW, ws.max_row + 1)]
    fill(path, {ids[0]: {"F": "đang thực hiện", "G": 30}, ids[1]: {"G": 150},
                ids[2]: {"G": 90}})
    with db.transaction() as s:
        s.get(Task, ids[2]).progress = 5
    bad = tmp_path / "cu.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    preview = dialog.load_files([path, bad])
    assert len(preview.ready) == 1 and len(preview.problems) == 1
    assert "Excel 97–2003" in dialog.receive_message.text()
    assert dialog.table.rowCount() == 3
    problem_row = next(r for r in range(3) if "150" in dialog.table.item(r, 4).text())
    assert dialog.table.item(problem_row, 4).foreground().color().name() == "#b71c1c"
    conflict, = preview.conflicts
    assert dialog.choices() == {conflict.key: service.KEEP_DXDESK}
    dialog.set_choice(conflict.key, service.TAKE_UNIT)
    with db.transaction() as s:
        entries = s.scalar(select(func.count()).select_from(ProgressEntry))
    assert dialog.apply_button.isEnabled()
    assert dialog.apply() == 2
    assert "Đã cập nhật 2" in dialog.receive_message.text()
    with db.transaction() as s:
        assert s.get(Task, ids[0]).progress == 30
        assert s.get(Task, ids[2]).progress == 90
        assert s.scalar(select(func.count()).select_from(ProgressEntry)) == entries + 2


def test_refusal_shown_inline(dialog, tmp_path):
    dialog.folder_edit.setText(str(tmp_path / "không có"))
    assert dialog.export() == []
    assert "không tồn tại" in dialog.send_message.text()
