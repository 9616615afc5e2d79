"""Erasing rows follows the foreign keys; the scan finds values as written and as folded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from diaspora_desk.db.erasure import delete_people, person_family, scan_files
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import Person, PersonPhone
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services


def test_a_person_and_every_row_pointing_at_them_go(services: Services) -> None:
    keep = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Uno", country="US"))
    gone = services.people.registry.create(
        PersonDraft(given_name="Bea", family_name="Dos", country="US", phones=("+1 559 555 0177",))
    )
    services.people.consent.set_consent(gone.id, ConsentPurpose.CAMPAIGNS, True)
    with services.database.unit_of_work(write=True) as uow:
        assert person_family(uow.session, gone.id) == [gone.id]
        counts = delete_people(uow.session, [gone.id])
        uow.commit()
    assert counts == {"consent": 1, "person_phone": 1, "person": 1}
    with services.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 1
        assert uow.session.scalar(select(func.count()).select_from(PersonPhone)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Consent)) == 0
        assert uow.session.get(Person, keep.id) is not None


def test_the_scan_finds_values_as_written_and_as_folded(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    path.write_bytes(b"....josefina perez...." + "Núñez".encode())
    found = scan_files(path, [("given_name", "Josefina"), ("family_name", "Núñez"), ("email", "x@y.org")])
    assert [(f.file, f.field) for f in found] == [("f.sqlite", "given_name"), ("f.sqlite", "family_name")]
