"""Why an import stops. The message of each is one Vietnamese sentence for the officer
that says what to do; callers tell the cases apart by class, never by message text."""

from __future__ import annotations

from dxdesk.errors import UserFacingError

__all__ = ["ImportRefused", "ImportCancelled"]


class ImportRefused(UserFacingError):
    """The file cannot be imported (unknown or legacy format, corrupt, encrypted, scanned,
    too large, a zip/XML bomb, or not a plan). Nothing has been changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ImportCancelled(UserFacingError):
    """The user cancelled the import (``should_cancel`` returned True)."""

    def __init__(self, message: str = "Đã hủy việc nhập tệp theo yêu cầu; chưa có gì thay đổi."):
        super().__init__(message)
        self.message = message
