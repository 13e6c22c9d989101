"""Targets written in the text of an objectives section: each numeric item (a quantity
and its unit) with its horizon year, the year named by the item, by an intro paragraph or
by a heading above it, or else the plan's own; items without a number stay text. (Rows of
target tables are read by :func:`dxdesk.importing.tables.table_targets`.)"""

from __future__ import annotations

from dxdesk.importing.headings import Item, Node
from dxdesk.importing.model import Target
from dxdesk.importing.numbers import first_quantity, horizon_year

__all__ = ["nearest_horizon", "node_targets"]


def nearest_horizon(years: list[int | None], default: int | None) -> int | None:
    """The horizon year named nearest above (``years`` from the top down), else
    ``default``."""
    return next((y for y in reversed(years) if y), None) or default


def _target(text: str, quantity: tuple, horizon: int | None, path: list[str]) -> Target:
    return Target(text=text, value=quantity[0], unit=quantity[1], horizon=horizon,
                  path=list(path))


def node_targets(node: Node, npath: list[str], path: list[str], years: list[int | None],
                 leaf: bool, text_parts: list[str], targets: list[Target],
                 default_horizon: int | None) -> None:
    """The targets of ``node`` (at ``npath``, under ``path``) into ``targets``; its other
    text into ``text_parts``."""
    inherited = nearest_horizon(years, default_horizon)
    lead_in = None
    for para in node.intro:
        lead_in = horizon_year(para) or lead_in
    base = lead_in or inherited

    def visit(item: Item, horizon: int | None) -> None:
        own = horizon_year(item.text) or horizon
        if item.children:
            text_parts.append(f"{item.marker} {item.text}")
            for child in item.children:
                visit(child, own)
            return
        quantity = first_quantity(item.text)
        if quantity is None:
            text_parts.append(f"{item.marker} {item.text}")
            return
        targets.append(_target(item.text, quantity, own, npath))

    for item in node.items:
        visit(item, base)
    if leaf and node.intro:
        for para in node.intro:
            quantity = first_quantity(para)
            if quantity is None:
                text_parts.append(para)
                continue
            targets.append(_target(para, quantity, horizon_year(para) or inherited, npath))
    elif leaf and node.kind != "objectives" and node.full:
        quantity = first_quantity(node.full)
        if quantity is not None:
            targets.append(_target(node.full, quantity, horizon_year(node.full) or inherited,
                                   path))
    else:
        text_parts[:0] = node.intro
