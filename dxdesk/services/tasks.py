"""Changing tasks: status and progress, one task or many."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update

from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import Task, utcnow
from dxdesk.services import audit
from dxdesk.store import Database

# A change to more tasks than this is a "bulk change": a backup is made first.
BULK_BACKUP_THRESHOLD = 20


def set_status(db: Database, task_ids: Sequence[int], status: TaskStatus,
               progress: int | None = None) -> int:
    """Set the status (and optionally progress %) of the given tasks, all or none.
    Returns how many tasks changed."""
    if progress is not None and not 0 <= progress <= 100:
        raise InvalidInput("Tiến độ phải từ 0 đến 100 %.")
    ids = sorted(set(task_ids))
    if len(ids) > BULK_BACKUP_THRESHOLD:
        db.backup("before-bulk-change")
    values: dict = {"status": status.value, "updated_at": utcnow()}
    if progress is not None:
        values["progress"] = progress
    elif status in (TaskStatus.DONE, TaskStatus.DONE_LATE):
        values["progress"] = 100
    with db.transaction() as session:
        found = set(session.scalars(select(Task.id).where(Task.id.in_(ids))))
        missing = set(ids) - found
        if missing:
            raise InvalidInput(f"Không tìm thấy nhiệm vụ số {', '.join(map(str, sorted(missing)[:10]))}.")
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            chunk = ids[start:start + 500]
            session.execute(update(Task).where(Task.id.in_(chunk)).values(**values))
            audit.record(session, "task.set_status", entity="task",
                         entity_id=chunk[0] if len(chunk) == 1 else None,
                         status=status.value, progress=progress, task_ids=chunk)
    return len(ids)
