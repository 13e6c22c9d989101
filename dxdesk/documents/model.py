"""AdminDocument: a format-neutral description of a Vietnamese administrative document.

One ``AdminDocument`` says *what* a Kế hoạch, Báo cáo or Công văn contains — header,
title, bases, body, recipients, signer, appendices — and nothing about how a format draws
it. The writers (``docx_writer``, later a PDF writer) lay it out by the ND30 rules
(``nd30-layout.md``), so every format says the same thing by construction.

Conventions:

* Every string is normalised to Unicode NFC when a part is built; sequences become tuples,
  so a document is immutable and hashable-ish (frozen dataclasses all the way down).
* Text is stored without the punctuation the layout adds: recipients and addressees
  without the leading ``-`` and the trailing ``;``/``.``, legal bases without the trailing
  ``;``/``.``, headings without their label punctuation (``I``, ``1``, ``a``), the closing
  ``./.`` is a flag. The ``*_lines`` helpers below produce the printed forms, so that every
  writer punctuates alike.
* The formatting helpers for the number line and the date line implement ND30's rules
  (leading zeros, a draft's blanks) once for every writer and builder.
"""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from dataclasses import dataclass, fields
from typing import Sequence, Union

__all__ = [
    "Align",
    "DocumentKind",
    "Span",
    "Paragraph",
    "Bullet",
    "Heading",
    "Column",
    "HeaderCell",
    "Row",
    "GroupRow",
    "Table",
    "Block",
    "Header",
    "Signer",
    "Appendix",
    "AdminDocument",
    "nfc",
    "format_number",
    "format_number_line",
    "format_date_phrase",
    "format_date_line",
    "format_appendix_reference",
    "punctuated_items",
    "recipient_lines",
    "addressee_lines",
    "basis_lines",
    "letter_summary_lines",
    "with_closing_mark",
    "roman",
]

DRAFT_BLANK = " " * 6  # what a draft leaves for the number, the day and the month


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (what every writer must emit)."""
    return unicodedata.normalize("NFC", text)


def _normalise(value):
    """NFC every string, turn lists into tuples (recursively); other values unchanged."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, (list, tuple)):
        return tuple(_normalise(v) for v in value)
    return value


class _Normalised:
    """Mixin for frozen dataclasses: NFC strings and tuple sequences after __init__."""

    def __post_init__(self) -> None:
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            normalised = _normalise(value)
            if normalised is not value:
                object.__setattr__(self, f.name, normalised)
        self._validate()

    def _validate(self) -> None:  # pragma: no cover - overridden where needed
        pass


class Align(enum.Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class DocumentKind(enum.Enum):
    """The kinds of document dxdesk issues. Adding a kind is a builder, not a new writer."""

    PLAN = "plan"  # Kế hoạch
    REPORT = "report"  # Báo cáo
    LETTER = "letter"  # Công văn (no type name; its summary "V/v ..." goes under the number)

    @property
    def type_name(self) -> str | None:
        """The type name printed as the title (caps), ``None`` for a công văn."""
        return {"plan": "KẾ HOẠCH", "report": "BÁO CÁO", "letter": None}[self.value]

    @property
    def abbreviation(self) -> str | None:
        """ND30 Appendix III abbreviation (``KH``, ``BC``); a công văn has none."""
        return {"plan": "KH", "report": "BC", "letter": None}[self.value]

    @property
    def type_word(self) -> str | None:
        """The type name as used inside a sentence (``Kế hoạch``, ``Báo cáo``)."""
        return {"plan": "Kế hoạch", "report": "Báo cáo", "letter": None}[self.value]


# --- inline text ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Span(_Normalised):
    """A run of text with its own emphasis inside a paragraph."""

    text: str
    bold: bool = False
    italic: bool = False

    def _validate(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError("Span.text must be a string")


def _spans(content: str | Span | Sequence[str | Span]) -> tuple[Span, ...]:
    if isinstance(content, (str, Span)):
        content = (content,)
    return tuple(Span(c) if isinstance(c, str) else c for c in content)


# --- body blocks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph(_Normalised):
    """A body paragraph: 14 pt, justified, first-line indent (unless told otherwise).

    ``spans`` accepts a plain string, one ``Span`` or a sequence of both; it is stored as a
    tuple of ``Span``. ``bold``/``italic`` apply to the whole paragraph.
    """

    spans: tuple[Span, ...]
    align: Align = Align.JUSTIFY
    first_line_indent: bool = True
    bold: bool = False
    italic: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "spans", _spans(self.spans))
        super().__post_init__()

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Bullet(_Normalised):
    """A ``-`` or ``+`` line: a plain body paragraph whose text starts with the marker."""

    text: str
    marker: str = "-"

    def _validate(self) -> None:
        if self.marker not in ("-", "+", "*", "•"):
            raise ValueError(f"unexpected bullet marker {self.marker!r}")

    @property
    def display_text(self) -> str:
        return f"{self.marker} {self.text}"


@dataclass(frozen=True)
class Heading(_Normalised):
    """A numbered heading.

    level 1: ``I. MỤC TIÊU`` — caps (the title is upper-cased for display), bold;
    level 2: ``1. Nhận thức số`` — sentence case, bold;
    level 3: ``a) ...`` — a point, not bold (ND30).

    ``label`` is the number as printed without its punctuation (``I``, ``1``, ``1.1``,
    ``a``); ``None`` for an unnumbered heading. ``bold``/``italic`` override the level's
    ND30 default (e.g. the Ba Tơ plan sets its ``a)`` points bold italic).
    """

    level: int
    title: str
    label: str | None = None
    bold: bool | None = None
    italic: bool | None = None

    def _validate(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {self.level}")

    @property
    def display_text(self) -> str:
        title = self.title.upper() if self.level == 1 else self.title
        if not self.label:
            return title
        separator = ")" if self.level == 3 else "."
        return f"{self.label}{separator} {title}"

    @property
    def is_bold(self) -> bool:
        return self.bold if self.bold is not None else self.level in (1, 2)

    @property
    def is_italic(self) -> bool:
        return bool(self.italic)


@dataclass(frozen=True)
class Column(_Normalised):
    """A table column: its header title, a relative width and the alignment of its cells.

    Widths are relative (millimetres as designed are a good habit): a writer scales the
    columns to fill the text width of the page the table sits on.
    """

    title: str
    width: float
    align: Align = Align.LEFT

    def _validate(self) -> None:
        if self.width <= 0:
            raise ValueError("column width must be positive")


@dataclass(frozen=True)
class HeaderCell(_Normalised):
    """A header cell spanning ``span`` columns; ``text=None`` continues the cell above
    (vertical merge), for two-level headers."""

    text: str | None
    span: int = 1

    def _validate(self) -> None:
        if self.span < 1:
            raise ValueError("span must be at least 1")


@dataclass(frozen=True)
class Row(_Normalised):
    """A data row: one string per column (``\\n`` separates paragraphs inside a cell)."""

    cells: tuple[str, ...]
    bold: bool = False


@dataclass(frozen=True)
class GroupRow(_Normalised):
    """A group row (``I | Nhận thức số``): ``label`` in the first column, ``text`` across
    the others — or across the whole row when there is no label. Printed bold."""

    text: str
    label: str | None = None


@dataclass(frozen=True)
class Table(_Normalised):
    """A bordered table. The header rows repeat on every page; a row never splits.

    ``header_rows`` defaults to one row made of the column titles.
    """

    columns: tuple[Column, ...]
    rows: tuple[Row | GroupRow, ...] = ()
    header_rows: tuple[tuple[HeaderCell, ...], ...] | None = None
    font_size: float = 13

    def _validate(self) -> None:
        if not self.columns:
            raise ValueError("a table needs at least one column")
        n = len(self.columns)
        for header in self.headers:
            if sum(c.span for c in header) != n:
                raise ValueError(f"a header row must span {n} columns")
        for i, row in enumerate(self.rows):
            if isinstance(row, Row) and len(row.cells) != n:
                raise ValueError(f"row {i} has {len(row.cells)} cells, the table has {n} columns")
            if not isinstance(row, (Row, GroupRow)):
                raise TypeError(f"row {i} is neither a Row nor a GroupRow")

    @property
    def headers(self) -> tuple[tuple[HeaderCell, ...], ...]:
        if self.header_rows is not None:
            return self.header_rows
        return (tuple(HeaderCell(c.title) for c in self.columns),)


Block = Union[Heading, Paragraph, Bullet, Table]


def _blocks(items: Sequence[Block | str]) -> tuple[Block, ...]:
    out = []
    for item in items:
        if isinstance(item, str):
            item = Paragraph(item)
        if not isinstance(item, (Heading, Paragraph, Bullet, Table)):
            raise TypeError(f"not a document block: {item!r}")
        out.append(item)
    return tuple(out)


# --- header, signer, appendix --------------------------------------------------------------


@dataclass(frozen=True)
class Header(_Normalised):
    """The header block of page 1.

    ``parent_lines``: the parent body (caps, not bold), optional — a district People's
    Committee has none. ``issuer_lines``: the issuing body (caps, bold), e.g.
    ``("ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ")``. ``number`` ``None`` is a draft (blank number);
    ``symbol`` is ``KH-UBND``, ``UBND-VHTT``... ``date`` ``None`` is a draft (blank day and
    month); ``year`` is then required, otherwise it is taken from ``date``.
    """

    issuer_lines: tuple[str, ...]
    symbol: str
    place: str
    number: int | None = None
    date: dt.date | None = None
    year: int | None = None
    parent_lines: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.date is not None:
            if self.year is not None and self.year != self.date.year:
                raise ValueError(f"year {self.year} does not match the date {self.date}")
            object.__setattr__(self, "year", self.date.year)
        super().__post_init__()

    def _validate(self) -> None:
        if not self.issuer_lines:
            raise ValueError("the issuing body needs at least one line")
        if self.year is None:
            raise ValueError("a draft without a date needs its year")
        if self.number is not None and self.number < 1:
            raise ValueError("a document number starts at 1")

    @property
    def number_line(self) -> str:
        return format_number_line(self.number, self.symbol)

    @property
    def date_line(self) -> str:
        return format_date_line(self.place, self.date, self.year)

    @property
    def is_draft(self) -> bool:
        return self.number is None or self.date is None


@dataclass(frozen=True)
class Signer(_Normalised):
    """The signature block: authority lines (caps, bold) and the signer's name (bold).

    ``authority_lines`` e.g. ``("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")``.
    ``name`` may be empty for a draft not yet assigned.
    """

    authority_lines: tuple[str, ...]
    name: str = ""
    gap_lines: int = 4

    def _validate(self) -> None:
        if not self.authority_lines:
            raise ValueError("a signer needs at least one authority line")
        if not 3 <= self.gap_lines <= 6:
            raise ValueError("leave 3 to 6 empty lines for the signature and seal")


@dataclass(frozen=True)
class Appendix(_Normalised):
    """A Phụ lục: its own section (landscape by default) with its own page numbers.

    ``label``: ``Phụ lục`` or ``Phụ lục I``; ``title`` printed in caps; ``reference``: the
    line ``(Kèm theo Kế hoạch số .../KH-UBND ngày ... của ...)`` — see
    ``format_appendix_reference`` — printed italic in parentheses (they are added if
    missing); ``blocks``: the content, usually one ``Table``.
    """

    title: str
    blocks: tuple[Block, ...] = ()
    label: str = "Phụ lục"
    reference: str | None = None
    landscape: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "blocks", _blocks(self.blocks))
        super().__post_init__()

    @property
    def display_title(self) -> str:
        return self.title.upper()

    @property
    def display_reference(self) -> str | None:
        if not self.reference:
            return None
        ref = self.reference.strip()
        if not ref.startswith("("):
            ref = "(" + ref
        if not ref.endswith(")"):
            ref = ref + ")"
        return ref

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))


# --- the document --------------------------------------------------------------------------


@dataclass(frozen=True)
class AdminDocument(_Normalised):
    """An administrative document, ready to be laid out by any writer.

    ``summary``: the trích yếu lines — under the type name for a plan or report, under the
    number as ``V/v ...`` for a công văn (store it with or without the ``V/v``).
    ``addressees``: the ``Kính gửi`` recipients (công văn, report to a superior).
    ``bases``: legal bases, each ``Căn cứ ...`` without trailing punctuation (italic).
    ``intro``: opening paragraph(s). ``blocks``: the body. ``closing_mark``: end the text
    with ``./.``. ``recipients``: the Nơi nhận items, unpunctuated, the last normally
    ``Lưu: VT, VHTT``. ``appendices``: Phụ lục, each on its own section.
    Strings given for ``intro`` and ``blocks`` become plain ``Paragraph``.
    """

    kind: DocumentKind
    header: Header
    summary: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    intro: tuple[Paragraph, ...] = ()
    blocks: tuple[Block, ...] = ()
    recipients: tuple[str, ...] = ()
    signer: Signer | None = None
    appendices: tuple[Appendix, ...] = ()
    closing_mark: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.summary, str):
            object.__setattr__(self, "summary", (self.summary,))
        object.__setattr__(self, "intro", _blocks(self.intro))
        object.__setattr__(self, "blocks", _blocks(self.blocks))
        super().__post_init__()

    def _validate(self) -> None:
        if not isinstance(self.kind, DocumentKind):
            raise TypeError("kind must be a DocumentKind")
        for p in self.intro:
            if not isinstance(p, Paragraph):
                raise TypeError("intro holds paragraphs only")

    @property
    def type_name(self) -> str | None:
        return self.kind.type_name

    @property
    def is_letter(self) -> bool:
        return self.kind is DocumentKind.LETTER

    @property
    def title_text(self) -> str:
        """A one-line title (file properties, window titles)."""
        parts = [self.type_name or "Công văn"]
        summary = " ".join(self.summary)
        if summary:
            parts.append(summary if not self.is_letter else letter_summary_lines(self.summary)[0])
        return " ".join(parts)

    def iter_text(self):
        """Every string the document prints, in reading order (for tests and previews)."""
        h = self.header
        yield from h.parent_lines
        yield from h.issuer_lines
        yield h.number_line
        yield h.date_line
        if self.type_name:
            yield self.type_name
        yield from self.summary
        yield from self.addressees
        yield from self.bases
        for block in (*self.intro, *self.blocks):
            yield from _block_text(block)
        yield from self.recipients
        if self.signer:
            yield from self.signer.authority_lines
            yield self.signer.name
        for appendix in self.appendices:
            yield appendix.label
            yield appendix.title
            if appendix.reference:
                yield appendix.reference
            for block in appendix.blocks:
                yield from _block_text(block)


def _block_text(block: Block):
    if isinstance(block, Paragraph):
        yield block.text
    elif isinstance(block, Bullet):
        yield block.display_text
    elif isinstance(block, Heading):
        yield block.display_text
    elif isinstance(block, Table):
        for header in block.headers:
            yield from (c.text for c in header if c.text)
        for row in block.rows:
            if isinstance(row, Row):
                yield from row.cells
            else:
                if row.label:
                    yield row.label
                yield row.text


# --- formatting helpers (ND30) -------------------------------------------------------------


def format_number(number: int | None) -> str:
    """``5`` → ``05`` (numbers below 10 get a leading zero); ``None`` (draft) → blanks."""
    if number is None:
        return DRAFT_BLANK
    if number < 1:
        raise ValueError("a document number starts at 1")
    return f"{number:02d}"


def format_number_line(number: int | None, symbol: str) -> str:
    """``Số: 05/KH-UBND``; a draft: ``Số:      /KH-UBND``."""
    symbol = nfc(symbol.strip())
    if number is None:
        return f"Số:{DRAFT_BLANK}/{symbol}"
    return f"Số: {format_number(number)}/{symbol}"


def _check_year(date: dt.date | None, year: int | None) -> int:
    if date is not None:
        if year is not None and year != date.year:
            raise ValueError(f"year {year} does not match the date {date}")
        return date.year
    if year is None:
        raise ValueError("a draft date needs its year")
    return year


def format_date_phrase(date: dt.date | None, year: int | None = None) -> str:
    """``ngày 05 tháng 02 năm 2023``: day below 10 and only months 1 and 2 zero-padded;
    a draft (``date`` ``None``) leaves day and month blank: ``ngày      tháng      năm 2023``."""
    year = _check_year(date, year)
    if date is None:
        return f"ngày{DRAFT_BLANK}tháng{DRAFT_BLANK}năm {year}"
    month = f"{date.month:02d}" if date.month in (1, 2) else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {year}"


def format_date_line(place: str, date: dt.date | None, year: int | None = None) -> str:
    """``Ba Tơ, ngày 05 tháng 02 năm 2023`` (see ``format_date_phrase``)."""
    return nfc(f"{place.strip()}, {format_date_phrase(date, year)}")


def format_appendix_reference(
    document_word: str,
    number: int | None,
    symbol: str,
    date: dt.date | None,
    year: int | None,
    issuer_name: str,
) -> str:
    """``(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm 2023 của Ủy ban nhân dân
    huyện Ba Tơ)``; blanks for a draft's number and date."""
    number_text = f" {format_number(number)}/{symbol}" if number is not None else f"{DRAFT_BLANK}/{symbol}"
    return nfc(
        f"(Kèm theo {document_word} số{number_text} {format_date_phrase(date, year)} "
        f"của {issuer_name})"
    )


def _strip_item(text: str) -> str:
    text = " ".join(text.split())
    if text.startswith(("- ", "+ ")):
        text = text[2:]
    return text.rstrip(" ;.,")


def punctuated_items(items: Sequence[str], *, marker: str = "- ", last: str = ".") -> list[str]:
    """Items one per line: ``marker`` + item + ``;``, the last ending ``last``.

    Items are stored without punctuation; stray ``-``/``;``/``.`` are removed first so that
    a builder that passes them does not get them twice.
    """
    cleaned = [_strip_item(nfc(i)) for i in items]
    cleaned = [c for c in cleaned if c]
    return [f"{marker}{c}{last if k == len(cleaned) - 1 else ';'}" for k, c in enumerate(cleaned)]


def recipient_lines(items: Sequence[str]) -> list[str]:
    """Nơi nhận items: ``- Sở Thông tin và Truyền thông;`` ... ``- Lưu: VT, VHTT.``"""
    return punctuated_items(items)


def addressee_lines(items: Sequence[str]) -> list[str]:
    """Kính gửi: one addressee → ``["X."]`` (goes on the label's line); several →
    ``["- X;", ..., "- Z."]`` one per line under the label."""
    if len(items) == 1:
        return punctuated_items(items, marker="")
    return punctuated_items(items)


def basis_lines(items: Sequence[str]) -> list[str]:
    """Legal bases, one per line, each ending ``;``, the last ``.``."""
    return punctuated_items(items, marker="")


def letter_summary_lines(summary: Sequence[str]) -> list[str]:
    """A công văn's summary under its number: the first line starts ``V/v ``."""
    lines = [nfc(" ".join(s.split())) for s in summary if s.strip()]
    if not lines:
        return []
    first = lines[0]
    for prefix in ("V/v ", "V/v:", "v/v "):
        if first.startswith(prefix):
            first = first[len(prefix):].lstrip(" :")
            break
    return [f"V/v {first}", *lines[1:]]


def with_closing_mark(text: str) -> str:
    """Append the closing mark: ``... thực hiện.`` → ``... thực hiện./.``"""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    if text.endswith("."):
        return text + "/."
    return text.rstrip(";,:") + "./."


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    """``4`` → ``IV`` (heading and appendix labels)."""
    if n < 1:
        raise ValueError("roman numerals start at 1")
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)
