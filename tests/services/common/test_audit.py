"""The audit trail: who did what to which record, with the values before and after, when."""

from __future__ import annotations

import datetime as dt
import json

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.common.audit import Auditor, snapshot
from diaspora_desk.services.composition import Services
from tests.conftest import NOW


def test_a_change_is_recorded_with_the_officer_and_the_values_before_and_after(services: Services) -> None:
    created = services.associations.registry.create(AssociationDraft(name="Club Xelajú", country="US"))
    services.associations.registry.update(created.id, AssociationDraft(name="Club Xela", country="US"))
    history = services.audit.history("association", created.id)
    assert [e.action for e in history] == ["create", "update"]
    assert {e.officer for e in history} == {"Test Officer"}
    assert json.loads(history[1].before or "{}")["name"] == "Club Xelajú"
    assert json.loads(history[1].after or "{}")["name"] == "Club Xela"
    assert services.audit.recent(1)[0].id == history[-1].id


def test_a_persons_history_follows_the_records_merged_into_them(services: Services) -> None:
    keep = services.people.registry.create(PersonDraft(given_name="Ana", family_name="Yax", country="US"))
    other = services.people.registry.create(PersonDraft(given_name="Ana M.", family_name="Yax", country="US"))
    services.people.duplicates.merge(keep.id, other.id)
    history = services.audit.person_history(keep.id)
    assert {e.entity_id for e in history} == {str(keep.id), str(other.id)}
    assert [e.action for e in history if e.entity_id == str(keep.id)][-1] == "merge"
    assert services.audit.history("person", 999) == []


def test_an_auditor_stamps_events_with_its_clock_and_officer(services: Services) -> None:
    auditor = Auditor("report", lambda: "", services.clock)
    with services.database.unit_of_work(write=True) as uow:
        auditor.record(uow.session, AuditAction.EXPORT, 7, after={"on": dt.date(2026, 12, 5), "ids": {3, 1}})
        uow.commit()
    (event,) = services.audit.history("report", 7)
    assert event.at == NOW
    assert event.officer == "(unknown officer)"
    assert json.loads(event.after or "{}") == {"on": "2026-12-05", "ids": [1, 3]}


def test_snapshots_are_stable_json_that_keeps_any_script() -> None:
    assert snapshot(None) is None
    assert snapshot({"b": "Ελένη", "a": AuditAction.CREATE}) == '{"a": "create", "b": "Ελένη"}'
