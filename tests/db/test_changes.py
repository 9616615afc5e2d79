"""Every committed write tells the change feed what it wrote; reads and rollbacks tell nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import text

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import AssociationQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS


def _listen(services: Services) -> list[Change]:
    seen: list[Change] = []
    services.database.changes.subscribe(seen.append)
    return seen


def test_a_create_reports_the_table_and_the_new_id(services: Services) -> None:
    seen = _listen(services)
    record = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    assert len(seen) == 1
    assert seen[0].touches("association")
    assert seen[0].ids_of("association") == frozenset({record.id})
    assert not seen[0].touches("audit_event")  # bookkeeping is not a change a screen shows


def test_reads_and_failed_writes_report_nothing(services: Services) -> None:
    services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    seen = _listen(services)
    services.associations.registry.count(AssociationQuery())
    with pytest.raises(ValueError, match="boom"), services.database.unit_of_work(write=True) as uow:  # noqa: PT012
        uow.session.execute(text("UPDATE association SET name = 'Renamed'"))
        raise ValueError("boom")
    assert seen == []
    assert services.associations.registry.get(1).name == "Club Uno"


def test_a_child_row_change_reports_its_table(services: Services) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Rosa", family_name="Cúmez", country="US")
    )
    seen = _listen(services)
    services.people.registry.set_archived(person.id, True)
    assert seen[-1].ids_of("person") == frozenset({person.id})


def test_a_bulk_import_reports_any_person_may_have_changed(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    blank = ["" for _ in COLUMNS]
    rows = [
        dict(zip(COLUMNS, blank, strict=True)) | {"given_name": g, "family_name": f, "country": "US"}
        for g, f in (("Rosa", "Cúmez"), ("Flor", "Sián"))
    ]
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    seen = _listen(services)
    result = services.people.importer.import_file(source)
    assert result.imported == 2
    assert any(change.touches("person") and change.ids_of("person") is None for change in seen)


def test_a_listener_may_write_again_without_deadlock(services: Services) -> None:
    heard: list[Change] = []

    def on_change(change: Change) -> None:
        heard.append(change)
        if len(heard) == 1:  # the listener runs after the writer lock is released
            services.associations.registry.create(AssociationDraft(name="Dos", country="US"))

    services.database.changes.subscribe(on_change)
    services.associations.registry.create(AssociationDraft(name="Uno", country="US"))
    assert len(heard) == 2
    assert services.associations.registry.count(AssociationQuery()) == 2


def test_an_unsubscribed_listener_hears_nothing_more(services: Services) -> None:
    seen: list[Change] = []
    unsubscribe = services.database.changes.subscribe(seen.append)
    services.associations.registry.create(AssociationDraft(name="Uno", country="US"))
    unsubscribe()
    services.associations.registry.create(AssociationDraft(name="Dos", country="US"))
    assert len(seen) == 1
