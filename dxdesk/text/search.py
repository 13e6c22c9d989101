"""Accent- and case-insensitive search keys for Vietnamese text.

``fold("Chuyển Đổi Số") == "chuyen doi so"``, so a user who types "chuyen doi so"
(no Vietnamese keyboard at hand) still finds "Chuyển đổi số".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "matches"]

# Combining marks of the Latin script (Combining Diacritical Marks and its supplements
# and extensions), as produced by NFD for Vietnamese and other Latin letters.
_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Letters without a decomposition that readers treat as "d" (after casefold), and
# invisible characters (soft hyphen, zero-width characters, BOM) that must not split a
# word. Chained str.replace is several times faster than str.translate here.
_REPLACEMENTS = (
    ("đ", "d"),
    ("\u00f0", "d"),  # ð (eth; Ð is often typed for Đ)
    ("\u00ad", ""),
    ("\u200b", " "),
    ("\u200c", ""),
    ("\u200d", ""),
    ("\u2060", ""),
    ("\ufeff", ""),
)


@lru_cache(maxsize=16384)
def fold(s: str) -> str:
    """Return the search key of ``s``: no diacritics, ``đ`` → ``d``, casefolded,
    whitespace runs collapsed to one space and the ends stripped.

    Results are cached, so filtering the same rows again on every keystroke is cheap.
    """
    if not s.isascii():
        s = _COMBINING_RE.sub("", unicodedata.normalize("NFD", s.casefold()))
        if not s.isascii():
            for old, new in _REPLACEMENTS:
                s = s.replace(old, new)
    return " ".join(s.lower().split())


def matches(query: str, text: str) -> bool:
    """True when every word of ``query`` occurs in ``text`` (as a substring, in any
    order), ignoring diacritics and case. An empty query matches everything."""
    words = fold(query).split()
    if not words:
        return True
    haystack = fold(text)
    return all(word in haystack for word in words)
