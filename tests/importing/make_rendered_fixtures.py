"""Rebuild tests/importing/fixtures/rendered/: each plan of ``rendered_plans.py`` built as
.docx, printed to PDF by LibreOffice (``soffice --headless --convert-to pdf``) and the PDF
turned to text by poppler (``pdftotext -layout``). Not run by the test suite (it needs
LibreOffice); run it by hand from the repository root:

    python3 tests/importing/make_rendered_fixtures.py [NAME ...]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rendered_plans import PLANS  # noqa: E402

OUT = HERE / "fixtures" / "rendered"


def render(name: str, work: Path) -> None:
    docx_path = PLANS[name](work / f"{name}.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work),
                    str(docx_path)], check=True, capture_output=True, timeout=120)
    pdf = work / f"{name}.pdf"
    target = OUT / f"{name}.pdf"
    target.write_bytes(pdf.read_bytes())
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(target),
                    str(OUT / f"{name}.txt")], check=True, timeout=60)
    print(f"{name}: pdf {target.stat().st_size // 1024} KB, "
          f"txt {(OUT / f'{name}.txt').stat().st_size // 1024} KB")


def main(names: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names or list(PLANS):
            render(name, Path(tmp))


if __name__ == "__main__":
    main(sys.argv[1:])
