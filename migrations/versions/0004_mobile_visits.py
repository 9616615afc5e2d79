"""Mobile consulates: visits, services offered, team, equipment, appointments, follow-ups.

Also the optional passport expiry of a person and an index of where active people live,
which the mobile-visit planner reads without touching the table.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mobile_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consulate_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("venue_address", sa.Text(), nullable=False),
        sa.Column("host_association_id", sa.Integer(), nullable=True),
        sa.Column("host_partner", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=False),
        sa.Column("closes_at", sa.Time(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("issues_raised", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consulate_id"], ["consulate.id"], name=op.f("fk_mobile_visit_consulate_id_consulate")
        ),
        sa.ForeignKeyConstraint(
            ["host_association_id"],
            ["association.id"],
            name=op.f("fk_mobile_visit_host_association_id_association"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mobile_visit")),
    )
    with op.batch_alter_table("mobile_visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mobile_visit_consulate_id"), ["consulate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mobile_visit_starts_on"), ["starts_on"], unique=False)

    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("new_registration", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_appointment_person_id_person")),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["mobile_visit.id"],
            name=op.f("fk_appointment_visit_id_mobile_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "ix_appointment_slot", ["visit_id", "day", "starts_at", "service"], unique=False
        )
        batch_op.create_index(
            "ux_appointment_person_service",
            ["visit_id", "person_id", "service"],
            unique=True,
            sqlite_where=sa.text("status IN ('booked', 'served')"),
        )

    op.create_table(
        "visit_equipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("packed", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["mobile_visit.id"],
            name=op.f("fk_visit_equipment_visit_id_mobile_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_equipment")),
    )
    with op.batch_alter_table("visit_equipment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_equipment_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["mobile_visit.id"],
            name=op.f("fk_visit_follow_up_visit_id_mobile_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_follow_up")),
    )
    with op.batch_alter_table("visit_follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_follow_up_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_service",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=32), nullable=False),
        sa.Column("capacity_per_hour", sa.Integer(), nullable=False),
        sa.Column("walk_ins_served", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["mobile_visit.id"],
            name=op.f("fk_visit_service_visit_id_mobile_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("visit_id", "service", name=op.f("pk_visit_service")),
    )
    op.create_table(
        "visit_team_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["mobile_visit.id"],
            name=op.f("fk_visit_team_member_visit_id_mobile_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_team_member")),
    )
    with op.batch_alter_table("visit_team_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_team_member_visit_id"), ["visit_id"], unique=False)

    # Plain ALTER TABLE (no batch copy): the person table keeps its full-text triggers.
    op.add_column("person", sa.Column("passport_expires_on", sa.Date(), nullable=True))
    op.create_index(
        "ix_person_geo",
        "person",
        ["country", "city_key", "latitude", "longitude", "passport_expires_on"],
        unique=False,
        sqlite_where=sa.text("archived_at IS NULL AND merged_into_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_geo", table_name="person")
    op.drop_column("person", "passport_expires_on")

    with op.batch_alter_table("visit_team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_team_member_visit_id"))

    op.drop_table("visit_team_member")
    op.drop_table("visit_service")
    with op.batch_alter_table("visit_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_follow_up_visit_id"))

    op.drop_table("visit_follow_up")
    with op.batch_alter_table("visit_equipment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_equipment_visit_id"))

    op.drop_table("visit_equipment")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(
            "ux_appointment_person_service", sqlite_where=sa.text("status IN ('booked', 'served')")
        )
        batch_op.drop_index("ix_appointment_slot")
        batch_op.drop_index(batch_op.f("ix_appointment_person_id"))

    op.drop_table("appointment")
    with op.batch_alter_table("mobile_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mobile_visit_starts_on"))
        batch_op.drop_index(batch_op.f("ix_mobile_visit_consulate_id"))

    op.drop_table("mobile_visit")
