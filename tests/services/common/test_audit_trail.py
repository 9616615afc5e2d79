"""The audit trail read back: filtered and paged in SQL, newest first; its export is itself audited."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from diaspora_desk.domain.audit_query import AuditQuery
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services


def _people(services: Services, n: int = 3) -> list[int]:
    return [
        services.people.registry.create(PersonDraft(given_name=f"Gen{i}", family_name="Zed", country="US")).id
        for i in range(n)
    ]


def test_events_are_filtered_and_paged_newest_first(services: Services) -> None:
    ids = _people(services)
    trail = services.trust.trail
    created = AuditQuery(action="create", entity_type="person")
    assert trail.count(created) == 3
    newest, middle = trail.page(created, 0, 2)
    assert (newest.entity_id, middle.entity_id) == (str(ids[2]), str(ids[1]))
    (oldest,) = trail.page(created, 2, 2)
    assert oldest.entity_id == str(ids[0])
    assert trail.count(AuditQuery(entity_type="person", entity_id=str(ids[1]))) >= 1
    assert "Test Officer" in trail.officers()


def test_a_period_holds_both_its_days(services: Services) -> None:
    _people(services, 1)
    trail = services.trust.trail
    (event,) = trail.page(AuditQuery(action="create", entity_type="person"), 0, 5)
    day = event.at.date()
    assert trail.count(AuditQuery(action="create", entity_type="person", start=day, end=day)) == 1
    after = day + dt.timedelta(days=1)
    assert trail.count(AuditQuery(action="create", entity_type="person", start=after)) == 0


def test_a_filter_that_cannot_hold_is_named(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.trust.trail.count(AuditQuery(action="fly"))
    assert "action" in caught.value.errors


def test_the_export_writes_the_events_oldest_first_and_is_audited(services: Services, tmp_path: Path) -> None:
    ids = _people(services)
    trail = services.trust.trail
    target = tmp_path / "audit.csv"
    assert trail.export_csv(AuditQuery(action="create", entity_type="person"), target) == 3
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["record_id"] for row in rows] == [str(i) for i in ids]
    assert all(row["chain_hash"] for row in rows)
    (viewed,) = trail.page(AuditQuery(action="view_audit"), 0, 5)
    assert viewed.entity_id == "audit.csv"


def test_the_export_is_a_csv_file_only(services: Services, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match=r"\.csv file"):
        services.trust.trail.export_csv(AuditQuery(), tmp_path / "audit.xlsx")
    assert services.trust.trail.count(AuditQuery(action="view_audit")) == 0
