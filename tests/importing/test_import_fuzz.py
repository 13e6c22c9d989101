"""Damaged files never crash the importer: they parse, or are refused with a message."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from importing_docmaker import make_xlsx, sample_docx, sample_text

from dxdesk.importing import ImportRefused, parse_file


def _survives(path) -> None:
    try:
        parse_file(path)
    except ImportRefused as refusal:
        assert str(refusal)


@pytest.mark.parametrize("seed", range(4))
def test_flipped_bytes_in_a_docx_part(tmp_path, seed):
    rng = random.Random(seed)
    source = sample_docx(tmp_path / "s.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(buffer, "w") as dst:
        for info in src.infolist():
            data = bytearray(src.read(info))
            if info.filename == "word/document.xml":
                for _ in range(rng.randint(1, 20)):
                    data[rng.randrange(len(data))] = rng.choice(b"<>/\"=wpt: x\x00")
            dst.writestr(info, bytes(data))
    path = tmp_path / "f.docx"
    path.write_bytes(buffer.getvalue())
    _survives(path)


@pytest.mark.parametrize("seed", range(4))
def test_flipped_bytes_in_files(tmp_path, seed):
    rng = random.Random(seed)
    sources = [sample_docx(tmp_path / "s.docx"),
               make_xlsx(tmp_path / "s.xlsx", [["STT", "Nhiệm vụ", "Chủ trì"], [1, "A", "B"]])]
    text = tmp_path / "s.txt"
    text.write_text(sample_text(78), encoding="utf-8")
    sources.append(text)
    for source in sources:
        data = bytearray(source.read_bytes())
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"f{source.suffix}"
        path.write_bytes(bytes(data))
        _survives(path)


def test_damaged_pdf_content_streams(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pageCompression=0)
    for page in range(3):
        y = 780
        for text in ["KE HOACH", "I. NHIEM VU", f"- Nhiem vu so {page}."]:
            c.setFont("Helvetica", 12)
            c.drawString(72, y, text)
            y -= 20
        c.showPage()
    c.save()
    base = buffer.getvalue()
    assert pypdf.PdfReader(io.BytesIO(base)).pages
    rng = random.Random(3)
    for i in range(25):
        data = bytearray(base)
        for _ in range(rng.randint(1, 25)):
            data[rng.randrange(len(data))] = rng.choice(b"()<>[]{}/\\%0123456789 .-TJjBEfQq\n")
        path = tmp_path / f"d{i}.pdf"
        path.write_bytes(bytes(data))
        _survives(path)


def test_pdf_interpreter_on_random_operators():
    from dxdesk.importing.pdf_content import IDENTITY as _IDENTITY
    from dxdesk.importing.pdf_content import Interpreter as _Interpreter
    from dxdesk.importing.pdf_text import FontCache, Unsupported

    rng = random.Random(11)
    alphabet = b"()<>[]{}/\\%0123456789 .-+TJjTdTmTfBTETqQcmreSfnBIEIDo'\"*\n\r\t"
    for _ in range(300):
        data = bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 400)))
        try:
            _Interpreter(FontCache()).run(data, None, _IDENTITY)
        except Unsupported:
            pass
