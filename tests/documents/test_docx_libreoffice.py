"""Convert the generated documents with LibreOffice and read the PDF back (skipped without soffice).

This is what a reader of the document sees: pages, page numbers, where the blocks fall.
LibreOffice runs with a private profile so it neither disturbs nor waits for another
instance. It takes 4–6 s on a 2-core machine, hence ``slow`` (run with ``-m slow``).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def page_number_line(text: str) -> str | None:
    """The first line of a page when it is only a number (the running page number)."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if re.fullmatch(r"\d+", first) else None


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, plan_path, letter_path, report_path):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path_factory.mktemp("pdf")
    profile = tmp_path_factory.mktemp("lo-profile")
    cmd = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(out), str(plan_path), str(letter_path), str(report_path)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    readers = {}
    for name, path in (("plan", plan_path), ("letter", letter_path), ("report", report_path)):
        pdf = out / (path.stem + ".pdf")
        assert pdf.exists(), f"LibreOffice did not convert {path.name}: {result.stdout} {result.stderr}"
        readers[name] = PdfReader(pdf)
    return readers


_TEXTS: dict[int, list[str]] = {}


def texts(reader: PdfReader) -> list[str]:
    if id(reader) not in _TEXTS:
        _TEXTS[id(reader)] = [page.extract_text() or "" for page in reader.pages]
    return _TEXTS[id(reader)]


def test_plan_pages_orientation_and_numbers(pdfs):
    reader = pdfs["plan"]
    pages = texts(reader)
    landscape = [float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages]
    first_appendix = landscape.index(True)
    assert first_appendix >= 2, "the plan body takes at least two portrait pages"
    assert all(landscape[first_appendix:]) and not any(landscape[:first_appendix])
    # A4 both ways
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    assert sizes <= {(595, 842), (842, 595)}
    # no number on page 1; 2, 3, ... on the following portrait pages
    assert page_number_line(pages[0]) is None
    assert pages[0].lstrip().startswith("ỦY BAN NHÂN DÂN")
    for k in range(1, first_appendix):
        assert page_number_line(pages[k]) == str(k + 1)
    # the appendix numbers its own pages from 1, and shows no number on its first page
    assert page_number_line(pages[first_appendix]) is None
    assert pages[first_appendix].lstrip().startswith("Phụ lục")
    for k in range(first_appendix + 1, len(pages)):
        assert page_number_line(pages[k]) == str(k - first_appendix + 1)
        assert "STT" in pages[k] and "Nhiệm vụ" in pages[k], "the header row repeats"


def test_header_lines_do_not_wrap(pdfs):
    for name in ("plan", "letter", "report"):
        first = texts(pdfs[name])[0]
        lines = [line.strip() for line in first.splitlines()]
        assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in line for line in lines), name
        assert any("Độc lập - Tự do - Hạnh phúc" in line for line in lines), name


def test_signature_stays_with_the_last_paragraph(pdfs):
    for name in ("plan", "letter", "report"):
        pages = texts(pdfs[name])
        closing = [k for k, t in enumerate(pages) if "./." in t]
        assert closing, name
        page = pages[closing[-1]]
        assert "Nơi nhận:" in page and "Phạm Xuân Vinh" in page, name


def test_letter_is_one_page_with_its_parts(pdfs):
    pages = texts(pdfs["letter"])
    assert len(pages) == 1
    text = pages[0]
    for expected in ("Số: 123/UBND-VHTT", "V/v đôn đốc thực hiện các nhiệm vụ", "Kính gửi:",
                     "- Phòng Nội vụ;", "Ba Tơ, ngày 05 tháng 9 năm 2023", "KT. CHỦ TỊCH",
                     "PHÓ CHỦ TỊCH", "- Lưu: VT, VHTT."):
        assert expected in text, expected
    assert "KẾ HOẠCH" not in text


def test_fonts_are_times_compatible(pdfs):
    for name, reader in pdfs.items():
        fonts = set()
        for page in reader.pages:
            for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
                fonts.add(str(font.get_object().get("/BaseFont")))
        assert fonts, name
        assert all(re.search(r"Times|LiberationSerif", f) for f in fonts), (name, fonts)
