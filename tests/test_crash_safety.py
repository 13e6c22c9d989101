"""kill -9 at random moments during large writes: the database stays healthy and every
transaction is wholly present or wholly absent.

The default run does a few rounds of each; ``python3 -m pytest -m slow`` does 30 of each.
The kill moment is drawn at random within ~1.1× how long the write takes when left alone
(measured once per operation), from a fixed ``random.Random(seed)`` per operation.

What is killed, and what must hold after every kill (besides ``check_database`` healthy):

- demo creation (``dxdesk demo --size 20000``): no file, or the whole demo.
- bulk status change of 20,000 tasks: all changed or none; every backup whole.
- import (``dxdesk import``) of the bundled sample province plan, re-sent as another file
  (one blank line appended, so its checksum differs) into a copy of the 20,000-task demo,
  which already holds the original as its template. The database is opened (every other
  round with the daily backup of the first open of the day, the others as if opened
  earlier that day), backed up before the import, then written in one transaction. After
  the kill every table's row count is as before or exactly as after an import left alone
  (the template with all its headings, bases, targets, tasks and its audit line, or none
  of them), no template row points to a missing template, every listed backup is healthy
  and holds the state before the import, and a left-over ``*.partial`` is never listed.
- backup (``dxdesk backup``) of the 20,000-task demo: the database is only read (same
  bytes, same row counts); every listed backup is healthy with every row; a ``*.partial``
  left by the kill is never listed.
- restore (``dxdesk restore``) of a backup of the demo as it was into the same database
  after all its tasks were set to "stopped": the database file always exists (never
  missing, never empty) and is wholly the state it had (all stopped) or wholly the
  restored one, compared by the row count of every table and the counts by status; the
  kept copy of what was replaced (``…-before-restore``) is healthy and holds the stopped
  state.
- migration: opening (``open_database``, as the app and CLI do) a database of an older
  schema, which backs it up (``before-migration``) and upgrades it in one transaction.
  The sources are every released schema older than head (``tests/data/schema-<rev>.sqlite``,
  enlarged to 20,000 tasks by copying its task rows, so that the upgrade has real work),
  plus a database stamped before the first revision (``migrate.upgrade(path, "base")``:
  our application id and an empty ``alembic_version``), which open upgrades through the
  whole chain of revisions — so the rounds migrate something even while head is the first
  revision. (No officer's file is in that state, since ``create_database`` builds a new
  file under another name, but open takes for it the same backup-then-upgrade path as for
  an older released schema.) After the kill the file is wholly at its old revision (same schema objects,
  same row counts) or wholly at head as an upgrade left alone leaves it; a database left
  at its old revision is upgraded by the next open; every listed backup is whole and holds
  the old state. (An old-schema database is "healthy" here when its only problem is the
  notice that it needs the upgrade.)

The printed outcome counts also say where each uncommitted kill landed: before or after
the backup the operation takes before its write (after it: in the write itself), and
whether the kill left a ``*.partial`` backup file behind.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dxdesk.store.backup import backup_dir_for, copy_database, list_backups, make_backup
from dxdesk.store.maintenance import check_database, damaged_dir_for
from dxdesk.store.schema import HEAD, REVISIONS
from dxdesk.store.sqlite import connect_readonly

SIZE = 20000
REPO = Path(__file__).resolve().parents[1]
SAMPLE_PLAN = REPO / "resources" / "samples" / "ke-hoach-cds-tinh-quang-mau-2026.txt"
DATA = Path(__file__).parent / "data"
TEMPLATE_ITEMS = ("template_headings", "template_bases", "template_targets", "template_tasks")


def start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def run_and_kill(args: list[str], within: float, rng: random.Random) -> bool:
    """Start the command, kill -9 it at a random moment; True if it finished first."""
    process = start(args)
    try:
        process.wait(timeout=rng.uniform(0.0, within))
        finished = True
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        finished = False
    process.stderr.close()
    return finished


def timed(args: list[str]) -> float:
    begin = time.perf_counter()
    process = start(args)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return time.perf_counter() - begin


def tasks_by_status(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT status, count(*) FROM tasks GROUP BY status"))
    finally:
        conn.close()


def kill_demo_rounds(folder: Path, rounds: int) -> dict:
    rng = random.Random(1)
    path = folder / "Dữ liệu demo.sqlite"
    args = ["-m", "dxdesk", "demo", "--db", str(path), "--size", str(SIZE)]
    duration = timed(args)
    path.unlink()
    outcomes = {"complete": 0, "absent": 0}
    for _ in range(rounds):
        run_and_kill(args, duration * 1.1, rng)
        if path.exists():
            report = check_database(path)
            assert report.healthy, report.problems
            assert sum(tasks_by_status(path).values()) == SIZE  # the demo is one whole
            outcomes["complete"] += 1
            path.unlink()
        else:
            outcomes["absent"] += 1
    return outcomes


BULK_SCRIPT = textwrap.dedent("""
    import sys
    from sqlalchemy import select
    from dxdesk.domain.status import TaskStatus
    from dxdesk.model import Task
    from dxdesk.services.tasks import set_status
    from dxdesk.store import open_database
    db = open_database(sys.argv[1], daily_backup=False)
    with db.transaction() as session:
        ids = session.scalars(select(Task.id)).all()
    set_status(db, ids, TaskStatus(sys.argv[2]))
    db.close()
""")


def kill_bulk_rounds(folder: Path, rounds: int) -> dict:
    from dxdesk.services.demo import create_demo_database

    rng = random.Random(2)
    path = create_demo_database(folder / "Kế hoạch.sqlite", size=SIZE)
    statuses = ["stopped", "carried_over"]
    duration = timed(["-c", BULK_SCRIPT, str(path), "in_progress"])
    outcomes = {"applied": 0, "absent": 0}
    for i in range(rounds):
        before = tasks_by_status(path)
        wanted = statuses[i % 2]
        run_and_kill(["-c", BULK_SCRIPT, str(path), wanted], duration * 1.1, rng)
        report = check_database(path)
        assert report.healthy, report.problems
        after = tasks_by_status(path)
        if after == {wanted: SIZE}:
            outcomes["applied"] += 1
        else:
            assert after == before, "a half-applied bulk change"
            outcomes["absent"] += 1
        for backup in list_backups(path):  # a backup is whole or does not exist
            assert check_database(backup.path).healthy, backup.path
    return outcomes


@pytest.mark.parametrize("rounds", [pytest.param(4, id="quick"),
                                    pytest.param(30, id="full", marks=pytest.mark.slow)])
def test_kill_during_demo_creation(vn_dir, rounds):
    outcomes = kill_demo_rounds(vn_dir, rounds)
    print(f"demo --size {SIZE}, {rounds} kills: {outcomes}")
    assert sum(outcomes.values()) == rounds
    if rounds >= 30:  # the kills landed both before and after the commit
        assert outcomes["absent"] and outcomes["complete"]


@pytest.mark.parametrize("rounds", [pytest.param(4, id="quick"),
                                    pytest.param(30, id="full", marks=pytest.mark.slow)])
def test_kill_during_bulk_status_change(vn_dir, rounds):
    outcomes = kill_bulk_rounds(vn_dir, rounds)
    print(f"bulk status change of {SIZE} tasks, {rounds} kills: {outcomes}")
    assert sum(outcomes.values()) == rounds
    if rounds >= 30:
        assert outcomes["absent"] and outcomes["applied"]


# --- import, backup, restore, migration -------------------------------------------------


@pytest.fixture(scope="module")
def demo_20000(tmp_path_factory) -> Path:
    """The 20,000-task demo, built once for this module's rounds; only ever copied."""
    from dxdesk.services.demo import create_demo_database

    folder = tmp_path_factory.mktemp("mau") / "Dữ liệu mẫu"
    return create_demo_database(folder / "Sơn Hà Mẫu 20000.sqlite", size=SIZE)


def demo_copy(demo: Path | None, path: Path) -> Path:
    """A fresh copy of the 20,000-task demo at ``path`` (built here if none is given)."""
    if demo is None:
        from dxdesk.services.demo import create_demo_database

        demo = create_demo_database(path.with_name("Dữ liệu mẫu 20000.sqlite"), size=SIZE)
    reset_database(demo, path)
    return path


def remove_database(path: Path) -> None:
    """The file, whatever SQLite left beside it (a stale -wal must never meet a new file)
    and its backups folder."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.rmtree(backup_dir_for(path), ignore_errors=True)


def reset_database(pristine: Path, path: Path) -> None:
    """``path`` becomes a copy of ``pristine`` (a closed, checkpointed database)."""
    wal = Path(str(pristine) + "-wal")
    assert not wal.exists() or not wal.stat().st_size, f"{pristine} is not checkpointed"
    remove_database(path)
    shutil.copyfile(pristine, path)


def row_counts(path: Path) -> dict[str, int]:
    conn = connect_readonly(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def schema_state(path: Path) -> tuple:
    """Revision, schema objects and row counts: what a migration changes or keeps."""
    conn = connect_readonly(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        objects = sorted(conn.execute("SELECT type, name FROM sqlite_master"))
    finally:
        conn.close()
    return (row[0] if row else None, objects, row_counts(path))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_healthy(path: Path, *, old_revision: str | None = None) -> None:
    """check_database finds nothing wrong. A file at ``old_revision`` (older than head)
    may carry the one notice check_database gives such a file: that it needs upgrading
    (check_database adds it only when it found no other problem)."""
    assert path.is_file() and path.stat().st_size > 0, f"{path} missing or empty"
    report = check_database(path)
    if old_revision is not None and report.revision == old_revision != HEAD:
        assert len(report.problems) == 1, report.problems
        assert old_revision in report.problems[0] and HEAD in report.problems[0], \
            report.problems
    else:
        assert report.healthy, (path, report.problems)


def backups_whole(path: Path, expected, state=row_counts, old_revision=None) -> int:
    """Every listed backup of ``path`` is healthy and holds ``state(backup) == expected``;
    no ``*.partial`` left by a kill is listed. Returns how many partial files are left."""
    listed = list_backups(path)
    partial = list(backup_dir_for(path).glob("*.partial*"))
    assert not {b.path for b in listed} & set(partial), "a partial backup is listed"
    assert all(b.path.name.endswith(".sqlite") for b in listed), listed
    for backup in listed:
        assert_healthy(backup.path, old_revision=old_revision)
        assert state(backup.path) == expected, f"{backup.path.name} is not a whole backup"
    return sum(1 for f in partial if f.name.endswith(".partial"))


def count(outcomes: dict, outcome: str) -> None:
    outcomes[outcome] = outcomes.get(outcome, 0) + 1


def stage(path: Path, reason: str, partial_left: int = 0) -> str:
    """Where an uncommitted kill landed: before or after the backup taken for ``reason``
    (after it: in the write that follows), and whether it left a ``*.partial``."""
    taken = any(b.reason == reason for b in list_backups(path))
    where = f"after the {reason} backup" if taken else f"before the {reason} backup"
    return where + (", .partial left" if partial_left else "")


def orphan_template_rows(path: Path) -> int:
    conn = connect_readonly(path)
    try:
        return sum(conn.execute(
            f"SELECT count(*) FROM {table} WHERE template_id NOT IN (SELECT id FROM templates)"
        ).fetchone()[0] for table in TEMPLATE_ITEMS)
    finally:
        conn.close()


def kill_import_rounds(folder: Path, rounds: int, *, demo: Path | None = None) -> dict:
    rng = random.Random(3)
    pristine = demo_copy(demo, folder / "Bản gốc.sqlite")
    # The bundled province plan, re-sent as another file (a blank line more): the demo
    # already holds the original, and a file is imported once.
    plan = folder / "Kế hoạch tỉnh (gửi lại).txt"
    plan.write_bytes(SAMPLE_PLAN.read_bytes() + b"\n")
    path = folder / "Kế hoạch huyện.sqlite"
    args = ["-m", "dxdesk", "import", "--db", str(path), str(plan)]

    def reset(opened_today: bool) -> None:
        """The first open of the day takes a daily backup before the import's own; later
        in the day only the import's: the import's transaction is then a larger share of
        the run, and more kills land in it."""
        reset_database(pristine, path)
        if opened_today:
            make_backup(path, "daily")

    reset(False)
    before = row_counts(path)
    durations = {False: timed(args)}
    whole = row_counts(path)  # what an import left alone adds
    added = {t: whole[t] - before[t] for t in whole if whole[t] != before[t]}
    assert added.get("templates") == 1 and all(added.get(t) for t in TEMPLATE_ITEMS), added
    reset(True)
    durations[True] = timed(args)
    assert row_counts(path) == whole
    outcomes = {"complete": 0}
    for i in range(rounds):
        opened_today = bool(i % 2)
        reset(opened_today)
        finished = run_and_kill(args, durations[opened_today] * 1.1, rng)
        assert_healthy(path)
        after = row_counts(path)
        assert orphan_template_rows(path) == 0
        partial = backups_whole(path, before)  # daily and before-import: before the import
        if after == whole:
            outcomes["complete"] += 1
        else:
            assert after == before, "a half-imported template"
            assert not finished, "the import finished without importing"
            count(outcomes, "absent, " + stage(path, "before-import", partial))
    return outcomes


def kill_backup_rounds(folder: Path, rounds: int, *, demo: Path | None = None) -> dict:
    rng = random.Random(4)
    path = demo_copy(demo, folder / "Kế hoạch huyện.sqlite")
    args = ["-m", "dxdesk", "backup", "--db", str(path)]
    rows, content = row_counts(path), digest(path)
    duration = timed(args)
    outcomes = {"complete": 0}
    partial_before = 0
    for _ in range(rounds):
        listed_before = {b.path for b in list_backups(path)}
        finished = run_and_kill(args, duration * 1.1, rng)
        assert digest(path) == content and row_counts(path) == rows  # only read
        assert_healthy(path)
        partial = backups_whole(path, rows)  # every row of every table
        if {b.path for b in list_backups(path)} - listed_before:
            outcomes["complete"] += 1
        else:
            assert not finished, "the backup finished without a backup"
            count(outcomes, "absent, .partial left" if partial > partial_before else "absent")
        partial_before = partial
    return outcomes


def kill_restore_rounds(folder: Path, rounds: int, *, demo: Path | None = None) -> dict:
    from sqlalchemy import select

    from dxdesk.domain.status import TaskStatus
    from dxdesk.model import Task
    from dxdesk.services.tasks import set_status
    from dxdesk.store import open_database

    rng = random.Random(5)
    # The old state, backed up outside the backups folder (never thinned) ...
    current = demo_copy(demo, folder / "Bản gốc.sqlite")
    old_backup = folder / "Bản sao lưu tháng trước.sqlite"
    copy_database(current, old_backup)
    # ... then the current state: every task stopped, in one bulk change.
    with open_database(current, daily_backup=False) as db:
        with db.transaction() as session:
            ids = session.scalars(select(Task.id)).all()
        set_status(db, ids, TaskStatus.STOPPED)
    shutil.rmtree(backup_dir_for(current))

    def state(p: Path) -> tuple:
        return row_counts(p), tasks_by_status(p)

    old, stopped = state(old_backup), state(current)
    assert stopped[1] == {"stopped": SIZE} and old[1] != stopped[1] and old[0] != stopped[0]
    path = folder / "Kế hoạch huyện.sqlite"
    args = ["-m", "dxdesk", "restore", "--db", str(path), str(old_backup)]
    reset_database(current, path)
    duration = timed(args)
    assert state(path) == old
    outcomes = {"restored": 0}
    for _ in range(rounds):
        reset_database(current, path)
        finished = run_and_kill(args, duration * 1.1, rng)
        assert_healthy(path)  # the file exists, is not empty and is healthy
        after = state(path)
        # The kept copy of what was replaced (…-before-restore): whole, the stopped state.
        partial = backups_whole(path, stopped, state=state)
        assert not damaged_dir_for(path).exists()  # a healthy database is not "damaged"
        if after == old:
            outcomes["restored"] += 1
        else:
            assert after == stopped, "a half-restored database"
            assert not finished, "the restore finished without restoring"
            count(outcomes, "not restored, " + stage(path, "before-restore", partial))
    return outcomes


OPEN_SCRIPT = textwrap.dedent("""
    import sys
    from dxdesk.store import open_database
    open_database(sys.argv[1]).close()
""")


def enlarged_copy(fixture: Path, path: Path, tasks: int = SIZE) -> Path:
    """A copy of a released-schema database with its task rows copied up to ``tasks``
    (same columns, same plan, sections and units: the foreign keys hold), left in WAL
    mode as dxdesk leaves a database it has opened."""
    shutil.copyfile(fixture, path)
    conn = sqlite3.connect(path)
    try:
        columns = ", ".join(f'"{r[1]}"' for r in conn.execute("PRAGMA table_info(tasks)")
                            if r[1] != "id")
        while (have := conn.execute("SELECT count(*) FROM tasks").fetchone()[0]) < tasks:
            conn.execute(f"INSERT INTO tasks ({columns}) SELECT {columns} FROM tasks "
                         "ORDER BY id LIMIT ?", (tasks - have,))
        conn.commit()
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    return path


def migration_sources(folder: Path) -> list[tuple[str, Path]]:
    """(label, pristine database needing an upgrade): every released schema older than
    head, enlarged, and a database stamped before the first revision."""
    from dxdesk.store import migrate

    sources = []
    for revision in REVISIONS[:-1]:  # (test_migrations checks each has its fixture)
        fixture = DATA / f"schema-{revision}.sqlite"
        if fixture.is_file():
            copy = enlarged_copy(fixture, folder / f"Lược đồ {revision}.sqlite")
            sources.append((revision, copy))
    base = folder / "Lược đồ trống.sqlite"
    migrate.upgrade(base, "base")  # our mark, an empty alembic_version, no table yet
    sources.append(("base", base))
    return sources


def kill_migration_rounds(folder: Path, rounds: int) -> dict:
    from dxdesk.store import open_database

    rng = random.Random(6)
    path = folder / "Kế hoạch huyện.sqlite"
    args = ["-c", OPEN_SCRIPT, str(path)]
    sources = []
    for label, pristine in migration_sources(folder):
        before = schema_state(pristine)
        reset_database(pristine, path)
        duration = timed(args)
        upgraded = schema_state(path)
        assert upgraded[0] == HEAD and upgraded[2]["alembic_version"] == 1
        assert all(upgraded[2][t] == n for t, n in before[2].items() if t != "alembic_version")
        sources.append((label, pristine, before, upgraded, duration))
    outcomes = {f"migrated ({label}→{HEAD})": 0 for label, *_ in sources}
    for i in range(rounds):
        label, pristine, before, upgraded, duration = sources[i % len(sources)]
        reset_database(pristine, path)
        finished = run_and_kill(args, duration * 1.1, rng)
        assert_healthy(path, old_revision=before[0])
        after = schema_state(path)
        partial = backups_whole(path, before, state=schema_state, old_revision=before[0])
        if after == upgraded:
            outcomes[f"migrated ({label}→{HEAD})"] += 1
        else:
            assert after == before, f"a half-migrated database ({label})"
            assert not finished, "open finished without migrating"
            count(outcomes, f"not migrated ({label}→{HEAD}), "
                  + stage(path, "before-migration", partial))
        if after == before:  # the next start upgrades it
            open_database(path).close()
            assert schema_state(path) == upgraded
            assert_healthy(path)
    return outcomes


ROUNDS = [pytest.param(4, id="quick"), pytest.param(30, id="full", marks=pytest.mark.slow)]


def both_seen(outcomes: dict, done: str) -> bool:
    """The kills landed both before and after the commit (``done`` begins the outcomes
    that mean committed)."""
    committed = {k for k in outcomes if k.startswith(done)}
    return any(outcomes[k] for k in committed) and \
        any(n for k, n in outcomes.items() if k not in committed)


# (operation, its rounds, whether they run on the 20,000-task demo, what the output
# says first for a committed round)
OPERATIONS = [
    pytest.param(kill_import_rounds, True, "complete", id="import"),
    pytest.param(kill_backup_rounds, True, "complete", id="backup"),
    pytest.param(kill_restore_rounds, True, "restored", id="restore"),
    pytest.param(kill_migration_rounds, False, "migrated", id="migration"),
]


@pytest.mark.parametrize("rounds", ROUNDS)
@pytest.mark.parametrize("kill_rounds, on_demo, done", OPERATIONS)
def test_kill_during(kill_rounds, on_demo, done, rounds, vn_dir, request):
    demo = {"demo": request.getfixturevalue("demo_20000")} if on_demo else {}
    outcomes = kill_rounds(vn_dir, rounds, **demo)
    print(f"{kill_rounds.__name__}, {rounds} kills into a {SIZE}-task database "
          f"(head {HEAD}): {outcomes}")
    assert sum(outcomes.values()) == rounds
    if rounds >= 30:
        assert both_seen(outcomes, done), outcomes
