"""Vietnamese public holidays (ngày nghỉ lễ, Tết) and deadline warnings.

The holidays are those of Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112
khoản 1, which apply to cán bộ, công chức, viên chức as well:

* Tết Dương lịch: 1 day, 1 January;
* Tết Âm lịch (Tết Nguyên đán): 5 days. The Prime Minister fixes the exact days each
  year (Điều 112 khoản 3); this module uses the most common choice, the last day of
  the lunar year (30 tháng Chạp, or 29 when tháng Chạp has 29 days) and mùng 1 to
  mùng 4 tháng Giêng;
* Ngày Chiến thắng: 1 day, 30 April;
* Ngày Quốc tế Lao động: 1 day, 1 May;
* Quốc khánh: 2 days, 2 September and "01 ngày liền kề trước hoặc sau". The adjacent
  day is also fixed each year by the Prime Minister; this module uses 1 September,
  the choice made most often in recent years (e.g. 2023 and 2025; 2024 used 3/9);
* Giỗ Tổ Hùng Vương: 1 day, 10 tháng 3 âm lịch.

Not modelled: days moved or swapped by the yearly notices (nghỉ bù, hoán đổi ngày
làm việc).

The lunar calendar is computed astronomically with Hồ Ngọc Đức's algorithm
(new moons and solar longitude from Jean Meeus' formulae) for the time zone of
Vietnam, UTC+7; it is correct for 1900–2100 and agrees with the official Vietnamese
calendar where it differs from the Chinese one (e.g. Tết 1985 on 21 January).
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "LunarDate",
    "solar_to_lunar",
    "lunar_to_solar",
    "lunar_new_year",
    "public_holidays",
    "holiday_name",
    "is_weekend",
    "is_day_off",
    "deadline_warning",
    "format_date",
]

TIME_ZONE = 7.0  # hours east of UTC: Vietnam

TET_DUONG_LICH = "Tết Dương lịch"
TET_NGUYEN_DAN = "Tết Nguyên đán"
GIO_TO_HUNG_VUONG = "Giỗ Tổ Hùng Vương"
NGAY_CHIEN_THANG = "Ngày Chiến thắng"
QUOC_TE_LAO_DONG = "Ngày Quốc tế Lao động"
QUOC_KHANH = "Quốc khánh"

_WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

# Julian Day Number of date.toordinal() == 1 is 1721426.
_JDN_OFFSET = 1721425


class LunarDate(NamedTuple):
    """A date of the Vietnamese lunar calendar (âm lịch)."""

    day: int
    month: int  # 1 = tháng Giêng ... 12 = tháng Chạp
    year: int  # the solar year in which this lunar year's Tết falls
    leap: bool = False  # tháng nhuận


# ------------------------------------------------------------- astronomy (Meeus)


def _jdn(d: date) -> int:
    return d.toordinal() + _JDN_OFFSET


def _from_jdn(jdn: int) -> date:
    return date.fromordinal(jdn - _JDN_OFFSET)


def _new_moon(k: int) -> float:
    """Julian day (UT) of the k-th new moon after the one of 1900-01-01 12:00 UT."""
    t = k / 1236.85  # Julian centuries since 1900 January 0.5
    t2 = t * t
    t3 = t2 * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  # Sun's mean anomaly
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  # Moon's mean anomaly
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  # Moon's argument of latitude
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) - 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) - 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) + 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _sun_longitude(jd: float) -> float:
    """The Sun's apparent longitude in radians, in [0, 2π), at Julian day ``jd`` (UT)."""
    t = (jd - 2451545.0) / 36525  # Julian centuries since 2000-01-01 12:00 UT
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2  # mean anomaly
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2  # mean longitude
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    return longitude - 2 * math.pi * math.floor(longitude / (2 * math.pi))


def _new_moon_day(k: int) -> int:
    """Julian Day Number of the local (UTC+7) day holding the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + TIME_ZONE / 24)


def _sun_sector(jdn: int) -> int:
    """Which of the 12 30° sectors of longitude the Sun is in at local midnight
    starting day ``jdn`` (0 = from the spring equinox)."""
    return math.floor(_sun_longitude(jdn - 0.5 - TIME_ZONE / 24) / math.pi * 6)


@lru_cache(maxsize=512)
def _lunar_month_11(year: int) -> int:
    """Julian Day Number of the first day of the lunar month 11 (holding the winter
    solstice) that begins in solar ``year``."""
    off = _jdn(date(year, 12, 31)) - 2415021
    k = math.floor(off / 29.530588853)
    new_moon = _new_moon_day(k)
    if _sun_sector(new_moon) >= 9:  # the solstice has passed: month 11 began earlier
        new_moon = _new_moon_day(k - 1)
    return new_moon


@lru_cache(maxsize=512)
def _leap_month_offset(a11: int) -> int:
    """In a lunar year with 13 months starting at month 11 ``a11``, the offset (in
    months from month 11) of the leap month: the first month without a major solar term."""
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1  # start with the month after month 11
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


# ------------------------------------------------------------------- conversion


def solar_to_lunar(d: date) -> LunarDate:
    """The lunar (âm lịch) date of a solar (dương lịch) date, Vietnam time."""
    day_number = _jdn(d)
    k = math.floor((day_number - 2415021.076998695) / 29.530588853) + 1
    month_start = _new_moon_day(k)
    # k comes from the mean lunation; the true new moon can be a day later (e.g. the
    # month starting 2054-05-08), hence a loop rather than the single step back of
    # the published code.
    while month_start > day_number:
        k -= 1
        month_start = _new_moon_day(k)
    a11 = _lunar_month_11(d.year)
    b11 = a11
    if a11 >= month_start:
        lunar_year = d.year
        a11 = _lunar_month_11(d.year - 1)
    else:
        lunar_year = d.year + 1
        b11 = _lunar_month_11(d.year + 1)
    lunar_day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11)
        if diff >= leap_diff:
            lunar_month = diff + 10
            leap = diff == leap_diff
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return LunarDate(lunar_day, lunar_month, lunar_year, leap)


def lunar_to_solar(day: int, month: int, year: int, leap: bool = False) -> date:
    """The solar date of a lunar date. Raises ValueError for a leap month that the
    lunar year does not have, or a day the month does not have."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"Ngày âm lịch không hợp lệ: {day}/{month}/{year}")
    if month < 11:
        a11 = _lunar_month_11(year - 1)
        b11 = _lunar_month_11(year)
    else:
        a11 = _lunar_month_11(year)
        b11 = _lunar_month_11(year + 1)
    k = math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    off = month - 11
    if off < 0:
        off += 12
    if b11 - a11 > 365:
        leap_off = _leap_month_offset(a11)
        leap_month = leap_off - 2
        if leap_month < 0:
            leap_month += 12
        if leap and month != leap_month:
            raise ValueError(f"Năm âm lịch {year} không có tháng {month} nhuận")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise ValueError(f"Năm âm lịch {year} không có tháng nhuận")
    month_start = _new_moon_day(k + off)
    if day == 30 and _new_moon_day(k + off + 1) - month_start < 30:
        raise ValueError(f"Tháng {month} âm lịch năm {year} chỉ có 29 ngày")
    return _from_jdn(month_start + day - 1)


def lunar_new_year(year: int) -> date:
    """Mùng 1 Tết (1 tháng Giêng âm lịch) of the lunar year whose Tết falls in ``year``."""
    return lunar_to_solar(1, 1, year)


# --------------------------------------------------------------------- holidays


@lru_cache(maxsize=64)
def _holidays(year: int) -> tuple[tuple[date, str], ...]:
    tet = lunar_new_year(year)
    days = [
        (date(year, 1, 1), TET_DUONG_LICH),
        *((tet + timedelta(days=i), TET_NGUYEN_DAN) for i in range(-1, 4)),
        (lunar_to_solar(10, 3, year), GIO_TO_HUNG_VUONG),
        (date(year, 4, 30), NGAY_CHIEN_THANG),
        (date(year, 5, 1), QUOC_TE_LAO_DONG),
        (date(year, 9, 1), QUOC_KHANH),
        (date(year, 9, 2), QUOC_KHANH),
    ]
    return tuple(sorted(days))


def public_holidays(year: int) -> list[tuple[date, str]]:
    """The public holidays of a solar year, in date order, with their Vietnamese names
    (one entry per day off: Tết Nguyên đán gives 5 entries, Quốc khánh 2)."""
    return list(_holidays(year))


def holiday_name(d: date) -> str | None:
    """The name of the public holiday on ``d``, or None."""
    for day, name in _holidays(d.year):
        if day == d:
            return name
    return None


def is_weekend(d: date) -> bool:
    """Saturday or Sunday."""
    return d.weekday() >= 5


def is_day_off(d: date) -> bool:
    """A weekend day or a public holiday."""
    return is_weekend(d) or holiday_name(d) is not None


def format_date(d: date) -> str:
    """``dd/mm/yyyy``, the Vietnamese way."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def deadline_warning(d: date) -> str | None:
    """A Vietnamese warning when a deadline falls on a day off, else None.

    >>> deadline_warning(date(2025, 1, 25))
    'Thời hạn 25/01/2025 rơi vào Thứ Bảy'
    >>> deadline_warning(date(2025, 1, 29))
    'Thời hạn 29/01/2025 rơi vào ngày nghỉ Tết Nguyên đán'
    """
    name = holiday_name(d)
    if name is not None:
        message = f"Thời hạn {format_date(d)} rơi vào ngày nghỉ {name}"
        if is_weekend(d):
            message += f" ({_WEEKDAY_NAMES[d.weekday()]})"
        return message
    if is_weekend(d):
        return f"Thời hạn {format_date(d)} rơi vào {_WEEKDAY_NAMES[d.weekday()]}"
    return None
