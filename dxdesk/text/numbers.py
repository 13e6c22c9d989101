"""Numbers as Vietnamese write them: a comma before decimals, dots between thousands."""

from __future__ import annotations


def format_number(value: float | int | None, decimals: int = 1) -> str:
    """``1079`` → ``1.079``, ``60.4`` → ``60,4``, ``15.0`` → ``15``, None → ``""``."""
    if value is None:
        return ""
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        text = f"{int(rounded):,}"
        return text.replace(",", ".")
    whole, _, fraction = f"{rounded:,.{decimals}f}".rstrip("0").partition(".")
    return f"{whole.replace(',', '.')},{fraction}"


def parse_number(text: str) -> float | None:
    """A number as an officer types it: ``60,4`` and ``60.4`` → 60.4, ``1.079`` and
    ``1.079,5`` → 1079 and 1079.5; empty → None. ValueError when it is not a number."""
    text = text.strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if not text:
        return None
    if "," in text:  # Vietnamese: dots group thousands, the comma marks decimals
        return float(text.replace(".", "").replace(",", "."))
    whole, dot, fraction = text.partition(".")
    if dot and len(fraction) == 3 and "." not in fraction and whole.lstrip("-").isdigit():
        return float(whole + fraction)  # "1.079": a thousands dot
    return float(text)
