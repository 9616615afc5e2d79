"""People's postal address: postal code, locality, region and country beside the address lines.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    ("postal_code", 20),
    ("locality", 200),
    ("region", 200),
    ("address_country", 2),
)


def upgrade() -> None:
    # Plain ALTER TABLE (no batch copy): the person table keeps its full-text triggers.
    for name, length in COLUMNS:
        op.add_column(
            "person",
            sa.Column(name, sa.String(length=length), nullable=False, server_default=""),
        )


def downgrade() -> None:
    for name, _length in reversed(COLUMNS):
        op.drop_column("person", name)
