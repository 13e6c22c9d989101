import pytest
from sqlalchemy import select

from dxdesk.errors import InvalidInput
from dxdesk.model import Plan
from dxdesk.services import targets
from dxdesk.store import open_database


@pytest.fixture
def plan(demo_db):
    with open_database(demo_db) as db:
        with db.transaction() as session:
            plan_id = session.scalars(select(Plan.id)).one()
        yield db, plan_id


def test_targets_with_latest_actual(plan):
    db, plan_id = plan
    rows = targets.list_targets(db, plan_id)
    assert len(rows) == 11
    first = rows[0]
    assert first.province_value == first.value == 100
    targets.set_actual(db, first.id, "2099-Q1", 50)
    row = targets.list_targets(db, plan_id)[0]
    assert (row.latest_period, row.latest_actual, row.reached_percent) == ("2099-Q1", 50, 50.0)


def test_update_and_undo(plan):
    db, plan_id = plan
    first = targets.list_targets(db, plan_id)[0]
    old = targets.update_target(db, first.id, value=90, text="90% thủ tục  hành chính")
    row = targets.list_targets(db, plan_id)[0]
    assert (row.value, row.text, row.province_value) == (90, "90% thủ tục hành chính", 100)
    targets.update_target(db, first.id, **old)
    assert targets.list_targets(db, plan_id)[0] == first
    with pytest.raises(InvalidInput):
        targets.update_target(db, first.id, value=-1)
    with pytest.raises(InvalidInput):
        targets.set_actual(db, first.id, "2026-Q7", 1)
