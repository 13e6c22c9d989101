"""Lexing a PDF content stream: the token and operand patterns (a fast one that takes an
operator with its simple operands in one match), literal and hex strings, arrays (kept as
their source until a ``TJ`` reads them, mostly in one go) and the slow path that pushes one
operand token at a time."""

from __future__ import annotations

import re

__all__ = ["TOKEN_RE", "CHUNK_RE", "EI_RE", "RawArray", "literal", "array_items",
           "flat_array", "split_operands", "push_operand"]

TOKEN_RE = re.compile(
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
EI_RE = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|$)")
_SKIP = rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*+"
_DELIM = rb"\x00\t\n\x0c\r ()<>\[\]{}/%"
_NUM = rb"[+-]?(?:\d+\.?\d*|\.\d+)(?![^" + _DELIM + rb"])"
_NAME = rb"/[^" + _DELIM + rb"]*"
_HEXS = rb"<[0-9A-Fa-f\x00\t\n\x0c\r ]*>"
_LIT = rb"\([^()\\]*\)"
_ARR = rb"\[(?:[^\[\]()\\<>]|" + _HEXS + rb"|" + _LIT + rb")*+\]"
# An operator with operands that need no escapes, nested strings or dictionaries.
CHUNK_RE = re.compile(
    _SKIP + rb"(?P<operands>(?:(?:" + _NUM + rb"|" + _NAME + rb"|" + _HEXS + rb"|" + _LIT
    + rb"|" + _ARR + rb")" + _SKIP + rb")*+)(?P<op>[A-Za-z'\"][^" + _DELIM + rb"]*)")
_OPERAND_RE = re.compile(
    rb"(" + _NUM + rb")|(" + _NAME + rb")|(" + _HEXS + rb")|(" + _LIT + rb")|(" + _ARR + rb")")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}


def literal(data: bytes, pos: int) -> tuple[bytes, int]:
    """A literal string from just after its ``(``: its bytes, and the position after its
    closing ``)``."""
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


def array_items(inner: bytes) -> list:
    out: list = []
    for hx, lit, num in _ARRAY_ELEM_RE.findall(inner):
        if num:
            out.append(float(num))
        elif hx:
            out.append(_hex(hx))
        else:
            out.append(lit)
    return out


class RawArray(bytes):
    """The source of an array operand, decoded only when it is used (a TJ array is
    mostly read in one go by :func:`flat_array`)."""


_HEX_PART_RE = re.compile(rb"<([0-9A-Fa-f]*)>")
_LIT_PART_RE = re.compile(rb"\(([^()\\]*)\)")


def flat_array(inner: bytes) -> tuple[bytes, list[float]] | None:
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


def split_operands(text: bytes) -> list:
    """The operands of the fast path's match, parsed (arrays kept as :class:`RawArray`)."""
    out: list = []
    for num, name, hx, lit, arr in _OPERAND_RE.findall(text):
        if num:
            out.append(float(num))
        elif name:
            out.append(name.decode("latin-1"))
        elif arr:
            out.append(RawArray(arr[1:-1]))
        elif hx:
            out.append(_hex(hx[1:-1]))
        else:
            out.append(lit[1:-1])
    return out


def push_operand(kind: str, m, data: bytes, pos: int, stack: list, arrays: list) -> int:
    """Push one operand token (the slow path); returns the new position."""
    target = arrays[-1] if arrays else stack
    if kind == "num":
        target.append(float(m.group(kind)))
    elif kind == "str":
        raw, pos = literal(data, pos)
        target.append(raw)
    elif kind == "hex":
        target.append(_hex(m.group(kind)[1:-1]))
    elif kind == "name":
        target.append(m.group(kind).decode("latin-1"))
    elif kind == "aopen":
        fast = _ARRAY_FAST_RE.match(data, m.start(kind))
        if fast is not None:
            target.append(array_items(fast.group(1)))
            return fast.end()
        arrays.append([])
    elif kind == "aclose":
        if arrays:
            arr = arrays.pop()
            (arrays[-1] if arrays else stack).append(arr)
    return pos
