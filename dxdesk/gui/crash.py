"""What happens when something goes wrong that nobody expected: the error is logged in
full, the officer sees a Vietnamese dialog saying what happened and where the log is, and
the app closes rather than go on in a state nobody can vouch for. Refusals meant for the
officer (UserFacingError) are shown and the app goes on — nothing was changed."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

from dxdesk.errors import UserFacingError
from dxdesk.logs import log_path

log = logging.getLogger("dxdesk")


def install_exception_hook() -> None:
    sys.excepthook = handle_exception


def handle_exception(kind, error, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(error, UserFacingError):
        QMessageBox.warning(QApplication.activeWindow(), "dxdesk", str(error))
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    log.critical("unexpected error\n%s", details)
    print(details, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, "dxdesk — lỗi không mong đợi",
                      "dxdesk gặp lỗi không mong đợi và sẽ đóng lại để bảo vệ dữ liệu.\n\n"
                      "Dữ liệu đã lưu trước đó vẫn an toàn (mỗi thao tác được ghi trọn vẹn "
                      "hoặc không ghi gì).\n\n"
                      f"Lỗi: {kind.__name__}: {error}\n\n"
                      f"Nhật ký lỗi: {log_path()}\nHãy gửi tệp này cho bộ phận hỗ trợ.",
                      QMessageBox.StandardButton.Close, QApplication.activeWindow())
    box.setDetailedText(details)
    box.exec()
    QApplication.exit(3)
