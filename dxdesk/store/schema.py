"""Identity of a dxdesk database: its application id and the schema revisions this
version of dxdesk knows (kept here so that opening a current database needs no Alembic
import; ``tests/test_migrations.py`` checks this list against ``db/versions``)."""

APPLICATION_ID = 0x44584453  # "DXDS", written to PRAGMA application_id
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"
