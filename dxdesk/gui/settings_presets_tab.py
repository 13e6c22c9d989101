"""“Người ký” and “Nơi nhận”, the settings dialog's preset tabs: a list of presets beside an
editor and a preview. Both tabs are one :class:`PresetTab`, told by a :class:`PresetKind`
which widgets, service functions and wording to use."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QWidget)

from dxdesk.documents.model import recipient_lines
from dxdesk.gui.settings_common import AMBER, FAILED, ID, SettingsTab
from dxdesk.services import presets as svc
from dxdesk.text import clean, fold

if TYPE_CHECKING:
    from dxdesk.gui.settings_dialog import SettingsDialog


@dataclass(frozen=True)
class PresetKind:
    """One kind of preset as its tab shows it. ``prefix`` names the form's widgets
    (``signerList``, ``deleteSignerButton``...); ``edits`` maps each service field to its
    widget's class, object name and the dialog attribute it is known by; ``actions`` names
    the dialog's ``new_…``, ``save_…`` and ``delete_…`` methods."""

    prefix: str
    tab_name: str
    actions: str
    noun: str  # in messages: “Đã thêm {noun} …”
    edit_title: str
    new_title: str
    edits: dict[str, tuple[type, str, str]]
    first_edit: str  # the field a new preset starts at
    service: dict[str, Callable]  # list, add, update, delete, restore
    label: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None
    preview: Callable[[dict[str, Any]], str]
    new_values: Callable[[SettingsDialog], dict[str, str]]
    choices: dict[str, str] = field(default_factory=dict)  # for a combo box field


def _value(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def _set_value(widget: QWidget, value) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("\n".join(value) if isinstance(value, list) else value)
    else:
        widget.setText(value)


class PresetTab(SettingsTab):
    """A preset list and its editor; every change goes through
    :mod:`dxdesk.services.presets`."""

    def __init__(self, dialog: SettingsDialog, panel: QWidget, kind: PresetKind):
        super().__init__(dialog)
        self.kind = kind
        self.tab_name = kind.tab_name
        find, cap = panel.findChild, kind.prefix.capitalize()
        self.list: QListWidget = find(QListWidget, f"{kind.prefix}List")
        self.title: QLabel = find(QLabel, f"{kind.prefix}EditorTitle")
        self.preview_label: QLabel = find(QLabel, f"{kind.prefix}Preview")
        self.delete_button: QPushButton = find(QPushButton, f"delete{cap}Button")
        self.edits: dict[str, QWidget] = {
            name: find(cls, object_name) for name, (cls, object_name, _) in kind.edits.items()}
        find(QLabel, f"{kind.prefix}Hint").setStyleSheet("color: #616161;")
        find(QPushButton, f"new{cap}Button").clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        find(QPushButton, f"save{cap}Button").clicked.connect(self.save)
        self.list.currentItemChanged.connect(self._chosen)
        for edit in self.edits.values():
            if isinstance(edit, QComboBox):
                for key, label in kind.choices.items():
                    edit.addItem(label, key)
                edit.currentIndexChanged.connect(self._edited)
            else:
                edit.textChanged.connect(self._edited)
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.save)
        self.presets: list = []
        self._id: int | None = None
        self._snapshot: tuple = ()

    def load(self, select: int | None = None) -> None:
        select = select if select is not None else self._id
        self.presets = self.kind.service["list"](self.db)
        self.list.blockSignals(True)
        self.list.clear()
        for preset in self.presets:
            item = QListWidgetItem(self.kind.label(preset))
            item.setData(ID, preset.id)
            if self.kind.tooltip is not None:
                item.setToolTip(self.kind.tooltip(preset))
            self.list.addItem(item)
        self.list.blockSignals(False)
        chosen = next((p for p in self.presets if p.id == select), None) or \
            (self.presets[0] if self.presets else None)
        self._show(chosen)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        preset = next((p for p in self.presets if item and p.id == item.data(ID)), None)
        self._show(preset)

    def _show(self, preset) -> None:
        self._id = preset.id if preset else None
        for name, edit in self.edits.items():
            _set_value(edit, getattr(preset, name) if preset else "")
        self.title.setText(f"<b>{self.kind.edit_title}: {html.escape(preset.name)}</b>"
                           if preset else f"<b>{self.kind.new_title}</b>")
        self.delete_button.setEnabled(preset is not None)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if preset and self.list.item(row).data(ID) == preset.id:
                self.list.setCurrentRow(row)
        if preset is None:
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._snapshot = self._form()
        self._edited()

    def values(self) -> dict[str, Any]:
        return {name: _value(edit) for name, edit in self.edits.items()}

    def _form(self) -> tuple:
        return (self._id, *self.values().values())

    def unsaved(self) -> bool:
        return self._form() != self._snapshot

    def _edited(self) -> None:
        self.preview_label.setText(self.kind.preview(self.values()))

    def new(self) -> None:
        """An empty editor for a new preset, pre-filled with what every one starts with."""
        self._show(None)
        for name, value in self.kind.new_values(self.dialog).items():
            _set_value(self.edits[name], value)
        self._snapshot = self._form()
        self.edits[self.kind.first_edit].setFocus()

    def save(self) -> int | None:
        values, preset_id, service = self.values(), self._id, self.kind.service
        if preset_id is None:
            new_id = self._act(lambda: service["add"](self.db, **values), self.edits)
            if new_id is FAILED:
                return None
            self._id = new_id
            self.load(select=new_id)
            self._saved(f"Đã thêm {self.kind.noun} “{self.edits['name'].text()}”.",
                        lambda: service["delete"](self.db, new_id))
            return new_id
        old = self._act(lambda: service["update"](self.db, preset_id, **values), self.edits)
        if old is FAILED:
            return None
        self.load(select=preset_id)
        self._saved(f"Đã lưu {self.kind.noun} “{self.edits['name'].text()}”.",
                    lambda: service["update"](self.db, preset_id,
                                              **{name: getattr(old, name) for name in values}))
        return preset_id

    def delete(self) -> None:
        preset_id = self._id
        if preset_id is None:
            return
        old = self._act(lambda: self.kind.service["delete"](self.db, preset_id))
        if old is FAILED:
            return
        self._id = None
        self.load()
        self._saved(f"Đã xóa {self.kind.noun} “{old.name}”.",
                    lambda: self.kind.service["restore"](self.db, old))


def _signer_preview(values: dict[str, Any]) -> str:
    lines = [clean(s).upper() for s in values["lines"].splitlines()]
    lines = [s for s in lines if s]
    name = clean(values["signer_name"])
    missing = '<span style="color:#9e9e9e; font-weight:normal">({})</span>'
    body = "<br>".join(html.escape(s) for s in lines) or missing.format("dòng thẩm quyền")
    person = html.escape(name) if name else missing.format("họ và tên người ký")
    return (f'<div style="font-family:\'Times New Roman\',\'Liberation Serif\',serif; '
            f'font-size:14pt"><b>{body}</b><br><br><br><br><b>{person}</b></div>')


def _recipient_preview(values: dict[str, Any]) -> str:
    items = [svc.clean_recipient_item(s) for s in values["items"].splitlines()]
    items = [s for s in items if s]
    archive = [s for s in items if fold(s).startswith("luu")]
    items = [s for s in items if s not in archive] + archive
    lines = recipient_lines(items) if items else ["- …"]
    body = "<br>".join(html.escape(s) for s in lines)
    warn = "" if archive else (
        f'<br><span style="color:{AMBER}; font-family:sans-serif; font-size:9pt">⚠ Chưa có '
        "dòng “Lưu: VT, …” (nơi lưu bản chính), thường là dòng cuối.</span>")
    return ('<div style="font-family:\'Times New Roman\',\'Liberation Serif\',serif">'
            '<span style="font-size:12pt"><b><i>Nơi nhận:</i></b></span><br>'
            f'<span style="font-size:11pt">{body}</span>{warn}</div>')


SIGNERS = PresetKind(
    prefix="signer", tab_name="signersTab", actions="signer", noun="người ký",
    edit_title="Sửa người ký", new_title="Thêm người ký mới",
    edits={"signer_name": (QLineEdit, "signerPersonEdit", "signer_person_edit"),
           "lines": (QPlainTextEdit, "signerLinesEdit", "signer_lines_edit"),
           "name": (QLineEdit, "signerNameEdit", "signer_name_edit")},
    first_edit="signer_name",
    service={"list": svc.list_signer_presets, "add": svc.add_signer_preset,
             "update": svc.update_signer_preset, "delete": svc.delete_signer_preset,
             "restore": svc.restore_signer_preset},
    label=lambda p: p.name, tooltip=lambda p: " / ".join([*p.lines, p.signer_name]),
    preview=_signer_preview,
    new_values=lambda dialog: {"lines": "TM. ỦY BAN NHÂN DÂN\n"})

RECIPIENTS = PresetKind(
    prefix="recipient", tab_name="recipientsTab", actions="recipients",
    noun="danh sách nơi nhận", edit_title="Sửa danh sách",
    new_title="Thêm danh sách nơi nhận mới",
    edits={"name": (QLineEdit, "recipientNameEdit", "recipient_name_edit"),
           "doc_kind": (QComboBox, "recipientKindCombo", "recipient_kind_combo"),
           "items": (QPlainTextEdit, "recipientItemsEdit", "recipient_items_edit")},
    first_edit="name",
    service={"list": svc.list_recipient_presets, "add": svc.add_recipient_preset,
             "update": svc.update_recipient_preset, "delete": svc.delete_recipient_preset,
             "restore": svc.restore_recipient_preset},
    label=lambda p: f"{p.name}\n    dùng cho: {svc.DOC_KINDS.get(p.doc_kind, p.doc_kind)}",
    tooltip=None, preview=_recipient_preview,
    new_values=lambda dialog: {"items": f"\nLưu: VT, {dialog.profile.saved_office_abbr()}"},
    choices=svc.DOC_KINDS)
