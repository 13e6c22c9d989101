"""Print preview and printing of one of our PDFs, page for page.

``PrintPreviewDialog(pdf_bytes, title, parent=None)`` is a ``QPrintPreviewDialog`` whose
``paintRequested`` draws each page of the PDF on the printer's page (``paint_pdf``), so the
preview and the sheets that come out of the printer are the PDF the “Lưu .pdf” button
writes: same line breaks, same page breaks, same page numbers.

PySide6-Essentials has no QtPdf, so the pages are rasterised with pypdfium2 (PDFium): at
the printer's resolution up to ``PRINT_DPI`` when printing (one page in memory at a time),
at ``PREVIEW_DPI`` or less in the preview (the preview keeps every page as an image; the
resolution drops for long documents so that they stay within ``PREVIEW_BUDGET`` pixels).

Each page is printed in its own orientation (an appendix in landscape after a portrait
body): the printer's orientation is set from the PDF page's size before the page is
started. Qt's preview, though, draws every page in one frame (the printer's last page
layout), so in the preview a page of the other orientation is shown turned a quarter turn
on the sheet, as a printer fed portrait paper prints it. The paper size is the printer's (A4 by default, taken from the first page); a page
is drawn at its real size, centred, or scaled down when the paper is smaller. The import of
pypdfium2 happens on first use, not when the main window is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

__all__ = ["PdfPage", "PrintPreviewDialog", "paint_pdf", "pdf_pages", "PRINT_DPI",
           "PREVIEW_DPI"]

PRINT_DPI = 300  # enough for 14 pt text and hair lines; 600 dpi would be 4x the memory
PREVIEW_DPI = 150
PREVIEW_BUDGET = 120_000_000  # pixels kept by the preview for the whole document (~360 MB)
MIN_PREVIEW_DPI = 60
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PdfPage:
    """A page's size in points, as displayed (after the page's own /Rotate)."""

    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def orientation(self) -> QPageLayout.Orientation:
        return (QPageLayout.Orientation.Landscape if self.landscape
                else QPageLayout.Orientation.Portrait)

    def page_size(self) -> QPageSize:
        """The standard paper this page is (A4…), else a custom size; always portrait."""
        short, long = sorted((self.width, self.height))
        return QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)


def _open(pdf_bytes: bytes):
    import pypdfium2 as pdfium  # heavy (PDFium): only when a preview or print is asked for

    return pdfium.PdfDocument(pdf_bytes)


def pdf_pages(pdf_bytes: bytes) -> list[PdfPage]:
    """The size of every page of ``pdf_bytes``."""
    pdf = _open(pdf_bytes)
    try:
        return [PdfPage(*pdf[i].get_size()) for i in range(len(pdf))]
    finally:
        pdf.close()


def _image(page, dpi: float, rotation: int = 0) -> QImage:
    """The page rendered at ``dpi`` (turned clockwise by ``rotation`` degrees) as a QImage
    that owns its pixels."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rotation=rotation, rev_byteorder=True,
                         optimize_mode="print")
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888)
        return image.copy()  # the bitmap's buffer goes away with it
    finally:
        bitmap.close()


def _target(paper: QRectF, page: PdfPage, dpi: float) -> QRectF:
    """Where the page goes on the paper (device pixels): real size, centred; scaled down
    to fit when the paper is smaller."""
    width = page.width / POINTS_PER_INCH * dpi
    height = page.height / POINTS_PER_INCH * dpi
    scale = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - width) / 2,
                  paper.y() + (paper.height() - height) / 2, width, height)


def paint_pdf(pdf_bytes: bytes, printer: QPrinter, *, max_dpi: float = PRINT_DPI,
              turn_pages: bool = False) -> int:
    """Print every page of ``pdf_bytes`` on ``printer`` (each in its own orientation);
    return the number of pages printed. The printer's page range (“Trang từ … đến …”) is
    honoured.

    ``turn_pages``: keep the printer's orientation for every sheet and turn a page of the
    other orientation a quarter turn (its top to the left), as a printer fed portrait
    paper does with a landscape page. Qt's preview shows every page in one frame size, so
    the preview uses this; real printing changes the orientation page by page."""
    pdf = _open(pdf_bytes)
    painter = QPainter()
    printed = 0
    try:
        count = len(pdf)
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
        printer.setFullPage(True)  # our pages carry their own margins
        for number in range(first, last + 1):
            page = pdf[number - 1]
            size = PdfPage(*page.get_size())
            rotation = 0
            if not turn_pages:
                printer.setPageOrientation(size.orientation)  # for the page begun next
            elif size.orientation != printer.pageLayout().orientation():
                rotation = 270  # a quarter turn anticlockwise: the page's top on the left
                size = PdfPage(size.height, size.width)
            if printed == 0:
                if not painter.begin(printer):
                    raise OSError("không mở được máy in")
            elif not printer.newPage():
                raise OSError("máy in không nhận thêm trang")
            resolution = printer.resolution()
            paper = QRectF(printer.pageLayout().fullRectPixels(resolution))
            dpi = min(float(resolution), float(max_dpi))
            image = _image(page, dpi, rotation)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(_target(paper, size, resolution), image)
            printed += 1
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()
    return printed


def preview_dpi(pages: list[PdfPage]) -> float:
    """The preview's resolution: PREVIEW_DPI unless the document is long."""
    area = sum(p.width * p.height for p in pages) / POINTS_PER_INCH ** 2  # square inches
    if area <= 0:
        return PREVIEW_DPI
    fitting = (PREVIEW_BUDGET / area) ** 0.5
    return max(MIN_PREVIEW_DPI, min(PREVIEW_DPI, fitting))


class PrintPreviewDialog(QPrintPreviewDialog):
    """``PrintPreviewDialog(pdf_bytes, title, parent)``; ``exec()`` or ``open()`` it. The
    toolbar has Qt's zoom, page, setup and print buttons, and “Lưu PDF…”."""

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None, *,
                 printer: QPrinter | None = None):
        self.printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.pdf_bytes = bytes(pdf_bytes)
        self.title = title
        self.pages = pdf_pages(self.pdf_bytes)
        self.last_dir = Path.home()
        self.setWindowTitle(f"Xem trước khi in — {title}")
        self.resize(1100, 820)
        self.printer.setDocName(title)
        self.printer.setFullPage(True)
        if self.pages:
            first = self.pages[0]
            self.printer.setPageLayout(QPageLayout(first.page_size(), first.orientation,
                                                   QMarginsF(0, 0, 0, 0)))
        self.paintRequested.connect(self.paint)
        self._add_save_action()

    def _add_save_action(self) -> None:
        toolbar = self.findChild(QToolBar)
        self.save_action = QAction("Lưu PDF…", self)
        self.save_action.setToolTip("Lưu đúng tệp PDF đang xem")
        self.save_action.triggered.connect(self.ask_and_save)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        else:  # pragma: no cover - Qt's dialog always has its toolbar
            self.addAction(self.save_action)

    def is_preview(self, printer: QPrinter) -> bool:
        """Qt paints the preview on our printer with its own picture-recording engine."""
        engine = printer.paintEngine()
        return engine is not None and engine.type() == engine.Type.Picture

    def paint(self, printer: QPrinter) -> int:
        """Draw every page on ``printer`` (the preview's or the real printer)."""
        preview = self.is_preview(printer)
        max_dpi = preview_dpi(self.pages) if preview else PRINT_DPI
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            return paint_pdf(self.pdf_bytes, printer, max_dpi=max_dpi, turn_pages=preview)
        except OSError as exc:
            QMessageBox.warning(self, "Không in được", f"Không in được: {exc}.")
            return 0
        finally:
            self.unsetCursor()

    def ask_and_save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, "Lưu tệp PDF",
                                              str(self.last_dir / f"{self.title}.pdf"),
                                              "Tệp PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return self.save(path)

    def save(self, path: str | Path) -> Path | None:
        path = Path(path)
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, "Không lưu được",
                                f"Không lưu được “{path}”: {exc.strerror or exc}.")
            return None
        self.last_dir = path.parent
        return path
