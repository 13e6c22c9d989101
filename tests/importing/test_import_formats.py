"""One district plan rendered into every format and encoding parses to the same template."""

from __future__ import annotations

import unicodedata

import pytest
from importing_docmaker import (SAMPLE_EXPECTED, sample_docx, sample_pdf, sample_text,
                      vietnamese_ttf)

from dxdesk.importing import parse_file
from dxdesk.text import legacy

E = SAMPLE_EXPECTED


def check_sample(data: dict) -> None:
    assert [n["title"] for n in data["outline"]] == E["top_headings"]
    assert [n["kind"] for n in data["outline"]] == E["kinds"]
    for key in ("doc_type", "title", "issuer", "number", "date", "bases", "recipients"):
        assert data[key] == E[key], key
    assert data["signer"] == {"lines": E["signer_lines"], "name": E["signer_name"]}
    targets = [(t["text"], t["value"], t["unit"], t["horizon"]) for t in data["targets"]]
    assert len(targets) == len(E["targets"]), targets
    for got, (prefix, value, unit, horizon) in zip(targets, E["targets"]):
        assert got[0].startswith(prefix) and got[1:] == (value, unit, horizon), got
    tasks = [(t["text"], t["group"], t["path"]) for t in data["tasks"]]
    assert len(tasks) == len(E["tasks"]), tasks
    for got, (prefix, group, path) in zip(tasks, E["tasks"]):
        assert got[0].startswith(prefix) and got[1] == group and got[2] == path, got
    tasks_node = data["outline"][2]
    assert [c["kind"] for c in tasks_node["children"]] == ["group"] * 3
    assert data["outline"][0]["children"][1]["text"] == \
        "- Bám sát nhiệm vụ được giao tại Kế hoạch của Ủy ban nhân dân tỉnh."


@pytest.mark.parametrize("variant", [
    dict(width=78),
    dict(width=64, blank_between=True, page_every=20),
    dict(width=70, indent=" ", page_every=15, page_format="Trang {n}"),
    dict(width=90, page_every=12, page_format="- {n} -"),
    dict(width=100_000),  # one paragraph per line, not wrapped
])
def test_text_file(tmp_path, variant):
    width = variant.pop("width")
    path = tmp_path / "plan.txt"
    path.write_text(sample_text(width, **variant), encoding="utf-8")
    check_sample(parse_file(path).to_json_dict())


def test_text_file_with_windows_line_ends_and_bom(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"\xef\xbb\xbf" + sample_text(78).replace("\n", "\r\n").encode("utf-8"))
    check_sample(parse_file(path).to_json_dict())


def test_utf16_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(sample_text(78).encode("utf-16"))
    template = parse_file(path)
    assert template.encoding == "utf-16"
    check_sample(template.to_json_dict())


def test_utf16_text_without_byte_order_mark(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(sample_text(78).encode("utf-16-le"))
    check_sample(parse_file(path).to_json_dict())


def to_cp1258(text: str) -> bytes:
    """Windows-1258: precomposed â ê ô ơ ư ă đ, tones as combining marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        shape = "".join(m for m in decomposed[1:] if m in "\u0302\u0306\u031b")
        tone = "".join(m for m in decomposed[1:] if m not in shape)
        out += unicodedata.normalize("NFC", decomposed[0] + shape).encode("cp1258")
        out += tone.encode("cp1258")
    return bytes(out)


def test_cp1258_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(to_cp1258(sample_text(78)))
    template = parse_file(path)
    assert template.encoding == "cp1258"
    check_sample(template.to_json_dict())


def test_vni_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(legacy.from_unicode(sample_text(78), "vni").encode("cp1252"))
    template = parse_file(path)
    assert template.encoding == "vni"
    check_sample(template.to_json_dict())


TCVN3_PLAN = """Kế hoạch chuyển đổi số xã Tân Phú năm 2024
I. Mục tiêu
1. Chính quyền số
- 95% hồ sơ công việc của xã được xử lý trên môi trường mạng;
- Tỷ lệ người dân có tài khoản định danh điện tử đạt 60%.
II. Nhiệm vụ
1. Nhận thức số
- Tuyên truyền về chuyển đổi số trên loa truyền thanh của xã.
- Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.
2. Hạ tầng số
- Nâng cấp đường truyền Internet tại bộ phận một cửa.
III. Tổ chức thực hiện
Văn phòng xã chủ trì theo dõi, đôn đốc thực hiện.
"""


def test_tcvn3_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(legacy.from_unicode(TCVN3_PLAN, "tcvn3").encode("cp1252"))
    template = parse_file(path)
    assert template.encoding == "tcvn3"
    data = template.to_json_dict()
    assert [n["title"] for n in data["outline"]] == ["Mục tiêu", "Nhiệm vụ", "Tổ chức thực hiện"]
    assert [(t["value"], t["unit"], t["horizon"]) for t in data["targets"]] == \
        [(95, "%", 2024), (60, "%", 2024)]
    assert [t["group"] for t in data["tasks"]] == ["Nhận thức số", "Nhận thức số", "Hạ tầng số"]
    assert data["tasks"][0]["text"] == "Tuyên truyền về chuyển đổi số trên loa truyền thanh của xã."


def test_markdown(tmp_path):
    lines = sample_text(100_000).splitlines()
    md = []
    for line in lines:
        if line.startswith(("I.", "II.", "III.", "IV.", "V.")):
            md.append(f"## {line}")
        elif line.startswith(("1.", "2.", "3.")):
            md.append(f"**{line.replace('.', chr(92) + '.', 1)}**")
        elif line.startswith("- "):
            md.append("\\" + line)
        elif line == "KẾ HOẠCH":
            md.append("# KẾ HOẠCH")
        else:
            md.append(line)
        md.append("")
    path = tmp_path / "plan.md"
    path.write_text("\n".join(md), encoding="utf-8")
    check_sample(parse_file(path).to_json_dict())


def test_docx(tmp_path):
    check_sample(parse_file(sample_docx(tmp_path / "plan.docx")).to_json_dict())


@pytest.mark.skipif(vietnamese_ttf() is None, reason="no TrueType font with Vietnamese letters")
def test_pdf(tmp_path):
    template = parse_file(sample_pdf(tmp_path / "plan.pdf"))
    check_sample(template.to_json_dict())
