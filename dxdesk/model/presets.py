"""Recipient-list (Nơi nhận) and signer presets for documents."""

from __future__ import annotations

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dxdesk.model.base import Base


class RecipientPreset(Base):
    __tablename__ = "recipient_presets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    doc_kind: Mapped[str] = mapped_column(String(20))  # plan / report / reminder
    items: Mapped[list] = mapped_column(JSON, default=list)  # without "-" and ";"
    position: Mapped[int] = mapped_column(Integer, default=0)


class SignerPreset(Base):
    __tablename__ = "signer_presets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # "Phó Chủ tịch Nguyễn Văn A"
    lines: Mapped[list] = mapped_column(JSON, default=list)  # ["TM. ỦY BAN NHÂN DÂN", ...]
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
