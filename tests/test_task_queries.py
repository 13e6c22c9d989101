"""Reading a plan's tasks for the task list, and the task filter (Qt-free)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, select, update

from dxdesk.domain.status import TaskStatus
from dxdesk.model import DistrictProfile, Task, TemplateTask, Unit
from dxdesk.services.plans import NewPlan, TaskChoice, create_plan
from dxdesk.services.task_queries import (TaskFilter, is_late, load_rows, load_units,
                                          search_keys)
from dxdesk.services.tasks import set_status
from dxdesk.services.templates import store_template
from dxdesk.store import create_database, open_database
from dxdesk.text import fold

TODAY = dt.date(2026, 6, 15)  # a Monday

# Units in the order of their ids, chosen so that Vietnamese order differs from code
# point order (Đ after D, Ủ after U-less letters, "Chi" before "Công").
UNITS = ["Phòng Văn hóa và Thông tin", "Phòng Nội vụ", "Ủy ban nhân dân xã Sơn Hà",
         "Đài Truyền thanh huyện", "Doanh nghiệp viễn thông", "Công an huyện",
         "Chi cục Thống kê", "Bưu điện huyện"]
VIETNAMESE_ORDER = ["Bưu điện huyện", "Chi cục Thống kê", "Công an huyện",
                    "Doanh nghiệp viễn thông", "Đài Truyền thanh huyện", "Phòng Nội vụ",
                    "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân xã Sơn Hà"]

# STT: (text, group, lead, co-units, deadline or its wording, status)
TASKS = {
    1: ("Tuyên truyền về Chuyển đổi số trên sóng phát thanh", "Nhận thức số",
        "Đài Truyền thanh huyện", ["Phòng Văn hóa và Thông tin"], dt.date(2026, 3, 31),
        TaskStatus.DONE),
    2: ("Bồi dưỡng kỹ năng số cho cán bộ, công chức", "Nhân lực số", "Phòng Nội vụ", [],
        dt.date(2026, 6, 10), TaskStatus.IN_PROGRESS),
    3: ("Số hóa hồ sơ địa chính", "Dữ liệu số", "Ủy ban nhân dân xã Sơn Hà",
        ["Phòng Nội vụ"], dt.date(2026, 6, 20), TaskStatus.NOT_STARTED),
    4: ("Phát triển thương mại điện tử nông thôn", "Kinh tế số", "Chi cục Thống kê", [],
        "Thường xuyên", TaskStatus.IN_PROGRESS),
    5: ("Làm sạch dữ liệu dân cư", "Dữ liệu số", "Công an huyện", [],
        dt.date(2026, 6, 13), TaskStatus.DONE_LATE),
    6: ("Nâng cấp đường truyền cáp quang", "Hạ tầng số", "Bưu điện huyện", [],
        dt.date(2026, 5, 4), TaskStatus.STOPPED),
    7: ("Đẩy mạnh dịch vụ công trực tuyến toàn trình", "Chính quyền số",
        "Phòng Văn hóa và Thông tin", ["Đài Truyền thanh huyện", "Ủy ban nhân dân xã Sơn Hà"],
        dt.date(2026, 6, 22), TaskStatus.IN_PROGRESS),
    8: ("Triển khai nền tảng họp trực tuyến", "Chính quyền số", "Doanh nghiệp viễn thông",
        [], dt.date(2026, 6, 23), TaskStatus.OVERDUE),
}
CARRIED_OVER = {4}


def make_known_plan(folder: Path) -> Path:
    """A database with one plan of the eight TASKS (STT 1–8), built through the services
    an officer uses (import, new plan, status); only the carried-over flag is set
    directly."""
    path = create_database(folder / "known.sqlite")
    groups = list(dict.fromkeys(t[1] for t in TASKS.values()))
    template = {
        "source": "kh-tinh.docx", "doc_type": "KẾ HOẠCH", "title": "Chuyển đổi số năm 2026",
        "issuer": "ỦY BAN NHÂN DÂN TỈNH QUẢNG MẪU", "number": "1/KH-UBND", "date": "2025-12-02",
        "bases": [], "targets": [],
        "outline": [{"label": "I", "title": "NHIỆM VỤ", "kind": "tasks", "text": "",
                     "children": [{"label": str(i + 1), "title": g, "kind": "group",
                                   "text": "", "children": []}
                                  for i, g in enumerate(groups)]}],
        "tasks": [{"text": text, "group": group, "path": ["I", str(groups.index(group) + 1)],
                   "lead": None, "co": [], "deadline": None}
                  for text, group, *_rest in TASKS.values()],
        "recipients": [], "signer": {"lines": [], "name": ""},
    }
    with open_database(path) as db:
        with db.transaction() as session:
            session.add(DistrictProfile(id=1, name="huyện Sơn Hà Mẫu", place_name="Sơn Hà Mẫu",
                                        issuer_lines="ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ MẪU"))
            session.add_all(Unit(name=name, position=i) for i, name in enumerate(UNITS))
        with db.transaction() as session:
            unit = dict(session.execute(select(Unit.name, Unit.id)).all())
        template_id = store_template(db, template, "b" * 64).template_id
        with db.transaction() as session:
            sources = list(session.scalars(select(TemplateTask.id)
                                           .where(TemplateTask.template_id == template_id)
                                           .order_by(TemplateTask.position)))
        choices = []
        for source, (_text, _group, lead, co, deadline, _status) in zip(sources, TASKS.values()):
            dated = isinstance(deadline, dt.date)
            choices.append(TaskChoice(source, lead_unit_id=unit[lead],
                                      co_unit_ids=[unit[c] for c in co],
                                      deadline=deadline if dated else None,
                                      deadline_text="" if dated else deadline))
        plan_id = create_plan(db, NewPlan(template_id, 2026, tasks=choices))
        rows = load_rows(db, plan_id)
        for row, (*_rest, status) in zip(rows, TASKS.values()):
            set_status(db, [row.id], status)
        with db.transaction() as session:
            session.execute(update(Task).where(Task.id.in_(
                [rows[stt - 1].id for stt in CARRIED_OVER])).values(is_carried_over=True))
    return path


@pytest.fixture(scope="module")
def known_db(tmp_path_factory):
    """Read-only here: built and opened once for the module."""
    with open_database(make_known_plan(tmp_path_factory.mktemp("known"))) as db:
        yield db


def stts(db, task_filter: TaskFilter, today: dt.date = TODAY) -> set[int]:
    rows = load_rows(db, 1)
    keys = search_keys(rows)
    found = {r.stt for r, k in zip(rows, keys) if task_filter.accepts(r, today, k)}
    assert task_filter.accept_all(rows, today, keys) == [
        task_filter.accepts(r, today, k) for r, k in zip(rows, keys)]
    return found


def unit_id(db, name: str) -> int:
    with db.transaction() as session:
        return session.scalar(select(Unit.id).where(Unit.name == name))


def test_rows_carry_what_the_list_shows(known_db):
    rows = load_rows(known_db, 1)
    assert [r.stt for r in rows] == list(range(1, 9))
    first, fourth = rows[0], rows[3]
    assert first.text == "Tuyên truyền về Chuyển đổi số trên sóng phát thanh"
    assert (first.group, first.lead_unit_name) == ("Nhận thức số", "Đài Truyền thanh huyện")
    assert first.co_unit_names == ("Phòng Văn hóa và Thông tin",)
    assert (first.deadline, first.status, first.progress) == (
        dt.date(2026, 3, 31), TaskStatus.DONE, 100)
    assert (fourth.deadline, fourth.deadline_text, fourth.is_carried_over) == (
        None, "Thường xuyên", True)
    assert isinstance(first.updated_at, dt.datetime)
    with pytest.raises(AttributeError):
        first.text = "x"  # frozen
    # Some rows again, by id: the same values.
    again = load_rows(known_db, 1, [rows[6].id, rows[1].id])
    assert again == [rows[1], rows[6]]


def test_a_constant_number_of_queries_whatever_the_size(known_db, demo_db):
    def count_queries(db, plan_id):
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            rows = load_rows(db, plan_id)
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(rows), len(statements)

    small = count_queries(known_db, 1)
    with open_database(demo_db) as demo:
        big = count_queries(demo, 1)
    assert (small[0], big[0]) == (8, 60)
    assert small[1] == big[1] <= 5


def test_search_keys_are_fold_of_the_row(demo_db):
    with open_database(demo_db) as db:
        rows = load_rows(db, 1)
    keys = search_keys(rows)
    assert all(key == fold(key) for key in keys)
    assert keys[0].startswith(fold(rows[0].text))
    assert fold(rows[0].lead_unit_name) in keys[0]


def test_units_for_pickers_in_vietnamese_order(known_db):
    assert [u.name for u in load_units(known_db)] == VIETNAMESE_ORDER


def test_no_filter_accepts_everything(known_db):
    assert not TaskFilter().is_active
    assert stts(known_db, TaskFilter()) == set(range(1, 9))


def test_unit_filter_matches_lead_or_co_unit(known_db):
    home_affairs = unit_id(known_db, "Phòng Nội vụ")
    assert stts(known_db, TaskFilter(unit_id=home_affairs)) == {2, 3}  # lead of 2, co of 3
    radio = unit_id(known_db, "Đài Truyền thanh huyện")
    assert stts(known_db, TaskFilter(unit_id=radio)) == {1, 7}


def test_group_filter(known_db):
    assert stts(known_db, TaskFilter(group="Dữ liệu số")) == {3, 5}
    assert stts(known_db, TaskFilter(group="Dữ liệu")) == set()  # the whole name


def test_status_filter(known_db):
    assert stts(known_db, TaskFilter(statuses=frozenset({TaskStatus.IN_PROGRESS}))) == {2, 4, 7}
    both = frozenset({TaskStatus.DONE, TaskStatus.DONE_LATE})
    assert stts(known_db, TaskFilter(statuses=both)) == {1, 5}


def test_late_filter(known_db):
    # 2: past its deadline, in progress; 8: marked overdue. Not 5 (done late), not 6
    # (stopped), not 1 (done), not 4 (no date).
    assert stts(known_db, TaskFilter(late_only=True)) == {2, 8}
    rows = load_rows(known_db, 1)
    assert [is_late(r, TODAY) for r in rows] == [
        False, True, False, False, False, False, False, True]
    assert is_late(rows[2], dt.date(2026, 6, 21))  # a day after its deadline


def test_due_within_days(known_db):
    # today 15/06 .. 22/06, not finished: 3 (20/06) and 7 (22/06, the last day); not 8
    # (23/06), not 2 (already past).
    assert stts(known_db, TaskFilter(due_within_days=7)) == {3, 7}
    assert stts(known_db, TaskFilter(due_within_days=8)) == {3, 7, 8}
    assert stts(known_db, TaskFilter(due_within_days=0)) == set()
    assert stts(known_db, TaskFilter(due_within_days=0), today=dt.date(2026, 6, 20)) == {3}


def test_deadline_range(known_db):
    june = TaskFilter(deadline_from=dt.date(2026, 6, 1), deadline_to=dt.date(2026, 6, 20))
    assert stts(known_db, june) == {2, 3, 5}  # both ends included; no-date task 4 excluded
    assert stts(known_db, TaskFilter(deadline_from=dt.date(2026, 6, 22))) == {7, 8}
    assert stts(known_db, TaskFilter(deadline_to=dt.date(2026, 4, 1))) == {1}


def test_carried_over(known_db):
    assert stts(known_db, TaskFilter(carried_over=True)) == {4}
    assert stts(known_db, TaskFilter(carried_over=False)) == {1, 2, 3, 5, 6, 7, 8}


@pytest.mark.parametrize("search, expected", [
    ("chuyen doi so", {1}),  # no diacritics typed
    ("Chuyển đổi số", {1}),
    ("CHUYỂN ĐỔI", {1}),
    ("day manh", {7}),  # "d" finds "Đ"
    ("đẩy", {7}),
    ("dẩy", {7}),
    ("đia chinh", {3}),  # "đ" typed for "đ", no tones
    ("truc tuyen", {7, 8}),
    ("tuyen truc", {7, 8}),  # words in any order
    ("dai truyen thanh", {1, 7}),  # the lead or a co-unit
    ("thuong xuyen", {4}),  # the deadline's wording
    ("du lieu so", {3, 5}),  # the group
    ("xyz", set()),
    ("   ", set(range(1, 9))),
])
def test_search_ignores_diacritics_and_case(known_db, search, expected):
    assert stts(known_db, TaskFilter(search=search)) == expected


def test_criteria_combine(known_db):
    home_affairs = unit_id(known_db, "Phòng Nội vụ")
    assert stts(known_db, TaskFilter(unit_id=home_affairs, late_only=True)) == {2}
    assert stts(known_db, TaskFilter(group="Chính quyền số", search="hop")) == {8}
