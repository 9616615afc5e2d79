"""The demo's campaign 1 has a poll with replies, with or without generated people."""

from __future__ import annotations

from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.visits import build_full_demo


def test_campaign_one_has_a_poll_with_replies(services: Services) -> None:
    build_full_demo(services, associations=20, people=400, seed=2)
    poll = services.campaigns.polls.questions(1)
    assert len(poll) == 2
    results = services.campaigns.tallies.results(1)
    assert results.respondents is None or results.respondents >= 5
    assert results.in_review >= 3  # numbers nobody has, and replies nobody can read
    assert results.questions[0].overall.denominator
    event = services.campaigns.events.all(campaign_id=1)[0]
    assert event.registered > 0


def test_campaign_one_has_a_poll_without_people(services: Services) -> None:
    build_full_demo(services, associations=10, people=0, seed=1)
    assert len(services.campaigns.polls.questions(1)) == 2
    assert services.campaigns.polls.review_count(1) == 3
