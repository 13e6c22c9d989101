"""The one base class of refusals the officer sees: the message is a complete Vietnamese
sentence saying what happened and what to do. The CLI prints it and exits 1, the GUI shows
it in a dialog; nothing has been changed when one is raised."""

import errno


class UserFacingError(Exception):
    pass


class InvalidInput(UserFacingError):
    """A value the user gave is out of range or unknown."""


_OS_ERRORS = {
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết dung lượng được phép dùng trên ổ đĩa",
    errno.EFBIG: "tệp vượt quá kích thước hệ thống cho phép",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc",
    errno.EACCES: "không có quyền ghi (tệp hoặc thư mục chỉ cho phép đọc)",
    errno.EPERM: "không có quyền ghi (tệp hoặc thư mục chỉ cho phép đọc)",
    errno.EIO: "lỗi đọc/ghi ổ đĩa",
}


def describe_os_error(exc: OSError) -> str:
    """An OSError in Vietnamese (the OS's own words, often English, only as a fallback)."""
    text = _OS_ERRORS.get(exc.errno)
    if text is None and getattr(exc, "winerror", None) in (32, 33):  # sharing/lock violation
        text = "tệp đang bị chương trình khác khóa"
    return text or f"lỗi hệ thống: {exc.strerror or exc}"
