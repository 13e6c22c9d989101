"""Legal bases (``Căn cứ …``): the clauses of an opening paragraph, without the sentence
that follows them, and the items of a ``Căn cứ`` section of the body."""

from __future__ import annotations

import re

from dxdesk.importing.headings import Node
from dxdesk.importing.paragraphs import Para
from dxdesk.text import clean, fold

__all__ = ["bases_in", "node_bases", "split_bases"]

_BASIS_PREFIX_RE = re.compile(r"^(?:căn cứ|căn cứ vào)\s*:?\s*", re.IGNORECASE)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])")
_ABBREVIATION_END_RE = re.compile(r"(?:^|\s)(?:[A-ZĐ][A-Za-zĐđ]{0,3}|[a-z]{1,2})\.$")
_ISSUING_START = ("uy ban", "ubnd", "hoi dong", "so ", "ban ", "chu tich", "giam doc",
                  "phong ", "dang uy", "tinh uy", "huyen uy", "bo ", "van phong", "de ",
                  "nham ", "xet ", "theo de nghi", "thuc hien", "tren co so")


# ", Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:" after the last basis: the
# enacting sentence, joined to the basis by a comma instead of a semicolon.
_ENACTING_RE = re.compile(
    r",\s+(?:xét đề nghị|theo đề nghị|(?:ủy|uỷ) ban nhân dân|ubnd|hội đồng nhân dân|hđnd|"
    r"chủ tịch|sở |ban |phòng |văn phòng|tỉnh ủy|huyện ủy|đảng ủy|giám đốc)"
    r"[^;]*?(?:như sau\s*:?|:|(?:ban hành|xây dựng)\s+(?:kế hoạch|quyết định)[^;]*)$",
    re.IGNORECASE)


def _basis_text(text: str) -> str:
    text = _BASIS_PREFIX_RE.sub("", clean(text))
    text = _ENACTING_RE.sub("", text)
    return text.rstrip(" ;.,").removesuffix(" và").strip()


def split_bases(text: str) -> list[str]:
    """The legal bases of an opening paragraph: each ``Căn cứ …`` clause, without the
    sentence that follows them (``Ủy ban nhân dân … ban hành Kế hoạch … như sau:``)."""
    if not fold(text).startswith("can cu"):
        return []
    pieces = _SENTENCE_SPLIT_RE.split(text)
    merged: list[str] = []
    for piece in pieces:
        if merged and _ABBREVIATION_END_RE.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    bases = []
    for i, piece in enumerate(merged):
        key = fold(piece)
        if key.startswith("can cu"):
            bases.append(_basis_text(piece))
        elif i > 0 and merged[i - 1].rstrip().endswith(";") and not key.startswith(_ISSUING_START):
            bases.append(_basis_text(piece))
        else:
            break
    return [b for b in bases if b]


def bases_in(paras: list) -> list[str]:
    """The legal bases of the opening paragraphs ``paras``."""
    out: list[str] = []
    for p in paras:
        if isinstance(p, Para):
            out.extend(split_bases(p.text))
    return out


def node_bases(node: Node, leaf: bool, text_parts: list[str], bases: list[str]) -> None:
    """The bases of a ``Căn cứ`` section into ``bases``; what is not a basis into
    ``text_parts``."""
    for item in node.items:
        for leaf_item in item.leaves():
            basis = _basis_text(leaf_item.text)
            if basis:
                bases.append(basis)
    if not node.items:
        for para in node.intro:
            for basis in split_bases(para) or ([_basis_text(para)] if leaf else []):
                if basis:
                    bases.append(basis)
    else:
        text_parts.extend(node.intro)
