"""“Xuất văn bản”: choose a Kế hoạch, Báo cáo or Công văn đôn đốc, its period, Nơi nhận and
signer, see it, save it as .docx or .pdf.

``DocumentsDialog(db, plan_id, parent=None)``. The data is read once per kind/period
(``services.documents.load_sources``); editing recipients or signer only rebuilds the
document. Refusals appear in red inside the dialog, never in a blocking message box.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QTextBrowser, QVBoxLayout,
                               QWidget)

from dxdesk.documents.model import (AdminDocument, Bullet, GroupRow, Heading, Paragraph,
                                    Table, addressee_lines, basis_lines,
                                    letter_summary_lines, recipient_lines, with_closing_mark)
from dxdesk.documents.sources import SignerData
from dxdesk.domain.period import Period
from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.services import documents as service
from dxdesk.store import Database

PREVIEW_ROWS = 150  # appendix rows shown in the preview (the file has them all)
ERROR_STYLE = "color:#b71c1c"


class DocumentsDialog(QDialog):
    """Open with ``DocumentsDialog(db, plan_id, parent)``; ``save(path)`` writes the shown
    document (.docx or .pdf by the suffix)."""

    saved = Signal(object)  # Path written
    failed = Signal(str)  # a refusal, shown in the dialog

    def __init__(self, db: Database, plan_id: int | None, parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(parent)
        self.db, self.plan_id = db, plan_id
        self.today = today or dt.date.today()
        self.setWindowTitle("Xuất văn bản")
        self.resize(1200, 760)
        panel = load_form("documents_dialog", self)
        QVBoxLayout(self).addWidget(panel)
        find = panel.findChild
        self.kind_combo: QComboBox = find(QComboBox, "kindCombo")
        self.period_combo: QComboBox = find(QComboBox, "periodCombo")
        self.preset_combo: QComboBox = find(QComboBox, "presetCombo")
        self.signer_combo: QComboBox = find(QComboBox, "signerCombo")
        self.recipients_edit: QPlainTextEdit = find(QPlainTextEdit, "recipientsEdit")
        self.add_units_button: QPushButton = find(QPushButton, "addUnitsButton")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.open_after: QCheckBox = find(QCheckBox, "openAfterCheck")
        self.save_docx_button: QPushButton = find(QPushButton, "saveDocxButton")
        self.save_pdf_button: QPushButton = find(QPushButton, "savePdfButton")
        self.print_button: QPushButton = find(QPushButton, "printButton")
        self.print_dialog = None  # the open print preview, if any
        self.preview: QTextBrowser = find(QTextBrowser, "preview")
        find(QPushButton, "closeButton").clicked.connect(self.reject)

        self.sources = None
        self.document: AdminDocument | None = None
        self.plan_year = self.today.year
        self.last_dir = Path.home()
        self._rebuild_timer = QTimer(self, singleShot=True, interval=300)
        self._rebuild_timer.timeout.connect(self.rebuild)

        for kind in service.KINDS:
            self.kind_combo.addItem(service.KIND_LABELS[kind], kind)
        self.signer_presets = []
        self._fill_signers()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.period_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.preset_combo.activated.connect(self._preset_chosen)
        self.signer_combo.currentIndexChanged.connect(lambda _: self.rebuild())
        self.recipients_edit.textChanged.connect(self._rebuild_timer.start)
        self.add_units_button.clicked.connect(self.add_document_units)
        self.save_docx_button.clicked.connect(lambda: self.ask_and_save("docx"))
        self.save_pdf_button.clicked.connect(lambda: self.ask_and_save("pdf"))
        self.print_button.clicked.connect(self.print_preview)
        splitter = find(QSplitter, "splitter")
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 800])
        self._kind_changed()

    # -- choices ---------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def set_period(self, code: str | None) -> None:
        index = self.period_combo.findData(code or "")
        if index < 0:
            raise ValueError(f"no period {code!r} offered")
        self.period_combo.setCurrentIndex(index)

    def recipients(self) -> list[str]:
        return [line.strip() for line in self.recipients_edit.toPlainText().splitlines()
                if line.strip()]

    def set_recipients(self, items) -> None:
        self.recipients_edit.setPlainText("\n".join(items))
        self._rebuild_timer.stop()
        self.rebuild()

    def _fill_signers(self) -> None:
        try:
            self.signer_presets = service.signer_presets(self.db)
        except UserFacingError as exc:
            self.show_error(str(exc))
            self.signer_presets = []
        self.signer_combo.clear()
        for preset in self.signer_presets:
            self.signer_combo.addItem(preset.name, preset.id)
        if not self.signer_presets:
            self.signer_combo.addItem("(chưa có mẫu người ký)", None)

    def _fill_periods(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        year = self.plan_year
        self.period_combo.addItem(f"Từ đầu năm {year} đến nay", "")
        for code in (f"{year}-Q1", f"{year}-Q2", f"{year}-H1", f"{year}-Q3", f"{year}-Q4",
                     str(year)):
            period = Period.parse(code)
            if period.first_day <= self.today:
                self.period_combo.addItem(period.label[:1].upper() + period.label[1:], code)
        self.period_combo.blockSignals(False)

    def _fill_presets(self) -> None:
        self.preset_combo.clear()
        try:
            presets = service.recipient_presets(self.db, self.kind)
        except UserFacingError as exc:
            self.show_error(str(exc))
            presets = []
        for preset in presets:
            self.preset_combo.addItem(preset.name, list(preset.items))
        self.preset_combo.addItem("(tự nhập)", None)
        self.preset_combo.setCurrentIndex(0)
        self.recipients_edit.blockSignals(True)
        self.recipients_edit.setPlainText("\n".join(presets[0].items) if presets else "")
        self.recipients_edit.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_presets()
        if self.period_combo.count() == 0 or self.kind == "report":
            self._fill_periods()
        self.period_combo.setEnabled(self.kind == "report")
        self.reload()

    def _preset_chosen(self, index: int) -> None:
        items = self.preset_combo.itemData(index)
        if items is not None:
            self.set_recipients(items)

    def add_document_units(self) -> None:
        """Append the units the document names (not already listed) before ``Lưu: …``."""
        if self.sources is None:
            return
        current = self.recipients()
        known = {x.casefold().lstrip("- ").rstrip(" ;.") for x in current}
        archive = [x for x in current if x.casefold().lstrip("- ").startswith("lưu")]
        others = [x for x in current if x not in archive]
        added = [u for u in service.units_named(self.sources) if u.casefold() not in known]
        self.preset_combo.setCurrentIndex(self.preset_combo.count() - 1)  # (tự nhập)
        self.set_recipients([*others, *added, *archive])

    def _signer(self) -> SignerData | None:
        preset_id = self.signer_combo.currentData()
        for preset in self.signer_presets:
            if preset.id == preset_id:
                return SignerData(preset.lines or SignerData().lines, preset.signer_name)
        return None

    # -- building --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the data for the chosen kind and period, then build."""
        period = self.period_combo.currentData() if self.kind == "report" else None
        try:
            self.sources = service.load_sources(self.db, self.kind, self.plan_id,
                                                period=period or None, today=self.today)
        except UserFacingError as exc:
            self.sources = None
            self._refused(str(exc))
            return
        year = self.sources.plan.year
        if year != self.plan_year:
            self.plan_year = year
            current = self.period_combo.currentData()
            self._fill_periods()
            index = self.period_combo.findData(current)
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(max(index, 0))
            self.period_combo.blockSignals(False)
        self.rebuild()

    def rebuild(self) -> None:
        if self.sources is None:
            return
        data = service.with_choices(self.sources, recipients=self.recipients(),
                                    signer=self._signer())
        try:
            self.document = service.build(data)
        except UserFacingError as exc:
            self._refused(str(exc))
            return
        self.preview.setHtml(document_html(self.document))
        self.message_label.setText("")
        self._enable_saving(True)

    def _refused(self, message: str) -> None:
        self.document = None
        self.preview.setHtml("")
        self._enable_saving(False)
        self.show_error(message)

    def _enable_saving(self, enabled: bool) -> None:
        self.save_docx_button.setEnabled(enabled)
        self.save_pdf_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)
        self.add_units_button.setEnabled(self.sources is not None)

    def show_error(self, message: str) -> None:
        self.message_label.setText(f'<span style="{ERROR_STYLE}"><b>{html.escape(message)}</b></span>')
        self.failed.emit(message)

    def show_info(self, message: str) -> None:
        self.message_label.setText(html.escape(message))

    # -- saving ----------------------------------------------------------------------------
    def default_name(self, fmt: str) -> str:
        if self.kind == "plan":
            stem = f"Ke hoach chuyen doi so {self.plan_year}"
        elif self.kind == "report":
            period = self.period_combo.currentData() or f"{self.plan_year}-den-{self.today:%d%m}"
            stem = f"Bao cao chuyen doi so {period}"
        else:
            stem = f"Cong van don doc chuyen doi so {self.today:%Y-%m-%d}"
        return f"{stem}.{fmt}"

    def ask_and_save(self, fmt: str) -> Path | None:
        caption = "Lưu văn bản Word" if fmt == "docx" else "Lưu văn bản PDF"
        filters = "Văn bản Word (*.docx)" if fmt == "docx" else "Tệp PDF (*.pdf)"
        name, _ = QFileDialog.getSaveFileName(self, caption,
                                              str(self.last_dir / self.default_name(fmt)),
                                              filters)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        return self.save(path)

    def save(self, path: str | Path) -> Path | None:
        """Write the shown document at ``path`` (.pdf → PDF, else .docx); open it if asked."""
        self._rebuild_timer.stop()
        self.rebuild()
        if self.document is None:
            return None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            written = service.write_document(self.document, path)
        except UserFacingError as exc:
            self.show_error(str(exc))
            return None
        finally:
            self.unsetCursor()
        self.last_dir = written.parent
        self.show_info(f"Đã lưu “{written}”.")
        self.saved.emit(written)
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written


    # -- printing --------------------------------------------------------------------------
    def print_preview(self, *, show: bool = True):
        """Build the PDF of the shown document and open the print preview of its real
        pages (``PrintPreviewDialog``); returns the dialog, None when refused."""
        from dxdesk.documents.pdf_writer import build_pdf
        from dxdesk.gui.print_preview import PrintPreviewDialog

        self._rebuild_timer.stop()
        self.rebuild()
        if self.document is None:
            return None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = build_pdf(self.document)
        except (OSError, RuntimeError) as exc:  # fonts missing or unreadable
            self.show_error(f"Không tạo được bản in: {exc}")
            return None
        finally:
            self.unsetCursor()
        dialog = PrintPreviewDialog(pdf, self.default_name("pdf")[:-4], self)
        dialog.last_dir = self.last_dir
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "print_dialog", None))
        if show:
            dialog.open()
        return dialog


# --- the preview -----------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text)


def _block_html(block, closing: bool = False) -> str:
    if isinstance(block, Heading):
        text = _e(block.display_text)
        if block.is_bold:
            text = f"<b>{text}</b>"
        if block.is_italic:
            text = f"<i>{text}</i>"
        return f'<p style="margin:6px 0 0 0; text-indent:28px">{text}</p>'
    if isinstance(block, Paragraph):
        spans = list(block.spans)
        parts = []
        for k, s in enumerate(spans):
            text = with_closing_mark(s.text) if closing and k == len(spans) - 1 else s.text
            text = _e(text)
            if s.bold or block.bold:
                text = f"<b>{text}</b>"
            if s.italic or block.italic:
                text = f"<i>{text}</i>"
            parts.append(text)
        indent = "28px" if block.first_line_indent else "0"
        return f'<p align="justify" style="margin:6px 0 0 0; text-indent:{indent}">{"".join(parts)}</p>'
    if isinstance(block, Bullet):
        text = with_closing_mark(block.display_text) if closing else block.display_text
        return f'<p align="justify" style="margin:6px 0 0 0; text-indent:28px">{_e(text)}</p>'
    if isinstance(block, Table):
        return _table_html(block)
    return ""


def _table_html(table: Table) -> str:
    n = len(table.columns)
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%" '
           'style="border-collapse:collapse; font-size:10pt">']
    for header in table.headers:
        out.append("<tr>" + "".join(
            f'<th colspan="{c.span}">{_e(c.text)}</th>' for c in header if c.text is not None)
            + "</tr>")
    shown = table.rows[:PREVIEW_ROWS]
    for row in shown:
        if isinstance(row, GroupRow):
            if row.label:
                out.append(f'<tr><td align="center"><b>{_e(row.label)}</b></td>'
                           f'<td colspan="{n - 1}"><b>{_e(row.text)}</b></td></tr>')
            else:
                out.append(f'<tr><td colspan="{n}"><b>{_e(row.text)}</b></td></tr>')
        else:
            cells = []
            for col, cell in zip(table.columns, row.cells):
                align = {"center": "center", "right": "right"}.get(col.align.value, "left")
                cells.append(f'<td align="{align}">{_e(cell).replace(chr(10), "<br>")}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
    more = len(table.rows) - len(shown)
    if more > 0:
        out.append(f'<tr><td colspan="{n}"><i>… và {more} dòng nữa (có đủ trong tệp '
                   f'được lưu).</i></td></tr>')
    out.append("</table>")
    return "".join(out)


def document_html(doc: AdminDocument) -> str:
    """A faithful-enough HTML picture of ``doc`` for the preview (not the printed layout)."""
    h = doc.header
    left = "<br>".join([*(_e(x) for x in h.parent_lines), *(f"<b>{_e(x)}</b>" for x in h.issuer_lines)])
    left += f'<br>{_e(h.number_line).replace("  ", "&nbsp;&nbsp;")}'
    if doc.is_letter:
        left += "<br>" + "<br>".join(_e(x) for x in letter_summary_lines(doc.summary))
    right = ("<b style=\"white-space:nowrap\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b>"
             f'<br><br><i>{_e(h.date_line).replace("  ", "&nbsp;&nbsp;")}</i>')
    out = ['<html><body style="font-family:\'Times New Roman\',serif; font-size:13pt">',
           '<table width="100%" style="font-size:11pt"><tr>'
           f'<td align="center" valign="top" width="38%">{left}</td>'
           f'<td align="center" valign="top">{right}</td></tr></table>']
    if doc.type_name:
        out.append(f'<p align="center" style="margin-top:14px"><b>{_e(doc.type_name)}</b><br>'
                   + "<br>".join(f"<b>{_e(s)}</b>" for s in doc.summary) + "</p>")
    if doc.addressees:
        lines = addressee_lines(doc.addressees)
        if len(lines) == 1:
            out.append(f'<p align="center">Kính gửi: {_e(lines[0])}</p>')
        else:
            out.append('<p style="margin-left:80px">Kính gửi:<br>'
                       + "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{_e(x)}" for x in lines) + "</p>")
    for line in basis_lines(doc.bases):
        out.append(f'<p align="justify" style="margin:6px 0 0 0; text-indent:28px"><i>{_e(line)}</i></p>')
    blocks = [*doc.intro, *doc.blocks]
    for k, block in enumerate(blocks):
        closing = doc.closing_mark and k == len(blocks) - 1 and isinstance(block, (Paragraph, Bullet))
        out.append(_block_html(block, closing))
    recipients = "<br>".join(_e(x) for x in recipient_lines(doc.recipients))
    signer = ""
    if doc.signer:
        signer = ("<br>".join(f"<b>{_e(x)}</b>" for x in doc.signer.authority_lines)
                  + "<br>" * (doc.signer.gap_lines + 1) + f"<b>{_e(doc.signer.name)}</b>")
    out.append('<table width="100%" style="margin-top:12px"><tr>'
               f'<td valign="top" width="45%"><b><i>Nơi nhận:</i></b><br>'
               f'<span style="font-size:10pt">{recipients}</span></td>'
               f'<td align="center" valign="top">{signer}</td></tr></table>')
    for appendix in doc.appendices:
        out.append('<hr><p align="center"><b>' + _e(appendix.label) + "</b><br><b>"
                   + _e(appendix.display_title) + "</b>"
                   + (f"<br><i>{_e(appendix.display_reference)}</i>" if appendix.reference else "")
                   + "</p>")
        for block in appendix.blocks:
            out.append(_block_html(block))
    out.append("</body></html>")
    return "".join(out)

