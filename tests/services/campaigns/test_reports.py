"""The campaign report's data: counts of people only, small cells suppressed, totals that never
give a suppressed cell away, practices by title, read in one transaction."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.domain.campaigns import CampaignDraft
from diaspora_desk.services.campaigns.reports import count_table
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast, make_person
from tests.services.campaigns.poll_files import YES_NO
from tests.services.campaigns.poll_files import reply_file as _replies


def _more_people(services: Services, n: int) -> list[int]:
    return [
        make_person(
            services, f"Extra{i}", city="Fresno", phones=(f"+1 559 555 03{i:02d}",), preferred_language="es"
        )
        for i in range(n)
    ]


def test_reach_by_channel_and_language_suppresses_small_cells(
    services: Services, cast: Cast, tmp_path: Path
) -> None:
    _more_people(services, 6)
    services.campaigns.delivery.sms_csv(cast.campaign, tmp_path / "sms.csv")
    data = services.campaigns.reports.campaign(cast.campaign)
    # Ana, Ken and the six others: consenting, in the US, with a phone.
    assert [(r.label, r.shown) for r in data.reach_by_channel.rows] == [("Text message (SMS)", "8")]
    assert [(r.label, r.shown) for r in data.reach_by_language.rows] == [("Spanish", "7"), ("English", "<5")]
    # 8 exactly would tell that English is 1: the total is a range that covers every value.
    assert data.reach_by_language.total == "8–11"
    assert data.reach_by_country.total == "8"
    assert data.deliveries == 1


def test_audience_parts_and_total_hide_small_counts(services: Services, cast: Cast) -> None:
    data = services.campaigns.reports.campaign(cast.campaign)
    audience = data.audience
    # In the US: Ana, Luc, Ken consent; Rosa never did; Omar opted out.
    assert (audience.consenting, audience.no_consent, audience.opted_out) == ("<5", "<5", "<5")
    channels = dict((label, (reachable, missing)) for label, reachable, missing in audience.by_channel)
    assert channels["Text message (SMS)"] == ("<5", "<5")


def test_reachable_is_a_range_when_the_left_out_count_is_hidden(services: Services, cast: Cast) -> None:
    _more_people(services, 8)  # consenting with phones, no e-mail
    data = services.campaigns.reports.campaign(cast.campaign)
    channels = dict((label, (reachable, missing)) for label, reachable, missing in data.audience.by_channel)
    # 11 consenting; 1 (Luc) has no phone: 10 reachable would give the 1 away.
    assert channels["Text message (SMS)"] == ("7–10", "<5")
    assert channels["E-mail"] == ("<5", "9")


def test_poll_opt_outs_and_practices_by_title(services: Services, cast: Cast, tmp_path: Path) -> None:
    practice = services.practices.all()[0]
    campaign = services.campaigns.registry.create(
        CampaignDraft(title="Consular days", practice_ids=(practice.id,))
    )
    assert [p.title for p in services.campaigns.reports.campaign(campaign.id).practices] == [practice.title]
    services.campaigns.polls.set_questions(cast.campaign, (YES_NO,))
    rows = [("+15595550101", "sí", "2026-11-20 10:00"), ("+1 213 555 0102", "STOP", "2026-11-20 10:01")]
    services.campaigns.polls.import_replies(cast.campaign, _replies(tmp_path / "r.csv", rows))
    data = services.campaigns.reports.campaign(cast.campaign)
    assert data.opt_outs == "<5"
    assert data.poll.questions[0].overall.answers["1"].count is None  # one person: hidden
    assert data.poll.questions[0].overall.denominator_shown == "x"


def test_count_table_totals() -> None:
    assert count_table([("a", 10), ("b", 20)]).total == "30"
    assert count_table([("a", 10), ("b", 3)]).total == "11–14"
    assert count_table([]).total == "0"
