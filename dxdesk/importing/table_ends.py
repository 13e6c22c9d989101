"""Lines that end a table read by the position of its columns (a borderless PDF table,
``pdftotext -layout`` text): a closing block (``Nơi nhận:``, ``TM. ỦY BAN NHÂN DÂN``), a
new appendix (``Phụ lục II``), a document's type line (``KẾ HOẠCH``), or the heading of a
plan's section that is never a group of a table's rows (``II. TỔ CHỨC THỰC HIỆN``,
``KINH PHÍ THỰC HIỆN``): numbered like a section or in capitals. Group rows name pillars
(``CHÍNH QUYỀN SỐ``), which are no section of a plan's own."""

from __future__ import annotations

import re

from dxdesk.importing.labels import match_label
from dxdesk.importing.paragraphs import is_caps
from dxdesk.importing.vocab import (doc_type_of, heading_kind, is_recipients_label,
                                    is_signer_title)
from dxdesk.text import fold

__all__ = ["APPENDIX_RE", "ends_table"]

APPENDIX_RE = re.compile(r"^(?:phu luc|phu bieu)(?:\s+(?:so\s+)?(?:[ivxl]+|\d{1,2}))?"
                         r"\s*[.:\-–]?\s*$")
_CLOSING_KINDS = ("organization", "funding")
_SECTION_STYLES = ("roman", "ALPHA", "phan", "chuong")


def _closing_section(text: str) -> bool:
    label = match_label(text)
    if label is not None and label.style not in _SECTION_STYLES:
        return False
    if label is None and not is_caps(text):
        return False
    title = label.rest if label is not None else text
    return len(title) <= 60 and heading_kind(title) in _CLOSING_KINDS


def ends_table(text: str) -> bool:
    """Whether a piece of a line ends the table it follows."""
    return (is_recipients_label(text) or is_signer_title(text) or
            bool(APPENDIX_RE.match(fold(text))) or (doc_type_of(text) and is_caps(text))
            or _closing_section(text))
