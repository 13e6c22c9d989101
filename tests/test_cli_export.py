"""``dxdesk export docx|pdf`` as an officer or a script runs it."""

from __future__ import annotations

import datetime as dt

import docx
from docx.oxml.ns import qn

from dxdesk.store import open_database

YEAR = dt.date.today().year  # the demo's plan is for the current year


def texts(path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def test_export_plan_docx(cli, demo_db, vn_dir):
    out = vn_dir / "kế hoạch.docx"
    result = cli("export", "docx", "--db", demo_db, "--plan", YEAR, "--kind", "plan", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Đã ghi kế hoạch" in result.stdout and str(out) in result.stdout
    lines = texts(out)
    assert "Số:      /KH-UBND" in lines and "KẾ HOẠCH" in lines
    assert "- Lưu: VT, VHTT." in lines


def test_export_report_pdf_without_suffix(cli, demo_db, vn_dir):
    result = cli("--db", demo_db, "export", "pdf", "--kind", "report", "--period", str(YEAR),
                 "-o", vn_dir / "báo cáo")
    assert result.returncode == 0, result.stderr
    assert (vn_dir / "báo cáo.pdf").read_bytes()[:5] == b"%PDF-"


def test_export_reminder_docx(cli, demo_db, vn_dir):
    out = vn_dir / "đôn đốc.docx"
    result = cli("export", "docx", "--db", demo_db, "--kind", "reminder", "-o", out)
    if result.returncode:  # only when nothing is late or due soon today
        assert "Không có nhiệm vụ nào quá hạn" in result.stderr
        return
    assert "Số:      /UBND-VHTT" in texts(out)


def test_refusals_are_vietnamese_and_exit_1(demo_db, vn_dir, capsys):
    """In-process (fast): the same ``main`` the console script runs."""
    from dxdesk.cli.main import main
    from dxdesk.model import Plan

    cases = [
        (("docx", "--kind", "plan", "--period", f"{YEAR}-Q1"), "chỉ dùng với --kind report"),
        (("docx", "--kind", "report", "--period", f"{YEAR}-Q5"), "Kỳ báo cáo không hợp lệ"),
        (("docx", "--kind", "report", "--period", f"{YEAR - 1}"), "không thuộc kế hoạch"),
        (("docx", "--kind", "plan", "--plan", "1999"), "Không có kế hoạch năm 1999"),
        (("pdf", "--kind", "plan"), "hãy dùng đuôi .pdf"),
    ]
    for extra, message in cases:
        code = main(["export", *extra, "--db", str(demo_db), "-o", str(vn_dir / "x.docx")])
        err = capsys.readouterr().err
        assert code == 1, extra
        assert err.startswith("dxdesk: ") and message in err, err
    assert not (vn_dir / "x.docx").exists()
    with open_database(demo_db, daily_backup=False) as db, db.transaction() as s:
        assert s.query(Plan).one().status == "draft"  # only read
