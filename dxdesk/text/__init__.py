"""Qt-free Vietnamese text utilities.

* :mod:`~dxdesk.text.normalize` — cleaning strings where they enter the application;
* :mod:`~dxdesk.text.search` — accent-insensitive search;
* :mod:`~dxdesk.text.collation` — Vietnamese alphabetical order;
* :mod:`~dxdesk.text.legacy` — the legacy encodings TCVN3 (ABC) and VNI;
* :mod:`~dxdesk.text.viscii` — the legacy code page VISCII.
"""

import importlib

# Loaded on first use (PEP 562): importing one of these modules — say ``numbers`` on the
# GUI's start-up path — must not load the legacy-encoding tables and the collation too.
_WHERE = {
    "sort_key": "collation",
    "LegacyEncoding": "legacy", "decode_bytes": "legacy", "detect": "legacy",
    "encoding_for_font": "legacy", "from_unicode": "legacy", "is_uppercase_font": "legacy",
    "to_unicode": "legacy",
    "clean": "normalize", "nfc": "normalize", "strip_control": "normalize",
    "fold": "search", "matches": "search",
}

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


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f"dxdesk.text.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dxdesk.text' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
