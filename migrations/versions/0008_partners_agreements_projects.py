"""Partners with their contacts, agreements with their counterparts, projects with associations,
partners, funding by source (whole cents) and milestones.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-03 10:13:43.426686
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("document_path", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_ends_on"), ["ends_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)

    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("programme", sa.String(length=32), nullable=False),
        sa.Column("sector", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("budget_cents", sa.Integer(), nullable=True),
        sa.Column("matching_rule", sa.String(length=32), nullable=False),
        sa.Column("beneficiaries", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_stage"), ["stage"], unique=False)

    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("association_id", sa.Integer(), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["association_id"], ["association.id"], name=op.f("fk_partner_association_id_association")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_association_id"), ["association_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_name_key"), ["name_key"], unique=False)

    op.create_table(
        "project_association",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("association_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["association_id"],
            ["association.id"],
            name=op.f("fk_project_association_association_id_association"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_association_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "association_id", name=op.f("pk_project_association")),
    )
    with op.batch_alter_table("project_association", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_association_association_id"), ["association_id"], unique=False
        )

    op.create_table(
        "project_funding",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("pledged_cents", sa.Integer(), nullable=False),
        sa.Column("received_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_funding_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "source", name=op.f("pk_project_funding")),
    )
    op.create_table(
        "project_milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_milestone_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_milestone")),
    )
    with op.batch_alter_table("project_milestone", schema=None) as batch_op:
        batch_op.create_index("ix_project_milestone_project", ["project_id", "position"], unique=False)

    op.create_table(
        "agreement_partner",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_partner_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_agreement_partner_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("agreement_id", "partner_id", name=op.f("pk_agreement_partner")),
    )
    with op.batch_alter_table("agreement_partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_partner_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "partner_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=254), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_partner_contact_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contact")),
    )
    with op.batch_alter_table("partner_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_contact_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "project_partner",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_project_partner_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_partner_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "partner_id", name=op.f("pk_project_partner")),
    )
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_partner_partner_id"), ["partner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_partner_partner_id"))

    op.drop_table("project_partner")
    with op.batch_alter_table("partner_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_contact_partner_id"))

    op.drop_table("partner_contact")
    with op.batch_alter_table("agreement_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_partner_partner_id"))

    op.drop_table("agreement_partner")
    with op.batch_alter_table("project_milestone", schema=None) as batch_op:
        batch_op.drop_index("ix_project_milestone_project")

    op.drop_table("project_milestone")
    op.drop_table("project_funding")
    with op.batch_alter_table("project_association", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_association_association_id"))

    op.drop_table("project_association")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_name_key"))
        batch_op.drop_index(batch_op.f("ix_partner_kind"))
        batch_op.drop_index(batch_op.f("ix_partner_association_id"))

    op.drop_table("partner")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_stage"))

    op.drop_table("project")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_ends_on"))

    op.drop_table("agreement")
