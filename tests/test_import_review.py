"""The officer's corrections to a parsed template, and the structure rebuilt from them."""

from __future__ import annotations

import copy

import pytest

from dxdesk.errors import InvalidInput
from dxdesk.services.import_review import (lines_from_template, merge, split,
                                           template_from_lines)
from sample_template import TEMPLATE


def test_round_trip_keeps_the_template():
    data = copy.deepcopy(TEMPLATE)
    data["outline"][0]["text"] = "Mục tiêu chung."
    for i, task in enumerate(data["tasks"]):  # the product column, kept through review
        task["output"] = "Kho dữ liệu vận hành" if i == 0 else ""
    rebuilt = template_from_lines(lines_from_template(data), data)
    assert rebuilt == data


def test_lines_are_in_document_order_with_levels():
    lines = lines_from_template(TEMPLATE)
    assert [(l.kind, l.level, l.text[:20]) for l in lines] == [
        ("basis", 0, "Nghị quyết số 52-NQ/"),
        ("heading", 1, "MỤC TIÊU"),
        ("target", 0, "80% hồ sơ xử lý trực"),
        ("heading", 1, "NHIỆM VỤ"),
        ("heading", 2, "Nhận thức số"),
        ("task", 0, "Tuyên truyền về chuy"),
        ("heading", 2, "Hạ tầng số"),
        ("task", 0, "Phủ sóng 4G đến 100%"),
        ("task", 0, "Nâng cấp mạng nội bộ"),
        ("heading", 1, "GIẢI PHÁP"),
        ("other", 0, "Tăng cường lãnh đạo."),
    ]


def test_corrections_change_the_structure():
    lines = lines_from_template(TEMPLATE)
    # The officer: the last two tasks were one wrapped sentence; the first target is a task;
    # "Hạ tầng số" belongs at top level; a new target typed as a task line.
    merge(lines, 7)
    assert lines[7].text == "Phủ sóng 4G đến 100% thôn Nâng cấp mạng nội bộ"
    lines[2].kind = "task"
    lines[6].level = 1
    split(lines, 7, len("Phủ sóng 4G đến 100% thôn "))
    lines[8].kind = "target"
    data = template_from_lines(lines, TEMPLATE)
    assert [h["title"] for h in data["outline"]] == ["MỤC TIÊU", "NHIỆM VỤ", "Hạ tầng số",
                                                     "GIẢI PHÁP"]
    assert [(t["text"], t["path"], t["group"]) for t in data["tasks"]] == [
        ("80% hồ sơ xử lý trực tuyến", ["I"], "MỤC TIÊU"),
        ("Tuyên truyền về chuyển đổi số;", ["II", "1"], "Nhận thức số"),
        ("Phủ sóng 4G đến 100% thôn", ["2"], "Hạ tầng số"),
    ]
    assert data["targets"] == [{"text": "Nâng cấp mạng nội bộ", "value": None, "unit": None,
                                "horizon": None, "path": ["2"]}]
    assert data["recipients"] == TEMPLATE["recipients"]


def test_a_line_turned_into_a_target_gets_its_value():
    lines = lines_from_template(TEMPLATE)
    lines[5].kind = "target"
    lines[5].text = "Tỷ lệ hộ gia đình có cáp quang đạt 85,5%"
    data = template_from_lines(lines, TEMPLATE)
    assert (data["targets"][1]["value"], data["targets"][1]["unit"]) == (85.5, "%")


def test_bad_merge_and_split_are_refused():
    lines = lines_from_template(TEMPLATE)
    with pytest.raises(InvalidInput):
        merge(lines, len(lines) - 1)
    with pytest.raises(InvalidInput):
        split(lines, 0, 0)
