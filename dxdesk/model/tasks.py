"""Tasks (nhiệm vụ) of a plan, their co-units and progress entries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, String,
                        Table, Text)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dxdesk.model.base import Base, utcnow
from dxdesk.model.units import Unit

task_co_units = Table(
    "task_co_units",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id"), primary_key=True, index=True),
    Column("position", Integer, nullable=False, default=0),
)


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        # The overview of a plan reads only these two indexes, never the tasks' texts:
        # counts by pillar, unit and status walk the first in order; the late and due-soon
        # lists walk the second by deadline and stop at their limit. Both start with
        # plan_id, so they also serve the plan's foreign key.
        Index("ix_tasks_plan_groups", "plan_id", "group_name", "lead_unit_id", "status",
              "deadline", "progress", "position"),
        Index("ix_tasks_plan_deadline", "plan_id", "deadline", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    section_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(Text, default="")  # trụ cột / nhóm
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    deadline_text: Mapped[str] = mapped_column(String(100), default="")  # "Thường xuyên"
    output: Mapped[str] = mapped_column(Text, default="")  # sản phẩm
    budget_note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="not_started")  # domain.TaskStatus
    progress: Mapped[int] = mapped_column(Integer, default=0)  # 0..100
    source_task_id: Mapped[int | None] = mapped_column(ForeignKey("template_tasks.id"))
    carried_over_from_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"))
    is_carried_over: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    lead_unit: Mapped[Unit | None] = relationship(foreign_keys=[lead_unit_id])
    co_units: Mapped[list[Unit]] = relationship(
        secondary=task_co_units, order_by=task_co_units.c.position)
    progress_entries: Mapped[list["ProgressEntry"]] = relationship(
        cascade="all, delete-orphan", order_by="ProgressEntry.recorded_at")


class ProgressEntry(Base):
    """What a unit reported for a task in a period (quý, 6 tháng, năm)."""

    __tablename__ = "progress_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(10))  # domain.Period code
    status: Mapped[str] = mapped_column(String(20))
    progress: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")  # what was done
    evidence: Mapped[str] = mapped_column(Text, default="")  # document no./date, link, path
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
