"""Signer and recipient presets (Qt-free): the signature blocks and “Nơi nhận” lists a
document is printed with.

One function per user action, one transaction each, one audit entry each; every string is
cleaned before it is checked or stored and bad input is refused with
:class:`~dxdesk.services.field_checks.InvalidField`, changing nothing. The two kinds of
preset share their mechanics (:class:`_Presets`); only their data and checks differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dxdesk.errors import InvalidInput
from dxdesk.model import RecipientPreset, SignerPreset
from dxdesk.services import audit
from dxdesk.services.field_checks import InvalidField, required_text, upper_lines
from dxdesk.store import Database
from dxdesk.text import clean, fold

__all__ = [
    "AUTHORITY_PREFIXES", "DOC_KINDS", "RecipientPresetData", "SignerPresetData",
    "list_signer_presets", "add_signer_preset", "update_signer_preset",
    "delete_signer_preset", "restore_signer_preset",
    "list_recipient_presets", "add_recipient_preset", "update_recipient_preset",
    "delete_recipient_preset", "restore_recipient_preset", "clean_recipient_item",
]

# Document kinds a recipient list is meant for, with their Vietnamese names.
DOC_KINDS = {"plan": "Kế hoạch", "report": "Báo cáo", "reminder": "Công văn đôn đốc"}
# Authority prefixes of a signature block (ND30): thay mặt, ký thay, quyền, thừa lệnh, thừa
# ủy quyền. A line starting with one is always followed by the signer's position.
AUTHORITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")

M = TypeVar("M")  # the preset's model class
D = TypeVar("D")  # its data class


@dataclass
class SignerPresetData:
    name: str  # "Phó Chủ tịch Lê Văn Bình"
    lines: list[str]  # ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    signer_name: str  # "Lê Văn Bình"
    id: int | None = None
    position: int = 0


@dataclass
class RecipientPresetData:
    name: str  # "Kế hoạch — mặc định"
    doc_kind: str  # a key of DOC_KINDS
    items: list[str]  # ["Sở Khoa học và Công nghệ tỉnh", ..., "Lưu: VT, VHTT"]
    id: int | None = None
    position: int = 0


# --- shared mechanics ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Presets(Generic[M, D]):
    """One kind of preset: its ``model``, the ``fields`` copied between the model and the
    data (in the order ``check`` takes them, ``name`` first), ``to_data`` (model → data),
    ``check`` (raw fields → checked data), its audit ``entity`` and its name in messages."""

    model: type[M]
    fields: tuple[str, ...]
    to_data: Callable[[M], D]
    check: Callable[..., D]
    entity: str
    what: str

    def values(self, data: D) -> dict[str, Any]:
        return {f: getattr(data, f) for f in self.fields}

    def list(self, db: Database, *where) -> list[D]:
        model = self.model
        with db.transaction() as session:
            query = select(model).where(*where).order_by(model.position, model.id)
            return [self.to_data(p) for p in session.scalars(query)]

    def add(self, db: Database, data: D) -> int:
        with db.transaction() as session:
            self._check_name(session, data.name)
            preset = self.model(**self.values(data), position=self._next_position(session))
            session.add(preset)
            session.flush()
            audit.record(session, f"{self.entity}.add", entity=self.entity,
                         entity_id=preset.id, name=data.name)
            return preset.id

    def update(self, db: Database, preset_id: int, data: D) -> D:
        with db.transaction() as session:
            preset = self._get(session, preset_id)
            self._check_name(session, data.name, except_id=preset_id)
            old = self.to_data(preset)
            for name, value in self.values(data).items():
                setattr(preset, name, value)
            audit.record(session, f"{self.entity}.update", entity=self.entity,
                         entity_id=preset_id, old_name=old.name, name=data.name)
            return old

    def delete(self, db: Database, preset_id: int) -> D:
        with db.transaction() as session:
            preset = self._get(session, preset_id)
            old = self.to_data(preset)
            session.delete(preset)
            session.flush()
            self._renumber(session)
            audit.record(session, f"{self.entity}.delete", entity=self.entity,
                         entity_id=preset_id, **self.values(old))
            return old

    def restore(self, db: Database, data: D) -> int:
        checked = self.check(*self.values(data).values())
        with db.transaction() as session:
            self._check_name(session, checked.name)
            preset = self.model(**self.values(checked))
            self._insert_at(session, preset, data.position)
            audit.record(session, f"{self.entity}.restore", entity=self.entity,
                         entity_id=preset.id, name=checked.name)
            return preset.id

    def _get(self, session: Session, preset_id: int) -> M:
        preset = session.get(self.model, preset_id)
        if preset is None:
            raise InvalidInput(f"Không tìm thấy mẫu {self.what} số {preset_id}; có thể đã bị "
                               "xóa.")
        return preset

    def _check_name(self, session: Session, name: str, except_id: int | None = None) -> None:
        for other_id, other in session.execute(select(self.model.id, self.model.name)).all():
            if other_id != except_id and other.casefold() == name.casefold():
                raise InvalidField(f"Đã có mẫu {self.what} tên “{other}”; hãy đặt tên khác.",
                                   "name")

    def _next_position(self, session: Session) -> int:
        return session.scalar(select(func.coalesce(func.max(self.model.position) + 1, 0)))

    def _ordered(self, session: Session) -> list[M]:
        return list(session.scalars(select(self.model).order_by(self.model.position,
                                                                self.model.id)))

    def _renumber(self, session: Session) -> None:
        for position, preset in enumerate(self._ordered(session)):
            if preset.position != position:
                preset.position = position

    def _insert_at(self, session: Session, preset: M, position: int) -> None:
        self._renumber(session)
        existing = self._ordered(session)
        position = max(0, min(position, len(existing)))
        existing.insert(position, preset)
        session.add(preset)
        for index, each in enumerate(existing):
            each.position = index
        session.flush()


# --- signer presets --------------------------------------------------------------------------


def list_signer_presets(db: Database) -> list[SignerPresetData]:
    return _SIGNERS.list(db)


def add_signer_preset(db: Database, name: str, lines: Sequence[str] | str,
                      signer_name: str) -> int:
    """Add a signer at the end of the list. ``name`` may be empty: it is then made from the
    last authority line and the signer's name. Returns its id."""
    return _SIGNERS.add(db, _checked_signer(name, lines, signer_name))


def update_signer_preset(db: Database, preset_id: int, name: str, lines: Sequence[str] | str,
                         signer_name: str) -> SignerPresetData:
    """Change a signer preset. Returns it as it was."""
    return _SIGNERS.update(db, preset_id, _checked_signer(name, lines, signer_name))


def delete_signer_preset(db: Database, preset_id: int) -> SignerPresetData:
    """Delete a signer preset. Returns it, for :func:`restore_signer_preset`."""
    return _SIGNERS.delete(db, preset_id)


def restore_signer_preset(db: Database, data: SignerPresetData) -> int:
    """Put back a deleted signer preset at its old place. Returns its (new) id."""
    return _SIGNERS.restore(db, data)


def _signer_data(p: SignerPreset) -> SignerPresetData:
    return SignerPresetData(id=p.id, name=p.name, lines=list(p.lines or []),
                            signer_name=p.signer_name or "", position=p.position)


def _checked_signer(name: str, lines: Sequence[str] | str, signer_name: str) -> SignerPresetData:
    cleaned = upper_lines(lines)
    if not cleaned:
        raise InvalidField("Người ký cần ít nhất một dòng thẩm quyền, ví dụ “TM. ỦY BAN NHÂN "
                           "DÂN” rồi “CHỦ TỊCH”.", "lines")
    if len(cleaned) > 4:
        raise InvalidField("Thẩm quyền ký ghi tối đa 4 dòng (ví dụ “TM. ỦY BAN NHÂN DÂN”, "
                           "“KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”).", "lines")
    if cleaned[-1].split(" ")[0] in AUTHORITY_PREFIXES:
        raise InvalidField(f"Sau dòng “{cleaned[-1]}” cần thêm dòng chức vụ của người ký, ví dụ "
                           "“CHỦ TỊCH” hoặc “PHÓ CHỦ TỊCH”.", "lines")
    signer = required_text(signer_name, "Họ và tên người ký", 200, "ví dụ “Nguyễn Văn An”",
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


_SIGNERS = _Presets(SignerPreset, ("name", "lines", "signer_name"), _signer_data,
                    _checked_signer, "signer_preset", "người ký")


# --- recipient presets -----------------------------------------------------------------------


def list_recipient_presets(db: Database, doc_kind: str | None = None) -> list[RecipientPresetData]:
    where = () if doc_kind is None else (RecipientPreset.doc_kind == doc_kind,)
    return _RECIPIENTS.list(db, *where)


def add_recipient_preset(db: Database, name: str, doc_kind: str,
                         items: Sequence[str] | str) -> int:
    """Add a recipient list (items with or without their "- " and ";"). Returns its id."""
    return _RECIPIENTS.add(db, _checked_recipients(name, doc_kind, items))


def update_recipient_preset(db: Database, preset_id: int, name: str, doc_kind: str,
                            items: Sequence[str] | str) -> RecipientPresetData:
    """Change a recipient list. Returns it as it was."""
    return _RECIPIENTS.update(db, preset_id, _checked_recipients(name, doc_kind, items))


def delete_recipient_preset(db: Database, preset_id: int) -> RecipientPresetData:
    """Delete a recipient list. Returns it, for :func:`restore_recipient_preset`."""
    return _RECIPIENTS.delete(db, preset_id)


def restore_recipient_preset(db: Database, data: RecipientPresetData) -> int:
    """Put back a deleted recipient list at its old place. Returns its (new) id."""
    return _RECIPIENTS.restore(db, data)


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
    name = required_text(name, "Tên danh sách nơi nhận", 200, "ví dụ “Kế hoạch — mặc định”",
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


_RECIPIENTS = _Presets(RecipientPreset, ("name", "doc_kind", "items"), _recipient_data,
                       _checked_recipients, "recipient_preset", "danh sách nơi nhận")
