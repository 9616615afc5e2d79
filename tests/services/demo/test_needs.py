"""The demo's needs at home."""

from __future__ import annotations

from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.needs import build_demo_needs


def test_the_demo_needs_are_open_home_country_needs(services: Services) -> None:
    made = build_demo_needs(services)
    needs = services.people.needs.all()
    assert made == len(needs) > 0
    assert all(n.status == "open" and n.isco_codes for n in needs)
