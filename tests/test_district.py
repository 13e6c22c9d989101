"""District settings services: the profile, the units directory (add, rename, kind, move,
merge, deactivate), signer and recipient presets. Real SQLite files, no mocks."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import func, select, text

from dxdesk.domain.status import UnitKind
from dxdesk.errors import InvalidInput, UserFacingError
from dxdesk.model import AuditEntry, DistrictProfile, Task, Unit, task_co_units
from dxdesk.services import district as d
from dxdesk.store import create_database, open_database
from dxdesk.store.backup import list_backups


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def empty_db(vn_dir):
    with open_database(create_database(vn_dir / "trống.sqlite")) as database:
        yield database


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def audit_count(db) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def last_audit(db) -> AuditEntry:
    with db.transaction() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()


def state(db) -> tuple:
    """Everything the settings services may change, to check that a refusal changed nothing."""
    with db.transaction() as session:
        rows = (
            session.execute(select(Unit.id, Unit.name, Unit.short_name, Unit.kind,
                                   Unit.position, Unit.active, Unit.merged_into_id)
                            .order_by(Unit.id)).all(),
            session.execute(select(Task.id, Task.lead_unit_id).order_by(Task.id)).all(),
            session.execute(select(task_co_units).order_by(task_co_units.c.task_id,
                                                           task_co_units.c.unit_id)).all())
    return (d.get_profile(db), *rows, d.list_signer_presets(db), d.list_recipient_presets(db),
            audit_count(db))


def units_by_short(db) -> dict[str, d.UnitRow]:
    return {u.short_name: u for u in d.list_units(db, include_inactive=True)}


def assert_dense(db) -> None:
    rows = d.list_units(db, include_inactive=True)
    assert [u.position for u in rows] == list(range(len(rows)))
    actives = [u.active for u in rows]
    assert actives == sorted(actives, reverse=True), "inactive units come after active ones"


# --- profile -------------------------------------------------------------------------------


def test_profile_is_cleaned_saved_and_returned_for_undo(db):
    before = d.get_profile(db)
    assert before.name == "huyện Sơn Hà Mẫu"
    old = d.save_profile(db, d.ProfileData(
        name=nfd("  Huyện   Ba Tơ "), province=nfd("Tỉnh Quảng Ngãi"), place_name=nfd("Ba Tơ"),
        issuer_lines=[nfd("Ủy ban nhân dân"), "", nfd("huyện ba tơ ")],
        body_abbr="UBND", office_name=nfd("Phòng Văn hóa và Thông tin"), office_abbr="VHTT"))
    assert old == before
    saved = d.get_profile(db)
    assert saved == d.ProfileData(
        name="huyện Ba Tơ", province="tỉnh Quảng Ngãi", place_name="Ba Tơ",
        issuer_lines=["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"], body_abbr="UBND",
        office_name="Phòng Văn hóa và Thông tin", office_abbr="VHTT")
    assert all(unicodedata.is_normalized("NFC", v) for v in (saved.name, saved.place_name))
    entry = last_audit(db)
    assert entry.action == "district.save_profile"
    assert entry.detail["changed"]["name"] == "huyện Ba Tơ"
    d.save_profile(db, old)  # undo
    assert d.get_profile(db) == before


def test_save_profile_creates_the_single_row(empty_db):
    assert d.get_profile(empty_db) is None
    data = d.ProfileData(name="huyện Ba Tơ", place_name="Ba Tơ",
                         issuer_lines=["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"])
    assert d.save_profile(empty_db, data) is None
    assert d.save_profile(empty_db, data) == data  # the second save updates the same row
    with empty_db.transaction() as session:
        assert session.scalars(select(DistrictProfile.id)).all() == [1]


def test_suggestions_from_the_district_name():
    assert d.suggest_place_name("huyện Ba Tơ") == "Ba Tơ"
    assert d.suggest_place_name("thị xã Đức Phổ") == "Đức Phổ"
    assert d.suggest_issuer_lines("huyện Ba Tơ") == ["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"]


GOOD = dict(name="huyện Ba Tơ", province="tỉnh Quảng Ngãi", place_name="Ba Tơ",
            issuer_lines=["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"], body_abbr="UBND",
            office_name="Phòng Văn hóa và Thông tin", office_abbr="VHTT")


@pytest.mark.parametrize("change, field, words", [
    ({"name": "  "}, "name", "không được để trống"),
    ({"name": "Ba Tơ"}, "name", "cấp hành chính"),
    ({"name": "huyện ba tơ"}, "name", "huyện Ba Tơ"),
    ({"province": "Quảng Ngãi"}, "province", "cấp hành chính"),
    ({"place_name": ""}, "place_name", "không được để trống"),
    ({"place_name": "huyện Ba Tơ"}, "place_name", "không kèm chữ"),
    ({"issuer_lines": ["", " "]}, "issuer_lines", "không được để trống"),
    ({"issuer_lines": ["A", "B", "C", "D"]}, "issuer_lines", "tối đa 3 dòng"),
    ({"body_abbr": "UB ND"}, "body_abbr", "dấu cách"),
    ({"body_abbr": "ubnd"}, "body_abbr", "in hoa: “UBND”"),
    ({"body_abbr": "KH-UBND"}, "body_abbr", "chữ in hoa, chữ số và dấu &"),
    ({"body_abbr": ""}, "body_abbr", "không được để trống"),
    ({"office_name": ""}, "office_name", "không được để trống"),
    ({"office_abbr": "Vhtt"}, "office_abbr", "in hoa"),
])
def test_bad_profile_is_refused_and_changes_nothing(db, change, field, words):
    before = state(db)
    with pytest.raises(InvalidInput) as refused:
        d.save_profile(db, d.ProfileData(**{**GOOD, **change}))
    assert words in str(refused.value)
    assert refused.value.field == field
    assert state(db) == before


# --- units ---------------------------------------------------------------------------------


def test_add_rename_and_kind_with_undo_values(db):
    count = len(d.list_units(db))
    new_id = d.add_unit(db, nfd(" Phòng  Dân tộc "), "DT", "office")
    rows = d.list_units(db)
    assert (rows[-1].id, rows[-1].name, rows[-1].position) == (new_id, "Phòng Dân tộc", count)
    assert last_audit(db).action == "unit.add"

    old = d.rename_unit(db, new_id, "Phòng Dân tộc và Tôn giáo", "DTTG")
    assert old == ("Phòng Dân tộc", "DT")
    assert d.get_unit(db, new_id).name == "Phòng Dân tộc và Tôn giáo"
    assert d.rename_unit(db, new_id, *old) == ("Phòng Dân tộc và Tôn giáo", "DTTG")
    assert d.get_unit(db, new_id).short_name == "DT"

    assert d.set_unit_kind(db, new_id, UnitKind.OTHER) is UnitKind.OFFICE
    assert d.get_unit(db, new_id).kind is UnitKind.OTHER
    assert last_audit(db).detail == {"old": "office", "kind": "other"}
    # An empty short name is allowed (not every unit has one).
    d.add_unit(db, "Hội Nông dân huyện", "", "other")
    assert_dense(db)


@pytest.mark.parametrize("call, words", [
    (lambda db, u: d.add_unit(db, "  ", "X", "office"), "Tên đơn vị không được để trống"),
    (lambda db, u: d.add_unit(db, "phòng nội vụ", "NV2", "office"), "Đã có đơn vị"),
    (lambda db, u: d.add_unit(db, "Phòng Mới", "VHTT", "office"), "“VHTT” đã dùng cho"),
    (lambda db, u: d.add_unit(db, "Phòng Mới", "P M", "office"), "dấu cách"),
    (lambda db, u: d.add_unit(db, "Phòng Mới", "pm", "office"), "in hoa"),
    (lambda db, u: d.add_unit(db, "Phòng Mới", "PM", "phòng"), "Loại đơn vị không hợp lệ"),
    (lambda db, u: d.rename_unit(db, u["NV"].id, "", "NV"), "không được để trống"),
    (lambda db, u: d.rename_unit(db, u["NV"].id, "Phòng Nội vụ", "TP"), "đã dùng cho"),
    (lambda db, u: d.rename_unit(db, 9999, "Phòng X", "X"), "Không tìm thấy đơn vị"),
    (lambda db, u: d.set_unit_kind(db, u["NV"].id, "xã"), "Loại đơn vị không hợp lệ"),
    (lambda db, u: d.move_unit(db, u["NV"].id, 17), "Vị trí phải từ 1 đến 17"),
    (lambda db, u: d.move_unit(db, u["NV"].id, -1), "Vị trí phải từ 1 đến 17"),
    (lambda db, u: d.reactivate_unit(db, u["NV"].id), "đang được sử dụng"),
])
def test_bad_unit_input_is_refused_and_changes_nothing(db, call, words):
    units = units_by_short(db)
    before = state(db)
    with pytest.raises(InvalidInput) as refused:
        call(db, units)
    assert words in str(refused.value)
    assert state(db) == before


def test_moves_keep_positions_dense_and_return_the_old_place(db):
    order = [u.short_name for u in d.list_units(db)]
    nv = units_by_short(db)["NV"]
    assert d.move_unit(db, nv.id, 0) == 2
    assert [u.short_name for u in d.list_units(db)] == ["NV", *[s for s in order if s != "NV"]]
    assert_dense(db)
    assert d.move_unit(db, nv.id, len(order) - 1) == 0  # to the end
    assert [u.short_name for u in d.list_units(db)][-1] == "NV"
    assert_dense(db)
    d.move_unit(db, nv.id, 2)  # back: the original order
    assert [u.short_name for u in d.list_units(db)] == order
    assert last_audit(db).detail == {"old": len(order) - 1, "new": 2}


def test_positions_are_repaired_when_they_were_not_dense(db):
    with db.transaction() as session:
        session.execute(text("UPDATE units SET position = position * 10 + 5"))
    order = [u.short_name for u in d.list_units(db)]
    d.move_unit(db, units_by_short(db)["VHTT"].id, 0)
    assert [u.short_name for u in d.list_units(db)] == ["VHTT", *[s for s in order if s != "VHTT"]]
    assert_dense(db)


def test_deactivate_and_reactivate(db):
    order = [u.short_name for u in d.list_units(db)]
    tp = units_by_short(db)["TP"]
    old = d.deactivate_unit(db, tp.id)
    assert old == order.index("TP")
    assert "TP" not in [u.short_name for u in d.list_units(db)]
    assert d.list_units(db, include_inactive=True)[-1].short_name == "TP"
    assert_dense(db)
    with pytest.raises(InvalidInput, match="không sắp xếp lại"):
        d.move_unit(db, tp.id, 0)
    with pytest.raises(InvalidInput, match="đã ngừng sử dụng từ trước"):
        d.deactivate_unit(db, tp.id)
    # While TP is inactive, its short name may be reused; then TP cannot come back.
    other = d.add_unit(db, "Phòng Tư pháp mới", "TP", "office")
    with pytest.raises(InvalidInput, match="đã dùng cho"):
        d.reactivate_unit(db, tp.id, old)
    d.rename_unit(db, other, "Phòng Tư pháp mới", "TPM")
    d.reactivate_unit(db, tp.id, old)  # undo: back at its place
    assert [u.short_name for u in d.list_units(db)] == [*order, "TPM"]
    assert_dense(db)


# --- merging -------------------------------------------------------------------------------


def set_links(db, task_id: int, lead: int | None, co: list[int]) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE tasks SET lead_unit_id = :u WHERE id = :t"),
                        {"u": lead, "t": task_id})
        session.execute(task_co_units.delete().where(task_co_units.c.task_id == task_id))
        for position, unit_id in enumerate(co):
            session.execute(task_co_units.insert().values(task_id=task_id, unit_id=unit_id,
                                                          position=position))


def links(db) -> dict[int, tuple[int | None, list[int]]]:
    with db.transaction() as session:
        leads = dict(session.execute(select(Task.id, Task.lead_unit_id)).all())
        co: dict[int, list[int]] = {t: [] for t in leads}
        for task_id, unit_id in session.execute(
                select(task_co_units.c.task_id, task_co_units.c.unit_id)
                .order_by(task_co_units.c.task_id, task_co_units.c.position)):
            co[task_id].append(unit_id)
    return {t: (leads[t], co[t]) for t in leads}


def test_merge_moves_lead_and_co_links_without_duplicates(db):
    u = {k: v.id for k, v in units_by_short(db).items()}
    src, dst, x, y = u["NV"], u["VHTT"], u["TP"], u["YT"]
    tasks = sorted(links(db))[:6]
    set_links(db, tasks[0], src, [dst, x])  # led by source, target co-operates
    set_links(db, tasks[1], x, [src, dst])  # both co-operate
    set_links(db, tasks[2], x, [y, src])  # only the source co-operates
    set_links(db, tasks[3], dst, [src, y])  # target leads, source co-operates
    set_links(db, tasks[4], src, [y])  # led by source
    set_links(db, tasks[5], y, [x])  # untouched
    before = links(db)
    preview = d.merge_preview(db, src, dst)
    assert links(db) == before  # a preview changes nothing
    backups_before = len(list_backups(db.path))

    result = d.merge_units(db, src, dst)

    assert result == preview
    after = links(db)
    assert after[tasks[0]] == (dst, [x])  # target leads; no longer its own co-unit
    assert after[tasks[1]] == (x, [dst])  # no duplicate
    assert after[tasks[2]] == (x, [y, dst])  # the link moved, at the same place
    assert after[tasks[3]] == (dst, [y])  # target leads: the source's link is dropped
    assert after[tasks[4]] == (dst, [y])
    assert after[tasks[5]] == before[tasks[5]]
    for task_id, (lead, co) in after.items():
        assert src != lead and src not in co
        assert lead not in co and len(co) == len(set(co))
        if task_id not in tasks:
            expected_lead = dst if before[task_id][0] == src else before[task_id][0]
            assert lead == expected_lead
    assert result.lead_moved == sum(1 for t in before if before[t][0] == src)
    assert result.co_moved == sum(1 for t in before if src in before[t][1]
                                  and before[t][0] not in (src, dst) and dst not in before[t][1])
    assert (result.source_name, result.target_name) == ("Phòng Nội vụ",
                                                        "Phòng Văn hóa và Thông tin")
    source = d.get_unit(db, src)
    assert (source.active, source.merged_into_id) == (False, dst)
    assert source.lead_tasks == source.co_tasks == 0
    assert_dense(db)
    entry = last_audit(db)
    assert entry.action == "unit.merge" and entry.detail["target_id"] == dst
    assert tasks[0] in entry.detail["lead_task_ids"]
    assert len(list_backups(db.path)) == backups_before + 1
    with pytest.raises(InvalidInput, match="gộp vào"):
        d.reactivate_unit(db, src)


def test_merge_is_all_or_nothing(db):
    u = units_by_short(db)
    src, dst = u["KTHT"].id, u["VHTT"].id
    assert u["KTHT"].lead_tasks and u["KTHT"].co_tasks
    # The very last step (marking the source inactive) fails: everything before it, in the
    # same transaction, must be rolled back.
    with db.transaction() as session:
        session.execute(text("CREATE TRIGGER refuse_merge BEFORE UPDATE OF active ON units "
                             "BEGIN SELECT RAISE(ABORT, 'merge refused by test'); END"))
    before = state(db)
    with pytest.raises(UserFacingError):
        d.merge_units(db, src, dst)
    assert state(db) == before
    with db.transaction() as session:
        session.execute(text("DROP TRIGGER refuse_merge"))
    d.merge_units(db, src, dst)
    assert units_by_short(db)["KTHT"].lead_tasks == 0


@pytest.mark.parametrize("pair, words", [
    (("NV", "NV"), "chính nó"),
    (("NV", None), "Không tìm thấy"),
    (("TP", "NV"), "đã ngừng sử dụng"),  # TP is deactivated first
    (("NV", "TP"), "đã ngừng sử dụng"),
])
def test_bad_merge_is_refused_and_changes_nothing(db, pair, words):
    u = units_by_short(db)
    d.deactivate_unit(db, u["TP"].id)
    before = state(db)
    source, target = (u[k].id if k else 9999 for k in pair)
    with pytest.raises(InvalidInput, match=words):
        d.merge_units(db, source, target)
    assert state(db) == before


def test_list_units_counts_tasks(db):
    with db.transaction() as session:
        lead = session.scalar(select(func.count()).select_from(Task)
                              .where(Task.lead_unit_id.is_not(None)))
        co = session.scalar(select(func.count()).select_from(task_co_units))
    rows = d.list_units(db)
    assert sum(r.lead_tasks for r in rows) == lead
    assert sum(r.co_tasks for r in rows) == co


# --- presets -------------------------------------------------------------------------------


def test_signer_presets(db):
    first = d.list_signer_presets(db)
    new_id = d.add_signer_preset(db, "", [nfd("tm. ủy ban nhân dân"), " chủ tịch "],
                                 nfd("Trần Văn Nam"))
    added = d.list_signer_presets(db)[-1]
    assert (added.id, added.name, added.lines, added.signer_name) == (
        new_id, "Chủ tịch Trần Văn Nam", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Văn Nam")
    old = d.update_signer_preset(db, new_id, "Chủ tịch mới", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
                                 "Trần Văn Nam")
    assert old.name == "Chủ tịch Trần Văn Nam"
    assert d.list_signer_presets(db)[-1].name == "Chủ tịch mới"

    deleted = d.delete_signer_preset(db, first[0].id)
    assert [p.name for p in d.list_signer_presets(db)] == [first[1].name, "Chủ tịch mới"]
    d.restore_signer_preset(db, deleted)  # undo: back in first place
    assert [p.name for p in d.list_signer_presets(db)] == [first[0].name, first[1].name,
                                                           "Chủ tịch mới"]
    assert [p.position for p in d.list_signer_presets(db)] == [0, 1, 2]


@pytest.mark.parametrize("args, field", [
    (("X", [], "Lê Văn A"), "lines"),
    (("X", ["CHỦ TỊCH"], "  "), "signer_name"),
    (("X", ["TM. ỦY BAN NHÂN DÂN"], "Lê Văn A"), "lines"),  # the position is missing
    (("X", ["CHỦ TỊCH"], "lê văn a"), "signer_name"),
    (("Chủ tịch Nguyễn Thị Hoa", ["CHỦ TỊCH"], "Nguyễn Thị Hoa"), "name"),  # duplicate
])
def test_bad_signer_is_refused_and_changes_nothing(db, args, field):
    before = state(db)
    with pytest.raises(InvalidInput) as refused:
        d.add_signer_preset(db, *args)
    assert refused.value.field == field
    assert state(db) == before


def test_recipient_presets_are_stored_without_punctuation(db):
    new_id = d.add_recipient_preset(db, "Gửi xã", "reminder", [
        "Nơi nhận:", "- Lưu: VT, VHTT.", nfd("- UBND các xã, thị trấn;"), "", "– Như trên ;"])
    preset = next(p for p in d.list_recipient_presets(db) if p.id == new_id)
    assert preset.items == ["UBND các xã, thị trấn", "Như trên", "Lưu: VT, VHTT"]
    assert preset.doc_kind == "reminder"
    assert [p.id for p in d.list_recipient_presets(db, "reminder")][-1] == new_id
    old = d.update_recipient_preset(db, new_id, "Gửi xã", "plan", "Như trên\nLưu: VT, VHTT")
    assert old.items == preset.items
    deleted = d.delete_recipient_preset(db, new_id)
    assert new_id not in [p.id for p in d.list_recipient_presets(db)]
    restored = d.restore_recipient_preset(db, deleted)
    assert d.list_recipient_presets(db)[-1].id == restored
    before = state(db)
    for bad in [("", "plan", ["A"]), ("Mới", "letter", ["A"]), ("Mới", "plan", ["- ;", ""]),
                ("kế hoạch — mặc định", "plan", ["A"])]:
        with pytest.raises(InvalidInput):
            d.add_recipient_preset(db, *bad)
    with pytest.raises(InvalidInput, match="Không tìm thấy"):
        d.delete_recipient_preset(db, 9999)
    assert state(db) == before
