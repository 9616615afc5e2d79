"""Skills aggregates: counts per occupation group, small cells shown as <5."""

from __future__ import annotations

from diaspora_desk.services.composition import Services
from tests.services.people.skilled import nurse


def test_skills_summary_suppresses_small_cells(services: Services) -> None:
    for n in range(6):
        nurse(services, f"Nurse{n}", consent=True)
    nurse(services, "Engineer", consent=True, code="2142")
    summary = services.people.statistics.summary(services.clock.today())
    cells = {c.key: c for c in summary.by_isco_sub_major}
    assert cells["22"].shown == "6"
    assert cells["21"].shown == "<5"


def test_people_without_consent_to_the_inventory_are_not_counted(services: Services) -> None:
    for n in range(5):
        nurse(services, f"Nurse{n}", consent=True)
    for n in range(3):
        nurse(services, f"Private{n}", consent=False)
    cells = {c.key: c for c in services.people.statistics.summary(services.clock.today()).by_isco_sub_major}
    assert cells["22"].shown == "5"
