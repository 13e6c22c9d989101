"""Word documents as offices really save them: tracked changes, content controls, fields
(simple and complex), footnotes, page headers and footers, the ``Nơi nhận`` and the
signature in text boxes, soft line breaks, and Word's automatic numbering."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from importing_docmaker import P, make_docx

from dxdesk.importing import parse_file

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
BOLD = "<w:rPr><w:b/></w:rPr>"
FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             f'<w:footnotes xmlns:w="{NS["w"]}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t '
             'xml:space="preserve"> Nghị quyết đăng tại trang thông tin điện tử của Đảng.</w:t>'
             '</w:r></w:p></w:footnote></w:footnotes>')


def p(inner: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{inner}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def text_box(paragraphs: str) -> str:
    """A text box as Word 2010+ saves it: a DrawingML shape, and the same box in VML for
    older readers."""
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            '<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>'
            f'{paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
            f'<w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>')


def vml_text_box(paragraphs: str) -> str:
    """A text box as older Word versions save it: VML only."""
    return (f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent>"
            "</v:textbox></v:shape></w:pict></w:r>")


def docx_with_body(path: Path, body: str) -> Path:
    """A .docx made by python-docx (with a page header and footer that carry the plan's
    number and the page), its body replaced by ``body`` and a footnotes part added."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Số: 123/KH-UBND – Kế hoạch chuyển đổi số năm 2025"
    section.footer.paragraphs[0].text = "Trang 1"
    document.add_paragraph("x")
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = parts["word/document.xml"].decode()
    head = xml[:xml.index(">", xml.index("<w:document")) + 1]
    for prefix, uri in NS.items():
        if f"xmlns:{prefix}=" not in head:
            head = head[:-1] + f' xmlns:{prefix}="{uri}">'
    rest = xml[xml.index(">", xml.index("<w:document")) + 1:]
    start = rest.index("<w:body>") + len("<w:body>")
    rest = rest[:start] + body + rest[rest.index("<w:sectPr"):]
    parts["word/document.xml"] = (head + rest).encode()
    parts["word/footnotes.xml"] = FOOTNOTES.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                     b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                     b"</Types>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def noisy_body() -> str:
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
             'xml:space="preserve"> DATE \\@ "dd/MM/yyyy" \\* MERGEFORMAT </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("30/6/2025") +
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return "".join([
        p(r("KẾ HOẠCH", BOLD)), p(r("Chuyển đổi số huyện Đức Trọng năm 2025", BOLD)),
        p(r("Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị") +
          '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference '
          'w:id="1"/></w:r>' + r(";")),
        p(r("Căn cứ Kế hoạch số ") + '<w:fldSimple w:instr=" DOCPROPERTY SoKH \\* MERGEFORMAT ">'
          + r("15/KH-UBND") + "</w:fldSimple>" + r(" ngày 20/01/2025 của UBND tỉnh;")),
        p(r("I. NHIỆM VỤ", BOLD)),
        p(r("- Triển khai ") + '<w:ins w:id="1" w:author="Phòng VHTT">' + r("nền tảng số ") +
          '</w:ins><w:del w:id="2" w:author="Phòng VHTT"><w:r><w:delText xml:space="preserve">'
          'hệ thống cũ </w:delText></w:r></w:del>' + r("dùng chung.")),
        '<w:sdt><w:sdtPr><w:alias w:val="Nhiệm vụ"/></w:sdtPr><w:sdtContent>' +
        p(r("- Số hóa hồ sơ thủ tục hành chính.")) + "</w:sdtContent></w:sdt>",
        p('<w:sdt><w:sdtPr><w:tag w:val="nv3"/></w:sdtPr><w:sdtContent>' +
          r("- Cập nhật dữ liệu dân cư.") + "</w:sdtContent></w:sdt>"),
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
        p(r("- Bấm hoặc gõ nhẹ vào đây để nhập văn bản.")) + "</w:sdtContent></w:sdt>",
        p(r("- ") + '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
          r("Click or tap here to enter text.") + "</w:sdtContent></w:sdt>"),
        p(r("- Hoàn thành trước ngày ") + field + r(".")),
        p(r("- Nâng cấp mạng LAN của các phòng,") + "<w:r><w:br/></w:r>" +
          r("ban chuyên môn thuộc huyện.")),
        p(r("- Tập huấn kỹ năng số;") + "<w:r><w:br/></w:r>" +
          r("- Tuyên truyền về chuyển đổi số.")),
        '<w:del w:id="9" w:author="A">' + p(r("- Nhiệm vụ đã bị xóa.")) + "</w:del>",
        p('<w:del w:id="10" w:author="A"><w:r><w:delText>- Nhiệm vụ bị xóa cả dòng.</w:delText>'
          "</w:r></w:del>"),
        p('<w:moveFrom w:id="11" w:author="A"><w:r><w:t>- Nhiệm vụ được chuyển đi.</w:t></w:r>'
          "</w:moveFrom>"),
        p(r("II. TỔ CHỨC THỰC HIỆN", BOLD)), p(r("Các phòng thực hiện./.")),
        p(text_box(p(r("Nơi nhận:", BOLD)) + p(r("- Sở Thông tin và Truyền thông;")) +
                   p(r("- Lưu: VT, VHTT.")))),
        p(text_box(p(r("TM. ỦY BAN NHÂN DÂN", BOLD)) + p(r("CHỦ TỊCH", BOLD)) + p("") +
                   p(r("Nguyễn Văn Bình", BOLD)))),
    ])


def test_revisions_content_controls_fields_footnotes_and_page_headers(tmp_path):
    """Inserted text is read and deleted or moved-away text is not; content controls are
    read, unless they still show their placeholder; a field gives its shown result, never
    its instruction; the footnote, the page header and the footer are not part of the
    body."""
    data = parse_file(docx_with_body(tmp_path / "n.docx", noisy_body())).to_json_dict()
    assert data["bases"] == ["Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị",
                             "Kế hoạch số 15/KH-UBND ngày 20/01/2025 của UBND tỉnh"]
    assert [t["text"] for t in data["tasks"]] == [
        "Triển khai nền tảng số dùng chung.", "Số hóa hồ sơ thủ tục hành chính.",
        "Cập nhật dữ liệu dân cư.", "Hoàn thành trước ngày 30/6/2025.",
        "Nâng cấp mạng LAN của các phòng, ban chuyên môn thuộc huyện.",
        "Tập huấn kỹ năng số;", "Tuyên truyền về chuyển đổi số."]
    text = str(data)
    for absent in ("MERGEFORMAT", "DOCPROPERTY", "hệ thống cũ", "xóa", "chuyển đi",
                   "Trang 1", "Số: 123", "trang thông tin điện tử của Đảng", "gõ nhẹ",
                   "Click or tap"):
        assert absent not in text


def test_recipients_and_signature_in_text_boxes(tmp_path):
    """Each text box is read once (not again from its VML copy), after the paragraph it is
    anchored in."""
    data = parse_file(docx_with_body(tmp_path / "n.docx", noisy_body())).to_json_dict()
    assert data["recipients"] == ["Sở Thông tin và Truyền thông", "Lưu: VT, VHTT"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Nguyễn Văn Bình"}


@pytest.mark.parametrize("box", [text_box, vml_text_box], ids=["drawingml+vml", "vml"])
def test_side_by_side_text_boxes_in_one_paragraph_and_a_task_in_a_text_box(tmp_path, box):
    body = "".join([
        p(r("KẾ HOẠCH", BOLD)), p(r("Chuyển đổi số huyện Đức Trọng năm 2025", BOLD)),
        p(r("I. NHIỆM VỤ", BOLD)),
        p(r("- Triển khai nền tảng số dùng chung.") +
          box(p(r("- Số hóa hồ sơ thủ tục hành chính.")))),
        p(r("II. TỔ CHỨC THỰC HIỆN", BOLD)), p(r("Các phòng thực hiện./.")),
        p(box(p(r("Nơi nhận:", BOLD)) + p(r("- Sở Tài chính;")) + p(r("- Lưu: VT."))) +
          box(p(r("KT. CHỦ TỊCH", BOLD)) + p(r("PHÓ CHỦ TỊCH", BOLD)) +
                   p(r("Lê Thị Hoa", BOLD)))),
    ])
    data = parse_file(docx_with_body(tmp_path / "b.docx", body)).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == ["Triển khai nền tảng số dùng chung.",
                                                  "Số hóa hồ sơ thủ tục hành chính."]
    assert data["recipients"] == ["Sở Tài chính", "Lưu: VT"]
    assert data["signer"] == {"lines": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "name": "Lê Thị Hoa"}


def test_automatic_numbering_of_headings_and_tasks(tmp_path):
    """Word's list numbering is not in the text: headings ``I.``/``1.``/``a)`` and bullets
    made by w:numPr are found as if typed."""
    blocks = [P("KẾ HOẠCH", bold=True, center=True),
              P("Chuyển đổi số huyện Đức Trọng năm 2025", bold=True, center=True),
              P("MỤC TIÊU", bold=True, num=(7, 0)),
              P("Đến năm 2025, 90% hồ sơ công việc được xử lý trên môi trường mạng.", num=(9, 0)),
              P("NHIỆM VỤ", bold=True, num=(7, 0)),
              P("Nhận thức số", bold=True, num=(7, 1)),
              P("Tuyên truyền trên hệ thống truyền thanh cơ sở.", num=(9, 0)),
              P("Hạ tầng số", bold=True, num=(7, 1)),
              P("Mạng nội bộ", num=(7, 2)),
              P("Nâng cấp mạng LAN.", num=(9, 0)),
              P("TỔ CHỨC THỰC HIỆN", bold=True, num=(7, 0)),
              P("Các phòng thực hiện./.")]
    path = make_docx(tmp_path / "num.docx", blocks, numbering={
        7: [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")],
        9: [("bullet", "-")]})
    data = parse_file(path).to_json_dict()

    def tree(nodes):
        return [(n["label"], n["title"], tree(n["children"])) for n in nodes]

    assert tree(data["outline"]) == [
        ("I", "MỤC TIÊU", []),
        ("II", "NHIỆM VỤ", [("1", "Nhận thức số", []),
                            ("2", "Hạ tầng số", [("a", "Mạng nội bộ", [])])]),
        ("III", "TỔ CHỨC THỰC HIỆN", [])]
    assert [(t["text"], t["path"]) for t in data["tasks"]] == [
        ("Tuyên truyền trên hệ thống truyền thanh cơ sở.", ["II", "1"]),
        ("Nâng cấp mạng LAN.", ["II", "2", "a"])]
    assert [(t["value"], t["horizon"]) for t in data["targets"]] == [(90, 2025)]
