"""The walk over the outline tree that yields the template's outline (an
:class:`OutlineNode` per heading, with the text that is neither a task nor a target) and
collects its tasks, targets and legal bases, from the text of each section by its kind
and from its task and target tables."""

from __future__ import annotations

from dxdesk.importing.headings import Item, Node
from dxdesk.importing.legal_bases import node_bases
from dxdesk.importing.model import OutlineNode, Target, Task
from dxdesk.importing.numbers import horizon_year
from dxdesk.importing.tables import table_targets, table_tasks
from dxdesk.importing.tagged_tables import TaggedTable
from dxdesk.importing.target_items import nearest_horizon, node_targets
from dxdesk.importing.task_items import node_tasks
from dxdesk.text import clean

__all__ = ["Collector"]


class Collector:
    """Walks the outline once: :meth:`walk` gives the outline nodes and fills
    :attr:`tasks`, :attr:`targets` and :attr:`bases`; :meth:`table` reads one table."""

    def __init__(self, default_horizon: int | None, task_kinds: tuple[str, ...]):
        self.targets: list[Target] = []
        self.tasks: list[Task] = []
        self.bases: list[str] = []
        self.default_horizon = default_horizon
        self.task_kinds = task_kinds

    def walk(self, nodes: list[Node], path: list[str],
             years: list[int | None]) -> list[OutlineNode]:
        out = []
        for node in nodes:
            npath = path + [node.label or node.title]
            nyears = years + [horizon_year(node.title)]
            text_parts: list[str] = []
            ctx = node.context
            leaf = not node.items and not node.children and not node.tables
            if ctx in self.task_kinds:
                node_tasks(node, npath, path, leaf, text_parts, self.tasks)
            elif ctx == "objectives":
                node_targets(node, npath, path, nyears, leaf, text_parts, self.targets,
                             self.default_horizon)
            elif ctx == "bases":
                node_bases(node, leaf, text_parts, self.bases)
            else:
                text_parts.extend(node.intro)
                text_parts.extend(_flatten_items(node.items))
            for table in node.tables:
                self.table(table, node, npath, nyears)
            if node.body_text and not (ctx in self.task_kinds and leaf):
                text_parts.insert(0, node.body_text)
            text_parts.extend(node.extra)
            children = self.walk(node.children, npath, nyears)
            out.append(OutlineNode(label=node.label, title=node.title or node.full,
                                   kind=node.kind, text=clean(" ".join(text_parts)),
                                   children=children))
        return out

    def table(self, table: TaggedTable, node: Node | None, path: list[str],
              years: list[int | None]) -> None:
        if table.kind == "tasks":
            columns = table.columns
            strong = any(c is not None for c in (columns.lead, columns.co, columns.deadline))
            if strong or node is None or node.context in self.task_kinds:
                group = table.group or (node.title if node else None)
                tasks, _ = table_tasks(table.rows, columns, group=group, path=path)
                self.tasks.extend(tasks)
            else:
                # "STT | Nội dung | Kết quả" in a report of results: not a task list.
                node.extra.extend(" | ".join(c.text for c in row if c.text.strip())
                                  for row in table.rows if any(c.text.strip() for c in row))
        elif node is None or node.context == "objectives":
            # Under the objectives, or on its own (a spreadsheet of targets).
            horizon = nearest_horizon(years, self.default_horizon)
            self.targets.extend(table_targets(table.rows, table.columns, path=path,
                                              horizon=horizon))


def _flatten_items(items: list[Item]) -> list[str]:
    out = []
    for item in items:
        out.append(f"{item.marker} {item.text}" if item.text else item.marker)
        out.extend(_flatten_items(item.children))
    return out
