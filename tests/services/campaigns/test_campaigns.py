"""Campaigns end to end: create with practices, the audience and who is left out, messages,
SMS cost, delivery files and their log."""

from __future__ import annotations

import csv
import dataclasses
import email
import email.policy
from pathlib import Path

import pytest

from diaspora_desk.domain.campaign_messages import MessageDraft
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, CampaignStatus, Radius, Segment
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import KnownError, NotFoundError, ValidationError
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast, make_person


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_create_with_practices_is_audited_and_listed(services: Services) -> None:
    practice = services.practices.all()[0].id
    record = services.campaigns.registry.create(
        CampaignDraft(
            title="  Remittance  information ",
            practice_ids=(practice,),
            channels=(CampaignChannel.SMS, CampaignChannel.RADIO_TV),
            budget=1500,
            currency="usd",
        )
    )
    assert record.title == "Remittance information"
    assert record.practice_ids == (practice,)
    assert record.currency == "USD"
    assert record.owner == "Test Officer"  # the officer owns what they create unless told otherwise
    assert [e.action for e in services.audit.history("campaign", record.id)] == [AuditAction.CREATE.value]
    page = services.campaigns.registry.page(0, 10)
    assert [s.title for s in page] == ["Remittance information"]
    assert services.campaigns.registry.count(text="remit") == 1
    assert services.campaigns.registry.count(status=CampaignStatus.DONE) == 0


def test_invalid_campaign_names_each_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.campaigns.registry.create(
            CampaignDraft(
                title=" ",
                currency="dollars",
                status=CampaignStatus.SCHEDULED,
                segment=Segment(countries=("USA",), min_age=60, max_age=20),
            )
        )
    assert set(caught.value.errors) == {
        "title",
        "currency",
        "channels",
        "segment.countries",
        "segment.max_age",
    }
    with pytest.raises(ValidationError, match="unknown practice"):
        services.campaigns.registry.create(CampaignDraft(title="x", practice_ids=("no-such",)))
    with pytest.raises(NotFoundError):
        services.campaigns.registry.get(99)


def test_audience_counts_who_is_left_out_and_why(services: Services, cast: Cast) -> None:
    count = services.campaigns.audience.campaign_count(cast.campaign)
    # US: Ana, Luc, Ken (consent), Rosa (never consented), Omar (withdrew); Mía lives in Mexico.
    assert count.matching == 5
    assert (count.consenting, count.no_consent, count.opted_out) == (3, 1, 1)
    assert count.without_contact == {CampaignChannel.SMS: 1, CampaignChannel.EMAIL: 1}  # Luc, Ken
    assert count.reachable == {CampaignChannel.SMS: 2, CampaignChannel.EMAIL: 2}
    letters = services.campaigns.audience.count(Segment(countries=("US",)), (CampaignChannel.LETTER,))
    assert letters.reachable == {CampaignChannel.LETTER: 1}  # only Ken has a postal address


def test_segment_criteria_narrow_the_count(services: Services, cast: Cast) -> None:
    count = services.campaigns.audience.count
    assert count(Segment()).matching == 6
    assert count(Segment(cities=("FRESNO",))).matching == 4
    assert count(Segment(languages=("fr",))).matching == 1
    assert count(Segment(countries=("mx",))).matching == 1
    # From Los Angeles, Tijuana lies about 210 km away and Fresno about 320 km.
    los_angeles = Radius(34.05, -118.24, 100)
    assert count(Segment(radius=los_angeles)).matching == 1
    assert count(Segment(radius=dataclasses.replace(los_angeles, km=250))).matching == 2
    assert count(Segment(radius=dataclasses.replace(los_angeles, km=400))).matching == 6
    archived = make_person(services, "Zoe", city="Fresno", phones=("+1 559 555 0199",))
    services.people.registry.set_archived(archived, True)
    assert count(Segment(cities=("Fresno",))).matching == 4
    with pytest.raises(ValidationError):
        count(Segment(isco_codes=("2a",)))


def test_opt_out_wins_over_a_matching_segment(services: Services, cast: Cast) -> None:
    recipients = services.campaigns.delivery.prepare(cast.campaign, CampaignChannel.SMS)[1]
    assert cast.omar not in {p.recipient.person_id for p in recipients}
    assert cast.rosa not in {p.recipient.person_id for p in recipients}


def test_messages_validate_placeholders_and_estimate_sms_cost(services: Services, cast: Cast) -> None:
    with pytest.raises(ValidationError, match=r"\{name\}"):
        services.campaigns.messages.set_message(cast.campaign, MessageDraft("es", "Hola {name}"))
    estimate = services.campaigns.messages.sms_estimate(cast.campaign)
    assert estimate.recipients == 2  # Ana (es) and Ken (en)
    assert estimate.segments == 2
    assert estimate.cost == pytest.approx(0.10)
    assert estimate.per_language["en"].encoding == "GSM-7"
    assert estimate.per_language["es"].encoding == "UCS-2"  # "í" is not in the GSM-7 alphabet
    # The euro sign is a GSM-7 extension character: two septets, 160 in all.
    assert services.campaigns.messages.preview("Ç" * 158 + "€") == ("GSM-7", 159, 1)
    assert services.campaigns.messages.preview("Ç" * 159 + "€") == ("GSM-7", 160, 2)
    assert services.campaigns.messages.preview("ą" * 71) == ("UCS-2", 71, 2)


def test_sms_file_is_personalised_per_language_and_logged(
    services: Services, cast: Cast, tmp_path: Path
) -> None:
    out = tmp_path / "sms.csv"
    written = services.campaigns.delivery.sms_csv(cast.campaign, out)
    rows = _rows(out)
    assert {r["phone_e164"]: r["message"] for r in rows} == {
        "+15595550101": "Hola Ana: día de la diáspora en Community centre.",
        "+12135550102": "Hello Ken: diaspora day at Community centre.",
    }
    assert written.recipients == 2
    assert written.segments == 2
    split = services.campaigns.delivery.sms_csv(cast.campaign, out, per_language=True)
    assert sorted(p.name for p in split.files) == ["sms-en.csv", "sms-es.csv"]
    assert [r["language"] for r in _rows(tmp_path / "sms-es.csv")] == ["es"]
    log = services.campaigns.delivery.log(cast.campaign)
    assert [(e.channel, e.recipients) for e in log] == [(CampaignChannel.SMS, 2)] * 2
    assert services.campaigns.delivery.recipients_of(log[0].id) == sorted([cast.ana, cast.ken])
    exports = [e for e in services.audit.history("campaign", cast.campaign) if e.action == "export"]
    assert len(exports) == 2


def test_email_drafts_use_the_fallback_language(services: Services, cast: Cast, tmp_path: Path) -> None:
    written = services.campaigns.delivery.email_drafts(
        cast.campaign, tmp_path / "mail", sender="consulate@example.org"
    )
    assert written.recipients == 2  # Ana (es) and Luc (fr, no French message: English fallback)
    merge = _rows(tmp_path / "mail" / "mail-merge.csv")
    assert {r["email"]: r["language"] for r in merge} == {"ana@example.org": "es", "luc@example.org": "en"}
    eml = tmp_path / "mail" / f"{cast.luc:07d}.eml"
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Luc Ejemplo <luc@example.org>"
    assert message["Subject"] == "Invitation"
    assert message["X-Unsent"] == "1"
    assert "Hello Luc" in message.get_body().get_content()  # type: ignore[union-attr]


def test_a_campaign_without_messages_prepares_nothing(services: Services, tmp_path: Path) -> None:
    campaign = services.campaigns.registry.create(CampaignDraft(title="Empty"))
    with pytest.raises(KnownError, match="no message"):
        services.campaigns.delivery.sms_csv(campaign.id, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
