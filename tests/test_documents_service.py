"""services.documents on a real demo database: one transaction, choices, issue, export."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import event, select

from dxdesk.documents.model import DocumentKind
from dxdesk.documents.sources import PlanData, ReminderData, ReportData
from dxdesk.errors import InvalidInput, UserFacingError
from dxdesk.model import AuditEntry, Plan, SignerPreset
from dxdesk.services import documents
from dxdesk.store import create_database, open_database

TODAY = dt.date.today()


def texts(path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def plan(db) -> Plan:
    with db.transaction() as s:
        return s.scalars(select(Plan).order_by(Plan.year.desc())).first()


@pytest.mark.parametrize("kind", ["plan", "report", "reminder"])
def test_loads_in_one_transaction(db, kind):
    begun = []

    def count(conn):
        begun.append(conn)

    event.listen(db.engine, "begin", count)
    try:
        data = documents.load_sources(db, kind, today=TODAY)
    finally:
        event.remove(db.engine, "begin", count)
    assert len(begun) == 1
    assert isinstance(data, {"plan": PlanData, "report": ReportData,
                             "reminder": ReminderData}[kind])
    assert data.tasks and data.district.place_name == "Sơn Hà Mẫu"


def test_latest_plan_and_kinds(db, plan):
    doc = documents.document_for(db, "plan")
    assert doc.kind is DocumentKind.PLAN and doc.summary == (plan.title,)
    assert documents.document_for(db, "report", today=TODAY).kind is DocumentKind.REPORT
    assert documents.normalise_kind("letter") == "reminder"
    with pytest.raises(InvalidInput):
        documents.document_for(db, "tờ trình")
    with pytest.raises(UserFacingError, match="Không tìm thấy kế hoạch"):
        documents.document_for(db, "plan", plan_id=999)
    assert documents.plan_id_for_year(db, plan.year) == plan.id
    with pytest.raises(InvalidInput, match="Không có kế hoạch năm 1999"):
        documents.plan_id_for_year(db, 1999)


def test_recipients_and_signer_choices(db):
    with db.transaction() as s:
        chair = s.scalar(select(SignerPreset.id).where(SignerPreset.signer_name == "Nguyễn Thị Hoa"))
    doc = documents.document_for(
        db, "plan", recipients=["- Sở Khoa học và Công nghệ tỉnh;", "Lưu: VT, VHTT",
                                "Sở Khoa học và Công nghệ tỉnh", "Phòng Nội vụ"],
        signer_preset_id=chair)
    assert doc.recipients == ("Sở Khoa học và Công nghệ tỉnh", "Phòng Nội vụ", "Lưu: VT, VHTT")
    assert doc.signer.authority_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert doc.signer.name == "Nguyễn Thị Hoa"
    # the presets by default: the first of the kind, and the first signer
    default = documents.document_for(db, "plan")
    assert default.recipients[0] == "Sở Khoa học và Công nghệ tỉnh"
    assert default.recipients[-1] == "Lưu: VT, VHTT"
    assert default.signer.name == "Lê Văn Bình"
    with pytest.raises(InvalidInput, match="người ký"):
        documents.document_for(db, "plan", signer_preset_id=999)
    presets = documents.recipient_presets(db, "report")
    assert [p.doc_kind for p in presets] == ["report"]
    assert [p.signer_name for p in documents.signer_presets(db)] == ["Lê Văn Bình", "Nguyễn Thị Hoa"]


def test_units_named_for_the_recipients_button(db):
    plan_units = documents.units_named(documents.load_sources(db, "plan"))
    assert "Phòng Văn hóa và Thông tin" in plan_units
    reminder = documents.load_sources(db, "reminder", today=TODAY)
    named = documents.units_named(reminder)
    if named:  # empty only when nothing is late or due soon
        assert named == list(documents.build(reminder).addressees)


def test_record_issue(db, plan, vn_dir):
    stored = documents.record_issue(db, plan.id, "7", dt.date(plan.year, 1, 9))
    assert stored == "07/KH-UBND"
    with db.transaction() as s:
        issued = s.get(Plan, plan.id)
        assert (issued.number, issued.issued_on, issued.status) == \
            ("07/KH-UBND", dt.date(plan.year, 1, 9), "issued")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "plan.issue")).one()
        assert entry.entity_id == plan.id and entry.detail["number"] == "07/KH-UBND"
    lines = texts(documents.export_docx(db, vn_dir / "kh.docx", kind="plan"))
    assert "Số: 07/KH-UBND" in lines
    assert f"Sơn Hà Mẫu, ngày 09 tháng 01 năm {plan.year}" in lines
    # the report and the reminder cite the issued plan
    report = documents.document_for(db, "report", today=TODAY)
    assert f"Kế hoạch số 07/KH-UBND ngày 09/01/{plan.year}" in report.intro[0].text
    for bad in ("0", "không số", -3):
        with pytest.raises(InvalidInput):
            documents.record_issue(db, plan.id, bad, dt.date(plan.year, 1, 9))
    with pytest.raises(InvalidInput, match="không hợp với"):
        documents.record_issue(db, plan.id, 8, dt.date(plan.year + 2, 1, 9))


def test_export_refusals_leave_no_file(db, vn_dir):
    with pytest.raises(UserFacingError, match="không tồn tại"):
        documents.export_docx(db, vn_dir / "không có" / "x.docx", kind="plan")
    with pytest.raises(UserFacingError, match="không thuộc kế hoạch"):
        documents.export_docx(db, vn_dir / "bc.docx", kind="report", period="1999")
    assert not (vn_dir / "bc.docx").exists()
    assert not [p for p in vn_dir.iterdir() if p.name.startswith(".dxdesk-")]


def test_export_pdf(db, vn_dir):
    path = documents.export_pdf(db, vn_dir / "báo cáo.pdf", kind="report", today=TODAY)
    assert path.read_bytes()[:5] == b"%PDF-"
    assert not [p for p in vn_dir.iterdir() if p.name.startswith(".dxdesk-")]


def test_empty_database_is_refused_in_vietnamese(vn_dir):
    path = create_database(vn_dir / "trống.sqlite")
    with open_database(path, daily_backup=False) as db:
        with pytest.raises(UserFacingError, match="thông tin huyện"):
            documents.document_for(db, "plan")
