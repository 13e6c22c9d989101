"""The names of a task's fields as plans write them before a colon: the lead unit
(``Cơ quan chủ trì``, ``Đơn vị chủ trì``, ``Chủ trì thực hiện``, ``Đơn vị thực hiện``), the
co-operating units (``Phối hợp``, ``Đơn vị phối hợp``), the deadline (``Thời gian hoàn
thành``, ``Thời gian thực hiện``, ``Thời hạn``, ``Tiến độ``), the expected output
(``Sản phẩm``, ``Kết quả/sản phẩm``, ``Sản phẩm đầu ra``) and other fields that are not
kept (``Kinh phí``, ``Ghi chú``…). Used by :mod:`~dxdesk.importing.task_items` to read
them, and by :mod:`~dxdesk.importing.paragraphs`, where a line that starts with one is a
paragraph of its own.
"""

from __future__ import annotations

import re

__all__ = ["FIELD_RE", "starts_with_field"]

_UNIT = r"(?:cơ quan|đơn vị|bộ phận|cơ quan,?\s*đơn vị|cơ quan\s*/\s*đơn vị|cơ quan\s*-\s*đơn vị)"
FIELD_RE = re.compile(
    r"(?:^|(?<=[(\[;.,])|(?<=[(\[;.,]\s)|(?<=\s[-–]\s)|(?<=^[-–+•]\s))\s*"
    r"(?:(?P<lead>(?:" + _UNIT + r"\s*)?(?:chủ trì(?:\s+thực hiện)?|thực hiện(?:\s+chính)?|"
    r"đầu mối|chịu trách nhiệm(?:\s+chính)?)|trách nhiệm thực hiện|người thực hiện)"
    r"|(?P<co>(?:" + _UNIT + r"\s*)?phối hợp(?:\s+thực hiện)?)"
    r"|(?P<deadline>thời gian(?:\s+(?:hoàn thành|thực hiện|triển khai|dự kiến))?|"
    r"thời hạn(?:\s+hoàn thành)?|tiến độ(?:\s+(?:thực hiện|hoàn thành))?|hoàn thành|"
    r"lộ trình(?:\s+thực hiện)?)"
    r"|(?P<output>(?:sản phẩm|kết quả)(?:\s+(?:đầu ra|dự kiến|chính|cần đạt))?(?:\s+đạt được)?"
    r"|sản phẩm\s*/\s*kết quả|kết quả\s*/\s*sản phẩm|yêu cầu sản phẩm)"
    r"|(?P<other>(?:nguồn\s+)?kinh phí(?:\s+thực hiện)?|nguồn vốn|nội dung(?:\s+thực hiện)?|"
    r"mục tiêu|ghi chú|đối tượng|địa điểm|hình thức|quy mô|phạm vi)(?:\s+(?:thực hiện|triển khai|áp dụng))?)"
    r"\s*:\s*",
    re.IGNORECASE)


def starts_with_field(text: str) -> bool:
    """Whether ``text`` starts with the name of a task's lead unit, co-operating units,
    deadline or output, and its colon (``Đơn vị chủ trì: …``)."""
    m = FIELD_RE.match(text)
    return m is not None and m.start() == 0 and m.group("other") is None
