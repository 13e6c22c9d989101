"""kill -9 at random moments during large writes: the database stays healthy and every
transaction is wholly present or wholly absent.

The default run does a few rounds of each; ``python3 -m pytest -m slow`` does 30 of each.
The kill moment is drawn at random within how long the write takes when left alone.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dxdesk.store.backup import list_backups
from dxdesk.store.maintenance import check_database

SIZE = 20000
REPO = Path(__file__).resolve().parents[1]


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
