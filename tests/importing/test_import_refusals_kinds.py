"""Files of the wrong kind under a plan's name, and scans with a little text on each page:
each is refused with one Vietnamese sentence that says what the file is and what to do,
never a traceback, and nothing is imported."""

from __future__ import annotations

import io
import zipfile

import pytest
from importing_docmaker import P, make_docx, make_xlsx, vietnamese_ttf
from test_import_refusals import refused, write

from dxdesk.importing import parse_file

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole(*streams: str) -> bytes:
    """An OLE2 compound file's bytes as far as a reader sees them: the magic, then the
    directory entries' names in UTF-16."""
    body = b"".join(name.encode("utf-16-le") + b"\0" * (64 - 2 * len(name)) for name in streams)
    return OLE + b"\0" * 504 + body + b"\0" * 512


def zipped(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


HTML_ERROR = (b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>"
              b"<h1>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1></body></html>\n")


@pytest.mark.parametrize("name,data,needles", [
    ("ke-hoach.docx", ole("Root Entry", "WordDocument", "1Table"), (".doc", "Lưu thành .docx")),
    ("ke-hoach.xlsx", ole("Root Entry", "Workbook"), (".xls", "Lưu thành .xlsx")),
    ("danh-muc.docx", ole("Root Entry", "Workbook"), (".xls", "Lưu thành .xlsx")),
    ("ke-hoach.docx", ole("Root Entry", "EncryptionInfo", "EncryptedPackage"),
     ("mật khẩu", "Word")),
    ("phu-luc.xlsx", ole("Root Entry", "EncryptionInfo", "EncryptedPackage"),
     ("mật khẩu", "Excel")),
    ("ke-hoach.docx", zipped({"KH 123.docx": b"PK..", "Phu luc.xlsx": b"PK.."}),
     ("tệp nén", "giải nén")),
    ("ke-hoach.docx", zipped({"mimetype": b"application/vnd.oasis.opendocument.text",
                              "content.xml": b"<a/>"}), (".odt", "Lưu thành .docx")),
    ("ke-hoach.pdf", HTML_ERROR, ("trang web", "tải lại")),
    ("ke-hoach.pdf", b"\r\n\r\n<html><body>Phi\xc3\xaan \xc4\x91\xc4\x83ng nh\xe1\xba\xadp "
                     b"\xc4\x91\xc3\xa3 h\xe1\xba\xbft h\xe1\xba\xa1n</body></html>",
     ("trang web", "tải lại")),
    ("ke-hoach.docx", b"<html xmlns:w='urn:schemas-microsoft-com:office:word'><body>"
                      b"KE HOACH</body></html>", ("trang web", "Lưu thành .docx")),
    ("ke-hoach.docx", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; "
                      b"boundary=\"----=_NextPart\"\r\n\r\n", ("trang web", "Lưu thành .docx")),
    ("ke-hoach.docx", b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>'
                      b"<w:wordDocument/>", ("XML 2003", "Lưu thành .docx")),
    ("ke-hoach.docx", b"{\\rtf1\\ansi K\\'e1 ho\\'e1ch}", ("RTF", "Lưu thành .docx")),
    ("ke-hoach.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", ("PDF", "đổi phần mở rộng", ".pdf")),
    ("ke-hoach.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, ("ảnh", "OCR")),
    ("ke-hoach.pdf", b"\xff\xd8\xff\xe0\0\x10JFIF" + b"\0" * 200, ("ảnh", "OCR")),
    ("ke-hoach.pdf", b"\0" * 4096, ("byte 0", "tải lại")),
    ("ke-hoach.txt", b"\0" * 4096, ("byte 0", "tải lại")),
    ("ke-hoach.txt", b" \r\n\t\r\n  ", ("khoảng trắng",)),
    ("danh-muc.xlsx", "STT;Nhiệm vụ;Chủ trì\n1;Số hóa hồ sơ;Sở Nội vụ\n2;Ký số;VP UBND\n"
                      .encode(), ("CSV", "Lưu thành .xlsx")),
    ("ke-hoach.docx", "KẾ HOẠCH\nChuyển đổi số năm 2025\nI. NHIỆM VỤ\n- Số hóa hồ sơ.\n"
                      .encode(), ("văn bản thuần", ".txt")),
    ("ke-hoach.docx", b"", ("rỗng",)),
    ("ke-hoach.pdf", b"", ("rỗng",)),
    ("ke-hoach.xlsx", b"", ("rỗng",)),
], ids=["doc", "xls", "xls-as-docx", "encrypted-docx", "encrypted-xlsx", "zip-of-files",
        "odt", "html-error-page", "html-login-page", "word-web-page", "mht", "word-2003-xml",
        "rtf", "pdf-as-docx", "png-as-pdf", "jpeg-as-pdf", "zeros-pdf", "zeros-txt",
        "blank-txt", "csv-as-xlsx", "text-as-docx", "empty-docx", "empty-pdf", "empty-xlsx"])
def test_wrong_kind_of_file_under_a_plans_name(tmp_path, name, data, needles):
    message = refused(write(tmp_path, name, data))
    for needle in needles:
        assert needle in message, message


def test_office_file_of_the_other_kind_and_word_file_named_pdf(tmp_path):
    docx = make_docx(tmp_path / "d.docx", [P("KẾ HOẠCH"), P("I. NHIỆM VỤ"), P("- Làm A.")])
    message = refused(write(tmp_path, "ke-hoach.pdf", docx.read_bytes()))
    assert "Word" in message and ".docx" in message
    xlsx = make_xlsx(tmp_path / "x.xlsx", [["STT", "Nhiệm vụ"], [1, "Làm A"]])
    message = refused(write(tmp_path, "ke-hoach.pdf", xlsx.read_bytes()))
    assert "Excel" in message and ".xlsx" in message


# ------------------------------------------------------------------------- scans

needs_font = pytest.mark.skipif(vietnamese_ttf() is None,
                                reason="no TrueType font with Vietnamese letters")


def _scan(path, pages: int, stamp: list[str], every_page: bool, text_layer: list[str] = ()):
    """Pages that are an image (a scan), with a stamp of a little text (the scanning app's
    name, or the digital signature's details) and, for an OCR'd scan, a text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", vietnamese_ttf()))
    c = canvas.Canvas(str(path))
    for page in range(pages):
        png = io.BytesIO()
        Image.new("L", (300, 420), 255).save(png, format="PNG")
        png.seek(0)
        c.drawImage(ImageReader(png), 0, 0, 595, 842)
        if page == 0 or every_page:
            c.setFont("VN", 8)
            for k, line in enumerate(stamp):
                c.drawString(380, 70 - 10 * k, line)
        if text_layer:
            text = c.beginText(85, 770)
            text.setTextRenderMode(3)  # invisible: OCR text under the image
            text.setFont("VN", 13)
            for line in text_layer:
                text.textLine(line)
            c.drawText(text)
        c.showPage()
    c.save()
    return path


SIGNED = ["Ký bởi: Ủy ban nhân dân tỉnh Lâm Đồng", "Email: ubnd@lamdong.gov.vn",
          "Cơ quan: Tỉnh Lâm Đồng", "Thời gian ký: 15.01.2025 08:30:00 +07:00"]


@needs_font
@pytest.mark.parametrize("pages", [1, 3, 12])
@pytest.mark.parametrize("stamp,every_page", [(["Scanned with CamScanner"], True),
                                              (SIGNED, False)], ids=["camscanner", "signed"])
def test_scan_with_a_little_text_on_its_pages_is_refused_as_a_scan(tmp_path, pages, stamp,
                                                                   every_page):
    pytest.importorskip("PIL")
    message = refused(_scan(tmp_path / "scan.pdf", pages, stamp, every_page))
    assert "ảnh quét" in message and "OCR" in message and "Word" in message


@needs_font
def test_ocr_scan_with_a_text_layer_is_read(tmp_path):
    pytest.importorskip("PIL")
    layer = ["KẾ HOẠCH", "Chuyển đổi số tỉnh Lâm Đồng năm 2025", "I. NHIỆM VỤ",
             "- Triển khai nền tảng số dùng chung của tỉnh cho các cơ quan, đơn vị.",
             "- Số hóa hồ sơ thủ tục hành chính còn hiệu lực của các sở, ngành.",
             "II. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện./."]
    path = _scan(tmp_path / "ocr.pdf", 1, SIGNED, False, text_layer=layer)
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == [layer[3][2:], layer[4][2:]]
