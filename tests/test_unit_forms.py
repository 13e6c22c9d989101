"""Progress forms sent to the lead units and read back (dxdesk.services.unit_forms)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dxdesk.documents import xlsx_unit_forms as xf
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import AuditEntry, ProgressEntry, Task
from dxdesk.services import unit_forms as uf
from dxdesk.store import open_database

TODAY = dt.date(2026, 11, 20)
PERIOD = "2026-Q4"


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def forms(db, tmp_path) -> dict[str, Path]:
    out = tmp_path / "gửi đơn vị"
    out.mkdir()
    files = uf.export_unit_forms(db, out, period=PERIOD, today=TODAY)
    return {f.stem.rsplit("-", 1)[1]: f for f in files}


def snapshot(db):
    with db.transaction() as s:
        tasks = {t.id: (t.status, t.progress, t.text, t.updated_at)
                 for t in s.scalars(select(Task))}
        entries = s.scalar(select(func.count()).select_from(ProgressEntry))
    return tasks, entries


def rows_of(path):
    ws = load_workbook(path)[xf.SHEET]
    return {ws.cell(r, 1).value: r for r in range(xf.FIRST_ROW, ws.max_row + 1)
            if ws.cell(r, 1).value is not None}


def fill(path, values: dict[int, dict[str, object]], save_as=None):
    """Fill the form as a unit would: {task_id: {"F": status, "G": 40, ...}}."""
    wb = load_workbook(path)
    ws = wb[xf.SHEET]
    where = {ws.cell(r, 1).value: r for r in range(xf.FIRST_ROW, ws.max_row + 1)}
    for task_id, cells in values.items():
        for column, value in cells.items():
            ws[f"{column}{where[task_id]}"] = value
    target = save_as or path
    wb.save(target)
    return target


def task_ids(path):
    return [t for t in rows_of(path)]


# --------------------------------------------------------------------------- export


def test_export_one_form_per_unit_with_locked_and_fill_columns(db, forms):
    assert {"VP", "VHTT", "NV"} <= set(forms)
    path = forms["VHTT"]
    assert path.name == "tien-do-2026-Q4-VHTT.xlsx"
    wb = load_workbook(path)
    ws = wb[xf.SHEET]
    assert [c.value for c in ws[5]] == list(xf.HEADERS)
    assert ws.protection.sheet
    assert wb[xf.META_SHEET].sheet_state == "veryHidden"
    with db.transaction() as s:
        expected = [t.id for t in s.scalars(select(Task).where(Task.lead_unit_id == 2)
                                            .order_by(Task.position))
                    if not TaskStatus(t.status).is_finished]
    assert task_ids(path) == expected
    for r in range(xf.FIRST_ROW, xf.FIRST_ROW + len(expected)):
        for column in "ABCDE":
            assert ws[f"{column}{r}"].protection.locked
        for column in xf.FILL_COLUMNS:
            assert not ws[f"{column}{r}"].protection.locked
    validations = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    status_dv = next(v for k, v in validations.items() if k.startswith("F"))
    assert status_dv.type == "list" and "hoàn thành quá hạn" in status_dv.formula1
    percent = next(v for k, v in validations.items() if k.startswith("G"))
    assert (percent.type, percent.formula1, percent.formula2) == ("whole", "0", "100")


def test_no_cell_is_a_formula_even_for_text_starting_with_equals(db, tmp_path):
    with db.transaction() as s:
        task = s.scalars(select(Task).where(Task.lead_unit_id == 2,
                                            Task.status == "in_progress")).first()
        task.text = "=HYPERLINK(\"http://x\",\"bấm\")"
        task_id = task.id
    out = tmp_path / "out"
    out.mkdir()
    files = uf.export_unit_forms(db, out, period=PERIOD, today=TODAY, include_finished=True)
    for path in files:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)
        wb = load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                assert all(c.data_type != "f" for c in row)
    ws = load_workbook(out / "tien-do-2026-Q4-VHTT.xlsx")[xf.SHEET]
    row = rows_of(out / "tien-do-2026-Q4-VHTT.xlsx")[task_id]
    assert ws[f"B{row}"].value.startswith("=HYPERLINK") and ws[f"B{row}"].quotePrefix


def test_export_refuses_future_period_and_other_year(db, tmp_path):
    with pytest.raises(InvalidInput, match="Chưa đến"):
        uf.export_unit_forms(db, tmp_path, period="2026-Q4", today=dt.date(2026, 8, 1))
    with pytest.raises(InvalidInput, match="không thuộc kế hoạch"):
        uf.export_unit_forms(db, tmp_path, period="2025-Q4", today=TODAY)
    with pytest.raises(InvalidInput, match="không tồn tại"):
        uf.export_unit_forms(db, tmp_path / "nope", today=TODAY)


# --------------------------------------------------------------------------- round trip


def test_round_trip_updates_exactly_what_was_filled(db, forms):
    path = forms["VHTT"]
    ids = task_ids(path)
    assert len(ids) >= 3
    a, b, untouched = ids[0], ids[1], ids[2:]
    before, entries_before = snapshot(db)
    fill(path, {a: {"F": "hoàn thành", "G": 100, "H": "Đã triển khai xong\nở 10 xã",
                    "I": "Báo cáo số 12/BC-UBND"},
                b: {"F": "đang thực hiện", "G": 45, "H": "-Làm được một nửa"}})
    preview = uf.preview_import(db, [path], today=TODAY)
    assert not preview.problems and not preview.conflicts and not preview.refused_files
    assert [r.task_id for r in preview.ready] == [a, b]
    assert "hoàn thành, 100 %" in preview.ready[0].describe()
    assert uf.apply_import(db, preview, today=TODAY) == 2
    after, entries_after = snapshot(db)
    assert entries_after == entries_before + 2
    assert after[a][:2] == ("done", 100) and after[b][:2] == ("in_progress", 45)
    for task_id in set(before) - {a, b}:
        assert after[task_id] == before[task_id]
    with db.transaction() as s:
        new = s.scalars(select(ProgressEntry).order_by(ProgressEntry.id.desc()).limit(2)).all()
        assert {(e.task_id, e.period, e.status, e.progress) for e in new} == {
            (a, PERIOD, "done", 100), (b, PERIOD, "in_progress", 45)}
        by_task = {e.task_id: e for e in new}
        assert by_task[a].note == "Đã triển khai xong\nở 10 xã"
        assert by_task[a].evidence == "Báo cáo số 12/BC-UBND"
        assert by_task[b].note == "-Làm được một nửa"
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "progress.import")) == 1
    assert untouched  # the unfilled rows stayed as they were (checked above)


def test_apply_makes_a_backup_first(db, forms, demo_db):
    path = forms["VHTT"]
    fill(path, {task_ids(path)[0]: {"F": "đang thực hiện", "G": 10}})
    preview = uf.preview_import(db, [path], today=TODAY)
    backups = demo_db.parent / f"{demo_db.stem}-backups"
    existing = set(backups.glob("*")) if backups.is_dir() else set()
    uf.apply_import(db, preview, today=TODAY)
    made = set(backups.glob("*")) - existing
    assert any("before-progress-import" in p.name for p in made)


def test_blank_status_keeps_the_status_and_done_needs_100(db, forms):
    path = forms["VHTT"]
    first, second = task_ids(path)[:2]
    fill(path, {first: {"H": "Chỉ ghi chú"}, second: {"F": "hoàn thành", "G": 80}})
    preview = uf.preview_import(db, [path], today=TODAY)
    rows = {r.task_id: r for r in preview.rows}
    assert rows[first].is_ok and rows[first].change.status == rows[first].current_status
    assert "đi với tiến độ 100 %" in rows[second].problem


# --------------------------------------------------------------------------- refusals


def unit_task_of_other_unit(db, unit_id):
    with db.transaction() as s:
        return s.scalars(select(Task.id).where(Task.lead_unit_id == unit_id)).first()


@pytest.mark.parametrize("case", ["locked_text", "locked_deadline", "unknown_id", "other_unit",
                                  "progress_150", "bad_status", "fraction", "formula",
                                  "new_row"])
def test_malformed_rows_are_refused_and_nothing_changes(db, forms, case):
    path = forms["VHTT"]
    first = task_ids(path)[0]
    row = rows_of(path)[first]
    wb = load_workbook(path)
    ws = wb[xf.SHEET]
    ws[f"F{row}"], ws[f"G{row}"] = "đang thực hiện", 50
    expect = {
        "locked_text": "sửa cột khóa (Nhiệm vụ)", "locked_deadline": "sửa cột khóa (Thời hạn)",
        "unknown_id": "Không có nhiệm vụ mã 999999", "other_unit": "do đơn vị khác chủ trì",
        "progress_150": "không phải 150", "bad_status": "không có trong danh sách",
        "fraction": "số nguyên", "formula": "chứa công thức", "new_row": "không có mã",
    }[case]
    if case == "locked_text":
        ws[f"B{row}"] = ws[f"B{row}"].value + " (đã sửa)"
    elif case == "locked_deadline":
        ws[f"C{row}"] = "31/12/2030"
    elif case == "unknown_id":
        ws[f"A{row}"] = 999999
    elif case == "other_unit":
        ws[f"A{row}"] = unit_task_of_other_unit(db, 1)
    elif case == "progress_150":
        ws[f"G{row}"] = 150
    elif case == "bad_status":
        ws[f"F{row}"] = "gần xong"
    elif case == "fraction":
        ws[f"G{row}"] = 12.5
    elif case == "formula":
        ws[f"G{row}"] = "=40+10"
    elif case == "new_row":
        ws[f"F{row}"] = ws[f"G{row}"] = None
        new = ws.max_row + 1
        ws[f"B{new}"], ws[f"F{new}"] = "Nhiệm vụ đơn vị tự thêm", "đang thực hiện"
    wb.save(path)
    before = snapshot(db)
    preview = uf.preview_import(db, [path], today=TODAY)
    assert len(preview.problems) == 1, preview.lines()
    assert expect in preview.problems[0].problem
    assert not preview.ready
    assert any(expect in line for line in preview.lines())
    assert uf.apply_import(db, preview, {preview.problems[0].key: uf.TAKE_UNIT},
                           today=TODAY) == 0
    assert snapshot(db) == before


def test_refused_files(db, forms, tmp_path):
    no_meta = tmp_path / "khong-phai.xlsx"
    wb = load_workbook(forms["VHTT"])
    del wb[xf.META_SHEET]
    wb.save(no_meta)
    plain = tmp_path / "bang-tinh.xlsx"
    from openpyxl import Workbook

    Workbook().save(plain)
    corrupt = tmp_path / "hong.xlsx"
    corrupt.write_bytes(forms["VHTT"].read_bytes()[:3000])
    legacy = tmp_path / "cu.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    text = tmp_path / "ghi-chu.xlsx"
    text.write_text("không phải excel", encoding="utf-8")
    broken_meta = tmp_path / "meta.xlsx"
    wb = load_workbook(forms["VHTT"])
    wb[xf.META_SHEET]["B3"] = "không phải số"
    wb.save(broken_meta)
    missing = tmp_path / "khong-co.xlsx"
    before = snapshot(db)
    expected = {no_meta: "không phải biểu mẫu tiến độ", plain: "không phải biểu mẫu tiến độ",
                corrupt: "bị hỏng", legacy: "Excel 97–2003 (.xls)", text: "không phải tệp Excel",
                broken_meta: "đã bị sửa hoặc hỏng", missing: "Không đọc được tệp"}
    preview = uf.preview_import(db, list(expected), today=TODAY)
    assert len(preview.refused_files) == len(expected)
    for f in preview.files:
        assert expected[f.path] in f.refusal, f.refusal
        assert f.path.name in f.refusal
    assert uf.apply_import(db, preview, today=TODAY) == 0
    assert snapshot(db) == before


def test_same_task_twice_is_taken_once(db, forms, tmp_path):
    path = forms["VHTT"]
    first = task_ids(path)[0]
    fill(path, {first: {"F": "đang thực hiện", "G": 30}})
    copy = tmp_path / "ban-sao.xlsx"
    copy.write_bytes(path.read_bytes())
    preview = uf.preview_import(db, [path, copy], today=TODAY)
    assert len(preview.ready) == 1
    assert "đã có trong tệp" in preview.problems[0].problem


# --------------------------------------------------------------------------- conflicts


def test_task_changed_in_dxdesk_after_export_is_a_conflict(db, forms):
    path = forms["VHTT"]
    first, second = task_ids(path)[:2]
    fill(path, {first: {"F": "đang thực hiện", "G": 70}, second: {"G": 20}})
    with db.transaction() as s:
        s.get(Task, first).progress = 55  # the officer updated it meanwhile
    preview = uf.preview_import(db, [path], today=TODAY)
    conflict, = preview.conflicts
    assert conflict.task_id == first
    assert "dxdesk có" in conflict.conflict and "70 %" in conflict.conflict
    assert "55 %" in conflict.conflict
    assert uf.apply_import(db, preview, {conflict.key: uf.KEEP_DXDESK}, today=TODAY) == 1
    with db.transaction() as s:
        assert s.get(Task, first).progress == 55
        assert s.get(Task, second).progress == 20
    preview = uf.preview_import(db, [path], today=TODAY)
    conflict = next(r for r in preview.conflicts if r.task_id == first)
    uf.apply_import(db, preview, {conflict.key: uf.TAKE_UNIT}, today=TODAY)
    with db.transaction() as s:
        assert s.get(Task, first).progress == 70


def test_change_between_preview_and_apply_writes_nothing(db, forms):
    path = forms["VHTT"]
    first, second = task_ids(path)[:2]
    fill(path, {first: {"G": 30}, second: {"G": 40}})
    preview = uf.preview_import(db, [path], today=TODAY)
    with db.transaction() as s:
        s.get(Task, second).progress = 41
    before = snapshot(db)
    with pytest.raises(uf.ImportChanged, match="xem trước lại"):
        uf.apply_import(db, preview, today=TODAY)
    assert snapshot(db) == before


def test_apply_is_one_transaction(db, forms):
    """An invalid row slipping into the preview after valid ones: nothing is written."""
    from dataclasses import replace

    path = forms["VHTT"]
    ids = task_ids(path)[:3]
    fill(path, {i: {"F": "đang thực hiện", "G": 10 * (n + 1)} for n, i in enumerate(ids)})
    preview = uf.preview_import(db, [path], today=TODAY)
    assert len(preview.ready) == 3
    rows = list(preview.files[0].rows)
    rows[2] = replace(rows[2], change=replace(rows[2].change, progress=150))
    forged = replace(preview, files=(replace(preview.files[0], rows=tuple(rows)),))
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="150"):
        uf.apply_import(db, forged, today=TODAY)
    assert snapshot(db) == before


# --------------------------------------------------------------------------- CLI


def test_cli_export_and_import(cli, demo_db, tmp_path):
    out = tmp_path / "biểu mẫu"
    out.mkdir()
    result = cli("export", "unit-forms", "--db", demo_db, "--plan", "2026", "--period", PERIOD,
                 "-o", out, "--today", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    path = out / "tien-do-2026-Q4-VHTT.xlsx"
    assert path.is_file() and "Đã xuất" in result.stdout
    first = task_ids(path)[0]
    fill(path, {first: {"F": "đang thực hiện", "G": 35}})
    bad = tmp_path / "cu.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    dry = cli("import-progress", path, "--db", demo_db, "--dry-run", "--today", TODAY.isoformat())
    assert dry.returncode == 0, dry.stderr
    assert "1 dòng cập nhật" in dry.stdout and "không ghi gì" in dry.stdout
    result = cli("import-progress", path, bad, "--db", demo_db, "--today", TODAY.isoformat())
    assert result.returncode == 1
    assert "Excel 97–2003" in result.stdout and "Đã cập nhật 1 nhiệm vụ" in result.stdout
    with open_database(demo_db, daily_backup=False) as db, db.transaction() as s:
        assert s.get(Task, first).progress == 35


def test_cli_export_docx_still_needs_kind(cli, demo_db, tmp_path):
    result = cli("export", "docx", "--db", demo_db, "-o", tmp_path / "a.docx")
    assert result.returncode == 2 and "--kind" in result.stderr
