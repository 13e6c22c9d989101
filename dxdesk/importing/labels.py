"""Heading labels and list markers at the start of a paragraph.

Every numbering system of Vietnamese administrative documents: ``Phần I``, ``Chương II``,
``Mục 1``, ``Điều 1.``, ``A.``, ``I.``/``I-``, ``1.``, ``1.1.``, ``2.2.1.``, ``a)``/``đ)``,
``1)``/``(1)``; and list markers ``-``, ``+``, ``•``, ``–``, ``*`` (and Word's symbol-font
bullets). A style's *rank* orders the systems from the outermost (``Phần``) to the
innermost (``1)``), the order of Nghị định 30 (Phần, Chương, Mục, Điều, khoản, điểm) and
of plans (I., 1., 1.1., a)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Label", "match_label", "RANKS", "BULLET"]

BULLET = "bullet"

RANKS = {
    "phan": 0, "chuong": 1, "muc": 2, "dieu": 3, "ALPHA": 4, "roman": 5,
    "num1": 6, "num2": 7, "num3": 8, "num4": 9, "alpha": 10, "paren": 11,
}

_UPPER = "A-ZĐÀ-ỸÂĂÊÔƠƯ"
_LETTER_START = re.compile(r"[^\W\d_]", re.UNICODE)

_PHAN_RE = re.compile(
    r"^(PHẦN|Phần)\s+(THỨ\s+[^\W\d_]+|thứ\s+[^\W\d_]+|[IVXL]+|\d{1,2})(?![\w])\s*[.:\-–]?\s*")
_CHUONG_RE = re.compile(r"^(CHƯƠNG|Chương)\s+([IVXL]+|\d{1,2})(?![\w])\s*[.:\-–]?\s*")
_MUC_RE = re.compile(r"^(MỤC|Mục)\s+([IVX]+|\d{1,2})\s*[.:\-–]\s*")
_DIEU_RE = re.compile(r"^(ĐIỀU|Điều)\s+(\d{1,3})(?:\s*[.:\-–]\s*|\s+(?=[" + _UPPER + r"])|\s*$)")
_ALPHA_UPPER_RE = re.compile(r"^([A-H])\s*(?:[.)]|/(?=\s)|\s*[-–](?=\s))\s+(?=[" + _UPPER + r"])")
_ROMAN_RE = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))\s*(?:[.)]|/(?=\s)|\s*[-–:](?=\s*\S))\s*(?=\S)")
_NUM_HEAD_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}")
_DASH_SEP_RE = re.compile(r"^\s*[-–]\s+")
_PAREN_RE = re.compile(r"^\((\d{1,2})\)\s*|^(\d{1,2})\)\s*")
_ALPHA_RE = re.compile(r"^\(?([a-eg-ik-vxyđ])\s*\)\s*(?=\S)|^([a-eg-ik-vxyđ])\.\s+(?=\S)"
                       r"|^([a-eg-ik-vxyđ])/\s+(?=\S)|^([a-eg-ik-vxyđ])\s*[-–]\s+(?=[" + _UPPER + r"])")
_BULLET_RE = re.compile(r"^([-–—−‒+•·∙●○◦▪▫■□◆◇❖➢➤►✓✔✗*\uf000-\uf0ff])\s*(?=\S)")

_BULLET_NORMAL = {"–": "-", "—": "-", "−": "-", "‒": "-", "·": "•", "∙": "•", "●": "•",
                  "▪": "•", "■": "•", "◆": "•", "❖": "•", "◦": "○", "□": "○", "▫": "○",
                  "◇": "○", "➤": "➢", "►": "➢", "✔": "✓", "✗": "✓"}


@dataclass(frozen=True, slots=True)
class Label:
    style: str  # a key of RANKS, or BULLET
    label: str  # as printed without trailing punctuation; the marker for a bullet
    rest: str   # the paragraph's text after the label

    @property
    def rank(self) -> float:
        return RANKS.get(self.style, 99)

    @property
    def is_bullet(self) -> bool:
        return self.style == BULLET


def _word(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _rest_ok(rest: str) -> bool:
    return bool(rest) and (bool(_LETTER_START.match(rest)) or rest[0] in "“\"'(«[‘")


def _match_number(text: str) -> Label | None:
    m = _NUM_HEAD_RE.match(text)
    number = m.group()
    after = text[m.end():]
    if number.startswith("0"):
        return None
    upper_needed = False
    if after.startswith("."):
        after = after[1:]
        if after[:1].isdigit():
            return None  # 2.000 or 1.5: a number, not a label
    elif after.lstrip().startswith(")"):
        rest = after.lstrip()[1:].lstrip()
        return Label("paren", number, rest) if _rest_ok(rest) else None
    elif _DASH_SEP_RE.match(after):
        after = after[_DASH_SEP_RE.match(after).end():]
    elif after.startswith("/") and after[1:2].isspace() and after[1:].strip():
        after = after[1:]  # "1/ Nhận thức số"
    elif "." in number and after[:1].isspace():
        upper_needed = True  # "1.1 Chuyển đổi nhận thức"
    else:
        return None
    rest = after.lstrip()
    if not rest:
        return None
    if upper_needed:
        if not (rest[0].isupper() or rest[0] in "“\"'("):
            return None
    elif not (_rest_ok(rest) or (rest[0].isdigit() and after[:1].isspace())):
        return None
    depth = number.count(".") + 1
    return Label(f"num{min(depth, 4)}", number, rest)


def match_label(text: str) -> Label | None:
    """The label or list marker ``text`` starts with, or None."""
    if not text:
        return None
    first = text[0]
    if first.isdigit():
        return _match_number(text)
    if first == "(":
        m = _PAREN_RE.match(text)
        if m and _rest_ok(text[m.end():]):
            return Label("paren", m.group(1) or m.group(2), text[m.end():])
        m = _ALPHA_RE.match(text)
        if m and _rest_ok(text[m.end():]):
            return Label("alpha", next(g for g in m.groups() if g), text[m.end():])
        return None
    m = _BULLET_RE.match(text)
    if m:
        marker = m.group(1)
        rest = text[m.end():]
        if marker in "-–—−‒" and rest[:1].isdigit() and re.match(r"\d+\s*[-–—]?\s*$", rest):
            return None  # a page number such as -11-
        return Label(BULLET, _BULLET_NORMAL.get(marker, "•" if "\uf000" <= marker <= "\uf0ff"
                                               else marker), rest)
    if first in "PpCcMmĐđ":
        for regex, style in ((_PHAN_RE, "phan"), (_CHUONG_RE, "chuong"), (_MUC_RE, "muc"),
                             (_DIEU_RE, "dieu")):
            m = regex.match(text)
            if m:
                number = m.group(2)
                if style == "phan" and number[:3].lower() == "thứ":
                    number = "thứ " + number.split(None, 1)[1].lower()
                return Label(style, f"{_word(m.group(1))} {number}", text[m.end():])
    if first in "IVX":
        m = _ROMAN_RE.match(text)
        if m and m.group(1):
            rest = text[m.end():]
            if _rest_ok(rest):
                return Label("roman", m.group(1), rest)
    if "A" <= first <= "H":
        m = _ALPHA_UPPER_RE.match(text)
        if m:
            return Label("ALPHA", m.group(1), text[m.end():])
    if first.islower():
        m = _ALPHA_RE.match(text)
        if m:
            rest = text[m.end():]
            if _rest_ok(rest) or rest[:1].isdigit():
                return Label("alpha", next(g for g in m.groups() if g), rest)
    return None
