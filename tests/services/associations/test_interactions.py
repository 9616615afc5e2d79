"""An association's log, counted and paged in SQL: newest first, equal dates in a stable order."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.associations.interactions import (
    InteractionDraft,
    InteractionQuery,
    InteractionSort,
)
from diaspora_desk.services.composition import Services


def _add(services: Services, association_id: int, day: int, kind: str, summary: str) -> int:
    draft = InteractionDraft(occurred_on=dt.date(2026, 10, day), kind=kind, officer="", summary=summary)
    return services.associations.interactions.add(association_id, draft).id


def test_the_log_pages_newest_first_and_only_holds_its_association(services: Services) -> None:
    registry = services.associations.registry
    uno = registry.create(AssociationDraft(name="Club Uno", country="US"))
    dos = registry.create(AssociationDraft(name="Club Dos", country="US"))
    _add(services, uno.id, 3, "call", "third")
    _add(services, uno.id, 1, "visit", "first")
    _add(services, dos.id, 2, "call", "elsewhere")
    _add(services, uno.id, 3, "meeting", "third, later")
    interactions = services.associations.interactions
    query = InteractionQuery(association_id=uno.id)

    assert interactions.count(query) == 3
    assert [e.summary for e in interactions.page(query, 0, 2)] == ["third, later", "third"]
    assert [e.summary for e in interactions.page(query, 2, 2)] == ["first"]
    oldest_first = InteractionQuery(association_id=uno.id, descending=False)
    assert [e.summary for e in interactions.page(oldest_first, 0, 3)] == ["first", "third", "third, later"]
    by_kind = InteractionQuery(association_id=uno.id, sort=InteractionSort.KIND, descending=False)
    assert [e.kind.value for e in interactions.page(by_kind, 0, 3)] == ["call", "meeting", "visit"]
    assert {e.association_name for e in interactions.page(query, 0, 3)} == {"Club Uno"}
