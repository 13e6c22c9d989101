"""Importing a province (or district) plan: any of .docx, .pdf, .txt/.md, .xlsx →
:class:`ParsedTemplate` (the structure of ``docs/template-json.md``).

One reader per format turns the file into the same stream of lines and tables
(:mod:`dxdesk.importing.blocks`); one format-independent parser
(:mod:`dxdesk.importing.structure`) reads headings, legal bases, targets, tasks,
recipients and the signer from it. Qt-free; the heavy libraries (python-docx, openpyxl,
pypdf) are imported only when a file of their format is parsed.

    >>> from dxdesk.importing import parse_file
    >>> template = parse_file("ke-hoach.docx")
    >>> template.to_json_dict()["tasks"][0]["text"]
"""

from __future__ import annotations

import hashlib
import logging
import os
import warnings
from pathlib import Path
from typing import Callable

from dxdesk.importing.errors import ImportCancelled, ImportRefused
from dxdesk.importing.guard import SUPPORTED_EXTENSIONS
from dxdesk.importing.model import OutlineNode, ParsedTemplate, Signer, Target, Task

__all__ = ["parse_file", "ParsedTemplate", "OutlineNode", "Target", "Task", "Signer",
           "ImportRefused", "ImportCancelled", "SUPPORTED_EXTENSIONS"]

_log = logging.getLogger(__name__)

_NOT_A_PLAN = ("Không tìm thấy nội dung của một kế hoạch (căn cứ, mục tiêu, chỉ tiêu, nhiệm vụ) "
               "trong tệp: tệp này có vẻ không phải là kế hoạch; hãy kiểm tra lại, hoặc xin "
               "bản .docx của kế hoạch.")
# Heading kinds only a plan's outline has (a README's or a letter's headings are "other").
_PLAN_KINDS = frozenset({"bases", "situation", "objectives", "tasks", "solutions", "funding",
                         "organization"})


def _looks_like_a_plan(template: ParsedTemplate) -> bool:
    """Something a plan has: tasks, targets, legal bases, a document type line (KẾ HOẠCH,
    QUYẾT ĐỊNH…) or a plan's section (MỤC TIÊU, NHIỆM VỤ, TỔ CHỨC THỰC HIỆN…). A document
    with headings but none of these (a manual, a README) is refused, not imported empty."""
    if template.tasks or template.targets or template.bases or template.doc_type:
        return True
    return any(node.kind in _PLAN_KINDS for root in template.outline for node in root.walk())


_PARSER_FAILED = ("Không đọc được cấu trúc của văn bản này do một lỗi của chương trình: hãy thử "
                  "bản .docx hoặc .pdf khác của văn bản, và gửi tệp này cho bộ phận hỗ trợ.")
_CORRUPT = {
    ".docx": "Tệp Word (.docx) này bị hỏng, không mở được: hãy mở và lưu lại bằng Word, hoặc "
             "xin bản khác.",
    ".xlsx": "Tệp Excel (.xlsx) này bị hỏng, không mở được: hãy mở và lưu lại bằng Excel, hoặc "
             "xin bản khác.",
    ".pdf": "Tệp PDF này bị hỏng, không mở được: hãy xin bản khác hoặc bản .docx của văn bản.",
    ".txt": "Không đọc được tệp văn bản này: hãy lưu lại thành .txt (UTF-8) rồi nhập lại.",
    ".md": "Không đọc được tệp văn bản này: hãy lưu lại thành .md (UTF-8) rồi nhập lại.",
}


def _read_input(path: Path) -> bytes:
    from dxdesk.importing.guard import MAX_FILE_BYTES, check_size

    try:
        if not path.exists():
            raise ImportRefused(f"Không tìm thấy tệp “{path.name}”: hãy kiểm tra lại đường dẫn.")
        if path.is_dir():
            raise ImportRefused(f"“{path.name}” là một thư mục, không phải tệp: hãy chọn một tệp "
                                "kế hoạch.")
        check_size(path.stat().st_size)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise ImportRefused(f"Không có quyền đọc tệp “{path.name}”: hãy chép tệp vào thư mục "
                            "của mình rồi nhập lại.") from None
    except OSError:
        raise ImportRefused(f"Không đọc được tệp “{path.name}”: hãy kiểm tra lại tệp (có thể "
                            "đang được mở ở chương trình khác) rồi thử lại.") from None
    check_size(len(data))
    return data


def parse_file(path: str | os.PathLike, *,
               progress: Callable[[int, int], None] | None = None,
               should_cancel: Callable[[], bool] | None = None) -> ParsedTemplate:
    """Parse a plan file into a :class:`ParsedTemplate`; the file is only read.

    ``progress(done, total)`` is called as the work advances (``total`` is 100);
    ``should_cancel()`` is polled and :class:`ImportCancelled` raised when it returns
    True. Raises :class:`ImportRefused` (a Vietnamese sentence saying what to do) for a
    file that cannot be imported.
    """
    from dxdesk.importing.blocks import Progress
    from dxdesk.importing.guard import check_extension, check_xml_prolog, check_zip, sniff

    file_path = Path(os.fspath(path))
    ext = check_extension(file_path.suffix)
    tracker = Progress(progress, should_cancel)
    tracker.report(0, 100)
    data = _read_input(file_path)
    sha256 = hashlib.sha256(data).hexdigest()
    sniff(data, ext)
    notes: list[str] = []
    encoding = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if ext in (".docx", ".xlsx"):
                archive = check_zip(data, ext)
                try:
                    check_xml_prolog(archive, ext)
                finally:
                    archive.close()
            tracker.report(5, 100)
            if ext == ".docx":
                from dxdesk.importing.read_docx import read_docx

                blocks = read_docx(data, tracker, notes)
            elif ext == ".xlsx":
                from dxdesk.importing.read_xlsx import read_xlsx

                blocks = read_xlsx(data, tracker, notes)
            elif ext == ".pdf":
                from dxdesk.importing.read_pdf import read_pdf

                blocks = read_pdf(data, tracker, notes)
            else:
                from dxdesk.importing.read_text import read_text
                from dxdesk.text.legacy import decode_bytes

                from dxdesk.importing.guard import utf16_without_bom

                bare = utf16_without_bom(data[:8192])
                if bare:
                    data = (b"\xff\xfe" if bare == "utf-16-le" else b"\xfe\xff") + data
                text, encoding = decode_bytes(data)
                from dxdesk.text.viscii import prefer_viscii

                text, encoding = prefer_viscii(data, text, encoding)
                if encoding == "tcvn3":
                    from dxdesk.importing.encoding import restore_capitals

                    text = "\n".join(restore_capitals(line) for line in text.split("\n"))
                blocks = read_text(text, tracker, notes)
        except (ImportRefused, ImportCancelled, MemoryError):
            raise
        except Exception:
            _log.warning("reading %s failed", file_path.name, exc_info=True)
            raise ImportRefused(_CORRUPT[ext]) from None
        tracker.report(50, 100)
        from dxdesk.importing.structure import parse_blocks

        try:
            template = parse_blocks(blocks, source=file_path.name, progress=tracker,
                                    warnings=notes)
        except (ImportRefused, ImportCancelled, MemoryError):
            raise
        except Exception:
            _log.error("parsing %s failed", file_path.name, exc_info=True)
            raise ImportRefused(_PARSER_FAILED) from None
    if not _looks_like_a_plan(template):
        raise ImportRefused(_NOT_A_PLAN)
    template.source_sha256 = sha256
    template.source_format = ext.lstrip(".")
    template.encoding = encoding
    tracker.report(100, 100)
    return template
