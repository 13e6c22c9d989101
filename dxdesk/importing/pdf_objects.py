"""Shared pieces of the PDF text reader: the :class:`Unsupported` signal (the page needs
pypdf's own extraction instead) and safe access to pypdf objects (a damaged dictionary
gives the default, never an exception)."""

from __future__ import annotations

__all__ = ["Unsupported", "lookup", "number"]


class Unsupported(Exception):
    """The page uses something this interpreter does not read: use pypdf instead."""


def lookup(obj, key, default=None):
    """``obj[key]`` with references followed; ``default`` when missing or unreadable."""
    try:
        value = obj.get(key, default)
    except Exception:
        return default
    try:
        return value.get_object() if value is not None and hasattr(value, "get_object") else value
    except Exception:
        return default


def number(value, default: float = 0.0) -> float:
    """A PDF number as a float; ``default`` for anything else."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return default

