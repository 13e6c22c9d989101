"""The fictional district of the demo database: its units, presets and plan wording."""

from __future__ import annotations

DISTRICT = {
    "name": "huyện Sơn Hà Mẫu",
    "province": "tỉnh Quảng Mẫu",
    "place_name": "Sơn Hà Mẫu",
    "issuer_lines": "ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ MẪU",
    "body_abbr": "UBND",
    "office_name": "Phòng Văn hóa và Thông tin",
    "office_abbr": "VHTT",
}

# (name, short name, kind)
UNITS = [
    ("Văn phòng HĐND và UBND huyện", "VP", "office"),
    ("Phòng Văn hóa và Thông tin", "VHTT", "office"),
    ("Phòng Nội vụ", "NV", "office"),
    ("Phòng Tài chính - Kế hoạch", "TCKH", "office"),
    ("Phòng Tư pháp", "TP", "office"),
    ("Phòng Tài nguyên và Môi trường", "TNMT", "office"),
    ("Phòng Kinh tế và Hạ tầng", "KTHT", "office"),
    ("Phòng Nông nghiệp và Phát triển nông thôn", "NNPTNT", "office"),
    ("Phòng Giáo dục và Đào tạo", "GDĐT", "office"),
    ("Phòng Y tế", "YT", "office"),
    ("Trung tâm Văn hóa - Thể thao và Truyền thông", "TTVHTT", "office"),
    ("Công an huyện", "CA", "office"),
    ("UBND thị trấn Sơn Mẫu", "TTSM", "commune"),
    ("UBND xã Sơn Hà", "SH", "commune"),
    ("UBND xã Sơn Thủy", "ST", "commune"),
    ("UBND xã Sơn Linh", "SL", "commune"),
    ("UBND xã Đăk Mẫu", "ĐM", "commune"),
]

COMMUNES = ["thị trấn Sơn Mẫu", "xã Sơn Hà", "xã Sơn Thủy", "xã Sơn Linh", "xã Đăk Mẫu"]

# Lead unit (short name) per pillar, by the usual division of work in a district.
PILLAR_LEADS = {
    "Nhận thức số": "VHTT",
    "Thể chế số": "NV",
    "Hạ tầng số": "VHTT",
    "Dữ liệu số": "TNMT",
    "Nền tảng số": "VP",
    "Nhân lực số": "NV",
    "An toàn thông tin mạng": "CA",
    "Chính quyền số": "VP",
    "Kinh tế số": "KTHT",
    "Xã hội số": "YT",
}

PILLARS = list(PILLAR_LEADS)

RECIPIENT_PRESETS = [
    ("Kế hoạch — mặc định", "plan", [
        "Sở Khoa học và Công nghệ tỉnh",
        "TT Huyện ủy, TT HĐND huyện",
        "CT, các PCT UBND huyện",
        "Các cơ quan, đơn vị thuộc UBND huyện",
        "UBND các xã, thị trấn",
        "Lưu: VT, VHTT",
    ]),
    ("Báo cáo gửi tỉnh", "report", [
        "Sở Khoa học và Công nghệ tỉnh",
        "TT Huyện ủy, TT HĐND huyện",
        "CT, các PCT UBND huyện",
        "Lưu: VT, VHTT",
    ]),
    ("Công văn đôn đốc", "reminder", [
        "Như trên",
        "CT, các PCT UBND huyện",
        "Lưu: VT, VHTT",
    ]),
]

SIGNER_PRESETS = [
    ("Phó Chủ tịch Lê Văn Bình", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
     "Lê Văn Bình"),
    ("Chủ tịch Nguyễn Thị Hoa", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Thị Hoa"),
]

PROGRESS_NOTES = [
    "Đã ban hành văn bản triển khai đến các đơn vị",
    "Đang phối hợp với doanh nghiệp viễn thông triển khai",
    "Đã tổ chức tập huấn cho cán bộ, công chức",
    "Đã hoàn thành một phần, đang tiếp tục thực hiện",
    "Chưa bố trí được kinh phí, đề nghị bổ sung",
    "Đã cập nhật dữ liệu lên hệ thống",
]

SAMPLE_TEMPLATE = "samples/ke-hoach-cds-tinh-quang-mau-2026.txt"
