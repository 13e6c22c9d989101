"""Checks made before a file is parsed: size, format, encryption, zip and XML bombs.

Each failed check raises :class:`ImportRefused` with one Vietnamese sentence that says
what to do. The input file is only ever read.
"""

from __future__ import annotations

import io
import zipfile

from dxdesk.importing.errors import ImportRefused
from dxdesk.importing.file_kinds import identify, mismatch_message

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_EXTENSIONS", "check_extension", "check_size",
           "sniff", "check_zip", "check_xml_prolog", "utf16_without_bom"]

MAX_FILE_BYTES = 50 * 1024 * 1024
SUPPORTED_EXTENSIONS = (".docx", ".pdf", ".txt", ".md", ".xlsx")

# Limits on Office (zip) packages, checked before any library opens them.
MAX_ZIP_MEMBERS = 5_000
MAX_ZIP_TOTAL = 250 * 1024 * 1024  # uncompressed bytes of all members
MAX_XML_MEMBER = 40 * 1024 * 1024  # uncompressed bytes of one XML part (a 40-page plan: ~2 MB)
MAX_RATIO = 200  # compression ratio of a large member

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

_LEGACY = {
    ".doc": "Tệp .doc là định dạng Word cũ: hãy mở tệp bằng Word hoặc LibreOffice, lưu lại "
            "thành .docx rồi nhập tệp .docx đó.",
    ".xls": "Tệp .xls là định dạng Excel cũ: hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại "
            "thành .xlsx rồi nhập tệp .xlsx đó.",
    ".docm": "Tệp .docm có chứa macro nên không được nhận: hãy lưu lại thành .docx (không "
             "macro) rồi nhập tệp .docx đó.",
    ".xlsm": "Tệp .xlsm có chứa macro nên không được nhận: hãy lưu lại thành .xlsx (không "
             "macro) rồi nhập tệp .xlsx đó.",
    ".dotx": "Tệp .dotx là mẫu Word: hãy tạo văn bản từ mẫu, lưu thành .docx rồi nhập tệp đó.",
    ".dotm": "Tệp .dotm là mẫu Word có macro: hãy lưu văn bản thành .docx rồi nhập tệp đó.",
    ".xlsb": "Tệp .xlsb là định dạng Excel nhị phân: hãy lưu lại thành .xlsx rồi nhập tệp đó.",
    ".rtf": "Tệp .rtf chưa được hỗ trợ: hãy mở bằng Word hoặc LibreOffice, lưu thành .docx "
            "rồi nhập tệp .docx đó.",
    ".odt": "Tệp .odt chưa được hỗ trợ: hãy mở bằng LibreOffice, lưu thành .docx rồi nhập "
            "tệp .docx đó.",
    ".ods": "Tệp .ods chưa được hỗ trợ: hãy mở bằng LibreOffice, lưu thành .xlsx rồi nhập "
            "tệp .xlsx đó.",
}

# An Office package's own folder, the other kind's folder, and what to say when a package
# of the other kind has this one's extension.
_PACKAGE_PARTS = {
    ".docx": ("word/", "xl/", "Tệp này là bảng tính Excel đặt tên .docx: hãy đổi phần mở "
                              "rộng thành .xlsx rồi nhập lại."),
    ".xlsx": ("xl/", "word/", "Tệp này là văn bản Word đặt tên .xlsx: hãy đổi phần mở rộng "
                              "thành .docx rồi nhập lại."),
}


# Kinds of content a text file (.txt/.md) cannot be: each is named in the refusal.
_BINARY_KINDS = frozenset({"doc", "xls", "encrypted", "ole", "docx", "xlsx", "pptx", "odt",
                           "ods", "zip", "pdf", "image", "zeros", "rtf"})


def check_extension(suffix: str) -> str:
    """The lower-case extension if supported; refuses legacy, macro and unknown ones."""
    ext = suffix.lower()
    if ext in SUPPORTED_EXTENSIONS:
        return ext
    if ext in _LEGACY:
        raise ImportRefused(_LEGACY[ext])
    shown = ext or "(không có phần mở rộng)"
    raise ImportRefused(
        f"Không đọc được loại tệp {shown}: hãy chọn tệp .docx, .pdf, .xlsx, .txt hoặc .md.")


def check_size(size: int) -> None:
    if size == 0:
        raise ImportRefused("Tệp rỗng, không có nội dung: hãy kiểm tra lại tệp hoặc xin bản khác.")
    if size > MAX_FILE_BYTES:
        mb = size / (1024 * 1024)
        raise ImportRefused(
            f"Tệp quá lớn ({mb:.0f} MB, tối đa 50 MB): hãy xin bản không kèm hình ảnh, "
            "hoặc chỉ lấy phần kế hoạch và phụ lục.")


def sniff(data: bytes, ext: str) -> None:
    """Refuse a file whose content does not match its extension."""
    if ext in (".docx", ".xlsx", ".pdf") or identify(data) in _BINARY_KINDS:
        message = mismatch_message(data, ext)
        if message:
            raise ImportRefused(message)
    head = data[:8]
    if ext in (".docx", ".xlsx"):
        if head.startswith(_OLE_MAGIC):
            if any(marker in data for marker in _ENCRYPTION_MARKERS):
                kind = "Word" if ext == ".docx" else "Excel"
                raise ImportRefused(
                    f"Tệp {kind} này được đặt mật khẩu: hãy mở bằng {kind}, gỡ mật khẩu, "
                    "lưu lại rồi nhập lại.")
            real = ".doc" if ext == ".docx" else ".xls"
            raise ImportRefused(_LEGACY[real])
        if not head.startswith(b"PK"):
            kind = "Word (.docx)" if ext == ".docx" else "Excel (.xlsx)"
            raise ImportRefused(
                f"Tệp này không phải tệp {kind} hợp lệ (có thể bị hỏng hoặc đặt sai phần mở "
                "rộng): hãy mở và lưu lại bằng Word/Excel, hoặc xin bản khác.")
    elif ext == ".pdf":
        if b"%PDF" not in data[:1024]:
            raise ImportRefused(
                "Tệp này không phải tệp PDF hợp lệ (có thể bị hỏng hoặc đặt sai phần mở rộng): "
                "hãy xin bản khác.")
    elif ext in (".txt", ".md"):
        if data[:64].lstrip()[:5] == b"{\\rtf":
            raise ImportRefused(_LEGACY[".rtf"])
        if head.startswith(b"PK") or head.startswith(_OLE_MAGIC) or head.startswith(b"%PDF"):
            raise ImportRefused(
                "Tệp có phần mở rộng .txt/.md nhưng không phải văn bản thuần: hãy đổi lại đúng "
                "phần mở rộng (.docx, .xlsx, .pdf) rồi nhập lại.")
        if not data.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00"):
            raise ImportRefused("Tệp chỉ có khoảng trắng, không có nội dung: hãy kiểm tra lại "
                                "tệp hoặc xin bản khác.")
        sample = data[:8192]
        if utf16_without_bom(sample) or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
            return
        controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
        if controls > len(sample) // 20:
            raise ImportRefused(
                "Tệp không phải văn bản thuần (có dữ liệu nhị phân): hãy chọn tệp .txt được "
                "lưu từ Word hoặc Notepad.")


def utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text saved without a byte-order mark."""
    if len(sample) < 64:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def check_zip(data: bytes, ext: str) -> zipfile.ZipFile:
    """Open an Office package after checking it is not a zip bomb; refuses corrupt ones."""
    kind = "Word (.docx)" if ext == ".docx" else "Excel (.xlsx)"
    corrupt = ImportRefused(
        f"Tệp {kind} này bị hỏng, không mở được: hãy mở và lưu lại bằng Word/Excel, hoặc xin "
        "bản khác.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise corrupt from None
    bomb = ImportRefused(
        f"Tệp {kind} này có cấu trúc bất thường (quá nhiều phần hoặc dung lượng giải nén quá "
        "lớn) nên không được mở: hãy mở và lưu lại bằng Word/Excel, hoặc xin bản khác.")
    if len(infos) > MAX_ZIP_MEMBERS:
        raise bomb
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_XML_MEMBER and info.filename.lower().endswith((".xml", ".rels")):
            raise bomb
        if info.file_size > 10 * 1024 * 1024 and info.compress_size and \
                info.file_size / info.compress_size > MAX_RATIO:
            raise bomb
    if total > MAX_ZIP_TOTAL:
        raise bomb
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        raise corrupt
    if ext in _PACKAGE_PARTS:
        folder, other_folder, misnamed = _PACKAGE_PARTS[ext]
        if not any(n.startswith(folder) for n in names):
            if any(n.startswith(other_folder) for n in names):
                raise ImportRefused(misnamed)
            raise corrupt
    for info in infos:
        if info.filename.lower().endswith(".bin") and "vbaproject" in info.filename.lower():
            raise ImportRefused(_LEGACY[".docm" if ext == ".docx" else ".xlsm"])
    return archive


def check_xml_prolog(archive: zipfile.ZipFile, ext: str) -> None:
    """Refuse XML parts that declare a DTD or entities (billion laughs, external entities).

    Office XML never has a DTD; one must come before the root element, so each part is
    parsed safely (defusedxml) only until its root element starts.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    kind = "Word (.docx)" if ext == ".docx" else "Excel (.xlsx)"
    for info in archive.infolist():
        name = info.filename.lower()
        if not name.endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(info) as stream:
                for _event, _elem in iterparse(stream, events=("start",), forbid_dtd=True,
                                               forbid_entities=True, forbid_external=True):
                    break
        except DefusedXmlException:
            raise ImportRefused(
                f"Tệp {kind} này chứa khai báo XML bất thường (có thể gây hại) nên không được "
                "mở: hãy mở và lưu lại bằng Word/Excel, hoặc xin bản khác.") from None
        except Exception:
            raise ImportRefused(
                f"Tệp {kind} này bị hỏng, không mở được: hãy mở và lưu lại bằng Word/Excel, "
                "hoặc xin bản khác.") from None
