"""Whole person records read many at a time: each person gets their own rows, in order."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from diaspora_desk.db.people_models import Person
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import OccupationItem, Skills
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people import records


def test_records_across_chunks_keep_each_persons_own_rows(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records, "CHUNK", 3)  # a few people cross several chunks
    for i in range(8):
        skills = Skills(
            occupations=(OccupationItem("2221" if i % 2 else "2142"),),
            languages=(("es", Cefr.C2),) if i % 3 == 0 else (),
        )
        draft = PersonDraft(
            given_name=f"Persona{i}", family_name="Prueba", country="US", phones=(f"+1 559 555 01{i:02d}",)
        )
        services.people.registry.create(draft, skills)
    with services.database.unit_of_work() as uow:
        people = list(uow.session.scalars(select(Person).order_by(Person.id.desc())))
        ids = [p.id for p in people]
        read = records.person_records(uow.session, people)
    assert [r.id for r in read] == ids
    for record in read:
        i = int(record.given_name.removeprefix("Persona"))
        assert record.phones == (f"+155955501{i:02d}",)
        assert record.skills.occupations[0].isco_code == ("2221" if i % 2 else "2142")
        assert bool(record.skills.languages) == (i % 3 == 0)
