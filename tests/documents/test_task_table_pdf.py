"""The task list printed as a table: every row, the header and footer on every page,
A4 landscape, Vietnamese text intact."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

from pypdf import PdfReader

from dxdesk.documents.task_table_pdf import COLUMNS, task_table_pdf

HEADERS = [name for name, _w, _a in COLUMNS]


def sample_rows(n: int) -> list[list[str]]:
    return [[str(i), f"Nhiệm vụ số {i}: tuyên truyền, phổ biến chủ trương của Đảng về chuyển đổi số "
             f"trên các phương tiện thông tin đại chúng", "Nhận thức số", "Phòng Văn hóa và Thông tin",
             "UBND xã Sơn Linh; Phòng Tài chính - Kế hoạch", "18/11/2026", "Đang thực hiện",
             str(i % 101)] for i in range(1, n + 1)]


def pages_text(pdf: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, [unicodedata.normalize("NFC", p.extract_text()) for p in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_row_header_and_footer_on_every_page():
    rows = sample_rows(120)
    pdf = task_table_pdf("Danh sách nhiệm vụ chuyển đổi số năm 2026", rows, dt.date(2026, 3, 5))
    reader, texts = pages_text(pdf)
    n = len(texts)
    assert n >= 3
    for k, (page, text) in enumerate(zip(reader.pages, texts), start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)  # A4 landscape
        assert f"Trang {k}/{n}" in text
        assert "In ngày 05/03/2026" in text
        assert flat(text).startswith("STT Nhiệm vụ Trụ cột/nhóm Đơn vị chủ trì Đơn vị phối hợp "
                                     "Thời hạn Trạng thái Tiến độ %") or k == 1
    assert "Danh sách nhiệm vụ chuyển đổi số năm 2026" in texts[0]
    assert flat(texts[0]).find("STT Nhiệm vụ") > 0
    everything = flat(" ".join(texts))
    for row in rows:
        assert f"Nhiệm vụ số {row[0]}:" in everything
    assert everything.count("Đang thực hiện") == len(rows)
    assert everything.count("Phòng Văn hóa và Thông tin") == len(rows)
    assert texts[0].count("Trang 1/") == 1


def test_decomposed_text_comes_out_nfc_and_short_list_is_one_page():
    decomposed = unicodedata.normalize("NFD", "Ứng dụng chữ ký số")
    pdf = task_table_pdf(decomposed, [["1", decomposed, "", "", "", "", "Chưa thực hiện", "0"]],
                         dt.date(2026, 1, 2))
    reader, texts = pages_text(pdf)
    assert len(texts) == 1
    assert "Trang 1/1" in texts[0] and "In ngày 02/01/2026" in texts[0]
    assert flat(texts[0]).count("Ứng dụng chữ ký số") == 2
    raw = reader.pages[0].extract_text()
    assert unicodedata.is_normalized("NFC", raw)


def test_empty_list_still_prints_the_header():
    _reader, texts = pages_text(task_table_pdf("Danh sách", [], dt.date(2026, 1, 2)))
    assert len(texts) == 1 and "Trang 1/1" in texts[0]
    assert all(h.split()[0] in texts[0] for h in HEADERS)
