"""The briefing's diaspora profile: the skills inventory counted from its index, each person once
per row, and nobody outside the inventory (no consent, archived)."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import OccupationItem, QualificationItem, Skills
from diaspora_desk.services.briefing.records import CountTable
from diaspora_desk.services.composition import Services

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
SKILLS = Skills(
    occupations=(OccupationItem("2221"), OccupationItem("2211")),  # two in major group 2
    qualifications=(QualificationItem(7), QualificationItem(7)),  # two at ISCED level 7
    languages=(("es", Cefr.C2), ("en", Cefr.B1)),
)


def _person(services: Services, n: int, *, consent: bool, city: str = "Fresno") -> int:
    draft = PersonDraft(given_name=f"Nombre{n}", family_name="Prueba", country="US", city=city)
    person = services.people.registry.create(draft, SKILLS)
    if consent:
        services.people.consent.set_consent(person.id, ConsentPurpose.SKILLS_INVENTORY, True, how="form")
    return person.id


def _row(table: CountTable, prefix: str) -> str:
    (value,) = [value for label, value in table.rows if label.startswith(prefix)]
    return value


def test_the_skills_tables_count_each_person_in_the_inventory_once(services: Services) -> None:
    for n in range(6):
        _person(services, n, consent=True)
    for n in range(6, 9):
        _person(services, n, consent=False)  # registered, not in the inventory
    archived = _person(services, 9, consent=True)
    services.people.registry.set_archived(archived, True)

    profile = {t.title: t for t in services.briefing.reports.briefing(YEAR).profile}
    occupations = profile["Occupation (ISCO-08 major group)"]
    assert occupations.total == "6"
    assert _row(occupations, "2 ") == "6"  # not 12: two occupations of one group count once
    education = profile["Education (ISCED 2011 level)"]
    assert _row(education, "7 ") == "6"
    languages = profile["Languages"]
    assert (_row(languages, "Spanish"), _row(languages, "English")) == ("6", "6")
    assert profile["Host city"].rows == (("Fresno, US", "9"),)  # the nine active people


def test_an_empty_inventory_prints_empty_tables(services: Services) -> None:
    _person(services, 1, consent=False)
    profile = {t.title: t for t in services.briefing.reports.briefing(YEAR).profile}
    assert profile["Languages"].rows == ()
    assert profile["Occupation (ISCO-08 major group)"].rows == ()
