"""Numbers, units, years and dates as Vietnamese administrative documents write them.

``1.079`` is one thousand and seventy-nine (the dot groups thousands), ``10,7`` is ten
point seven (the comma is the decimal mark), ``15-20%`` states 15 first. Numbers that are
not quantities are skipped: years (``năm 2025``), dates and document numbers
(``03/6/2020``, ``45/2020/NĐ-CP``), parts of names (``4G``, ``IPv6``) and ordinals
(``mức độ 4``, ``Điều 5``).
"""

from __future__ import annotations

import datetime as dt
import re

from dxdesk.text import clean, fold

__all__ = ["first_quantity", "horizon_year", "period_end_year", "iso_date", "parse_deadline",
           "document_date"]

# A number: thousands grouped by dots, or plain digits, with an optional decimal part.
_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")
_RANGE_TAIL_RE = re.compile(r"\s*(?:-|–|—|đến|tới|÷|~)\s*\d+(?:[.,]\d+)?\s*")
_PERCENT_RE = re.compile(r"\s*(%|phần trăm)")

# Words that, just before a number, make it an ordinal or a reference, not a quantity.
_ORDINAL_BEFORE = (
    "muc do", "cap do", "so", "thu", "khoan", "dieu", "chuong", "phien ban", "phu luc",
    "nam", "quy", "thang", "ngay", "giai doan", "version", "lan thu",
)

# Units written after a number, longest first where one is a prefix of another.
_UNITS = (
    "điểm truy cập", "doanh nghiệp công nghệ số", "doanh nghiệp", "hợp tác xã", "tài khoản",
    "thuê bao", "hộ gia đình", "người dân", "người", "hộ", "học viên", "học sinh", "cán bộ",
    "công chức", "viên chức", "lượt truy cập", "lượt", "thủ tục", "hồ sơ", "dịch vụ",
    "nền tảng", "cơ sở dữ liệu", "cơ sở", "cơ quan", "đơn vị", "xã", "phường", "thị trấn",
    "thôn", "tổ", "huyện", "trường", "bệnh viện", "trạm", "điểm", "lớp", "khóa", "buổi",
    "mô hình", "sản phẩm", "ứng dụng", "hệ thống", "camera", "máy", "bộ", "km", "ha", "m2",
    "mbps", "gbps", "tb", "gb", "triệu đồng", "tỷ đồng", "nghìn đồng", "đồng", "triệu",
    "tỷ", "nghìn", "ngàn", "bậc", "hạng", "tháng", "ngày", "năm", "lần", "giờ", "phút",
    "trang", "văn bản", "chương trình", "đề án", "dự án", "kế hoạch", "website", "cổng",
    "chữ ký số", "chứng thư số", "tổ công nghệ số", "câu lạc bộ",
)
_UNIT_KEYS = sorted(((fold(u), u) for u in _UNITS), key=lambda p: -len(p[0]))
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_NOT_UNIT_WORDS = {
    "tro", "len", "va", "den", "cua", "tren", "tai", "doi", "so", "voi", "trong", "cac", "nhung",
    "moi", "duoc", "co", "la", "de", "thi", "nhu", "hoac", "theo", "tu", "ve", "o", "khi",
    "nhat", "tro len", "muc", "cap", "toi", "nua", "da", "se",
}


def _to_number(token: str) -> float | int:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        token = token.replace(".", "").replace(",", ".")
    else:
        token = token.replace(",", ".")
    value = float(token)
    return int(value) if value.is_integer() else value


def _clean_value(value: float | int) -> float | int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _is_quantity(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "/_@#" or (before in ".,-" and start > 1
                                                 and text[start - 2].isalnum()):
        return False
    if after in "/_" or (after.isalpha() and after.isupper()):
        return False
    if after == "-" and end + 1 < len(text) and text[end + 1].isalpha():
        return False  # 52-NQ/TW
    token = text[start:end]
    digits = token.replace(".", "").replace(",", "")
    if len(digits) == 4 and digits[:2] in ("19", "20") and "." not in token and "," not in token:
        tail = text[end:end + 3]
        if "%" not in tail:
            return False  # a year
    head = fold(text[max(0, start - 14):start]).rstrip()
    for word in _ORDINAL_BEFORE:
        if head == word or head.endswith(" " + word):
            return False
    return True


def first_quantity(text: str) -> tuple[float | int, str | None] | None:
    """The first number ``text`` states as a quantity, and its unit (``%`` or the noun
    that follows), or None when it states none."""
    for match in _NUMBER_RE.finditer(text):
        start, end = match.span()
        if not _is_quantity(text, start, end):
            continue
        value = _clean_value(_to_number(match.group()))
        rest = text[end:end + 60]
        range_tail = _RANGE_TAIL_RE.match(rest)
        if range_tail:
            rest = rest[range_tail.end():]
        percent = _PERCENT_RE.match(rest)
        if percent:
            return value, "%"
        return value, _unit_after(rest)
    return None


def _unit_after(rest: str) -> str | None:
    rest = rest.lstrip()
    if not rest or not rest[0].isalpha():
        return None
    key = fold(rest[:40])
    for folded, unit in _UNIT_KEYS:
        if key.startswith(folded) and (len(key) == len(folded) or not key[len(folded)].isalnum()):
            return unit
    word = _WORD_RE.match(rest)
    if not word:
        return None
    w = word.group()
    if fold(w) in _NOT_UNIT_WORDS or w[0].isupper():
        return None
    return w


_HORIZON_RES = (
    re.compile(r"\bgiai doan\s*(?:tu\s*)?(?:nam\s*)?(?:19|20)\d\d\s*(?:-|–|—|den)\s*(?:nam\s*)?"
               r"((?:19|20)\d\d)\b"),
    re.compile(r"\b(?:den|toi|truoc|het|vao|cuoi|trong|dat duoc vao)\s+(?:het\s+|cuoi\s+)?"
               r"(?:nam\s+)?((?:19|20)\d\d)\b"),
    re.compile(r"(?<!thang )(?<!thang \d )(?<!thang \d\d )\bnam\s+((?:19|20)\d\d)\b"),
)


def horizon_year(text: str) -> int | None:
    """The year a heading, lead-in or item sets its targets for (``đến năm 2025``,
    ``năm 2023``, ``giai đoạn 2021-2025`` → 2025), or None."""
    key = fold(text)
    if not any(ch.isdigit() for ch in key):
        return None
    best: tuple[int, int] | None = None
    for pattern in _HORIZON_RES:
        m = pattern.search(key)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), int(m.group(1)))
    return best[1] if best else None


def period_end_year(text: str) -> int | None:
    """For a document title: the end of its period (``giai đoạn 2021-2025`` → 2025), else
    the first year it names with ``năm``/``đến năm``."""
    key = fold(text)
    m = _HORIZON_RES[0].search(key)
    if m:
        return int(m.group(1))
    return horizon_year(text)


def iso_date(day: int, month: int, year: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_of(m: re.Match | None) -> str | None:
    """The ISO date of a day, month, year match (groups 1 to 3), None for no match or no
    such day."""
    if m is None:
        return None
    return iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


_DMY_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
# What may come before the day of a deadline: "Trước 30/6/2024", "Hoàn thành trước ngày
# 30/6/2024", "Chậm nhất ngày 15/11/2024", "Ngày 15/11/2024", "Từ 01/3/2024 đến
# 30/6/2024" (the last day named).
DEADLINE_LEAD = (
    r"^(?:(?:tu\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*)?(?:-|–|den)\s*|"
    r"(?:hoan thanh\s+|thuc hien\s+)?(?:truoc|cham nhat|han|han chot|den|trong|vao|"
    r"hoan thanh|ket thuc)\s+)?(?:ngay\s+)?")
_DATE_BY_RE = re.compile(
    DEADLINE_LEAD + r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*[.;]?$")
# "30 tháng 6 năm 2024", "Trước ngày 30 tháng 6 năm 2024".
_WRITTEN_DATE_RE = re.compile(
    DEADLINE_LEAD + r"(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:nam\s+|/\s*)(\d{4})\s*[.;]?$")


def parse_deadline(value: object) -> str | None:
    """A deadline cell: ISO ``YYYY-MM-DD`` for a date or a written date (``30/6/2024``),
    otherwise the text as written (``Quý III/2024``, ``Thường xuyên``), None when empty."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = clean(str(value))
    if not text:
        return None
    key = fold(text)
    iso = _iso_of(_DMY_RE.match(text)) or _iso_of(_WRITTEN_DATE_RE.match(key)) or \
        _iso_of(_DATE_BY_RE.match(key))
    return iso or text.rstrip(" ;.") or None


_DOC_DATE_RE = re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b")


_DOC_DATE_SHORT_RE = re.compile(r"\bngay\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\b")


def document_date(line: str) -> str | None:
    """The ISO date of a place-and-date line (``Ba Tơ, ngày 05 tháng 02 năm 2023``,
    ``Ba Tơ, ngày 05/02/2023``)."""
    key = fold(line)
    return _iso_of(_DOC_DATE_RE.search(key) or _DOC_DATE_SHORT_RE.search(key))
