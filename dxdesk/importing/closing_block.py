"""The closing block of a document: ``Nơi nhận`` and its items (a recipient wrapped in its
narrow column joined back), the signer's authority lines (``TM. ỦY BAN NHÂN DÂN``,
``CHỦ TỊCH``…) and the signer's name; where the block ends, an appendix or an attached
document may follow."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dxdesk.importing.header_block import doc_type_split
from dxdesk.importing.headings import APPENDIX_RE
from dxdesk.importing.labels import match_label
from dxdesk.importing.paragraphs import Para, has_columns, is_caps, split_columns
from dxdesk.importing.vocab import (ORG_WORDS, PLACE_WORDS, is_recipients_label,
                                    is_signature_note, is_signer_title)
from dxdesk.text import clean, fold

__all__ = ["Closing", "is_closing_start", "parse_closing"]

_NAME_WORD_RE = re.compile(r"^[A-ZĐÀ-Ỹ][^\s\d]*$")


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 7 or len(text) > 60:
        return False
    if any(ch in text for ch in ":;,/()") or any(ch.isdigit() for ch in text):
        return False
    return all(_NAME_WORD_RE.match(w.strip(".")) for w in words)


def _org_like(text: str) -> bool:
    key = fold(text) + " "
    return key.startswith(ORG_WORDS) or key.startswith(PLACE_WORDS) or " nhan dan " in key


_NARROW_GAP_RE = re.compile(r"\S(\s{2,3})(?=\S)")
_WIDE_GAP_RE = re.compile(r"\S\s{4,}(?=\S)")


def _right_column(p: Para) -> int | None:
    """Where the right column (the signer's) starts in a line laid out in two columns."""
    if not isinstance(p, Para) or "\t" in p.raw:
        return None
    gaps = list(_WIDE_GAP_RE.finditer(p.raw))
    return gaps[-1].end() if len(gaps) == 1 else None


def _closing_parts(p: Para, right_at: int | None = None) -> list[str]:
    """The columns of a closing line; text converted from a PDF may set a column only two
    or three spaces after a long recipient: it is cut there when the text after the gap
    starts where the signer's column started on the lines above."""
    if has_columns(p.raw):
        parts = split_columns(p.raw)
        if len(parts) > 1:
            return [clean(x) for x in parts]
    if right_at is not None:
        for m in _NARROW_GAP_RE.finditer(p.raw):
            if abs(m.end() - right_at) <= 2:
                return [clean(p.raw[:m.start() + 1]), clean(p.raw[m.end():])]
    return [p.text]


def is_closing_start(p) -> bool:
    """``Nơi nhận`` or a signer's authority line (in any column of the paragraph)."""
    if not isinstance(p, Para):
        return False
    for part in _closing_parts(p):
        if is_recipients_label(part) or is_signer_title(part):
            return True
    return False


@dataclass
class Closing:
    recipients: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    name: str | None = None
    end: int = 0


def _recipient(text: str) -> str:
    label = match_label(text)
    if label is not None and label.is_bullet:
        text = label.rest
    return clean(text).rstrip(" ;.,").strip()


def _ends_open(recipient: str) -> bool:
    """A recipient that does not end with ``;`` or ``.``: it may go on on the next line."""
    return not recipient.rstrip().endswith((";", "."))


def parse_closing(paras: list, start: int) -> Closing:
    """The closing block from ``paras[start]``; its ``end`` is where what follows it
    (an appendix, an attached document) starts."""
    out = Closing(end=len(paras))
    in_recipients = False
    last_open = False  # the last recipient did not end with ; or .
    signer_seen = False
    right_at: int | None = None  # where the signer's column starts (text from a PDF)
    for index in range(start, len(paras)):
        p = paras[index]
        if not isinstance(p, Para):
            out.end = index
            return out
        text = p.text
        if out.name and (APPENDIX_RE.match(text) or doc_type_split(p) or
                         (match_label(text) is not None and not match_label(text).is_bullet)):
            out.end = index
            return out
        if not out.name and signer_seen and APPENDIX_RE.match(text):
            out.end = index
            return out
        consumed = False
        right_at = _right_column(p) or right_at
        for part in _closing_parts(p, right_at):
            if not part:
                continue
            if is_recipients_label(part):
                in_recipients = True
                rest = re.sub(r"^\S+\s+\S+\s*:?\s*", "", part, count=1)
                if rest and rest != part:
                    out.recipients.append(_recipient(rest))
                    last_open = _ends_open(rest)
                consumed = True
                continue
            label = match_label(part)
            if label is not None and label.is_bullet and (in_recipients or not signer_seen):
                in_recipients = True
                out.recipients.append(_recipient(part))
                last_open = _ends_open(part)
                consumed = True
                continue
            if is_signature_note(part):
                consumed = True
                continue
            if is_signer_title(part) or (signer_seen and is_caps(part) and not out.name
                                         and (not _looks_like_name(part.title())
                                              or _org_like(part))
                                         and len(part.split()) <= 10):
                signer_seen = True
                out.lines.append(clean(part))
                consumed = True
                continue
            if signer_seen and not out.name and _looks_like_name(part) or (
                    signer_seen and not out.name and is_caps(part) and _looks_like_name(part)):
                out.name = clean(part)
                consumed = True
                continue
            if in_recipients and not signer_seen:
                if last_open and out.recipients:
                    # A recipient wrapped in its narrow column.
                    out.recipients[-1] = clean(f"{out.recipients[-1]} {_recipient(part)}")
                else:
                    out.recipients.append(_recipient(part))  # typed without its dash
                last_open = _ends_open(part)
                consumed = True
                continue
        if not consumed and out.name:
            out.end = index
            return out
    return out
