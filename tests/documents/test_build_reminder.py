"""Công văn đôn đốc from a real demo database, read back from the .docx."""

from __future__ import annotations

import datetime as dt
import unicodedata

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import select

from dxdesk.documents.build_reminder import INLINE_LIMIT, NothingToRemind, build_reminder
from dxdesk.documents.sources import DistrictData, PlanRef, ReminderData, TaskData
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import UserFacingError
from dxdesk.model import Plan, Task, Unit
from dxdesk.services.documents import DUE_SOON_DAYS, export_docx, reply_by_date
from dxdesk.store import open_database

TODAY = dt.date.today()
FINISHED = {s.value for s in TaskStatus if s.is_finished}


def texts(path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


def expected_tasks(db, today: dt.date):
    """Late or due within DUE_SOON_DAYS, straight from the database."""
    with db.transaction() as s:
        plan = s.scalars(select(Plan).order_by(Plan.year.desc())).first()
        rows = s.execute(select(Task.text, Task.deadline, Task.status, Unit.name)
                         .join(Unit, Unit.id == Task.lead_unit_id)
                         .where(Task.plan_id == plan.id)).all()
        year = plan.year
    soon_end = today + dt.timedelta(days=DUE_SOON_DAYS)
    out = []
    for text, deadline, status, unit in rows:
        late = status == "overdue" or (deadline is not None and deadline < today
                                       and status not in FINISHED)
        soon = (deadline is not None and status not in FINISHED and status != "overdue"
                and today <= deadline <= soon_end)
        if late or soon:
            out.append((text, deadline, unit))
    return year, out


def test_reminder_lists_exactly_the_late_and_due_soon_units(db, vn_dir):
    year, tasks = expected_tasks(db, TODAY)
    if not tasks:
        pytest.skip("nothing late or due soon in today's demo")
    path = export_docx(db, vn_dir / "công văn.docx", kind="reminder", today=TODAY)
    lines = texts(path)
    assert "Số:      /UBND-VHTT" in lines
    number = lines.index("Số:      /UBND-VHTT")
    assert lines[number + 1] == f"V/v đôn đốc thực hiện nhiệm vụ chuyển đổi số năm {year}"
    assert f"Sơn Hà Mẫu, ngày      tháng      năm {TODAY.year}" in lines
    assert "KẾ HOẠCH" not in lines and "BÁO CÁO" not in lines
    # Kính gửi: one unit per line, "-" ... ";" and the last "."
    start = lines.index("Kính gửi:") + 1
    addressed = []
    for t in lines[start:]:
        if not t.startswith("- "):
            break
        addressed.append(t)
    units = {u for _, _, u in tasks}
    if len(units) > 1:
        assert {t[2:].rstrip(";.") for t in addressed} == units
        assert addressed[-1].endswith(".") and all(t.endswith(";") for t in addressed[:-1])
    else:
        assert f"Kính gửi: {units.pop()}." in lines
    # each task with its deadline under its unit: in the letter, or in its Phụ lục when many
    body = "\n".join(lines)
    if len(tasks) <= INLINE_LIMIT:
        for text, deadline, unit in tasks:
            assert f"- {text} (thời hạn: {deadline:%d/%m/%Y}, " in body
    else:
        assert "Danh sách nhiệm vụ cụ thể tại Phụ lục kèm theo Công văn này." in lines
        assert (f"(Kèm theo Công văn số      /UBND-VHTT ngày      tháng      năm {TODAY.year} "
                f"của Ủy ban nhân dân huyện Sơn Hà Mẫu)") in lines
        rows = [[c.text for c in r.cells] for r in docx.Document(str(path)).tables[-1].rows]
        assert rows[0] == ["STT", "Nhiệm vụ", "Thời hạn", "Tình trạng"]
        listed, unit = [], None
        for r in rows[1:]:
            if r[0].isdigit():
                listed.append((r[1], r[2], unit))
            else:
                unit = r[1]
        assert sorted(listed) == sorted((t, f"{d:%d/%m/%Y}", u) for t, d, u in tasks)
    assert f"trước ngày {reply_by_date(TODAY):%d/%m/%Y}" in body
    assert any(t.endswith("./.") for t in lines)
    # Nơi nhận begins "Như trên", ends with the archive line once
    start = lines.index("Nơi nhận:") + 1
    received = []
    for t in lines[start:]:
        if not t.startswith("- "):
            break
        received.append(t)
    assert received[0] == "- Như trên;"
    assert received[-1] == "- Lưu: VT, VHTT."
    assert sum("Lưu" in t for t in received) == 1
    assert all(unicodedata.is_normalized("NFC", t) for t in lines)


def test_reply_by_skips_weekends_and_holidays():
    assert reply_by_date(dt.date(2025, 4, 25)) == dt.date(2025, 5, 8)  # 30/4, 1/5 off
    assert reply_by_date(dt.date(2024, 6, 7), 1) == dt.date(2024, 6, 10)


DISTRICT = DistrictData("huyện Ba Tơ", "Ba Tơ", ("ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"))


def reminder_data(tasks, today=dt.date(2023, 9, 5)) -> ReminderData:
    return ReminderData(DISTRICT, PlanRef(1, 2023, "Chuyển đổi số huyện Ba Tơ năm 2023", 5,
                                          dt.date(2023, 2, 5)),
                        today, dt.date(2023, 9, 15), list(tasks), 30,
                        recipients=["CT, PCT UBND huyện", "Như trên", "Lưu: VT, VHTT"])


def test_builder_picks_late_and_due_soon_only():
    tasks = [
        TaskData(1, "Việc quá hạn", lead_unit="Phòng Nội vụ", deadline=dt.date(2023, 8, 1)),
        TaskData(2, "Việc sắp đến hạn", lead_unit="UBND xã Ba Động", deadline=dt.date(2023, 9, 20),
                 status=TaskStatus.IN_PROGRESS),
        TaskData(3, "Việc còn xa", lead_unit="Phòng Tư pháp", deadline=dt.date(2023, 12, 1)),
        TaskData(4, "Việc đã xong", lead_unit="Phòng Y tế", deadline=dt.date(2023, 8, 1),
                 status=TaskStatus.DONE),
        TaskData(5, "Việc đánh dấu quá hạn", lead_unit="Phòng Nội vụ",
                 deadline_text="Quý II/2023", status=TaskStatus.OVERDUE),
    ]
    doc = build_reminder(reminder_data(tasks))
    assert doc.addressees == ("Phòng Nội vụ", "UBND xã Ba Động")
    assert doc.summary == ("đôn đốc thực hiện nhiệm vụ chuyển đổi số năm 2023",)
    assert doc.header.number_line == "Số:      /UBND-VHTT"
    assert doc.recipients == ("Như trên", "CT, PCT UBND huyện", "Lưu: VT, VHTT")
    text = list(doc.iter_text())
    assert text[text.index("1. Phòng Nội vụ") + 1] == \
        "- Việc quá hạn (thời hạn: 01/08/2023, đã quá hạn 35 ngày);"
    assert "- Việc đánh dấu quá hạn (thời hạn: Quý II/2023, đã quá hạn)." in text
    assert "- Việc sắp đến hạn (thời hạn: 20/09/2023, còn 15 ngày)." in text
    assert not any("Việc còn xa" in t or "Việc đã xong" in t for t in text)
    assert any("Kế hoạch số 05/KH-UBND ngày 05/02/2023" in t for t in text)
    assert any("trước ngày 15/09/2023" in t for t in text)


def test_many_tasks_go_to_an_appendix():
    tasks = [TaskData(k, f"Việc số {k}", lead_unit=("Phòng Nội vụ", "Phòng Y tế")[k % 2],
                      deadline=dt.date(2023, 8, 1) + dt.timedelta(days=k))
             for k in range(INLINE_LIMIT + 1)]
    doc = build_reminder(reminder_data(tasks))
    text = list(doc.iter_text())
    assert doc.addressees == ("Phòng Nội vụ", "Phòng Y tế")
    assert "- Phòng Nội vụ: 08 nhiệm vụ quá hạn;" in text
    assert "- Phòng Y tế: 08 nhiệm vụ quá hạn." in text
    (appendix,) = doc.appendices
    assert not appendix.landscape
    rows = appendix.tables[0].rows
    assert [r.text for r in rows if not hasattr(r, "cells")] == ["Phòng Nội vụ", "Phòng Y tế"]
    assert rows[1].cells == ("1", "Việc số 0", "01/08/2023", "Quá hạn 35 ngày")
    assert any("tại Phụ lục kèm theo; báo cáo" in t for t in text)


def test_nothing_to_remind_is_a_refusal():
    tasks = [TaskData(1, "Việc còn xa", lead_unit="Phòng Tư pháp", deadline=dt.date(2023, 12, 1))]
    with pytest.raises(NothingToRemind) as info:
        build_reminder(reminder_data(tasks))
    assert isinstance(info.value, UserFacingError)
    assert "Không có nhiệm vụ nào quá hạn" in str(info.value)
