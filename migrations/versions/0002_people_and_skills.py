"""People and skills: nationals abroad, skills inventory, needs, matching, placements.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


FTS = [
    # Person names, folded (see diaspora_desk.domain.text.fold), and the name in original script.
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        name_key, original_script_name, country,
        content='person', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    """CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_fts(rowid, name_key, original_script_name, country)
        VALUES (new.id, new.name_key, new.original_script_name, new.country);
    END""",
    """CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
        INSERT INTO person_fts(person_fts, rowid, name_key, original_script_name, country)
        VALUES ('delete', old.id, old.name_key, old.original_script_name, old.country);
    END""",
    """CREATE TRIGGER person_fts_update AFTER UPDATE OF name_key, original_script_name, country ON person
    BEGIN
        INSERT INTO person_fts(person_fts, rowid, name_key, original_script_name, country)
        VALUES ('delete', old.id, old.name_key, old.original_script_name, old.country);
        INSERT INTO person_fts(rowid, name_key, original_script_name, country)
        VALUES (new.id, new.name_key, new.original_script_name, new.country);
    END""",
    # ESCO occupation labels and alternative labels, for "type any occupation name".
    """CREATE VIRTUAL TABLE esco_fts USING fts5(
        label, alt_labels,
        content='esco_occupation', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    """CREATE TRIGGER esco_fts_insert AFTER INSERT ON esco_occupation BEGIN
        INSERT INTO esco_fts(rowid, label, alt_labels) VALUES (new.id, new.label, new.alt_labels);
    END""",
    """CREATE TRIGGER esco_fts_delete AFTER DELETE ON esco_occupation BEGIN
        INSERT INTO esco_fts(esco_fts, rowid, label, alt_labels)
        VALUES ('delete', old.id, old.label, old.alt_labels);
    END""",
    """CREATE TRIGGER esco_fts_update AFTER UPDATE ON esco_occupation BEGIN
        INSERT INTO esco_fts(esco_fts, rowid, label, alt_labels)
        VALUES ('delete', old.id, old.label, old.alt_labels);
        INSERT INTO esco_fts(rowid, label, alt_labels) VALUES (new.id, new.label, new.alt_labels);
    END""",
]
FTS_OBJECTS = (
    ("TRIGGER", "esco_fts_update"),
    ("TRIGGER", "esco_fts_delete"),
    ("TRIGGER", "esco_fts_insert"),
    ("TABLE", "esco_fts"),
    ("TRIGGER", "person_fts_update"),
    ("TRIGGER", "person_fts_delete"),
    ("TRIGGER", "person_fts_insert"),
    ("TABLE", "person_fts"),
)


def upgrade() -> None:
    op.create_table(
        "isco_group",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_isco_group")),
    )
    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=False),
        sa.Column("min_isced", sa.Integer(), nullable=True),
        sa.Column("min_years_experience", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("duration_days", sa.Integer(), nullable=True),
        sa.Column("earliest", sa.Date(), nullable=True),
        sa.Column("latest", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("original_script_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("name_tokens", sa.String(length=400), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=False),
        sa.Column("dual_citizenship", sa.String(length=2), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("city_key", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("email_key", sa.String(length=254), nullable=False),
        sa.Column("preferred_language", sa.String(length=3), nullable=False),
        sa.Column("preferred_channel", sa.String(length=16), nullable=True),
        sa.Column("generation", sa.Integer(), nullable=True),
        sa.Column("arrival_year", sa.Integer(), nullable=True),
        sa.Column("return_intention", sa.String(length=16), nullable=False),
        sa.Column("legal_status", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.Column("consent_skills", sa.Boolean(), nullable=False),
        sa.Column("consent_campaigns", sa.Boolean(), nullable=False),
        sa.Column("consent_sharing", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["person.id"], name=op.f("fk_person_merged_into_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_dedup", ["name_tokens", "birth_year", "country"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_email_key"), ["email_key"], unique=False)
        batch_op.create_index("ix_person_place", ["country", "city_key"], unique=False)
        batch_op.create_index("ix_person_sort_name", ["family_name", "given_name"], unique=False)
        batch_op.create_index("ix_person_country_birth", ["country", "birth_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_archived_at"), ["archived_at"], unique=False)

    op.create_table(
        "availability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_availability_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_availability")),
    )
    with op.batch_alter_table("availability", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_availability_person_id"), ["person_id"], unique=False)

    op.create_table(
        "duplicate_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["person.id"], name=op.f("fk_duplicate_review_candidate_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_review")),
    )
    with op.batch_alter_table("duplicate_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duplicate_review_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_duplicate_review_status"), ["status"], unique=False)

    op.create_table(
        "esco_occupation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uri", sa.String(length=200), nullable=False),
        sa.Column("isco_code", sa.String(length=4), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("alt_labels", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["isco_code"], ["isco_group.code"], name=op.f("fk_esco_occupation_isco_code_isco_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_esco_occupation")),
        sa.UniqueConstraint("uri", name=op.f("uq_esco_occupation_uri")),
    )
    with op.batch_alter_table("esco_occupation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_esco_occupation_isco_code"), ["isco_code"], unique=False)

    op.create_table(
        "licence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_licence_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_licence")),
    )
    with op.batch_alter_table("licence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_licence_person_id"), ["person_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("association_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["association_id"], ["association.id"], name=op.f("fk_membership_association_id_association")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_membership_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "association_id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_association_id"), ["association_id"], unique=False)

    op.create_table(
        "need_language",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.Column("min_level", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"], ["need.id"], name=op.f("fk_need_language_need_id_need"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("need_id", "language", name=op.f("pk_need_language")),
    )
    op.create_table(
        "need_occupation",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("isco_code", sa.String(length=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["isco_code"], ["isco_group.code"], name=op.f("fk_need_occupation_isco_code_isco_group")
        ),
        sa.ForeignKeyConstraint(
            ["need_id"], ["need.id"], name=op.f("fk_need_occupation_need_id_need"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("need_id", "isco_code", name=op.f("pk_need_occupation")),
    )
    op.create_table(
        "person_language",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_language_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "language", name=op.f("pk_person_language")),
    )
    with op.batch_alter_table("person_language", schema=None) as batch_op:
        batch_op.create_index("ix_person_language_level", ["language", "level"], unique=False)

    op.create_table(
        "person_occupation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("isco_code", sa.String(length=4), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("years_experience", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["isco_code"], ["isco_group.code"], name=op.f("fk_person_occupation_isco_code_isco_group")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_occupation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_occupation")),
    )
    with op.batch_alter_table("person_occupation", schema=None) as batch_op:
        batch_op.create_index("ix_person_occupation_isco", ["isco_code", "person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_occupation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_phone",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_phone_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "e164", name=op.f("pk_person_phone")),
    )
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_phone_e164"), ["e164"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("people_trained", sa.Integer(), nullable=True),
        sa.Column("services_delivered", sa.Integer(), nullable=True),
        sa.Column("outcome_notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], name=op.f("fk_placement_need_id_need")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_placement_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_need_id"), ["need_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_person_id"), ["person_id"], unique=False)

    op.create_table(
        "qualification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("isced_level", sa.Integer(), nullable=False),
        sa.Column("field_of_study", sa.String(length=200), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("recognised_at_home", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_qualification_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualification")),
    )
    with op.batch_alter_table("qualification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qualification_isced_level"), ["isced_level"], unique=False)
        batch_op.create_index(batch_op.f("ix_qualification_person_id"), ["person_id"], unique=False)

    op.create_table(
        "skill_tag",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_skill_tag_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "tag", name=op.f("pk_skill_tag")),
    )
    with op.batch_alter_table("skill_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_tag_tag"), ["tag"], unique=False)

    # Consent rows written before this revision keep their ids; now they must name a person.
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_foreign_key(op.f("fk_consent_person_id_person"), "person", ["person_id"], ["id"])
    for statement in FTS:
        op.execute(statement)


def downgrade() -> None:
    for kind, name in FTS_OBJECTS:
        op.execute(f"DROP {kind} IF EXISTS {name}")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_consent_person_id_person"), type_="foreignkey")
    with op.batch_alter_table("skill_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_tag_tag"))

    op.drop_table("skill_tag")
    with op.batch_alter_table("qualification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qualification_person_id"))
        batch_op.drop_index(batch_op.f("ix_qualification_isced_level"))

    op.drop_table("qualification")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_person_id"))
        batch_op.drop_index(batch_op.f("ix_placement_need_id"))

    op.drop_table("placement")
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_phone_e164"))

    op.drop_table("person_phone")
    with op.batch_alter_table("person_occupation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_occupation_person_id"))
        batch_op.drop_index("ix_person_occupation_isco")

    op.drop_table("person_occupation")
    with op.batch_alter_table("person_language", schema=None) as batch_op:
        batch_op.drop_index("ix_person_language_level")

    op.drop_table("person_language")
    op.drop_table("need_occupation")
    op.drop_table("need_language")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_association_id"))

    op.drop_table("membership")
    with op.batch_alter_table("licence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_licence_person_id"))

    op.drop_table("licence")
    with op.batch_alter_table("esco_occupation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_esco_occupation_isco_code"))

    op.drop_table("esco_occupation")
    with op.batch_alter_table("duplicate_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_review_status"))
        batch_op.drop_index(batch_op.f("ix_duplicate_review_candidate_id"))

    op.drop_table("duplicate_review")
    with op.batch_alter_table("availability", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_availability_person_id"))

    op.drop_table("availability")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_sort_name")
        batch_op.drop_index("ix_person_country_birth")
        batch_op.drop_index(batch_op.f("ix_person_archived_at"))
        batch_op.drop_index("ix_person_place")
        batch_op.drop_index(batch_op.f("ix_person_email_key"))
        batch_op.drop_index("ix_person_dedup")

    op.drop_table("person")
    op.drop_table("need")
    op.drop_table("isco_group")
