"""Administrative documents (Kế hoạch, Báo cáo, Công văn) laid out by Decree 30/2020/NĐ-CP.

``model`` describes a document format-neutrally (``AdminDocument``); ``docx_writer`` lays it
out as .docx; ``layout`` holds the ND30 geometry and text metrics every writer shares.
No Qt here.
"""

from .docx_writer import write_docx
from .model import (
    AdminDocument,
    Align,
    Appendix,
    Bullet,
    Column,
    DocumentKind,
    GroupRow,
    Header,
    HeaderCell,
    Heading,
    Paragraph,
    Row,
    Signer,
    Span,
    Table,
    format_date_line,
    format_number_line,
)

__all__ = [
    "AdminDocument",
    "Align",
    "Appendix",
    "Bullet",
    "Column",
    "DocumentKind",
    "GroupRow",
    "Header",
    "HeaderCell",
    "Heading",
    "Paragraph",
    "Row",
    "Signer",
    "Span",
    "Table",
    "format_date_line",
    "format_number_line",
    "write_docx",
]
