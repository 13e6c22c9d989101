"""Audit log: who changed what, and when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dxdesk.model.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    os_user: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))  # "task.set_status", "demo.create", ...
    entity: Mapped[str] = mapped_column(String(50), default="")  # "task", "plan", ...
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
