"""indexes for the plan overview

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The overview of a 20,000-task plan (counts by pillar, unit and status; the late and
due-soon lists) read the whole tasks table; these two covering indexes let it read only
what it needs. ix_tasks_plan_id is a prefix of both, so it goes.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_plan_groups', ['plan_id', 'group_name', 'lead_unit_id',
                                                       'status', 'deadline', 'progress',
                                                       'position'], unique=False)
        batch_op.create_index('ix_tasks_plan_deadline', ['plan_id', 'deadline', 'position'],
                              unique=False)
        batch_op.drop_index('ix_tasks_plan_id')


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_plan_id', ['plan_id'], unique=False)
        batch_op.drop_index('ix_tasks_plan_deadline')
        batch_op.drop_index('ix_tasks_plan_groups')
