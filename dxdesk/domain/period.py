"""Reporting periods (kỳ báo cáo): quý I–IV, 6 tháng, năm.

A period is written ``2023-Q1`` … ``2023-Q4``, ``2023-H1`` (6 tháng đầu năm) or ``2023``
(cả năm) — in the database, on the command line and in exchanged files alike.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dxdesk.errors import InvalidInput

_PATTERN = re.compile(r"^(\d{4})(?:-(Q[1-4]|H1))?$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True, order=True)
class Period:
    year: int
    part: str = ""  # "", "Q1".."Q4", "H1"

    @classmethod
    def parse(cls, text: str) -> "Period":
        match = _PATTERN.match(text.strip().upper())
        if not match:
            raise InvalidInput(
                f"Kỳ báo cáo không hợp lệ: {text!r} (ví dụ hợp lệ: 2023-Q1, 2023-H1, 2023)"
            )
        return cls(int(match.group(1)), match.group(2) or "")

    @property
    def code(self) -> str:
        return f"{self.year}-{self.part}" if self.part else str(self.year)

    def __str__(self) -> str:
        return self.code

    @property
    def first_day(self) -> dt.date:
        if self.part.startswith("Q"):
            return dt.date(self.year, 3 * int(self.part[1]) - 2, 1)
        return dt.date(self.year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        if self.part.startswith("Q"):
            month = 3 * int(self.part[1])
        elif self.part == "H1":
            month = 6
        else:
            month = 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def recency(self) -> tuple[dt.date, int]:
        """Key for "the latest figure": the period ending last; of two ending the same day
        (quý IV and năm), the shorter. (The dataclass order is by year, then part code —
        not by time: "2026" sorts before "2026-Q1".)"""
        return (self.last_day, -(self.last_day - self.first_day).days)

    @property
    def label(self) -> str:
        """Vietnamese name as used in report titles."""
        if self.part.startswith("Q"):
            return f"quý {_ROMAN[int(self.part[1])]} năm {self.year}"
        if self.part == "H1":
            return f"6 tháng đầu năm {self.year}"
        return f"năm {self.year}"

    @classmethod
    def quarter_of(cls, day: dt.date) -> "Period":
        return cls(day.year, f"Q{(day.month - 1) // 3 + 1}")
