"""Normalising strings where they enter the application.

Every string typed, pasted or imported goes through :func:`clean`: NFC, no control
characters, whitespace (including no-break and zero-width spaces) collapsed, trimmed.
:func:`strip_control` is the lighter pass used just before writing spreadsheet cells.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["nfc", "clean", "strip_control"]

# C0 (except \t \n \r), DEL and C1 control characters.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Characters that are not control characters but are invisible spacing that should
# behave as a space: zero-width space, and the BOM/zero-width no-break space when it
# is not at the start of a file.
_ZERO_WIDTH_SPACES = "\u200b\ufeff"
# Invisible formatting characters dropped outright (joiners, direction marks, word joiner).
_INVISIBLE = "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"

_PREPARE = str.maketrans({**{c: " " for c in _ZERO_WIDTH_SPACES}, **{c: None for c in _INVISIBLE}})
_PREPARE_RE = re.compile(f"[{_ZERO_WIDTH_SPACES}{_INVISIBLE}]")

# For the single-line form: the C0/C1 controls that are not whitespace (str.split()
# takes care of whitespace: NBSP, \u2000-\u200a, \u2028, \u2029, \u3000, \x1c-\x1f, \x85 ...).
_SINGLE_LINE_DROP_RE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

# For the multi-line form: keep \n and \t, turn other line breaks into \n,
# collapse runs of other horizontal whitespace to one space.
_LINE_BREAK_RE = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_MULTI_LINE_DROP_RE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_HORIZONTAL_RUN_RE = re.compile(r"[^\S\n\t]+")
_SPACE_AROUND_NEWLINE_RE = re.compile(r" *\n *")


def nfc(s: str) -> str:
    """Return ``s`` in Unicode Normalization Form C (composed)."""
    if s.isascii():
        return s
    return unicodedata.normalize("NFC", s)


def clean(s: str, *, keep_newlines: bool = False) -> str:
    """Normalise a string entering the application.

    NFC; control characters removed; zero-width joiners and direction marks removed.
    By default every whitespace run (spaces, tabs, line breaks, NBSP, zero-width
    spaces ...) becomes one space. With ``keep_newlines=True`` line breaks are kept as
    ``\\n`` (``\\r\\n`` and ``\\r`` become ``\\n``) and tabs are kept; other whitespace
    runs become one space and spaces at line ends are dropped. The result is stripped.
    """
    if not s:
        return ""
    if not s.isascii():
        if _PREPARE_RE.search(s):
            s = s.translate(_PREPARE)
        s = unicodedata.normalize("NFC", s)
    if keep_newlines:
        s = _LINE_BREAK_RE.sub("\n", s)
        s = _MULTI_LINE_DROP_RE.sub("", s)
        s = _HORIZONTAL_RUN_RE.sub(" ", s)
        s = _SPACE_AROUND_NEWLINE_RE.sub("\n", s)
        return s.strip()
    return " ".join(_SINGLE_LINE_DROP_RE.sub("", s).split())  # split(): any Unicode whitespace


def strip_control(s: str) -> str:
    """Remove C0/C1 control characters (and DEL) except ``\\t``, ``\\n`` and ``\\r``.

    Spreadsheet files cannot hold these characters; nothing else is changed.
    """
    return _CONTROL_RE.sub("", s)
