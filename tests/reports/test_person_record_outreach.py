"""The person record lists the campaigns, messages and events the person was part of, and the
postal address, all read in the one audited transaction."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from pypdf import PdfReader

from diaspora_desk.domain.outreach_events import EventDraft, EventKind
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.reports.catalogue import ReportKind, render_report
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import build_cast


def test_person_record_lists_outreach_in_one_transaction(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cast = build_cast(services)
    services.campaigns.delivery.sms_csv(cast.campaign, tmp_path / "sms.csv")
    event = services.campaigns.events.create(
        EventDraft(
            title="Business forum",
            kind=EventKind.BUSINESS_FORUM,
            country="US",
            city="Fresno",
            starts_on=dt.date(2027, 2, 1),
            ends_on=dt.date(2027, 2, 1),
        )
    )
    services.campaigns.events.register(event.id, cast.ana)
    opened: list[bool] = []
    original = services.database.unit_of_work

    def counting(*, write: bool = False) -> AbstractContextManager[object]:
        opened.append(write)
        return original(write=write)

    monkeypatch.setattr(services.database, "unit_of_work", counting)
    rendered = render_report(services, ReportKind.PERSON, cast.ana, tmp_path / "ana.pdf")
    assert opened == [True]
    text = "\n".join(page.extract_text() for page in PdfReader(rendered.path).pages)
    assert "Campaigns, messages and events" in text
    assert "Diaspora day invitation — Text message (SMS) (Spanish)" in text
    assert "Business forum, Fresno — Business forum; Registered" in text


def test_person_record_prints_the_postal_address(services: Services, tmp_path: Path) -> None:
    person = services.people.registry.create(
        PersonDraft(
            given_name="Lucía",
            family_name="Ajanel",
            country="US",
            city="Fresno",
            address="1200 Van Ness Ave\nApt 4",
            postal_code="93721",
            region="California",
        )
    )
    rendered = render_report(services, ReportKind.PERSON, person.id, tmp_path / "p.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(rendered.path).pages)
    assert "Postal address" in text
    assert "1200 Van Ness Ave" in text
    assert "93721" in text
    assert "California" in text
