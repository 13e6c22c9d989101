"""PySide6 slows every import that follows it; this takes that cost away for dxdesk.

Importing PySide6 replaces ``builtins.__import__`` with its ``__feature__`` hook, which,
after each new module, reads and tokenises that module's whole source
(``shibokensupport.feature._mod_uses_pyside`` → ``inspect.getsource``) to record whether
the module mentions PySide6 — used only by the opt-in ``from __feature__ import
snake_case, true_property`` switches. dxdesk uses no feature switch, so the answer never
matters; what it costs is ~0.1 s for SQLAlchemy and its ORM, loaded right after the first
paint (measured in tests/bench_startup.py; the same tax is reported in napari#8584).

A module that does ask for a feature still gets it: ``from __feature__ import …`` sets
that module's flags itself, whatever was recorded for it here.
"""

from __future__ import annotations


def skip_source_scan() -> bool:
    """Record "does not use PySide6" for every module imported from now on, without
    reading its source. True when done; False (nothing changed) when this PySide6 does
    not have the hook as known — the imports are then only slower, never wrong."""
    try:
        from shibokensupport import feature  # (exists once PySide6 is imported)
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(module) -> bool:
    return False
