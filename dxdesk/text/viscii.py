"""VISCII, the 8-bit Vietnamese code page of the 1990s (RFC 1456): every precomposed
Vietnamese letter in one byte, the upper half and six control codes (0x02 Ẳ, 0x05 Ẵ,
0x06 Ẫ, 0x14 Ỷ, 0x19 Ỹ, 0x1E Ỵ). Python has no codec for it, and
:func:`dxdesk.text.legacy.decode_bytes` does not know it: a VISCII text file comes out of
it as Windows-1258 (or TCVN3/VNI) nonsense. :func:`prefer_viscii`, called after it,
checks the bytes again: when reading them as VISCII gives more well-formed Vietnamese
syllables than the decoding chosen, and a quarter or less of its malformed words, the
VISCII reading wins.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["decode_viscii", "prefer_viscii"]

_HIGH = ("ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵ"
         "ÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ")
_LOW = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}
_TABLE = [chr(b) for b in range(0x80)] + list(_HIGH)
for _byte, _letter in _LOW.items():
    _TABLE[_byte] = _letter
_DECODE = {b: ch for b, ch in enumerate(_TABLE)}
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_MAX_WORDS = 400


def decode_viscii(data: bytes) -> str:
    """``data`` read as VISCII, in NFC."""
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_DECODE))


def _syllables(text: str) -> tuple[int, int]:
    """How many distinct non-ASCII words of ``text`` are Vietnamese syllables, and how
    many are not."""
    from dxdesk.text.legacy import is_syllable

    words = [w for w in dict.fromkeys(_WORD_RE.findall(text[:200_000].lower()))
             if not w.isascii()][:_MAX_WORDS]
    good = sum(1 for w in words if is_syllable(w))
    return good, len(words) - good


def prefer_viscii(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """``(text, encoding)`` as decoded, or the VISCII reading of ``data`` when that one
    is clearly Vietnamese and the decoding chosen is not. Only for 8-bit decodings
    (Windows-1258, TCVN3, VNI): UTF-8 and UTF-16 are never second-guessed."""
    if encoding not in ("cp1258", "tcvn3", "vni") or not any(b >= 0x80 for b in data[:65536]):
        return text, encoding
    candidate = decode_viscii(data)
    good, bad = _syllables(candidate)
    their_good, their_bad = _syllables(text)
    if good >= 5 and good > their_good and 4 * bad <= their_bad:
        return candidate, "viscii"
    return text, encoding
