"""Needs and placements a page at a time, sorted in SQL with ties broken by id."""

from __future__ import annotations

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import NeedQuery, NeedSort, PlacementQuery, PlacementSort
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft


def _need(services: Services, title: str, institution: str) -> int:
    draft = NeedDraft(institution=institution, title=title, isco_codes=("2221",), mode="virtual")
    return services.people.needs.create(draft).id


def test_needs_page_newest_first_then_by_any_column(services: Services) -> None:
    ids = [_need(services, t, i) for t, i in (("B", "Zeta"), ("A", "Alfa"), ("C", "Alfa"))]
    lists = services.people.need_lists
    assert lists.count_needs(NeedQuery()) == 3
    assert [n.id for n in lists.needs_page(NeedQuery(), 0, 10)] == ids[::-1]
    assert [n.title for n in lists.needs_page(NeedQuery(sort=NeedSort.TITLE, descending=False), 1, 2)] == [
        "B",
        "C",
    ]
    by_institution = lists.needs_page(NeedQuery(sort=NeedSort.INSTITUTION, descending=False), 0, 10)
    assert [n.title for n in by_institution] == ["A", "C", "B"]
    assert by_institution[0].isco_codes == ("2221",)


def test_placements_page_carries_names_status_and_practices(services: Services) -> None:
    need_id = _need(services, "Nurses", "Hospital")
    other_need = _need(services, "Welders", "Polytechnic")
    people = []
    for given in ("Zoila", "Ana"):
        person = services.people.registry.create(
            PersonDraft(given_name=given, family_name="Tun", country="US")
        )
        services.people.consent.set_consent(person.id, ConsentPurpose.SHARING_FOR_MATCHING, True, how="form")
        people.append(person.id)
    first = services.people.needs.propose(need_id, people[0])
    services.people.needs.propose(need_id, people[1])
    services.people.needs.propose(other_need, people[1])
    practice = services.practices.tree()[0].id
    services.people.needs.update_placement(
        first.id,
        status=PlacementStatus.ACCEPTED,
        outcome_notes="trained 12",
        practice_ids=(practice,),
    )
    lists = services.people.need_lists
    assert lists.count_placements(PlacementQuery(need_id=need_id)) == 2
    assert lists.count_placements(PlacementQuery()) == 0
    rows = lists.placements_page(PlacementQuery(need_id=need_id, sort=PlacementSort.PERSON), 0, 10)
    assert [p.person_name for p in rows] == ["Ana Tun", "Zoila Tun"]
    assert rows[1].status is PlacementStatus.ACCEPTED
    assert rows[1].outcome_notes == "trained 12"
    assert rows[1].practice_ids == (practice,)
    assert rows[1] == services.people.needs.placements(need_id)[0]
