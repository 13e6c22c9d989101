"""Labels, numbers, years, dates and heading kinds on their own."""

from __future__ import annotations

import datetime as dt

import pytest

from dxdesk.importing.labels import match_label
from dxdesk.importing.numbers import (document_date, first_quantity, horizon_year,
                                      parse_deadline, period_end_year)
from dxdesk.importing.vocab import heading_kind, is_signer_title


@pytest.mark.parametrize("text,style,label,rest", [
    ("I. MỤC TIÊU", "roman", "I", "MỤC TIÊU"),
    ("IV- TỔ CHỨC THỰC HIỆN", "roman", "IV", "TỔ CHỨC THỰC HIỆN"),
    ("II.NHIỆM VỤ", "roman", "II", "NHIỆM VỤ"),
    ("1. Mục tiêu tổng quát:", "num1", "1", "Mục tiêu tổng quát:"),
    ("1- Quan điểm", "num1", "1", "Quan điểm"),
    ("1.1. Chuyển đổi nhận thức", "num2", "1.1", "Chuyển đổi nhận thức"),
    ("1.1 Chuyển đổi nhận thức", "num2", "1.1", "Chuyển đổi nhận thức"),
    ("2.2.1. Hạ tầng", "num3", "2.2.1", "Hạ tầng"),
    ("a) Phát triển", "alpha", "a", "Phát triển"),
    ("đ) Khác", "alpha", "đ", "Khác"),
    ("(b) Khác", "alpha", "b", "Khác"),
    ("1) Xây dựng", "paren", "1", "Xây dựng"),
    ("(2) Xây dựng", "paren", "2", "Xây dựng"),
    ("Điều 1. Phê duyệt", "dieu", "Điều 1", "Phê duyệt"),
    ("ĐIỀU 2: Tổ chức", "dieu", "Điều 2", "Tổ chức"),
    ("Phần I. MỞ ĐẦU", "phan", "Phần I", "MỞ ĐẦU"),
    ("PHẦN THỨ HAI", "phan", "Phần thứ hai", ""),
    ("Chương II", "chuong", "Chương II", ""),
    ("Mục 2. Nhiệm vụ", "muc", "Mục 2", "Nhiệm vụ"),
    ("A. PHẦN CHUNG", "ALPHA", "A", "PHẦN CHUNG"),
    ("- 80% dịch vụ", "bullet", "-", "80% dịch vụ"),
    ("-Tổ chức", "bullet", "-", "Tổ chức"),
    ("-  hối hợp", "bullet", "-", "hối hợp"),
    ("– Tổ chức", "bullet", "-", "Tổ chức"),
    ("+ Nhánh", "bullet", "+", "Nhánh"),
    ("• Mục", "bullet", "•", "Mục"),
    ("\uf0b7 Mục", "bullet", "•", "Mục"),
    ("* Mục", "bullet", "*", "Mục"),
])
def test_labels(text, style, label, rest):
    found = match_label(text)
    assert (found.style, found.label, found.rest) == (style, label, rest)


@pytest.mark.parametrize("text", [
    "2.000 người dân", "1.5 triệu", "2025, định hướng", "-11-", "5-10%", "V/v phê duyệt",
    "Mục tiêu chung", "Điều 5 của Luật", "100% hồ sơ", "03/6/2020 của Thủ tướng", "v.v...",
    "Phần mềm quản lý", "Chương trình hành động",
])
def test_not_labels(text):
    assert match_label(text) is None


@pytest.mark.parametrize("text,value,unit", [
    ("80% dịch vụ công trực tuyến", 80, "%"),
    ("Kinh tế số chiếm 15-20% GRDP", 15, "%"),
    ("tăng từ 5-10%;", 5, "%"),
    ("Có 1.079 doanh nghiệp", 1079, "doanh nghiệp"),
    ("đạt 10,7% tổng số", 10.7, "%"),
    ("đạt 1.250.000 lượt truy cập", 1250000, "lượt truy cập"),
    ("Đến năm 2025, 100% hồ sơ", 100, "%"),
    ("Phổ cập 4G/5G cho 70% dân số", 70, "%"),
    ("mức độ 4 cho 50% thủ tục", 50, "%"),
    ("theo Nghị định số 45/2020/NĐ-CP có 30 xã", 30, "xã"),
    ("Nghị quyết 52-NQ/TW: 200 điểm wifi", 200, "điểm"),
    ("Có 5 xã đạt chuẩn", 5, "xã"),
    ("đạt 95 %", 95, "%"),
    ("bảo đảm 12 tháng", 12, "tháng"),
])
def test_first_quantity(text, value, unit):
    assert first_quantity(text) == (value, unit)


@pytest.mark.parametrize("text", ["Phổ cập dịch vụ 4G/5G", "bảng xếp hạng DTI năm 2023",
                                  "ngày 03/6/2020", "IPv6", "Không có số"])
def test_no_quantity(text):
    assert first_quantity(text) is None


@pytest.mark.parametrize("text,year", [
    ("Mục tiêu cơ bản đến năm 2025:", 2025), ("Định hướng đến năm 2030", 2030),
    ("Chuyển đổi số huyện Ba Tơ năm 2023", 2023), ("Phấn đấu đến hết năm 2024", 2024),
    ("trong năm 2024", 2024), ("Mục tiêu cụ thể", None),
    ("ngày 15 tháng 3 năm 2022", None),
])
def test_horizon_year(text, year):
    assert horizon_year(text) == year


def test_period_end_year():
    assert period_end_year("Chuyển đổi số giai đoạn 2021- 2025, định hướng đến năm 2030") == 2025
    assert period_end_year("Chuyển đổi số năm 2024") == 2024


@pytest.mark.parametrize("value,expected", [
    ("30/6/2024", "2024-06-30"), ("30-06-2024", "2024-06-30"), ("ngày 5 tháng 9 năm 2024",
                                                                "2024-09-05"),
    (dt.datetime(2024, 12, 31, 0, 0), "2024-12-31"), (dt.date(2024, 1, 2), "2024-01-02"),
    ("Quý III/2024", "Quý III/2024"), ("Năm  2024", "Năm 2024"), ("Thường xuyên", "Thường xuyên"),
    ("31/2/2024", "31/2/2024"), ("", None), (None, None),
])
def test_parse_deadline(value, expected):
    assert parse_deadline(value) == expected


def test_document_date():
    assert document_date("Gia Lai, ngày 09 tháng 12 năm 2022") == "2022-12-09"
    assert document_date("Ba Tơ, ngày      tháng      năm 2023") is None


@pytest.mark.parametrize("title,kind", [
    ("CĂN CỨ LẬP KẾ HOẠCH", "bases"), ("MỤC TIÊU", "objectives"),
    ("MỤC ĐÍCH, YÊU CẦU", "objectives"), ("QUAN ĐIỂM, MỤC TIÊU", "objectives"),
    ("NHIỆM VỤ, GIẢI PHÁP", "tasks"), ("NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "tasks"),
    ("CÁC NHIỆM VỤ TRỌNG TÂM", "tasks"), ("NỘI DUNG THỰC HIỆN", "tasks"),
    ("GIẢI PHÁP", "solutions"), ("KINH PHÍ THỰC HIỆN", "funding"),
    ("TỔ CHỨC THỰC HIỆN", "organization"), ("THỰC TRẠNG CHUYỂN ĐỔI SỐ", "situation"),
    ("ĐÁNH GIÁ KẾT QUẢ NĂM 2023", "situation"), ("Sở Y tế", None),
])
def test_heading_kind(title, kind):
    assert heading_kind(title) == kind


@pytest.mark.parametrize("text,expected", [
    ("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True),
    ("T/M TỈNH ỦY", True), ("Q. GIÁM ĐỐC", True), ("CHỦ TỊCH", True), ("TL. CHỦ TỊCH", True),
    ("I. MỤC TIÊU", False), ("Chủ tịch UBND huyện chỉ đạo", False), ("TỔ CHỨC THỰC HIỆN", False),
])
def test_signer_titles(text, expected):
    assert is_signer_title(text) is expected
