"""The import dialog as an officer uses it: read a file, correct the parse, store it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator
from sqlalchemy import select

from dxdesk.gui.import_dialog import ImportDialog
from dxdesk.model import Template, TemplateTask
from dxdesk.services.demo import sample_template_path
from dxdesk.store import create_database, open_database

pytestmark = pytest.mark.gui


@pytest.fixture
def db(vn_dir):
    path = create_database(vn_dir / "dxdesk.sqlite")
    with open_database(path) as database:
        yield database


def read(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.parsed, timeout=20000):
        dialog.open_file(path)


def row_of(dialog, predicate) -> int:
    return next(i for i, line in enumerate(dialog.lines) if predicate(line))


def select_row(dialog, row: int) -> None:
    """Select the tree item showing line ``row``, as a click would."""
    dialog.tree.clearSelection()
    iterator = QTreeWidgetItemIterator(dialog.tree)
    while iterator.value():
        item = iterator.value()
        if item.data(0, Qt.ItemDataRole.UserRole) == row:
            item.setSelected(True)
        iterator += 1


def test_read_correct_and_store(qtbot, db):
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    read(qtbot, dialog, sample_template_path())
    assert "KẾ HOẠCH" in dialog.summary_label.text()
    tasks_before = sum(line.kind == "task" for line in dialog.lines)
    assert tasks_before >= 25

    first_task = row_of(dialog, lambda l: l.kind == "task")
    select_row(dialog, first_task)
    dialog.set_kind("other")  # the officer: this line is not a task
    select_row(dialog, first_task + 1)
    dialog.merge_selected()  # two task lines were one sentence
    long_task = row_of(dialog, lambda l: l.kind == "task" and len(l.text) > 60)
    select_row(dialog, long_task)
    dialog.split_selected(at=30)

    with qtbot.waitSignal(dialog.imported, timeout=5000) as stored:
        dialog.buttons.accepted.emit()
    summary = stored.args[0]
    assert summary.tasks == tasks_before - 1 - 1 + 1
    with db.transaction() as session:
        template = session.get(Template, summary.template_id)
        assert template.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG MẪU"
        texts = session.scalars(select(TemplateTask.text)
                                .where(TemplateTask.template_id == template.id)).all()
        assert len(texts) == summary.tasks


def test_importing_the_same_file_twice_is_refused_in_the_dialog(qtbot, db):
    from dxdesk.importing import parse_file
    from dxdesk.services.templates import store_template

    parsed = parse_file(sample_template_path())
    store_template(db, parsed.to_json_dict(), parsed.source_sha256)
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    read(qtbot, dialog, sample_template_path())
    with qtbot.waitSignal(dialog.failed, timeout=5000) as refused:
        dialog.buttons.accepted.emit()
    assert "đã được nhập" in refused.args[0]
    assert dialog.result() == 0  # not accepted: the officer can choose another file


def test_a_bad_file_is_explained_not_crashed_on(qtbot, db, tmp_path):
    bad = tmp_path / "kế hoạch.docx"
    bad.write_bytes(b"this is not a zip file")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10000) as refused:
        dialog.open_file(bad)
    assert refused.args[0]
    assert "Không nhập được tệp này" in dialog.summary_label.text()
    with db.transaction() as session:
        assert session.scalars(select(Template)).all() == []
