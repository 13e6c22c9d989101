"""Writing the audit log, inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dxdesk.model import AuditEntry
from dxdesk.store.lock import os_user


def record(session: Session, action: str, *, entity: str = "", entity_id: int | None = None,
           **detail) -> None:
    session.add(AuditEntry(os_user=os_user(), action=action, entity=entity,
                           entity_id=entity_id, detail=detail))
