"""The “Xuất văn bản” dialog as an officer uses it: choose, preview, adjust, save."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtWidgets import QMessageBox

from dxdesk.gui.documents_dialog import DocumentsDialog
from dxdesk.store import create_database, open_database

pytestmark = pytest.mark.gui

TODAY = dt.date.today()


def texts(path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def dialog(qtbot, db):
    d = DocumentsDialog(db, None, today=TODAY)
    qtbot.addWidget(d)
    d.open_after.setChecked(False)  # never launch a viewer from the tests
    return d


def test_plan_preview_and_save_docx(dialog, vn_dir):
    assert dialog.kind == "plan"
    assert not dialog.period_combo.isEnabled()
    html = dialog.preview.toPlainText()
    assert "KẾ HOẠCH" in html and "Nơi nhận:" in html and "Phụ lục" in html
    assert dialog.save_docx_button.isEnabled() and dialog.save_pdf_button.isEnabled()
    assert dialog.recipients()[-1] == "Lưu: VT, VHTT"
    path = dialog.save(vn_dir / "kế hoạch.docx")
    assert path is not None and "Đã lưu" in dialog.message_label.text()
    lines = texts(path)
    assert "Số:      /KH-UBND" in lines and "- Lưu: VT, VHTT." in lines


def test_report_period_recipients_and_signer(qtbot, dialog, vn_dir):
    dialog.set_kind("report")
    assert dialog.period_combo.isEnabled()
    assert dialog.period_combo.currentData() == ""  # the year so far
    assert "BÁO CÁO" in dialog.preview.toPlainText()
    year = dialog.sources.plan.year
    dialog.set_period(f"{year}-Q1")
    assert dialog.document.summary == (f"Kết quả thực hiện Kế hoạch chuyển đổi số quý I năm {year}",)
    # edit the list: a duplicate archive line is dropped, ours is always last
    dialog.set_recipients(["Lưu: VT, VHTT", "Phòng Nội vụ", "Phòng Nội vụ"])
    assert dialog.document.recipients == ("Như trên", "Phòng Nội vụ", "Lưu: VT, VHTT")
    dialog.add_document_units()
    assert dialog.recipients()[-1] == "Lưu: VT, VHTT"
    assert "Phòng Văn hóa và Thông tin" in dialog.recipients()
    assert dialog.recipients().count("Phòng Nội vụ") == 2  # the officer's own lines are kept
    assert dialog.preset_combo.currentText() == "(tự nhập)"
    dialog.signer_combo.setCurrentIndex(dialog.signer_combo.findText("Chủ tịch Nguyễn Thị Hoa"))
    assert dialog.document.signer.name == "Nguyễn Thị Hoa"
    with qtbot.waitSignal(dialog.saved):
        path = dialog.save(vn_dir / "báo cáo.pdf")
    assert path.read_bytes()[:5] == b"%PDF-"


def test_typing_recipients_rebuilds_after_a_pause(qtbot, dialog):
    dialog.recipients_edit.setPlainText("Phòng Tư pháp")
    qtbot.waitUntil(lambda: dialog.document.recipients == ("Phòng Tư pháp", "Lưu: VT, VHTT"),
                    timeout=3000)
    assert "Phòng Tư pháp;" in dialog.preview.toPlainText()


def test_reminder_kind(dialog):
    dialog.set_kind("reminder")
    assert not dialog.period_combo.isEnabled()
    if dialog.document is None:  # nothing late or due soon today
        assert "Không có nhiệm vụ" in dialog.message_label.text()
        return
    assert dialog.recipients()[0] == "Như trên"
    assert "V/v đôn đốc" in dialog.preview.toPlainText()


def test_refusals_are_inline_in_red(qtbot, vn_dir, monkeypatch):
    def no_boxes(*args, **kwargs):  # a blocking box would hang the test: fail instead
        raise AssertionError("a message box was opened")

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, no_boxes)
    path = create_database(vn_dir / "trống.sqlite")
    with open_database(path, daily_backup=False) as empty:
        d = DocumentsDialog(empty, None, today=TODAY)
        qtbot.addWidget(d)
        assert "thông tin huyện" in d.message_label.text()
        assert "#b71c1c" in d.message_label.text()
        assert not d.save_docx_button.isEnabled() and not d.save_pdf_button.isEnabled()
        assert d.save(vn_dir / "x.docx") is None
        assert not (vn_dir / "x.docx").exists()
        d.close()
