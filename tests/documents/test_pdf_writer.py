"""The PDF writer: the PDF says what the document model says, in an embedded serif, laid out
by the ND30 rules (page numbers, landscape appendices, repeated table headers, rules), and
is written atomically. Read back with pypdf; fast (no LibreOffice)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import unicodedata

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

import docsamples
from dxdesk.documents import layout as L
from dxdesk.documents import pdf_writer
from dxdesk.documents.model import (
    AdminDocument,
    Align,
    Appendix,
    Bullet,
    Column,
    DocumentKind,
    GroupRow,
    Header,
    HeaderCell,
    Heading,
    Paragraph,
    Row,
    Signer,
    Table,
    addressee_lines,
    basis_lines,
    letter_summary_lines,
    recipient_lines,
    with_closing_mark,
)
from dxdesk.documents.pdf_writer import VIETNAMESE_LETTERS, serif_family, write_pdf

MM = 72 / 25.4


# --- sample documents ------------------------------------------------------------------------


def report_document() -> AdminDocument:
    """A report to a superior with a body table and an appendix with a two-level header."""
    columns = (
        Column("STT", 10, Align.CENTER),
        Column("Nhiệm vụ / chỉ tiêu", 70, Align.JUSTIFY),
        Column("Kế hoạch", 20, Align.CENTER),
        Column("Kết quả", 20, Align.CENTER),
        Column("Tỷ lệ %", 15, Align.RIGHT),
        Column("Ghi chú", 30),
    )
    two_level = (
        (HeaderCell("STT"), HeaderCell("Nhiệm vụ / chỉ tiêu"), HeaderCell("Kết quả thực hiện", span=3),
         HeaderCell("Ghi chú")),
        (HeaderCell(None), HeaderCell(None), HeaderCell("Kế hoạch"), HeaderCell("Kết quả"),
         HeaderCell("Tỷ lệ %"), HeaderCell(None)),
    )
    rows = (
        GroupRow("Chỉ tiêu chung"),
        Row(("1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "40", "45", "112,5", "Vượt")),
        GroupRow("Hạ tầng số", label="I"),
        Row(("2", "Phủ sóng di động băng rộng", "100", "98", "98", "Còn 02 thôn\nchưa phủ sóng")),
        Row(("", "Cộng", "", "", "", ""), bold=True),
    )
    return AdminDocument(
        kind=DocumentKind.REPORT,
        header=Header(docsamples.ISSUER, "BC-UBND", "Ba Tơ", number=12, date=dt.date(2023, 12, 15),
                      parent_lines=("UBND TỈNH QUẢNG NGÃI",)),
        summary=("Kết quả thực hiện Kế hoạch chuyển đổi số năm 2023",),
        addressees=("Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",),
        intro=(Paragraph("Thực hiện Kế hoạch số 05/KH-UBND ngày 05/02/2023 của Ủy ban nhân dân huyện "
                         "về Chuyển đổi số huyện Ba Tơ năm 2023, Ủy ban nhân dân huyện báo cáo như sau:"),),
        blocks=(
            Heading(1, "Kết quả thực hiện", "I"),
            Table(columns[:2] + columns[5:], (Row(("1", "Ban hành kế hoạch", "Xong")),)),
            Bullet("Kết quả thực hiện đạt 85% kế hoạch"),
        ),
        recipients=("Như trên", "Lưu: VT, VHTT"),
        signer=Signer(("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Phạm Xuân Vinh"),
        appendices=(Appendix("Kết quả thực hiện các chỉ tiêu", blocks=(Table(columns, rows, two_level),),
                             label="Phụ lục I", reference="Kèm theo Báo cáo số 12/BC-UBND"),),
    )


SAMPLES = {
    "plan": lambda: docsamples.bato_plan(),
    "issued_plan": lambda: docsamples.bato_plan(number=5, date=dt.date(2023, 2, 5)),
    "letter": lambda: docsamples.reminder_letter(),
    "report": report_document,
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """name -> (document, PdfReader), each written once to a folder with Vietnamese letters."""
    folder = tmp_path_factory.mktemp("pdf") / "Tài liệu"
    folder.mkdir()
    out = {}
    for name, make in SAMPLES.items():
        doc = make()
        path = folder / f"{name}.pdf"
        write_pdf(doc, path)
        out[name] = (doc, PdfReader(path))
    return out


@pytest.fixture(scope="module")
def long_plan(tmp_path_factory):
    """The plan with a 60-row appendix: several landscape pages."""
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    doc = docsamples.plan_with_rows(60)
    write_pdf(doc, path)
    return doc, PdfReader(path)


_TEXTS: dict[int, list[str]] = {}


def page_texts(reader: PdfReader) -> list[str]:
    if id(reader) not in _TEXTS:
        _TEXTS[id(reader)] = [page.extract_text() or "" for page in reader.pages]
    return _TEXTS[id(reader)]


def page_number(text: str) -> str | None:
    """The page's running number: its first line when that is only digits."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if re.fullmatch(r"\d+", first) else None


# --- what the document prints, in reading order ----------------------------------------------


def _block_lines(block, *, closing: bool = False) -> list[str]:
    if isinstance(block, Heading):
        return [block.display_text]
    if isinstance(block, Paragraph):
        return [with_closing_mark(block.text) if closing else block.text]
    if isinstance(block, Bullet):
        return [with_closing_mark(block.display_text) if closing else block.display_text]
    out = []
    for header in block.headers:
        out += [c.text for c in header if c.text is not None]
    for row in block.rows:
        if isinstance(row, Row):
            out += list(row.cells)
        else:
            out += [row.label, row.text] if row.label is not None else [row.text]
    return out


def printed_lines(doc: AdminDocument) -> list[str]:
    """Every string the writer prints, in the order a reader (and pypdf) meets them."""
    h = doc.header
    out = [*h.parent_lines, *h.issuer_lines, L.NATIONAL_TITLE, L.MOTTO, h.number_line]
    if doc.is_letter:
        out += letter_summary_lines(doc.summary)
    out.append(h.date_line)
    if not doc.is_letter:
        out += [doc.type_name, *doc.summary]
    if doc.addressees:
        lines = addressee_lines(doc.addressees)
        out += [f"{L.ADDRESSEES_LABEL} {lines[0]}"] if len(lines) == 1 else [L.ADDRESSEES_LABEL, *lines]
    out += basis_lines(doc.bases)
    blocks = [*doc.intro, *doc.blocks]
    ends_with_text = bool(blocks) and isinstance(blocks[-1], (Paragraph, Bullet))
    for k, block in enumerate(blocks):
        out += _block_lines(block, closing=doc.closing_mark and ends_with_text and k == len(blocks) - 1)
    if doc.closing_mark and not ends_with_text:
        out.append(L.CLOSING_MARK)
    if doc.recipients:
        out += [L.RECIPIENTS_LABEL, *recipient_lines(doc.recipients)]
    if doc.signer:
        out += [line.upper() for line in doc.signer.authority_lines] + [doc.signer.name]
    for appendix in doc.appendices:
        out += [appendix.label, appendix.display_title]
        if appendix.display_reference:
            out.append(appendix.display_reference)
        for block in appendix.blocks:
            out += _block_lines(block)
    return out


def words(lines) -> list[str]:
    return [w for line in lines for w in unicodedata.normalize("NFC", line).split()]


def pdf_words(reader: PdfReader, doc: AdminDocument | None = None) -> list[str]:
    """The words of every page, without the running page numbers and, given the document,
    without the table header rows repeated at the top of a continuation page."""
    headers = []
    if doc is not None:
        for block in [*doc.blocks, *(b for a in doc.appendices for b in a.blocks)]:
            if isinstance(block, Table):
                headers.append(words(c.text for header in block.headers for c in header if c.text))
    out = []
    for text in page_texts(reader):
        lines = text.strip().splitlines()
        if lines and page_number(text) is not None:
            lines = lines[1:]
        page = words(lines)
        for header in headers:
            if page[:len(header)] == header:
                page = page[len(header):]
                break
        out += page
    return out


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SAMPLES))
def test_pdf_text_is_the_documents_text(pdfs, name):
    doc, reader = pdfs[name]
    got = pdf_words(reader, doc)
    expected = words(printed_lines(doc))
    # letter for letter and in order (pypdf glues two words that end and start a line of a
    # two-level table header: compare without the spaces too) ...
    assert "".join(got) == "".join(expected)
    if name != "report":
        assert got == expected
    # ... and every string of the model in the model's own order (case-insensitive: headings
    # and appendix titles are printed in caps; the date line is printed beside the number)
    # (the model stores items without the punctuation the layout adds: compare strings)
    text = "".join(got).casefold()
    at = 0
    for item in doc.iter_text():
        if item == doc.header.date_line or not item.strip():
            continue
        needle = "".join(item.split()).casefold()
        found = text.find(needle, at)
        assert found >= 0, f"{item!r} is missing or out of order"
        at = found + len(needle)


def test_pdf_text_is_nfc(pdfs):
    for _, reader in pdfs.values():
        for text in page_texts(reader):
            assert unicodedata.is_normalized("NFC", text)


def test_header_lines_stay_whole(pdfs):
    for name in ("plan", "letter", "report"):
        doc, reader = pdfs[name]
        lines = [" ".join(line.split()) for line in page_texts(reader)[0].splitlines()]
        for expected in (L.NATIONAL_TITLE, L.MOTTO, " ".join(doc.header.date_line.split()),
                         " ".join(doc.header.number_line.split())):
            assert expected in lines, f"{name}: {expected!r} wraps or is missing"


def test_every_vietnamese_letter_round_trips(tmp_path):
    vowels = "aăâeêioôơuưy"
    groups = ["".join(unicodedata.normalize("NFC", v + mark) for mark in ("", "\u0300", "\u0301", "\u0309",
                                                                            "\u0303", "\u0323"))
              for v in vowels]
    lower = " ".join(groups + ["đ"])  # "aàáảãạ ăằắẳẵặ ... yỳýỷỹỵ đ"
    upper = lower.upper()
    assert {c for c in VIETNAMESE_LETTERS if not c.isascii()} <= set(lower + upper)
    sample = f"{lower} {upper}"
    # given decomposed (NFD), as text pasted from some sources arrives
    nfd = unicodedata.normalize("NFD", sample)
    assert nfd != sample
    doc = AdminDocument(
        kind=DocumentKind.LETTER,
        header=Header(("ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK GLEI"), "UBND-VP", "Đắk Glei", year=2024),
        summary=(nfd,),
        blocks=(Paragraph(nfd), Heading(1, nfd, "I"), Bullet(nfd),
                Table((Column("Chữ", 1),), (Row((nfd,)), GroupRow(nfd)))),
        recipients=(nfd,),
        signer=Signer(("CHỦ TỊCH",), "Nguyễn Thị Ửng"),
    )
    path = tmp_path / "chu-viet.pdf"
    write_pdf(doc, path)
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert unicodedata.is_normalized("NFC", text)
    flat = " ".join(text.split())
    # summary (V/v), paragraph, heading (caps), bullet, table row, group row, Nơi nhận
    assert flat.count(sample) >= 6
    assert flat.count(upper) >= 8
    assert "Nguyễn Thị Ửng" in flat and "HUYỆN ĐĂK GLEI" in flat and "Đắk Glei, ngày" in flat


def test_special_characters_and_blanks(tmp_path):
    doc = AdminDocument(
        kind=DocumentKind.PLAN,
        header=docsamples.plan_header(),
        summary=("Thử <ký tự> & \"đặc biệt\"",),
        blocks=("Văn phòng HĐND&UBND huyện <b>không đậm</b>\tcó tab\x0b và ký tự điều khiển",),
    )
    path = tmp_path / "dac-biet.pdf"
    write_pdf(doc, path)
    flat = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert 'Thử <ký tự> & "đặc biệt"' in flat
    assert "Văn phòng HĐND&UBND huyện <b>không đậm</b> có tab và ký tự điều khiển./." in flat
    assert "Số: /KH-UBND" in flat and "ngày tháng năm 2023" in flat


# --- fonts -----------------------------------------------------------------------------------


def _fonts(reader: PdfReader):
    seen = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            seen[str(font["/BaseFont"])] = font
    return seen


def test_fonts_are_the_embedded_serif(pdfs):
    family = serif_family()
    prefix = "LiberationSerif" if family.source == "Liberation Serif" else "TimesNewRoman"
    for name, (_, reader) in pdfs.items():
        fonts = _fonts(reader)
        assert fonts, name
        faces = set()
        for base, font in fonts.items():
            assert re.fullmatch(r"/[A-Z]{6}\+" + prefix + r"\S*", base), f"{name}: {base} is not the serif"
            assert str(font["/Subtype"]) == "/TrueType"
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name}: {base} is not embedded"
            assert "/ToUnicode" in font, f"{name}: {base} cannot be searched or copied"
            faces.add(base.split("+", 1)[1])
        assert len(faces) == 4, f"{name}: regular, bold, italic and bold italic: {faces}"


def test_font_family_is_registered_once():
    first = serif_family()
    assert serif_family() is first
    assert all(path.is_file() for path in first.files)
    if first.source == "Liberation Serif":
        licence = first.files[0].parent / "LICENSE-LiberationSerif.txt"
        assert "SIL OPEN FONT LICENSE" in licence.read_text(encoding="utf-8")


def test_shipped_liberation_serif_covers_vietnamese():
    from dxdesk.documents import pdf_fonts as pdf_writer  # the font finding lives in pdf_fonts
    from dxdesk import paths

    folder = paths.resources_dir() / "fonts"
    files = [folder / n for n in pdf_writer._LIBERATION_NAMES]
    assert pdf_writer._load_faces(files, "test-liberation") is not None


def test_times_new_roman_is_found_in_the_font_folders(tmp_path, monkeypatch):
    from dxdesk.documents import pdf_fonts as pdf_writer  # the font finding lives in pdf_fonts
    import shutil

    folder = tmp_path / "Fonts"
    folder.mkdir()
    for source, name in zip(pdf_writer._liberation_files(), ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")):
        shutil.copy(source, folder / name)
    monkeypatch.setattr(pdf_writer, "_font_dirs", lambda: [tmp_path / "missing", folder])
    assert pdf_writer._times_new_roman_candidates() == [
        tuple(folder / n for n in ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))]


def test_a_font_without_vietnamese_letters_is_refused():
    from dxdesk.documents import pdf_fonts as pdf_writer  # the font finding lives in pdf_fonts
    import reportlab

    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    files = [os.path.join(vera, n) for n in ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")]
    if not all(os.path.isfile(f) for f in files):
        pytest.skip("reportlab ships without its Vera fonts")
    assert pdf_writer._load_faces(files, "test-vera") is None


# --- pages -----------------------------------------------------------------------------------


def test_a4_portrait_body_and_page_numbers(pdfs):
    doc, reader = pdfs["plan"]
    texts = page_texts(reader)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    first_appendix = next(k for k, (w, h) in enumerate(sizes) if w > h)
    assert first_appendix >= 2
    assert all(size == (595, 842) for size in sizes[:first_appendix])
    assert page_number(texts[0]) is None
    assert texts[0].lstrip().startswith("ỦY BAN NHÂN DÂN")
    assert texts[1].lstrip().startswith("2")
    for k in range(1, first_appendix):
        assert page_number(texts[k]) == str(k + 1)


def test_appendix_is_landscape_with_its_own_numbers_and_repeated_header(long_plan):
    doc, reader = long_plan
    texts = page_texts(reader)
    landscape = [float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages]
    first = landscape.index(True)
    assert all(landscape[first:]) and not any(landscape[:first])
    assert len(reader.pages) - first >= 3, "60 rows take several landscape pages"
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages[first:]} == {(842, 595)}
    assert page_number(texts[first]) is None
    assert texts[first].lstrip().startswith("Phụ lục")
    for k in range(first + 1, len(texts)):
        assert page_number(texts[k]) == str(k - first + 1)
        header = texts[k].splitlines()[1]
        assert header.split() == words(c.title for c in docsamples.APPENDIX_COLUMNS), "header row repeats"
    assert pdf_words(reader, doc) == words(printed_lines(doc))


def test_each_appendix_starts_a_new_page_numbered_from_one(tmp_path):
    table = docsamples.task_table(25)
    doc = AdminDocument(
        kind=DocumentKind.PLAN,
        header=docsamples.plan_header(),
        summary=("Hai phụ lục",),
        blocks=("Nội dung.",),
        appendices=(Appendix("Bảng một", (table,), label="Phụ lục I"),
                    Appendix("Bảng hai", (table,), label="Phụ lục II", landscape=False)),
    )
    path = tmp_path / "hai-phu-luc.pdf"
    write_pdf(doc, path)
    reader = PdfReader(path)
    texts = page_texts(reader)
    starts = [k for k, t in enumerate(texts) if t.lstrip().startswith("Phụ lục")]
    assert len(starts) == 2 and starts[0] == 1
    for start, end in ((starts[0], starts[1]), (starts[1], len(texts))):
        assert page_number(texts[start]) is None
        assert [page_number(t) for t in texts[start + 1:end]] == [str(n) for n in range(2, end - start + 1)]
    widths = [float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages]
    assert widths[0] is False and all(widths[starts[0]:starts[1]]) and not any(widths[starts[1]:])


def _text_positions(page) -> list[tuple[float, float, str]]:
    found = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return found


def test_text_stays_inside_the_margins(pdfs):
    for _, reader in pdfs.values():
        for k, page in enumerate(reader.pages):
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            g = L.LANDSCAPE if w > h else L.PORTRAIT
            for x, y, text in _text_positions(page):
                assert x >= g.left * MM - 0.5, (k, text)
                assert x <= (g.width - g.right) * MM, (k, text)
                if y > (g.height - g.top) * MM:  # only the page number sits in the top margin
                    assert re.fullmatch(r"\s*\d+\s*", text), (k, text)
                    assert y > (g.height - g.top) * MM and y < (g.height - L.HEADER_DISTANCE_MM) * MM
                else:
                    assert y >= g.bottom * MM - 0.5, (k, text)


def test_page_number_is_centred_in_the_top_margin(pdfs):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _, reader = pdfs["plan"]
    numbers = [(x, y) for x, y, t in _text_positions(reader.pages[1]) if t.strip() == "2"]
    assert numbers
    x, y = numbers[0]
    width = stringWidth("2", serif_family().regular, L.PAGE_NUMBER_PT)
    centre = (L.PORTRAIT.left + L.PORTRAIT.text_width / 2) * MM
    assert x + width / 2 == pytest.approx(centre, abs=0.5)
    assert (L.PORTRAIT.height - L.PORTRAIT.top) * MM < y < (L.PORTRAIT.height - L.HEADER_DISTANCE_MM) * MM


def _horizontal_rules(page) -> list[tuple[float, float, float]]:
    """(x0, x1, y) in page coordinates of every horizontal line drawn with m/l on the page."""
    ops = ContentStream(page.get_contents(), page.pdf).operations
    out = []
    ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack = []
    start = None

    def apply(m, x, y):
        return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]

    for operands, op in ops:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = ctm
            ctm = (a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3],
                   e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5])
        elif op == b"m":
            start = apply(ctm, *(float(v) for v in operands))
        elif op == b"l" and start is not None:
            x1, y1 = apply(ctm, *(float(v) for v in operands))
            if abs(y1 - start[1]) < 0.01 and abs(x1 - start[0]) > 1:
                out.append((min(start[0], x1), max(start[0], x1), y1))
            start = None
    return out


def test_header_and_title_rules(pdfs):
    """Issuer rule centred in the left column, motto rule as long as the motto and centred in
    the right column, title rule centred on the text width: (length, centre) in mm."""
    doc, reader = pdfs["plan"]
    g = L.PORTRAIT
    got = sorted(((x1 - x0) / MM, (x0 + x1) / 2 / MM) for x0, x1, _ in _horizontal_rules(reader.pages[0]))
    expected = sorted([
        (L.issuer_rule_mm(doc.header.issuer_lines), g.left + L.HEADER_LEFT_MM / 2),
        (L.motto_rule_mm(), g.left + L.HEADER_LEFT_MM + L.HEADER_RIGHT_MM / 2),
        (L.title_rule_mm(list(doc.summary), L.SUMMARY_PT, g.text_width), g.left + g.text_width / 2),
    ])
    assert len(got) == len(expected)
    for (length, centre), (want_length, want_centre) in zip(got, expected):
        assert length == pytest.approx(want_length, abs=0.1)
        assert centre == pytest.approx(want_centre, abs=0.1)


def test_closing_block_is_on_the_page_of_the_last_paragraph(pdfs):
    for name in ("plan", "letter", "report"):
        doc, reader = pdfs[name]
        body_pages = [t for t, p in zip(page_texts(reader), reader.pages)
                      if float(p.mediabox.width) < float(p.mediabox.height)]
        last = body_pages[-1]
        assert "./." in last and L.RECIPIENTS_LABEL in last and doc.signer.name in last


# --- writing ---------------------------------------------------------------------------------


def test_writes_to_a_stream():
    stream = io.BytesIO()
    write_pdf(docsamples.reminder_letter(), stream)
    data = stream.getvalue()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert "V/v đôn đốc" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_no_partial_file_when_building_fails(tmp_path, monkeypatch):
    target = tmp_path / "ke-hoach.pdf"
    target.write_bytes(b"the previous version")

    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(pdf_writer._StoryBuilder, "closing_table", broken)
    with pytest.raises(RuntimeError, match="boom"):
        write_pdf(docsamples.bato_plan(), target)
    assert target.read_bytes() == b"the previous version"
    assert sorted(os.listdir(tmp_path)) == ["ke-hoach.pdf"]


def test_no_partial_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "ke-hoach.pdf"

    def failing_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(pdf_writer.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        write_pdf(docsamples.bato_plan(), target)
    assert os.listdir(tmp_path) == []


def test_a_row_taller_than_a_page_is_cut_not_lost(tmp_path):
    long_text = " ".join(f"Nội dung {k} của một nhiệm vụ rất dài." for k in range(400))
    table = Table((Column("STT", 10, Align.CENTER), Column("Nhiệm vụ", 90, Align.JUSTIFY)),
                  (Row(("1", long_text)), Row(("2", "Hàng sau"))))
    doc = AdminDocument(kind=DocumentKind.PLAN, header=docsamples.plan_header(), summary=("Bảng dài",),
                        blocks=(table,), signer=Signer(("CHỦ TỊCH",), "Phạm Xuân Vinh"))
    path = tmp_path / "hang-dai.pdf"
    write_pdf(doc, path)
    reader = PdfReader(path)
    assert len(reader.pages) >= 3
    assert pdf_words(reader, doc) == words(printed_lines(doc))
