"""Events: registrations within capacity; the attendance list only with a reason, audited."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.outreach_events import EventDraft, EventKind, RegistrationStatus
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast

DAY = dt.date(2026, 12, 12)


def _event(services: Services, cast: Cast, capacity: int | None = 2) -> int:
    return services.campaigns.events.create(
        EventDraft(
            title="Diaspora day in Fresno",
            kind=EventKind.DIASPORA_DAY,
            country="us",
            city="Fresno",
            starts_on=DAY,
            ends_on=DAY,
            capacity=capacity,
            campaign_id=cast.campaign,
            practice_ids=(services.practices.all()[0].id,),
        )
    ).id


def test_registration_respects_capacity(services: Services, cast: Cast) -> None:
    event = _event(services, cast)
    services.campaigns.events.register(event, cast.ana)
    services.campaigns.events.register(event, cast.ana)  # twice is once
    record = services.campaigns.events.register(event, cast.ken)
    assert record.registered == 2
    assert record.country == "US"
    with pytest.raises(ValidationError, match="full"):
        services.campaigns.events.register(event, cast.luc)
    record = services.campaigns.events.set_status(event, cast.ken, RegistrationStatus.CANCELLED)
    assert record.registered == 1
    record = services.campaigns.events.set_status(event, cast.ana, RegistrationStatus.ATTENDED)
    assert (record.registered, record.attended) == (1, 1)
    assert [e.id for e in services.campaigns.events.all(campaign_id=cast.campaign)] == [event]


def test_attendance_needs_a_reason_and_every_look_is_audited(
    services: Services, cast: Cast, tmp_path: Path
) -> None:
    event = _event(services, cast, capacity=None)
    services.campaigns.events.register(event, cast.ana)
    with pytest.raises(ValidationError):
        services.campaigns.events.attendance(event, "")
    with pytest.raises(ValidationError) as caught:  # refused, never cut
        services.campaigns.events.attendance(event, "certificates " * 20)
    assert caught.value.errors == {"reason": "is longer than 200 characters"}
    people = services.campaigns.events.attendance(event, "certificates of attendance")
    assert [(p.person_id, p.name, p.city) for p in people] == [(cast.ana, "Ana Ejemplo", "Fresno")]
    out = tmp_path / "attendance.csv"
    assert services.campaigns.events.export_attendance(event, out, "follow-up calls") == 1
    with out.open(encoding="utf-8-sig") as handle:
        assert [r["name"] for r in csv.DictReader(handle)] == ["Ana Ejemplo"]
    events = services.audit.history("outreach_event", event)
    sensitive = [e for e in events if e.action in ("view_sensitive", "export")]
    assert len(sensitive) == 2
    assert all("reason" in (e.after or "") for e in sensitive)
    # Registration is audited as a count, so the trail does not rebuild the list.
    assert all("Ana" not in (e.after or "") for e in events)
    assert services.campaigns.events.events_of_person(cast.ana)[0][2] is RegistrationStatus.REGISTERED


def test_event_validation(services: Services, cast: Cast) -> None:
    with pytest.raises(ValidationError) as caught:
        services.campaigns.events.create(
            EventDraft(
                title="",
                kind=EventKind.OTHER,
                country="XYZ",
                city="",
                starts_on=DAY,
                ends_on=DAY - dt.timedelta(days=1),
            )
        )
    assert set(caught.value.errors) == {"title", "country", "city", "ends_on"}
