"""The officer's review of a parsed template before it is stored.

The import dialog shows the parse as a flat list of lines — each a heading (with its level),
a căn cứ, a chỉ tiêu, a nhiệm vụ or other text — lets the officer change a line's kind or
level, merge two lines or split one, and then rebuilds the template structure
(``template-json.md``) from the corrected lines. Qt-free, so it is tested on its own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from dxdesk.errors import InvalidInput
from dxdesk.importing.numbers import first_quantity
from dxdesk.text import clean

KINDS = ("heading", "basis", "target", "task", "other")
KIND_LABELS = {"heading": "đề mục", "basis": "căn cứ", "target": "chỉ tiêu",
               "task": "nhiệm vụ", "other": "khác"}
SECTION_KINDS = {"bases": "căn cứ", "situation": "thực trạng", "objectives": "mục tiêu",
                 "tasks": "nhiệm vụ", "solutions": "giải pháp", "funding": "kinh phí",
                 "organization": "tổ chức thực hiện", "group": "nhóm", "other": "khác"}

@dataclass
class ReviewLine:
    kind: str  # one of KINDS
    text: str
    level: int = 0  # headings: 1 = top level
    label: str = ""  # headings: "I", "1.1", "a"
    section_kind: str = "other"  # headings: bases, objectives, tasks, ..., group, other
    extra: dict = field(default_factory=dict)  # targets: value/unit/horizon; tasks: lead/co/deadline/output


def lines_from_template(data: dict) -> list[ReviewLine]:
    """Flatten: each heading, then its own text, its targets and tasks, then its children."""
    lines: list[ReviewLine] = []
    targets, tasks = list(data.get("targets") or []), list(data.get("tasks") or [])
    bases = list(data.get("bases") or [])
    bases_placed = False

    def take(items: list[dict], path: list[str]) -> list[dict]:
        found = [item for item in items if list(item.get("path") or []) == path]
        for item in found:
            items.remove(item)
        return found

    def walk(headings: list[dict], path: list[str], level: int) -> None:
        nonlocal bases_placed
        for heading in headings:
            here = path + [heading.get("label") or ""]
            lines.append(ReviewLine("heading", heading.get("title") or "", level,
                                    heading.get("label") or "", heading.get("kind") or "other"))
            if heading.get("text"):
                lines.extend(ReviewLine("other", p) for p in heading["text"].split("\n") if p)
            if heading.get("kind") == "bases" and not bases_placed:
                lines.extend(ReviewLine("basis", b) for b in bases)
                bases_placed = True
            lines.extend(_target_line(t) for t in take(targets, here))
            lines.extend(_task_line(t) for t in take(tasks, here))
            walk(heading.get("children") or [], here, level + 1)

    preamble = [ReviewLine("basis", b) for b in bases]
    walk(data.get("outline") or [], [], 1)
    if not bases_placed:
        lines[:0] = preamble
    # Whatever the outline did not place (a table's rows, say) goes at the end, in order.
    lines.extend(_target_line(t) for t in targets)
    lines.extend(_task_line(t) for t in tasks)
    return lines


def _target_line(target: dict) -> ReviewLine:
    return ReviewLine("target", target.get("text") or "", extra={
        k: target.get(k) for k in ("value", "unit", "horizon")})


def _task_line(task: dict) -> ReviewLine:
    return ReviewLine("task", task.get("text") or "", extra={
        "lead": task.get("lead"), "co": list(task.get("co") or []),
        "deadline": task.get("deadline"), "group": task.get("group"),
        "output": task.get("output") or ""})


def template_from_lines(lines: list[ReviewLine], original: dict) -> dict:
    """The template structure rebuilt from the corrected lines; the header fields (issuer,
    number, date, recipients, signer …) are kept from ``original``."""
    data = copy.deepcopy(original)
    data["outline"], data["bases"], data["targets"], data["tasks"] = [], [], [], []
    stack: list[dict] = []  # open headings, outermost first
    for line in lines:
        text = clean(line.text)
        if not text:
            continue
        if line.kind == "heading":
            level = max(1, min(line.level, len(stack) + 1))
            del stack[level - 1:]
            node = {"label": clean(line.label), "title": text, "kind": line.section_kind,
                    "text": "", "children": []}
            (stack[-1]["children"] if stack else data["outline"]).append(node)
            stack.append(node)
            continue
        path = [h["label"] for h in stack]
        if line.kind == "basis":
            data["bases"].append(text)
        elif line.kind == "target":
            value, unit = line.extra.get("value"), line.extra.get("unit")
            if value is None:  # a line the officer turned into a target
                value, unit = first_quantity(text) or (None, None)
            data["targets"].append({"text": text, "value": value, "unit": unit,
                                    "horizon": line.extra.get("horizon"), "path": path})
        elif line.kind == "task":
            data["tasks"].append({
                "text": text, "group": stack[-1]["title"] if stack else line.extra.get("group"),
                "path": path, "lead": line.extra.get("lead"), "co": line.extra.get("co") or [],
                "deadline": line.extra.get("deadline"), "output": line.extra.get("output") or ""})
        elif stack:
            stack[-1]["text"] = "\n".join(filter(None, [stack[-1]["text"], text]))
    return data


def merge(lines: list[ReviewLine], index: int) -> None:
    """Join line ``index + 1`` onto line ``index`` (a wrapped sentence split in two)."""
    if not 0 <= index < len(lines) - 1:
        raise InvalidInput("Hãy chọn một dòng có dòng tiếp theo để gộp.")
    lines[index].text = clean(f"{lines[index].text} {lines.pop(index + 1).text}")


def split(lines: list[ReviewLine], index: int, at: int) -> None:
    """Split line ``index`` at character ``at``; the second part keeps the same kind."""
    line = lines[index]
    head, tail = clean(line.text[:at]), clean(line.text[at:])
    if not head or not tail:
        raise InvalidInput("Hãy đặt con trỏ vào giữa dòng, nơi muốn tách.")
    line.text = head
    lines.insert(index + 1, ReviewLine(line.kind, tail, line.level, "", line.section_kind,
                                       copy.deepcopy(line.extra)))
