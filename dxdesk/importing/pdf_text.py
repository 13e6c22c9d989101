"""Text with its geometry from a PDF page's content stream.

pypdf parses the file (objects, decryption, stream filters); this module interprets the
page's content stream itself, because pypdf's ``extract_text`` is too slow for a 40-page
plan in under a second and gives no positions. For each piece of text shown it records
where it starts and ends on the page, its size, and whether its font is bold or italic,
then groups the pieces into lines in reading order.

Fonts it cannot decode reliably (Type 3, vertical CJK CMaps, fonts without widths) make
:func:`page_lines` return None, and the caller falls back to pypdf for that page.
"""

from __future__ import annotations

import math
import re
from codecs import charmap_decode
from dataclasses import dataclass

from dxdesk.text import legacy

__all__ = ["PdfLine", "PdfCell", "PdfTable", "page_lines", "FontCache", "Unsupported"]

MAX_TOKENS_PER_PAGE = 400_000
MAX_FORM_DEPTH = 4


class Unsupported(Exception):
    """The page uses something this interpreter does not read: use pypdf instead."""


@dataclass(slots=True)
class PdfLine:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    italic: bool
    char_w: float
    seq: int = 0  # position of its first piece in the content stream


@dataclass(slots=True, eq=False)
class PdfCell:
    lines: list[PdfLine]


@dataclass(slots=True)
class PdfTable:
    """A ruled table: rows of cells; a merged cell is the same object in every row and
    column it covers."""

    rows: list[list[PdfCell]]
    columns: list[float]  # the x of each vertical border
    seq: int = 0


# ----------------------------------------------------------------------------- fonts

_WIN_ANSI = bytes(range(256)).decode("cp1252", errors="replace")
_WIN_ANSI = "".join(ch if ch != "\ufffd" else chr(i) for i, ch in enumerate(_WIN_ANSI))
_MAC_ROMAN = bytes(range(256)).decode("mac_roman")

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


def _glyph_char(name: str) -> str:
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
        return _glyph_char(base)
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


def _parse_cmap(data: bytes) -> tuple[dict[int, str], set[int]]:
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


def _cp1252_only(text: str) -> bool:
    """Text shown in a legacy font arrives as Windows-1252 letters; a font whose ToUnicode
    map already gives Vietnamese letters must not be converted again."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _get(obj, key, default=None):
    try:
        value = obj.get(key, default)
    except Exception:
        return default
    try:
        return value.get_object() if value is not None and hasattr(value, "get_object") else value
    except Exception:
        return default


def _num(value, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def load_font(font) -> Font:
    """Decoding tables of a font dictionary; raises Unsupported."""
    font = font.get_object() if hasattr(font, "get_object") else font
    subtype = str(_get(font, "/Subtype", ""))
    base = str(_get(font, "/BaseFont", "") or "").lstrip("/")
    if len(base) > 7 and base[6] == "+":
        base = base[7:]
    info = Font()
    lname = base.lower()
    info.bold = bool(re.search(r"bold|black|heavy|semibold|demibold|,b\b|-b\b", lname))
    info.italic = bool(re.search(r"italic|oblique|,i\b|-i\b", lname))
    descriptor = _get(font, "/FontDescriptor")
    if subtype == "/Type0":
        descendants = _get(font, "/DescendantFonts")
        try:
            descendant = descendants[0].get_object()
        except Exception:
            raise Unsupported("Type0 without descendant") from None
        descriptor = _get(descendant, "/FontDescriptor") or descriptor
    if descriptor is not None:
        flags = int(_num(_get(descriptor, "/Flags", 0)))
        weight = _num(_get(descriptor, "/FontWeight", 0))
        if flags & (1 << 18) or weight >= 600:
            info.bold = True
        if flags & (1 << 6) or abs(_num(_get(descriptor, "/ItalicAngle", 0))) > 1:
            info.italic = True
    family = re.split(r"[,\-](?=bold|italic|regular|b\b|i\b)", base, flags=re.I)[0]
    encoding = legacy.encoding_for_font(family) or legacy.encoding_for_font("." + family) \
        if family.lower().startswith("vn") and not family.lower().startswith("vni") \
        else legacy.encoding_for_font(family)
    info.legacy = encoding
    if encoding == "tcvn3":
        info.upper = getattr(legacy, "is_uppercase_font", lambda _f: False)(
            family if family.startswith(".") else "." + family)
    to_unicode = _get(font, "/ToUnicode")
    cmap: dict[int, str] = {}
    lengths: set[int] = set()
    if to_unicode is not None and hasattr(to_unicode, "get_data"):
        try:
            cmap, lengths = _parse_cmap(to_unicode.get_data())
        except Exception:
            cmap, lengths = {}, set()
    if subtype == "/Type0":
        enc = str(_get(font, "/Encoding", ""))
        if enc not in ("/Identity-H",):
            raise Unsupported(f"CMap {enc}")
        if not cmap or (lengths and lengths != {2}):
            raise Unsupported("Type0 without a 2-byte ToUnicode")
        info.two_byte = True
        info.dmap = cmap
        descendant = _get(font, "/DescendantFonts")[0].get_object()
        info.default_w = _num(_get(descendant, "/DW", 1000), 1000.0)
        w = _get(descendant, "/W")
        if w is not None:
            items = list(w)
            i = 0
            while i < len(items):
                first = int(_num(items[i]))
                nxt = items[i + 1].get_object() if hasattr(items[i + 1], "get_object") \
                    else items[i + 1]
                if isinstance(nxt, list):
                    for k, width in enumerate(nxt):
                        info.dwidths[first + k] = _num(width, info.default_w)
                    i += 2
                else:
                    last = int(_num(nxt))
                    width = _num(items[i + 2], info.default_w)
                    if last - first <= 65535:
                        for code in range(first, last + 1):
                            info.dwidths[code] = width
                    i += 3
        return info
    if subtype not in ("/TrueType", "/Type1", "/MMType1"):
        raise Unsupported(f"font {subtype}")
    widths = _get(font, "/Widths")
    if widths is None:
        raise Unsupported("simple font without widths")
    first_char = int(_num(_get(font, "/FirstChar", 0)))
    missing = _num(_get(descriptor, "/MissingWidth", 0)) if descriptor is not None else 0.0
    table = [missing or 500.0] * 256
    for k, width in enumerate(widths):
        code = first_char + k
        if 0 <= code < 256:
            table[code] = _num(width, missing)
    info.widths = table
    enc = _get(font, "/Encoding")
    base_table = _WIN_ANSI
    differences = None
    if enc is not None:
        name = str(enc) if not hasattr(enc, "get") else str(_get(enc, "/BaseEncoding", ""))
        if hasattr(enc, "get"):
            differences = _get(enc, "/Differences")
        if name == "/MacRomanEncoding":
            base_table = _MAC_ROMAN
    chars = list(base_table)
    if differences is not None:
        code = 0
        for entry in differences:
            entry = entry.get_object() if hasattr(entry, "get_object") else entry
            if isinstance(entry, (int, float)) or hasattr(entry, "as_numeric"):
                code = int(_num(entry))
                continue
            if 0 <= code < 256:
                chars[code] = _glyph_char(str(entry).lstrip("/"))
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


# ----------------------------------------------------------------------------- content

_TOKEN_RE = re.compile(
    rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*+"
    rb"(?:(?P<num>[+-]?(?:\d+\.?\d*|\.\d+))(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])"
    rb"|(?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)"
    rb"|(?P<hex><(?!<)[0-9A-Fa-f\x00\t\n\x0c\r ]*>)"
    rb"|(?P<dopen><<)|(?P<dclose>>>)"
    rb"|(?P<aopen>\[)|(?P<aclose>\])"
    rb"|(?P<str>\()"
    rb"|(?P<op>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+)"
    rb"|(?P<other>[{}<>)]))")
_LIT_SPECIAL_RE = re.compile(rb"[()\\]")
_WSC = rb"[\x00\t\n\x0c\r ]"
_ARRAY_FAST_RE = re.compile(
    rb"\[((?:" + _WSC + rb"*(?:<[0-9A-Fa-f\x00\t\n\x0c\r ]*>|\([^()\\]*\)|"
    rb"[+-]?(?:\d+\.?\d*|\.\d+)))*+)" + _WSC + rb"*\]")
_ARRAY_ELEM_RE = re.compile(rb"<([0-9A-Fa-f\x00\t\n\x0c\r ]*)>|\(([^()\\]*)\)|"
                            rb"([+-]?(?:\d+\.?\d*|\.\d+))")
_EI_RE = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|$)")
_SKIP = rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*+"
_DELIM = rb"\x00\t\n\x0c\r ()<>\[\]{}/%"
_NUM = rb"[+-]?(?:\d+\.?\d*|\.\d+)(?![^" + _DELIM + rb"])"
_NAME = rb"/[^" + _DELIM + rb"]*"
_HEXS = rb"<[0-9A-Fa-f\x00\t\n\x0c\r ]*>"
_LIT = rb"\([^()\\]*\)"
_ARR = rb"\[(?:[^\[\]()\\<>]|" + _HEXS + rb"|" + _LIT + rb")*+\]"
# An operator with operands that need no escapes, nested strings or dictionaries.
_CHUNK_RE = re.compile(
    _SKIP + rb"(?P<operands>(?:(?:" + _NUM + rb"|" + _NAME + rb"|" + _HEXS + rb"|" + _LIT
    + rb"|" + _ARR + rb")" + _SKIP + rb")*+)(?P<op>[A-Za-z'\"][^" + _DELIM + rb"]*)")
_OPERAND_RE = re.compile(
    rb"(" + _NUM + rb")|(" + _NAME + rb")|(" + _HEXS + rb")|(" + _LIT + rb")|(" + _ARR + rb")")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
_WS = b"\x00\t\n\x0c\r "


def _literal(data: bytes, pos: int) -> tuple[bytes, int]:
    depth = 1
    out = bytearray()
    n = len(data)
    while True:
        m = _LIT_SPECIAL_RE.search(data, pos)
        if m is None:
            out += data[pos:]
            return bytes(out), n
        j = m.start()
        out += data[pos:j]
        c = data[j]
        if c == 0x5C:  # backslash
            if j + 1 >= n:
                return bytes(out), n
            e = data[j + 1]
            if e in _ESCAPES:
                out += _ESCAPES[e]
                pos = j + 2
            elif 0x30 <= e <= 0x37:
                k = j + 1
                digits = bytearray()
                while k < n and len(digits) < 3 and 0x30 <= data[k] <= 0x37:
                    digits.append(data[k])
                    k += 1
                out.append(int(digits, 8) & 0xFF)
                pos = k
            elif e == 0x0D:
                pos = j + 3 if j + 2 < n and data[j + 2] == 0x0A else j + 2
            elif e == 0x0A:
                pos = j + 2
            else:
                out.append(e)
                pos = j + 2
        elif c == 0x28:
            depth += 1
            out.append(c)
            pos = j + 1
        else:
            depth -= 1
            if depth == 0:
                return bytes(out), j + 1
            out.append(c)
            pos = j + 1


def _hex(h: bytes) -> bytes:
    try:
        return bytes.fromhex(h.decode("ascii"))
    except ValueError:
        h = re.sub(rb"[^0-9A-Fa-f]", b"", h)
        if len(h) % 2:
            h += b"0"
        return bytes.fromhex(h.decode("ascii"))


def _array(inner: bytes) -> list:
    out: list = []
    for hx, lit, num in _ARRAY_ELEM_RE.findall(inner):
        if num:
            out.append(float(num))
        elif hx:
            out.append(_hex(hx))
        else:
            out.append(lit)
    return out


class _RawArray(bytes):
    """The source of an array operand, decoded only when it is used (a TJ array is
    mostly read in one go by :func:`_flat_array`)."""


_HEX_PART_RE = re.compile(rb"<([0-9A-Fa-f]*)>")
_LIT_PART_RE = re.compile(rb"\(([^()\\]*)\)")


def _flat_array(inner: bytes) -> tuple[bytes, list[float]] | None:
    """A TJ array of only hex strings (or only plain literal strings) and numbers: all its
    bytes together, and its numbers; None when it is anything else."""
    if b"(" in inner:
        if b"<" in inner:
            return None
        parts = _LIT_PART_RE.findall(inner)
        rest = _LIT_PART_RE.sub(b" ", inner)
        raw = b"".join(parts)
    else:
        parts = _HEX_PART_RE.findall(inner)
        if any(len(part) % 2 for part in parts):
            return None
        rest = _HEX_PART_RE.sub(b" ", inner)
        try:
            raw = bytes.fromhex(b"".join(parts).decode("ascii"))
        except ValueError:
            return None
    try:
        numbers = [float(x) for x in rest.split()]
    except ValueError:
        return None
    return raw, numbers


def _operands(text: bytes) -> list:
    out: list = []
    for num, name, hx, lit, arr in _OPERAND_RE.findall(text):
        if num:
            out.append(float(num))
        elif name:
            out.append(name.decode("latin-1"))
        elif arr:
            out.append(_RawArray(arr[1:-1]))
        elif hx:
            out.append(_hex(hx[1:-1]))
        else:
            out.append(lit[1:-1])
    return out


def _mult(m, n):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_PAINT_OPS = frozenset((b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"))
_PATH_OPS = frozenset((b"m", b"l", b"re", b"h", b"c", b"v", b"y", b"n")) | _PAINT_OPS
_KNOWN_OPS = _PATH_OPS | frozenset((
    b"TJ", b"Tj", b"Td", b"TD", b"Tm", b"T*", b"'", b'"', b"Tf", b"BT", b"Tc", b"Tw", b"Tz",
    b"TL", b"Ts", b"Tr", b"q", b"Q", b"cm", b"Do", b"BI"))


class _Run:
    __slots__ = ("x0", "x1", "y", "size", "text", "bold", "italic", "direction", "seq")

    def __init__(self, x0, x1, y, size, text, bold, italic, direction, seq):
        self.x0, self.x1, self.y, self.size = x0, x1, y, size
        self.text, self.bold, self.italic = text, bold, italic
        self.direction, self.seq = direction, seq


class _Interpreter:
    def __init__(self, cache: FontCache):
        self.cache = cache
        self.runs: list[_Run] = []
        self.tokens = 0
        self.forms = 0
        self.segments: list[tuple[float, float, float, float]] = []  # ruling lines

    def run(self, data: bytes, resources, ctm, depth: int = 0) -> None:
        fonts_dict = _get(resources, "/Font") if resources is not None else None
        xobjects = _get(resources, "/XObject") if resources is not None else None
        stack: list = []
        arrays: list[list] = []
        gstack: list = []
        tm = tlm = _IDENTITY
        font: Font | Unsupported | None = None
        fs = tc = tw = rise = 0.0
        th = 1.0
        tl = 0.0
        render = 0
        pos = 0
        n = len(data)
        path_state: list = [None, None, []]  # current point, subpath start, segments
        match = _TOKEN_RE.match
        runs = self.runs

        def decode(raw: bytes) -> tuple[str, float]:
            if font.two_byte:
                if len(raw) % 2:
                    raw = raw[:-1]
                codes = [(raw[i] << 8) | raw[i + 1] for i in range(0, len(raw), 2)]
                dmap = font.dmap
                text = "".join([dmap.get(c, "") for c in codes])
                dw = font.dwidths
                default = font.default_w
                width = sum([dw.get(c, default) for c in codes])
                count = len(codes)
                spaces = 0
            else:
                if font.charmap is not None:
                    text = charmap_decode(raw, "ignore", font.charmap)[0]
                else:
                    text = raw.decode("latin-1").translate(font.table)
                width = sum(map(font.widths.__getitem__, raw))
                count = len(raw)
                spaces = raw.count(32)
            return text, ((width / 1000.0) * fs + count * tc + spaces * tw) * th

        def emit(start, end, text: str) -> None:
            a, b, c, d, e, f = start
            ca, cb, cc, cd, ce, cf = ctm
            xr, yr = e + rise * c, f + rise * d
            x0 = xr * ca + yr * cc + ce
            y0 = xr * cb + yr * cd + cf
            e2, f2 = end[4], end[5]
            xr2, yr2 = e2 + rise * c, f2 + rise * d
            x1 = xr2 * ca + yr2 * cc + ce
            y1 = xr2 * cb + yr2 * cd + cf
            if font.legacy and _cp1252_only(text):
                text = legacy.to_unicode(text, font.legacy, uppercase_font=font.upper)
            # Direction and size of the text on the page.
            ma = a * ca + b * cc
            mb = a * cb + b * cd
            mc = c * ca + d * cc
            md = c * cb + d * cd
            size = abs(fs) * math.hypot(mc, md) or abs(fs) or 1.0
            if abs(mb) <= abs(ma) * 0.1:
                direction = 0 if ma > 0 else 2
                if direction == 0 and md < 0:
                    return  # mirrored text
            elif abs(ma) <= abs(mb) * 0.1:
                direction = 1 if mb > 0 else 3
            else:
                return  # slanted text: a watermark
            if direction == 0:
                rx0, rx1, ry = x0, x1, y0
            elif direction == 2:
                rx0, rx1, ry = -x0, -x1, -y0
            elif direction == 1:
                rx0, rx1, ry = y0, y1, -x0
            else:
                rx0, rx1, ry = -y0, -y1, x0
            bold = font.bold or render == 2
            if runs:
                last = runs[-1]
                if (last.direction == direction and abs(last.y - ry) < 0.05 * size
                        and abs(rx0 - last.x1) < 0.12 * size and last.bold == bold
                        and last.italic == font.italic and abs(last.size - size) < 0.05 * size):
                    last.text += text
                    if rx1 > last.x1:
                        last.x1 = rx1
                    return
            runs.append(_Run(rx0, max(rx1, rx0), ry, size, text, bold, font.italic, direction,
                             len(runs)))

        def show(raw: bytes) -> None:
            nonlocal tm
            if font is None:
                return
            if isinstance(font, Unsupported):
                raise font
            text, tx = decode(raw)
            a, b, c, d, e, f = tm
            end = (a, b, c, d, e + tx * a, f + tx * b)
            if text:
                emit(tm, end, text)
            tm = end

        def show_flat(raw: bytes, numbers: list[float]) -> None:
            """A TJ array without word-sized gaps: one piece of text."""
            nonlocal tm
            if font is None:
                return
            if isinstance(font, Unsupported):
                raise font
            text, tx = decode(raw)
            tx -= sum(numbers) / 1000.0 * fs * th
            a, b, c, d, e, f = tm
            end = (a, b, c, d, e + tx * a, f + tx * b)
            if text:
                emit(tm, end, text)
            tm = end

        def show_array(arr: list) -> None:
            nonlocal tm
            if font is None:
                return
            if isinstance(font, Unsupported):
                raise font
            numbers = [el for el in arr if el.__class__ is float]
            if not numbers or min(numbers) >= -120:
                # No word-sized gap inside: the whole array is one piece of text.
                raw = b"".join([el for el in arr if el.__class__ is bytes])
                text, tx = decode(raw)
                tx -= sum(numbers) / 1000.0 * fs * th
                a, b, c, d, e, f = tm
                end = (a, b, c, d, e + tx * a, f + tx * b)
                if text:
                    emit(tm, end, text)
                tm = end
                return
            start = tm
            parts: list[str] = []
            for el in arr:
                if isinstance(el, bytes):
                    text, tx = decode(el)
                    if text:
                        parts.append(text)
                elif isinstance(el, float):
                    tx = -el / 1000.0 * fs * th
                    if el < -120 and parts:
                        emit(start, tm, "".join(parts))
                        parts = []
                else:
                    continue
                a, b, c, d, e, f = tm
                tm = (a, b, c, d, e + tx * a, f + tx * b)
                if not parts:
                    start = tm
            if parts:
                emit(start, tm, "".join(parts))

        chunk = _CHUNK_RE.match
        while pos < n:
            op = None
            if not stack and not arrays:
                # Fast path: an operator with simple operands in one match.
                c_m = chunk(data, pos)
                if c_m is not None:
                    pos = c_m.end()
                    self.tokens += 1
                    if self.tokens > MAX_TOKENS_PER_PAGE:
                        raise Unsupported("content stream too long")
                    op = c_m.group("op")
                    if op not in _KNOWN_OPS:
                        continue
                    operands = c_m.group("operands")
                    if operands:
                        stack.extend(_operands(operands))
            if op is None:
                m = match(data, pos)
                if m is None:
                    break
                pos = m.end()
                kind = m.lastgroup
                if kind is None:
                    break
                self.tokens += 1
                if self.tokens > MAX_TOKENS_PER_PAGE:
                    raise Unsupported("content stream too long")
                if kind != "op":
                    pos = self._operand(kind, m, data, pos, stack, arrays)
                    continue
                op = m.group(kind)
                if arrays:  # an operator inside an array: damaged content
                    arrays.clear()
                if op not in _KNOWN_OPS:  # colours, line styles, marked content ...
                    stack.clear()
                    continue
            if op == b"TJ":
                if stack and isinstance(stack[-1], _RawArray):
                    flat = _flat_array(stack[-1])
                    if flat is not None and (not flat[1] or min(flat[1]) >= -120):
                        show_flat(*flat)
                    else:
                        show_array(_array(stack[-1]))
                elif stack and isinstance(stack[-1], list):
                    show_array(stack[-1])
            elif op == b"Tj":
                if stack and isinstance(stack[-1], bytes):
                    show(stack[-1])
            elif op == b"Td" or op == b"TD":
                if len(stack) >= 2 and isinstance(stack[-1], float) and \
                        isinstance(stack[-2], float):
                    tx, ty = stack[-2], stack[-1]
                    if op == b"TD":
                        tl = -ty
                    a, b, c, d, e, f = tlm
                    tlm = (a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f)
                    tm = tlm
            elif op == b"Tm":
                if len(stack) >= 6 and all(isinstance(v, float) for v in stack[-6:]):
                    tlm = tm = tuple(stack[-6:])
            elif op == b"T*":
                a, b, c, d, e, f = tlm
                tlm = (a, b, c, d, -tl * c + e, -tl * d + f)
                tm = tlm
            elif op == b"'" or op == b'"':
                if op == b'"' and len(stack) >= 3:
                    tw = stack[-3] if isinstance(stack[-3], float) else tw
                    tc = stack[-2] if isinstance(stack[-2], float) else tc
                a, b, c, d, e, f = tlm
                tlm = (a, b, c, d, -tl * c + e, -tl * d + f)
                tm = tlm
                if stack and isinstance(stack[-1], bytes):
                    show(stack[-1])
            elif op == b"Tf":
                if len(stack) >= 2 and isinstance(stack[-2], str):
                    fs = stack[-1] if isinstance(stack[-1], float) else fs
                    ref = fonts_dict.get(stack[-2]) if fonts_dict is not None else None
                    if ref is None:
                        font = None
                    else:
                        obj = ref.get_object() if hasattr(ref, "get_object") else ref
                        font = self.cache.get(ref if hasattr(ref, "idnum") else None, obj)
            elif op == b"BT":
                tm = tlm = _IDENTITY
            elif op == b"Tc":
                tc = stack[-1] if stack and isinstance(stack[-1], float) else tc
            elif op == b"Tw":
                tw = stack[-1] if stack and isinstance(stack[-1], float) else tw
            elif op == b"Tz":
                th = (stack[-1] / 100.0) if stack and isinstance(stack[-1], float) else th
            elif op == b"TL":
                tl = stack[-1] if stack and isinstance(stack[-1], float) else tl
            elif op == b"Ts":
                rise = stack[-1] if stack and isinstance(stack[-1], float) else rise
            elif op == b"Tr":
                render = int(stack[-1]) if stack and isinstance(stack[-1], float) else render
            elif op == b"q":
                gstack.append((ctm, font, fs, tc, tw, th, tl, rise, render))
                if len(gstack) > 512:
                    raise Unsupported("graphics state too deep")
            elif op == b"Q":
                if gstack:
                    ctm, font, fs, tc, tw, th, tl, rise, render = gstack.pop()
            elif op == b"cm":
                if len(stack) >= 6 and all(isinstance(v, float) for v in stack[-6:]):
                    ctm = _mult(tuple(stack[-6:]), ctm)
            elif op == b"Do":
                if stack and isinstance(stack[-1], str) and xobjects is not None:
                    self._form(xobjects, stack[-1], ctm, depth)
            elif op == b"BI":
                found = _EI_RE.search(data, pos)
                pos = found.end() if found else n
            elif op in _PATH_OPS:
                path_state = self._path(op, stack, ctm, path_state)
            stack.clear()

    @staticmethod
    def _operand(kind: str, m, data: bytes, pos: int, stack: list, arrays: list) -> int:
        """Push one operand token (the slow path); returns the new position."""
        target = arrays[-1] if arrays else stack
        if kind == "num":
            target.append(float(m.group(kind)))
        elif kind == "str":
            raw, pos = _literal(data, pos)
            target.append(raw)
        elif kind == "hex":
            target.append(_hex(m.group(kind)[1:-1]))
        elif kind == "name":
            target.append(m.group(kind).decode("latin-1"))
        elif kind == "aopen":
            fast = _ARRAY_FAST_RE.match(data, m.start(kind))
            if fast is not None:
                target.append(_array(fast.group(1)))
                return fast.end()
            arrays.append([])
        elif kind == "aclose":
            if arrays:
                arr = arrays.pop()
                (arrays[-1] if arrays else stack).append(arr)
        return pos

    def _path(self, op: bytes, stack: list, ctm, state: list) -> list:
        """Path construction and painting: keep the straight axis-aligned pieces of painted
        paths (table borders drawn as lines, or as thin filled rectangles)."""
        current, start, pieces = state
        a, b, c, d, e, f = ctm

        def point(x: float, y: float) -> tuple[float, float]:
            return x * a + y * c + e, x * b + y * d + f

        nums = [v for v in stack if v.__class__ is float]
        if op == b"m" and len(nums) >= 2:
            current = start = point(nums[-2], nums[-1])
        elif op == b"l" and len(nums) >= 2:
            target = point(nums[-2], nums[-1])
            if current is not None:
                pieces.append((current[0], current[1], target[0], target[1], False))
            current = target
        elif op == b"re" and len(nums) >= 4:
            x, y, w, h = nums[-4:]
            p0, p1 = point(x, y), point(x + w, y + h)
            pieces.append((p0[0], p0[1], p1[0], p1[1], True))
            current = start = p0
        elif op == b"h":
            if current is not None and start is not None:
                pieces.append((current[0], current[1], start[0], start[1], False))
                current = start
        elif op in (b"c", b"v", b"y") and len(nums) >= 2:
            current = point(nums[-2], nums[-1])
        elif op == b"n":
            pieces = []
        elif op in _PAINT_OPS:
            stroke = op in (b"S", b"s", b"B", b"B*", b"b", b"b*")
            if len(self.segments) < 20_000:
                for x0, y0, x1, y1, rect in pieces:
                    if rect:
                        w, h = abs(x1 - x0), abs(y1 - y0)
                        if h <= 2.5 and w > 3:  # a thin filled bar: a horizontal rule
                            ym = (y0 + y1) / 2
                            self.segments.append((min(x0, x1), ym, max(x0, x1), ym))
                        elif w <= 2.5 and h > 3:
                            xm = (x0 + x1) / 2
                            self.segments.append((xm, min(y0, y1), xm, max(y0, y1)))
                        elif stroke and w > 3 and h > 3:
                            lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), \
                                max(y0, y1)
                            self.segments.extend([
                                (lo_x, lo_y, hi_x, lo_y), (lo_x, hi_y, hi_x, hi_y),
                                (lo_x, lo_y, lo_x, hi_y), (hi_x, lo_y, hi_x, hi_y)])
                    elif stroke:
                        if abs(y0 - y1) < 1.0 and abs(x1 - x0) > 3:
                            self.segments.append((min(x0, x1), y0, max(x0, x1), y0))
                        elif abs(x0 - x1) < 1.0 and abs(y1 - y0) > 3:
                            self.segments.append((x0, min(y0, y1), x0, max(y0, y1)))
            pieces = []
        return [current, start, pieces]

    def _form(self, xobjects, name: str, ctm, depth: int) -> None:
        if depth >= MAX_FORM_DEPTH:
            return
        self.forms += 1
        if self.forms > 200:
            raise Unsupported("too many forms")
        xobj = _get(xobjects, name)
        if xobj is None or str(_get(xobj, "/Subtype", "")) != "/Form":
            return
        matrix = _get(xobj, "/Matrix")
        form_ctm = ctm
        if matrix is not None:
            try:
                form_ctm = _mult(tuple(float(v) for v in matrix), ctm)
            except (TypeError, ValueError):
                pass
        resources = _get(xobj, "/Resources")
        try:
            data = xobj.get_data()
        except Exception:
            return
        self.run(data, resources if resources is not None else None, form_ctm, depth + 1)


# ----------------------------------------------------------------------------- lines

def _join_runs(runs: list[_Run]) -> PdfLine:
    parts: list[str] = []
    prev: _Run | None = None
    bold_chars = italic_chars = total_chars = 0
    width_chars = 0
    for r in runs:
        if prev is not None:
            gap = r.x0 - prev.x1
            size = max(r.size, prev.size)
            if gap > 2.5 * size:
                parts.append("\t")
            elif gap > 0.15 * size and not (parts and parts[-1].endswith(" ")) \
                    and not r.text.startswith(" "):
                parts.append(" ")
        parts.append(r.text)
        visible = len(r.text.strip())
        total_chars += visible
        bold_chars += visible if r.bold else 0
        italic_chars += visible if r.italic else 0
        width_chars += len(r.text)
        prev = r
    text = "".join(parts)
    x0 = runs[0].x0
    x1 = max(r.x1 for r in runs)
    # Leading or trailing spaces shown as glyphs do not count as text.
    sizes = sorted(r.size for r in runs)
    size = sizes[len(sizes) // 2]
    stripped = text.strip()
    char_w = (x1 - x0) / max(len(text), 1) if text else size * 0.5
    if stripped and text != stripped:
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        x0 += lead * char_w
        x1 -= trail * char_w
    return PdfLine(
        text=stripped, x0=x0, x1=x1, y=sum(r.y for r in runs) / len(runs), size=size,
        bold=total_chars > 0 and bold_chars >= 0.9 * total_chars,
        italic=total_chars > 0 and italic_chars >= 0.9 * total_chars,
        char_w=char_w if char_w > 0 else size * 0.5, seq=runs[0].seq)


def _group_lines(runs: list[_Run]) -> list[PdfLine]:
    """Runs in content order → lines: a new line starts when the baseline moves by more
    than half the text size, or the text jumps back to the left."""
    lines: list[list[_Run]] = []
    current: list[_Run] = []
    for r in runs:
        if not current:
            current.append(r)
            continue
        last = current[-1]
        size = max(r.size, last.size)
        same_baseline = abs(r.y - last.y) <= 0.45 * size
        if same_baseline and r.x0 >= last.x1 - 0.6 * size:
            current.append(r)
        elif same_baseline and any(abs(r.x0 - o.x0) < 0.5 and r.text == o.text for o in current):
            continue  # the same text drawn twice (fake bold)
        else:
            lines.append(current)
            current = [r]
    if current:
        lines.append(current)
    out = []
    for group in lines:
        if not any(r.text.strip() for r in group):
            continue
        line = _join_runs(group)
        if line.text:
            out.append(line)
    return out


def _merge_segments(items: list[tuple[float, float, float]]) -> list[list[float]]:
    """Collinear pieces (same level, touching) joined: [level, lo, hi]."""
    out: list[list[float]] = []
    for level, lo, hi in sorted(items):
        if out and abs(out[-1][0] - level) <= 1.0 and lo <= out[-1][2] + 2.0:
            out[-1][2] = max(out[-1][2], hi)
        else:
            out.append([level, lo, hi])
    return out


def _levels(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def _find_tables(segments, runs: list[_Run]) -> tuple[list[PdfTable], set[int]]:
    """Ruled tables: grids of horizontal and vertical borders holding text. Returns the
    tables and the ids of the runs they took."""
    hs = _merge_segments([(y0, x0, x1) for x0, y0, x1, y1 in segments if y0 == y1])
    vs = _merge_segments([(x0, y0, y1) for x0, y0, x1, y1 in segments if x0 == x1])
    if len(hs) < 2 or len(vs) < 3:
        return [], set()
    # Connected groups of borders.
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (hy, hx0, hx1) in enumerate(hs):
        for j, (vx, vy0, vy1) in enumerate(vs):
            if hx0 - 3 <= vx <= hx1 + 3 and vy0 - 3 <= hy <= vy1 + 3:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    tables: list[PdfTable] = []
    taken: set[int] = set()
    for group_h, group_v in groups.values():
        ys = _levels([h[0] for h in group_h])[::-1]  # top to bottom
        xs = _levels([v[0] for v in group_v])
        if len(ys) < 2 or len(xs) < 3 or len(ys) * len(xs) > 20_000:
            continue
        rows, cols = len(ys) - 1, len(xs) - 1

        def has_v(x: float, y: float) -> bool:
            return any(abs(vx - x) <= 2 and vy0 - 1 <= y <= vy1 + 1 for vx, vy0, vy1 in group_v)

        def has_h(y: float, x: float) -> bool:
            return any(abs(hy - y) <= 2 and hx0 - 1 <= x <= hx1 + 1 for hy, hx0, hx1 in group_h)

        cell_parent = list(range(rows * cols))

        def root(i: int) -> int:
            while cell_parent[i] != i:
                cell_parent[i] = cell_parent[cell_parent[i]]
                i = cell_parent[i]
            return i

        for r in range(rows):
            ymid = (ys[r] + ys[r + 1]) / 2
            for c in range(cols - 1):
                if not has_v(xs[c + 1], ymid):
                    cell_parent[root(r * cols + c + 1)] = root(r * cols + c)
        for c in range(cols):
            xmid = (xs[c] + xs[c + 1]) / 2
            for r in range(rows - 1):
                if not has_h(ys[r + 1], xmid):
                    cell_parent[root((r + 1) * cols + c)] = root(r * cols + c)
        members: dict[int, list[_Run]] = {}
        top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
        for run in runs:
            cx = (run.x0 + run.x1) / 2
            cy = run.y + run.size * 0.3
            if not (left < cx < right and bottom < cy < top):
                continue
            r = next((k for k in range(rows) if ys[k + 1] < cy <= ys[k]), None)
            c = next((k for k in range(cols) if xs[k] <= cx < xs[k + 1]), None)
            if r is None or c is None:
                continue
            members.setdefault(root(r * cols + c), []).append(run)
            taken.add(id(run))
        if not members:
            continue
        cells: dict[int, PdfCell] = {}
        grid: list[list[PdfCell]] = []
        for r in range(rows):
            row = []
            for c in range(cols):
                key = root(r * cols + c)
                cell = cells.get(key)
                if cell is None:
                    cell = cells[key] = PdfCell(_group_lines(members.get(key, [])))
                row.append(cell)
            grid.append(row)
        seq = min(run.seq for group in members.values() for run in group)
        tables.append(PdfTable(rows=grid, columns=xs, seq=seq))
    return tables, taken


def page_lines(page, cache: FontCache) -> list[PdfLine | PdfTable]:
    """The lines of text of a page, and its ruled tables, in reading order; raises
    Unsupported."""
    contents = page.get_contents()
    if contents is None:
        return []
    data = contents.get_data()
    resources = _get(page, "/Resources")
    interp = _Interpreter(cache)
    try:
        interp.run(data, resources, _IDENTITY)
    finally:
        cache.tokens += interp.tokens
    runs = interp.runs
    if not runs:
        return []
    counts = [0, 0, 0, 0]
    for r in runs:
        counts[r.direction] += len(r.text)
    main = counts.index(max(counts))
    runs = [r for r in runs if r.direction == main]
    tables: list[PdfTable] = []
    if main == 0 and interp.segments:
        tables, taken = _find_tables(interp.segments, runs)
        if taken:
            runs = [r for r in runs if id(r) not in taken]
    items: list[PdfLine | PdfTable] = list(_group_lines(runs))
    if tables:
        items.extend(tables)
        items.sort(key=lambda item: item.seq)
    return items
