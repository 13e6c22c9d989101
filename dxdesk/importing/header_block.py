"""The header block of a document (the preamble before its body): the issuing body, the
number (``Số: …``), the place and date, Quốc hiệu and Tiêu ngữ (skipped), the type name
(``KẾ HOẠCH``, ``QUYẾT ĐỊNH``…) with the title lines under it, or for a document without a
type line its first short line, and the legal bases of the opening paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dxdesk.importing.labels import match_label
from dxdesk.importing.legal_bases import bases_in
from dxdesk.importing.numbers import document_date
from dxdesk.importing.paragraphs import Para, has_columns, is_caps, split_columns
from dxdesk.importing.vocab import (ORG_WORDS, PLACE_WORDS, doc_type_of, is_motto,
                                    is_national_title)
from dxdesk.text import clean, fold

__all__ = ["Preamble", "doc_type_split", "number_symbol", "parse_preamble"]

MAX_TITLE_PARAS = 4

_NUMBER_RE = re.compile(r"^(?:số|so|SỐ)\s*[:.]?\s*(.*)$", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"^[\s\-_–—=*.~]+$")
_OPENING_START = ("can cu", "thuc hien", "theo ", "de ", "nham ", "xet ", "tren co so",
                  "uy ban", "ubnd", "hoi dong", "ban chap hanh", "ban thuong vu", "so ",
                  "trien khai", "chu tich", "giam doc", "thu truong", "ngay ", "kinh gui",
                  "qua ", "sau khi", "nhu sau")
_SKIP_HEADER = ("du thao", "khan", "mat", "toi mat", "hoa toc", "thuong khan", "ban chinh")


_APPENDIX_LABEL_RE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu|BIỂU|Biểu)(?:\s+(?:số\s+)?"
                                r"(?:[IVXL]+|\d{1,2}[a-z]?))?\s*[.:\-–]?\s*$")
_BLANK_NUMBER_RE = re.compile(r"^[\s._…·\-–]*/\s*")


def number_symbol(text: str) -> str | None:
    """The number and symbol after ``Số:`` (``123/KH-UBND``). A draft leaves the number
    blank (``Số:      /KH-UBND``, ``Số: ……/KH-UBND``): only its symbol is kept."""
    text = clean(text)
    blank = _BLANK_NUMBER_RE.match(text)
    if blank:
        text = text[blank.end():]
    text = re.sub(r"\s*/\s*", "/", text)
    return text.strip(" .,;") or None


def _is_place_date(text: str) -> bool:
    key = fold(text)
    if len(key) >= 80 or "ngay" not in key:
        return False
    return ("thang" in key and "nam" in key) or document_date(text) is not None


def _issuer_from(lines: list[str]) -> str | None:
    orgs: list[list[str]] = []
    for line in lines:
        key = fold(line) + " "
        if key.strip() in _SKIP_HEADER:
            continue
        starts_org = key.startswith(ORG_WORDS)
        starts_place = key.startswith(PLACE_WORDS) and not starts_org
        if orgs and (starts_place or not starts_org):
            orgs[-1].append(line)
        else:
            orgs.append([line])
    if not orgs:
        return None
    return clean(" ".join(orgs[-1])) or None


def doc_type_split(p: Para) -> tuple[str, str] | None:
    """(type, rest) when ``p`` names the document's type (``KẾ HOẠCH``)."""
    text = p.text.strip()
    if text.endswith(":"):
        return None
    t = doc_type_of(text)
    if t and (is_caps(text) or p.centered or p.bold or sum(c.isupper() for c in text) >= 3):
        return t, ""
    words = text.split()
    for n in (3, 2):
        head = " ".join(words[:n])
        t = doc_type_of(head)
        if t and is_caps(head) and len(words) > n and (p.centered or p.bold or not p.page):
            rest = " ".join(words[n:])
            if not rest[:1].islower():
                return t, rest
    return None


@dataclass
class Preamble:
    doc_type: str | None = None
    title: str | None = None
    issuer: str | None = None
    number: str | None = None
    date: str | None = None
    bases: list[str] = field(default_factory=list)
    title_end: int = 0  # index of the first paragraph after the title


def _header_parts(p: Para) -> list[str]:
    """A header line's columns (issuer | Quốc hiệu, number | place and date), keeping a
    number or a date whose blanks look like column gaps in one piece."""
    if not has_columns(p.raw):
        return [p.text]
    parts = split_columns(p.raw)
    merged: list[str] = []
    for part in parts:
        if merged and (re.fullmatch(r"(?i)(số|so)\s*[:.]?", merged[-1])
                       or (fold(merged[-1]).endswith(("ngay", "thang")) and
                           not is_caps(merged[-1]))):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def _parse_header(paras: list, end: int, pre: Preamble) -> list[int]:
    """Issuer, number and date from the header lines; returns the indexes of the other
    paragraphs (candidates for a title when the document names no type)."""
    issuer_lines: list[str] = []
    others: list[int] = []
    pending_date: str | None = None
    for index, p in enumerate(paras[:end]):
        if not isinstance(p, Para):
            continue
        used = False
        for part in _header_parts(p):
            part = clean(part)
            if not part or _SEPARATOR_RE.match(part):
                used = True
                continue
            if is_national_title(part) or is_motto(part):
                used = True
                continue
            m = _NUMBER_RE.match(part)
            if m and ("/" in part or "-" in part) and pre.number is None:
                pre.number = number_symbol(m.group(1))
                used = True
                continue
            if _is_place_date(part):
                if pre.date is None:
                    pre.date = document_date(part)
                    pending_date = part if pre.date is None else None
                used = True
                continue
            if pending_date and re.fullmatch(r"\d{4}\.?", part):
                # "An Lão, ngày 10 tháng 01 năm" | "2024": a date wrapped in its cell.
                pre.date = document_date(f"{pending_date} {part}")
                pending_date = None
                used = True
                continue
            key = fold(part) + " "
            if is_caps(part) and len(part) < 120 and (
                    key.startswith(ORG_WORDS) or key.startswith(PLACE_WORDS)
                    or key.strip() in _SKIP_HEADER):
                issuer_lines.append(part.strip(" -_"))
                used = True
        if not used:
            others.append(index)
    pre.issuer = _issuer_from([x for x in issuer_lines if x])
    return others


def _untyped_title(paras: list, candidates: list[int], pre: Preamble) -> int:
    """A document without a type line (a spreadsheet, a plain list): its first short
    line that is not an opening sentence is the title. Returns the index after it."""
    for index in candidates:
        p = paras[index]
        text = p.text
        if fold(text).startswith(_OPENING_START) or match_label(text) is not None:
            return index
        if _APPENDIX_LABEL_RE.match(text) or text.startswith(("(", "[")):
            continue  # "PHỤ LỤC I", "(Kèm theo Kế hoạch số …)": not the title
        if len(text) <= 250:
            pre.title = text
            words = text.split()
            for n in (3, 2):
                doc_type = doc_type_of(" ".join(words[:n]))
                if doc_type and len(words) > n:
                    pre.doc_type = doc_type
                    break
            return index + 1
    return candidates[0] if candidates else 0


_TITLE_OPENINGS = ("trien khai", "thuc hien")


def _title_opening(p: Para, title_parts: list[str], has_styles: bool) -> bool:
    """The line under the type name that starts like an opening sentence but is the
    title (``Triển khai nhiệm vụ chuyển đổi số năm 2024``, ``Thực hiện Chương trình …``):
    centred or bold, or in plain text short and not ending like a sentence that leads on."""
    text = p.text.strip()
    if title_parts or not fold(text).startswith(_TITLE_OPENINGS) or len(text) > 200:
        return False
    if p.centered or p.bold:
        return True
    return not has_styles and not text.endswith((":", ";", ",")) and " như sau" not in text


def parse_preamble(paras: list, body_start: int, has_styles: bool) -> Preamble:
    """The header block of ``paras[:body_start]``."""
    pre = Preamble()
    doc_index = None
    for i, p in enumerate(paras[:body_start]):
        if not isinstance(p, Para):
            continue
        split = doc_type_split(p)
        if split:
            doc_index = i
            pre.doc_type, rest = split
            title_parts = [rest] if rest else []
            break
    if doc_index is None:
        others = _parse_header(paras, body_start, pre)
        i = _untyped_title(paras, others, pre)
        pre.title_end = i
        pre.bases.extend(bases_in(paras[i:body_start]))
        return pre
    _parse_header(paras, doc_index, pre)
    i = doc_index + 1
    while i < body_start and len(title_parts) < MAX_TITLE_PARAS:
        p = paras[i]
        if not isinstance(p, Para):
            break
        text = p.text
        key = fold(text)
        if _SEPARATOR_RE.match(text):
            i += 1
            continue
        if ((key.startswith(_OPENING_START) and not _title_opening(p, title_parts, has_styles))
                or match_label(text) is not None
                or len(text) > 300 or (is_caps(text) and title_parts and not p.centered
                                       and not is_caps(title_parts[-1]))
                or (has_styles and title_parts and not (p.centered or p.bold))):
            break
        title_parts.append(text)
        i += 1
        if has_styles and not (p.centered or p.bold):
            break
    pre.title = clean(" ".join(title_parts)) or None
    pre.title_end = i
    pre.bases.extend(bases_in(paras[i:body_start]))
    return pre
