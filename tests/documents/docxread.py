"""Read a generated .docx back for the layout tests: parts as lxml trees, text, run formats."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W_NS, "r": R_NS}


def w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


def wval(el, attr: str = "val"):
    return None if el is None else el.get(w(attr))


@dataclass
class Package:
    path: Path
    parts: dict[str, bytes]

    @classmethod
    def open(cls, path) -> "Package":
        with zipfile.ZipFile(path) as z:
            return cls(Path(path), {n: z.read(n) for n in z.namelist()})

    def xml(self, name: str):
        return etree.fromstring(self.parts[name])

    def text(self, name: str) -> str:
        return self.parts[name].decode("utf-8")

    @property
    def document(self):
        return self.xml("word/document.xml")

    @property
    def styles(self):
        return self.xml("word/styles.xml")

    def header_parts(self) -> dict[str, object]:
        """rId → parsed header part of the main document."""
        rels = self.xml("word/_rels/document.xml.rels")
        out = {}
        for rel in rels:
            if rel.get("Type").endswith("/header"):
                out[rel.get("Id")] = self.xml("word/" + rel.get("Target"))
        return out


def para_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def runs(p):
    return [r for r in p.iter(w("r")) if r.find(w("t")) is not None]


def run_format(r) -> dict:
    """bold, italic, size (pt) of a run, reading its own w:rPr (the writer sets them all)."""
    rpr = r.find(w("rPr"))
    bold = rpr is not None and rpr.find(w("b")) is not None and wval(rpr.find(w("b"))) in (None, "1", "true")
    italic = rpr is not None and rpr.find(w("i")) is not None and wval(rpr.find(w("i"))) in (None, "1", "true")
    sz = rpr.find(w("sz")) if rpr is not None else None
    size = int(wval(sz)) / 2 if sz is not None else None
    return {"bold": bold, "italic": italic, "size": size}


def para_format(p) -> dict:
    """The format shared by all runs of a paragraph (asserts they agree)."""
    formats = [run_format(r) for r in runs(p)]
    assert formats, f"paragraph without text: {etree.tostring(p)[:200]!r}"
    first = formats[0]
    for f in formats[1:]:
        assert f == first, f"mixed formats in {para_text(p)!r}: {formats}"
    return first


def ppr_child(p, name: str):
    ppr = p.find(w("pPr"))
    return None if ppr is None else ppr.find(w(name))


def alignment(p) -> str | None:
    return wval(ppr_child(p, "jc"))


def indents(p) -> dict[str, int]:
    ind = ppr_child(p, "ind")
    if ind is None:
        return {}
    return {k.split("}")[1]: int(v) for k, v in ind.attrib.items()}


def spacing(p) -> dict[str, str]:
    sp = ppr_child(p, "spacing")
    if sp is None:
        return {}
    return {k.split("}")[1]: v for k, v in sp.attrib.items()}


def has_bottom_rule(p) -> bool:
    bdr = ppr_child(p, "pBdr")
    return bdr is not None and bdr.find(w("bottom")) is not None and wval(bdr.find(w("bottom"))) == "single"


def body_children(doc):
    return list(doc.find(w("body")))


def cells(tr):
    return tr.findall(w("tc"))


def cell_paragraphs(tc):
    return tc.findall(w("p"))


def twips_to_mm(value) -> float:
    return int(value) * 25.4 / 1440


def section_props(doc):
    """Every w:sectPr in document order (paragraph-level ones, then the body's)."""
    return list(doc.iter(w("sectPr")))
