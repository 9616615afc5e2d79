"""Preparing a campaign's send: the SMS file and e-mail drafts per language, and the delivery log."""

from __future__ import annotations

import csv
import email
import email.policy
from pathlib import Path

import pytest

from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


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


def _clubs(services: Services) -> tuple[int, int, int]:
    """Three generated associations in the US: a club with a phone and an e-mail, a workers'
    group with an e-mail only, and an archived one with a phone."""
    from diaspora_desk.domain.association import AssociationDraft

    registry = services.associations.registry
    club = registry.create(
        AssociationDraft(
            name="Club Ejemplo",
            type="hometown",
            country="US",
            city="Fresno",
            phones=("+1 559 555 0190",),
            emails=("club@example.org",),
            languages=("es",),
        )
    ).id
    workers = registry.create(
        AssociationDraft(name="Trabajadores Ejemplo", type="workers", country="US", emails=("w@example.org",))
    ).id
    gone = registry.create(AssociationDraft(name="Old Club", country="US", phones=("+1 559 555 0191",))).id
    registry.set_archived(gone, True)
    return club, workers, gone


def test_associations_are_recipients_through_their_own_contacts(
    services: Services, cast: Cast, tmp_path: Path
) -> None:
    import dataclasses

    from diaspora_desk.domain.campaigns import Segment

    club, workers, _gone = _clubs(services)
    record = services.campaigns.registry.get(cast.campaign)
    segment = Segment(countries=("US",), include_associations=True)
    services.campaigns.registry.update(cast.campaign, dataclasses.replace(record.draft(), segment=segment))
    count = services.campaigns.audience.campaign_count(cast.campaign)
    assert count.associations == 2  # the archived one is not in the segment
    assert count.associations_without_contact == {CampaignChannel.SMS: 1, CampaignChannel.EMAIL: 0}
    assert count.associations_reachable == {CampaignChannel.SMS: 1, CampaignChannel.EMAIL: 2}
    assert count.reachable == {CampaignChannel.SMS: 2, CampaignChannel.EMAIL: 2}  # people unchanged
    out = tmp_path / "sms.csv"
    written = services.campaigns.delivery.sms_csv(cast.campaign, out)
    rows = _rows(out)
    assert (written.recipients, written.associations) == (3, 1)
    club_row = next(r for r in rows if r["association_id"])
    assert club_row == {
        "phone_e164": "+15595550190",
        "message": "Hola Club Ejemplo: día de la diáspora en Community centre.",
        "person_id": "",
        "language": "es",
        "encoding": "UCS-2",
        "segments": "1",
        "association_id": str(club),
    }
    drafts = services.campaigns.delivery.email_drafts(cast.campaign, tmp_path / "mail")
    assert drafts.associations == 2
    log = services.campaigns.delivery.log(cast.campaign)
    assert [(e.channel, e.recipients, e.associations) for e in log] == [
        (CampaignChannel.EMAIL, 4, 2),
        (CampaignChannel.SMS, 3, 1),
    ]
    assert (tmp_path / "mail" / f"A{workers:07d}.eml").exists()
    typed = dataclasses.replace(segment, association_types=("workers",))
    services.campaigns.registry.update(cast.campaign, dataclasses.replace(record.draft(), segment=typed))
    assert services.campaigns.audience.campaign_count(cast.campaign).associations == 1
