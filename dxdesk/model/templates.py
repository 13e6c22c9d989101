"""Imported province plans (templates), as the importer parsed them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dxdesk.model.base import Base, utcnow


class Template(Base):
    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_name: Mapped[str] = mapped_column(String(500))
    source_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    doc_type: Mapped[str | None] = mapped_column(String(50))
    issuer: Mapped[str | None] = mapped_column(String(300))
    number: Mapped[str | None] = mapped_column(String(100))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    recipients: Mapped[list] = mapped_column(JSON, default=list)
    signer_lines: Mapped[list] = mapped_column(JSON, default=list)
    signer_name: Mapped[str | None] = mapped_column(String(200))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200), default="")

    headings: Mapped[list["TemplateHeading"]] = relationship(
        back_populates="template", cascade="all, delete-orphan",
        order_by="TemplateHeading.position")
    bases: Mapped[list["TemplateBasis"]] = relationship(
        cascade="all, delete-orphan", order_by="TemplateBasis.position")
    targets: Mapped[list["TemplateTarget"]] = relationship(
        cascade="all, delete-orphan", order_by="TemplateTarget.position")
    tasks: Mapped[list["TemplateTask"]] = relationship(
        cascade="all, delete-orphan", order_by="TemplateTask.position")


class TemplateHeading(Base):
    """A numbered heading of the outline; ``parent_id`` nests them as in the document."""

    __tablename__ = "template_headings"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("template_headings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # document order over the whole outline
    label: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="other")
    text: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[Template] = relationship(back_populates="headings")


class TemplateBasis(Base):
    __tablename__ = "template_bases"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class TemplateTarget(Base):
    __tablename__ = "template_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(50))
    horizon: Mapped[int | None] = mapped_column(Integer)
    path: Mapped[list] = mapped_column(JSON, default=list)


class TemplateTask(Base):
    __tablename__ = "template_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str | None] = mapped_column(Text)
    path: Mapped[list] = mapped_column(JSON, default=list)
    lead: Mapped[str | None] = mapped_column(Text)
    co: Mapped[list] = mapped_column(JSON, default=list)
    deadline: Mapped[str | None] = mapped_column(String(100))  # ISO date or text as written
    output: Mapped[str] = mapped_column(Text, default="", server_default="")  # sản phẩm
