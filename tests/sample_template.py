"""A small parsed province template (template-json.md form) shared by tests."""

TEMPLATE = {
    "source": "kh-tinh.docx", "doc_type": "KẾ HOẠCH", "title": "Chuyển đổi số tỉnh Quảng Mẫu năm 2026",
    "issuer": "ỦY BAN NHÂN DÂN TỈNH QUẢNG MẪU", "number": "215/KH-UBND", "date": "2025-12-02",
    "bases": ["Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị"],
    "outline": [
        {"label": "I", "title": "MỤC TIÊU", "kind": "objectives", "text": "", "children": []},
        {"label": "II", "title": "NHIỆM VỤ", "kind": "tasks", "text": "", "children": [
            {"label": "1", "title": "Nhận thức số", "kind": "group", "text": "", "children": []},
            {"label": "2", "title": "Hạ tầng số", "kind": "group", "text": "", "children": []}]},
        {"label": "III", "title": "GIẢI PHÁP", "kind": "solutions",
         "text": "Tăng cường lãnh đạo.", "children": []},
    ],
    "targets": [{"text": "80% hồ sơ xử lý trực tuyến", "value": 80, "unit": "%",
                 "horizon": 2026, "path": ["I"]}],
    "tasks": [
        {"text": "Tuyên truyền về chuyển đổi số;", "group": "Nhận thức số", "path": ["II", "1"],
         "lead": None, "co": [], "deadline": "Quý II/2026"},
        {"text": "Phủ sóng 4G đến 100% thôn", "group": "Hạ tầng số", "path": ["II", "2"],
         "lead": None, "co": [], "deadline": "2026-09-30"},
        {"text": "Nâng cấp mạng nội bộ", "group": "Hạ tầng số", "path": ["II", "2"],
         "lead": None, "co": [], "deadline": None},
    ],
    "recipients": ["Các sở, ban, ngành"], "signer": {"lines": ["CHỦ TỊCH"], "name": "A"},
}
