"""The new-plan wizard as an officer uses it: pick the province plan, leave out what the
district does not do, adapt targets, give tasks to units in bulk, finish — and the year
rollover with last year's unfinished tasks carried over."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDateEdit, QLabel,
                               QStyleOptionViewItem, QTreeWidgetItem, QWizard)
from sqlalchemy import select

from dxdesk.domain.status import TaskStatus
from dxdesk.gui.new_plan_wizard import NewPlanWizard
from dxdesk.gui.wizard_delegates import CoUnitsEditor
from dxdesk.gui.wizard_dialogs import BulkDeadlineDialog, BulkUnitDialog
from dxdesk.gui.wizard_models import TargetsModel, TasksModel
from dxdesk.model import Plan, PlanSection, Target, Task, TemplateTarget, TemplateTask, Unit
from dxdesk.services.plan_sources import list_templates
from dxdesk.services.rollover import unfinished_tasks
from dxdesk.services.templates import store_template
from dxdesk.store import create_database, open_database

pytestmark = pytest.mark.gui

QUOC_KHANH = dt.date(2027, 9, 2)  # a Thursday, but a public holiday


@pytest.fixture
def db(demo_db):
    with open_database(demo_db) as database:
        yield database


def make_wizard(qtbot, db, **kwargs) -> NewPlanWizard:
    wizard = NewPlanWizard(db, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def all_items(tree) -> list[QTreeWidgetItem]:
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())][::-1]
    found = []
    while stack:
        item = stack.pop()
        found.append(item)
        stack += [item.child(i) for i in range(item.childCount())][::-1]
    return found


def item_named(tree, start: str) -> QTreeWidgetItem:
    return next(i for i in all_items(tree) if i.text(0).startswith(start))


def unit_ids(db) -> dict[str, int]:
    with db.transaction() as session:
        return dict(session.execute(select(Unit.short_name, Unit.id)).all())


def finish(qtbot, wizard) -> int:
    with qtbot.waitSignal(wizard.plan_created, timeout=10000) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert created.args == [wizard.created_plan_id]
    return wizard.created_plan_id


def test_new_plan_end_to_end(qtbot, db):
    u = unit_ids(db)
    template = list_templates(db)[0]
    wizard = make_wizard(qtbot, db)
    assert wizard.currentId() == NewPlanWizard.PAGE_SOURCE
    source = wizard.source_page
    assert source.template_list.topLevelItemCount() == 1
    assert source.year_spin.value() == template.year == 2026  # the template's year
    assert "28 nhiệm vụ" in source.details.text()
    source.choose(template.id, 2027)
    assert "dành cho năm 2026" in source.year_note.text()
    wizard.next()

    # 2. inherit: everything checked; leave out a whole pillar and one target
    assert wizard.currentId() == NewPlanWizard.PAGE_INHERIT
    page = wizard.inherit_page
    assert "11/11 chỉ tiêu, 28/28 nhiệm vụ" in page.count_label.text()
    pillar = item_named(page.tree, "9. Kinh tế số")
    assert pillar.childCount() == 3 and pillar.text(1) == "đã chọn 3/3 nhiệm vụ"
    pillar.setCheckState(0, Qt.CheckState.Unchecked)  # the heading: its tasks too
    assert all(pillar.child(i).checkState(0) == Qt.CheckState.Unchecked for i in range(3))
    dropped_target = item_named(page.tree, "40% hợp tác xã")
    dropped_target.setCheckState(0, Qt.CheckState.Unchecked)
    assert "10/11 chỉ tiêu, 25/28 nhiệm vụ" in page.count_label.text()
    assert item_named(page.tree, "II. MỤC TIÊU").checkState(0) == Qt.CheckState.PartiallyChecked
    task_item = item_named(page.tree, "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số")
    assert "Kế hoạch số 215/KH-UBND" in task_item.toolTip(0)  # the source, on hover
    assert "mục III.1" in task_item.toolTip(0)
    wizard.next()

    # 3. targets: province value read-only beside the district's, both visible
    assert wizard.currentId() == NewPlanWizard.PAGE_TARGETS
    model = wizard.targets_page.model
    assert model.rowCount() == 10
    row = next(r for r in range(10) if model.rows[r].text.startswith("80% hồ sơ"))
    province = model.index(row, TargetsModel.PROVINCE)
    assert not model.flags(province) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row, TargetsModel.DISTRICT), "70") is True
    assert model.setData(model.index(row, TargetsModel.DISTRICT), "bảy mươi") is False
    assert province.data() == "80"
    assert model.index(row, TargetsModel.TEXT).data().startswith("70% hồ sơ")  # wording too
    other = row + 1
    model.setData(model.index(other, TargetsModel.TEXT), "100% văn bản điện tử có ký số")
    model.setData(model.index(other + 1, TargetsModel.DISTRICT), "92,5")
    assert "3 đã điều chỉnh" in wizard.targets_page.count_label.text()
    wizard.next()

    # 4. tasks: bulk assignment and deadline, one cell through its editor
    assert wizard.currentId() == NewPlanWizard.PAGE_TASKS
    tasks = wizard.tasks_page
    table = tasks.model
    assert table.rowCount() == 25
    assert tasks.selection_label.text() == "Đang chọn 1 nhiệm vụ."  # the current row
    tasks.table.clearSelection()
    assert not tasks.assign_button.isEnabled()
    tasks.select_rows([0, 1, 2])
    assert tasks.selection_label.text() == "Đang chọn 3 nhiệm vụ."
    tasks.assign_button.click()
    dialog = tasks.active_dialog
    assert isinstance(dialog, BulkUnitDialog)
    dialog.choose(u["VHTT"], [u["SH"], u["TTSM"]])
    dialog.accept()
    assert [table.index(r, TasksModel.LEAD).data() for r in range(4)] == [
        "Phòng Văn hóa và Thông tin"] * 3 + ["(chưa giao)"]
    # co-units in the directory's order
    assert table.index(0, TasksModel.CO).data() == "UBND thị trấn Sơn Mẫu; UBND xã Sơn Hà"

    tasks.select_rows([3, 4, 5])
    tasks.deadline_button.click()
    dialog = tasks.active_dialog
    assert isinstance(dialog, BulkDeadlineDialog)
    dialog.set_day(QUOC_KHANH)
    assert "Quốc khánh" in dialog.warning_label.text()  # flagged before it is applied
    dialog.accept()
    assert table.index(3, TasksModel.DEADLINE).data() == "02/09/2027"
    assert table.index(3, TasksModel.NOTE).data() == "⚠ Quốc khánh"
    assert "3 thời hạn rơi vào" in tasks.status_label.text()

    tasks.select_rows([5])  # then move one of them to a working day
    tasks.deadline_button.click()
    tasks.active_dialog.set_day(dt.date(2027, 10, 9))  # a Saturday
    tasks.active_dialog.accept()
    assert table.index(5, TasksModel.NOTE).data() == "⚠ Thứ Bảy"
    assert tasks.move_to_working_days() == 3
    assert table.index(5, TasksModel.DEADLINE).data() == "08/10/2027"
    assert table.index(3, TasksModel.DEADLINE).data() == "31/08/2027"  # 1 and 2/9 are off
    tasks.select_rows([3, 4])
    tasks.deadline_button.click()
    tasks.active_dialog.set_day(QUOC_KHANH)
    tasks.active_dialog.accept()

    editors = []

    def editor_for(index):
        delegate = tasks.table.itemDelegateForColumn(index.column())
        editors.append(delegate.createEditor(tasks.table.viewport(), QStyleOptionViewItem(),
                                             index))
        return delegate, editors[-1]

    lead = table.index(6, TasksModel.LEAD)  # the unit picker of one cell
    delegate, editor = editor_for(lead)
    assert isinstance(editor, QComboBox) and editor.itemText(0) == "(chưa giao)"
    delegate.setEditorData(editor, lead)
    editor.setCurrentIndex(editor.findData(u["KTHT"]))
    delegate.setModelData(editor, table, lead)
    co = table.index(6, TasksModel.CO)
    delegate, editor = editor_for(co)
    assert isinstance(editor, CoUnitsEditor)
    delegate.setEditorData(editor, co)
    for i in range(editor.count()):
        if editor.item(i).data(Qt.ItemDataRole.UserRole) in (u["KTHT"], u["NV"], u["TP"]):
            editor.item(i).setCheckState(Qt.CheckState.Checked)  # KTHT leads: disabled
    delegate.setModelData(editor, table, co)
    deadline = table.index(6, TasksModel.DEADLINE)
    delegate, editor = editor_for(deadline)
    assert isinstance(editor, QDateEdit) and editor.displayFormat() == "dd/MM/yyyy"
    editor.setDate(QDate(2027, 6, 30))
    delegate.setModelData(editor, table, deadline)
    assert table.index(6, TasksModel.CO).data() == "Phòng Nội vụ; Phòng Tư pháp"
    assert table.index(6, TasksModel.DEADLINE).data() == "30/06/2027"
    for editor in editors:
        editor.deleteLater()
    wizard.next()

    # 5. summary, then Finish: one plan
    assert wizard.currentId() == NewPlanWizard.PAGE_SUMMARY
    summary = wizard.summary_page.view.toPlainText()
    assert "10 chỉ tiêu, 3 đã điều chỉnh" in summary
    assert "25 nhiệm vụ theo 9 nhóm" in summary
    assert "21 nhiệm vụ chưa có đơn vị chủ trì" in summary
    assert "2 thời hạn rơi vào" in summary
    assert wizard.summary_page.title_edit.text() == "Chuyển đổi số huyện Sơn Hà Mẫu năm 2027"
    plan_id = finish(qtbot, wizard)
    wizard.next()  # validating again must not create a second plan
    assert wizard.created_plan_id == plan_id

    with db.transaction() as session:
        assert session.scalars(select(Plan.id).where(Plan.year == 2027)).all() == [plan_id]
        plan = session.get(Plan, plan_id)
        assert plan.title == "Chuyển đổi số huyện Sơn Hà Mẫu năm 2027"
        sections = session.scalars(select(PlanSection).where(PlanSection.plan_id == plan_id)
                                   .order_by(PlanSection.position)).all()
        assert [(s.label, s.title) for s in sections if s.parent_id is None] == [
            ("I", "CĂN CỨ LẬP KẾ HOẠCH"), ("II", "MỤC TIÊU"), ("III", "NHIỆM VỤ"),
            ("IV", "GIẢI PHÁP"), ("V", "KINH PHÍ"), ("VI", "TỔ CHỨC THỰC HIỆN")]
        assert "Kinh tế số" not in [s.title for s in sections if s.kind == "group"]

        targets = session.scalars(select(Target).where(Target.plan_id == plan_id)
                                  .order_by(Target.position)).all()
        assert len(targets) == 10
        assert all(t.source_target_id for t in targets)
        adapted = next(t for t in targets if t.text.startswith("70% hồ sơ"))
        assert (adapted.value, adapted.province_value) == (70, 80)
        source = session.get(TemplateTarget, adapted.source_target_id)
        assert source.text.startswith("80% hồ sơ")
        assert "100% văn bản điện tử có ký số" in [t.text for t in targets]
        assert 92.5 in [t.value for t in targets]

        rows = session.scalars(select(Task).where(Task.plan_id == plan_id)
                               .order_by(Task.position)).all()
        assert len(rows) == 25
        assert all(t.source_task_id for t in rows)
        assert [t.lead_unit_id for t in rows[:3]] == [u["VHTT"]] * 3
        assert [[c.id for c in t.co_units] for t in rows[:3]] == [[u["TTSM"], u["SH"]]] * 3
        assert [t.deadline for t in rows[3:6]] == [QUOC_KHANH, QUOC_KHANH,
                                                   dt.date(2027, 10, 8)]
        assert (rows[6].lead_unit_id, [c.id for c in rows[6].co_units], rows[6].deadline) == (
            u["KTHT"], [u["NV"], u["TP"]], dt.date(2027, 6, 30))
        first_source = session.get(TemplateTask, rows[0].source_task_id)
        assert rows[0].text == first_source.text.rstrip(";. ")
        organization = next(s for s in sections if s.label == "VI")
        leads = [s.title for s in sections if s.parent_id == organization.id]
        assert leads[:2] == ["Phòng Văn hóa và Thông tin", "Phòng Kinh tế và Hạ tầng"]


def test_going_back_keeps_the_choices(qtbot, db):
    wizard = make_wizard(qtbot, db)
    wizard.source_page.choose(list_templates(db)[0].id, 2027)
    wizard.next()
    page = wizard.inherit_page
    item = item_named(page.tree, "Tổ chức diễn tập")
    item.setCheckState(0, Qt.CheckState.Unchecked)
    wizard.next()
    wizard.back()
    wizard.back()
    wizard.next()
    assert item_named(page.tree, "Tổ chức diễn tập").checkState(0) == Qt.CheckState.Unchecked
    page.check_all(False)
    assert not page.isComplete()  # nothing to put in the plan: cannot go on
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.check_all(True)
    assert page.isComplete()
    assert "11/11 chỉ tiêu, 28/28 nhiệm vụ" in page.count_label.text()


def next_year_template(db) -> tuple[dict, str, str]:
    """The province's 2027 plan: the sample plan with one task dropped and one added."""
    from dxdesk.importing import parse_file
    from dxdesk.services.demo import sample_template_path

    data = copy.deepcopy(parse_file(sample_template_path()).to_json_dict())
    data["title"] = "Chuyển đổi số tỉnh Quảng Mẫu năm 2027"
    data["number"], data["date"] = "198/KH-UBND", "2026-12-10"
    dropped = data["tasks"].pop(13)["text"]
    added = "Triển khai trợ lý ảo ứng dụng trí tuệ nhân tạo tại Bộ phận Một cửa cấp xã"
    data["tasks"].insert(3, {**data["tasks"][2], "text": added})
    return data, added, dropped


def test_rollover_carries_unfinished_tasks_over(qtbot, db):
    data, added, dropped = next_year_template(db)
    new_template = store_template(db, data, "e" * 64).template_id
    with db.transaction() as session:
        old_plan = session.scalars(select(Plan.id)).one()
    unfinished = unfinished_tasks(db, old_plan)
    assert len(unfinished) >= 3

    wizard = make_wizard(qtbot, db, previous_plan_id=old_plan)
    assert wizard.windowTitle() == "Lập kế hoạch năm 2027 từ kế hoạch năm 2026"
    assert wizard.source_page.template().id == new_template  # the plan for 2027
    assert wizard.source_page.year_spin.value() == 2027
    wizard.next()

    assert wizard.currentId() == NewPlanWizard.PAGE_ROLLOVER
    page = wizard.rollover_page
    legend = " ".join(page.child(QLabel, name).text()
                      for name in ("legendAdded", "legendChanged", "legendDropped"))
    assert all(word in legend for word in ("mới", "thay đổi", "bỏ"))
    shown = {(i.text(0), i.text(1)) for i in all_items(page.diff_tree)}
    assert (added, "mới") in shown
    assert (dropped, "bỏ") in shown
    assert not any(label == "không đổi" for _, label in shown)
    page.show_unchanged.setChecked(True)
    assert any(i.text(1) == "không đổi" for i in all_items(page.diff_tree))

    carry = all_items(page.carry_tree)
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in carry] == [t.id for t in unfinished]
    assert all(i.checkState(0) == Qt.CheckState.Checked for i in carry)
    left_behind = carry[0].data(0, Qt.ItemDataRole.UserRole)
    carry[0].setCheckState(0, Qt.CheckState.Unchecked)
    count = len(unfinished)
    assert page.carry_count.text() == f"Sẽ chuyển tiếp {count - 1}/{count} nhiệm vụ."
    wizard.next()

    assert wizard.currentId() == NewPlanWizard.PAGE_INHERIT
    marked = item_named(wizard.inherit_page.tree, added)
    assert marked.text(1).startswith("mới")
    wizard.next()
    wizard.next()
    tasks = wizard.tasks_page.model
    assigned = [tasks.index(r, TasksModel.LEAD).data() for r in range(tasks.rowCount())]
    assert assigned.count("(chưa giao)") == 1  # only the new task: the rest as last year
    wizard.next()
    assert f"{len(unfinished) - 1} nhiệm vụ chuyển tiếp từ năm 2026" in \
        wizard.summary_page.view.toPlainText()
    plan_id = finish(qtbot, wizard)

    with db.transaction() as session:
        new_tasks = session.scalars(select(Task).where(Task.plan_id == plan_id)).all()
        carried = [t for t in new_tasks if t.is_carried_over]
        assert sorted(t.carried_over_from_id for t in carried) == sorted(
            t.id for t in unfinished if t.id != left_behind)
        assert {t.status for t in carried} == {TaskStatus.CARRIED_OVER.value}
        assert session.get(Task, left_behind).status != TaskStatus.CARRIED_OVER.value
        inherited = [t for t in new_tasks if not t.is_carried_over]
        assert len(inherited) == 28
        assert session.get(Plan, plan_id).template_id == new_template


def test_without_the_district_profile_the_wizard_says_what_to_do(qtbot, tmp_path):
    from sample_template import TEMPLATE

    path = create_database(tmp_path / "empty.sqlite")
    with open_database(path) as database:
        store_template(database, TEMPLATE, "c" * 64)
        wizard = make_wizard(qtbot, database)
        page = wizard.source_page
        assert not page.isComplete()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        assert "thông tin huyện" in page.problem_label.text()
        assert page.problem_label.isVisible()


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_every_page_can_be_used_from_the_keyboard(qtbot, db):
    """Labels name their field (Alt+letter goes there); no two shortcuts of a page clash
    with each other or with the wizard's buttons."""
    data, _, _ = next_year_template(db)
    store_template(db, data, "d" * 64)
    with db.transaction() as session:
        old_plan = session.scalars(select(Plan.id)).one()
    wizard = make_wizard(qtbot, db, previous_plan_id=old_plan)
    buttons = [wizard.button(b).text() for b in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    assert buttons == ["< &Quay lại", "&Tiếp theo >", "Tạo &kế hoạch", "Hủy"]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        keys = []
        for label in page.findChildren(QLabel):
            if "<" not in label.text() and mnemonic(label.text()):  # not rich text
                assert label.buddy() is not None, label.text()
                keys.append(mnemonic(label.text()))
        keys += [mnemonic(b.text()) for b in page.findChildren(QAbstractButton)
                 if mnemonic(b.text())]
        shown = ["q", "t"] + (["k"] if page_id == wizard.pageIds()[-1] else [])
        assert len(keys + shown) == len(set(keys + shown)), (page.title(), keys)
        assert page.title().startswith(f"Bước {wizard.pageIds().index(page_id) + 1}/6:")
