"""Matching a need: consenting people ranked with the reasons for their score."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import Cefr
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from tests.services.people.skilled import nurse


def test_matching_ranks_consenting_people_with_reasons(services: Services) -> None:
    best = nurse(services, "Best", consent=True)
    weaker = nurse(services, "Weaker", consent=True, level=Cefr.B1)
    related = nurse(services, "Related", consent=True, code="2222")
    hidden = nurse(services, "Hidden", consent=False)
    need = services.people.needs.create(
        NeedDraft(
            institution="School",
            title="Nurse trainers",
            isco_codes=("2221",),
            mode="on_site_temporary",
            min_isced=6,
            languages=(("es", Cefr.B2),),
        )
    )
    shortlist = services.people.matching.match(need.id, top=10)
    ids = [c.person_id for c in shortlist.candidates]
    assert ids[0] == best
    assert set(ids) == {best, weaker, related}
    assert hidden not in ids
    assert shortlist.without_consent == 1
    for candidate in shortlist.candidates:
        assert candidate.score == pytest.approx(sum(c.points for c in candidate.criteria), abs=0.11)
        assert all(0 <= c.points <= c.maximum for c in candidate.criteria)
    by_id = {c.person_id: c for c in shortlist.candidates}
    assert by_id[related].criteria[0].detail == "same minor group"
    services.people.consent.set_consent(best, ConsentPurpose.SHARING_FOR_MATCHING, False)
    assert best not in [c.person_id for c in services.people.matching.match(need.id).candidates]
    with pytest.raises(ValidationError):
        services.people.needs.propose(need.id, best)
    placement = services.people.needs.propose(need.id, weaker)
    assert placement.status.value == "proposed"
