"""the product (sản phẩm) of a template task

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The importer reads a task's product (a "Sản phẩm" column or field); the template keeps
it, and a plan drafted from the template starts with it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('template_tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('output', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('template_tasks', schema=None) as batch_op:
        batch_op.drop_column('output')
