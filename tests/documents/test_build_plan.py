"""Kế hoạch from a real demo database: read the .docx back and check content and ND30 rules."""

from __future__ import annotations

import datetime as dt
import unicodedata

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import select

from dxdesk.documents.build_plan import build_plan
from dxdesk.documents.docx_writer import write_docx
from dxdesk.documents.sources import (DistrictData, PlanData, PlanRef, SectionData, SignerData,
                                      TargetData, TaskData)
from dxdesk.model import Plan, PlanSection, Task, Unit
from dxdesk.services.documents import document_for, export_docx, record_issue
from dxdesk.store import open_database

TODAY = dt.date.today()


def texts(path) -> list[str]:
    """Every paragraph of the .docx (body and table cells) in document order."""
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def recipients_block(lines: list[str]) -> list[str]:
    start = lines.index("Nơi nhận:") + 1
    out = []
    for line in lines[start:]:
        if not line.startswith("- "):
            break
        out.append(line)
    return out


def appendix_rows(path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[-1]
    return [[c.text for c in row.cells] for row in table.rows]


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def plan_id(db) -> int:
    with db.transaction() as s:
        return s.scalar(select(Plan.id).order_by(Plan.year.desc()))


def test_draft_plan_layout_and_outline(db, plan_id, vn_dir):
    path = export_docx(db, vn_dir / "kế hoạch.docx", kind="plan", plan_id=plan_id)
    lines = texts(path)
    with db.transaction() as s:
        plan = s.get(Plan, plan_id)
        year, title = plan.year, plan.title
        sections = s.execute(select(PlanSection.label, PlanSection.title, PlanSection.parent_id)
                             .where(PlanSection.plan_id == plan_id)
                             .order_by(PlanSection.position)).all()
    # header: a draft leaves the number, day and month blank
    assert "Số:      /KH-UBND" in lines
    assert f"Sơn Hà Mẫu, ngày      tháng      năm {year}" in lines
    assert lines.index("KẾ HOẠCH") + 1 == lines.index(title)
    # căn cứ (italic) then the opening sentence
    basis = next(i for i, t in enumerate(lines) if t.startswith("Căn cứ "))
    assert lines[basis].endswith(".")
    assert lines[basis + 1] == (f"Ủy ban nhân dân huyện Sơn Hà Mẫu ban hành Kế hoạch chuyển đổi "
                                f"số huyện Sơn Hà Mẫu năm {year}, cụ thể như sau:")
    d = docx.Document(str(path))
    basis_para = next(p for p in d.paragraphs if p.text.startswith("Căn cứ "))
    assert all(r.italic for r in basis_para.runs)
    # the outline's headings in order: I. CĂN CỨ ..., 1. Nhận thức số, ...
    expected = [f"{label}. {title.upper() if parent is None else title}"
                for label, title, parent in sections]
    positions = [lines.index(h) for h in expected]
    assert positions == sorted(positions)
    # targets under MỤC TIÊU, tasks as "-" lines under their pillar, reference to the appendix
    objectives, tasks_heading = lines.index("II. MỤC TIÊU"), lines.index("III. NHIỆM VỤ")
    assert any(t.startswith("- 100% thủ tục hành chính") for t in lines[objectives:tasks_heading])
    assert "Phụ lục kèm theo Kế hoạch này" in lines[tasks_heading + 1]
    with db.transaction() as s:
        first_task = s.scalar(select(Task.text).where(Task.plan_id == plan_id)
                              .order_by(Task.position))
    pillar = lines.index("1. Nhận thức số")
    assert lines[pillar + 1] == f"- {first_task};"
    # ./. at the end of the text, Nơi nhận ending with the archive line, signer
    assert any(t.endswith("./.") for t in lines)
    received = recipients_block(lines)
    assert received[-1] == "- Lưu: VT, VHTT."
    assert sum(t.startswith("- Lưu") for t in received) == 1
    assert all(t.endswith(";") for t in received[:-1])
    assert "Lê Văn Bình" in lines and "KT. CHỦ TỊCH" in lines
    # appendix: label, title, draft reference
    assert "Phụ lục" in lines
    assert f"DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ HUYỆN SƠN HÀ MẪU NĂM {year}" in lines
    assert (f"(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm {year} của Ủy ban "
            f"nhân dân huyện Sơn Hà Mẫu)") in lines
    for t in lines:
        assert unicodedata.is_normalized("NFC", t), t


def test_every_task_in_the_appendix(db, plan_id, vn_dir):
    path = export_docx(db, vn_dir / "kh.docx", kind="plan", plan_id=plan_id)
    rows = appendix_rows(path)
    assert rows[0] == ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                       "Thời gian hoàn thành", "Sản phẩm"]
    task_rows = [r for r in rows[1:] if r[0].isdigit()]
    group_rows = [r for r in rows[1:] if not r[0].isdigit()]
    with db.transaction() as s:
        tasks = s.execute(select(Task.text, Unit.name, Task.deadline, Task.group_name)
                          .outerjoin(Unit, Unit.id == Task.lead_unit_id)
                          .where(Task.plan_id == plan_id).order_by(Task.position)).all()
    assert len(task_rows) == len(tasks)
    assert [r[0] for r in task_rows] == [str(n) for n in range(1, len(tasks) + 1)]
    by_text = {}
    for r in task_rows:
        by_text.setdefault(r[1], []).append(r)
    for text, unit, deadline, _ in tasks:
        row = by_text[text].pop(0)
        assert row[2] == unit
        assert row[4] == f"{deadline:%d/%m/%Y}"
    # one group row per pillar, labelled I, II, ... in the plan's order
    pillars = list(dict.fromkeys(t.group_name for t in tasks))
    assert [r[1] for r in group_rows] == pillars
    assert [r[0] for r in group_rows][:3] == ["I", "II", "III"]


def test_issued_plan_has_number_and_padded_date(db, plan_id, vn_dir):
    with db.transaction() as s:
        year = s.get(Plan, plan_id).year
    record_issue(db, plan_id, 5, dt.date(year, 2, 5))
    lines = texts(export_docx(db, vn_dir / "kh-05.docx", kind="plan", plan_id=plan_id))
    assert "Số: 05/KH-UBND" in lines
    assert f"Sơn Hà Mẫu, ngày 05 tháng 02 năm {year}" in lines
    assert (f"(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm {year} của Ủy ban nhân dân "
            f"huyện Sơn Hà Mẫu)") in lines
    record_issue(db, plan_id, "12/KH-UBND", dt.date(year, 3, 9))
    doc = document_for(db, "plan", plan_id=plan_id)
    assert doc.header.number_line == "Số: 12/KH-UBND"
    assert doc.header.date_line == f"Sơn Hà Mẫu, ngày 09 tháng 3 năm {year}"


# --- the builder on hand-made data --------------------------------------------------------

DISTRICT = DistrictData(name="huyện Ba Tơ", place_name="Ba Tơ",
                        issuer_lines=("ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"), province="tỉnh Quảng Ngãi")


def small_plan(**changes) -> PlanData:
    data = PlanData(
        district=DISTRICT,
        plan=PlanRef(1, 2023, "Chuyển đổi số huyện Ba Tơ năm 2023"),
        bases=["Kế hoạch số 189/KH-UBND ngày 09/12/2022 của UBND tỉnh Quảng Ngãi",
               "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị;"],
        sections=[SectionData(1, "I", "CĂN CỨ LẬP KẾ HOẠCH", "bases"),
                  SectionData(2, "II", "MỤC TIÊU", "objectives", "Mục tiêu chung."),
                  SectionData(3, "III", "NHIỆM VỤ", "tasks"),
                  SectionData(4, "1", "Nhận thức số", "group", parent_id=3),
                  SectionData(5, "a", "Tuyên truyền", "other", "- Một việc\n+ Chi tiết",
                              parent_id=4)],
        targets=[TargetData(1, "100% TTHC trực tuyến;", 100, "%", section_id=2)],
        tasks=[TaskData(1, "Tuyên truyền chuyển đổi số;", "Nhận thức số", 4,
                        "Phòng Văn hóa và Thông tin", ("Phòng Nội vụ", "UBND các xã"),
                        dt.date(2023, 3, 31), output="Tin, bài"),
               TaskData(2, "Nhiệm vụ không có đề mục", "Hạ tầng số", None, "Phòng Nội vụ",
                        deadline_text="Thường xuyên")],
        recipients=["Sở Thông tin và Truyền thông;", "- Lưu: VT, VHTT.", "Sở Thông tin và Truyền thông"],
        signer=SignerData(("TM. ỦY BAN NHÂN DÂN", "Chủ tịch"), "Đinh Văn A"),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_builder_on_hand_made_data(tmp_path):
    doc = build_plan(small_plan())
    assert doc.bases == ("Căn cứ Kế hoạch số 189/KH-UBND ngày 09/12/2022 của UBND tỉnh Quảng Ngãi",)
    text = list(doc.iter_text())
    # the other bases listed under I, the targets under II, heading levels from the tree
    assert text.index("I. CĂN CỨ LẬP KẾ HOẠCH") < text.index(
        "- Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.") < text.index("II. MỤC TIÊU")
    assert "- 100% TTHC trực tuyến." in text
    assert "a) Tuyên truyền" in text and "+ Chi tiết" in text
    # a task outside the outline's pillars gets its own heading under NHIỆM VỤ
    assert text.index("2. Hạ tầng số") < text.index("- Nhiệm vụ không có đề mục.")
    assert doc.recipients == ("Sở Thông tin và Truyền thông", "Lưu: VT, VHTT")
    assert doc.signer.authority_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    table = doc.appendices[0].tables[0]
    cells = [r.cells for r in table.rows if hasattr(r, "cells")]
    assert cells[0] == ("1", "Tuyên truyền chuyển đổi số", "Phòng Văn hóa và Thông tin",
                        "Phòng Nội vụ; UBND các xã", "31/03/2023", "Tin, bài")
    assert cells[1][4] == "Thường xuyên"
    write_docx(doc, tmp_path / "small.docx")
    assert "- Lưu: VT, VHTT." in texts(tmp_path / "small.docx")


def test_builder_without_outline_keeps_everything():
    doc = build_plan(small_plan(sections=[], bases=["Căn cứ Luật A"]))
    text = list(doc.iter_text())
    assert doc.bases == ("Căn cứ Luật A",)
    assert "- 100% TTHC trực tuyến." in text
    assert any(t.startswith("- Tuyên truyền chuyển đổi số") for t in text)
    assert "Phụ lục kèm theo Kế hoạch này" in " ".join(text)
