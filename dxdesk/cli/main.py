"""``dxdesk`` entry point. Keep this module's imports light: ``dxdesk --version`` and the
GUI's start-up both pass through here; each command imports what it needs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from dxdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dxdesk",
        description="dxdesk — lập, theo dõi và báo cáo kế hoạch chuyển đổi số cấp huyện.",
    )
    parser.add_argument("--version", action="version", version=f"dxdesk {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="tệp dữ liệu (mặc định: dxdesk.sqlite trong thư mục dữ liệu "
                             "của người dùng) hoặc URL SQLAlchemy")
    parser.add_argument("--demo", action="store_true",
                        help="mở một cơ sở dữ liệu mẫu mới trong thư mục tạm")
    parser.add_argument("--exit-after-startup", nargs="?", const="painted",
                        choices=("painted", "ready"), metavar="painted|ready",
                        help="thoát ngay khi cửa sổ chính đã hiện dữ liệu (painted, mặc định) "
                             "hoặc khi đã sẵn sàng cho lần sửa đầu tiên (ready) — để kiểm "
                             "thử, đo tốc độ")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: do not overwrite a --db given before the command name.
        sub.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                         help="tệp dữ liệu (mặc định: tệp dữ liệu của người dùng)")
        return sub

    demo = command("demo", "tạo cơ sở dữ liệu mẫu (huyện Sơn Hà Mẫu)")
    demo.add_argument("--size", type=int, default=None, metavar="N",
                      help="số nhiệm vụ của kế hoạch mẫu (mặc định 60)")
    command("check", "kiểm tra tính toàn vẹn của tệp dữ liệu")
    backup = command("backup", "sao lưu tệp dữ liệu")
    backup.add_argument("-o", "--output", metavar="FILE", help="tệp sao lưu (mặc định: "
                        "thư mục <tên>-backups cạnh tệp dữ liệu)")
    restore = command("restore", "khôi phục tệp dữ liệu từ một bản sao lưu")
    restore.add_argument("file", metavar="FILE", help="bản sao lưu")
    imp = command("import", "nhập kế hoạch của tỉnh (.docx, .pdf, .txt, .md, .xlsx) làm mẫu")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="chỉ đọc, không ghi gì")
    imp.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    from dxdesk.cli.export_cmd import add_export_parser

    add_export_parser(command)
    from dxdesk.cli.progress_cmd import add_import_progress_parser

    add_import_progress_parser(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    args = build_parser().parse_args(argv)
    from dxdesk.cli import commands, export_cmd, progress_cmd

    handler = {
        None: commands.run_gui, "demo": commands.run_demo, "check": commands.run_check,
        "backup": commands.run_backup, "restore": commands.run_restore,
        "import": commands.run_import, "export": export_cmd.run_export,
        "import-progress": progress_cmd.run_import_progress,
    }[args.command]
    return handler(args)


def _utf8_streams() -> None:
    """Vietnamese on any console or pipe (Windows pipes default to the ANSI code page)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def db_target(args: argparse.Namespace) -> str | Path:
    if getattr(args, "db", None):
        return args.db
    from dxdesk.paths import default_db_path

    return default_db_path()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
