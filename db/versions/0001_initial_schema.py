"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 (the first released schema; frozen — never edit, add a revision)
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('os_user', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_id'), ['entity_id'], unique=False)

    op.create_table('district_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=200), nullable=False),
    sa.Column('place_name', sa.String(length=100), nullable=False),
    sa.Column('issuer_lines', sa.Text(), nullable=False),
    sa.Column('body_abbr', sa.String(length=20), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('office_abbr', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_district_profile'))
    )
    op.create_table('recipient_presets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('doc_kind', sa.String(length=20), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient_presets'))
    )
    op.create_table('signer_presets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signer_presets'))
    )
    op.create_table('templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('doc_type', sa.String(length=50), nullable=True),
    sa.Column('issuer', sa.String(length=300), nullable=True),
    sa.Column('number', sa.String(length=100), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('signer_lines', sa.JSON(), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_templates')),
    sa.UniqueConstraint('source_sha256', name=op.f('uq_templates_source_sha256'))
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['units.id'], name=op.f('fk_units_merged_into_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units'))
    )
    op.create_table('plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('previous_plan_id', sa.Integer(), nullable=True),
    sa.Column('issuer_lines', sa.Text(), nullable=False),
    sa.Column('place_name', sa.String(length=100), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['previous_plan_id'], ['plans.id'], name=op.f('fk_plans_previous_plan_id_plans')),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_plans_template_id_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans'))
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plans_year'), ['year'], unique=False)

    op.create_table('template_bases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_template_bases_template_id_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_bases'))
    )
    with op.batch_alter_table('template_bases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_bases_template_id'), ['template_id'], unique=False)

    op.create_table('template_headings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['template_headings.id'], name=op.f('fk_template_headings_parent_id_template_headings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_template_headings_template_id_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_headings'))
    )
    with op.batch_alter_table('template_headings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_headings_template_id'), ['template_id'], unique=False)

    op.create_table('template_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=50), nullable=True),
    sa.Column('horizon', sa.Integer(), nullable=True),
    sa.Column('path', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_template_targets_template_id_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_targets'))
    )
    with op.batch_alter_table('template_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_targets_template_id'), ['template_id'], unique=False)

    op.create_table('template_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('group_name', sa.Text(), nullable=True),
    sa.Column('path', sa.JSON(), nullable=False),
    sa.Column('lead', sa.Text(), nullable=True),
    sa.Column('co', sa.JSON(), nullable=False),
    sa.Column('deadline', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_template_tasks_template_id_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_tasks'))
    )
    with op.batch_alter_table('template_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_tasks_template_id'), ['template_id'], unique=False)

    op.create_table('plan_bases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source_basis_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_bases_plan_id_plans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_basis_id'], ['template_bases.id'], name=op.f('fk_plan_bases_source_basis_id_template_bases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_bases'))
    )
    with op.batch_alter_table('plan_bases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_bases_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('source_heading_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_sections.id'], name=op.f('fk_plan_sections_parent_id_plan_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_sections_plan_id_plans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_heading_id'], ['template_headings.id'], name=op.f('fk_plan_sections_source_heading_id_template_headings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_sections'))
    )
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_sections_plan_id'), ['plan_id'], unique=False)

    op.create_table('targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=50), nullable=True),
    sa.Column('horizon', sa.Integer(), nullable=True),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('province_value', sa.Float(), nullable=True),
    sa.Column('source_target_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_targets_plan_id_plans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['plan_sections.id'], name=op.f('fk_targets_section_id_plan_sections'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_target_id'], ['template_targets.id'], name=op.f('fk_targets_source_target_id_template_targets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_targets'))
    )
    with op.batch_alter_table('targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_targets_plan_id'), ['plan_id'], unique=False)

    op.create_table('tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('group_name', sa.Text(), nullable=False),
    sa.Column('lead_unit_id', sa.Integer(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('deadline_text', sa.String(length=100), nullable=False),
    sa.Column('output', sa.Text(), nullable=False),
    sa.Column('budget_note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('source_task_id', sa.Integer(), nullable=True),
    sa.Column('carried_over_from_id', sa.Integer(), nullable=True),
    sa.Column('is_carried_over', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['carried_over_from_id'], ['tasks.id'], name=op.f('fk_tasks_carried_over_from_id_tasks')),
    sa.ForeignKeyConstraint(['lead_unit_id'], ['units.id'], name=op.f('fk_tasks_lead_unit_id_units')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_tasks_plan_id_plans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['plan_sections.id'], name=op.f('fk_tasks_section_id_plan_sections'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_task_id'], ['template_tasks.id'], name=op.f('fk_tasks_source_task_id_template_tasks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_lead_unit_id'), ['lead_unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_plan_id'), ['plan_id'], unique=False)

    op.create_table('progress_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_progress_entries_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_entries'))
    )
    with op.batch_alter_table('progress_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_entries_task_id'), ['task_id'], unique=False)

    op.create_table('target_actuals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['targets.id'], name=op.f('fk_target_actuals_target_id_targets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_actuals')),
    sa.UniqueConstraint('target_id', 'period', name=op.f('uq_target_actuals_target_id'))
    )
    with op.batch_alter_table('target_actuals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_actuals_target_id'), ['target_id'], unique=False)

    op.create_table('task_co_units',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_co_units_task_id_tasks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_task_co_units_unit_id_units')),
    sa.PrimaryKeyConstraint('task_id', 'unit_id', name=op.f('pk_task_co_units'))
    )
    with op.batch_alter_table('task_co_units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_co_units_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task_co_units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_co_units_unit_id'))

    op.drop_table('task_co_units')
    with op.batch_alter_table('target_actuals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_actuals_target_id'))

    op.drop_table('target_actuals')
    with op.batch_alter_table('progress_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_entries_task_id'))

    op.drop_table('progress_entries')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_plan_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_lead_unit_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_deadline'))

    op.drop_table('tasks')
    with op.batch_alter_table('targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_targets_plan_id'))

    op.drop_table('targets')
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_sections_plan_id'))

    op.drop_table('plan_sections')
    with op.batch_alter_table('plan_bases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_bases_plan_id'))

    op.drop_table('plan_bases')
    with op.batch_alter_table('template_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_tasks_template_id'))

    op.drop_table('template_tasks')
    with op.batch_alter_table('template_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_targets_template_id'))

    op.drop_table('template_targets')
    with op.batch_alter_table('template_headings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_headings_template_id'))

    op.drop_table('template_headings')
    with op.batch_alter_table('template_bases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_bases_template_id'))

    op.drop_table('template_bases')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plans_year'))

    op.drop_table('plans')
    op.drop_table('units')
    op.drop_table('templates')
    op.drop_table('signer_presets')
    op.drop_table('recipient_presets')
    op.drop_table('district_profile')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
