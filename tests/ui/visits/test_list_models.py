"""The area's long lists page from SQL: a busy visit's appointments past the first page, sorted
and filtered in SQL; the visits list sorted by a count; every paged model passes qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.visits import FollowUp, OfferedService, VisitDraft, VisitRecord
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.people import build_demo_people
from diaspora_desk.ui.paged_model import PAGE_SIZE
from diaspora_desk.ui.visits.list_models import (
    AppointmentsTableModel,
    CoveredPeopleModel,
    FollowUpsTableModel,
    VisitsTableModel,
)
from tests.ui.visits.scenes import CARD, PASSPORT, hand_made_plan, row_texts, rows_of

BUSY = PAGE_SIZE + 30


@pytest.fixture
def busy_visit(services: Services) -> VisitRecord:
    """A day in Fresno with more appointments than one page holds, on two desks."""
    consulate = services.visits.consulates.list()[0]
    visit = services.visits.registry.create(
        VisitDraft(
            consulate_id=consulate.id,
            country="US",
            city="Fresno",
            starts_on=services.clock.today(),
            ends_on=services.clock.today(),
            opens_at=dt.time(8, 0),
            closes_at=dt.time(18, 0),
            slot_minutes=60,
            services=(OfferedService(PASSPORT, 4), OfferedService(CARD, 30)),
        )
    )
    build_demo_people(services, people=BUSY, seed=5)
    people = services.people.registry.page(PeopleQuery(), 0, BUSY)
    for number, found in enumerate(people):
        person_id = found.id
        service, capacity = (PASSPORT, 4) if number < 20 else (CARD, 30)
        hour = dt.time(8 + number // capacity, 0)  # 08:00-12:00 for passports, 08:00-15:00 cards
        services.visits.bookings.book(visit.id, person_id, service, visit.starts_on, hour)
    return visit


def test_a_busy_visits_appointments_page_from_sql_past_the_first_page(
    qtmodeltester: ModelTester, services: Services, busy_visit: VisitRecord
) -> None:
    model = AppointmentsTableModel(services.visits.lists, busy_visit.id)
    model.refresh()
    assert model.rowCount() == BUSY
    qtmodeltester.check(model)
    times = row_texts(model, AppointmentsTableModel.TIME)
    assert times == sorted(times)  # by day and time
    assert model.index(BUSY - 1, AppointmentsTableModel.TIME).data() == "15:00"  # on the second page

    model.sort(AppointmentsTableModel.PERSON, Qt.SortOrder.DescendingOrder)
    people = [services.people.registry.get(r.appointment.person_id) for r in rows_of(model)]
    keys = [(p.family_name.lower(), p.given_name.lower()) for p in people]
    assert len(keys) == BUSY
    assert keys == sorted(keys, reverse=True)  # by family name, in SQL

    model.set_query(model.query.__class__(busy_visit.id, service=PASSPORT))
    assert model.rowCount() == 20
    assert {r.appointment.service for r in rows_of(model)} == {PASSPORT}


def test_the_visits_list_sorts_by_its_counts_in_sql(qtmodeltester: ModelTester, visit_demo: Services) -> None:
    model = VisitsTableModel(visit_demo.visits.lists)
    model.refresh()
    listed = visit_demo.visits.registry.list()
    assert [v.id for v in rows_of(model)] == [v.id for v in listed]  # newest first
    qtmodeltester.check(model)
    model.sort(VisitsTableModel.BOOKED, Qt.SortOrder.DescendingOrder)
    booked = [int(text) for text in row_texts(model, VisitsTableModel.BOOKED)]
    assert booked == sorted((v.booked for v in listed), reverse=True)
    assert model.index(0, VisitsTableModel.BOOKED).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_follow_ups_and_people_covered_pass_the_model_tester(
    qtmodeltester: ModelTester, services: Services, visit: VisitRecord
) -> None:
    registry = services.visits.registry
    registry.add_follow_up(visit.id, FollowUp("Courier the passports", "Passport desk", None))
    registry.add_follow_up(visit.id, FollowUp("Call the parish about May", "Head of mission", None))
    follow_ups = FollowUpsTableModel(services.visits.lists, visit.id)
    follow_ups.refresh()
    qtmodeltester.check(follow_ups)
    assert row_texts(follow_ups, FollowUpsTableModel.DESCRIPTION) == [
        "Courier the passports",
        "Call the parish about May",
    ]

    people = CoveredPeopleModel(services.visits.planner)
    qtmodeltester.check(people)
    assert people.rowCount() == 0  # no proposal chosen
    fresno = hand_made_plan().proposals[0]
    people.set_query(fresno)
    assert people.rowCount() == fresno.people  # the plan's count: no count query on the GUI thread
    qtmodeltester.check(people)
