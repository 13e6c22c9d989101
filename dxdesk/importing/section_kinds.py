"""The kind of each section of the outline: from its heading's words (``MỤC TIÊU`` →
objectives, ``NHIỆM VỤ`` → tasks…), or ``group`` under a tasks or solutions section; the
context a section passes down to its sub-sections; and which kinds hold the tasks."""

from __future__ import annotations

from dxdesk.importing.headings import Node
from dxdesk.importing.vocab import heading_kind

__all__ = ["assign_kinds", "task_kinds", "walk_nodes"]

_CONTEXT_KINDS = ("bases", "situation", "objectives", "tasks", "solutions", "funding",
                  "organization")


# Kinds a sub-section of TỔ CHỨC THỰC HIỆN (one unit's assignment) never has.
_NOT_IN_ORGANIZATION = ("bases", "situation", "objectives", "solutions")


def assign_kinds(nodes: list[Node], context: str | None) -> None:
    for node in nodes:
        own = heading_kind(node.title)
        if context == "objectives" and "%" in node.full:
            # "a) 100% nhiệm vụ được giao hoàn thành đúng hạn": a target, whatever its words.
            own = None
        if node.style == "appendix" and own is None and any(
                t.kind == "tasks" for t in node.tables):
            own = "tasks"
        if context in ("tasks", "solutions"):
            node.kind = "group"
        elif own == "tasks" and context in ("organization", "situation", "funding", "bases"):
            node.kind = "other"
        elif context == "organization" and own in _NOT_IN_ORGANIZATION:
            # "2. Các sở, ban, ngành: Căn cứ chức năng, nhiệm vụ được giao: …": a unit's
            # assignment, whatever its words; its items are neither legal bases nor targets.
            node.kind = "other"
        elif own is not None:
            node.kind = own
        else:
            node.kind = "other"
        node.context = node.kind if node.kind in _CONTEXT_KINDS else context
        assign_kinds(node.children, node.context)


def task_kinds(roots: list[Node]) -> tuple[str, ...]:
    """The contexts whose items are tasks: a plan with a tasks section keeps its solutions
    as text; one without takes its tasks from the solutions."""
    kinds = {n.kind for root in roots for n in walk_nodes(root)}
    return ("tasks",) if "tasks" in kinds else ("tasks", "solutions")


def walk_nodes(node: Node):
    yield node
    for child in node.children:
        yield from walk_nodes(child)
