"""Words of Vietnamese administrative documents the parser recognises (folded: no
diacritics, lower case, so ``fold(text)`` is compared with them)."""

from __future__ import annotations

import re

from dxdesk.text import fold

__all__ = ["DOC_TYPES", "doc_type_of", "heading_kind", "is_national_title", "is_motto",
           "is_signer_title", "is_signature_note", "is_recipients_label", "ORG_WORDS",
           "PLACE_WORDS"]

DOC_TYPES = {
    "ke hoach": "KẾ HOẠCH", "quyet dinh": "QUYẾT ĐỊNH", "nghi quyet": "NGHỊ QUYẾT",
    "de an": "ĐỀ ÁN", "bao cao": "BÁO CÁO", "chuong trinh": "CHƯƠNG TRÌNH",
    "chuong trinh hanh dong": "CHƯƠNG TRÌNH HÀNH ĐỘNG", "chi thi": "CHỈ THỊ",
    "huong dan": "HƯỚNG DẪN", "thong bao": "THÔNG BÁO", "to trinh": "TỜ TRÌNH",
    "cong van": "CÔNG VĂN", "phuong an": "PHƯƠNG ÁN", "du an": "DỰ ÁN", "ket luan": "KẾT LUẬN",
    "chien luoc": "CHIẾN LƯỢC", "quy che": "QUY CHẾ", "quy dinh": "QUY ĐỊNH",
}


def doc_type_of(text: str) -> str | None:
    """The document type a caps line names (``KẾ HOẠCH``), or None."""
    key = fold(text).strip(" :.")
    return DOC_TYPES.get(key)


# Heading kinds by the words of the heading, tried in this order; the earliest match in
# the title wins, so "QUAN ĐIỂM, MỤC TIÊU" is objectives and "MỤC TIÊU, NHIỆM VỤ" too.
_KIND_WORDS = (
    ("organization", ("to chuc thuc hien", "trach nhiem thuc hien", "phan cong nhiem vu",
                      "phan cong thuc hien", "to chuc trien khai")),
    ("bases", ("can cu",)),
    ("funding", ("kinh phi", "nguon von", "nguon kinh phi", "du toan kinh phi",
                 "nguon luc thuc hien")),
    ("situation", ("thuc trang", "danh gia", "tinh hinh", "ket qua thuc hien", "ket qua dat duoc",
                   "hien trang", "boi canh", "su can thiet")),
    ("objectives", ("muc tieu", "chi tieu", "muc dich")),
    ("tasks", ("nhiem vu", "noi dung thuc hien", "noi dung ke hoach", "noi dung chu yeu",
               "noi dung trien khai", "noi dung", "cac hoat dong", "hoat dong trong tam",
               "danh muc nhiem vu")),
    ("solutions", ("giai phap",)),
)
_KIND_RES = [(kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"))
             for kind, words in _KIND_WORDS]


def heading_kind(title: str) -> str | None:
    """The kind a heading's own words give it, or None."""
    key = fold(title)
    words = key.split()
    if len(words) > 14:
        key = " ".join(words[:8])
    best: tuple[int, int, str] | None = None
    for order, (kind, regex) in enumerate(_KIND_RES):
        m = regex.search(key)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, kind)
    if best is None:
        return None
    if best[2] == "organization" and best[0] > 0 and not key.startswith(("cac ", "viec ")):
        # "Nâng cao năng lực tổ chức thực hiện ...": only a heading that starts so.
        return None
    if best[2] == "tasks" and key[best[0]:].startswith("noi dung") and \
            len(key[:best[0]].split()) > 2:
        # "Phê duyệt Đề án … với các nội dung sau": "nội dung" names a section's tasks only
        # at its start ("NỘI DUNG THỰC HIỆN", "Các nội dung trọng tâm").
        return _kind_after(key, best[0] + len("noi dung"))
    return best[2]


def _kind_after(key: str, start: int) -> str | None:
    """The kind named first in ``key`` after position ``start``, or None."""
    best: tuple[int, int, str] | None = None
    for order, (kind, regex) in enumerate(_KIND_RES):
        m = regex.search(key, start)
        if m and kind != "organization" and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, kind)
    return best[2] if best else None


def is_national_title(text: str) -> bool:
    key = fold(text)
    return key.startswith(("cong hoa xa hoi chu nghia viet nam", "dang cong san viet nam",
                           "cong hoa xhcn viet nam"))


def is_motto(text: str) -> bool:
    key = fold(text).replace(" ", "")
    return key.startswith("doclap-tudo-hanhphuc") or key.startswith("doclap–tudo–hanhphuc") \
        or key.startswith("doclaptudohanhphuc")


_SIGNER_PREFIX_RE = re.compile(r"^(?:t\.?\s?m|t/m|kt|q|tl|tuq)(?:\s*[.:/]\s*|\s+)\S", re.IGNORECASE)
_SIGNER_TITLES = (
    "chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong phong", "pho truong phong",
    "truong ban", "pho truong ban", "bi thu", "pho bi thu", "chanh van phong",
    "pho chanh van phong", "thu truong", "bo truong", "thu tuong", "pho thu tuong",
    "chi cuc truong",
    "vien truong", "hieu truong", "tong giam doc", "uy vien", "chanh an", "vien truong",
    "nguoi ky", "truong khoa", "thu ky", "trung doan truong", "chu nhiem", "pho chu nhiem",
)


def is_signer_title(text: str) -> bool:
    """An authority line of a signature block (``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``,
    ``PHÓ CHỦ TỊCH``)."""
    t = text.strip()
    if not t or len(t) > 90 or not t[0].isupper():
        return False
    letters = [c for c in t if c.isalpha()]
    if not letters:
        return False
    upper = sum(1 for c in letters if c.isupper()) / len(letters)
    if _SIGNER_PREFIX_RE.match(t) and upper > 0.6:
        return True
    if upper < 0.9:
        return False
    key = fold(t)
    return any(key == w or key.startswith(w + " ") for w in _SIGNER_TITLES)


_SIGNATURE_NOTE_RE = re.compile(
    r"^[\[(]?\s*(?:da ky|ky|ky ten|ky, ghi ro ho ten|ky ten, dong dau|chu ky|da ky va dong dau"
    r"|ky so|ky, dong dau)[^)\]]{0,40}[)\]]?\s*$")


def is_signature_note(text: str) -> bool:
    """``(Đã ký)``, ``[Chữ ký]``, ``(Ký tên, đóng dấu)`` ..."""
    return bool(_SIGNATURE_NOTE_RE.match(fold(text)))


def is_recipients_label(text: str) -> bool:
    return fold(text).startswith(("noi nhan", "noi gui"))


ORG_WORDS = (
    "uy ban", "ubnd", "hoi dong", "hdnd", "so ", "phong ", "ban ", "bo ", "tinh uy", "huyen uy",
    "thanh uy", "thi uy", "quan uy", "dang uy", "dang bo", "ban chap hanh", "van phong",
    "trung tam", "cuc ", "chi cuc", "toa an", "vien ", "cong an", "bo chi huy", "mat tran",
    "lien doan", "doan ", "hoi ", "tong cong ty", "cong ty", "truong ", "benh vien", "kho bac",
    "chi nhanh", "bao hiem", "thanh tra", "bcd", "ban chi dao", "to cong tac", "ubmttq",
    "uy ban mat tran",
)
PLACE_WORDS = ("tinh ", "huyen ", "thanh pho ", "thi xa ", "quan ", "xa ", "phuong ",
               "thi tran ", "tp ", "tp. ")
