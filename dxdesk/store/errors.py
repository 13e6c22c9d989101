"""Why a database cannot be opened or changed. Each carries a Vietnamese message for the
officer (``str(error)``); callers tell them apart by class, never by message text."""

from __future__ import annotations

from dxdesk.errors import UserFacingError, describe_os_error  # noqa: F401 (re-exported)


class StoreError(UserFacingError):
    """Base class: the message is a complete Vietnamese sentence saying what to do."""


class DatabaseMissing(StoreError):
    def __init__(self, path):
        super().__init__(
            f"Không tìm thấy tệp dữ liệu “{path}”. Hãy kiểm tra lại đường dẫn; "
            "dxdesk không tự tạo tệp mới thay cho tệp bị thiếu.")


class NotADxdeskDatabase(StoreError):
    def __init__(self, path, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"Tệp “{path}” không phải là cơ sở dữ liệu của dxdesk{extra}. "
            "Hãy chọn đúng tệp dxdesk.sqlite; tệp này được giữ nguyên.")


class DatabaseTooNew(StoreError):
    def __init__(self, path, revision: str):
        super().__init__(
            f"Tệp “{path}” được tạo bởi phiên bản dxdesk mới hơn (lược đồ {revision}). "
            "Hãy cập nhật dxdesk lên phiên bản mới nhất để mở tệp này; tệp được giữ nguyên.")


class DatabaseInUse(StoreError):
    def __init__(self, path, holder: str = ""):
        who = f" ({holder})" if holder else ""
        super().__init__(
            f"Tệp dữ liệu “{path}” đang được mở ở một cửa sổ dxdesk khác{who}. "
            "Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.")


class DatabaseDamaged(StoreError):
    def __init__(self, path, detail: str = ""):
        extra = f": {detail}" if detail else ""
        super().__init__(
            f"Tệp dữ liệu “{path}” bị hỏng{extra}. Hãy khôi phục từ bản sao lưu "
            "(dxdesk restore) — tệp hiện tại được giữ nguyên để chuyên viên kiểm tra.")


class DatabaseExists(StoreError):
    def __init__(self, path):
        super().__init__(
            f"Tệp “{path}” đã tồn tại. dxdesk không ghi đè dữ liệu: hãy chọn tên tệp khác.")


class StoreWriteFailed(StoreError):
    def __init__(self, path, detail: str):
        super().__init__(
            f"Không ghi được vào “{path}”: {detail}. Dữ liệu chưa bị thay đổi; hãy kiểm tra "
            "ổ đĩa còn chỗ trống và quyền ghi, rồi thử lại.")


class DatabaseBusy(StoreWriteFailed):
    """Another program (an antivirus, a sync or backup tool, a second copy of a database
    tool) held SQLite's write lock for longer than the busy timeout."""

    def __init__(self, path, seconds: float | None = None):
        waited = f" sau {seconds:g} giây chờ" if seconds else ""
        StoreError.__init__(
            self,
            f"Tệp dữ liệu “{path}” đang bị một chương trình khác khóa (ví dụ phần mềm diệt "
            f"virus, đồng bộ hoặc sao lưu){waited}. Thay đổi vừa rồi chưa được lưu và dữ liệu "
            "chưa bị thay đổi; hãy đợi một lát rồi thử lại.")
