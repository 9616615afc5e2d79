"""Generated visits and people for the visits services' tests: a two-day visit in Fresno, a national."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.visits import (
    ConsularService,
    OfferedService,
    TeamMember,
    VisitDraft,
    VisitRecord,
)
from diaspora_desk.services.composition import Services

PASSPORT = ConsularService.PASSPORT_RENEWAL


CARD = ConsularService.CONSULAR_ID


DAY = dt.date(2026, 12, 5)


def make_visit(services: Services, /, **changes: object) -> VisitRecord:
    consulate = services.visits.consulates.list()[0]
    values: dict[str, object] = {
        "consulate_id": consulate.id,
        "country": "US",
        "city": "fresno",
        "starts_on": DAY,
        "ends_on": DAY + dt.timedelta(days=1),
        "opens_at": dt.time(9, 0),
        "closes_at": dt.time(12, 0),
        "slot_minutes": 30,
        "services": (OfferedService(PASSPORT, 2), OfferedService(CARD, 4)),
        "team": (TeamMember("Rocío Batz", "Head of mission"), TeamMember("  ", "")),
        **changes,
    }
    return services.visits.registry.create(VisitDraft(**values))  # type: ignore[arg-type]


def make_person(services: Services, given: str, family: str = "Tzoc") -> int:
    return services.people.registry.create(
        PersonDraft(
            given_name=given, family_name=family, country="US", city="Fresno", phones=("559 555 0142",)
        )
    ).id
