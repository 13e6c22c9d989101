"""Year rollover: comparing two province templates, last year's unfinished tasks, and the
request for year N+1 pre-assigned from last year's plan."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from sqlalchemy import select

from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import DistrictProfile, Plan, Task, TemplateTask, Unit
from dxdesk.services.plans import create_plan, inherit_everything
from dxdesk.services.plan_sources import list_templates, list_units, template_outline
from dxdesk.services.rollover import (Change, compare_templates, similarity, start_next_year,
                                      unfinished_tasks)
from dxdesk.services.templates import store_template
from dxdesk.store import create_database, open_database
from dxdesk.store.backup import list_backups
from dxdesk.text.numbers import format_number
from sample_template import TEMPLATE

REWORDED = "Tuyên truyền sâu rộng về chuyển đổi số"
ADDED = "Triển khai nền tảng họp trực tuyến đến 100% xã"


def next_year_template() -> dict:
    """The province's plan of the next year: one task reworded, one kept, one dropped,
    one added, one moved to another group; the target raised from 80 to 90 %."""
    data = copy.deepcopy(TEMPLATE)
    data["title"] = "Chuyển đổi số tỉnh Quảng Mẫu năm 2027"
    data["number"], data["date"] = "198/KH-UBND", "2026-12-10"
    data["outline"][1]["children"].append(
        {"label": "3", "title": "Chính quyền số", "kind": "group", "text": "", "children": []})
    tasks = data["tasks"]
    tasks[0] = {**tasks[0], "text": REWORDED, "deadline": None}
    dropped = tasks.pop(2)
    assert dropped["text"] == "Nâng cấp mạng nội bộ"
    tasks.append({"text": ADDED, "group": "Chính quyền số", "path": ["II", "3"],
                  "lead": None, "co": [], "deadline": None})
    tasks.append({"text": "Số hóa hồ sơ một cửa", "group": "Chính quyền số",
                  "path": ["II", "3"], "lead": None, "co": [], "deadline": None})
    data["targets"] = [{**data["targets"][0], "text": "90% hồ sơ xử lý trực tuyến",
                        "value": 90, "horizon": 2027},
                       {"text": "100% xã có điểm hỗ trợ dịch vụ công", "value": 100,
                        "unit": "%", "horizon": 2027, "path": ["I"]}]
    return data


def this_year_template() -> dict:
    data = copy.deepcopy(TEMPLATE)
    data["tasks"].append({"text": "Số hóa hồ sơ một cửa", "group": "Hạ tầng số",
                          "path": ["II", "2"], "lead": None, "co": [], "deadline": None})
    return data


@pytest.fixture
def db(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    with open_database(path) as database:
        with database.transaction() as session:
            session.add(DistrictProfile(id=1, name="huyện Sơn Hà Mẫu", province="tỉnh Quảng Mẫu",
                                        place_name="Sơn Hà Mẫu",
                                        issuer_lines="ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ MẪU"))
            session.add_all([
                Unit(name="Phòng Văn hóa và Thông tin", short_name="VHTT", position=1),
                Unit(name="Phòng Kinh tế và Hạ tầng", short_name="KTHT", position=2),
                Unit(name="UBND xã Sơn Hà", short_name="SH", position=3),
                Unit(name="UBND xã Sơn Thủy", short_name="ST", position=4),
                Unit(name="Đội Công nghệ số (đã giải thể)", short_name="CNS", position=5,
                     active=False)])
        yield database


@pytest.fixture
def templates(db) -> tuple[int, int]:
    old = store_template(db, this_year_template(), "a" * 64).template_id
    new = store_template(db, next_year_template(), "b" * 64).template_id
    return old, new


def units(db) -> dict[str, int]:
    with db.transaction() as session:
        return dict(session.execute(select(Unit.short_name, Unit.id)).all())


def test_similarity_folds_accents_case_and_end_punctuation():
    assert similarity("Tuyên truyền về chuyển đổi số;", "TUYEN TRUYEN VE CHUYEN DOI SO") == 1
    assert similarity("Tuyên truyền về chuyển đổi số;", REWORDED) >= 0.75
    assert similarity("Nâng cấp mạng nội bộ", "Nâng cấp cổng thông tin điện tử") < 0.75


def test_compare_templates_lists_added_changed_dropped_and_unchanged(db, templates):
    old, new = templates
    diff = compare_templates(db, old, new)

    tasks = {(c.change, c.text) for c in diff.tasks}
    assert tasks == {
        (Change.CHANGED, REWORDED),
        (Change.UNCHANGED, "Phủ sóng 4G đến 100% thôn"),
        (Change.DROPPED, "Nâng cấp mạng nội bộ"),
        (Change.ADDED, ADDED),
        (Change.CHANGED, "Số hóa hồ sơ một cửa"),  # same words, moved to another group
    }
    reworded = next(c for c in diff.tasks if c.text == REWORDED)
    assert reworded.old_text == "Tuyên truyền về chuyển đổi số;"
    assert reworded.details == "sửa nội dung"
    assert reworded.similarity >= 0.75
    moved = next(c for c in diff.tasks if c.text == "Số hóa hồ sơ một cửa")
    assert moved.details == "chuyển từ nhóm “Hạ tầng số” sang “Chính quyền số”"
    assert [c.change for c in diff.tasks][-1] is Change.DROPPED  # dropped ones come last

    assert [(c.change, c.old_value, c.new_value) for c in diff.targets] == [
        (Change.CHANGED, 80, 90), (Change.ADDED, None, 100)]
    assert diff.targets[0].details == "sửa nội dung; giá trị 80 → 90"
    assert [c.label for c in Change] == ["mới", "thay đổi", "bỏ", "không đổi"]
    assert len(diff.added) == 2 and len(diff.dropped) == 1 and len(diff.changed) == 3
    assert diff.counts("task") == {Change.ADDED: 1, Change.CHANGED: 2, Change.DROPPED: 1,
                                   Change.UNCHANGED: 1}
    # every matched pair maps this year's item to last year's
    outline_old = template_outline(db, old)
    assert set(diff.matches("task").values()) <= {t.id for t in outline_old.tasks}


def test_a_template_compared_with_itself_is_unchanged(db, templates):
    old, _ = templates
    diff = compare_templates(db, old, old)
    assert {c.change for c in diff.tasks + diff.targets} == {Change.UNCHANGED}
    assert diff.added == diff.changed == diff.dropped == []


def plan_with_mixed_statuses(db, template_id: int) -> tuple[int, dict[str, Task]]:
    u = units(db)
    request = inherit_everything(db, template_id, 2026)
    with db.transaction() as session:
        by_text = {t.text: t.id for t in session.scalars(
            select(TemplateTask).where(TemplateTask.template_id == template_id))}
    choices = {c.source_task_id: c for c in request.tasks}
    first = choices[by_text["Tuyên truyền về chuyển đổi số;"]]
    first.lead_unit_id, first.co_unit_ids = u["VHTT"], [u["SH"], u["CNS"]]
    first.deadline = dt.date(2026, 3, 16)
    second = choices[by_text["Phủ sóng 4G đến 100% thôn"]]
    second.lead_unit_id, second.co_unit_ids = u["KTHT"], [u["ST"]]
    third = choices[by_text["Nâng cấp mạng nội bộ"]]
    third.lead_unit_id = u["KTHT"]
    fourth = choices[by_text["Số hóa hồ sơ một cửa"]]
    fourth.lead_unit_id = u["SH"]
    fourth.deadline_text = "Thường xuyên"
    plan_id = create_plan(db, request)
    with db.transaction() as session:
        tasks = {t.text: t for t in session.scalars(select(Task).where(Task.plan_id == plan_id))}
        tasks["Tuyên truyền về chuyển đổi số"].status = TaskStatus.IN_PROGRESS.value
        tasks["Phủ sóng 4G đến 100% thôn"].status = TaskStatus.DONE.value
        tasks["Nâng cấp mạng nội bộ"].status = TaskStatus.OVERDUE.value
        tasks["Số hóa hồ sơ một cửa"].status = TaskStatus.STOPPED.value
    return plan_id, tasks


def test_unfinished_tasks_are_those_not_done_late_done_or_stopped(db, templates):
    old, new = templates
    plan_id, tasks = plan_with_mixed_statuses(db, old)
    unfinished = unfinished_tasks(db, plan_id)
    assert [(t.text, t.status) for t in unfinished] == [
        ("Tuyên truyền về chuyển đổi số", TaskStatus.IN_PROGRESS),
        ("Nâng cấp mạng nội bộ", TaskStatus.OVERDUE)]
    assert unfinished[0].lead_unit_name == "Phòng Văn hóa và Thông tin"
    assert unfinished[0].deadline == dt.date(2026, 3, 16)

    # once carried over into the next plan they are not offered again
    next_plan = create_plan(db, start_next_year(db, plan_id, new),
                            carried=[t.id for t in unfinished])
    assert unfinished_tasks(db, plan_id) == []
    with db.transaction() as session:
        carried = session.scalars(select(Task).where(Task.plan_id == next_plan,
                                                     Task.is_carried_over)).all()
        assert sorted(t.text for t in carried) == ["Nâng cấp mạng nội bộ",
                                                   "Tuyên truyền về chuyển đổi số"]
        assert session.get(Plan, next_plan).previous_plan_id == plan_id
    assert any(b.reason == "before-rollover" for b in list_backups(db.path))
    with pytest.raises(InvalidInput):
        unfinished_tasks(db, 9999)


def test_start_next_year_assigns_matched_tasks_like_last_year(db, templates):
    old, new = templates
    u = units(db)
    plan_id, _ = plan_with_mixed_statuses(db, old)
    with db.transaction() as session:  # a unit merged since last year
        session.get(Unit, u["ST"]).merged_into_id = u["SH"]

    request = start_next_year(db, plan_id, new)
    assert (request.year, request.template_id) == (2027, new)
    outline = template_outline(db, new)
    texts = {t.id: t.text for t in outline.tasks}
    by_text = {texts[c.source_task_id]: c for c in request.tasks}
    assert set(by_text) == {REWORDED, "Phủ sóng 4G đến 100% thôn", ADDED,
                            "Số hóa hồ sơ một cửa"}
    reworded = by_text[REWORDED]
    assert reworded.lead_unit_id == u["VHTT"]
    assert list(reworded.co_unit_ids) == [u["SH"]]  # the disbanded unit is left out
    assert reworded.deadline == dt.date(2027, 3, 16)  # no deadline in the new template
    kept = by_text["Phủ sóng 4G đến 100% thôn"]
    assert (kept.lead_unit_id, list(kept.co_unit_ids)) == (u["KTHT"], [u["SH"]])  # merged
    assert kept.deadline == dt.date(2026, 9, 30)  # the province's own deadline wins
    moved = by_text["Số hóa hồ sơ một cửa"]
    assert (moved.lead_unit_id, moved.deadline, moved.deadline_text) == (
        u["SH"], None, "Thường xuyên")
    added = by_text[ADDED]
    assert (added.lead_unit_id, list(added.co_unit_ids), added.deadline) == (None, [], None)
    assert [t.source_target_id for t in request.targets] == [t.id for t in outline.targets]

    assert start_next_year(db, plan_id, new, year=2028).year == 2028
    plan_id_2027 = create_plan(db, request)
    with db.transaction() as session:
        assert session.get(Plan, plan_id_2027).year == 2027


def test_29_february_moves_to_28(db, templates):
    old, new = templates
    request = inherit_everything(db, old, 2028)
    for choice in request.tasks:
        choice.deadline, choice.deadline_text = dt.date(2028, 2, 29), ""
    plan_id = create_plan(db, request)
    next_request = start_next_year(db, plan_id, new)
    reworded = next(c for c in next_request.tasks if c.deadline is not None
                    and c.deadline.month == 2)
    assert reworded.deadline == dt.date(2029, 2, 28)


def test_what_the_wizard_reads(db, templates):
    old, new = templates
    listed = list_templates(db)
    assert [t.id for t in listed] == [new, old]  # the plan for 2027 first
    assert (listed[0].year, listed[0].tasks, listed[0].targets, listed[0].bases) == (2027, 4, 2, 1)
    assert listed[0].reference == "Kế hoạch số 198/KH-UBND ngày 10/12/2026"
    outline = template_outline(db, new)
    added = next(t for t in outline.tasks if t.text == ADDED)
    assert outline.label_path(added.heading_id) == "II.3"
    assert (added.group, outline.targets[0].group) == ("Chính quyền số", "MỤC TIÊU")
    assert [u.short_name for u in list_units(db)] == ["VHTT", "KTHT", "SH", "ST"]
    assert format_number(12.5) == "12,5" and format_number(80.0) == "80"
    with pytest.raises(InvalidInput):
        template_outline(db, 9999)
