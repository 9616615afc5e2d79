"""The audit trail's hash chain: a hash per event, chained to the one before; existing events
are redacted to ids and field names, then hashed in order.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from diaspora_desk.db.audit_chain import backfill_chain
from diaspora_desk.domain.audit_values import redact_stored

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    # Events written before this revision copied whole records (names, phones, imported rows):
    # keep only ids, counts and field names, as events are written from now on.
    rows = connection.exec_driver_sql("SELECT id, before, after FROM audit_event").fetchall()
    redacted = [(redact_stored(before), redact_stored(after), event_id) for event_id, before, after in rows]
    if redacted:
        connection.exec_driver_sql("UPDATE audit_event SET before = ?, after = ? WHERE id = ?", redacted)
    backfill_chain(connection)


def downgrade() -> None:
    op.execute("DELETE FROM app_setting WHERE key = 'audit_chain_head'")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("chain_hash")
