"""The audit trail keeps ids and field names, never a person's values, and is hash-chained."""

from __future__ import annotations

import csv
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.common.maintenance import check_database
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS

SYLLABLES = ("ka", "lo", "mi", "ra", "tzu", "xe", "qui", "no", "va", "bel", "dor", "sem")


def _name(rng: random.Random) -> str:
    """A generated name no real person is likely to carry (tests never hold real people's data)."""
    return "".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize() + "z"


def _audit_text(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT officer, action, entity_type, entity_id, before, after FROM audit_event"
        )
        return "\n".join(" ".join(str(v) for v in row) for row in rows)


def test_no_personal_value_reaches_the_audit_after_import_edit_merge_and_export(
    services: Services, tmp_path: Path
) -> None:
    rng = random.Random(12)
    given, family, renamed, other_given, other_family = (_name(rng) for _ in range(5))
    email = f"{given.lower()}@example.org"
    person = services.people.registry.create(
        PersonDraft(given_name=given, family_name=family, country="US", city="Fresno", email=email,
                    phones=("+1 559 555 0147",), birth_year="1979", notes=f"{given} keeps bees")
    )  # fmt: skip
    draft = PersonDraft(given_name=given, family_name=renamed, country="US", city="Fresno", email=email)
    services.people.registry.update(person.id, draft)
    source = tmp_path / "people.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerow({"given_name": other_given, "family_name": other_family, "country": "US",
                         "city": "Fresno", "phone": "+1 559 555 0163",
                         "email": "zq@example.net"})  # fmt: skip
    assert services.people.importer.import_file(source).imported == 1
    (row,) = services.people.registry.page(PeopleQuery(text=other_family), 0, 5)
    other_id = row.id
    services.people.duplicates.merge(person.id, other_id)
    services.people.exporter.export_file(tmp_path / "out.csv", include_sensitive=True)

    assert check_database(services.database_path).intact  # every path chained its events
    audit = _audit_text(services.database_path)
    assert "merge" in audit
    assert "export" in audit
    assert "family_name" in audit  # the fields an edit touched are named...
    for value in (given, family, renamed, other_given, other_family, email, "5595550147", "5595550163",
                  "zq@example.net", "Fresno", "keeps bees"):  # fmt: skip
        assert value not in audit  # ...but never their values


def test_db_check_names_the_first_event_edited_removed_or_added(services: Services) -> None:
    for number in range(6):
        services.people.registry.create(
            PersonDraft(given_name=f"Gen{number}", family_name="Zed", country="US")
        )
    path = services.database_path
    checked = check_database(path)
    assert checked.intact
    assert checked.audit is not None
    events = checked.audit.events
    assert events >= 7

    with sqlite3.connect(path) as connection:
        ids = [r[0] for r in connection.execute("SELECT id FROM audit_event ORDER BY id")]
        connection.execute("UPDATE audit_event SET officer = 'Nobody' WHERE id = ?", (ids[3],))
    broken = check_database(path).audit
    assert broken is not None
    assert broken.broken is not None
    assert broken.broken.event_id == ids[3]
    assert not check_database(path).intact

    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE audit_event SET officer = 'Test Officer' WHERE id = ?", (ids[3],))
        connection.execute("DELETE FROM audit_event WHERE id = ?", (ids[2],))
    status = check_database(path).audit
    assert status is not None
    assert status.broken is not None
    assert status.broken.event_id == ids[3]


def test_an_event_slipped_in_outside_the_app_stays_unchained(services: Services) -> None:
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Zed", country="US"))
    path = services.database_path
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO audit_event (at, officer, action, entity_type, entity_id) "
            "VALUES ('2026-01-01 00:00:00', 'x', 'create', 'person', '1')"
        )
        forged = connection.execute("SELECT max(id) FROM audit_event").fetchone()[0]
    # A later change made in the app does not adopt the forged event into the chain.
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Yod", country="US"))
    status = check_database(path).audit
    assert status is not None
    assert status.broken is not None
    assert status.broken.event_id == forged


def test_an_export_that_cannot_be_audited_is_not_written(services: Services, tmp_path: Path) -> None:
    services.people.registry.create(PersonDraft(given_name="Gen", family_name="Zed", country="US"))
    with sqlite3.connect(services.database_path) as connection:
        connection.execute(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'no audit'); END"
        )
    target = tmp_path / "people.csv"
    with pytest.raises(IntegrityError):
        services.people.exporter.export_file(target)
    assert not target.exists()
    with pytest.raises(IntegrityError):
        services.associations.transfer.export_file(tmp_path / "associations.csv")
    assert not (tmp_path / "associations.csv").exists()
