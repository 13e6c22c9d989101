"""The store: SQLite file handling, migrations, backups, locking (Qt-free)."""

from dxdesk.store.database import Database, create_database, open_database
from dxdesk.store.errors import (DatabaseDamaged, DatabaseExists, DatabaseInUse,
                                 DatabaseMissing, DatabaseTooNew, NotADxdeskDatabase,
                                 StoreError, StoreWriteFailed)

__all__ = [
    "Database", "DatabaseDamaged", "DatabaseExists", "DatabaseInUse", "DatabaseMissing",
    "DatabaseTooNew", "NotADxdeskDatabase", "StoreError", "StoreWriteFailed",
    "create_database", "open_database",
]
