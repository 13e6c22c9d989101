from datetime import date, timedelta

import pytest

from dxdesk.domain.holidays import (
    LunarDate,
    deadline_warning,
    format_date,
    holiday_name,
    is_day_off,
    is_weekend,
    lunar_new_year,
    lunar_to_solar,
    public_holidays,
    solar_to_lunar,
)

TET = {2023: date(2023, 1, 22), 2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17)}
GIO_TO = {2023: date(2023, 4, 29), 2024: date(2024, 4, 18), 2025: date(2025, 4, 7), 2026: date(2026, 4, 26)}


@pytest.mark.parametrize(("year", "day"), sorted(TET.items()))
def test_tet(year, day):
    assert lunar_new_year(year) == day
    assert solar_to_lunar(day) == LunarDate(1, 1, year, False)


@pytest.mark.parametrize(("year", "day"), sorted(GIO_TO.items()))
def test_gio_to_hung_vuong(year, day):
    assert lunar_to_solar(10, 3, year) == day
    assert holiday_name(day) == "Giỗ Tổ Hùng Vương"


def test_vietnam_time_zone_differs_from_china():
    # With UTC+7 these Tết fall a day (1985: a month) before the Chinese New Year.
    assert lunar_new_year(1985) == date(1985, 1, 21)
    assert lunar_new_year(2007) == date(2007, 2, 17)


def test_other_known_tet_and_gio_to():
    assert [lunar_new_year(y) for y in (2019, 2020, 2021, 2022)] == [
        date(2019, 2, 5), date(2020, 1, 25), date(2021, 2, 12), date(2022, 2, 1),
    ]  # fmt: skip
    assert lunar_to_solar(10, 3, 2020) == date(2020, 4, 2)
    assert lunar_to_solar(10, 3, 2022) == date(2022, 4, 10)


def test_leap_months():
    assert lunar_to_solar(1, 2, 2023, leap=True) == date(2023, 3, 22)  # tháng 2 nhuận 2023
    assert solar_to_lunar(date(2023, 3, 22)) == LunarDate(1, 2, 2023, True)
    assert lunar_to_solar(1, 4, 2020, leap=True) == date(2020, 5, 23)
    assert lunar_to_solar(1, 6, 2025, leap=True) == date(2025, 7, 25)
    with pytest.raises(ValueError):
        lunar_to_solar(1, 3, 2023, leap=True)
    with pytest.raises(ValueError):
        lunar_to_solar(1, 1, 2024, leap=True)  # 2024 has no leap month


def test_invalid_lunar_dates():
    with pytest.raises(ValueError):
        lunar_to_solar(30, 12, 2024)  # tháng Chạp năm Giáp Thìn has 29 days
    assert lunar_to_solar(29, 12, 2024) == date(2025, 1, 28)
    assert lunar_to_solar(30, 12, 2023) == date(2024, 2, 9)
    with pytest.raises(ValueError):
        lunar_to_solar(1, 13, 2024)


def test_new_moon_just_after_local_midnight():
    # The published algorithm returned day 0 here: the new moon of 2054-05-08 falls
    # two minutes after midnight in Vietnam.
    assert solar_to_lunar(date(2054, 5, 7)) == LunarDate(30, 3, 2054, False)
    assert solar_to_lunar(date(2054, 5, 8)) == LunarDate(1, 4, 2054, False)


def test_calendar_is_consistent_1900_to_2100():
    day = date(1900, 1, 31)  # Tết Canh Tý
    previous = solar_to_lunar(day)
    assert previous == LunarDate(1, 1, 1900, False)
    month_length = 1
    while day < date(2100, 12, 31):
        day += timedelta(days=1)
        lunar = solar_to_lunar(day)
        if lunar.day == 1:
            assert month_length in (29, 30), day
            if lunar.leap:
                assert (lunar.month, lunar.year) == (previous.month, previous.year)
            else:
                assert lunar.month == previous.month % 12 + 1, day
                assert lunar.year == previous.year + (lunar.month == 1), day
            month_length = 1
        else:
            assert lunar == LunarDate(previous.day + 1, previous.month, previous.year, previous.leap), day
            month_length += 1
        if day.day == 15:
            assert lunar_to_solar(*lunar) == day
        previous = lunar


def test_tet_always_between_21_january_and_20_february():
    for year in range(1900, 2101):
        tet = lunar_new_year(year)
        assert date(year, 1, 21) <= tet <= date(year, 2, 20), year


def test_public_holidays_2025():
    assert public_holidays(2025) == [
        (date(2025, 1, 1), "Tết Dương lịch"),
        (date(2025, 1, 28), "Tết Nguyên đán"),  # 29 tháng Chạp: the month has 29 days
        (date(2025, 1, 29), "Tết Nguyên đán"),
        (date(2025, 1, 30), "Tết Nguyên đán"),
        (date(2025, 1, 31), "Tết Nguyên đán"),
        (date(2025, 2, 1), "Tết Nguyên đán"),
        (date(2025, 4, 7), "Giỗ Tổ Hùng Vương"),
        (date(2025, 4, 30), "Ngày Chiến thắng"),
        (date(2025, 5, 1), "Ngày Quốc tế Lao động"),
        (date(2025, 9, 1), "Quốc khánh"),
        (date(2025, 9, 2), "Quốc khánh"),
    ]


def test_tet_2024_starts_on_30_thang_chap():
    tet_days = [d for d, name in public_holidays(2024) if name == "Tết Nguyên đán"]
    assert tet_days == [date(2024, 2, 9) + timedelta(days=i) for i in range(5)]
    assert solar_to_lunar(tet_days[0]) == LunarDate(30, 12, 2023, False)


def test_every_year_has_eleven_days_off():
    for year in range(2000, 2101):
        days = public_holidays(year)
        assert len(days) == 11
        assert len({d for d, _ in days}) == 11
        assert all(d.year == year for d, _ in days)


def test_public_holidays_returns_a_fresh_list():
    public_holidays(2025).clear()
    assert len(public_holidays(2025)) == 11


def test_holiday_name_and_weekend():
    assert holiday_name(date(2026, 2, 16)) == "Tết Nguyên đán"
    assert holiday_name(date(2026, 9, 1)) == "Quốc khánh"
    assert holiday_name(date(2026, 9, 3)) is None
    assert holiday_name(date(2026, 3, 2)) is None
    assert is_weekend(date(2025, 1, 25)) and is_weekend(date(2025, 1, 26))
    assert not is_weekend(date(2025, 1, 24))
    assert is_day_off(date(2025, 4, 30)) and is_day_off(date(2025, 1, 26))
    assert not is_day_off(date(2025, 1, 27))


def test_deadline_warning():
    assert deadline_warning(date(2025, 1, 25)) == "Thời hạn 25/01/2025 rơi vào Thứ Bảy"
    assert deadline_warning(date(2025, 1, 26)) == "Thời hạn 26/01/2025 rơi vào Chủ nhật"
    assert deadline_warning(date(2025, 1, 29)) == "Thời hạn 29/01/2025 rơi vào ngày nghỉ Tết Nguyên đán"
    assert deadline_warning(date(2025, 4, 7)) == "Thời hạn 07/04/2025 rơi vào ngày nghỉ Giỗ Tổ Hùng Vương"
    assert deadline_warning(date(2028, 1, 1)) == "Thời hạn 01/01/2028 rơi vào ngày nghỉ Tết Dương lịch (Thứ Bảy)"
    assert deadline_warning(date(2025, 1, 27)) is None
    assert deadline_warning(date(2025, 9, 3)) is None


def test_format_date():
    assert format_date(date(2025, 1, 5)) == "05/01/2025"
