"""What a file really is, when its content does not match its extension.

Officers are sent files under a plan's name that are something else: a Word 97-2003
``.doc`` or Excel ``.xls`` renamed ``.docx``/``.xlsx``, a password-protected Office file
(an OLE2 container holding an ``EncryptedPackage``), a zip of attachments, an OpenDocument
file, a web page (HTML/MHT) saved by a browser when a download failed, an RTF or Word
2003 XML file, a PDF, an image, a CSV or plain text under another extension, or a file
of zero bytes. Each
gets one Vietnamese sentence: what the file is, and what to do.
"""

from __future__ import annotations

import io
import re
import zipfile

__all__ = ["identify", "mismatch_message"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"),
                       "EncryptedPackage".encode("utf-16-le"))
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_EXCEL_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
_HTML_RE = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html|"
                      rb"<!--|<meta|<title|<script)", re.IGNORECASE)
_WORD_XML_RE = re.compile(rb"<\?mso-application\s+progid=\"Word\.Document\"|<w:wordDocument",
                          re.IGNORECASE)
_EXCEL_XML_RE = re.compile(rb"<\?mso-application\s+progid=\"Excel\.Sheet\"|<ss:Workbook|"
                           rb"urn:schemas-microsoft-com:office:spreadsheet", re.IGNORECASE)

_NAMES = {
    ".docx": "văn bản Word (.docx)", ".xlsx": "bảng tính Excel (.xlsx)", ".pdf": "tệp PDF",
    ".txt": "tệp văn bản", ".md": "tệp văn bản",
}


def _ole_kind(data: bytes) -> str:
    if any(marker in data for marker in _ENCRYPTION_MARKERS):
        return "encrypted"
    if _WORD_STREAM in data:
        return "doc"
    if any(marker in data for marker in _EXCEL_STREAMS):
        return "xls"
    return "ole"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()[:5000]
            if "mimetype" in names:
                mime = archive.read("mimetype")[:100]
                if b"opendocument.text" in mime:
                    return "odt"
                if b"opendocument.spreadsheet" in mime:
                    return "ods"
    except Exception:
        return "zip-broken"
    if "[Content_Types].xml" in names:
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("ppt/") for n in names):
            return "pptx"
        return "zip-broken"
    if any(n.startswith(("word/", "xl/")) for n in names):
        return "zip-broken"  # an Office package without its table of contents: damaged
    return "zip"


def identify(data: bytes) -> str | None:
    """The kind of content: ``doc``, ``xls``, ``encrypted``, ``ole``, ``docx``, ``xlsx``,
    ``pptx``, ``odt``, ``ods``, ``zip``, ``zip-broken``, ``pdf``, ``html``, ``mht``,
    ``rtf``, ``word-xml``, ``excel-xml``, ``image``, ``zeros``, ``csv``, ``text``; None
    for anything else."""
    head = data[:1024]
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if b"%PDF" in head:
        return "pdf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")):
        return "image"
    if _WORD_XML_RE.search(head):
        return "word-xml"
    if _EXCEL_XML_RE.search(head):
        return "excel-xml"
    if re.match(rb"(?i)^\s*(?:MIME-Version:|From: <Saved by)", stripped) and \
            b"multipart/related" in data[:4096].lower():
        return "mht"
    if _HTML_RE.match(stripped):
        return "html"
    if data and not data.strip(b"\x00"):
        return "zeros"
    if _plain_text(data[:4096]):
        lines = [ln for ln in data[:4096].splitlines() if ln.strip()][:20]
        delimited = sum(1 for ln in lines if ln.count(b",") + ln.count(b";") + ln.count(b"\t")
                        >= 2)
        return "csv" if len(lines) >= 2 and delimited >= 0.8 * len(lines) else "text"
    return None


def _plain_text(sample: bytes) -> bool:
    """Text in UTF-8 (or a one-byte code page): no NUL, nearly no control bytes."""
    if not sample or b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls <= len(sample) // 100


# The kinds whose message needs only the extension given (``{ext}``) and the name of what
# it should have been (``{named}``).
_MESSAGES = {
    "doc": ("Tệp này là văn bản Word cũ (.doc) đặt tên {ext}: hãy mở bằng Word hoặc "
            "LibreOffice, Lưu thành .docx rồi nhập tệp .docx đó."),
    "xls": ("Tệp này là bảng tính Excel cũ (.xls) đặt tên {ext}: hãy mở bằng Excel hoặc "
            "LibreOffice, Lưu thành .xlsx rồi nhập tệp .xlsx đó."),
    "ole": ("Tệp này là tệp Office định dạng cũ, không phải {named}: hãy mở bằng Word "
            "hoặc Excel, Lưu thành .docx hoặc .xlsx rồi nhập lại."),
    "docx": ("Tệp này là văn bản Word đặt tên {ext}: hãy đổi phần mở rộng thành .docx rồi "
             "nhập lại."),
    "xlsx": ("Tệp này là bảng tính Excel đặt tên {ext}: hãy đổi phần mở rộng thành .xlsx "
             "rồi nhập lại."),
    "pptx": ("Tệp này là bản trình chiếu PowerPoint, không phải kế hoạch: hãy chọn tệp "
             ".docx, .pdf hoặc .xlsx của kế hoạch."),
    "zip": ("Tệp này là tệp nén (.zip) chứa các tệp khác, không phải {named}: hãy giải "
            "nén rồi chọn tệp kế hoạch (.docx, .pdf hoặc .xlsx) ở bên trong."),
    "pdf": "Tệp này là tệp PDF đặt tên {ext}: hãy đổi phần mở rộng thành .pdf rồi nhập lại.",
    "rtf": ("Tệp này là tệp RTF đặt tên {ext}: hãy mở bằng Word hoặc LibreOffice, Lưu "
            "thành .docx rồi nhập tệp .docx đó."),
    "word-xml": ("Tệp này là văn bản Word dạng XML 2003, không phải .docx: hãy mở bằng Word, "
                 "Lưu thành .docx rồi nhập lại."),
    "excel-xml": ("Tệp này là bảng tính Excel dạng XML 2003, không phải .xlsx: hãy mở bằng "
                  "Excel, Lưu thành .xlsx rồi nhập lại."),
    "image": ("Tệp này là một ảnh, không phải {named}: nếu là ảnh chụp hay bản quét kế "
              "hoạch, hãy xin bản Word (.docx) hoặc chạy nhận dạng chữ (OCR) trước."),
    "zeros": ("Tệp không có nội dung (toàn byte 0, thường do chép hoặc tải về bị lỗi): hãy "
              "chép hoặc tải lại tệp, hoặc xin bản khác."),
}


def mismatch_message(data: bytes, ext: str) -> str | None:
    """A message for a file whose content is of another kind than ``ext`` says, or None
    when the content may be what the extension says (or is not recognised)."""
    kind = identify(data)
    named = _NAMES.get(ext, "tệp")
    if kind is None or kind == ext.lstrip("."):
        return None
    if kind in _MESSAGES:
        return _MESSAGES[kind].format(ext=ext, named=named)
    if kind == "encrypted":
        app = "Excel" if ext == ".xlsx" else "Word"
        return (f"Tệp {app} này được đặt mật khẩu (đã mã hóa) nên không đọc được: hãy mở bằng "
                f"{app}, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ > bỏ mật khẩu), lưu lại rồi "
                "nhập lại.")
    if kind in ("odt", "ods"):
        target = ".docx" if kind == "odt" else ".xlsx"
        return (f"Tệp này là tệp OpenDocument (.{kind}) đặt tên {ext}: hãy mở bằng LibreOffice, "
                f"Lưu thành {target} rồi nhập tệp đó.")
    if kind in ("html", "mht"):
        if ext == ".pdf":
            return ("Tệp này là một trang web (HTML), không phải tệp PDF (thường do tải tệp về "
                    "bị lỗi hoặc phải đăng nhập): hãy tải lại tệp từ trang gốc hoặc xin bản "
                    "khác.")
        return (f"Tệp này là một trang web (HTML), không phải {named}: nếu là văn bản lưu từ "
                "Word, hãy mở bằng Word rồi Lưu thành .docx; nếu tải từ mạng, hãy tải lại tệp.")
    if kind == "csv" and ext == ".xlsx":
        return ("Tệp này là bảng dạng văn bản (CSV) đặt tên .xlsx: hãy mở bằng Excel, Lưu "
                "thành .xlsx (Excel Workbook) rồi nhập lại.")
    if kind in ("csv", "text") and ext in (".docx", ".xlsx", ".pdf"):
        return (f"Tệp này là văn bản thuần, không phải {named}: hãy đổi phần mở rộng thành "
                ".txt rồi nhập lại, hoặc xin bản .docx của kế hoạch.")
    return None
