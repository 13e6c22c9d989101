"""Benchmark the PDF writer (not a test): python3 tests/documents/bench_pdf.py

Times ``write_pdf`` for the Ba Tơ plan with a 1,000-row landscape appendix table and, when
LibreOffice is installed, ``soffice --headless --convert-to pdf`` of the same document's
.docx (from ``write_docx``) in the same run, and prints both and their ratio.
Targets: 1,000 rows in at most 1 s on a 2-core machine, and at least 3× faster than
LibreOffice. Options: ``--rows N`` (default 1000), ``--repeat N`` (default 5).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import docsamples  # noqa: E402
from dxdesk.documents.docx_writer import write_docx  # noqa: E402
from dxdesk.documents.pdf_writer import serif_family, write_pdf  # noqa: E402

from pypdf import PdfReader  # noqa: E402


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def libreoffice(soffice: str, docx_path: Path, out_dir: Path, profile: Path) -> float:
    """Seconds for one ``soffice --headless --convert-to pdf`` run (a private profile, so it
    neither disturbs nor waits for another instance)."""
    cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    elapsed = time.perf_counter() - start
    if not (out_dir / (docx_path.stem + ".pdf")).exists():
        raise RuntimeError("LibreOffice produced no PDF")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    doc = docsamples.plan_with_rows(args.rows)
    fam = serif_family()  # registers the fonts once, as the app does at its first export
    print(f"font: {fam.source} ({fam.files[0].parent})")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        pdf_path = out / "plan.pdf"
        write_pdf(doc, pdf_path)  # warm-up: imports, font parsing
        times = timed(lambda: write_pdf(doc, pdf_path), args.repeat)
        ours = statistics.median(times)
        pages = len(PdfReader(pdf_path).pages)
        size = pdf_path.stat().st_size
        print(f"write_pdf, Ba Tơ plan + {args.rows}-row landscape appendix "
              f"({pages} pages, {size / 1024:.0f} KiB):")
        print(f"  median {ours:.3f} s, best {min(times):.3f} s over {args.repeat} runs"
              f"  [target <= 1 s: {'ok' if ours <= 1.0 else 'MISSED'}]")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("LibreOffice (soffice) not found: no comparison")
            return
        docx_path = out / "plan-lo.docx"
        write_docx(doc, docx_path)
        lo_out = out / "lo"
        lo_out.mkdir()
        profile = out / "lo-profile"
        libreoffice(soffice, docx_path, lo_out, profile)  # first run creates the profile
        lo_times = [libreoffice(soffice, docx_path, lo_out, profile) for _ in range(2)]
        lo = statistics.median(lo_times)
        lo_pages = len(PdfReader(lo_out / "plan-lo.pdf").pages)
        print(f"soffice --headless --convert-to pdf of write_docx's .docx ({lo_pages} pages):")
        print(f"  median {lo:.3f} s over {len(lo_times)} runs (after a profile-creating run)")
        ratio = lo / ours
        print(f"ratio LibreOffice / write_pdf: {ratio:.1f}x  [target >= 3x: {'ok' if ratio >= 3 else 'MISSED'}]")


if __name__ == "__main__":
    main()
