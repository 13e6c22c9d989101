"""Benchmark (not a test): parse a ~40-page plan as .docx, .pdf, .txt and .md.

    python3 tests/importing/bench_import.py

The plan is the Gia Lai seed (13 pages) three times over plus a page of the Ba Tơ seed,
from ``../shared/seeds``; without the shared folder, the sample plan of ``importing_docmaker`` is
repeated instead. Prints, per format, the time of a first parse in a fresh process
(library imports included) and the best and median of five parses in this process.
The target is under 1 s for every format on a 2-core machine.
"""

from __future__ import annotations

import copy
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

import importing_docmaker as docmaker  # noqa: E402

SEEDS = docmaker.SEEDS
COPIES = 3


def build_from_seeds(folder: Path) -> dict[str, Path]:
    import docx
    from pypdf import PdfReader, PdfWriter

    files = {}
    text = (SEEDS / "gialai.txt").read_text(encoding="utf-8")
    files["txt"] = folder / "plan40.txt"
    files["txt"].write_text("\n".join([text] * COPIES), encoding="utf-8")
    files["md"] = folder / "plan40.md"
    files["md"].write_text("\n".join([text] * COPIES), encoding="utf-8")

    document = docx.Document(str(SEEDS / "gialai.docx"))
    body = document.element.body
    children = [c for c in body.iterchildren() if not c.tag.endswith("}sectPr")]
    sect = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    for _ in range(COPIES - 1):
        for child in children:
            if sect is not None:
                sect.addprevious(copy.deepcopy(child))
            else:
                body.append(copy.deepcopy(child))
    files["docx"] = folder / "plan40.docx"
    document.save(str(files["docx"]))

    writer = PdfWriter()
    for _ in range(COPIES):
        writer.append(PdfReader(str(SEEDS / "gialai.pdf")))
    writer.append(PdfReader(str(SEEDS / "bato.pdf")), pages=[0])
    files["pdf"] = folder / "plan40.pdf"
    with open(files["pdf"], "wb") as handle:
        writer.write(handle)
    return files


def build_from_sample(folder: Path) -> dict[str, Path]:
    files = {}
    text = docmaker.sample_text(78)
    files["txt"] = folder / "plan40.txt"
    files["txt"].write_text("\n".join([text] * 12), encoding="utf-8")
    files["md"] = folder / "plan40.md"
    files["md"].write_text("\n".join([text] * 12), encoding="utf-8")
    files["docx"] = docmaker.sample_docx(folder / "one.docx")
    if docmaker.vietnamese_ttf():
        lines = []
        for _ in range(12):
            for kind, label, body in docmaker._sample_lines():
                lines.append(docmaker.L(f"{label} {body}".strip(), wrap_to=530))
        files["pdf"] = docmaker.make_pdf(folder / "plan40.pdf", lines)
    return files


def pages_of(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return f"{len(PdfReader(str(path)).pages)} pages"
    return f"{path.stat().st_size // 1024} KB"


def cold(path: Path) -> float:
    code = ("import sys, time; sys.path.insert(0, %r); t = time.perf_counter(); "
            "from dxdesk.importing import parse_file; parse_file(%r); "
            "print(time.perf_counter() - t)") % (str(REPO), str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip())


def measure(repeat: int = 5) -> dict:
    """``{"source": str, "formats": {fmt: {"size", "tasks", "cold", "best", "median"} or
    None when skipped}}``; times in seconds, ``cold`` in a fresh process (imports included)."""
    from dxdesk.importing import parse_file

    out: dict = {"formats": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if (SEEDS / "gialai.docx").exists():
            out["source"] = "Gia Lai seed ×3 + 1 page of Ba Tơ"
            files = build_from_seeds(folder)
        else:
            out["source"] = "importing_docmaker sample plan ×12 (../shared absent)"
            files = build_from_sample(folder)
        for fmt in ("docx", "pdf", "txt", "md"):
            path = files.get(fmt)
            if path is None:
                out["formats"][fmt] = None
                continue
            first = cold(path)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                template = parse_file(path)
                times.append(time.perf_counter() - start)
            out["formats"][fmt] = {"size": pages_of(path), "tasks": len(template.tasks),
                                   "cold": first, "best": min(times),
                                   "median": statistics.median(times), "max": max(times)}
    return out


def main() -> int:
    result = measure()
    print(f"~40-page plan: {result['source']}")
    print(f"{'format':7} {'size':>9} {'tasks':>6} {'cold':>8} {'best':>8} {'median':>8}")
    worst = 0.0
    for fmt, r in result["formats"].items():
        if r is None:
            print(f"{fmt:7} skipped (no TrueType font for a PDF)")
            continue
        worst = max(worst, r["cold"], r["max"])
        print(f"{fmt:7} {r['size']:>9} {r['tasks']:>6} {r['cold'] * 1000:>6.0f}ms "
              f"{r['best'] * 1000:>6.0f}ms {r['median'] * 1000:>6.0f}ms")
    print(f"slowest: {worst * 1000:.0f} ms ({'under' if worst < 1 else 'OVER'} 1 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
