"""Reader for Word documents (.docx).

python-docx opens the package; the body is then walked directly on its XML so that
paragraphs and tables come in body order (content controls included, deleted revisions
left out). Each paragraph becomes a whole-paragraph :class:`Line` with its style hints:
bold and italic (runs, character and paragraph styles, document defaults), centred,
heading level (outline level or ``Heading N`` style). Word list numbering is rendered as
text (``1.``, ``a)``, ``I.``, bullets) in front of the paragraph. Runs in a TCVN3 or VNI
font (``.VnTime``, ``VNI-Times``) are converted to Unicode run by run.
"""

from __future__ import annotations

import io
import re

from dxdesk.importing.blocks import Cell, Line, Progress, Table
from dxdesk.importing.docx_textboxes import text_boxes
from dxdesk.importing.encoding import restore_capitals
from dxdesk.importing.errors import ImportRefused
from dxdesk.text import legacy

__all__ = ["read_docx", "MAX_PARAGRAPHS"]

MAX_PARAGRAPHS = 100_000
MAX_TABLE_ROWS = 10_000

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _R, _T, _TBL, _TR, _TC = _q("p"), _q("r"), _q("t"), _q("tbl"), _q("tr"), _q("tc")
_PPR, _RPR, _TCPR = _q("pPr"), _q("rPr"), _q("tcPr")
_VAL = _q("val")
_CONTAINERS = {_q(t) for t in ("hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple",
                               "customXml", "moveTo", "dir", "bdo")}
_BODY_CONTAINERS = {_q(t) for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo")}
_SKIPPED = {_q(t) for t in ("del", "moveFrom", "sdtPr", "sdtEndPr", "pPr", "rPr")}
_SDT, _SDT_PR, _PLACEHOLDER = _q("sdt"), _q("sdtPr"), _q("showingPlcHdr")


def _placeholder(el) -> bool:
    """A content control still showing its placeholder (``Bấm vào đây để nhập văn bản``):
    the template's prompt, not the document's text."""
    if el.tag != _SDT:
        return False
    pr = el.find(_SDT_PR)
    return pr is not None and _on(pr.find(_PLACEHOLDER)) is True


def _on(el) -> bool | None:
    """A w:b / w:i toggle: True, False, or None when absent."""
    if el is None:
        return None
    val = el.get(_VAL)
    return val not in ("0", "false", "off", "none")


class _Style:
    __slots__ = ("bold", "italic", "center", "font", "level", "num")

    def __init__(self):
        self.bold = self.italic = self.center = self.font = self.level = self.num = None


class _Styles:
    def __init__(self, document):
        self.by_id: dict[str, object] = {}
        self.resolved: dict[str, _Style] = {}
        self.default = _Style()
        self.default_para: str | None = None
        try:
            root = document.styles.element
        except Exception:
            return
        for style in root.iter(_q("style")):
            sid = style.get(_q("styleId"))
            if sid:
                self.by_id[sid] = style
                if style.get(_q("type")) == "paragraph" and \
                        style.get(_q("default")) in ("1", "true", "on"):
                    self.default_para = sid
        defaults = root.find(_q("docDefaults"))
        if defaults is not None:
            rpr = defaults.find(f"{_q('rPrDefault')}/{_RPR}")
            if rpr is not None:
                self._apply_rpr(self.default, rpr)

    @staticmethod
    def _apply_rpr(style: _Style, rpr) -> None:
        b = _on(rpr.find(_q("b")))
        if b is not None:
            style.bold = b
        i = _on(rpr.find(_q("i")))
        if i is not None:
            style.italic = i
        fonts = rpr.find(_q("rFonts"))
        if fonts is not None:
            font = fonts.get(_q("ascii")) or fonts.get(_q("hAnsi"))
            if font:
                style.font = font

    def get(self, sid: str | None) -> _Style:
        if not sid:
            sid = self.default_para
            if not sid:
                return self.default
        cached = self.resolved.get(sid)
        if cached is not None:
            return cached
        self.resolved[sid] = self.default  # guards against basedOn cycles
        el = self.by_id.get(sid)
        style = _Style()
        if el is not None:
            based = el.find(_q("basedOn"))
            parent = self.get(based.get(_VAL)) if based is not None else self.default
            for slot in _Style.__slots__:
                setattr(style, slot, getattr(parent, slot))
            ppr = el.find(_PPR)
            if ppr is not None:
                jc = ppr.find(_q("jc"))
                if jc is not None:
                    style.center = jc.get(_VAL) == "center"
                lvl = ppr.find(_q("outlineLvl"))
                if lvl is not None and (lvl.get(_VAL) or "").isdigit() and int(lvl.get(_VAL)) < 9:
                    style.level = int(lvl.get(_VAL))
                num = ppr.find(_q("numPr"))
                if num is not None:
                    style.num = num
            rpr = el.find(_RPR)
            if rpr is not None:
                self._apply_rpr(style, rpr)
            name_el = el.find(_q("name"))
            name = (name_el.get(_VAL) if name_el is not None else "") or ""
            m = re.match(r"(?i)^(?:heading|tiêu đề|tieu de)\s*(\d)$", name.strip())
            if m and style.level is None:
                style.level = int(m.group(1)) - 1
        else:
            for slot in _Style.__slots__:
                setattr(style, slot, getattr(self.default, slot))
        self.resolved[sid] = style
        return style


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    n = max(n, 1)
    return letters[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt in ("decimalZero",):
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """Renders Word list numbering (numId/ilvl) as the label text Word shows."""

    def __init__(self, document):
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.abstract: dict[str, dict[int, tuple[int, str, str, str | None]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        try:
            part = document.part.numbering_part
        except Exception:
            return
        root = part.element
        for abstract in root.iter(_q("abstractNum")):
            aid = abstract.get(_q("abstractNumId"))
            levels = {}
            for lvl in abstract.iter(_q("lvl")):
                ilvl = int(lvl.get(_q("ilvl")) or 0)
                start_el = lvl.find(_q("start"))
                fmt_el = lvl.find(_q("numFmt"))
                text_el = lvl.find(_q("lvlText"))
                rpr = lvl.find(_RPR)
                font = None
                if rpr is not None and rpr.find(_q("rFonts")) is not None:
                    fonts = rpr.find(_q("rFonts"))
                    font = fonts.get(_q("ascii")) or fonts.get(_q("hAnsi"))
                start = int(start_el.get(_VAL)) if start_el is not None and \
                    (start_el.get(_VAL) or "").lstrip("-").isdigit() else 1
                levels[ilvl] = (start, fmt_el.get(_VAL) if fmt_el is not None else "decimal",
                                text_el.get(_VAL) if text_el is not None else "", font)
            self.abstract[aid] = levels
        for num in root.iter(_q("num")):
            nid = num.get(_q("numId"))
            aref = num.find(_q("abstractNumId"))
            overrides = {}
            for override in num.iter(_q("lvlOverride")):
                start = override.find(_q("startOverride"))
                if start is not None and (start.get(_VAL) or "").isdigit():
                    overrides[int(override.get(_q("ilvl")) or 0)] = int(start.get(_VAL))
            if aref is not None:
                self.nums[nid] = (aref.get(_VAL), overrides)

    def label(self, num_pr) -> str | None:
        if num_pr is None:
            return None
        nid_el = num_pr.find(_q("numId"))
        if nid_el is None:
            return None
        nid = nid_el.get(_VAL)
        ilvl_el = num_pr.find(_q("ilvl"))
        ilvl = int(ilvl_el.get(_VAL)) if ilvl_el is not None and \
            (ilvl_el.get(_VAL) or "").isdigit() else 0
        if nid not in self.nums or nid == "0":
            return None
        aid, overrides = self.nums[nid]
        levels = self.abstract.get(aid)
        if not levels or ilvl not in levels:
            return None
        # Lists that share an abstract definition go on counting (Word continues a list
        # across its numbering instances); an instance that overrides its start restarts.
        counters = self.counters.setdefault(aid, {})
        if nid not in self.started:
            self.started.add(nid)
            for level, value in overrides.items():
                counters[level] = value - 1
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
        start, fmt, text, font = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            ch = (text or "•").strip() or "•"
            if len(ch) != 1 or "\uf000" <= ch <= "\uf0ff" or (font or "").lower().startswith(
                    ("symbol", "wingdings")) or ch in "§·o":
                ch = "-" if ch in "-–" else "•"
            return ch

        def sub(m):
            level = int(m.group(1)) - 1
            lv = levels.get(level)
            if lv is None:
                return ""
            value = counters.get(level, lv[0])
            return _format(value, lv[1])

        return re.sub(r"%(\d)", sub, text or f"%{ilvl + 1}.").strip()


def _row_cells(tr):
    for child in tr:
        if child.tag == _TC:
            yield child
        elif child.tag in _BODY_CONTAINERS:
            yield from _row_cells(child)


class _Reader:
    def __init__(self, document, progress: Progress, warnings: list[str]):
        self.styles = _Styles(document)
        self.numbering = _Numbering(document)
        self.progress = progress
        self.warnings = warnings
        self.count = 0
        self.legacy_seen = False

    # -- runs
    def _run_text(self, run, pstyle: _Style) -> tuple[str, bool, bool]:
        rpr = run.find(_RPR)
        bold = italic = None
        font = None
        if rpr is not None:
            bold = _on(rpr.find(_q("b")))
            italic = _on(rpr.find(_q("i")))
            fonts = rpr.find(_q("rFonts"))
            if fonts is not None:
                font = fonts.get(_q("ascii")) or fonts.get(_q("hAnsi"))
            rstyle = rpr.find(_q("rStyle"))
            if rstyle is not None:
                cs = self.styles.get(rstyle.get(_VAL))
                bold = cs.bold if bold is None and cs.bold is not None else bold
                italic = cs.italic if italic is None and cs.italic is not None else italic
                font = font or cs.font
        if bold is None:
            bold = bool(pstyle.bold)
        if italic is None:
            italic = bool(pstyle.italic)
        font = font or pstyle.font
        parts = []
        for child in run:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _q("tab") or tag == _q("ptab"):
                parts.append("\t")
            elif tag in (_q("br"), _q("cr")):
                parts.append("\n")
            elif tag == _q("noBreakHyphen"):
                parts.append("-")
            elif tag == _q("sym"):
                code = child.get(_q("char")) or ""
                try:
                    ch = chr(int(code, 16))
                except ValueError:
                    ch = ""
                parts.append(ch)
        text = "".join(parts)
        if text and font:
            encoding = legacy.encoding_for_font(font)
            if encoding:
                self.legacy_seen = True
                upper = getattr(legacy, "is_uppercase_font", lambda _f: False)(font)
                text = legacy.to_unicode(text, encoding, uppercase_font=upper)
        return text, bold, italic

    def _runs(self, element, pstyle: _Style, out: list) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                out.append(self._run_text(child, pstyle))
            elif tag in _CONTAINERS and not _placeholder(child):
                self._runs(child, pstyle, out)

    # -- paragraphs
    def paragraph(self, p, source: str = "") -> list[Line]:
        """The paragraph's lines, then those of the text boxes anchored in it."""
        lines = self._paragraph(p, source)
        if p.find(f".//{_q('txbxContent')}") is not None:
            for box in text_boxes(p):
                lines.extend(self._cell_lines(box))
        return lines

    def _paragraph(self, p, source: str = "") -> list[Line]:
        self.count += 1
        ppr = p.find(_PPR)
        sid = None
        jc = None
        num_pr = None
        level = None
        if ppr is not None:
            ps = ppr.find(_q("pStyle"))
            sid = ps.get(_VAL) if ps is not None else None
            jc_el = ppr.find(_q("jc"))
            jc = jc_el.get(_VAL) if jc_el is not None else None
            num_pr = ppr.find(_q("numPr"))
            lvl = ppr.find(_q("outlineLvl"))
            if lvl is not None and (lvl.get(_VAL) or "").isdigit() and int(lvl.get(_VAL)) < 9:
                level = int(lvl.get(_VAL))
        pstyle = self.styles.get(sid)
        centered = jc == "center" if jc is not None else bool(pstyle.center)
        if level is None:
            level = pstyle.level
        segments: list[tuple[str, bool, bool]] = []
        self._runs(p, pstyle, segments)
        label = self.numbering.label(num_pr if num_pr is not None else pstyle.num)
        text = "".join(s[0] for s in segments)
        if not text.strip(" \t\n-–+•*"):
            return []  # nothing, or a list mark alone (before an empty content control)
        if not any(ord(c) > 0x2FF for c in text) and any(0xA0 <= ord(c) <= 0xFF for c in text):
            encoding = legacy.detect(text)
            if encoding:
                segments = [(legacy.to_unicode(t, encoding), b, i) for t, b, i in segments]
                joined = "".join(t for t, _, _ in segments)
                if encoding == "tcvn3" and restore_capitals(joined) != joined:
                    segments = [(t.upper(), b, i) for t, b, i in segments]
        lines: list[Line] = []
        current: list[tuple[str, bool, bool]] = []

        def emit() -> None:
            chunk = "".join(s[0] for s in current)
            if chunk.strip():
                visible = [(t, b, i) for t, b, i in current if t.strip()]
                weight = sum(len(t.strip()) for t, _, _ in visible) or 1
                bold = sum(len(t.strip()) for t, b, _ in visible if b) / weight >= 0.9
                italic = sum(len(t.strip()) for t, _, i in visible if i) / weight >= 0.9
                lines.append(Line(text=chunk.strip(" "), bold=bold, italic=italic,
                                  centered=centered, heading_level=level, source=source))
            current.clear()

        for t, b, i in segments:
            pieces = t.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    emit()
                if piece:
                    current.append((piece, b, i))
        emit()
        if label and lines:
            first = lines[0]
            first.text = f"{label} {first.text.lstrip()}"
        return lines

    # -- tables
    def table(self, tbl) -> list[Line | Table]:
        grid: list[list[Cell]] = []
        above: dict[int, Cell] = {}
        rows = tbl.findall(_TR)
        if len(rows) > MAX_TABLE_ROWS:
            self.warnings.append(f"Bảng quá dài: chỉ đọc {MAX_TABLE_ROWS} dòng đầu.")
            rows = rows[:MAX_TABLE_ROWS]
        for tr in rows:
            self.progress.check()
            if self.count > MAX_PARAGRAPHS:
                break
            row: list[Cell] = []
            trpr = tr.find(_q("trPr"))
            if trpr is not None:
                before = trpr.find(_q("gridBefore"))
                if before is not None and (before.get(_VAL) or "").isdigit():
                    row.extend(Cell() for _ in range(int(before.get(_VAL))))
            for tc in _row_cells(tr):
                tcpr = tc.find(_TCPR)
                span = 1
                vmerge = None
                if tcpr is not None:
                    gs = tcpr.find(_q("gridSpan"))
                    if gs is not None and (gs.get(_VAL) or "").isdigit():
                        span = max(1, min(int(gs.get(_VAL)), 64))
                    vm = tcpr.find(_q("vMerge"))
                    if vm is not None:
                        vmerge = vm.get(_VAL) or "continue"
                col = len(row)
                if vmerge == "continue" and col in above:
                    cell = above[col]
                else:
                    cell = Cell(lines=self._cell_lines(tc), span=span)
                for k in range(span):
                    row.append(cell)
                    above[col + k] = cell
            grid.append(row)
        if not grid:
            return []
        width = max(len(r) for r in grid)
        for r in grid:
            r.extend(Cell() for _ in range(width - len(r)))
        return [Table(rows=grid)]

    def _cell_lines(self, tc) -> list[Line]:
        lines: list[Line] = []
        for child in tc:
            if child.tag == _P:
                lines.extend(self.paragraph(child))
            elif child.tag == _TBL:
                for block in self.table(child):
                    if isinstance(block, Table):
                        for r in block.distinct_rows():
                            for c in r:
                                lines.extend(c.lines)
            elif child.tag in _BODY_CONTAINERS and not _placeholder(child):
                lines.extend(self._cell_lines(child))
        return lines

    # -- body
    def body(self, element, out: list, total: int) -> None:
        for child in element:
            if self.count > MAX_PARAGRAPHS:
                self.warnings.append(f"Văn bản quá dài: chỉ đọc {MAX_PARAGRAPHS} đoạn đầu.")
                return
            tag = child.tag
            if tag == _P:
                out.extend(self.paragraph(child))
                if self.count % 200 == 0:
                    self.progress.step(self.count, total, 5, 45)
            elif tag == _TBL:
                out.extend(self.table(child))
            elif tag in _BODY_CONTAINERS and not _placeholder(child):
                self.body(child, out, total)


def read_docx(data: bytes, progress: Progress, warnings: list[str]) -> list[Line | Table]:
    """Blocks of a .docx file (already checked by :mod:`dxdesk.importing.guard`)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError,
            IndexError) as exc:
        if "macroEnabled" in str(exc):
            raise ImportRefused("Tệp .docm có chứa macro nên không được nhận: hãy lưu lại thành "
                                ".docx (không macro) rồi nhập tệp .docx đó.") from None
        raise ImportRefused("Tệp Word (.docx) này bị hỏng, không mở được: hãy mở và lưu lại "
                            "bằng Word, hoặc xin bản khác.") from None
    except Exception:
        raise ImportRefused("Tệp Word (.docx) này bị hỏng, không mở được: hãy mở và lưu lại "
                            "bằng Word, hoặc xin bản khác.") from None
    body = document.element.body
    total = max(1, sum(1 for _ in body.iter(_P)))
    reader = _Reader(document, progress, warnings)
    out: list[Line | Table] = []
    reader.body(body, out, total)
    return out
