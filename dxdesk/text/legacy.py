"""Vietnamese text in the legacy 8-bit encodings TCVN3 (ABC) and VNI.

Before Unicode, Vietnamese documents were typed in fonts that put Vietnamese glyphs
on the positions of Western (Windows-1252) letters and symbols:

* **TCVN3** (TCVN 5712:1993, the "ABC" fonts ``.VnTime``, ``.VnArial`` ...): one byte
  per letter. Only the 7 letters Ă Â Ê Ô Ơ Ư Đ exist in capitals; capitals with tones
  are written with the *lowercase* codes in the capitals-only fonts ``.VnTimeH``,
  ``.VnArialH`` ... (pass ``uppercase_font=True``; see :func:`is_uppercase_font`).
* **VNI** (VNI-Windows, fonts ``VNI-Times``, ``VNI-Helve`` ...): a base letter followed by
  a mark character, e.g. ``"Vieät Nam"`` for "Việt Nam"; ơ, ư, đ and the toned i/ỵ
  are single characters.

Opened in a Unicode world, such text shows up as Windows-1252 characters: ``KÕ ho¹ch
chuyÓn ®æi sè`` (TCVN3) or ``Keá hoaïch chuyeån ñoåi soá`` (VNI) for "Kế hoạch chuyển
đổi số". This module recognises (:func:`detect`) and converts (:func:`to_unicode`)
such text, and decodes text files of unknown encoding (:func:`decode_bytes`).

Convert legacy text *before* :func:`dxdesk.text.normalize.clean`: in TCVN3 the letter
ư is code 0xAD, which arrives as U+00AD SOFT HYPHEN.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Literal

__all__ = [
    "LegacyEncoding",
    "encoding_for_font",
    "is_uppercase_font",
    "detect",
    "to_unicode",
    "from_unicode",
    "decode_bytes",
    "is_syllable",
]

LegacyEncoding = Literal["tcvn3", "vni"]

# --------------------------------------------------------------------------- TCVN3

# Byte (as its Windows-1252 character) -> Vietnamese letter. TCVN3 = TCVN 5712:1993 VN3.
_TCVN3_DECODE: dict[str, str] = {
    "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
    "\u00a8": "ă", "\u00a9": "â", "\u00aa": "ê", "\u00ab": "ô", "\u00ac": "ơ", "\u00ad": "ư", "\u00ae": "đ",
    "\u00b5": "à", "\u00b6": "ả", "\u00b7": "ã", "\u00b8": "á", "\u00b9": "ạ",
    "\u00bb": "ằ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00be": "ắ", "\u00c6": "ặ",
    "\u00c7": "ầ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00ca": "ấ", "\u00cb": "ậ",
    "\u00cc": "è", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d0": "é", "\u00d1": "ẹ",
    "\u00d2": "ề", "\u00d3": "ể", "\u00d4": "ễ", "\u00d5": "ế", "\u00d6": "ệ",
    "\u00d7": "ì", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00dd": "í", "\u00de": "ị",
    "\u00df": "ò", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e3": "ó", "\u00e4": "ọ",
    "\u00e5": "ồ", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e8": "ố", "\u00e9": "ộ",
    "\u00ea": "ờ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ed": "ớ", "\u00ee": "ợ",
    "\u00ef": "ù", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f3": "ú", "\u00f4": "ụ",
    "\u00f5": "ừ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f8": "ứ", "\u00f9": "ự",
    "\u00fa": "ỳ", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fd": "ý", "\u00fe": "ỵ",
}  # fmt: skip
_TCVN3_TABLE = str.maketrans(_TCVN3_DECODE)
_TCVN3_ENCODE = {letter: code for code, letter in _TCVN3_DECODE.items()}
# Capitals with tones have no TCVN3 code: the capitals-only fonts show the lowercase codes.
_TCVN3_ENCODE_UPPER = {
    **{letter.upper(): code for letter, code in _TCVN3_ENCODE.items()},
    **_TCVN3_ENCODE,
}
# Every Vietnamese letter with a diacritic, small and capital.
_DIACRITIC_LETTERS = frozenset(_TCVN3_DECODE.values()) | {c.upper() for c in _TCVN3_DECODE.values()}

# ----------------------------------------------------------------------------- VNI

# Mark characters following a vowel, lowercase form (the uppercase form is used after
# capitals). Index: 0 sắc, 1 huyền, 2 hỏi, 3 ngã, 4 nặng.
_VNI_TONE = "ùøûõï"
_VNI_CIRCUMFLEX = "âáàåãä"  # â ấ ầ ẩ ẫ ậ (after a, e, o)
_VNI_BREVE = "êéèúüë"  # ă ắ ằ ẳ ẵ ặ (after a)
_TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # sắc huyền hỏi ngã nặng
# Letters written as one character in VNI.
_VNI_SINGLE = {
    "ô": "ơ", "ö": "ư", "ñ": "đ",
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _compose(base: str, *marks: str) -> str:
    return unicodedata.normalize("NFC", base + "".join(marks))


def _build_vni() -> dict[str, str]:
    """VNI character sequence -> Unicode letter, lowercase and uppercase."""
    lower: dict[str, str] = dict(_VNI_SINGLE)
    for vowel in "aeouyôö":
        base = _VNI_SINGLE.get(vowel, vowel)
        for mark, tone in zip(_VNI_TONE, _TONE_MARKS):
            if base == "y" and tone == "\u0323":
                continue  # ỵ is the single character î
            lower[vowel + mark] = _compose(base, tone)
    for vowel in "aeo":
        lower[vowel + _VNI_CIRCUMFLEX[0]] = _compose(vowel, "\u0302")
        for mark, tone in zip(_VNI_CIRCUMFLEX[1:], _TONE_MARKS):
            lower[vowel + mark] = _compose(vowel, "\u0302", tone)
    lower["a" + _VNI_BREVE[0]] = "ă"
    for mark, tone in zip(_VNI_BREVE[1:], _TONE_MARKS):
        lower["a" + mark] = _compose("a", "\u0306", tone)
    table = dict(lower)
    for seq, letter in lower.items():
        table[seq.upper()] = letter.upper()
        if len(seq) == 2:  # a capital followed by a lowercase mark: still a capital
            table[seq[0].upper() + seq[1]] = letter.upper()
    return table


_VNI_DECODE = _build_vni()
_VNI_ENCODE = {letter: seq for seq, letter in _VNI_DECODE.items() if seq == seq.upper() or seq == seq.lower()}
_VNI_MARKS = _VNI_TONE + _VNI_CIRCUMFLEX + _VNI_BREVE
_VNI_RE = re.compile(
    f"[aeouyAEOUY][{_VNI_MARKS}{_VNI_MARKS.upper()}]|[ôöÔÖ][{_VNI_MARKS}{_VNI_MARKS.upper()}]?|[ñíìæóòîÑÍÌÆÓÒÎ]"
)
# Characters with a meaning in VNI: they cannot stand for themselves in VNI text.
_VNI_SPECIAL = frozenset("".join(_VNI_DECODE)) - frozenset("aeouyAEOUY")

# -------------------------------------------------------------------- conversions


def _vni_letter(match: re.Match[str]) -> str:
    sequence = match.group()
    letter = _VNI_DECODE.get(sequence)
    if letter is not None:
        return letter
    # A vowel followed by a mark it does not take (e.g. "uâ"): the mark stays as it is.
    return _VNI_DECODE.get(sequence[0], sequence[0]) + sequence[1:]


def to_unicode(text: str, encoding: LegacyEncoding, *, uppercase_font: bool = False) -> str:
    """Convert legacy-encoded text (as Windows-1252 characters) to Unicode NFC.

    ``uppercase_font=True`` for text in a capitals-only font (``.VnTimeH`` ...): every
    letter is then shown as a capital, so the result is upper-cased.
    """
    if encoding == "tcvn3":
        result = text.translate(_TCVN3_TABLE)
    elif encoding == "vni":
        result = _VNI_RE.sub(_vni_letter, text)
    else:
        raise ValueError(f"Bảng mã không hỗ trợ: {encoding!r}")
    result = unicodedata.normalize("NFC", result)
    return result.upper() if uppercase_font else result


def from_unicode(text: str, encoding: LegacyEncoding, *, uppercase_font: bool = False) -> str:
    """Encode Unicode text as legacy text (as Windows-1252 characters).

    The inverse of :func:`to_unicode`, used to make test fixtures. In TCVN3 capitals
    with tones exist only in a capitals-only font: pass ``uppercase_font=True`` (all
    letters are then written as they would be typed in ``.VnTimeH``). Raises
    :class:`ValueError` for a character the encoding cannot represent.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        table, special = (_TCVN3_ENCODE_UPPER if uppercase_font else _TCVN3_ENCODE), _TCVN3_DECODE
    elif encoding == "vni":
        table, special = _VNI_ENCODE, _VNI_SPECIAL
    else:
        raise ValueError(f"Bảng mã không hỗ trợ: {encoding!r}")
    out = []
    for ch in text:
        code = table.get(ch)
        if code is None:
            if ch in special or ch in _DIACRITIC_LETTERS or not _representable(ch):
                raise ValueError(f"Ký tự {ch!r} không biểu diễn được trong bảng mã {encoding.upper()}")
            code = ch
        out.append(code)
    return "".join(out)


def _representable(ch: str) -> bool:
    """Whether a character can be written as one Windows-1252 byte."""
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


# -------------------------------------------------------------------------- fonts


def encoding_for_font(font_name: str | None) -> LegacyEncoding | None:
    """The legacy encoding of a font: ``.VnTime``, ``.VnTimeH``, ``.VnArial`` and every
    ``.Vn…`` font are TCVN3; ``VNI-Times`` and every ``VNI-…`` font are VNI."""
    if not font_name:
        return None
    name = font_name.strip().casefold()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith("vni-") or name.startswith("vni "):
        return "vni"
    return None


def is_uppercase_font(font_name: str | None) -> bool:
    """Whether a TCVN3 font shows only capitals (``.VnTimeH``, ``.VnArialH`` ...)."""
    if not font_name:
        return False
    name = font_name.strip()
    return name.casefold().startswith(".vn") and name.endswith("H")


# ------------------------------------------------------------------------ detection

_ONSETS = (
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip
_CODAS = ("ch", "nh", "ng", "c", "m", "n", "p", "t", "")
# Vowel groups (with glides) that end a syllable.
_OPEN_NUCLEI = frozenset(
    "a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy "
    "ưa ưi ưu iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu".split()
)
# Vowel groups followed by a final consonant.
_CLOSED_NUCLEI = frozenset("a ă â e ê i o ô ơ u ư oa oă oe oo uâ uê uy iê yê uô ươ uyê".split())
_VIETNAMESE_LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")
_SHARP_TONES = frozenset("\u0301\u0323")  # sắc, nặng: the only tones before c, ch, p, t


def is_syllable(word: str) -> bool:
    """Whether a lowercase word is a well-formed Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) > 1:
        return False
    plain = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    if not plain or not all(ch in _VIETNAMESE_LETTERS for ch in plain):
        return False
    for onset in _ONSETS:
        if not plain.startswith(onset):
            continue
        rhyme = plain[len(onset) :]
        for coda in _CODAS:
            if coda and not rhyme.endswith(coda):
                continue
            nucleus = rhyme[: len(rhyme) - len(coda)]
            if _valid_rhyme(onset, nucleus, coda, tones[0] if tones else ""):
                return True
    return False


def _valid_rhyme(onset: str, nucleus: str, coda: str, tone: str) -> bool:
    if not nucleus:
        return False
    if coda:
        if nucleus not in _CLOSED_NUCLEI:
            return False
        if coda in ("c", "ch", "p", "t") and tone and tone not in _SHARP_TONES:
            return False
        if coda in ("ch", "nh") and nucleus not in ("a", "ê", "i", "oa", "uê", "uy"):
            return False
        if coda in ("c", "ng") and nucleus in ("ê", "i", "uy", "uê", "ơ"):
            return False
    elif nucleus not in _OPEN_NUCLEI:
        return False
    first = nucleus[0]
    front = first in "ieêy"
    if onset in ("k", "gh", "ngh") and not front:
        return False
    if onset in ("c", "ng", "q") and front:
        return False
    if onset == "qu" and first in "uo":
        return False
    if onset == "gi" and first == "i":
        return False
    return True


_SPLIT_RE = re.compile(r"[\s0-9!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022]+")
# A character legacy text read as Windows-1252 (or Latin-1) cannot hold: Vietnamese
# letters outside Latin-1, combining marks, anything beyond Windows-1252.
_NOT_LEGACY_RE = re.compile("[^\x00-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_MAX_WORDS = 400
# Inside a word, a Latin-1 symbol or a capital after a small letter ("ho¹ch", "ViÖt")
# is TCVN3 beyond doubt.
_TCVN3_SIGN_RE = re.compile("[\u00a1-\u00bf\u00d7\u00f7]|[a-z][\u00c0-\u00de]")


def detect(text: str) -> LegacyEncoding | None:
    """Guess whether ``text`` is TCVN3 or VNI text read as Windows-1252 characters.

    Returns None for ordinary Unicode (Vietnamese, composed or decomposed, or any
    other language) and whenever the evidence is thin. The evidence: after
    conversion, the words holding non-ASCII characters must become well-formed
    Vietnamese syllables (that were not already Vietnamese as they stood), and the
    plain-ASCII words of the text must mostly be Vietnamese syllables too.
    """
    if text.isascii() or _NOT_LEGACY_RE.search(text):
        return None
    # Distinct words only (a long file repeats the same few thousand syllables), at
    # most a few hundred of each kind; lone characters (µ, ×, ½ ...) prove nothing.
    words = [w for w in dict.fromkeys(_SPLIT_RE.split(text)) if len(w) > 1]
    legacy_words = [w for w in words if not w.isascii()][:_MAX_WORDS]
    if not legacy_words or not _ascii_words_look_vietnamese(words):
        return None
    best: LegacyEncoding | None = None
    best_good = 0
    for encoding in ("tcvn3", "vni"):
        good, bad, genuine = _evidence(legacy_words, encoding)
        if good >= 2:
            convincing = good >= 4 * bad and 2 * good >= genuine
        else:  # a single word, e.g. a short run "ViÖt": only with an unmistakable sign
            convincing = (
                good == 1 and bad == 0 and genuine == 0 and encoding == "tcvn3"
                and len(legacy_words[0]) >= 3 and _TCVN3_SIGN_RE.search(legacy_words[0]) is not None
            )  # fmt: skip
        if not convincing:
            continue
        if good > best_good:
            best, best_good = encoding, good
        elif good == best_good:
            return None  # both fit equally well: refuse to guess
    return best


def _ascii_words_look_vietnamese(words: list[str]) -> bool:
    """Most plain-ASCII words of Vietnamese text (Ba, Nam, tin, sinh ...) are
    Vietnamese syllables; most of French, German or Norwegian text are not."""
    ascii_words = [w.lower() for w in words if w.isascii() and w.isalpha()][:_MAX_WORDS]
    if len(ascii_words) < 3:
        return True
    syllables = sum(1 for w in ascii_words if is_syllable(w))
    return 2 * syllables >= len(ascii_words)


def _evidence(words: list[str], encoding: LegacyEncoding) -> tuple[int, int, int]:
    """(words the conversion turns into Vietnamese syllables, words it turns into
    something else or leaves alone, words that already were Vietnamese syllables)."""
    good = bad = genuine = 0
    for word in words:
        as_is = word.lower()
        if is_syllable(as_is):
            genuine += 1  # e.g. "Tôi": proves nothing either way
            continue
        decoded = to_unicode(word, encoding).lower()
        if decoded != as_is and is_syllable(decoded):
            good += 1
        else:
            bad += 1
    return good, bad, genuine


# ------------------------------------------------------------------------ text files


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file of unknown encoding.

    Tries, in order: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 (or
    Latin-1) text that :func:`detect` recognises as TCVN3 or VNI, and finally
    Windows-1258 (Windows Vietnamese). Returns ``(text in NFC, encoding name)`` with
    the name one of ``"utf-8"``, ``"utf-16"``, ``"tcvn3"``, ``"vni"``, ``"cp1258"``.
    Never raises: undecodable bytes become U+FFFD.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _nfc(data[3:].decode("utf-8", "replace")), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _nfc(data.decode("utf-16", "replace")), "utf-16"
    try:
        return _nfc(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _nfc(data.decode("utf-8", "replace")), "utf-8"
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = data.decode("latin-1")
    encoding = detect(western)
    if encoding is not None:
        return to_unicode(western, encoding), encoding
    return _nfc(data.decode("cp1258", "replace")), "cp1258"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_UTF8_SEQUENCE_RE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes: most non-ASCII bytes form valid sequences."""
    valid = invalid = in_sequences = 0
    for match in _UTF8_SEQUENCE_RE.finditer(data):
        sequence = match.group()
        in_sequences += len(sequence)
        try:
            sequence.decode("utf-8")
        except UnicodeDecodeError:
            invalid += 1
        else:
            valid += 1
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    stray = non_ascii - in_sequences  # high bytes outside any would-be sequence
    return valid >= 3 and valid >= 10 * (invalid + stray)
