"""Print preview and printing: the pages printed are the pages of our PDF, each in its
own orientation — checked by printing to a PDF file (no printer needed, no modal exec)."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from sqlalchemy import select

from dxdesk.documents.pdf_writer import build_pdf
from dxdesk.gui.documents_dialog import DocumentsDialog
from dxdesk.gui.print_preview import PrintPreviewDialog, paint_pdf, pdf_pages
from dxdesk.gui.task_list import TaskListWidget
from dxdesk.model import Plan
from dxdesk.services.documents import document_for
from dxdesk.store import open_database

pytestmark = pytest.mark.gui


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def plan_pdf(db) -> bytes:
    return build_pdf(document_for(db, "plan"))


def sizes(path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(str(path)).pages]


def sizes_of_bytes(pdf: bytes, tmp_path) -> list[tuple[int, int]]:
    path = tmp_path / "source.pdf"
    path.write_bytes(pdf)
    return sizes(path)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_gives_every_page_in_its_orientation(qtbot, plan_pdf, tmp_path):
    source = sizes_of_bytes(plan_pdf, tmp_path)
    assert {w > h for w, h in source} == {False, True}  # portrait body, landscape appendix
    dialog = PrintPreviewDialog(plan_pdf, "Kế hoạch chuyển đổi số")
    qtbot.addWidget(dialog)
    printer = dialog.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printed = []
    dialog.paintRequested.connect(lambda p: printed.append(p))
    dialog.paintRequested.emit(printer)  # what the Print button does, minus the dialog
    assert printed == [printer]
    assert sizes(out) == source


def test_paint_pdf_honours_a_page_range(plan_pdf, tmp_path):
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(9, 10)  # last portrait page, first landscape one
    assert paint_pdf(plan_pdf, printer, max_dpi=72) == 2
    assert sizes(out) == sizes_of_bytes(plan_pdf, tmp_path)[8:10]


def test_preview_shows_every_page(qtbot, plan_pdf):
    dialog = PrintPreviewDialog(plan_pdf, "Kế hoạch")
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    calls = []
    dialog.paintRequested.connect(lambda p: calls.append(dialog.is_preview(p)))
    widget.updatePreview()
    assert calls == [True]
    assert widget.pageCount() == len(pdf_pages(plan_pdf))
    assert dialog.findChild(type(dialog.save_action), None) is not None


def test_save_writes_the_same_pdf(qtbot, plan_pdf, vn_dir):
    dialog = PrintPreviewDialog(plan_pdf, "Kế hoạch")
    qtbot.addWidget(dialog)
    path = dialog.save(vn_dir / "bản in.pdf")
    assert path.read_bytes() == plan_pdf


def test_documents_dialog_print_button_opens_the_preview(qtbot, db, tmp_path):
    dialog = DocumentsDialog(db, None, today=dt.date.today())
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    assert dialog.print_button.isEnabled()
    preview = dialog.print_preview(show=False)
    assert isinstance(preview, PrintPreviewDialog)
    assert len(preview.pages) == len(pdf_pages(build_pdf(dialog.document)))
    out = tmp_path / "dialog.pdf"
    assert preview.paint(pdf_printer(out)) == len(preview.pages)
    assert sizes(out) == sizes_of_bytes(preview.pdf_bytes, tmp_path)


def test_task_list_prints_the_filtered_rows(qtbot, db, tmp_path):
    with db.transaction() as session:
        plan_id = session.execute(select(Plan.id)).scalars().first()
    widget = TaskListWidget()
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.set_plan(db, plan_id)
    everything = widget.shown_rows()
    assert len(everything) == widget.model.task_count() > 0
    widget.search_edit.setText(everything[0][1].split()[0])  # a word of the first task
    rows = widget.shown_rows()
    assert 0 < len(rows) == widget.proxy.match_count()
    preview = widget.print_preview(show=False)
    assert isinstance(preview, PrintPreviewDialog)
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(_write(preview.pdf_bytes, tmp_path / "list.pdf")).pages)
    for row in rows:
        assert " ".join(row[1].split()[:3]) in text
    assert all(p.landscape for p in preview.pages)
    out = tmp_path / "list-printed.pdf"
    assert preview.paint(pdf_printer(out)) == len(preview.pages)
    assert all(w > h for w, h in sizes(out))


def test_buttons_open_the_preview(qtbot, db):
    dialog = DocumentsDialog(db, None, today=dt.date.today())
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.print_button.click()
    assert isinstance(dialog.print_dialog, PrintPreviewDialog)
    assert dialog.print_dialog.isVisible()
    dialog.print_dialog.close()
    qtbot.waitUntil(lambda: dialog.print_dialog is None)

    with db.transaction() as session:
        plan_id = session.execute(select(Plan.id)).scalars().first()
    widget = TaskListWidget()
    qtbot.addWidget(widget)
    widget.set_plan(db, plan_id)
    widget.print_button.click()
    assert isinstance(widget.print_dialog, PrintPreviewDialog)
    widget.print_dialog.close()
    qtbot.waitUntil(lambda: widget.print_dialog is None)


def _write(data: bytes, path):
    path.write_bytes(data)
    return str(path)
