"""How a PDF simple font's codes become text: the standard encodings (WinAnsi, MacRoman),
glyph names from an ``/Encoding /Differences`` array, and ToUnicode CMaps (``bfchar`` and
``bfrange`` blocks, with the byte lengths of their code space)."""

from __future__ import annotations

import re

__all__ = ["WIN_ANSI", "MAC_ROMAN", "glyph_char", "parse_cmap"]

WIN_ANSI = bytes(range(256)).decode("cp1252", errors="replace")
WIN_ANSI = "".join(ch if ch != "\ufffd" else chr(i) for i, ch in enumerate(WIN_ANSI))
MAC_ROMAN = bytes(range(256)).decode("mac_roman")

_GLYPH_NAMES = {
    "space": " ", "period": ".", "comma": ",", "hyphen": "-", "endash": "–", "emdash": "—",
    "colon": ":", "semicolon": ";", "quoteright": "’", "quoteleft": "‘", "quotedblleft": "“",
    "quotedblright": "”", "parenleft": "(", "parenright": ")", "slash": "/", "percent": "%",
    "bullet": "•", "ellipsis": "…", "quotesingle": "'", "quotedbl": '"', "exclam": "!",
    "question": "?", "plus": "+", "equal": "=", "underscore": "_", "bracketleft": "[",
    "bracketright": "]", "ampersand": "&", "numbersign": "#", "asterisk": "*",
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "nbspace": "\u00a0", "minus": "−",
}


def glyph_char(name: str) -> str:
    if len(name) == 1:
        return name
    if name in _GLYPH_NAMES:
        return _GLYPH_NAMES[name]
    m = re.fullmatch(r"uni([0-9A-Fa-f]{4})+", name)
    if m:
        hexes = re.findall(r"[0-9A-Fa-f]{4}", name[3:])
        return "".join(chr(int(h, 16)) for h in hexes)
    m = re.fullmatch(r"u([0-9A-Fa-f]{4,6})", name)
    if m:
        return chr(int(m.group(1), 16))
    try:
        from pypdf._codecs import adobe_glyphs  # a table of Adobe glyph names

        value = adobe_glyphs.adobe_glyphs.get("/" + name)
        if value:
            return value
    except Exception:
        pass
    base = name.split(".", 1)[0].split("_", 1)[0]
    if base != name and base:
        return glyph_char(base)
    return ""


_HEX_PAIR_RE = re.compile(rb"<([0-9A-Fa-f\s]+)>\s*<([0-9A-Fa-f\s]*)>")
_BFRANGE_RE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f\s]*>|\[[^\]]*\])")
_CODESPACE_RE = re.compile(rb"begincodespacerange(.*?)endcodespacerange", re.S)
_BFCHAR_BLOCK_RE = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE_BLOCK_RE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)


def _utf16(hexdigits: bytes) -> str:
    h = re.sub(rb"\s+", b"", hexdigits)
    if len(h) % 2:
        h += b"0"
    raw = bytes.fromhex(h.decode("ascii"))
    if len(raw) % 2:
        raw = b"\x00" + raw
    text = raw.decode("utf-16-be", errors="ignore")
    return text.replace("\x00", "")


def parse_cmap(data: bytes) -> tuple[dict[int, str], set[int]]:
    """A ToUnicode CMap: code → text, and the byte lengths of its code space."""
    mapping: dict[int, str] = {}
    lengths: set[int] = set()
    for block in _CODESPACE_RE.findall(data):
        for lo, _hi in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            lengths.add(len(lo) // 2)
    for block in _BFCHAR_BLOCK_RE.findall(data):
        for src, dst in _HEX_PAIR_RE.findall(block):
            src = re.sub(rb"\s+", b"", src)
            if not src:
                continue
            if not lengths:
                lengths.add(max(1, len(src) // 2))
            mapping[int(src, 16)] = _utf16(dst)
    for block in _BFRANGE_BLOCK_RE.findall(data):
        for lo_s, hi_s, dst in _BFRANGE_RE.findall(block):
            lo, hi = int(lo_s, 16), int(hi_s, 16)
            if hi < lo or hi - lo > 65535:
                continue
            if not lengths:
                lengths.add(max(1, len(lo_s) // 2))
            if dst.startswith(b"["):
                for k, item in enumerate(re.findall(rb"<([0-9A-Fa-f\s]*)>", dst)):
                    if lo + k > hi:
                        break
                    mapping[lo + k] = _utf16(item)
            else:
                digits = re.sub(rb"[<>\s]", b"", dst)
                if not digits:
                    continue
                base = int(digits, 16)
                nbytes = max(2, (len(digits) + 1) // 2)
                for k in range(hi - lo + 1):
                    value = base + k
                    try:
                        raw = value.to_bytes(nbytes, "big")
                    except OverflowError:
                        break
                    if len(raw) % 2:
                        raw = b"\x00" + raw
                    mapping[lo + k] = raw.decode("utf-16-be", errors="ignore")
    return mapping, lengths
