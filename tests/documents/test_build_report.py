"""Báo cáo kết quả thực hiện from a real demo database, read back from the .docx."""

from __future__ import annotations

import datetime as dt
import unicodedata

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import func, select

from dxdesk.documents.build_common import qty
from dxdesk.documents.build_report import PLACEHOLDER_PREFIX, build_report
from dxdesk.documents.sources import DistrictData, PlanRef, ReportData, TargetData, TaskData
from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import Plan, ProgressEntry, Task, Unit
from dxdesk.services.documents import document_for, export_docx
from dxdesk.store import open_database

TODAY = dt.date.today()
OUTLINE = ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
           "IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ"]


def texts(path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def plan(db):
    with db.transaction() as s:
        p = s.scalars(select(Plan).order_by(Plan.year.desc())).first()
        return p.id, p.year


def reported_period(db, plan_id) -> str | None:
    """A quarter of the demo that has progress entries (none early in the year)."""
    with db.transaction() as s:
        return s.scalar(select(ProgressEntry.period).join(Task).where(Task.plan_id == plan_id)
                        .order_by(ProgressEntry.period.desc()))


def test_report_for_the_year_so_far(db, plan, vn_dir):
    plan_id, year = plan
    path = export_docx(db, vn_dir / "báo cáo.docx", kind="report", plan_id=plan_id, today=TODAY)
    lines = texts(path)
    assert "Số:      /BC-UBND" in lines
    assert f"Sơn Hà Mẫu, ngày      tháng      năm {TODAY.year}" in lines
    assert lines.index("BÁO CÁO") + 1 == lines.index(
        f"Kết quả thực hiện Kế hoạch chuyển đổi số năm {year}")
    assert "Kính gửi: Sở Khoa học và Công nghệ tỉnh." in lines
    intro = next(t for t in lines if t.startswith("Thực hiện Kế hoạch"))
    assert f"tính đến ngày {min(TODAY, dt.date(year, 12, 31)):%d/%m/%Y}" in intro
    positions = [lines.index(h) for h in OUTLINE]
    assert positions == sorted(positions)
    # IV and V carry a placeholder sentence for the officer
    for k in (3, 4):
        assert lines[positions[k] + 1].startswith(PLACEHOLDER_PREFIX)
    closing = next(t for t in lines if t.startswith("Trên đây là báo cáo"))
    assert closing.endswith("./.")
    # counts by status equal the database's
    with db.transaction() as s:
        counts = dict(s.execute(select(Task.status, func.count()).where(Task.plan_id == plan_id)
                                .group_by(Task.status)).all())
    total = sum(counts.values())
    assert f"Kế hoạch có {qty(total)} nhiệm vụ." in " ".join(lines)
    for status in TaskStatus:
        label = status.label[:1].upper() + status.label[1:]
        found = [t for t in lines if t.startswith(f"- {label}: ")]
        if counts.get(status.value):
            assert len(found) == 1, status
            assert found[0].startswith(f"- {label}: {qty(counts[status.value])} nhiệm vụ (")
        else:
            assert not found, status
    # Nơi nhận: "Như trên" first, archive last; the Sở is in Kính gửi, not repeated
    start = lines.index("Nơi nhận:") + 1
    received = []
    for t in lines[start:]:
        if not t.startswith("- "):
            break
        received.append(t)
    assert received[0] == "- Như trên;" and received[-1] == "- Lưu: VT, VHTT."
    assert not any("Sở Khoa học" in t for t in received)
    assert all(unicodedata.is_normalized("NFC", t) for t in lines)


def test_report_appendix_lists_targets_and_every_task(db, plan, vn_dir):
    plan_id, _ = plan
    path = export_docx(db, vn_dir / "bc.docx", kind="report", plan_id=plan_id, today=TODAY)
    rows = [[c.text for c in r.cells] for r in docx.Document(str(path)).tables[-1].rows]
    assert rows[0] == ["STT", "Nhiệm vụ / chỉ tiêu", "Kế hoạch", "Kết quả", "Tỷ lệ %",
                       "Đơn vị chủ trì", "Tình trạng", "Ghi chú"]
    b = next(i for i, r in enumerate(rows) if r[0] == "B")
    with db.transaction() as s:
        tasks = s.execute(select(Task.text, Task.status, Unit.name)
                          .outerjoin(Unit, Unit.id == Task.lead_unit_id)
                          .where(Task.plan_id == plan_id).order_by(Task.position)).all()
        targets = s.get(Plan, plan_id).targets
        n_targets = len(targets)
    assert sum(1 for r in rows[1:b] if r[0].isdigit()) == n_targets
    task_rows = [r for r in rows[b + 1:] if r[0].isdigit()]
    assert len(task_rows) == len(tasks)
    remaining = {}
    for r in task_rows:
        remaining.setdefault(r[1], []).append(r)
    for text, status, unit in tasks:
        row = remaining[text].pop(0)
        assert row[5] == unit
        label = TaskStatus(status).label
        assert row[6] == label[:1].upper() + label[1:]


def test_quarter_report_uses_that_quarters_entries(db, plan, vn_dir):
    plan_id, _ = plan
    code = reported_period(db, plan_id)
    if code is None:
        pytest.skip("the demo has no past quarter yet (early in the year)")
    doc = document_for(db, "report", plan_id=plan_id, period=code, today=TODAY)
    label = Period.parse(code).label
    assert doc.summary == (f"Kết quả thực hiện Kế hoạch chuyển đổi số {label}",)
    text = "\n".join(doc.iter_text())
    with db.transaction() as s:
        note = s.scalar(select(ProgressEntry.note).join(Task)
                        .where(Task.plan_id == plan_id, ProgressEntry.period == code))
    assert note in text


def test_report_refuses_a_period_not_begun_or_of_another_year(db, plan):
    plan_id, year = plan
    with pytest.raises(InvalidInput, match="không thuộc kế hoạch"):
        document_for(db, "report", plan_id=plan_id, period=f"{year - 1}-Q1")
    with pytest.raises(InvalidInput, match="chưa bắt đầu"):
        document_for(db, "report", plan_id=plan_id, period=f"{year}-Q4",
                     today=dt.date(year, 2, 1))


def test_builder_on_hand_made_data():
    district = DistrictData("huyện Ba Tơ", "Ba Tơ", ("ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"),
                            "tỉnh Quảng Ngãi")
    as_of = dt.date(2023, 10, 10)
    data = ReportData(
        district, PlanRef(1, 2023, "Chuyển đổi số huyện Ba Tơ năm 2023", 5, dt.date(2023, 2, 5)),
        Period.parse("2023-Q3"), as_of,
        targets=[TargetData(1, "Tỷ lệ hồ sơ trực tuyến", 40, "%", actual=50),
                 TargetData(2, "Hộ có cáp quang", 60, "%")],
        tasks=[TaskData(1, "Việc A", "Nhận thức số", lead_unit="Phòng Nội vụ",
                        status=TaskStatus.DONE, progress=100, entry_note="Đã xong",
                        entry_evidence="Báo cáo số 12/BC-UBND"),
               TaskData(2, "Việc B", "Hạ tầng số", lead_unit="Phòng Văn hóa và Thông tin",
                        deadline=dt.date(2023, 9, 30), status=TaskStatus.IN_PROGRESS)],
        recipients=["Sở Thông tin và Truyền thông tỉnh Quảng Ngãi", "CT, PCT UBND huyện"],
        addressee="Sở Thông tin và Truyền thông tỉnh Quảng Ngãi")
    doc = build_report(data)
    text = list(doc.iter_text())
    assert doc.header.number_line == "Số:      /BC-UBND"
    assert doc.addressees == ("Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",)
    assert doc.recipients == ("Như trên", "CT, PCT UBND huyện", "Lưu: VT, VHTT")
    assert text[text.index("Thực hiện Kế hoạch số 05/KH-UBND ngày 05/02/2023 của Ủy ban nhân "
                           "dân huyện Ba Tơ về Chuyển đổi số huyện Ba Tơ năm 2023, Ủy ban nhân "
                           "dân huyện Ba Tơ báo cáo kết quả thực hiện quý III năm 2023 như sau:")]
    assert "- Hoàn thành: 01 nhiệm vụ (50%);" in text
    assert "- Đang thực hiện: 01 nhiệm vụ (50%)." in text
    assert ("- Tỷ lệ hồ sơ trực tuyến: kế hoạch 40%, thực hiện 50% (125% kế hoạch);") in text
    assert "- Hộ có cáp quang: kế hoạch 60%, chưa có số liệu." in text
    assert "- Việc A: Đã xong (Báo cáo số 12/BC-UBND)." in text
    # Việc B is late on 10/10/2023 although marked "đang thực hiện"
    assert any(t.startswith("- Việc B (đơn vị chủ trì: Phòng Văn hóa và Thông tin; thời hạn: "
                            "30/09/2023)") for t in text)
    rows = [r.cells for r in doc.appendices[0].tables[0].rows if hasattr(r, "cells")]
    assert rows[0] == ("1", "Tỷ lệ hồ sơ trực tuyến", "40%", "50%", "125", "", "Đạt", "")
    assert rows[3][6:] == ("Đang thực hiện", "Quá hạn")
