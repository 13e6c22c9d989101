"""Tasks written in the text of a tasks section: the leaf items under it, or its
paragraphs when it has no items, or the heading itself when a group heading stands alone;
a sentence pointing to an appendix table is not a task. (Rows of task tables are read by
:func:`dxdesk.importing.tables.table_tasks`.)"""

from __future__ import annotations

from dxdesk.importing.headings import Node
from dxdesk.importing.model import Task
from dxdesk.text import fold

__all__ = ["node_tasks", "refers_to_appendix"]


def node_tasks(node: Node, npath: list[str], path: list[str], leaf: bool,
               text_parts: list[str], tasks: list[Task]) -> None:
    """The tasks of ``node`` (at ``npath``, under ``path``) into ``tasks``; its other text
    into ``text_parts``."""
    for item in node.items:
        for leaf_item in item.leaves():
            if leaf_item.text:
                tasks.append(Task(text=leaf_item.text, group=node.title or None,
                                  path=list(npath)))
    if leaf:
        if node.intro:
            for para in node.intro:
                if refers_to_appendix(para):
                    text_parts.append(para)
                    continue
                tasks.append(Task(text=para, group=node.title or None, path=list(npath)))
        elif node.kind == "group" and node.full:
            parent = node.parent
            tasks.append(Task(text=node.full, group=(parent.title if parent else None) or None,
                              path=list(path)))
    else:
        text_parts.extend(node.intro)


def refers_to_appendix(text: str) -> bool:
    """"Nhiệm vụ cụ thể tại Phụ lục kèm theo": a pointer to a table, not a task."""
    key = fold(text)
    return "phu luc" in key and len(key) < 200 and ("kem theo" in key or "chi tiet" in key
                                                    or "cu the" in key)
