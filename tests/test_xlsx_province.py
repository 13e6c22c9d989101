"""The province workbook (.xlsx): read back with openpyxl and as raw XML."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from dxdesk.documents.xlsx_province import (SHEET_SUMMARY, SHEET_TARGETS, SHEET_TASKS,
                                            TASK_HEADERS, ProvinceWorkbookData, TargetLine,
                                            write_province_workbook)
from dxdesk.documents.xlsx_safety import EXCEL_CELL_LIMIT, CellTextTooLong, set_text
from dxdesk.domain.status import TaskStatus
from dxdesk.model import Plan, Task
from dxdesk.services.workbooks import export_province_xlsx, load_province_data, summarise
from dxdesk.store import open_database

TODAY = dt.date(2026, 9, 15)
DANGEROUS = ['=HYPERLINK("http://x","y")', "=1+1", "+SUM(A1)", "@cmd", "-2+3", "\tTab",
             "#N/A"]


@pytest.fixture
def exported(demo_db, vn_dir) -> Path:
    with open_database(demo_db, daily_backup=False) as db:
        return export_province_xlsx(db, vn_dir / "Báo cáo tỉnh.xlsx", today=TODAY)


@dataclass(frozen=True)
class WorkbookTask:
    """A task as the workbook writer reads it (xlsx_province.TaskLike)."""

    stt: int
    text: str
    group: str
    lead_unit_name: str
    co_unit_names: tuple[str, ...]
    deadline: dt.date | None
    deadline_text: str
    status: TaskStatus
    progress: int
    output: str
    is_carried_over: bool


def task(stt: int, text: str, **changes) -> WorkbookTask:
    fields = dict(stt=stt, text=text, group="Hạ tầng số", lead_unit_name="Phòng Nội vụ",
                  co_unit_names=("UBND xã A", "Phòng Y tế"), deadline=dt.date(2026, 6, 30),
                  deadline_text="", status=TaskStatus.IN_PROGRESS, progress=40,
                  output="Báo cáo", is_carried_over=False)
    fields.update(changes)
    return WorkbookTask(**fields)


def data_of(tasks, targets=()) -> ProvinceWorkbookData:
    return ProvinceWorkbookData(year=2026, title="Kế hoạch chuyển đổi số năm 2026",
                                district="huyện Sơn Hà Mẫu", tasks=list(tasks),
                                targets=list(targets), summary=summarise(tasks, TODAY),
                                today=TODAY)


def sheet_xml(path: Path, index: int) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def styles_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/styles.xml").decode("utf-8")


def cell_xfs(path: Path) -> list[str]:
    """The <xf> elements of <cellXfs>, by style id."""
    xml = styles_xml(path)
    block = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", xml, re.S).group(1)
    return re.findall(r"<xf\b[^>]*?(?:/>|>.*?</xf>)", block, re.S)


# ----------------------------------------------------------------------------- layout


def test_sheets_headers_and_print_setup(exported):
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == [SHEET_TASKS, SHEET_TARGETS, SHEET_SUMMARY]
    assert wb.sheetnames == ["Nhiệm vụ", "Chỉ tiêu", "Tổng hợp"]
    for ws in wb:
        assert ws.freeze_panes == "A2"
        last = openpyxl.utils.get_column_letter(ws.max_column)
        assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}"
        assert all(c.font.b for c in ws[1]), ws.title
        assert all(c.alignment.wrap_text for c in ws[1])
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == "9"  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
                  for i in range(1, ws.max_column + 1)]
        assert all(5 <= w <= 60 for w in widths), (ws.title, widths)
    assert tuple(c.value for c in wb[SHEET_TASKS][1]) == TASK_HEADERS
    tasks = wb[SHEET_TASKS]
    assert tasks.column_dimensions["B"].width >= 45  # the task text gets the room
    assert all(c.alignment.wrap_text for c in tasks[2])


def test_task_sheet_values_and_types(exported, demo_db):
    with open_database(demo_db, daily_backup=False) as db:
        data = load_province_data(db, today=TODAY)
    ws = openpyxl.load_workbook(exported)[SHEET_TASKS]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(data.tasks) == 60
    dated = undated = 0
    for row, t in zip(rows, data.tasks):
        stt, text, group, lead, co, deadline, status, progress, output, carried = row
        assert stt.value == t.stt and stt.data_type == "n"
        assert text.value == t.text and text.data_type == "s"
        assert (group.value or "") == t.group and (lead.value or "") == t.lead_unit_name
        assert (co.value or "") == "; ".join(t.co_unit_names)
        if t.deadline is not None:
            dated += 1
            assert isinstance(deadline.value, dt.datetime)
            assert deadline.value.date() == t.deadline
            assert deadline.number_format == "dd/mm/yyyy"
        else:
            undated += 1
            assert (deadline.value or "") == t.deadline_text and deadline.data_type in "sn"
        assert status.value == t.status.label[:1].upper() + t.status.label[1:]
        assert isinstance(progress.value, (int, float)) and progress.value == t.progress
        assert (output.value or "") == t.output
        assert carried.value == ("Có" if t.is_carried_over else "Không")
    assert dated > 0


def test_target_sheet_numbers_and_periods(exported, demo_db):
    with open_database(demo_db, daily_backup=False) as db:
        data = load_province_data(db, today=TODAY)
    ws = openpyxl.load_workbook(exported)[SHEET_TARGETS]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["STT", "Chỉ tiêu", "Giá trị kế hoạch", "Đơn vị tính",
                          "Chỉ tiêu của tỉnh", "Giá trị cơ sở"]
    assert header[-1] == "Tỷ lệ đạt (%)"
    periods = data.periods
    assert periods and header[6:-1] == [f"Thực hiện {p}" for p in
                                        ("quý I năm 2026", "quý II năm 2026",
                                         "quý III năm 2026")][:len(periods)]
    for row, t in zip(ws.iter_rows(min_row=2), data.targets):
        values = [c.value for c in row]
        assert values[1] == t.text and values[2] == t.value
        for cell in row[2:3] + row[4:]:
            assert cell.value is None or isinstance(cell.value, (int, float))
        assert values[6:-1] == [t.actuals.get(p) for p in periods]
        assert values[-1] == t.reached_percent
    assert ws.max_row == len(data.targets) + 1


def test_summary_counts_equal_the_database(exported, demo_db):
    ws = openpyxl.load_workbook(exported)[SHEET_SUMMARY]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    for row in rows:
        assert all(isinstance(v, (int, float)) for v in row[2:]), row
    with open_database(demo_db, daily_backup=False) as db, db.transaction() as s:
        plan_id = s.scalar(select(Plan.id).order_by(Plan.year.desc()))
        by_status = dict(s.execute(select(Task.status, func.count())
                                   .where(Task.plan_id == plan_id).group_by(Task.status)).all())
        by_group = dict(s.execute(select(Task.group_name, func.count())
                                  .where(Task.plan_id == plan_id)
                                  .group_by(Task.group_name)).all())
        total = s.scalar(select(func.count()).select_from(Task).where(Task.plan_id == plan_id))
    assert rows[0][:3] == ["Tổng số", "Tất cả nhiệm vụ", total]
    status_rows = {r[1]: r[2] for r in rows if r[0] == "Trạng thái"}
    assert len(status_rows) == len(TaskStatus)
    for status in TaskStatus:
        label = status.label[:1].upper() + status.label[1:]
        assert status_rows[label] == by_status.get(status.value, 0)
    pillar_rows = {r[1]: r[2] for r in rows if r[0] == "Trụ cột/nhóm"}
    assert pillar_rows == {(g or "Khác"): n for g, n in by_group.items()}
    unit_rows = [r for r in rows if r[0] == "Đơn vị chủ trì"]
    assert sum(r[2] for r in unit_rows) == total
    done = sum(v for k, v in by_status.items() if k in ("done", "done_late"))
    assert rows[0][3] == done
    tasks = openpyxl.load_workbook(exported)[SHEET_TASKS]
    leads = Counter(r[3].value or "Chưa giao đơn vị" for r in tasks.iter_rows(min_row=2))
    assert {r[1]: r[2] for r in unit_rows} == dict(leads)


def test_plan_choice_and_cli(demo_db, vn_dir, cli):
    out = vn_dir / "tỉnh.xlsx"
    result = cli("export", "xlsx", "--db", demo_db, "--plan", "2026", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Đã ghi" in result.stdout and out.exists()
    assert openpyxl.load_workbook(out).sheetnames == ["Nhiệm vụ", "Chỉ tiêu", "Tổng hợp"]
    wrong = cli("export", "xlsx", "--db", demo_db, "-o", vn_dir / "x.docx")
    assert wrong.returncode == 1 and ".xlsx" in wrong.stderr
    no_plan = cli("export", "xlsx", "--db", demo_db, "--plan", "1999", "-o", vn_dir / "y.xlsx")
    assert no_plan.returncode == 1 and "1999" in no_plan.stderr
    assert not (vn_dir / "y.xlsx").exists()


# ----------------------------------------------------------------------------- safety


def test_formula_like_text_stays_text_with_quote_prefix(vn_dir):
    tasks = [task(i, text, output=text, group=text) for i, text in enumerate(DANGEROUS, 1)]
    tasks.append(task(len(tasks) + 1, "Bình thường", deadline=None,
                      deadline_text="=NOW()"))
    targets = [TargetLine(1, "=A1*2", 10.0, "-%", None, None, {"2026-Q1": 5.0})]
    path = write_province_workbook(data_of(tasks, targets), vn_dir / "an toàn.xlsx")

    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    for row, text in zip(ws.iter_rows(min_row=2), DANGEROUS):
        for cell in (row[1], row[2], row[8]):
            assert cell.data_type == "s" and cell.value == text
            assert cell.quotePrefix == (text[0] in "=+-@\t"), cell.coordinate  # not "#N/A"
    last = ws[len(tasks) + 1]
    assert last[5].value == "=NOW()" and last[5].data_type == "s" and last[5].quotePrefix
    assert not last[1].quotePrefix  # ordinary text keeps the ordinary style
    target = wb[SHEET_TARGETS][2]
    assert target[1].value == "=A1*2" and target[1].quotePrefix
    assert target[3].value == "-%" and target[3].quotePrefix
    for sheet in wb:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                assert cell.hyperlink is None

    # The raw XML: inline strings, no <f>, no hyperlinks; quotePrefix on the cells' <xf>.
    xfs = cell_xfs(path)
    for index in (1, 2, 3):
        xml = sheet_xml(path, index)
        assert not re.search(r"<f[\s>/]", xml) and "<hyperlinks" not in xml
    xml = sheet_xml(path, 1)
    for ref in ("B2", "B3", "B4", "B5", "B6", "C2", "I6"):
        match = re.search(rf'<c r="{ref}" s="(\d+)" t="inlineStr">', xml)
        assert match, ref
        assert 'quotePrefix="1"' in xfs[int(match.group(1))], ref
    plain = re.search(r'<c r="B9" s="(\d+)" t="inlineStr">', xml)
    assert 'quotePrefix="1"' not in xfs[int(plain.group(1))]


def test_control_characters_removed(vn_dir):
    dirty = "Nhiệm\x00 vụ\x07 có\x1b ký tự\x7f điều khiển\x85\x9f\ufffe"
    path = write_province_workbook(
        data_of([task(1, dirty, output="Sản\x0bphẩm\x0c", lead_unit_name="Phòng\x01 A")]),
        vn_dir / "sạch.xlsx")
    row = openpyxl.load_workbook(path)[SHEET_TASKS][2]
    assert row[1].value == "Nhiệm vụ có ký tự điều khiển"
    assert row[8].value == "Sảnphẩm" and row[3].value == "Phòng A"


def test_multiline_text_and_xml_specials_round_trip(vn_dir):
    text = "Dòng 1 <b>&amp;</b>\nDòng 2\r\n  thụt lề  "
    path = write_province_workbook(data_of([task(1, text)]), vn_dir / "nhiều dòng.xlsx")
    ws = openpyxl.load_workbook(path)[SHEET_TASKS]
    assert ws["B2"].value == text
    assert ws.row_dimensions[2].height and ws.row_dimensions[2].height > 30


def test_too_long_text_is_refused_and_nothing_is_left(vn_dir):
    existing = vn_dir / "cũ.xlsx"
    write_province_workbook(data_of([task(1, "Cũ")]), existing)
    before = existing.read_bytes()
    long_text = "Nội dung rất dài " + "x" * 40_000
    tasks = [task(1, "Bình thường"), task(2, "Nhiệm vụ thứ hai", output=long_text)]
    for target in (vn_dir / "mới.xlsx", existing):
        with pytest.raises(CellTextTooLong) as info:
            write_province_workbook(data_of(tasks), target)
        message = str(info.value)
        assert "Nhiệm vụ số 2" in message and "Nhiệm vụ thứ hai" in message
        assert "32.767" in message and "rút gọn" in message
    assert not (vn_dir / "mới.xlsx").exists()
    assert existing.read_bytes() == before  # the old file is untouched
    assert sorted(p.name for p in vn_dir.iterdir()) == ["cũ.xlsx"]  # no temporary files


def test_cell_limit_counts_like_excel():
    from openpyxl import Workbook

    ws = Workbook().active
    exactly = "a" * EXCEL_CELL_LIMIT
    assert set_text(ws["A1"], exactly, "ô A1").value == exactly
    with pytest.raises(CellTextTooLong):
        set_text(ws["A2"], "😀" * (EXCEL_CELL_LIMIT // 2 + 1), "ô A2")  # 2 units each
    cell = set_text(ws["A3"], "=1+1", "ô A3")
    assert cell.data_type == "s" and cell.quotePrefix and cell.value == "=1+1"


def test_empty_plan(vn_dir):
    path = write_province_workbook(data_of([]), vn_dir / "trống.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb[SHEET_TASKS].max_row == 1 and wb[SHEET_TARGETS].max_row == 1
    assert wb[SHEET_SUMMARY]["C2"].value == 0


@pytest.mark.slow
def test_libreoffice_opens_it(exported, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(exported)],
        capture_output=True, text=True, timeout=240)
    pdf = tmp_path / (exported.stem + ".pdf")
    assert pdf.exists(), result.stdout + result.stderr
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert len(reader.pages) >= 3
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert "Nhiệm vụ" in text and "Tổng hợp" in text
