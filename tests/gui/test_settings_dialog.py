"""The district settings dialog as an officer uses it: the district's names, the units
directory, signers and recipient lists. Real demo database, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from dxdesk.gui.settings_dialog import (C_KIND, C_NAME, C_SHORT, ID, RED, SettingsDialog)
from dxdesk.services import district as d
from dxdesk.store import open_database

pytestmark = pytest.mark.gui


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def dialog(qtbot, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text: str) -> None:
    """Clear ``edit`` and type ``text`` key by key, as a Vietnamese keyboard (Unikey) sends
    it: one key event per composed letter (QTest.keyClicks only knows ASCII)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                   char))


def shows_refusal(dialog) -> bool:
    return RED in dialog.message_label.text() and bool(dialog.message())


def test_edit_the_profile_and_see_it_saved(qtbot, dialog, db):
    assert dialog.profile.name_edit.text() == "huyện Sơn Hà Mẫu"
    assert dialog.profile.preview.issuer_lines == ["ỦY BAN NHÂN DÂN", "HUYỆN SƠN HÀ MẪU"]
    # Typing the district's name fills the place and the issuing body that were derived
    # from the old name, and the preview follows.
    type_into(qtbot, dialog.profile.name_edit, "huyện Ba Tơ")
    assert dialog.profile.place_edit.text() == "Ba Tơ"
    assert dialog.profile.issuer_edit.toPlainText() == "ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ"
    assert dialog.profile.preview.issuer_lines == ["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"]
    assert dialog.profile.preview.date_line.startswith("Ba Tơ, ngày")
    type_into(qtbot, dialog.profile.province_edit, "tỉnh Quảng Ngãi")
    type_into(qtbot, dialog.profile.office_abbr_edit, "VHTT")
    assert "Lưu: VT, VHTT." in dialog.profile.office_abbr_hint.text()
    assert dialog.unsaved_tabs() == [0]

    with qtbot.waitSignal(dialog.changed, timeout=2000):
        click(qtbot, dialog.profile.save_profile_button)
    assert d.get_profile(db) == d.ProfileData(
        name="huyện Ba Tơ", province="tỉnh Quảng Ngãi", place_name="Ba Tơ",
        issuer_lines=["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"], body_abbr="UBND",
        office_name="Phòng Văn hóa và Thông tin", office_abbr="VHTT")
    assert dialog.message() == "Đã lưu thông tin huyện."
    assert dialog.unsaved_tabs() == []

    # Undo puts the old names back.
    assert dialog.undo_button.isVisible()
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        click(qtbot, dialog.undo_button)
    assert d.get_profile(db).name == "huyện Sơn Hà Mẫu"
    assert dialog.profile.name_edit.text() == "huyện Sơn Hà Mẫu"


def test_a_bad_profile_shows_the_red_message_and_changes_nothing(qtbot, dialog, db):
    before = d.get_profile(db)
    type_into(qtbot, dialog.profile.body_abbr_edit, "ub nd")
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.profile.save_profile_button)
    assert shows_refusal(dialog)
    assert "dấu cách" in dialog.message()
    assert d.get_profile(db) == before
    assert dialog.profile.body_abbr_edit.text() == "ub nd"  # the officer's text stays to correct
    # A long issuing-body line is warned about under the preview (it would wrap in print).
    dialog.profile.issuer_edit.setPlainText("ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ MẪU VÀ CÁC XÃ VÙNG CAO")
    assert "tách thành hai dòng" in dialog.profile.preview_warning.text()


def test_closing_with_unsaved_edits_warns_once(qtbot, dialog):
    dialog.tabs.setCurrentIndex(1)
    dialog.profile.place_edit.setText("Ba Tơ")
    dialog.reject()
    assert dialog.isVisible() and shows_refusal(dialog)
    assert dialog.tabs.currentIndex() == 0
    dialog.reject()
    assert not dialog.isVisible()


def test_add_rename_move_and_merge_units(qtbot, dialog, db):
    dialog.tabs.setCurrentWidget(dialog.units_page.units_tab)
    count = len(dialog.units_page.units)

    # Add, through the “Thêm đơn vị” row.
    type_into(qtbot, dialog.units_page.new_name_edit, "Phòng Dân tộc")
    type_into(qtbot, dialog.units_page.new_short_edit, "DT")
    dialog.units_page.new_kind_combo.setCurrentIndex(dialog.units_page.new_kind_combo.findData("office"))
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        qtbot.keyClick(dialog.units_page.new_short_edit, Qt.Key.Key_Return)
    new = d.list_units(db)[-1]
    assert (new.name, new.short_name, new.position) == ("Phòng Dân tộc", "DT", count)
    assert dialog.units_page.selected_unit_id() == new.id
    assert dialog.units_page.new_name_edit.text() == ""

    # Rename in place, as the table's editor commits it.
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.units_page.unit_item(new.id, C_NAME).setText("Phòng Dân tộc và Tôn giáo")
    assert d.get_unit(db, new.id).name == "Phòng Dân tộc và Tôn giáo"
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.units_page.unit_item(new.id, C_KIND).setData(ID, "other")
    assert d.get_unit(db, new.id).kind.value == "other"
    assert dialog.units_page.unit_item(new.id, C_KIND).text() == "khác"

    # Move up twice with the button, then undo the last move.
    for _ in range(2):
        with qtbot.waitSignal(dialog.changed, timeout=2000):
            click(qtbot, dialog.units_page.up_button)
    assert d.get_unit(db, new.id).position == count - 2
    assert dialog.units_page.unit_table.item(dialog.units_page.row_of_unit(new.id), 0).text() == str(count - 1)
    positions = [u.position for u in d.list_units(db)]
    assert positions == list(range(len(positions)))
    dialog.undo()
    assert d.get_unit(db, new.id).position == count - 1

    # Merge “Phòng Nội vụ” into “Phòng Văn hóa và Thông tin”: the panel shows the counts.
    units = {u.short_name: u for u in d.list_units(db)}
    source, target = units["NV"], units["VHTT"]
    dialog.units_page.select_unit(source.id)
    click(qtbot, dialog.units_page.merge_button)
    assert dialog.units_page.merge_frame.isVisible()
    assert not dialog.units_page.confirm_merge_button.isEnabled()
    dialog.units_page.choose_merge_target(target.id)
    preview = d.merge_preview(db, source.id, target.id)
    assert f"{preview.lead_moved}</b> nhiệm vụ do Phòng Nội vụ chủ trì" in \
        dialog.units_page.merge_summary.text()
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        click(qtbot, dialog.units_page.confirm_merge_button)
    assert not dialog.units_page.merge_frame.isVisible()
    merged = d.get_unit(db, source.id)
    assert (merged.active, merged.merged_into_id) == (False, target.id)
    assert d.get_unit(db, target.id).lead_tasks == target.lead_tasks + source.lead_tasks
    assert source.id not in [u.id for u in dialog.units_page.units]
    assert dialog.units_page.selected_unit_id() == target.id

    # Shown again with the inactive units, marked as merged; it cannot be brought back.
    dialog.units_page.show_inactive.setChecked(True)
    dialog.units_page.select_unit(source.id)
    assert dialog.units_page.unit_item(source.id, 6).text() == "đã gộp vào VHTT"
    assert not dialog.units_page.deactivate_button.isEnabled()


def test_bad_unit_input_shows_the_red_message_and_changes_nothing(qtbot, dialog, db):
    before = d.list_units(db, include_inactive=True)
    type_into(qtbot, dialog.units_page.new_name_edit, "Phòng Văn hóa mới")
    type_into(qtbot, dialog.units_page.new_short_edit, "VHTT")
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.findChild(type(dialog.units_page.up_button), "addUnitButton"))
    assert shows_refusal(dialog) and "“VHTT” đã dùng cho" in dialog.message()
    assert dialog.units_page.new_name_edit.text() == "Phòng Văn hóa mới"  # kept, to correct

    # A rename to an empty name is refused and the cell shows the old name again.
    nv = next(u for u in before if u.short_name == "NV")
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.units_page.unit_item(nv.id, C_NAME).setText("   ")
    assert shows_refusal(dialog) and "không được để trống" in dialog.message()
    assert dialog.units_page.unit_item(nv.id, C_NAME).text() == "Phòng Nội vụ"
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.units_page.unit_item(nv.id, C_SHORT).setText("n v")
    assert dialog.units_page.unit_item(nv.id, C_SHORT).text() == "NV"
    assert d.list_units(db, include_inactive=True) == before


def test_search_hides_the_rows_that_do_not_match(qtbot, dialog):
    type_into(qtbot, dialog.units_page.search_edit, "van hoa")  # without accents
    shown = [u.name for row, u in enumerate(dialog.units_page.units)
             if not dialog.units_page.unit_table.isRowHidden(row)]
    assert shown == ["Phòng Văn hóa và Thông tin",
                     "Trung tâm Văn hóa - Thể thao và Truyền thông"]
    dialog.units_page.search_edit.clear()
    assert not any(dialog.units_page.unit_table.isRowHidden(r) for r in range(len(dialog.units_page.units)))


def test_deactivate_and_undo(qtbot, dialog, db):
    tp = next(u for u in dialog.units_page.units if u.short_name == "TP")
    dialog.units_page.select_unit(tp.id)
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        click(qtbot, dialog.units_page.deactivate_button)
    assert not d.get_unit(db, tp.id).active
    assert tp.id not in [u.id for u in dialog.units_page.units]
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.undo()
    assert d.get_unit(db, tp.id).active
    assert d.get_unit(db, tp.id).position == tp.position


def test_signer_and_recipient_presets(qtbot, dialog, db):
    dialog.tabs.setCurrentIndex(2)
    dialog.signers.new()
    type_into(qtbot, dialog.signers.edits["signer_name"], "Trần Văn Nam")
    dialog.signers.edits["lines"].setPlainText("tm. ủy ban nhân dân\nchủ tịch")
    assert "TM. ỦY BAN NHÂN DÂN" in dialog.signers.preview_label.text()
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.save_current_tab()
    added = d.list_signer_presets(db)[-1]
    assert (added.name, added.lines) == ("Chủ tịch Trần Văn Nam",
                                         ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    assert dialog.signers.list.currentItem().text() == "Chủ tịch Trần Văn Nam"
    # A signer without authority lines is refused in red; nothing is stored.
    dialog.signers.edits["lines"].setPlainText("")
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.signers.save()
    assert shows_refusal(dialog)
    assert d.list_signer_presets(db)[-1].lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]

    dialog.tabs.setCurrentIndex(3)
    first = d.list_recipient_presets(db)[0]
    assert dialog.recipients.edits["name"].text() == first.name
    dialog.recipients.edits["items"].setPlainText("- Như trên;\n- Lưu: VT, VHTT.\nSở Khoa học và "
                                             "Công nghệ tỉnh")
    assert "- Lưu: VT, VHTT." in dialog.recipients.preview_label.text()
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        click(qtbot, dialog.findChild(type(dialog.units_page.up_button), "saveRecipientButton"))
    assert d.list_recipient_presets(db)[0].items == ["Như trên", "Sở Khoa học và Công nghệ tỉnh",
                                                     "Lưu: VT, VHTT"]
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        click(qtbot, dialog.recipients.delete_button)
    assert first.id not in [p.id for p in d.list_recipient_presets(db)]
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.undo()
    assert d.list_recipient_presets(db)[0].name == first.name
