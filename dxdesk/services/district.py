"""The district's settings (Qt-free): its profile, the units directory, signer and
recipient presets.

One function per user action, one transaction each, one audit entry each. Every string is
cleaned (:func:`dxdesk.text.clean`) before it is checked or stored; bad input is refused
with :class:`~dxdesk.errors.InvalidInput` (a Vietnamese sentence) and changes nothing.
Functions that change something return what is needed to undo them where that is simple
(the old names, the old position, the deleted preset...).

The units directory is ordered by ``Unit.position``: active units first, dense
``0..n-1``, then the inactive (deactivated or merged) ones after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from dxdesk.domain.status import UnitKind
from dxdesk.errors import InvalidInput
from dxdesk.model import (DistrictProfile, RecipientPreset, SignerPreset, Task, Unit,
                          task_co_units, utcnow)
from dxdesk.services import audit
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

class InvalidField(InvalidInput):
    """A refusal that names the field at fault (``ProfileData`` attribute, ``"name"``,
    ``"short_name"``, ``"lines"``, ``"signer_name"``, ``"items"``...), so that a form can put
    the cursor there."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.field = field


PROFILE_ID = 1
MAX_ISSUER_LINES = 3
# Document kinds a recipient list is meant for, with their Vietnamese names.
DOC_KINDS = {"plan": "Kế hoạch", "report": "Báo cáo", "reminder": "Công văn đôn đốc"}
# Administrative levels a district name starts with ("huyện Ba Tơ"), lowercase mid-sentence.
DISTRICT_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
PROVINCE_LEVELS = ("tỉnh", "thành phố")
# Authority prefixes of a signature block (ND30): thay mặt, ký thay, quyền, thừa lệnh, thừa
# ủy quyền. A line starting with one is always followed by the signer's position.
AUTHORITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


# --- profile ---------------------------------------------------------------------------------


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
    place = _required(data.place_name, "Địa danh ghi ở dòng ngày tháng", 100,
                      "ví dụ “Ba Tơ”", field="place_name")
    for level in DISTRICT_LEVELS:
        if fold(place).startswith(fold(level) + " "):
            raise InvalidField(
                f"Địa danh ở dòng ngày tháng ghi không kèm chữ “{level}”: ví dụ “"
                f"{place[len(level):].strip()}, ngày … tháng … năm …”.", "place_name")
    lines = _issuer_lines(data.issuer_lines)
    office = _required(data.office_name, "Tên phòng soạn thảo văn bản", 200,
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
    if isinstance(lines, str):
        lines = lines.splitlines()
    cleaned = [clean(line).upper() for line in lines]
    cleaned = [line for line in cleaned if line]
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


def check_abbreviation(text: str, what: str, *, example: str, required: bool,
                       field: str = "") -> str:
    """An abbreviation used in document symbols (``05/KH-UBND``, ``Lưu: VT, VHTT``):
    capital letters, digits and ``&`` only. Returns it cleaned, or raises InvalidInput."""
    text = clean(text or "")
    if not text:
        if required:
            raise InvalidField(f"{what} không được để trống: ví dụ “{example}”.", field)
        return ""
    if " " in text:
        raise InvalidField(f"{what} “{text}” không được có dấu cách: viết liền, ví dụ "
                           f"“{text.replace(' ', '').upper()}”.", field)
    if any(c.islower() for c in text):
        raise InvalidField(f"{what} “{text}” phải viết in hoa: “{text.upper()}”.", field)
    if not all(c.isalnum() or c == "&" for c in text):
        raise InvalidField(f"{what} “{text}” chỉ gồm chữ in hoa, chữ số và dấu &, ví dụ "
                           f"“{example}” (dấu - và / dùng để ngăn các phần của số, ký hiệu "
                           "văn bản).", field)
    if len(text) > 20:
        raise InvalidField(f"{what} “{text}” dài quá 20 ký tự.", field)
    return text


def _required(text: str, what: str, limit: int, example: str, field: str = "") -> str:
    text = clean(text or "")
    if not text:
        raise InvalidField(f"{what} không được để trống: {example}.", field)
    if len(text) > limit:
        raise InvalidField(f"{what} dài quá {limit} ký tự.", field)
    return text


# --- units -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    short_name: str
    kind: UnitKind
    position: int
    active: bool
    merged_into_id: int | None
    lead_tasks: int  # tasks (of every plan) this unit leads
    co_tasks: int  # tasks it co-operates on


@dataclass(frozen=True)
class MergeResult:
    """What a merge did (or, from :func:`merge_preview`, would do)."""

    source_name: str
    target_name: str
    lead_moved: int  # tasks whose lead unit became the target
    co_moved: int  # co-unit links handed to the target
    co_dropped: int  # links removed: the target already co-operated, or now leads the task
    task_ids: tuple[int, ...] = field(default=(), repr=False)  # every task touched


def list_units(db: Database, include_inactive: bool = False) -> list[UnitRow]:
    """The units directory in its order (active units first), with task counts."""
    with db.transaction() as session:
        return _unit_rows(session, include_inactive)


def get_unit(db: Database, unit_id: int) -> UnitRow:
    with db.transaction() as session:
        _unit(session, unit_id)
        return next(r for r in _unit_rows(session, True) if r.id == unit_id)


def _unit_rows(session: Session, include_inactive: bool) -> list[UnitRow]:
    lead = dict(session.execute(select(Task.lead_unit_id, func.count())
                                .where(Task.lead_unit_id.is_not(None))
                                .group_by(Task.lead_unit_id)).all())
    co = dict(session.execute(select(task_co_units.c.unit_id, func.count())
                              .group_by(task_co_units.c.unit_id)).all())
    query = select(Unit).order_by(Unit.active.desc(), Unit.position, Unit.id)
    if not include_inactive:
        query = query.where(Unit.active.is_(True))
    return [UnitRow(id=u.id, name=u.name, short_name=u.short_name or "",
                    kind=_kind_or_other(u.kind), position=u.position, active=bool(u.active),
                    merged_into_id=u.merged_into_id, lead_tasks=lead.get(u.id, 0),
                    co_tasks=co.get(u.id, 0))
            for u in session.scalars(query)]


def _kind_or_other(value: str) -> UnitKind:
    try:
        return UnitKind(value)
    except ValueError:
        return UnitKind.OTHER


def add_unit(db: Database, name: str, short_name: str = "",
             kind: UnitKind | str = UnitKind.OFFICE) -> int:
    """Add a unit at the end of the active units. Returns its id."""
    name, short_name, kind = _unit_name(name), _short_name(short_name), _kind(kind)
    with db.transaction() as session:
        _check_unique(session, name, short_name)
        unit = Unit(name=name, short_name=short_name, kind=kind.value, active=True,
                    position=_active_count(session))
        session.add(unit)
        session.flush()
        _renumber(session)
        audit.record(session, "unit.add", entity="unit", entity_id=unit.id, name=name,
                     short_name=short_name, kind=kind.value)
        return unit.id


def rename_unit(db: Database, unit_id: int, name: str, short_name: str) -> tuple[str, str]:
    """Change a unit's name and short name. Returns the old ``(name, short_name)``."""
    name, short_name = _unit_name(name), _short_name(short_name)
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        old = (unit.name, unit.short_name or "")
        if unit.active:
            _check_unique(session, name, short_name, except_id=unit_id)
        unit.name, unit.short_name = name, short_name
        audit.record(session, "unit.rename", entity="unit", entity_id=unit_id,
                     old_name=old[0], old_short_name=old[1], name=name, short_name=short_name)
        return old


def set_unit_kind(db: Database, unit_id: int, kind: UnitKind | str) -> UnitKind:
    """Change a unit's kind. Returns the old kind."""
    kind = _kind(kind)
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        old = _kind_or_other(unit.kind)
        unit.kind = kind.value
        audit.record(session, "unit.set_kind", entity="unit", entity_id=unit_id,
                     old=old.value, kind=kind.value)
        return old


def move_unit(db: Database, unit_id: int, new_position: int) -> int:
    """Move an active unit to ``new_position`` (0-based, among the active units); the others
    shift. Returns its old position (move it back there to undo)."""
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        if not unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đã ngừng sử dụng nên không sắp xếp lại "
                               "được; hãy dùng lại đơn vị trước.")
        _renumber(session)
        units = list(session.scalars(select(Unit).where(Unit.active.is_(True))
                                     .order_by(Unit.position, Unit.id)))
        if not 0 <= new_position < len(units):
            raise InvalidInput(f"Vị trí phải từ 1 đến {len(units)}.")
        old = units.index(unit)
        units.insert(new_position, units.pop(old))
        for position, each in enumerate(units):
            if each.position != position:
                each.position = position
        audit.record(session, "unit.move", entity="unit", entity_id=unit_id, old=old,
                     new=new_position)
        return old


def deactivate_unit(db: Database, unit_id: int) -> int:
    """Stop offering a unit for new assignments (its tasks keep it). The unit goes after the
    active ones. Returns its old position (for :func:`reactivate_unit`)."""
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        if not unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đã ngừng sử dụng từ trước.")
        _renumber(session)
        old = unit.position
        unit.active = False
        _renumber(session)
        audit.record(session, "unit.deactivate", entity="unit", entity_id=unit_id,
                     old_position=old)
        return old


def reactivate_unit(db: Database, unit_id: int, position: int | None = None) -> None:
    """Use a deactivated unit again, at ``position`` among the active units (default: last).
    A unit merged into another cannot come back (its tasks have moved)."""
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        if unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đang được sử dụng.")
        if unit.merged_into_id is not None:
            target = session.get(Unit, unit.merged_into_id)
            raise InvalidInput(f"Đơn vị “{unit.name}” đã được gộp vào “"
                               f"{target.name if target else '?'}” nên không dùng lại được; "
                               "hãy thêm đơn vị mới nếu cần.")
        _check_unique(session, unit.name, unit.short_name or "", except_id=unit_id)
        _renumber(session)
        count = _active_count(session)
        if position is None or not 0 <= position <= count:
            position = count
        for other in session.scalars(select(Unit).where(Unit.active.is_(True),
                                                        Unit.position >= position)):
            other.position += 1
        unit.active, unit.position = True, position
        _renumber(session)
        audit.record(session, "unit.reactivate", entity="unit", entity_id=unit_id,
                     position=position)


def merge_preview(db: Database, source_id: int, target_id: int) -> MergeResult:
    """What :func:`merge_units` would do, without changing anything (for the confirmation)."""
    with db.transaction() as session:
        source, target = _merge_pair(session, source_id, target_id)
        plan = _merge_plan(session, source_id, target_id)
        return _merge_result(source, target, plan)


def merge_units(db: Database, source_id: int, target_id: int) -> MergeResult:
    """Merge ``source`` into ``target``, all or nothing: every task led by the source is led
    by the target; the source's co-unit links go to the target, except where the target
    already co-operates on the task or leads it (those links are dropped); the source
    becomes inactive with ``merged_into_id``. A backup is made first."""
    with db.transaction() as session:
        _merge_pair(session, source_id, target_id)  # refuse before making a backup
    db.backup("before-merge")
    with db.transaction() as session:
        source, target = _merge_pair(session, source_id, target_id)
        plan = _merge_plan(session, source_id, target_id)
        result = _merge_result(source, target, plan)
        now = utcnow()
        for chunk in _chunks(plan["lead"]):
            session.execute(update(Task).where(Task.id.in_(chunk))
                            .values(lead_unit_id=target_id, updated_at=now))
        for chunk in _chunks(plan["move"]):
            session.execute(update(task_co_units)
                            .where(task_co_units.c.unit_id == source_id,
                                   task_co_units.c.task_id.in_(chunk))
                            .values(unit_id=target_id))
        for chunk in _chunks(plan["drop_source"]):
            session.execute(delete(task_co_units)
                            .where(task_co_units.c.unit_id == source_id,
                                   task_co_units.c.task_id.in_(chunk)))
        for chunk in _chunks(plan["drop_target"]):
            session.execute(delete(task_co_units)
                            .where(task_co_units.c.unit_id == target_id,
                                   task_co_units.c.task_id.in_(chunk)))
        touched = sorted((set(plan["move"]) | set(plan["drop_source"])
                          | set(plan["drop_target"])) - set(plan["lead"]))
        for chunk in _chunks(touched):
            session.execute(update(Task).where(Task.id.in_(chunk)).values(updated_at=now))
        session.execute(update(Unit).where(Unit.merged_into_id == source_id)
                        .values(merged_into_id=target_id))
        source.active, source.merged_into_id = False, target_id
        session.flush()
        _renumber(session)
        audit.record(session, "unit.merge", entity="unit", entity_id=source_id,
                     target_id=target_id, source_name=source.name, target_name=target.name,
                     lead_task_ids=plan["lead"], co_moved_task_ids=plan["move"],
                     co_dropped_task_ids=sorted(set(plan["drop_source"])
                                                | set(plan["drop_target"])))
        return result


def _merge_pair(session: Session, source_id: int, target_id: int) -> tuple[Unit, Unit]:
    if source_id == target_id:
        raise InvalidInput("Không gộp được một đơn vị vào chính nó: hãy chọn đơn vị khác.")
    source, target = _unit(session, source_id), _unit(session, target_id)
    for unit in (source, target):
        if not unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đã ngừng sử dụng nên không gộp được.")
    return source, target


def _merge_plan(session: Session, source_id: int, target_id: int) -> dict[str, list[int]]:
    lead = list(session.scalars(select(Task.id).where(Task.lead_unit_id == source_id)
                                .order_by(Task.id)))
    led_by_target = set(lead) | set(session.scalars(
        select(Task.id).where(Task.lead_unit_id == target_id)))
    source_co = list(session.scalars(select(task_co_units.c.task_id)
                                     .where(task_co_units.c.unit_id == source_id)
                                     .order_by(task_co_units.c.task_id)))
    target_co = set(session.scalars(select(task_co_units.c.task_id)
                                    .where(task_co_units.c.unit_id == target_id)))
    move = [t for t in source_co if t not in led_by_target and t not in target_co]
    drop_source = [t for t in source_co if t in led_by_target or t in target_co]
    # The target now leads the source's tasks: it cannot also co-operate on them.
    drop_target = sorted(set(lead) & target_co)
    return {"lead": lead, "move": move, "drop_source": drop_source, "drop_target": drop_target}


def _merge_result(source: Unit, target: Unit, plan: dict[str, list[int]]) -> MergeResult:
    touched = set().union(*plan.values())
    return MergeResult(source_name=source.name, target_name=target.name,
                       lead_moved=len(plan["lead"]), co_moved=len(plan["move"]),
                       co_dropped=len(plan["drop_source"]) + len(plan["drop_target"]),
                       task_ids=tuple(sorted(touched)))


def _chunks(ids: Sequence[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise InvalidInput(f"Không tìm thấy đơn vị số {unit_id}; có thể đơn vị đã bị xóa.")
    return unit


def _unit_name(name: str) -> str:
    return _required(name, "Tên đơn vị", 300, "ví dụ “Phòng Nội vụ”", field="name")


def _short_name(short_name: str) -> str:
    return check_abbreviation(short_name, "Tên viết tắt của đơn vị", example="NV",
                              required=False, field="short_name")


def _kind(kind: UnitKind | str) -> UnitKind:
    try:
        return UnitKind(kind)
    except ValueError:
        labels = ", ".join(f"“{k.label}”" for k in UnitKind)
        raise InvalidInput(f"Loại đơn vị không hợp lệ: {kind!r}; chọn một trong "
                           f"{labels}.") from None


def _check_unique(session: Session, name: str, short_name: str,
                  except_id: int | None = None) -> None:
    for other in session.scalars(select(Unit).where(Unit.active.is_(True))):
        if other.id == except_id:
            continue
        if other.name.casefold() == name.casefold():
            raise InvalidField(f"Đã có đơn vị “{other.name}” trong danh mục; hãy đặt tên khác "
                               "hoặc dùng đơn vị đã có.", "name")
        if short_name and (other.short_name or "") == short_name:
            raise InvalidField(f"Tên viết tắt “{short_name}” đã dùng cho “{other.name}”; hãy "
                               "chọn tên viết tắt khác.", "short_name")


def _active_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Unit).where(Unit.active.is_(True)))


def _renumber(session: Session) -> None:
    """Dense positions 0..n-1: active units in their order, then the inactive ones."""
    session.flush()
    units = session.scalars(select(Unit).order_by(Unit.active.desc(), Unit.position, Unit.id))
    for position, unit in enumerate(units):
        if unit.position != position:
            unit.position = position


# --- signer presets --------------------------------------------------------------------------


@dataclass
class SignerPresetData:
    name: str  # "Phó Chủ tịch Lê Văn Bình"
    lines: list[str]  # ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    signer_name: str  # "Lê Văn Bình"
    id: int | None = None
    position: int = 0


def list_signer_presets(db: Database) -> list[SignerPresetData]:
    with db.transaction() as session:
        return [_signer_data(p) for p in session.scalars(
            select(SignerPreset).order_by(SignerPreset.position, SignerPreset.id))]


def add_signer_preset(db: Database, name: str, lines: Sequence[str] | str,
                      signer_name: str) -> int:
    """Add a signer at the end of the list. ``name`` may be empty: it is then made from the
    last authority line and the signer's name. Returns its id."""
    data = _checked_signer(name, lines, signer_name)
    with db.transaction() as session:
        _check_preset_name(session, SignerPreset, data.name)
        preset = SignerPreset(name=data.name, lines=data.lines, signer_name=data.signer_name,
                              position=_next_position(session, SignerPreset))
        session.add(preset)
        session.flush()
        audit.record(session, "signer_preset.add", entity="signer_preset",
                     entity_id=preset.id, name=data.name)
        return preset.id


def update_signer_preset(db: Database, preset_id: int, name: str, lines: Sequence[str] | str,
                         signer_name: str) -> SignerPresetData:
    """Change a signer preset. Returns it as it was."""
    data = _checked_signer(name, lines, signer_name)
    with db.transaction() as session:
        preset = _preset(session, SignerPreset, preset_id)
        _check_preset_name(session, SignerPreset, data.name, except_id=preset_id)
        old = _signer_data(preset)
        preset.name, preset.lines, preset.signer_name = data.name, data.lines, data.signer_name
        audit.record(session, "signer_preset.update", entity="signer_preset",
                     entity_id=preset_id, old_name=old.name, name=data.name)
        return old


def delete_signer_preset(db: Database, preset_id: int) -> SignerPresetData:
    """Delete a signer preset. Returns it, for :func:`restore_signer_preset`."""
    with db.transaction() as session:
        preset = _preset(session, SignerPreset, preset_id)
        old = _signer_data(preset)
        session.delete(preset)
        session.flush()
        _renumber_presets(session, SignerPreset)
        audit.record(session, "signer_preset.delete", entity="signer_preset",
                     entity_id=preset_id, name=old.name, lines=old.lines,
                     signer_name=old.signer_name)
        return old


def restore_signer_preset(db: Database, data: SignerPresetData) -> int:
    """Put back a deleted signer preset at its old place. Returns its (new) id."""
    checked = _checked_signer(data.name, data.lines, data.signer_name)
    with db.transaction() as session:
        _check_preset_name(session, SignerPreset, checked.name)
        preset = SignerPreset(name=checked.name, lines=checked.lines,
                              signer_name=checked.signer_name)
        _insert_preset_at(session, SignerPreset, preset, data.position)
        audit.record(session, "signer_preset.restore", entity="signer_preset",
                     entity_id=preset.id, name=checked.name)
        return preset.id


def _signer_data(p: SignerPreset) -> SignerPresetData:
    return SignerPresetData(id=p.id, name=p.name, lines=list(p.lines or []),
                            signer_name=p.signer_name or "", position=p.position)


def _checked_signer(name: str, lines: Sequence[str] | str, signer_name: str) -> SignerPresetData:
    if isinstance(lines, str):
        lines = lines.splitlines()
    cleaned = [clean(line).upper() for line in lines]
    cleaned = [line for line in cleaned if line]
    if not cleaned:
        raise InvalidField("Người ký cần ít nhất một dòng thẩm quyền, ví dụ “TM. ỦY BAN NHÂN "
                           "DÂN” rồi “CHỦ TỊCH”.", "lines")
    if len(cleaned) > 4:
        raise InvalidField("Thẩm quyền ký ghi tối đa 4 dòng (ví dụ “TM. ỦY BAN NHÂN DÂN”, "
                           "“KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”).", "lines")
    if cleaned[-1].split(" ")[0] in AUTHORITY_PREFIXES:
        raise InvalidField(f"Sau dòng “{cleaned[-1]}” cần thêm dòng chức vụ của người ký, ví dụ "
                           "“CHỦ TỊCH” hoặc “PHÓ CHỦ TỊCH”.", "lines")
    signer = _required(signer_name, "Họ và tên người ký", 200, "ví dụ “Nguyễn Văn An”",
                       field="signer_name")
    if signer[:1].islower():
        raise InvalidField("Họ và tên người ký viết hoa chữ cái đầu mỗi tiếng: "
                           f"“{signer.title()}”.",
                           "signer_name")
    name = clean(name or "")
    if not name:
        name = f"{cleaned[-1].capitalize()} {signer}"
    if len(name) > 200:
        raise InvalidField("Tên mẫu người ký dài quá 200 ký tự.", "name")
    return SignerPresetData(name=name, lines=cleaned, signer_name=signer)


# --- recipient presets -----------------------------------------------------------------------


@dataclass
class RecipientPresetData:
    name: str  # "Kế hoạch — mặc định"
    doc_kind: str  # a key of DOC_KINDS
    items: list[str]  # ["Sở Khoa học và Công nghệ tỉnh", ..., "Lưu: VT, VHTT"]
    id: int | None = None
    position: int = 0


def list_recipient_presets(db: Database, doc_kind: str | None = None) -> list[RecipientPresetData]:
    with db.transaction() as session:
        query = select(RecipientPreset).order_by(RecipientPreset.position, RecipientPreset.id)
        if doc_kind is not None:
            query = query.where(RecipientPreset.doc_kind == doc_kind)
        return [_recipient_data(p) for p in session.scalars(query)]


def add_recipient_preset(db: Database, name: str, doc_kind: str,
                         items: Sequence[str] | str) -> int:
    """Add a recipient list (items with or without their "- " and ";"). Returns its id."""
    data = _checked_recipients(name, doc_kind, items)
    with db.transaction() as session:
        _check_preset_name(session, RecipientPreset, data.name)
        preset = RecipientPreset(name=data.name, doc_kind=data.doc_kind, items=data.items,
                                 position=_next_position(session, RecipientPreset))
        session.add(preset)
        session.flush()
        audit.record(session, "recipient_preset.add", entity="recipient_preset",
                     entity_id=preset.id, name=data.name)
        return preset.id


def update_recipient_preset(db: Database, preset_id: int, name: str, doc_kind: str,
                            items: Sequence[str] | str) -> RecipientPresetData:
    """Change a recipient list. Returns it as it was."""
    data = _checked_recipients(name, doc_kind, items)
    with db.transaction() as session:
        preset = _preset(session, RecipientPreset, preset_id)
        _check_preset_name(session, RecipientPreset, data.name, except_id=preset_id)
        old = _recipient_data(preset)
        preset.name, preset.doc_kind, preset.items = data.name, data.doc_kind, data.items
        audit.record(session, "recipient_preset.update", entity="recipient_preset",
                     entity_id=preset_id, old_name=old.name, name=data.name)
        return old


def delete_recipient_preset(db: Database, preset_id: int) -> RecipientPresetData:
    """Delete a recipient list. Returns it, for :func:`restore_recipient_preset`."""
    with db.transaction() as session:
        preset = _preset(session, RecipientPreset, preset_id)
        old = _recipient_data(preset)
        session.delete(preset)
        session.flush()
        _renumber_presets(session, RecipientPreset)
        audit.record(session, "recipient_preset.delete", entity="recipient_preset",
                     entity_id=preset_id, name=old.name, doc_kind=old.doc_kind, items=old.items)
        return old


def restore_recipient_preset(db: Database, data: RecipientPresetData) -> int:
    """Put back a deleted recipient list at its old place. Returns its (new) id."""
    checked = _checked_recipients(data.name, data.doc_kind, data.items)
    with db.transaction() as session:
        _check_preset_name(session, RecipientPreset, checked.name)
        preset = RecipientPreset(name=checked.name, doc_kind=checked.doc_kind,
                                 items=checked.items)
        _insert_preset_at(session, RecipientPreset, preset, data.position)
        audit.record(session, "recipient_preset.restore", entity="recipient_preset",
                     entity_id=preset.id, name=checked.name)
        return preset.id


def clean_recipient_item(text: str) -> str:
    """``"- Sở KH&CN tỉnh;"`` → ``"Sở KH&CN tỉnh"``: stored without the leading dash and the
    closing ``;`` or ``.`` (the document adds them)."""
    text = clean(text or "")
    text = text.lstrip("-–—•+*· ").strip()
    return text.rstrip(";.,… ").strip()


def _recipient_data(p: RecipientPreset) -> RecipientPresetData:
    return RecipientPresetData(id=p.id, name=p.name, doc_kind=p.doc_kind,
                               items=list(p.items or []), position=p.position)


def _checked_recipients(name: str, doc_kind: str,
                        items: Sequence[str] | str) -> RecipientPresetData:
    name = _required(name, "Tên danh sách nơi nhận", 200, "ví dụ “Kế hoạch — mặc định”",
                     field="name")
    if doc_kind not in DOC_KINDS:
        labels = ", ".join(f"“{label}”" for label in DOC_KINDS.values())
        raise InvalidField(f"Loại văn bản không hợp lệ: {doc_kind!r}; chọn một trong {labels}.",
                           "doc_kind")
    if isinstance(items, str):
        items = items.splitlines()
    cleaned = [clean_recipient_item(item) for item in items]
    cleaned = [item for item in cleaned if item and fold(item) not in ("noi nhan", "noi nhan:")]
    if not cleaned:
        raise InvalidField("Danh sách nơi nhận cần ít nhất một dòng, ví dụ “Lưu: VT, VHTT”.",
                           "items")
    for item in cleaned:
        if len(item) > 300:
            raise InvalidField(f"Dòng nơi nhận “{item[:40]}…” dài quá 300 ký tự.", "items")
    # ND30: "Lưu: VT, ..." is always the last line.
    archive = [item for item in cleaned if fold(item).startswith("luu")]
    cleaned = [item for item in cleaned if item not in archive] + archive
    return RecipientPresetData(name=name, doc_kind=doc_kind, items=cleaned)


# --- presets (shared) ------------------------------------------------------------------------


def _preset(session: Session, model, preset_id: int):
    preset = session.get(model, preset_id)
    if preset is None:
        what = "người ký" if model is SignerPreset else "danh sách nơi nhận"
        raise InvalidInput(f"Không tìm thấy mẫu {what} số {preset_id}; có thể đã bị xóa.")
    return preset


def _check_preset_name(session: Session, model, name: str, except_id: int | None = None) -> None:
    for other_id, other in session.execute(select(model.id, model.name)).all():
        if other_id != except_id and other.casefold() == name.casefold():
            what = "người ký" if model is SignerPreset else "danh sách nơi nhận"
            raise InvalidField(f"Đã có mẫu {what} tên “{other}”; hãy đặt tên khác.", "name")


def _next_position(session: Session, model) -> int:
    return session.scalar(select(func.coalesce(func.max(model.position) + 1, 0)))


def _renumber_presets(session: Session, model) -> None:
    for position, preset in enumerate(session.scalars(select(model).order_by(model.position,
                                                                             model.id))):
        if preset.position != position:
            preset.position = position


def _insert_preset_at(session: Session, model, preset, position: int) -> None:
    _renumber_presets(session, model)
    existing = list(session.scalars(select(model).order_by(model.position, model.id)))
    position = max(0, min(position, len(existing)))
    existing.insert(position, preset)
    session.add(preset)
    for index, each in enumerate(existing):
        each.position = index
    session.flush()


