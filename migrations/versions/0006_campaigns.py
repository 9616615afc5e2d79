"""Outreach: campaigns with channels and messages, deliveries and their recipients, polls with
questions, answers and replies, events with registrations.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("objective", sa.Text(), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("price_per_segment", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("fallback_language", sa.String(length=3), nullable=False),
        sa.Column("segment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_status"), ["status"], unique=False)

    op.create_table(
        "campaign_channel",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_channel_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", "channel", name=op.f("pk_campaign_channel")),
    )
    op.create_table(
        "campaign_message",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_message_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", "language", name=op.f("pk_campaign_message")),
    )
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("prepared_at", sa.DateTime(), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("segments", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_delivery_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
    )
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivery_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "outreach_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("follow_ups", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_outreach_event_campaign_id_campaign")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_event")),
    )
    with op.batch_alter_table("outreach_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_event_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outreach_event_starts_on"), ["starts_on"], unique=False)

    op.create_table(
        "poll_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_poll_question_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_question")),
    )
    with op.batch_alter_table("poll_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_poll_question_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "poll_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_poll_reply_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_poll_reply_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_reply")),
    )
    with op.batch_alter_table("poll_reply", schema=None) as batch_op:
        batch_op.create_index(
            "ix_poll_reply_campaign_person", ["campaign_id", "person_id", "received_at"], unique=False
        )
        batch_op.create_index("ix_poll_reply_campaign_status", ["campaign_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_poll_reply_person_id"), ["person_id"], unique=False)

    op.create_table(
        "delivery_recipient",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_delivery_recipient_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_delivery_recipient_person_id_person")
        ),
        sa.PrimaryKeyConstraint("delivery_id", "person_id", name=op.f("pk_delivery_recipient")),
    )
    with op.batch_alter_table("delivery_recipient", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivery_recipient_person_id"), ["person_id"], unique=False)

    op.create_table(
        "event_registration",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["outreach_event.id"],
            name=op.f("fk_event_registration_event_id_outreach_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_event_registration_person_id_person")
        ),
        sa.PrimaryKeyConstraint("event_id", "person_id", name=op.f("pk_event_registration")),
    )
    with op.batch_alter_table("event_registration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_registration_person_id"), ["person_id"], unique=False)

    op.create_table(
        "poll_answer",
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["poll_question.id"],
            name=op.f("fk_poll_answer_question_id_poll_question"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", "code", name=op.f("pk_poll_answer")),
    )
    op.create_table(
        "poll_reply_answer",
        sa.Column("reply_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["poll_question.id"],
            name=op.f("fk_poll_reply_answer_question_id_poll_question"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reply_id"],
            ["poll_reply.id"],
            name=op.f("fk_poll_reply_answer_reply_id_poll_reply"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reply_id", "question_id", name=op.f("pk_poll_reply_answer")),
    )
    op.create_index(
        "ix_person_audience",
        "person",
        ["country", "preferred_language", "consent_campaigns"],
        unique=False,
        sqlite_where=sa.text("archived_at IS NULL AND merged_into_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_audience", table_name="person")
    op.drop_table("poll_reply_answer")
    op.drop_table("poll_answer")
    with op.batch_alter_table("event_registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_registration_person_id"))

    op.drop_table("event_registration")
    with op.batch_alter_table("delivery_recipient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_recipient_person_id"))

    op.drop_table("delivery_recipient")
    with op.batch_alter_table("poll_reply", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_reply_person_id"))
        batch_op.drop_index("ix_poll_reply_campaign_status")
        batch_op.drop_index("ix_poll_reply_campaign_person")

    op.drop_table("poll_reply")
    with op.batch_alter_table("poll_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_question_campaign_id"))

    op.drop_table("poll_question")
    with op.batch_alter_table("outreach_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_event_starts_on"))
        batch_op.drop_index(batch_op.f("ix_outreach_event_campaign_id"))

    op.drop_table("outreach_event")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_campaign_id"))

    op.drop_table("delivery")
    op.drop_table("campaign_message")
    op.drop_table("campaign_channel")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_status"))

    op.drop_table("campaign")
