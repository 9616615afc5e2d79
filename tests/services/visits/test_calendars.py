"""Visit calendars: iCalendar that parses back with the right events, in the town's time zone."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.visits import VisitStatus
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import DAY, GREEK, PAST, Scene, build_scene

FRESNO = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def _events(path: Path) -> list[dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["PRODID"]).startswith("-//Diaspora Desk//")
    assert str(calendar["VERSION"]) == "2.0"
    return [
        {
            "uid": str(e["UID"]),
            "start": e.decoded("DTSTART"),
            "end": e.decoded("DTEND"),
            "summary": str(e["SUMMARY"]),
            "location": str(e["LOCATION"]),
            "description": str(e["DESCRIPTION"]),
            "status": str(e["STATUS"]),
            "sequence": int(e.decoded("SEQUENCE")),
            "last_modified": e.decoded("LAST-MODIFIED"),
        }
        for e in calendar.walk("VEVENT")
    ]


def test_visit_calendar_has_one_event_per_day_in_opening_hours(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    path = tmp_path / "visit.ics"
    written = services.visits.calendars.visit_ics(scene.visit.id, path)
    events = _events(path)
    assert written.events == len(events) == 2
    second = DAY + dt.timedelta(days=1)
    assert [e["uid"] for e in events] == [
        f"visit-{scene.visit.id}-20261205@diaspora-desk",
        f"visit-{scene.visit.id}-20261206@diaspora-desk",
    ]
    # Fresno's own clock, with its zone: 09:00 there is 17:00 UTC in December.
    assert events[1]["start"] == dt.datetime(second.year, second.month, second.day, 9, 0, tzinfo=FRESNO)
    assert events[1]["end"] == dt.datetime(second.year, second.month, second.day, 12, 0, tzinfo=FRESNO)
    assert events[1]["start"].astimezone(dt.UTC).hour == 17  # type: ignore[attr-defined]
    raw = path.read_text(encoding="utf-8")
    assert "DTSTART;TZID=America/Los_Angeles:20261206T090000" in raw
    assert "BEGIN:VTIMEZONE" in raw
    assert "TZID:America/Los_Angeles" in raw
    assert {e["sequence"] for e in events} == {0}
    assert events[0]["status"] == "TENTATIVE"
    assert "Salón Comunal" in str(events[0]["location"])
    assert "Fresno" in str(events[0]["location"])
    assert "Passport renewal" in str(events[0]["description"])
    assert "Consular identity card" in str(events[0]["description"])
    # The same visit exported again keeps its UIDs, so calendars update instead of duplicating.
    services.visits.registry.set_status(scene.visit.id, VisitStatus.CONFIRMED)
    services.visits.calendars.visit_ics(scene.visit.id, path)
    again = _events(path)
    assert [e["uid"] for e in again] == [e["uid"] for e in events]
    assert {e["status"] for e in again} == {"CONFIRMED"}
    # ...and a higher SEQUENCE, so the calendar replaces the event it has.
    assert {e["sequence"] for e in again} == {1}


def test_all_visits_calendar_marks_cancelled_visits(services: Services, scene: Scene, tmp_path: Path) -> None:
    services.visits.registry.set_status(scene.visit.id, VisitStatus.CANCELLED)
    path = tmp_path / "visits.ics"
    assert services.visits.calendars.visits_ics(path).events == 3
    status = {e["uid"]: e["status"] for e in _events(path)}
    assert status[f"visit-{scene.past.id}-{PAST:%Y%m%d}@diaspora-desk"] == "CONFIRMED"
    assert status[f"visit-{scene.visit.id}-20261205@diaspora-desk"] == "CANCELLED"
    assert "appointment" not in path.read_text(encoding="utf-8").lower()


def test_appointments_calendar_names_people_without_phones_and_is_audited(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    path = tmp_path / "appointments.ics"
    written = services.visits.calendars.appointments_ics(scene.visit.id, path)
    events = _events(path)
    booked = [e for e in events if str(e["uid"]).startswith("appointment-")]
    assert written.events == 2 + 5  # two visit days, four active bookings and the cancelled one
    assert len(booked) == 5
    cancelled = next(
        e for e in booked if e["uid"] == f"appointment-{scene.appointments['cancelled']}@diaspora-desk"
    )
    assert (cancelled["status"], cancelled["sequence"]) == ("CANCELLED", 1)  # calendars drop it
    greek = next(e for e in booked if GREEK in str(e["summary"]))
    assert greek["uid"] == f"appointment-{scene.appointments[GREEK]}@diaspora-desk"
    assert (greek["start"], greek["end"]) == (
        dt.datetime(2026, 12, 5, 9, 0, tzinfo=FRESNO),
        dt.datetime(2026, 12, 5, 9, 30, tzinfo=FRESNO),
    )
    assert (greek["status"], greek["sequence"]) == ("CONFIRMED", 0)
    assert "Current or expired passport" in str(greek["description"])
    raw = path.read_text(encoding="utf-8")
    assert "555" not in raw  # no phone numbers
    event = services.audit.history("mobile_visit", scene.visit.id)[-1]
    assert event.action == "export"
    assert json.loads(event.after or "{}")["export"] == "appointments_ics"


def test_an_unwritable_path_is_a_plain_error(services: Services, scene: Scene, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "visit.ics"
    with pytest.raises(KnownError, match="Cannot write"):
        services.visits.calendars.visit_ics(scene.visit.id, missing)
    assert not missing.parent.exists()
    with pytest.raises(KnownError, match="Cannot write"):
        services.visits.calendars.appointments_ics(scene.visit.id, missing)
    exports = [e for e in services.audit.history("mobile_visit", scene.visit.id) if e.action == "export"]
    assert exports == []  # nothing written, nothing exported
