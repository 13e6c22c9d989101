import datetime as dt

import pytest

from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput


@pytest.mark.parametrize("code, first, last, label", [
    ("2023-Q1", dt.date(2023, 1, 1), dt.date(2023, 3, 31), "quý I năm 2023"),
    ("2024-Q4", dt.date(2024, 10, 1), dt.date(2024, 12, 31), "quý IV năm 2024"),
    ("2023-H1", dt.date(2023, 1, 1), dt.date(2023, 6, 30), "6 tháng đầu năm 2023"),
    ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "năm 2023"),
])
def test_periods(code, first, last, label):
    period = Period.parse(code)
    assert (period.code, period.first_day, period.last_day, period.label) == (
        code, first, last, label)


@pytest.mark.parametrize("bad", ["2023-Q5", "Q1", "2023-H2", "", "23"])
def test_bad_periods_are_refused_in_vietnamese(bad):
    with pytest.raises(InvalidInput, match="Kỳ báo cáo không hợp lệ"):
        Period.parse(bad)


def test_quarter_of():
    assert Period.quarter_of(dt.date(2026, 11, 23)).code == "2026-Q4"


def test_status_labels_round_trip():
    assert [s.label for s in TaskStatus] == [
        "chưa triển khai", "đang thực hiện", "hoàn thành", "hoàn thành quá hạn", "quá hạn",
        "chuyển tiếp", "dừng"]
    assert all(TaskStatus.from_label(s.label) is s for s in TaskStatus)
    assert {s for s in TaskStatus if s.is_finished} == {
        TaskStatus.DONE, TaskStatus.DONE_LATE, TaskStatus.STOPPED}


def test_status_coerce_and_progress_parsing():
    from dxdesk.domain.status import parse_progress

    assert TaskStatus.coerce("done") is TaskStatus.coerce("Hoàn thành") is TaskStatus.DONE
    with pytest.raises(InvalidInput):
        TaskStatus.coerce("xong rồi")
    assert [parse_progress(v) for v in (40, "40", "40 %", "40,0", 0, 100)] == [40, 40, 40, 40, 0, 100]
    for bad in ("40,5", "-1", 101, "bốn mươi", True):
        with pytest.raises(InvalidInput):
            parse_progress(bad)


def test_the_latest_figure_is_from_the_period_that_ends_last():
    from dxdesk.domain.targets import latest_by_period

    actuals = [(1, "2026-Q1", 10), (1, "2026-H1", 20), (1, "2026-Q3", 30),
               (2, "2026", 40), (2, "2026-Q4", 45), (2, "2026-Q3", 35),
               (3, "2025", 5), (3, "2026-Q1", 6)]
    assert latest_by_period(actuals) == {1: ("2026-Q3", 30), 2: ("2026-Q4", 45),
                                         3: ("2026-Q1", 6)}
