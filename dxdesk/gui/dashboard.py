"""“Tổng quan”: the first screen of an open plan — counts by status, progress per pillar
and per unit as bars, what is late and what falls due, targets at risk. Drawn with Qt
itself: a handful of bars needs no chart library."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from dxdesk.domain.status import TaskStatus
from dxdesk.gui.status_colours import LATE, colours_for, status_text
from dxdesk.services.dashboard import (DUE_SOON_DAYS, Bar, Dashboard, DeadlineNotice,
                                      build_dashboard)
from dxdesk.store import Database
from dxdesk.text.numbers import format_number

TASK_ID = Qt.ItemDataRole.UserRole
BAR_DONE = QColor("#2e7d32")
BAR_TRACK = QColor("#e0e0e0")


class BarChart(QWidget):
    """Horizontal bars: a name, the average progress as a filled bar, and a caption."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setMinimumWidth(360)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setMinimumHeight(self.ROW * max(1, len(bars)) + 4)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, self.ROW * max(1, len(self.bars)) + 4)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        name_width = min(int(self.width() * 0.42), 260)
        caption_width = metrics.horizontalAdvance("100 % · 99 quá hạn") + 8
        track = max(40, self.width() - name_width - caption_width - 12)
        for i, bar in enumerate(self.bars):
            top = i * self.ROW + 2
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, name_width - 6)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, top, name_width - 6, self.ROW - 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
            rect = QRectF(name_width, top + 5, track, self.ROW - 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_TRACK)
            painter.drawRoundedRect(rect, 3, 3)
            filled = QRectF(rect.x(), rect.y(), track * min(bar.progress, 100) / 100,
                            rect.height())
            painter.setBrush(BAR_DONE)  # progress is green; lateness is said in red beside it
            painter.drawRoundedRect(filled, 3, 3)
            caption = f"{bar.progress:.0f} %" + (f" · {bar.late} quá hạn" if bar.late else "")
            painter.setPen(LATE.background if bar.late else self.palette().windowText().color())
            painter.drawText(QRectF(name_width + track + 8, top, caption_width, self.ROW - 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             caption)
        painter.end()


class DashboardView(QScrollArea):
    task_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.headline)
        self.chips = QHBoxLayout()
        layout.addLayout(self.chips)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.pillar_chart, self.unit_chart = BarChart(), BarChart()
        grid.addWidget(self._group("Tiến độ theo trụ cột (bình quân % các nhiệm vụ)",
                                   self.pillar_chart), 0, 0)
        grid.addWidget(self._group("Tiến độ theo đơn vị chủ trì", self.unit_chart), 0, 1)
        self.late_list, self.soon_list = QListWidget(), QListWidget()
        grid.addWidget(self._group("Nhiệm vụ quá hạn (nhấp đúp để xem)", self.late_list), 1, 0)
        self.soon_box = self._group(f"Đến hạn trong {DUE_SOON_DAYS} ngày tới", self.soon_list)
        grid.addWidget(self.soon_box, 1, 1)
        self.risk_list = QListWidget()
        layout.addWidget(self._group("Chỉ tiêu có nguy cơ không đạt", self.risk_list))
        for widget in (self.late_list, self.soon_list):
            widget.itemActivated.connect(lambda item: self.task_activated.emit(item.data(TASK_ID)))
        self.board: Dashboard | None = None

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def set_plan(self, db: Database, plan_id: int, today: dt.date | None = None,
                 board: Dashboard | None = None) -> None:
        """Show the plan's dashboard (``board``: already read for it)."""
        self.show_board(board or build_dashboard(db, plan_id, today))

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        done = board.by_status[TaskStatus.DONE] + board.by_status[TaskStatus.DONE_LATE]
        share = f"{100 * done / board.total:.0f} %" if board.total else "0 %"
        self.headline.setText(
            f"<p style='font-size:12pt'><b>{board.total}</b> nhiệm vụ — đã hoàn thành "
            f"<b>{done}</b> ({share}); <b style='color:{LATE.background.name()}'>"
            f"{board.late_count} quá hạn</b>; {len(board.due_soon)} đến hạn trong "
            f"{DUE_SOON_DAYS} ngày tới; {len(board.targets_at_risk)} chỉ tiêu có nguy cơ.</p>")
        while self.chips.count():
            self.chips.takeAt(0).widget().deleteLater()
        for status in TaskStatus:
            colours = colours_for(status)
            chip = QLabel(f" {status_text(status)}: {board.by_status[status]} ")
            chip.setStyleSheet(f"background:{colours.background.name()};"
                               f"color:{colours.foreground.name()};border-radius:4px;"
                               f"padding:4px;{'font-weight:bold;' if colours.bold else ''}")
            self.chips.addWidget(chip)
        self.pillar_chart.set_bars(board.pillars)
        self.unit_chart.set_bars(board.units)
        self._fill(self.late_list, board.late, lambda t: f"trễ {t.days} ngày", LATE.background)
        self._fill(self.soon_list, board.due_soon, lambda t: f"còn {t.days} ngày", None)
        self.risk_list.clear()
        for target in board.targets_at_risk:
            actual = "chưa có kết quả" if target.actual is None else \
                f"đạt {format_number(target.actual)} ({target.period})"
            self.risk_list.addItem(f"{target.text} — kế hoạch {format_number(target.value)}, "
                                   f"{actual}")
        if not board.targets_at_risk:
            self.risk_list.addItem("Không có chỉ tiêu nào chậm so với thời gian đã qua.")

    @staticmethod
    def _fill(widget: QListWidget, tasks, describe, colour) -> None:
        widget.clear()
        for task in tasks:
            item = QListWidgetItem(f"{task.deadline:%d/%m/%Y} ({describe(task)}) — "
                                   f"{task.unit or 'chưa giao'}: {task.text}")
            item.setData(TASK_ID, task.id)
            item.setToolTip(task.text)
            if colour is not None:
                item.setForeground(colour)
            widget.addItem(item)
        if not tasks:
            widget.addItem("Không có.")


class NoticeBar(QFrame):
    """The deadline notice above the open plan: it informs, it never blocks."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet("#noticeBar { background: #fff3e0; border: 1px solid #ef6c00;"
                           " border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        view = QPushButton("&Xem", self)
        view.clicked.connect(self.show_requested)
        close = QPushButton("Đã &biết", self)
        close.clicked.connect(self.hide)
        layout.addWidget(view)
        layout.addWidget(close)
        self.hide()

    def show_notice(self, notice: DeadlineNotice, today: dt.date) -> None:
        if notice.empty:
            self.hide()
            return
        self.label.setText(f"<b>Hôm nay {today:%d/%m/%Y}:</b> {notice.text()}.")
        self.show()
