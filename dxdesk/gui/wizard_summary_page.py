"""The new-plan wizard's last page: the plan as it will be made, what to look at before
making it, its title — and Finish.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QTextBrowser

from dxdesk.gui.wizard_page import WARNING_TEXT, PlanWizardPage, format_day
from dxdesk.services.plan_draft import Draft, short_warning
from dxdesk.services.plan_sources import plan_years
from dxdesk.services.plans import TaskChoice
from dxdesk.text import clean

if TYPE_CHECKING:
    from dxdesk.gui.new_plan_wizard import NewPlanWizard

__all__ = ["SummaryPage"]


class SummaryPage(PlanWizardPage):
    heading = "Xem lại và tạo kế hoạch"
    form = "wizard_summary"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Kiểm tra lại. Bấm “Tạo kế hoạch” để lưu kế hoạch dưới dạng dự thảo; "
                         "sau đó vẫn sửa được từng phần.")
        self.title_edit: QLineEdit = self.child(QLineEdit, "titleEdit")
        self.view: QTextBrowser = self.child(QTextBrowser, "summaryView")
        self.problem_label: QLabel = self.child(QLabel, "problemLabel")
        self.title_edit.textEdited.connect(self._title_edited)

    def default_title(self) -> str:
        return f"Chuyển đổi số {self.wiz.district or 'huyện'} năm {self.draft.year}"

    def initializePage(self) -> None:
        self.problem_label.clear()
        self.title_edit.setText(self.draft.title or self.default_title())
        self.view.setHtml(self.summary_html())
        self.title_edit.setFocus()

    def _title_edited(self, text: str) -> None:
        text = clean(text)
        self.draft.title = None if not text or text == self.default_title() else text
        self.view.setHtml(self.summary_html())

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)

    def summary_html(self) -> str:
        draft = self.draft
        outline = draft.outline
        targets = draft.chosen_target_infos()
        tasks = draft.chosen_task_infos()
        choices = [draft.tasks[t.id] for t in tasks]
        adapted = sum(1 for t in targets if draft.targets[t.id].value is not None
                      or draft.targets[t.id].text)
        groups = list(dict.fromkeys(t.group or "Nhiệm vụ khác" for t in tasks))
        carried = len(draft.carried_ids())
        unassigned = sum(1 for c in choices if not c.lead_unit_id)
        days_off = [c for c in choices if short_warning(c.deadline)]
        leads = {c.lead_unit_id for c in choices if c.lead_unit_id}
        esc = html.escape
        bases = 1 + (len(outline.bases) if draft.inherit_bases else 0)
        lines = [
            f"<h3>Kế hoạch {esc(self.title_edit.text() or self.default_title())}</h3>",
            f"<p>Lập theo <b>{esc(outline.template.reference)}</b> của tỉnh "
            f"({esc(outline.template.title)}).</p>",
            "<p><b>Bố cục kế hoạch:</b></p><ul>",
            f"<li><b>I. Căn cứ lập kế hoạch</b>: {bases} văn bản (kế hoạch của tỉnh"
            f"{', và các căn cứ của tỉnh' if draft.inherit_bases and outline.bases else ''}"
            ").</li>",
            f"<li><b>II. Mục tiêu</b>: {len(targets)} chỉ tiêu, {adapted} đã điều chỉnh "
            "cho huyện.</li>",
            f"<li><b>III. Nhiệm vụ</b>: {len(tasks)} nhiệm vụ theo {len(groups)} nhóm"
            + (f", cùng {carried} nhiệm vụ chuyển tiếp từ năm {self.wiz.previous.year}"
               if carried else "") + ".</li>",
            "<li><b>IV. Giải pháp</b>, <b>V. Kinh phí</b>: theo kế hoạch của tỉnh "
            "(sửa được sau).</li>",
            f"<li><b>VI. Tổ chức thực hiện</b>: nhiệm vụ của từng đơn vị chủ trì "
            f"({len(leads)} đơn vị), lập tự động theo phần giao nhiệm vụ.</li></ul>",
        ]
        warnings = []
        if unassigned:
            warnings.append(f"{unassigned} nhiệm vụ chưa có đơn vị chủ trì (có thể giao sau).")
        examples = [f"{format_day(c.deadline)} ({short_warning(c.deadline)}): "
                    f"{self._short(c, draft)}" for c in days_off[:5]]
        if len(days_off) > 5:
            examples.append(f"và {len(days_off) - 5} thời hạn khác")
        if days_off:
            warnings.append(f"{len(days_off)} thời hạn rơi vào thứ Bảy, Chủ nhật hoặc ngày lễ "
                            "(có thể quay lại bước trước và bấm “Dời sang ngày làm việc”):")
        years = plan_years(self.wiz.db)
        if years.get(draft.year):
            warnings.append(f"Đã có {years[draft.year]} kế hoạch năm {draft.year}; kế hoạch "
                            "này sẽ là một bản dự thảo nữa.")
        if warnings:
            lines.append(f'<p style="color:{WARNING_TEXT}"><b>Cần lưu ý:</b></p><ul>')
            for warning in warnings:
                lines.append(f'<li style="color:{WARNING_TEXT}">{esc(warning)}')
                if warning.startswith(f"{len(days_off)} thời hạn") and examples:
                    lines.append("<ul>" + "".join(f"<li>{esc(e)}</li>" for e in examples)
                                 + "</ul>")
                lines.append("</li>")
            lines.append("</ul>")
        return "".join(lines)

    @staticmethod
    def _short(choice: TaskChoice, draft: Draft) -> str:
        text = choice.text or next(t.text for t in draft.outline.tasks
                                   if t.id == choice.source_task_id)
        return text if len(text) <= 60 else text[:57].rstrip() + "…"

    def validatePage(self) -> bool:
        return self.wiz.create()
