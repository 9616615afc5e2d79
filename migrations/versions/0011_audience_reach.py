"""Associations as campaign recipients (delivery_association). The audience count reads one
covering index: people keep a count of their phones (kept by
triggers on person_phone), and the campaigns index holds what the count needs.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ACTIVE = "archived_at IS NULL AND merged_into_id IS NULL"
REACH_COLUMNS = [
    "country",
    "preferred_language",
    "consent_campaigns",
    "phone_count",
    "email",
    "archived_at",
    "merged_into_id",
]
TRIGGERS = (
    """CREATE TRIGGER person_phone_count_insert AFTER INSERT ON person_phone BEGIN
         UPDATE person SET phone_count = phone_count + 1 WHERE id = new.person_id;
       END""",
    """CREATE TRIGGER person_phone_count_delete AFTER DELETE ON person_phone BEGIN
         UPDATE person SET phone_count = phone_count - 1 WHERE id = old.person_id;
       END""",
    """CREATE TRIGGER person_phone_count_update AFTER UPDATE OF person_id ON person_phone BEGIN
         UPDATE person SET phone_count = phone_count - 1 WHERE id = old.person_id;
         UPDATE person SET phone_count = phone_count + 1 WHERE id = new.person_id;
       END""",
)


def upgrade() -> None:
    op.create_table(
        "delivery_association",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("association_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(["association_id"], ["association.id"]),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("delivery_id", "association_id"),
    )
    op.create_index(
        op.f("ix_delivery_association_association_id"),
        "delivery_association",
        ["association_id"],
        unique=False,
    )
    op.add_column("person", sa.Column("phone_count", sa.Integer(), server_default="0", nullable=False))
    op.execute(
        "UPDATE person SET phone_count = (SELECT count(*) FROM person_phone WHERE person_id = person.id) "
        "WHERE id IN (SELECT person_id FROM person_phone)"
    )
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.drop_index("ix_person_audience", table_name="person")
    op.create_index("ix_person_reach", "person", REACH_COLUMNS, sqlite_where=sa.text(ACTIVE))
    op.create_index(
        "ix_person_no_address",
        "person",
        [*REACH_COLUMNS[:3], "archived_at", "merged_into_id"],
        sqlite_where=sa.text(f"trim(address) = '' AND {ACTIVE}"),
    )
    op.create_index(
        "ix_consent_withdrawn",
        "consent",
        ["purpose", "person_id", "withdrawn_on"],
        sqlite_where=sa.text("withdrawn_on IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_delivery_association_association_id"), table_name="delivery_association")
    op.drop_table("delivery_association")
    op.drop_index("ix_consent_withdrawn", table_name="consent")
    op.drop_index("ix_person_no_address", table_name="person")
    op.drop_index("ix_person_reach", table_name="person")
    op.create_index(
        "ix_person_audience",
        "person",
        ["country", "preferred_language", "consent_campaigns"],
        sqlite_where=sa.text(ACTIVE),
    )
    for name in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER person_phone_count_{name}")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("phone_count")
