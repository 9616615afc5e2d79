"""The people's full-text index keeps the country as a term no name word can start with.

The index held the country code itself ("us", "ca", "de"), so a search for a two-letter name
word or prefix equal to the host country's code ("Us", a K'iche' surname; "ca" on the way to
"Camacho") read an index entry for everyone living there: 46 ms for "us mar" at a million people
in the United States, against 5 ms for other words. The index now reads ``country_term``, a
virtual generated column of ``person`` holding "0" and the lower-case code ("0us"); names have
no digits, so no name prefix reaches it. The index is rebuilt from the table.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TRIGGERS = ("person_fts_insert", "person_fts_delete", "person_fts_update")
OPTIONS = "content='person', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3'"
TERM = "'0' || lower(country)"


def _index(country: str) -> list[str]:
    """The index over names and ``country`` (a column of person), with the triggers keeping it."""
    columns = f"name_key, original_script_name, {country}"
    old = f"old.id, old.name_key, old.original_script_name, old.{country}"
    new = f"new.id, new.name_key, new.original_script_name, new.{country}"
    return [
        f"CREATE VIRTUAL TABLE person_fts USING fts5({columns}, {OPTIONS})",
        f"""CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
            INSERT INTO person_fts(rowid, {columns}) VALUES ({new});
        END""",
        f"""CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
            INSERT INTO person_fts(person_fts, rowid, {columns}) VALUES ('delete', {old});
        END""",
        f"""CREATE TRIGGER person_fts_update AFTER UPDATE OF name_key, original_script_name, country
        ON person BEGIN
            INSERT INTO person_fts(person_fts, rowid, {columns}) VALUES ('delete', {old});
            INSERT INTO person_fts(rowid, {columns}) VALUES ({new});
        END""",
        "INSERT INTO person_fts(person_fts) VALUES ('rebuild')",
    ]


def _drop_index() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts")


def upgrade() -> None:
    _drop_index()
    op.execute(f"ALTER TABLE person ADD COLUMN country_term VARCHAR(3) GENERATED ALWAYS AS ({TERM}) VIRTUAL")
    for statement in _index("country_term"):
        op.execute(statement)


def downgrade() -> None:
    _drop_index()
    op.execute("ALTER TABLE person DROP COLUMN country_term")
    for statement in _index("country"):
        op.execute(statement)
