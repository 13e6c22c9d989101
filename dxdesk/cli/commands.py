"""The CLI's commands: parse arguments → call a service → print a line in Vietnamese.

Every refusal is a message on stderr and a non-zero exit code; nothing is changed."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path

from dxdesk.cli.main import db_target
from dxdesk.errors import InvalidInput


def _refusals(handler):
    """Refusals meant for the officer become a message on stderr and exit code 1."""
    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        from dxdesk.errors import UserFacingError

        try:
            return handler(args)
        except UserFacingError as exc:
            print(f"dxdesk: {exc}", file=sys.stderr)
            return 1
    return wrapper


def _path(args: argparse.Namespace) -> Path:
    from dxdesk.store.database import resolve_target

    target = resolve_target(db_target(args))
    if isinstance(target, str):
        raise InvalidInput("Lệnh này chỉ dùng với tệp dữ liệu SQLite, không dùng với URL máy chủ.")
    return target


@_refusals
def run_demo(args: argparse.Namespace) -> int:
    from dxdesk.services.demo import DEFAULT_SIZE, create_demo_database

    path = _path(args)
    size = DEFAULT_SIZE if args.size is None else args.size
    create_demo_database(path, size=size)
    print(f"Đã tạo cơ sở dữ liệu mẫu “{path}” với {size} nhiệm vụ.")
    return 0


@_refusals
def run_check(args: argparse.Namespace) -> int:
    from dxdesk.store.maintenance import check_database

    report = check_database(_path(args))
    if report.healthy:
        print(f"Tệp dữ liệu “{report.path}” tốt (lược đồ {report.revision}).")
        return 0
    for problem in report.problems:
        print(f"dxdesk: {problem}", file=sys.stderr)
    return 1


@_refusals
def run_backup(args: argparse.Namespace) -> int:
    from dxdesk.store.backup import make_backup
    from dxdesk.store.errors import DatabaseMissing
    from dxdesk.store.sqlite import inspect_file

    path = _path(args)
    if not path.is_file():
        raise DatabaseMissing(path)
    inspect_file(path)
    output = Path(args.output).expanduser().absolute() if args.output else None
    written = make_backup(path, "manual", destination=output)
    print(f"Đã sao lưu vào “{written}”.")
    return 0


@_refusals
def run_restore(args: argparse.Namespace) -> int:
    from dxdesk.store import open_database
    from dxdesk.store.maintenance import restore_database

    path = _path(args)
    replaced = restore_database(path, Path(args.file).expanduser().absolute())
    open_database(path, daily_backup=False).close()  # brings an older backup up to date
    print(f"Đã khôi phục “{path}” từ “{args.file}”. Dữ liệu trước khi khôi phục được "
          f"sao lưu tại “{replaced}”.")
    return 0


@_refusals
def run_import(args: argparse.Namespace) -> int:
    from dxdesk.importing import parse_file

    if args.dry_run:
        parsed = parse_file(args.file)
        if args.json:
            json.dump(parsed.to_json_dict(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            data = parsed.to_json_dict()
            print(f"Đọc được: {_count_headings(data['outline'])} đề mục, {len(data['bases'])} "
                  f"căn cứ, {len(data['targets'])} chỉ tiêu, {len(data['tasks'])} nhiệm vụ "
                  "(chưa ghi gì).")
        return 0
    from dxdesk.services.templates import import_template_file
    from dxdesk.store import open_database

    with open_database(db_target(args)) as db:
        summary = import_template_file(db, args.file)
    if args.json:
        json.dump(summary.__dict__, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(summary.line())
    return 0


def _count_headings(outline: list[dict]) -> int:
    return sum(1 + _count_headings(item.get("children") or []) for item in outline)


def run_gui(args: argparse.Namespace) -> int:
    from dxdesk.gui.app import run

    return run(args)
