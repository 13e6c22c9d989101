"""The district's settings (Qt-free): its profile — the names printed on every document.

One function per user action, one transaction each, one audit entry each. Every string is
cleaned (:func:`dxdesk.text.clean`) before it is checked or stored; bad input is refused
with :class:`~dxdesk.errors.InvalidInput` (a Vietnamese sentence) and changes nothing.
Functions that change something return what is needed to undo them where that is simple.

The units directory lives in :mod:`dxdesk.services.units`, signer and recipient presets in
:mod:`dxdesk.services.presets`; their public names are importable from here as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dxdesk.model import DistrictProfile
from dxdesk.services import audit
from dxdesk.services.field_checks import (InvalidField, check_abbreviation, required_text,
                                          upper_lines)
from dxdesk.services.presets import (DOC_KINDS, RecipientPresetData, SignerPresetData,
                                     add_recipient_preset, add_signer_preset,
                                     clean_recipient_item, delete_recipient_preset,
                                     delete_signer_preset, list_recipient_presets,
                                     list_signer_presets, restore_recipient_preset,
                                     restore_signer_preset, update_recipient_preset,
                                     update_signer_preset)
from dxdesk.services.units import (MergeResult, UnitRow, add_unit, deactivate_unit, get_unit,
                                   list_units, merge_preview, merge_units, move_unit,
                                   reactivate_unit, rename_unit, set_unit_kind)
from dxdesk.store import Database
from dxdesk.text import clean, fold

__all__ = [
    "DOC_KINDS", "InvalidField", "MAX_ISSUER_LINES", "MergeResult", "ProfileData",
    "RecipientPresetData", "SignerPresetData", "UnitRow",
    "get_profile", "save_profile", "check_abbreviation", "suggest_place_name",
    "suggest_issuer_lines",
    "list_units", "get_unit", "add_unit", "rename_unit", "set_unit_kind", "move_unit",
    "merge_preview", "merge_units", "deactivate_unit", "reactivate_unit",
    "list_signer_presets", "add_signer_preset", "update_signer_preset",
    "delete_signer_preset", "restore_signer_preset",
    "list_recipient_presets", "add_recipient_preset", "update_recipient_preset",
    "delete_recipient_preset", "restore_recipient_preset", "clean_recipient_item",
]

PROFILE_ID = 1
MAX_ISSUER_LINES = 3
# Administrative levels a district name starts with ("huyện Ba Tơ"), lowercase mid-sentence.
DISTRICT_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
PROVINCE_LEVELS = ("tỉnh", "thành phố")


@dataclass
class ProfileData:
    """The district's names as printed on every document."""

    name: str  # "huyện Ba Tơ"
    place_name: str  # "Ba Tơ" (the date line)
    issuer_lines: list[str]  # ["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"]
    province: str = ""  # "tỉnh Quảng Ngãi"
    body_abbr: str = "UBND"
    office_name: str = "Phòng Văn hóa và Thông tin"
    office_abbr: str = "VHTT"


def get_profile(db: Database) -> ProfileData | None:
    """The district's profile, or None when it has not been filled in yet."""
    with db.transaction() as session:
        row = session.get(DistrictProfile, PROFILE_ID)
        return None if row is None else _profile_data(row)


def save_profile(db: Database, data: ProfileData) -> ProfileData | None:
    """Check and store the profile (creating the single row if missing). Returns the profile
    as it was before (None if there was none), to undo with another ``save_profile``."""
    data = _checked_profile(data)
    with db.transaction() as session:
        row = session.get(DistrictProfile, PROFILE_ID)
        old = None if row is None else _profile_data(row)
        if row is None:
            row = DistrictProfile(id=PROFILE_ID)
            session.add(row)
        row.name, row.province, row.place_name = data.name, data.province, data.place_name
        row.issuer_lines = "\n".join(data.issuer_lines)
        row.body_abbr, row.office_name, row.office_abbr = (
            data.body_abbr, data.office_name, data.office_abbr)
        changed = {k: v for k, v in vars(data).items() if old is None or getattr(old, k) != v}
        audit.record(session, "district.save_profile", entity="district_profile",
                     entity_id=PROFILE_ID, changed=changed)
    return old


def _profile_data(row: DistrictProfile) -> ProfileData:
    return ProfileData(name=row.name, place_name=row.place_name,
                       issuer_lines=[line for line in (row.issuer_lines or "").split("\n") if line],
                       province=row.province or "", body_abbr=row.body_abbr or "",
                       office_name=row.office_name or "", office_abbr=row.office_abbr or "")


def _checked_profile(data: ProfileData) -> ProfileData:
    name = _level_prefixed(data.name, DISTRICT_LEVELS, "Tên huyện", "huyện Ba Tơ",
                           required=True, field="name")
    province = _level_prefixed(data.province, PROVINCE_LEVELS, "Tên tỉnh", "tỉnh Quảng Ngãi",
                               required=False, field="province")
    place = required_text(data.place_name, "Địa danh ghi ở dòng ngày tháng", 100,
                      "ví dụ “Ba Tơ”", field="place_name")
    for level in DISTRICT_LEVELS:
        if fold(place).startswith(fold(level) + " "):
            raise InvalidField(
                f"Địa danh ở dòng ngày tháng ghi không kèm chữ “{level}”: ví dụ “"
                f"{place[len(level):].strip()}, ngày … tháng … năm …”.", "place_name")
    lines = _issuer_lines(data.issuer_lines)
    office = required_text(data.office_name, "Tên phòng soạn thảo văn bản", 200,
                       "ví dụ “Phòng Văn hóa và Thông tin”", field="office_name")
    body_abbr = check_abbreviation(data.body_abbr, "Chữ viết tắt của cơ quan ban hành",
                                   example="UBND", required=True, field="body_abbr")
    office_abbr = check_abbreviation(data.office_abbr, "Chữ viết tắt của phòng",
                                     example="VHTT", required=True, field="office_abbr")
    return ProfileData(name=name, province=province, place_name=place, issuer_lines=lines,
                       body_abbr=body_abbr, office_name=office, office_abbr=office_abbr)


def _level_prefixed(text: str, levels: Sequence[str], what: str, example: str, *,
                    required: bool, field: str) -> str:
    """``"Huyện Ba Tơ"`` → ``"huyện Ba Tơ"``: the level word is lowercase mid-sentence
    ("Ủy ban nhân dân huyện Ba Tơ"); refuse a name without its level."""
    text = clean(text or "")
    if not text:
        if required:
            raise InvalidField(f"{what} không được để trống: ghi ví dụ “{example}”.", field)
        return ""
    if len(text) > 200:
        raise InvalidField(f"{what} dài quá 200 ký tự.", field)
    folded = fold(text)
    for level in levels:
        if folded.startswith(fold(level) + " "):
            rest = text[len(level):].strip()
            if rest[:1].islower():
                raise InvalidField(f"{what} viết hoa chữ cái đầu mỗi tiếng của địa danh: "
                                   f"ví dụ “{level} {rest.title()}”.", field)
            return f"{level} {rest}"
    choices = ", ".join(f"“{level}”" for level in levels)
    raise InvalidField(f"{what} cần ghi cả cấp hành chính ({choices}) ở đầu: ví dụ "
                       f"“{example}”.", field)


def _issuer_lines(lines: Sequence[str] | str) -> list[str]:
    cleaned = upper_lines(lines)
    if not cleaned:
        raise InvalidField("Cơ quan ban hành văn bản không được để trống: ghi mỗi dòng một "
                           "hàng, ví dụ “ỦY BAN NHÂN DÂN” rồi “HUYỆN BA TƠ”.", "issuer_lines")
    if len(cleaned) > MAX_ISSUER_LINES:
        raise InvalidField(f"Cơ quan ban hành văn bản ghi tối đa {MAX_ISSUER_LINES} dòng; "
                           f"đang có {len(cleaned)} dòng.", "issuer_lines")
    for line in cleaned:
        if len(line) > 100:
            raise InvalidField(f"Dòng “{line[:40]}…” của cơ quan ban hành dài quá 100 ký tự.",
                               "issuer_lines")
    return cleaned


def suggest_place_name(district_name: str) -> str:
    """``"huyện Ba Tơ"`` → ``"Ba Tơ"`` (the place on the date line)."""
    text = clean(district_name or "")
    for level in DISTRICT_LEVELS:
        if fold(text).startswith(fold(level) + " "):
            return text[len(level):].strip()
    return text


def suggest_issuer_lines(district_name: str) -> list[str]:
    """``"huyện Ba Tơ"`` → ``["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"]``."""
    text = clean(district_name or "")
    return ["ỦY BAN NHÂN DÂN", text.upper()] if text else ["ỦY BAN NHÂN DÂN"]
