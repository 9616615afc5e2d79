"""The mobile-visit planner reads the index alone: ``ix_person_geo`` (the active people's places
and passport expiry) also holds skills consent and return intention, so the planner's second
read no longer passes over the whole person table (1.4 s at a million people with postal
addresses on the rows; docs/benchmarks.md).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

ACTIVE = "archived_at IS NULL AND merged_into_id IS NULL"
PLACE = ["country", "city_key", "latitude", "longitude", "passport_expires_on"]


def upgrade() -> None:
    op.drop_index("ix_person_geo", table_name="person")
    op.create_index(
        "ix_person_geo",
        "person",
        [*PLACE, "consent_skills", "return_intention"],
        sqlite_where=sa.text(ACTIVE),
    )


def downgrade() -> None:
    op.drop_index("ix_person_geo", table_name="person")
    op.create_index("ix_person_geo", "person", PLACE, sqlite_where=sa.text(ACTIVE))
