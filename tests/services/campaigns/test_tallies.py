"""Poll results: each person's latest answer counts once; small cells are suppressed."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import make_person
from tests.services.campaigns.poll_files import TOPIC, YES_NO, reply_file


def test_latest_reply_counts_and_small_cells_are_suppressed(services: Services, tmp_path: Path) -> None:
    from diaspora_desk.domain.campaigns import CampaignDraft

    campaign = services.campaigns.registry.create(CampaignDraft(title="Poll")).id
    services.campaigns.polls.set_questions(campaign, (YES_NO, TOPIC))
    rows = []
    for i in range(8):
        phone = f"+1 559 555 02{i:02d}"
        make_person(
            services, f"P{i}", city="Fresno", phones=(phone,), preferred_language="es" if i < 6 else "en"
        )
        rows.append((phone, "2 1", "2026-11-20 10:00"))  # first: no, remittances
        rows.append((phone, "1 papeles" if i < 6 else "yes 3", "2026-11-21 10:00"))  # latest counts
    result = services.campaigns.polls.import_replies(campaign, reply_file(tmp_path / "r.csv", rows))
    assert result.matched == 16
    results = services.campaigns.tallies.results(campaign)
    assert results.respondents is None  # question 2 hides a count: 8 respondents would reveal it
    first, second = results.questions
    assert first.overall.denominator == 8
    assert first.overall.answers["1"].count == 8
    assert first.overall.answers["1"].percent == 100.0
    assert first.overall.answers["2"].count == 0  # zero singles out nobody
    assert second.overall.answers["2"].count == 6
    assert second.overall.answers["3"].count is None
    # 8 answered, 6 and 0 shown: the exact 8 or a share (75%) would give the hidden 2 away.
    assert second.overall.denominator is None
    assert second.overall.denominator_shown == "7–10"
    assert {c.percent for c in second.overall.answers.values()} == {None}
    english = next(b for b in second.by_language if b.group == "en")
    assert english.denominator is None
    assert [b.group for b in second.by_country] == ["US"]
