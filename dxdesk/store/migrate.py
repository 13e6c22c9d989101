"""Run the Alembic migrations in ``db/`` (imported only when a database needs them)."""

from __future__ import annotations

from pathlib import Path

from dxdesk.paths import migrations_dir
from dxdesk.store.schema import APPLICATION_ID
from dxdesk.store.sqlite import make_engine


def _config():
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates "%": escape it so any folder name works.
    config.set_main_option("script_location", str(migrations_dir()).replace("%", "%%"))
    return config


def script_revisions() -> list[str]:
    """Every revision in db/versions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(path: Path, revision: str = "head") -> None:
    """Upgrade the SQLite file at ``path`` in one transaction: all of it or none of it.

    Foreign keys are off while batch mode rebuilds tables, and checked before commit.
    """
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration broke foreign keys: {problems[:5]}")
            # The mark in the file header, written in the same transaction as the schema.
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    finally:
        engine.dispose()
