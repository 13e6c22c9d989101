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


def measure(rows: int = 1000, repeat: int = 5, compare: bool = True) -> dict:
    """Seconds: ``ours`` (median write_pdf), ``best``, ``pages``, ``kib``, ``font``; and, when
    ``compare`` and LibreOffice exists, ``lo`` (median soffice .docx→PDF), ``lo_pages``,
    ``ratio`` (lo / ours); ``lo`` is None without soffice."""
    doc = docsamples.plan_with_rows(rows)
    fam = serif_family()  # registers the fonts once, as the app does at its first export
    result: dict = {"font": f"{fam.source} ({fam.files[0].parent})", "lo": None,
                    "lo_pages": None, "ratio": None, "lo_runs": 0}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        pdf_path = out / "plan.pdf"
        write_pdf(doc, pdf_path)  # warm-up: imports, font parsing
        times = timed(lambda: write_pdf(doc, pdf_path), repeat)
        result.update(ours=statistics.median(times), best=min(times),
                      pages=len(PdfReader(pdf_path).pages),
                      kib=pdf_path.stat().st_size / 1024)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not compare or soffice is None:
            return result
        docx_path = out / "plan-lo.docx"
        write_docx(doc, docx_path)
        lo_out = out / "lo"
        lo_out.mkdir()
        profile = out / "lo-profile"
        libreoffice(soffice, docx_path, lo_out, profile)  # first run creates the profile
        lo_times = [libreoffice(soffice, docx_path, lo_out, profile) for _ in range(2)]
        result.update(lo=statistics.median(lo_times), lo_runs=len(lo_times),
                      lo_pages=len(PdfReader(lo_out / "plan-lo.pdf").pages))
        result["ratio"] = result["lo"] / result["ours"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    r = measure(args.rows, args.repeat)
    ours = r["ours"]
    print(f"font: {r['font']}")
    print(f"write_pdf, Ba Tơ plan + {args.rows}-row landscape appendix "
          f"({r['pages']} pages, {r['kib']:.0f} KiB):")
    print(f"  median {ours:.3f} s, best {r['best']:.3f} s over {args.repeat} runs"
          f"  [target <= 1 s: {'ok' if ours <= 1.0 else 'MISSED'}]")
    if r["lo"] is None:
        print("LibreOffice (soffice) not found: no comparison")
        return
    print(f"soffice --headless --convert-to pdf of write_docx's .docx ({r['lo_pages']} pages):")
    print(f"  median {r['lo']:.3f} s over {r['lo_runs']} runs (after a profile-creating run)")
    ratio = r["ratio"]
    print(f"ratio LibreOffice / write_pdf: {ratio:.1f}x  [target >= 3x: {'ok' if ratio >= 3 else 'MISSED'}]")


if __name__ == "__main__":
    main()
