"""The district's plan (Kế hoạch), its outline, bases and targets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (Date, DateTime, Float, ForeignKey, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dxdesk.model.base import Base, utcnow


class Plan(Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id"))
    previous_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"))
    issuer_lines: Mapped[str] = mapped_column(Text)  # as DistrictProfile.issuer_lines
    place_name: Mapped[str] = mapped_column(String(100))
    number: Mapped[str | None] = mapped_column(String(100))  # "189/KH-UBND"; None = draft
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)  # the summary line (trích yếu)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # domain.PlanStatus
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    sections: Mapped[list["PlanSection"]] = relationship(
        cascade="all, delete-orphan", order_by="PlanSection.position")
    bases: Mapped[list["PlanBasis"]] = relationship(
        cascade="all, delete-orphan", order_by="PlanBasis.position")
    targets: Mapped[list["Target"]] = relationship(
        cascade="all, delete-orphan", order_by="Target.position")


class PlanSection(Base):
    """A heading of the plan's outline with its body text; nested by ``parent_id``."""

    __tablename__ = "plan_sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="other")
    body: Mapped[str] = mapped_column(Text, default="")
    source_heading_id: Mapped[int | None] = mapped_column(ForeignKey("template_headings.id"))


class PlanBasis(Base):
    __tablename__ = "plan_bases"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    source_basis_id: Mapped[int | None] = mapped_column(ForeignKey("template_bases.id"))


class Target(Base):
    """A numeric target (chỉ tiêu) of the plan."""

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(50))
    horizon: Mapped[int | None] = mapped_column(Integer)
    baseline: Mapped[float | None] = mapped_column(Float)
    province_value: Mapped[float | None] = mapped_column(Float)
    source_target_id: Mapped[int | None] = mapped_column(ForeignKey("template_targets.id"))

    actuals: Mapped[list["TargetActual"]] = relationship(
        cascade="all, delete-orphan", order_by="TargetActual.period")


class TargetActual(Base):
    """The value a target reached in one reporting period (``domain.Period`` code)."""

    __tablename__ = "target_actuals"
    __table_args__ = (UniqueConstraint("target_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
