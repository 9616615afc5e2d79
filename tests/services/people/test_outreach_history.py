"""What outreach reached one person: their own record lists it (an access request covers it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diaspora_desk.domain.outreach_events import EventDraft, EventKind, RegistrationStatus
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import build_cast
from tests.services.campaigns.poll_files import YES_NO
from tests.services.campaigns.poll_files import reply_file as _replies


def test_messages_replies_and_events_of_a_person(services: Services, tmp_path: Path) -> None:
    cast = build_cast(services)
    services.campaigns.delivery.sms_csv(cast.campaign, tmp_path / "sms.csv")
    services.campaigns.polls.set_questions(cast.campaign, (YES_NO,))
    services.campaigns.polls.import_replies(
        cast.campaign, _replies(tmp_path / "r.csv", [("+15595550101", "sí", "2026-11-20 10:00")])
    )
    event = services.campaigns.events.create(
        EventDraft(
            title="Summer school",
            kind=EventKind.SUMMER_SCHOOL,
            country="US",
            city="Fresno",
            starts_on=dt.date(2027, 7, 1),
            ends_on=dt.date(2027, 7, 5),
        )
    )
    services.campaigns.events.register(event.id, cast.ana)
    services.campaigns.events.set_status(event.id, cast.ana, RegistrationStatus.ATTENDED)

    outreach = services.people.reports.outreach(cast.ana)
    assert [(m.campaign_title, m.channel, m.language) for m in outreach.messages] == [
        ("Diaspora day invitation", "sms", "es")
    ]
    assert [(r.received_on, r.status) for r in outreach.replies] == [(dt.date(2026, 11, 20), "answered")]
    assert [(e.title, e.status) for e in outreach.events] == [("Summer school", "attended")]
    assert outreach.campaigns == ((cast.campaign, "Diaspora day invitation"),)
    # Someone the campaign never reached has nothing listed.
    assert services.people.reports.outreach(cast.rosa).campaigns == ()
