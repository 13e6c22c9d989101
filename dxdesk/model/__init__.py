"""The data model (SQLAlchemy 2.0 typed ORM). Qt-free; portable SQL only."""

from dxdesk.model.audit import AuditEntry
from dxdesk.model.base import Base, utcnow
from dxdesk.model.plans import Plan, PlanBasis, PlanSection, Target, TargetActual
from dxdesk.model.presets import RecipientPreset, SignerPreset
from dxdesk.model.tasks import ProgressEntry, Task, task_co_units
from dxdesk.model.templates import (Template, TemplateBasis, TemplateHeading, TemplateTarget,
                                    TemplateTask)
from dxdesk.model.units import DistrictProfile, Unit

__all__ = [
    "AuditEntry", "Base", "DistrictProfile", "Plan", "PlanBasis", "PlanSection",
    "ProgressEntry", "RecipientPreset", "SignerPreset", "Target", "TargetActual", "Task",
    "Template", "TemplateBasis", "TemplateHeading", "TemplateTarget", "TemplateTask", "Unit",
    "task_co_units", "utcnow",
]
