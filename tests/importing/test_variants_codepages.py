"""A text file in any of the encodings Vietnamese offices have saved text in parses to
the same template as its UTF-8 reading: VISCII (RFC 1456), VNI-Windows, Windows-1258
with its tone marks typed as combining marks, UTF-16 with a byte-order mark (little or
big endian), UTF-8 with a byte-order mark."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from importing_docmaker import sample_text
from test_import_formats import check_sample, to_cp1258

from dxdesk.importing import parse_file
from dxdesk.text import legacy

# VISCII (RFC 1456): bytes 0x80-0xFF, and the six letters it puts among the controls.
_VISCII_HIGH = ("ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵ"
                "ÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ")
_VISCII_LOW = {"Ẳ": 0x02, "Ẵ": 0x05, "Ẫ": 0x06, "Ỷ": 0x14, "Ỹ": 0x19, "Ỵ": 0x1E}


def to_viscii(text: str) -> bytes:
    table = {ch: 0x80 + i for i, ch in enumerate(_VISCII_HIGH)} | _VISCII_LOW
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        out.append(ord(ch) if ord(ch) < 0x80 else table[ch])
    return bytes(out)


ENCODINGS = {
    "viscii": (to_viscii, "viscii"),
    "vni": (lambda t: legacy.from_unicode(t, "vni").encode("cp1252"), "vni"),
    "cp1258": (to_cp1258, "cp1258"),
    "utf-16-le-bom": (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    "utf-16-be-bom": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    "utf-8-bom": (lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
}


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_sample_plan_in_every_encoding(tmp_path, name):
    encode, expected = ENCODINGS[name]
    path = tmp_path / "plan.txt"
    path.write_bytes(encode(sample_text(78)))
    template = parse_file(path)
    assert template.encoding == expected
    check_sample(template.to_json_dict())


FIELDS_PLAN = """KẾ HOẠCH
Chuyển đổi số tỉnh Quảng Trị năm 2025
I. MỤC TIÊU
- 100% văn bản được ký số.
II. NHIỆM VỤ
1. Y tế số
- Triển khai hồ sơ sức khỏe điện tử; KỶ YẾU số hóa của ngành Y tế.
+ Cơ quan chủ trì: Sở Y tế.
+ Cơ quan phối hợp: Bảo hiểm xã hội tỉnh; UBND các huyện.
+ Thời gian hoàn thành: Trước 30/6.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện.
"""


def test_viscii_file_with_fields_and_capitals_among_the_control_codes(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(to_viscii(FIELDS_PLAN))
    template = parse_file(path)
    assert template.encoding == "viscii"
    data = template.to_json_dict()
    assert data["title"] == "Chuyển đổi số tỉnh Quảng Trị năm 2025"
    assert data["tasks"] == [{
        "text": "Triển khai hồ sơ sức khỏe điện tử; KỶ YẾU số hóa của ngành Y tế.",
        "group": "Y tế số", "path": ["II", "1"], "lead": "Sở Y tế",
        "co": ["Bảo hiểm xã hội tỉnh", "UBND các huyện"], "deadline": "2025-06-30",
        "output": None}]
