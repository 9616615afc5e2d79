"""Foundation schema: consulates, associations, interactions, practices, consent, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


ASSOCIATION_FTS = [
    # External-content FTS5 index over the folded name and city (diaspora_desk.domain.text.fold:
    # case- and accent-free in every script, which unicode61 alone does only for Latin) and
    # the acronym; prefix indexes make search-as-you-type fast.
    """CREATE VIRTUAL TABLE association_fts USING fts5(
        name_key, acronym, city_key,
        content='association', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    """CREATE TRIGGER association_fts_insert AFTER INSERT ON association BEGIN
        INSERT INTO association_fts(rowid, name_key, acronym, city_key)
        VALUES (new.id, new.name_key, new.acronym, new.city_key);
    END""",
    """CREATE TRIGGER association_fts_delete AFTER DELETE ON association BEGIN
        INSERT INTO association_fts(association_fts, rowid, name_key, acronym, city_key)
        VALUES ('delete', old.id, old.name_key, old.acronym, old.city_key);
    END""",
    """CREATE TRIGGER association_fts_update AFTER UPDATE OF name_key, acronym, city_key ON association
    BEGIN
        INSERT INTO association_fts(association_fts, rowid, name_key, acronym, city_key)
        VALUES ('delete', old.id, old.name_key, old.acronym, old.city_key);
        INSERT INTO association_fts(rowid, name_key, acronym, city_key)
        VALUES (new.id, new.name_key, new.acronym, new.city_key);
    END""",
]


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "association",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("acronym", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("city_key", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("founded_year", sa.Integer(), nullable=True),
        sa.Column("members_estimate", sa.Integer(), nullable=True),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("leadership", sa.Text(), nullable=False),
        sa.Column("registered", sa.Boolean(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("advisory_council", sa.Boolean(), nullable=False),
        sa.Column("independence_respected", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_association")),
    )
    with op.batch_alter_table("association", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_association_archived_at"), ["archived_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_association_country"), ["country"], unique=False)
        batch_op.create_index("ix_association_dedup", ["name_key", "country", "city_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_association_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_association_type"), ["type"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_event_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("how_given", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)

    op.create_table(
        "consulate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consulate")),
    )
    op.create_table(
        "practice",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("parent_id", sa.String(length=32), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source_file", sa.String(length=100), nullable=False),
        sa.Column("source_section", sa.String(length=100), nullable=False),
        sa.Column("source_line_first", sa.Integer(), nullable=False),
        sa.Column("source_line_last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["practice.id"], name=op.f("fk_practice_parent_id_practice")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice")),
    )
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "association_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("association_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=254), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["association_id"],
            ["association.id"],
            name=op.f("fk_association_contact_association_id_association"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_association_contact")),
    )
    with op.batch_alter_table("association_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_association_contact_association_id"), ["association_id"], unique=False
        )

    op.create_table(
        "association_focus",
        sa.Column("association_id", sa.Integer(), nullable=False),
        sa.Column("focus", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["association_id"],
            ["association.id"],
            name=op.f("fk_association_focus_association_id_association"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("association_id", "focus", name=op.f("pk_association_focus")),
    )
    with op.batch_alter_table("association_focus", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_association_focus_focus"), ["focus"], unique=False)

    op.create_table(
        "association_language",
        sa.Column("association_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["association_id"],
            ["association.id"],
            name=op.f("fk_association_language_association_id_association"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("association_id", "language", name=op.f("pk_association_language")),
    )
    op.create_table(
        "consulate_jurisdiction",
        sa.Column("consulate_id", sa.Integer(), nullable=False),
        sa.Column("subdivision", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["consulate_id"],
            ["consulate.id"],
            name=op.f("fk_consulate_jurisdiction_consulate_id_consulate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("consulate_id", "subdivision", name=op.f("pk_consulate_jurisdiction")),
    )
    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("association_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["association_id"],
            ["association.id"],
            name=op.f("fk_interaction_association_id_association"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_association_id"), ["association_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interaction_occurred_on"), ["occurred_on"], unique=False)

    op.create_table(
        "practice_link",
        sa.Column("practice_id", sa.String(length=32), nullable=False),
        sa.Column("activity_kind", sa.String(length=32), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["practice_id"], ["practice.id"], name=op.f("fk_practice_link_practice_id_practice")
        ),
        sa.PrimaryKeyConstraint("practice_id", "activity_kind", "activity_id", name=op.f("pk_practice_link")),
    )
    with op.batch_alter_table("practice_link", schema=None) as batch_op:
        batch_op.create_index("ix_practice_link_activity", ["activity_kind", "activity_id"], unique=False)

    for statement in ASSOCIATION_FTS:
        op.execute(statement)


def downgrade() -> None:
    for name in ("association_fts_update", "association_fts_delete", "association_fts_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS association_fts")
    with op.batch_alter_table("practice_link", schema=None) as batch_op:
        batch_op.drop_index("ix_practice_link_activity")

    op.drop_table("practice_link")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_interaction_association_id"))

    op.drop_table("interaction")
    op.drop_table("consulate_jurisdiction")
    op.drop_table("association_language")
    with op.batch_alter_table("association_focus", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_association_focus_focus"))

    op.drop_table("association_focus")
    with op.batch_alter_table("association_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_association_contact_association_id"))

    op.drop_table("association_contact")
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_parent_id"))

    op.drop_table("practice")
    op.drop_table("consulate")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))

    op.drop_table("consent")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
    with op.batch_alter_table("association", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_association_type"))
        batch_op.drop_index(batch_op.f("ix_association_name_key"))
        batch_op.drop_index("ix_association_dedup")
        batch_op.drop_index(batch_op.f("ix_association_country"))
        batch_op.drop_index(batch_op.f("ix_association_archived_at"))

    op.drop_table("association")
    op.drop_table("app_setting")
