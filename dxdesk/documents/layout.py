"""ND30 layout geometry shared by every writer (.docx, PDF): sizes, widths and text metrics.

Everything here is format-neutral: lengths in millimetres, font sizes in points. The numbers
follow ``nd30-layout.md`` (Decree 30/2020/NĐ-CP, Appendix I); a writer converts them to its
own units. Text widths are measured with the Times metrics that ship with reportlab (the same
advance widths as Times New Roman and Liberation Serif), corrected for the Vietnamese horn
letters (ơ, ư), which are wider than their base letter.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

FONT_NAME = "Times New Roman"
LANGUAGE = "vi-VN"

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
ADDRESSEES_LABEL = "Kính gửi:"
CLOSING_MARK = "./."

MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class PageGeometry:
    """A page and its margins, in millimetres."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def landscape(self) -> bool:
        return self.width > self.height


# A4 portrait, margins top 20, bottom 20, left 30, right 15 mm (ND30: 20–25 / 20–25 / 30–35 /
# 15–20). A landscape appendix keeps the same margins on the rotated page.
PORTRAIT = PageGeometry(width=210, height=297, top=20, bottom=20, left=30, right=15)
LANDSCAPE = PageGeometry(width=297, height=210, top=20, bottom=20, left=30, right=15)
HEADER_DISTANCE_MM = 10  # page number centred in the top margin

# Header and closing tables: two columns filling the 165 mm text width. The national title
# in bold 13 pt measures 95.7 mm (12 pt: 88.3 mm), so the right column must be wider than
# 95 mm for it never to wrap: 65 + 100 mm, with no cell padding.
HEADER_LEFT_MM = 65.0
HEADER_RIGHT_MM = PORTRAIT.text_width - HEADER_LEFT_MM

# Font sizes (points).
BODY_PT = 14
ISSUER_PT = 13
NUMBER_PT = 13
LETTER_SUMMARY_PT = 12  # "V/v ..." under the number of a công văn
NATIONAL_TITLE_PT = 13
MOTTO_PT = 14
DATE_PT = 14
TYPE_NAME_PT = 14
SUMMARY_PT = 14
RECIPIENTS_LABEL_PT = 12
RECIPIENTS_ITEM_PT = 11
SIGNER_PT = 14
PAGE_NUMBER_PT = 14
APPENDIX_LABEL_PT = 14
APPENDIX_TITLE_PT = 14
APPENDIX_REFERENCE_PT = 14
TABLE_PT = 13

# Paragraphs.
FIRST_LINE_INDENT_MM = 12.7  # 1.27 cm
PARAGRAPH_SPACING_PT = 6  # space before each body paragraph (ND30: at least 6 pt)
LINE_SPACING = 1.1  # multiple of single (ND30: single to 1.5 lines)
SIGNATURE_GAP_LINES = 4  # empty lines between the authority lines and the signer's name
ADDRESSEES_INDENT_MM = 25.0  # where "Kính gửi:" starts, from the left of the text

# Rules (short solid lines under text).
RULE_WEIGHT_PT = 0.75
MIN_RULE_MM = 15.0
MAX_TITLE_RULE_MM = 60.0


def text_width_mm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """Advance width of ``text`` set in Times New Roman at ``size_pt``, in millimetres."""
    return _width_per_point(text, bold, italic) * size_pt * MM_PER_PT


def issuer_rule_mm(lines: tuple[str, ...] | list[str]) -> float:
    """The rule under the issuing body: half of its longest line (ND30: 1/3 to 1/2), centred."""
    widest = max((text_width_mm(line, ISSUER_PT, bold=True) for line in lines), default=0.0)
    return round(max(MIN_RULE_MM, min(widest, HEADER_LEFT_MM) / 2), 1)


def motto_rule_mm() -> float:
    """The rule under the motto: exactly as long as the motto line."""
    return round(text_width_mm(MOTTO, MOTTO_PT, bold=True), 1)


def national_title_pt() -> int:
    """13 pt when the national title fits the right column on one line, otherwise 12 pt."""
    if text_width_mm(NATIONAL_TITLE, NATIONAL_TITLE_PT, bold=True) <= HEADER_RIGHT_MM - 1:
        return NATIONAL_TITLE_PT
    return 12


def title_rule_mm(lines: tuple[str, ...] | list[str], size_pt: float, text_width: float) -> float:
    """The rule under a title (type name and summary, an appendix title): half of its longest
    line, at most 60 mm, never under a third of it (ND30: 1/3 to 1/2), centred."""
    widest = max((text_width_mm(line, size_pt, bold=True) for line in lines), default=0.0)
    widest = min(widest, text_width)
    return round(max(MIN_RULE_MM, widest / 3, min(widest / 2, MAX_TITLE_RULE_MM)), 1)


# --- metrics -------------------------------------------------------------------------------

_AFM = {
    (False, False): "Times-Roman",
    (True, False): "Times-Bold",
    (False, True): "Times-Italic",
    (True, True): "Times-BoldItalic",
}
# Horn letters in Times New Roman / Liberation Serif, 1/1000 em (the AFM has no ơ/ư).
_HORN = {
    (False, False): {"o": 529, "u": 542, "O": 722, "U": 776},
    (True, False): {"o": 554, "u": 600, "O": 778, "U": 796},
    (False, True): {"o": 534, "u": 545, "O": 722, "U": 754},
    (True, True): {"o": 537, "u": 599, "O": 722, "U": 775},
}
_COMBINING_HORN = "\u031b"
_FALLBACK_CHAR = "n"


@lru_cache(maxsize=4096)
def _width_per_point(text: str, bold: bool, italic: bool) -> float:
    total = 0.0
    for char in unicodedata.normalize("NFC", text):
        total += _char_width(char, bold, italic)
    return total / 1000.0


@lru_cache(maxsize=2048)
def _char_width(char: str, bold: bool, italic: bool) -> float:
    font = _AFM[(bold, italic)]
    horn = _HORN[(bold, italic)]
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)) or char
    if _COMBINING_HORN in decomposed and base in horn:
        return float(horn[base])
    base = {"đ": "d", "Đ": "\u00d0"}.get(base, base)
    try:
        base.encode("cp1252")
    except UnicodeEncodeError:
        base = _FALLBACK_CHAR
    return stringWidth(base, font, 1000)
