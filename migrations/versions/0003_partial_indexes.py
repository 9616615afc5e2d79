"""Partial indexes for archived rows and the active people in name order.

An index over every archived_at (NULL for nearly all rows) misled SQLite's planner into
sorting whole tables; indexes of the archived rows only, and of the active people in name
order, let a list of a million people page from the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_association_archived_at", table_name="association")
    op.create_index(
        "ix_association_archived",
        "association",
        ["archived_at"],
        unique=False,
        sqlite_where=sa.text("archived_at IS NOT NULL"),
    )
    op.drop_index("ix_person_archived_at", table_name="person")
    op.create_index(
        "ix_person_archived",
        "person",
        ["archived_at"],
        unique=False,
        sqlite_where=sa.text("archived_at IS NOT NULL"),
    )
    op.create_index(
        "ix_person_active_name",
        "person",
        ["family_name", "given_name"],
        unique=False,
        sqlite_where=sa.text("archived_at IS NULL AND merged_into_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_active_name", table_name="person")
    op.drop_index("ix_person_archived", table_name="person")
    op.create_index("ix_person_archived_at", "person", ["archived_at"], unique=False)
    op.drop_index("ix_association_archived", table_name="association")
    op.create_index("ix_association_archived_at", "association", ["archived_at"], unique=False)
