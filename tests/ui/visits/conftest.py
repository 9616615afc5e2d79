"""Fixtures of the Mobile Visits screens: the demo, a visit today, the services the area uses."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.visits import OfferedService, VisitDraft, VisitRecord
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits import printing
from diaspora_desk.ui.visits.area_services import VisitsAreaServices
from tests.ui.visits.scenes import CARD, NINE, PASSPORT, area_services_of


@pytest.fixture(autouse=True)
def _no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "OPEN_AFTER_WRITING", False)


@pytest.fixture
def visit_demo(services: Services) -> Services:
    """The full demo: associations, people, consulates, past and planned visits with bookings
    (40 associations, 600 people, seed 3: tests/conftest.py's ``DEMOS``)."""
    return services


@pytest.fixture
def area_services(services: Services) -> VisitsAreaServices:
    return area_services_of(services)


@pytest.fixture
def visit(services: Services) -> VisitRecord:
    """Today in Fresno, 09:00-11:00 in one-hour slots: one passport place and four card places each."""
    consulate = services.visits.consulates.list()[0]
    return services.visits.registry.create(
        VisitDraft(
            consulate_id=consulate.id,
            country="US",
            city="Fresno",
            starts_on=services.clock.today(),
            ends_on=services.clock.today(),
            opens_at=NINE,
            closes_at=dt.time(11, 0),
            slot_minutes=60,
            services=(OfferedService(PASSPORT, 1), OfferedService(CARD, 4)),
        )
    )
