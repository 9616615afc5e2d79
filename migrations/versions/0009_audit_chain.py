"""The audit trail's hash chain: a hash per event, chained to the one before; existing events
are hashed in order.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from diaspora_desk.db.audit_chain import backfill_chain

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
    backfill_chain(op.get_bind())


def downgrade() -> None:
    op.execute("DELETE FROM app_setting WHERE key = 'audit_chain_head'")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("chain_hash")
