"""Vietnamese alphabetical order.

:func:`sort_key` orders strings the way Vietnamese word lists are ordered:

* letters follow the Vietnamese alphabet
  ``a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y``
  (the foreign letters f, j, w, z take their usual Latin places);
* the whole string is first compared on its letters alone, ignoring tones and case;
  only then do tones break the tie, letter by letter, in the dictionary order
  ngang (no tone) < huyền < hỏi < ngã < sắc < nặng; then the exact text decides, so
  the order is total and stable. This is the Vietnamese tailoring of the Unicode
  Collation Algorithm (CLDR ``vi``), where tones are secondary differences;
* whitespace sorts before everything, then punctuation and symbols, then numbers,
  then letters; a run of digits compares by value, so "Xã 2" < "Xã 10".

Speed: a key is built by C-level string operations only (``lower``, a charmap encode
into a private one-byte code page, two ``bytes.translate``); Python code runs only
for strings holding digits or characters outside Vietnamese and Latin-1. The tables
are built on the first call (about 1 ms), not at import.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = ["ALPHABET", "sort_key"]

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
"""The Vietnamese alphabet (29 letters) with f, j, w, z in their Latin places."""

# Tone marks in dictionary order; index 0 = thanh ngang (no mark).
_TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng
# Vowel marks that make letters of their own: ă (breve), â ê ô (circumflex), ơ ư (horn).
_VOWEL_MARKS = "\u0306\u0302\u031b"
_OTHER_DIACRITIC = 6  # tone index of a letter with a non-Vietnamese diacritic
# Secondary weight of characters that are not letters. Only strings with equal primary
# keys are ever compared on their secondary keys, and those have the same non-letters
# in the same places, so these need no weights of their own.
_NO_TONE_WEIGHT = ord("/")

# --- the private one-byte code page every lowercased string is first encoded into ---
_VIETNAMESE_LOWER = (
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_UNKNOWN_BYTE = 0xFF  # anything the code page lacks (other scripts, emoji ...)
_ERROR_HANDLER = "dxdesk.collation"

# --- weights in the primary key (bytes) ---
_PART_SEPARATOR = b"\x00"  # between the primary, secondary and tertiary parts
_SPACE_WEIGHT = 0x01
_FIRST_SYMBOL_WEIGHT = 0x02  # punctuation and symbols: 0x02..0x7F in code-point order
_NUMBER_LENGTH_WEIGHT = 0x80  # 0x80 + number of significant digits (capped at 31)
_DIGIT_WEIGHT = 0xA0  # 0xA0..0xA9
_FIRST_LETTER_WEIGHT = 0xB0  # 0xB0 + index in ALPHABET

_NUMBER_RE = re.compile(rb"[\xa0-\xa9]+")
_DIGIT_WEIGHTS = bytes(range(_DIGIT_WEIGHT, _DIGIT_WEIGHT + 10))


class _Tables:
    code_page: object  # codecs.EncodingMap
    primary: bytes
    primary_delete: bytes
    secondary: bytes


_tables: _Tables | None = None


def _letter_and_tone(ch: str) -> tuple[str, int] | None:
    """The letter of ALPHABET a lowercase Latin letter sorts as, and its tone weight."""
    if ch == "đ":
        return "đ", 0
    if ch == "ð":  # eth, often typed (as Ð) for Đ
        return "đ", _OTHER_DIACRITIC
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if not ("a" <= base <= "z"):
        return None
    tones = [_TONE_MARKS.index(m) + 1 for m in marks if m in _TONE_MARKS]
    vowel_marks = "".join(m for m in marks if m in _VOWEL_MARKS)
    foreign = any(m not in _TONE_MARKS and m not in _VOWEL_MARKS for m in marks)
    letter = unicodedata.normalize("NFC", base + vowel_marks)
    if letter not in ALPHABET:  # e.g. ĕ: a vowel mark Vietnamese does not use there
        letter, foreign = base, True
    if foreign or len(tones) > 1:
        return letter, _OTHER_DIACRITIC
    return letter, (tones[0] if tones else 0)


def _replace_unknown(error: UnicodeError) -> tuple[bytes, int]:
    """Encoding error handler: spaces stay spaces, other Latin letters become their
    base letter, combining marks vanish, anything else becomes the unknown byte."""
    assert isinstance(error, UnicodeEncodeError)
    out = bytearray()
    for ch in error.object[error.start : error.end]:
        if ch.isspace():
            out += b" "
        elif unicodedata.combining(ch):
            continue
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(ord(base) if "a" <= base <= "z" else _UNKNOWN_BYTE)
    return bytes(out), error.end


def _build_tables() -> _Tables:
    latin1_extra = [
        chr(c) for c in range(0xA0, 0x100) if chr(c) not in _VIETNAMESE_LOWER and not chr(c).isupper()
    ]
    # Combining marks left over when a sequence has no precomposed form, zero-width
    # and BOM characters.
    extra = list(_TONE_MARKS + _VOWEL_MARKS) + ["\u200b", "\ufeff"]
    chars = [chr(c) for c in range(0x80)] + list(_VIETNAMESE_LOWER) + latin1_extra + extra
    assert len(chars) <= _UNKNOWN_BYTE, len(chars)
    # Fill the rest with private-use characters so every byte decodes to something.
    decoding_table = "".join(chars) + "".join(chr(0xE000 + i) for i in range(256 - len(chars)))

    primary = bytearray(range(256))
    secondary = bytearray(range(256))
    primary_delete = bytearray()
    symbols = []
    for byte, ch in enumerate(chars):
        found = _letter_and_tone(ch)
        if found is not None:
            letter, tone = found
            primary[byte] = _FIRST_LETTER_WEIGHT + ALPHABET.index(letter)
            secondary[byte] = ord("0") + tone
            continue
        secondary[byte] = _NO_TONE_WEIGHT
        if ch.isspace() or ch in "\x00\u200b":
            primary[byte] = _SPACE_WEIGHT
        elif "0" <= ch <= "9":
            primary[byte] = _DIGIT_WEIGHT + int(ch)
        elif ch in _TONE_MARKS or ch in _VOWEL_MARKS or ch == "\ufeff":
            primary_delete.append(byte)
        else:
            symbols.append(byte)
    assert _FIRST_SYMBOL_WEIGHT + len(symbols) <= _NUMBER_LENGTH_WEIGHT, len(symbols)
    for weight, byte in enumerate(sorted(symbols, key=lambda b: ord(chars[b])), _FIRST_SYMBOL_WEIGHT):
        primary[byte] = weight
    for byte in range(len(chars), 256):
        primary[byte] = _UNKNOWN_BYTE
        secondary[byte] = _NO_TONE_WEIGHT

    codecs.register_error(_ERROR_HANDLER, _replace_unknown)
    tables = _Tables()
    tables.code_page = codecs.charmap_build(decoding_table)
    tables.primary = bytes(primary)
    tables.primary_delete = bytes(primary_delete)
    tables.secondary = bytes(secondary)
    return tables


def _encode_number(match: re.Match[bytes]) -> bytes:
    digits = match.group().lstrip(b"\xa0") or b"\xa0"
    return bytes((_NUMBER_LENGTH_WEIGHT + min(len(digits), 31),)) + digits


def sort_key(s: str) -> bytes:
    """Key for sorting Vietnamese text, e.g. ``sorted(names, key=sort_key)``.

    The key is an opaque ``bytes`` value; compare keys only with each other.
    """
    tables = _tables if _tables is not None else _load_tables()
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    coded = codecs.charmap_encode(s.lower(), _ERROR_HANDLER, tables.code_page)[0]
    primary = coded.translate(tables.primary, tables.primary_delete)
    if primary.translate(None, _DIGIT_WEIGHTS) != primary:
        primary = _NUMBER_RE.sub(_encode_number, primary)
    secondary = coded.translate(tables.secondary)
    return primary + _PART_SEPARATOR + secondary + _PART_SEPARATOR + s.encode("utf-8", "surrogatepass")


def _load_tables() -> _Tables:
    global _tables
    _tables = _build_tables()
    return _tables
