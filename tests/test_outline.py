"""Editing the outline: labels follow the structure; each change has its inverse."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dxdesk.errors import InvalidInput
from dxdesk.model import AuditEntry, Plan
from dxdesk.services import outline
from dxdesk.store import open_database


@pytest.fixture
def plan(demo_db):
    with open_database(demo_db) as db:
        with db.transaction() as session:
            plan_id = session.scalars(select(Plan.id)).one()
        yield db, plan_id


def shape(db, plan_id) -> list[str]:
    return [f"{'  ' * (r.level - 1)}{r.label}. {r.title}"
            for r in outline.load_outline(db, plan_id)]


def test_demo_outline_is_numbered(plan):
    db, plan_id = plan
    lines = shape(db, plan_id)
    assert lines[0] == "I. CĂN CỨ LẬP KẾ HOẠCH"
    assert "  1. Nhận thức số" in lines and "VI. TỔ CHỨC THỰC HIỆN" in lines


def test_update_and_undo(plan):
    db, plan_id = plan
    first = outline.load_outline(db, plan_id)[0]
    old = outline.update_section(db, first.id, title="CĂN CỨ", body="Dòng một\nDòng hai")
    row = outline.load_outline(db, plan_id)[0]
    assert (row.title, row.body) == ("CĂN CỨ", "Dòng một\nDòng hai")
    outline.update_section(db, first.id, **old)
    assert outline.load_outline(db, plan_id)[0] == first
    with db.transaction() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "outline.update")
                              .order_by(AuditEntry.id.desc())).entity_id == first.id
    with pytest.raises(InvalidInput):
        outline.update_section(db, first.id, title="  ")


def test_add_move_indent_outdent_delete_restore(plan):
    db, plan_id = plan
    before = shape(db, plan_id)
    rows = outline.load_outline(db, plan_id)
    giai_phap = next(r for r in rows if r.title == "GIẢI PHÁP")
    new_id = outline.add_section(db, plan_id, "ỨNG DỤNG TRÍ TUỆ NHÂN TẠO", after_id=giai_phap.id)
    lines = shape(db, plan_id)
    assert lines[lines.index("IV. GIẢI PHÁP") + 1] == "V. ỨNG DỤNG TRÍ TUỆ NHÂN TẠO"
    assert "VII. TỔ CHỨC THỰC HIỆN" in lines

    was = outline.move_section(db, new_id, -1)
    assert shape(db, plan_id)[lines.index("IV. GIẢI PHÁP")] == "IV. ỨNG DỤNG TRÍ TUỆ NHÂN TẠO"
    outline.place_section(db, new_id, was)  # undo
    assert shape(db, plan_id) == lines

    was = outline.indent_section(db, new_id)
    indented = shape(db, plan_id)
    assert indented[indented.index("IV. GIẢI PHÁP") + 1] == "  1. ỨNG DỤNG TRÍ TUỆ NHÂN TẠO"
    outline.place_section(db, new_id, was)
    assert shape(db, plan_id) == lines

    snapshot = outline.delete_section(db, new_id)
    assert shape(db, plan_id) == before
    outline.restore_sections(db, snapshot)
    assert shape(db, plan_id) == lines


def test_moving_a_heading_takes_its_children(plan):
    db, plan_id = plan
    rows = outline.load_outline(db, plan_id)
    tasks = next(r for r in rows if r.title == "NHIỆM VỤ")
    outline.move_section(db, tasks.id, -1)
    lines = shape(db, plan_id)
    assert lines[1] == "II. NHIỆM VỤ" and lines[2] == "  1. Nhận thức số"
    assert lines[12] == "III. MỤC TIÊU"


def test_a_heading_with_tasks_cannot_be_deleted(plan):
    db, plan_id = plan
    group = next(r for r in outline.load_outline(db, plan_id) if r.title == "Nhận thức số")
    with pytest.raises(InvalidInput, match="nhiệm vụ"):
        outline.delete_section(db, group.id)
    assert any(r.id == group.id for r in outline.load_outline(db, plan_id))


def test_outdent_of_a_middle_child_is_undone_exactly(plan):
    db, plan_id = plan
    rows = outline.load_outline(db, plan_id)
    middle = next(r for r in rows if r.title == "Hạ tầng số")
    before = shape(db, plan_id)
    was = outline.outdent_section(db, middle.id)
    after = shape(db, plan_id)
    # It comes right after its old parent's subtree; its later siblings stay in III.
    assert after[after.index("IV. Hạ tầng số") - 1] == "  9. Xã hội số"
    assert "V. GIẢI PHÁP" in after
    outline.place_section(db, middle.id, was)
    assert shape(db, plan_id) == before


def test_a_heading_cannot_go_inside_itself(plan):
    db, plan_id = plan
    rows = outline.load_outline(db, plan_id)
    tasks = next(r for r in rows if r.title == "NHIỆM VỤ")
    child = next(r for r in rows if r.parent_id == tasks.id)
    with pytest.raises(InvalidInput):
        outline.place_section(db, tasks.id, outline.Placement(child.id, 0))


def test_first_heading_cannot_be_indented(plan):
    db, plan_id = plan
    first = outline.load_outline(db, plan_id)[0]
    with pytest.raises(InvalidInput):
        outline.indent_section(db, first.id)
    with pytest.raises(InvalidInput):
        outline.outdent_section(db, first.id)


def test_bases_are_edited_as_lines(plan):
    db, plan_id = plan
    before = outline.load_bases(db, plan_id)
    assert before[0].startswith("Kế hoạch số 215/KH-UBND")
    old = outline.set_bases(db, plan_id, before + ["- Căn cứ Luật Chuyển đổi số năm 2025;", ""])
    assert old == before
    assert outline.load_bases(db, plan_id) == before + ["Luật Chuyển đổi số năm 2025"]
    outline.set_bases(db, plan_id, old)
    assert outline.load_bases(db, plan_id) == before
