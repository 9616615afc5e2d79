"""The practices briefing's diaspora profile read from indexes: the skills inventory (active
people who consented to it) as a small partial index, and the occupations' and qualifications'
person indexes made covering for what the profile counts (ISCO-08 code, ISCED level).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INVENTORY = "consent_skills = 1 AND archived_at IS NULL AND merged_into_id IS NULL"


def upgrade() -> None:
    op.create_index("ix_person_skills_inventory", "person", ["id"], sqlite_where=sa.text(INVENTORY))
    op.drop_index("ix_person_occupation_person_id", table_name="person_occupation")
    op.create_index("ix_person_occupation_person", "person_occupation", ["person_id", "isco_code"])
    op.drop_index("ix_qualification_person_id", table_name="qualification")
    op.create_index("ix_qualification_person", "qualification", ["person_id", "isced_level"])


def downgrade() -> None:
    op.drop_index("ix_qualification_person", table_name="qualification")
    op.create_index("ix_qualification_person_id", "qualification", ["person_id"])
    op.drop_index("ix_person_occupation_person", table_name="person_occupation")
    op.create_index("ix_person_occupation_person_id", "person_occupation", ["person_id"])
    op.drop_index("ix_person_skills_inventory", table_name="person")
