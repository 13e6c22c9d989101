"""Units (cơ quan, đơn vị) and the district's own profile."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dxdesk.model.base import Base


class Unit(Base):
    """A unit that leads or co-operates on tasks: phòng/ban, xã/thị trấn, sở, khác."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Short name for document symbols and "Lưu: VT, VHTT".
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default="office")  # domain.UnitKind
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when the officer merged this unit into another; its tasks moved there.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), default=None)

    def __repr__(self) -> str:
        return f"Unit({self.id}, {self.name!r})"


class DistrictProfile(Base):
    """The district the database belongs to (one row): names used on every document."""

    __tablename__ = "district_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # "huyện Ba Tơ"
    province: Mapped[str] = mapped_column(String(200), default="")  # "tỉnh Quảng Ngãi"
    place_name: Mapped[str] = mapped_column(String(100))  # "Ba Tơ" (date line)
    # Issuing body lines as printed in the header, one per line:
    # "ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ".
    issuer_lines: Mapped[str] = mapped_column(Text)
    body_abbr: Mapped[str] = mapped_column(String(20), default="UBND")
    office_name: Mapped[str] = mapped_column(String(200), default="Phòng Văn hóa và Thông tin")
    office_abbr: Mapped[str] = mapped_column(String(20), default="VHTT")
