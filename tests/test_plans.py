"""Drafting a district plan from a template: outline, targets, tasks, links to sources."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import DistrictProfile, Plan, PlanBasis, PlanSection, Target, Task, Unit
from dxdesk.services.plans import (TargetChoice, create_plan, inherit_everything)
from dxdesk.services.templates import store_template
from dxdesk.store import create_database, open_database
from sample_template import TEMPLATE

@pytest.fixture
def db(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    with open_database(path) as database:
        with database.transaction() as session:
            session.add(DistrictProfile(id=1, name="huyện Sơn Hà Mẫu", province="tỉnh Quảng Mẫu",
                                        place_name="Sơn Hà Mẫu",
                                        issuer_lines="ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ MẪU"))
            session.add_all([Unit(name="Phòng Kinh tế và Hạ tầng", short_name="KTHT", position=2),
                             Unit(name="Phòng Văn hóa và Thông tin", short_name="VHTT", position=1),
                             Unit(name="UBND xã Sơn Hà", short_name="SH", position=3)])
        yield database


def units(db) -> dict[str, int]:
    with db.transaction() as session:
        return dict(session.execute(select(Unit.short_name, Unit.id)).all())


def test_new_plan_is_laid_out_like_a_district_plan(db):
    template_id = store_template(db, TEMPLATE, "a" * 64).template_id
    u = units(db)
    request = inherit_everything(db, template_id, 2026)
    assert [t.deadline for t in request.tasks] == [None, dt.date(2026, 9, 30), None]
    assert request.tasks[0].deadline_text == "Quý II/2026"
    request.targets[0] = TargetChoice(request.targets[0].source_target_id, value=70)
    request.tasks[0].lead_unit_id = u["VHTT"]
    request.tasks[0].co_unit_ids = [u["SH"], u["KTHT"]]
    request.tasks[1].lead_unit_id = u["KTHT"]
    request.tasks[2].lead_unit_id = u["KTHT"]
    plan_id = create_plan(db, request)

    with db.transaction() as session:
        plan = session.get(Plan, plan_id)
        assert plan.title == "Chuyển đổi số huyện Sơn Hà Mẫu năm 2026"
        sections = session.scalars(select(PlanSection).where(PlanSection.plan_id == plan_id)
                                   .order_by(PlanSection.position)).all()
        top = [(s.label, s.title) for s in sections if s.parent_id is None]
        assert top == [("I", "CĂN CỨ LẬP KẾ HOẠCH"), ("II", "MỤC TIÊU"), ("III", "NHIỆM VỤ"),
                       ("IV", "GIẢI PHÁP"), ("V", "KINH PHÍ"), ("VI", "TỔ CHỨC THỰC HIỆN")]
        by_id = {s.id: s for s in sections}
        groups = [s.title for s in sections if s.parent_id and by_id[s.parent_id].label == "III"]
        assert groups == ["Nhận thức số", "Hạ tầng số"]
        solutions = next(s for s in sections if s.label == "IV")
        assert solutions.body == "Tăng cường lãnh đạo."
        organization = [s for s in sections if s.parent_id and by_id[s.parent_id].label == "VI"]
        assert [s.title for s in organization] == [
            "Phòng Văn hóa và Thông tin", "Phòng Kinh tế và Hạ tầng"]
        assert "- Phủ sóng 4G đến 100% thôn;" in organization[1].body
        assert organization[1].body.endswith("Nâng cấp mạng nội bộ.")

        bases = session.scalars(select(PlanBasis.text).where(PlanBasis.plan_id == plan_id)
                                .order_by(PlanBasis.position)).all()
        assert bases[0] == ("Kế hoạch số 215/KH-UBND ngày 02/12/2025 của UBND tỉnh Quảng Mẫu "
                            "về Chuyển đổi số tỉnh Quảng Mẫu năm 2026")
        assert bases[1].startswith("Nghị quyết số 52-NQ/TW")

        target = session.scalars(select(Target).where(Target.plan_id == plan_id)).one()
        assert (target.value, target.province_value, target.source_target_id is not None) == (
            70, 80, True)

        tasks = session.scalars(select(Task).where(Task.plan_id == plan_id)
                                .order_by(Task.position)).all()
        assert [t.text for t in tasks] == ["Tuyên truyền về chuyển đổi số",
                                           "Phủ sóng 4G đến 100% thôn", "Nâng cấp mạng nội bộ"]
        assert [u.short_name for u in tasks[0].co_units] == ["SH", "KTHT"]
        assert all(t.source_task_id for t in tasks)
        assert tasks[1].deadline == dt.date(2026, 9, 30)


def test_carry_over_marks_both_years(db):
    template_id = store_template(db, TEMPLATE, "b" * 64).template_id
    first = create_plan(db, inherit_everything(db, template_id, 2025))
    with db.transaction() as session:
        old = session.scalars(select(Task).where(Task.plan_id == first)
                              .order_by(Task.position)).all()
        old[0].status = TaskStatus.DONE.value
        old[1].progress = 40
        unfinished = [old[1].id, old[2].id]
    second = create_plan(db, inherit_everything(db, template_id, 2026), carried=unfinished)
    with db.transaction() as session:
        carried = session.scalars(select(Task).where(Task.plan_id == second,
                                                     Task.is_carried_over)).all()
        assert sorted(t.carried_over_from_id for t in carried) == sorted(unfinished)
        assert {t.status for t in carried} == {TaskStatus.CARRIED_OVER.value}
        assert {t.progress for t in carried} == {40, 0}
        assert session.get(Task, unfinished[0]).status == TaskStatus.CARRIED_OVER.value
    with pytest.raises(InvalidInput):
        create_plan(db, inherit_everything(db, template_id, 2027), carried=[old[0].id])


def test_plan_needs_the_district_profile(tmp_path):
    path = create_database(tmp_path / "y.sqlite")
    with open_database(path) as database:
        template_id = store_template(database, TEMPLATE, "c" * 64).template_id
        with pytest.raises(InvalidInput, match="thông tin huyện"):
            create_plan(database, inherit_everything(database, template_id, 2026))
        with database.transaction() as session:
            assert session.scalars(select(Plan)).all() == []


def test_the_same_file_is_not_imported_twice_and_the_refusal_costs_no_backup(db):
    from dxdesk.services.templates import TemplateAlreadyImported
    from dxdesk.store.backup import list_backups

    store_template(db, TEMPLATE, "d" * 64)
    before = len(list_backups(db.path))
    with pytest.raises(TemplateAlreadyImported, match="đã được nhập"):
        store_template(db, TEMPLATE, "d" * 64)
    assert len(list_backups(db.path)) == before


def test_a_task_s_product_goes_from_the_province_s_table_to_the_district_plan(db, tmp_path):
    """The importer reads a task table's "Sản phẩm" column; the template keeps it and the
    plan drafted from it starts with it (the district may change it later)."""
    import docx

    from dxdesk.model import TemplateTask
    from dxdesk.services.templates import import_template_file

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Chuyển đổi số tỉnh Quảng Mẫu năm 2027")
    document.add_paragraph("I. NHIỆM VỤ")
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [
            ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Sản phẩm"),
            ("1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở TT&TT",
             "Kho dữ liệu vận hành"),
            ("2", "Số hóa hồ sơ đất đai", "Sở TN&MT", "Cơ sở dữ liệu đất đai")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    path = tmp_path / "Kế hoạch tỉnh 2027.docx"
    document.save(path)
    summary = import_template_file(db, path)
    with db.transaction() as session:
        outputs = session.scalars(select(TemplateTask.output)
                                  .where(TemplateTask.template_id == summary.template_id)
                                  .order_by(TemplateTask.position)).all()
    assert outputs == ["Kho dữ liệu vận hành", "Cơ sở dữ liệu đất đai"]
    plan_id = create_plan(db, inherit_everything(db, summary.template_id, 2027))
    with db.transaction() as session:
        tasks = session.execute(select(Task.text, Task.output).where(Task.plan_id == plan_id)
                                .order_by(Task.position)).all()
    assert [(t.text, t.output) for t in tasks] == [
        ("Xây dựng kho dữ liệu dùng chung của tỉnh", "Kho dữ liệu vận hành"),
        ("Số hóa hồ sơ đất đai", "Cơ sở dữ liệu đất đai")]
