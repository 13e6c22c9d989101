"""Interpreting a PDF page's content stream: the text state and the graphics state (``q``/
``Q``, ``cm``, forms drawn with ``Do``), text shown with ``Tj``, ``TJ``, ``'`` and ``"``
turned into positioned :class:`Run` pieces (size, bold, italic, reading direction; legacy
TCVN3/VNI text converted), and painted paths into ruling segments."""

from __future__ import annotations

import math
from codecs import charmap_decode

from dxdesk.importing.encoding import cp1252_only
from dxdesk.importing.pdf_fonts import Font, FontCache
from dxdesk.importing.pdf_objects import Unsupported, lookup
from dxdesk.importing.pdf_paths import PATH_OPS, path_op
from dxdesk.importing.pdf_tokens import (CHUNK_RE, EI_RE, TOKEN_RE, RawArray, array_items,
                                         flat_array, push_operand, split_operands)
from dxdesk.text import legacy

__all__ = ["Interpreter", "Run", "IDENTITY", "MAX_TOKENS_PER_PAGE", "MAX_FORM_DEPTH"]

MAX_TOKENS_PER_PAGE = 400_000
MAX_FORM_DEPTH = 4


def _mult(m, n):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_KNOWN_OPS = PATH_OPS | frozenset((
    b"TJ", b"Tj", b"Td", b"TD", b"Tm", b"T*", b"'", b'"', b"Tf", b"BT", b"Tc", b"Tw", b"Tz",
    b"TL", b"Ts", b"Tr", b"q", b"Q", b"cm", b"Do", b"BI"))


class Run:
    """A piece of text shown, in the page's reading frame of its direction (0: left to
    right; 1, 2, 3: turned a quarter, a half, three quarters), ``seq`` its order."""

    __slots__ = ("x0", "x1", "y", "size", "text", "bold", "italic", "direction", "seq")

    def __init__(self, x0, x1, y, size, text, bold, italic, direction, seq):
        self.x0, self.x1, self.y, self.size = x0, x1, y, size
        self.text, self.bold, self.italic = text, bold, italic
        self.direction, self.seq = direction, seq


class Interpreter:
    """Runs a page's content stream (and the forms it draws), collecting :attr:`runs` of
    text and :attr:`segments` of ruling; raises :class:`Unsupported`."""

    def __init__(self, cache: FontCache):
        self.cache = cache
        self.runs: list[Run] = []
        self.tokens = 0
        self.forms = 0
        self.segments: list[tuple[float, float, float, float]] = []  # ruling lines

    def run(self, data: bytes, resources, ctm, depth: int = 0) -> None:
        fonts_dict = lookup(resources, "/Font") if resources is not None else None
        xobjects = lookup(resources, "/XObject") if resources is not None else None
        stack: list = []
        arrays: list[list] = []
        gstack: list = []
        tm = tlm = IDENTITY
        font: Font | Unsupported | None = None
        fs = tc = tw = rise = 0.0
        th = 1.0
        tl = 0.0
        render = 0
        pos = 0
        n = len(data)
        path_state: list = [None, None, []]  # current point, subpath start, segments
        match = TOKEN_RE.match
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
            if font.legacy and cp1252_only(text):
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
            runs.append(Run(rx0, max(rx1, rx0), ry, size, text, bold, font.italic, direction,
                             len(runs)))

        def show(raw: bytes, numbers: list[float] | None = None) -> None:
            """Text shown in one piece: a string, or a TJ array without word-sized gaps
            (all its bytes together, and its numbers)."""
            nonlocal tm
            if font is None:
                return
            if isinstance(font, Unsupported):
                raise font
            text, tx = decode(raw)
            if numbers is not None:
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
                show(b"".join([el for el in arr if el.__class__ is bytes]), numbers)
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

        chunk = CHUNK_RE.match
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
                        stack.extend(split_operands(operands))
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
                    pos = push_operand(kind, m, data, pos, stack, arrays)
                    continue
                op = m.group(kind)
                if arrays:  # an operator inside an array: damaged content
                    arrays.clear()
                if op not in _KNOWN_OPS:  # colours, line styles, marked content ...
                    stack.clear()
                    continue
            if op == b"TJ":
                if stack and isinstance(stack[-1], RawArray):
                    flat = flat_array(stack[-1])
                    if flat is not None and (not flat[1] or min(flat[1]) >= -120):
                        show(*flat)
                    else:
                        show_array(array_items(stack[-1]))
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
            elif op == b"T*" or op == b"'" or op == b'"':
                # The next line; ' and " then show a string (" setting the spacings first).
                if op == b'"' and len(stack) >= 3:
                    tw = stack[-3] if isinstance(stack[-3], float) else tw
                    tc = stack[-2] if isinstance(stack[-2], float) else tc
                a, b, c, d, e, f = tlm
                tlm = (a, b, c, d, -tl * c + e, -tl * d + f)
                tm = tlm
                if op != b"T*" and stack and isinstance(stack[-1], bytes):
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
                tm = tlm = IDENTITY
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
                found = EI_RE.search(data, pos)
                pos = found.end() if found else n
            elif op in PATH_OPS:
                path_state = path_op(op, stack, ctm, path_state, self.segments)
            stack.clear()

    def _form(self, xobjects, name: str, ctm, depth: int) -> None:
        if depth >= MAX_FORM_DEPTH:
            return
        self.forms += 1
        if self.forms > 200:
            raise Unsupported("too many forms")
        xobj = lookup(xobjects, name)
        if xobj is None or str(lookup(xobj, "/Subtype", "")) != "/Form":
            return
        matrix = lookup(xobj, "/Matrix")
        form_ctm = ctm
        if matrix is not None:
            try:
                form_ctm = _mult(tuple(float(v) for v in matrix), ctm)
            except (TypeError, ValueError):
                pass
        resources = lookup(xobj, "/Resources")
        try:
            data = xobj.get_data()
        except Exception:
            return
        self.run(data, resources if resources is not None else None, form_ctm, depth + 1)

