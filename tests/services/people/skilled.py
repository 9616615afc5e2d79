"""Generated skilled people for the People & Skills tests (no real people)."""

from __future__ import annotations

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import AvailabilityItem, OccupationItem, QualificationItem, Skills
from diaspora_desk.services.composition import Services


def nurse(services: Services, given: str, *, consent: bool, level: Cefr = Cefr.C2, code: str = "2221") -> int:
    skills = Skills(
        qualifications=(QualificationItem(7),),
        occupations=(OccupationItem(code, "", 10),),
        languages=(("es", level),),
        availability=(AvailabilityItem(services.clock.today()),),
    )
    person = services.people.registry.create(
        PersonDraft(given_name=given, family_name="Test", country="US", return_intention="temporary"), skills
    )
    if consent:
        services.people.consent.set_consent(person.id, ConsentPurpose.SKILLS_INVENTORY, True, how="form")
        services.people.consent.set_consent(person.id, ConsentPurpose.SHARING_FOR_MATCHING, True, how="form")
    return person.id
