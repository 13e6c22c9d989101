"""PDF fonts: a font dictionary → :class:`Font`, the tables that turn shown bytes into
text and widths (simple fonts, and Type0 fonts with Identity-H and a 2-byte ToUnicode map),
whether it is bold or italic, and whether it is a legacy Vietnamese font (TCVN3/VNI) whose
text must be converted; :class:`FontCache` decodes each font once per document."""

from __future__ import annotations

import re

from dxdesk.importing.pdf_cmap import MAC_ROMAN, WIN_ANSI, glyph_char, parse_cmap
from dxdesk.importing.pdf_objects import Unsupported, lookup, number
from dxdesk.text import legacy

__all__ = ["Font", "FontCache", "load_font"]


class Font:
    __slots__ = ("two_byte", "table", "charmap", "widths", "dmap", "dwidths", "default_w",
                 "bold", "italic", "legacy", "upper")

    def __init__(self):
        self.two_byte = False
        self.table: dict[int, str] = {}
        self.charmap: str | None = None  # a 256-character decoding table, when it can be one
        self.widths: list[float] = [0.0] * 256
        self.dmap: dict[int, str] = {}
        self.dwidths: dict[int, float] = {}
        self.default_w = 1000.0
        self.bold = False
        self.italic = False
        self.legacy = None
        self.upper = False


def load_font(font) -> Font:
    """Decoding tables of a font dictionary; raises Unsupported."""
    font = font.get_object() if hasattr(font, "get_object") else font
    subtype = str(lookup(font, "/Subtype", ""))
    base = str(lookup(font, "/BaseFont", "") or "").lstrip("/")
    if len(base) > 7 and base[6] == "+":
        base = base[7:]
    info = Font()
    lname = base.lower()
    info.bold = bool(re.search(r"bold|black|heavy|semibold|demibold|,b\b|-b\b", lname))
    info.italic = bool(re.search(r"italic|oblique|,i\b|-i\b", lname))
    descriptor = lookup(font, "/FontDescriptor")
    if subtype == "/Type0":
        descendants = lookup(font, "/DescendantFonts")
        try:
            descendant = descendants[0].get_object()
        except Exception:
            raise Unsupported("Type0 without descendant") from None
        descriptor = lookup(descendant, "/FontDescriptor") or descriptor
    if descriptor is not None:
        flags = int(number(lookup(descriptor, "/Flags", 0)))
        weight = number(lookup(descriptor, "/FontWeight", 0))
        if flags & (1 << 18) or weight >= 600:
            info.bold = True
        if flags & (1 << 6) or abs(number(lookup(descriptor, "/ItalicAngle", 0))) > 1:
            info.italic = True
    family = re.split(r"[,\-](?=bold|italic|regular|b\b|i\b)", base, flags=re.I)[0]
    encoding = legacy.encoding_for_font(family) or legacy.encoding_for_font("." + family) \
        if family.lower().startswith("vn") and not family.lower().startswith("vni") \
        else legacy.encoding_for_font(family)
    info.legacy = encoding
    if encoding == "tcvn3":
        info.upper = getattr(legacy, "is_uppercase_font", lambda _f: False)(
            family if family.startswith(".") else "." + family)
    to_unicode = lookup(font, "/ToUnicode")
    cmap: dict[int, str] = {}
    lengths: set[int] = set()
    if to_unicode is not None and hasattr(to_unicode, "get_data"):
        try:
            cmap, lengths = parse_cmap(to_unicode.get_data())
        except Exception:
            cmap, lengths = {}, set()
    if subtype == "/Type0":
        enc = str(lookup(font, "/Encoding", ""))
        if enc not in ("/Identity-H",):
            raise Unsupported(f"CMap {enc}")
        if not cmap or (lengths and lengths != {2}):
            raise Unsupported("Type0 without a 2-byte ToUnicode")
        info.two_byte = True
        info.dmap = cmap
        descendant = lookup(font, "/DescendantFonts")[0].get_object()
        info.default_w = number(lookup(descendant, "/DW", 1000), 1000.0)
        w = lookup(descendant, "/W")
        if w is not None:
            items = list(w)
            i = 0
            while i < len(items):
                first = int(number(items[i]))
                nxt = items[i + 1].get_object() if hasattr(items[i + 1], "get_object") \
                    else items[i + 1]
                if isinstance(nxt, list):
                    for k, width in enumerate(nxt):
                        info.dwidths[first + k] = number(width, info.default_w)
                    i += 2
                else:
                    last = int(number(nxt))
                    width = number(items[i + 2], info.default_w)
                    if last - first <= 65535:
                        for code in range(first, last + 1):
                            info.dwidths[code] = width
                    i += 3
        return info
    if subtype not in ("/TrueType", "/Type1", "/MMType1"):
        raise Unsupported(f"font {subtype}")
    widths = lookup(font, "/Widths")
    if widths is None:
        raise Unsupported("simple font without widths")
    first_char = int(number(lookup(font, "/FirstChar", 0)))
    missing = number(lookup(descriptor, "/MissingWidth", 0)) if descriptor is not None else 0.0
    table = [missing or 500.0] * 256
    for k, width in enumerate(widths):
        code = first_char + k
        if 0 <= code < 256:
            table[code] = number(width, missing)
    info.widths = table
    enc = lookup(font, "/Encoding")
    base_table = WIN_ANSI
    differences = None
    if enc is not None:
        name = str(enc) if not hasattr(enc, "get") else str(lookup(enc, "/BaseEncoding", ""))
        if hasattr(enc, "get"):
            differences = lookup(enc, "/Differences")
        if name == "/MacRomanEncoding":
            base_table = MAC_ROMAN
    chars = list(base_table)
    if differences is not None:
        code = 0
        for entry in differences:
            entry = entry.get_object() if hasattr(entry, "get_object") else entry
            if isinstance(entry, (int, float)) or hasattr(entry, "as_numeric"):
                code = int(number(entry))
                continue
            if 0 <= code < 256:
                chars[code] = glyph_char(str(entry).lstrip("/"))
            code += 1
    for code, text in cmap.items():
        if 0 <= code < 256:
            chars[code] = text
    info.table = {i: ch for i, ch in enumerate(chars)}
    if all(len(ch) <= 1 and ch != "\ufffe" for ch in chars):
        # One character per code: the C charmap codec decodes it (unmapped codes dropped).
        info.charmap = "".join(ch or "\ufffe" for ch in chars)
    return info


class FontCache:
    """Fonts decoded once per document, and the document's count of content tokens."""

    def __init__(self):
        self.fonts: dict[int, Font | Unsupported] = {}
        self.tokens = 0

    def get(self, ref, obj) -> Font | Unsupported:
        """The decoded font, or the reason it cannot be read (raised only when text is
        shown with it: a PDF may select a font it never uses)."""
        key = id(obj) if ref is None else (ref.idnum, ref.generation)
        cached = self.fonts.get(key)
        if cached is None:
            try:
                cached = load_font(obj)
            except Unsupported as exc:
                cached = exc
            except Exception as exc:  # a damaged font dictionary
                cached = Unsupported(str(exc))
            self.fonts[key] = cached
        return cached
