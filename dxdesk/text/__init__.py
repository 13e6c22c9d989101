"""Qt-free Vietnamese text utilities.

* :mod:`~dxdesk.text.normalize` — cleaning strings where they enter the application;
* :mod:`~dxdesk.text.search` — accent-insensitive search;
* :mod:`~dxdesk.text.collation` — Vietnamese alphabetical order;
* :mod:`~dxdesk.text.legacy` — the legacy encodings TCVN3 (ABC) and VNI.
"""

from dxdesk.text.collation import sort_key
from dxdesk.text.legacy import (
    LegacyEncoding,
    decode_bytes,
    detect,
    encoding_for_font,
    from_unicode,
    is_uppercase_font,
    to_unicode,
)
from dxdesk.text.normalize import clean, nfc, strip_control
from dxdesk.text.search import fold, matches

__all__ = [
    "nfc",
    "clean",
    "strip_control",
    "fold",
    "matches",
    "sort_key",
    "LegacyEncoding",
    "encoding_for_font",
    "is_uppercase_font",
    "detect",
    "to_unicode",
    "from_unicode",
    "decode_bytes",
]
