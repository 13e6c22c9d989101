"""Checks shared by the district settings services (Qt-free): the refusal that names its
field, a required text, an abbreviation used in document symbols, lines in capitals."""

from __future__ import annotations

from collections.abc import Sequence

from dxdesk.errors import InvalidInput
from dxdesk.text import clean

__all__ = ["InvalidField", "check_abbreviation", "required_text", "upper_lines"]


class InvalidField(InvalidInput):
    """A refusal that names the field at fault (``ProfileData`` attribute, ``"name"``,
    ``"short_name"``, ``"lines"``, ``"signer_name"``, ``"items"``...), so that a form can put
    the cursor there."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


def check_abbreviation(text: str, what: str, *, example: str, required: bool,
                       field: str = "") -> str:
    """An abbreviation used in document symbols (``05/KH-UBND``, ``Lưu: VT, VHTT``):
    capital letters, digits and ``&`` only. Returns it cleaned, or raises InvalidInput."""
    text = clean(text or "")
    if not text:
        if required:
            raise InvalidField(f"{what} không được để trống: ví dụ “{example}”.", field)
        return ""
    if " " in text:
        raise InvalidField(f"{what} “{text}” không được có dấu cách: viết liền, ví dụ "
                           f"“{text.replace(' ', '').upper()}”.", field)
    if any(c.islower() for c in text):
        raise InvalidField(f"{what} “{text}” phải viết in hoa: “{text.upper()}”.", field)
    if not all(c.isalnum() or c == "&" for c in text):
        raise InvalidField(f"{what} “{text}” chỉ gồm chữ in hoa, chữ số và dấu &, ví dụ "
                           f"“{example}” (dấu - và / dùng để ngăn các phần của số, ký hiệu "
                           "văn bản).", field)
    if len(text) > 20:
        raise InvalidField(f"{what} “{text}” dài quá 20 ký tự.", field)
    return text


def required_text(text: str, what: str, limit: int, example: str, field: str = "") -> str:
    """``text`` cleaned; refused when empty or longer than ``limit``."""
    text = clean(text or "")
    if not text:
        raise InvalidField(f"{what} không được để trống: {example}.", field)
    if len(text) > limit:
        raise InvalidField(f"{what} dài quá {limit} ký tự.", field)
    return text


def upper_lines(lines: Sequence[str] | str) -> list[str]:
    """Lines (a list, or one text) cleaned and in capitals, the empty ones left out."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    cleaned = [clean(line).upper() for line in lines]
    return [line for line in cleaned if line]
