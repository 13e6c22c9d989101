"""``dxdesk export docx|pdf --kind plan|report|reminder [--plan YEAR] [--period P] -o FILE``
and ``dxdesk export xlsx [--plan YEAR] -o FILE`` (the workbook for the province: tasks,
targets, summary).

Light at import time (argparse only): ``dxdesk --version`` passes through ``main``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

FORMATS = ("docx", "pdf", "xlsx", "unit-forms")  # unit-forms: dxdesk.cli.progress_cmd
KINDS = ("plan", "report", "reminder")


def add_export_parser(command) -> argparse.ArgumentParser:
    """Register ``export`` with ``command(name, help)`` of ``main.build_parser``."""
    sub = command("export", "xuất kế hoạch, báo cáo hoặc công văn đôn đốc ra .docx / .pdf; "
                  "xlsx: bảng nhiệm vụ, chỉ tiêu và tổng hợp gửi tỉnh; "
                  "unit-forms: biểu mẫu tiến độ .xlsx gửi các đơn vị")
    sub.add_argument("format", choices=FORMATS, metavar="docx|pdf|xlsx|unit-forms",
                     help="định dạng tệp")
    sub.add_argument("--kind", choices=KINDS, metavar="plan|report|reminder",
                     help="kế hoạch, báo cáo kết quả thực hiện hoặc công văn đôn đốc")
    sub.add_argument("--plan", type=int, metavar="YEAR",
                     help="năm của kế hoạch (mặc định: kế hoạch mới nhất)")
    sub.add_argument("--period", metavar="KỲ",
                     help="kỳ báo cáo: 2023-Q1 … 2023-Q4, 2023-H1 hoặc 2023 (chỉ với "
                          "--kind report; mặc định: từ đầu năm đến nay)")
    sub.add_argument("-o", "--output", required=True, metavar="FILE",
                     help="tệp được ghi (unit-forms: thư mục)")
    sub.add_argument("--today", help=argparse.SUPPRESS)  # tests: a fixed "today" (ISO)
    return sub


def output_path(fmt: str, output: str) -> Path:
    from dxdesk.errors import InvalidInput

    path = Path(output).expanduser()
    suffix = path.suffix.lower()
    if not suffix:
        return path.with_name(path.name + f".{fmt}")
    if suffix != f".{fmt}":
        raise InvalidInput(f"Tệp “{path.name}” có đuôi {path.suffix} nhưng định dạng xuất là "
                           f"{fmt}; hãy dùng đuôi .{fmt}.")
    return path


def run_export(args: argparse.Namespace) -> int:
    from dxdesk.errors import UserFacingError

    if args.format == "unit-forms":
        from dxdesk.cli.progress_cmd import run_export_unit_forms

        return run_export_unit_forms(args)
    if args.format != "xlsx" and not args.kind:
        print("dxdesk: hãy chọn --kind plan|report|reminder.", file=sys.stderr)
        return 2
    try:
        return _run(args)
    except UserFacingError as exc:
        print(f"dxdesk: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    from dxdesk.cli.main import db_target
    from dxdesk.errors import InvalidInput
    from dxdesk.services import documents
    from dxdesk.store import open_database

    if args.format == "xlsx":
        return _run_xlsx(args)
    if args.period and args.kind != "report":
        raise InvalidInput("Kỳ báo cáo (--period) chỉ dùng với --kind report.")
    if args.period:
        from dxdesk.domain.period import Period

        Period.parse(args.period)  # refused before the database is opened
    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise InvalidInput(f"Ngày không hợp lệ: {args.today!r} (dạng 2023-12-31).") from None
    path = output_path(args.format, args.output)
    with open_database(db_target(args), daily_backup=False) as db:
        plan_id = documents.plan_id_for_year(db, args.plan) if args.plan else None
        doc = documents.document_for(db, args.kind, plan_id=plan_id, period=args.period,
                                     today=today)
    written = documents.write_document(doc, path)
    print(f"Đã ghi {documents.KIND_LABELS[args.kind].lower()} vào “{written}”.")
    return 0


def _run_xlsx(args: argparse.Namespace) -> int:
    from dxdesk.cli.main import db_target
    from dxdesk.errors import InvalidInput
    from dxdesk.services import documents
    from dxdesk.services.workbooks import export_province_xlsx
    from dxdesk.store import open_database

    if args.kind is not None:
        raise InvalidInput("Tệp .xlsx luôn gồm nhiệm vụ, chỉ tiêu và tổng hợp; "
                           "không dùng --kind với xlsx.")
    if args.period:
        raise InvalidInput("Tệp .xlsx gồm số liệu của mọi kỳ; không dùng --period với xlsx.")
    try:
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise InvalidInput(f"Ngày không hợp lệ: {args.today!r} (dạng 2023-12-31).") from None
    path = output_path("xlsx", args.output)
    with open_database(db_target(args), daily_backup=False) as db:
        plan_id = documents.plan_id_for_year(db, args.plan) if args.plan else None
        written = export_province_xlsx(db, path, plan_id=plan_id, today=today)
    print(f"Đã ghi bảng tổng hợp gửi tỉnh vào “{written}”.")
    return 0
