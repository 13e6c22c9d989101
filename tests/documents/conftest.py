"""Fixtures for the document tests: the sample documents, written once per session."""

from __future__ import annotations

import datetime as dt

import pytest

import docsamples
from docxread import Package
from dxdesk.documents.docx_writer import write_docx
from dxdesk.documents.model import AdminDocument, DocumentKind, Header, Paragraph, Signer


def report_document() -> AdminDocument:
    """A short report to a superior: BÁO CÁO, one addressee, no appendix."""
    return AdminDocument(
        kind=DocumentKind.REPORT,
        header=Header(docsamples.ISSUER, "BC-UBND", "Ba Tơ", number=12, date=dt.date(2023, 12, 15)),
        summary=("Kết quả thực hiện Kế hoạch chuyển đổi số năm 2023",),
        addressees=("Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",),
        intro=(Paragraph("Thực hiện Kế hoạch số 05/KH-UBND ngày 05/02/2023 của Ủy ban nhân dân huyện "
                         "về Chuyển đổi số huyện Ba Tơ năm 2023, Ủy ban nhân dân huyện báo cáo như sau:"),),
        blocks=("Kết quả thực hiện đạt 85% kế hoạch.",),
        recipients=("Như trên", "Lưu: VT, VHTT"),
        signer=Signer(("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Phạm Xuân Vinh"),
    )


@pytest.fixture(scope="session")
def docs_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("documents")


@pytest.fixture(scope="session")
def plan_path(docs_dir):
    path = docs_dir / "ke-hoach-du-thao.docx"
    write_docx(docsamples.bato_plan(), path)
    return path


@pytest.fixture(scope="session")
def issued_plan_path(docs_dir):
    path = docs_dir / "ke-hoach-05.docx"
    write_docx(docsamples.bato_plan(number=5, date=dt.date(2023, 2, 5)), path)
    return path


@pytest.fixture(scope="session")
def letter_path(docs_dir):
    path = docs_dir / "cong-van-don-doc.docx"
    write_docx(docsamples.reminder_letter(), path)
    return path


@pytest.fixture(scope="session")
def report_path(docs_dir):
    path = docs_dir / "bao-cao.docx"
    write_docx(report_document(), path)
    return path


@pytest.fixture(scope="session")
def plan(plan_path):
    return Package.open(plan_path)


@pytest.fixture(scope="session")
def issued_plan(issued_plan_path):
    return Package.open(issued_plan_path)


@pytest.fixture(scope="session")
def letter(letter_path):
    return Package.open(letter_path)


@pytest.fixture(scope="session")
def report(report_path):
    return Package.open(report_path)


@pytest.fixture(scope="session")
def all_packages(plan, issued_plan, letter, report):
    return {"plan": plan, "issued_plan": issued_plan, "letter": letter, "report": report}
