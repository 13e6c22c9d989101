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
