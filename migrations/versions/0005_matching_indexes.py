"""Indexes that let matching read a need's groups without touching the person rows.

The occupation index carries the years of experience, and a partial index holds the consent
to sharing of active people: finding a need's candidates then reads two indexes only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_person_occupation_isco", table_name="person_occupation")
    op.create_index(
        "ix_person_occupation_isco",
        "person_occupation",
        ["isco_code", "person_id", "years_experience"],
        unique=False,
    )
    op.create_index(
        "ix_person_active_sharing",
        "person",
        ["id", "consent_sharing"],
        unique=False,
        sqlite_where=sa.text("archived_at IS NULL AND merged_into_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_active_sharing", table_name="person")
    op.drop_index("ix_person_occupation_isco", table_name="person_occupation")
    op.create_index(
        "ix_person_occupation_isco", "person_occupation", ["isco_code", "person_id"], unique=False
    )
