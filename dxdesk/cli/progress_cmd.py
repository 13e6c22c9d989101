"""``dxdesk export unit-forms`` and ``dxdesk import-progress``: the progress forms sent to
the lead units and read back (see :mod:`dxdesk.services.unit_forms`).

Light at import time (argparse only): ``dxdesk --version`` passes through ``main``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys


def add_import_progress_parser(command) -> argparse.ArgumentParser:
    """Register ``import-progress`` with ``command(name, help)`` of ``main.build_parser``."""
    sub = command("import-progress", "nhận biểu mẫu tiến độ (.xlsx) các đơn vị gửi lại")
    sub.add_argument("files", nargs="+", metavar="FILE", help="biểu mẫu .xlsx đơn vị gửi lại")
    sub.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    sub.add_argument("--take-units", action="store_true",
                     help="khi nhiệm vụ đã thay đổi trong dxdesk sau khi gửi biểu mẫu: lấy "
                          "số liệu của đơn vị (mặc định: giữ của dxdesk)")
    sub.add_argument("--today", help=argparse.SUPPRESS)  # tests: a fixed "today" (ISO)
    return sub


def _today(args: argparse.Namespace) -> dt.date | None:
    from dxdesk.errors import InvalidInput

    if not getattr(args, "today", None):
        return None
    try:
        return dt.date.fromisoformat(args.today)
    except ValueError:
        raise InvalidInput(f"Ngày không hợp lệ: {args.today!r} (dạng 2023-12-31).") from None


def run_export_unit_forms(args: argparse.Namespace) -> int:
    """``dxdesk export unit-forms [--plan YEAR] [--period P] -o DIR``."""
    from dxdesk.cli.main import db_target
    from dxdesk.errors import UserFacingError
    from dxdesk.services import unit_forms
    from dxdesk.store import open_database

    try:
        today = _today(args)
        if args.period:
            from dxdesk.domain.period import Period

            Period.parse(args.period)  # refused before the database is opened
        with open_database(db_target(args), daily_backup=False) as db:
            plan_id = None
            if args.plan:
                from dxdesk.services.documents import plan_id_for_year

                plan_id = plan_id_for_year(db, args.plan)
            written = unit_forms.export_unit_forms(db, args.output, plan_id=plan_id,
                                                   period=args.period or None, today=today)
    except UserFacingError as exc:
        print(f"dxdesk: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"Đã ghi “{path}”.")
    print(f"Đã xuất {len(written)} biểu mẫu tiến độ vào “{args.output}”.")
    return 0


def run_import_progress(args: argparse.Namespace) -> int:
    from dxdesk.cli.main import db_target
    from dxdesk.errors import UserFacingError
    from dxdesk.services import unit_forms
    from dxdesk.store import open_database

    try:
        today = _today(args)
        with open_database(db_target(args), daily_backup=False) as db:
            preview = unit_forms.preview_import(db, unit_forms.files_in(args.files), today)
            for line in preview.lines():
                print(line)
            refused = bool(preview.refused_files or preview.problems)
            if args.dry_run:
                print("Chỉ xem trước (--dry-run): không ghi gì.")
                return 1 if refused else 0
            choice = unit_forms.TAKE_UNIT if args.take_units else unit_forms.KEEP_DXDESK
            choices = {row.key: choice for row in preview.conflicts}
            count = unit_forms.apply_import(db, preview, choices, today=today)
    except UserFacingError as exc:
        print(f"dxdesk: {exc}", file=sys.stderr)
        return 1
    skipped = 0 if args.take_units else len(preview.conflicts)
    print(f"Đã cập nhật {count} nhiệm vụ." + (
        f" Bỏ qua {skipped} dòng xung đột (dùng --take-units để lấy số liệu của đơn vị)."
        if skipped else ""))
    if refused:
        print("dxdesk: có tệp hoặc dòng bị từ chối (xem các dòng ✗ ở trên).", file=sys.stderr)
    return 1 if refused else 0
