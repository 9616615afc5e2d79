"""Mobile consulates in the briefing: the visits of the period, what they delivered, whom they served."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.visits import SERVICE_CATALOGUE, VisitStatus
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import CARD, DAY, PASSPORT, PAST, build_scene, make_visit

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_each_visit_of_the_period_with_its_bookings_and_services_delivered(services: Services) -> None:
    build_scene(services)
    briefing = services.briefing.reports.briefing(YEAR)
    lines = {line.starts_on: line for line in briefing.visits}
    past, coming = lines[PAST], lines[DAY]
    # Two appointments served and six anonymous walk-ins: eight services, eight people.
    assert (past.status, past.booked, past.delivered, past.people_served) == ("Done", 2, 8, "8")
    # Four booked (the cancelled one not counted), nothing delivered yet.
    assert (coming.status, coming.booked, coming.delivered) == ("Planned", 4, 0)
    table = briefing.services_delivered
    assert table.rows == ((SERVICE_CATALOGUE[CARD].title, "6"), (SERVICE_CATALOGUE[PASSPORT].title, "2"))
    assert table.total == "8"


def test_cancelled_visits_and_visits_outside_the_period_are_left_out(services: Services) -> None:
    build_scene(services)
    make_visit(services, starts_on=DAY, ends_on=DAY, status=VisitStatus.CANCELLED)
    december = Period(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    briefing = services.briefing.reports.briefing(december)
    assert [(line.starts_on, line.status) for line in briefing.visits] == [(DAY, "Planned")]
    assert briefing.services_delivered.rows == ()
