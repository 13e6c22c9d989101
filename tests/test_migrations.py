"""Schema migrations: every released schema upgrades to head with its data intact.

``tests/data/schema-<revision>.sqlite`` is a database made by each released schema (a
small demo); when a migration is added, add the file made by the previous head.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dxdesk.store import open_database
from dxdesk.store.backup import list_backups
from dxdesk.store.maintenance import check_database
from dxdesk.store.migrate import script_revisions
from dxdesk.store.schema import HEAD, REVISIONS

RELEASED = sorted((Path(__file__).parent / "data").glob("schema-*.sqlite"))


def test_known_revisions_match_the_migration_scripts():
    assert list(REVISIONS) == script_revisions()


def test_every_released_schema_has_a_fixture():
    assert {p.stem.removeprefix("schema-") for p in RELEASED} == set(REVISIONS)


def table_contents(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_released_database_upgrades_with_data_intact(fixture, vn_dir):
    path = vn_dir / "dxdesk.sqlite"
    shutil.copy(fixture, path)
    revision = fixture.stem.removeprefix("schema-")
    before = table_contents(path)
    assert sum(len(rows) for rows in before.values()) > 100
    open_database(path).close()
    report = check_database(path)
    assert report.healthy and report.revision == HEAD, report.problems
    after = table_contents(path)
    for table, rows in before.items():  # a migration may add columns, never lose rows
        assert len(after[table]) == len(rows), table
    if revision == HEAD:
        assert after == before
    else:
        assert any(b.reason == "before-migration" for b in list_backups(path))


def test_the_migrations_build_exactly_the_model(vn_dir):
    """Alembic's own comparison finds nothing between a database built by the migrations
    and the model: every index and column the code relies on exists after an upgrade."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from dxdesk.model import Base
    from dxdesk.store import create_database

    path = create_database(vn_dir / "mới.sqlite")
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
