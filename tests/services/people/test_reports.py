"""The people reports' data: the person record is everything held on the person, read at once."""

from __future__ import annotations

from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from tests.services.people.skilled import nurse


def _need(services: Services, institution: str) -> int:
    draft = NeedDraft(institution=institution, title="Nurse trainer", isco_codes=("2221",), mode="virtual")
    return services.people.needs.create(draft).id


def test_the_person_record_holds_placements_history_and_legal_status(services: Services) -> None:
    person = nurse(services, "Ixchel", consent=True)
    services.people.consent.set_legal_status(person, "work permit")
    need = _need(services, "Hospital Roosevelt")
    placement = services.people.needs.propose(need, person)
    services.people.needs.update_placement(placement.id, status=PlacementStatus.ACCEPTED)
    data = services.people.reports.person(person)
    assert data.person.given_name == "Ixchel"
    assert data.legal_status == "work permit"
    assert [(p.need_id, p.status) for p in data.placements] == [(need, PlacementStatus.ACCEPTED)]
    assert data.need_titles == {need: "Nurse trainer (Hospital Roosevelt)"}
    assert data.isco_labels["2221"] == "Nursing professionals"
    assert data.header.consulate is not None
    assert data.header.consulate.name == "Test Consulate"
    # The record shows its own reading: the look at the legal status is in its history.
    assert data.history[-1].action == "view_sensitive"


def test_the_shortlist_lists_consenting_candidates_for_the_need(services: Services) -> None:
    ixchel = nurse(services, "Ixchel", consent=True)
    nurse(services, "Private", consent=False)
    data = services.people.reports.shortlist(_need(services, "Hospital Roosevelt"))
    assert data.need.institution == "Hospital Roosevelt"
    assert [c.person_id for c in data.shortlist.candidates] == [ixchel]
    assert data.shortlist.without_consent == 1


def test_the_skills_report_counts_people_who_consented(services: Services) -> None:
    for n in range(5):
        nurse(services, f"Nurse{n}", consent=True)
    cells = {c.key: c.shown for c in services.people.reports.skills().summary.by_isco_sub_major}
    assert cells == {"22": "5"}
