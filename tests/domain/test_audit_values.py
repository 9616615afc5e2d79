"""What an audit event keeps: ids, counts, kinds and field names; never a person's values."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.audit_values import SAFE_TEXT, audit_columns, changed_fields, redact, redact_stored


@dataclass(frozen=True)
class _Person:
    id: int
    given_name: str
    birth_year: int | None
    phones: tuple[str, ...]
    archived_at: dt.datetime | None


def test_a_record_keeps_its_id_and_the_names_of_its_filled_fields() -> None:
    person = _Person(7, "Quivexo", 1981, ("+15595550100",), None)
    assert redact(person) == {"id": 7, "fields": ["birth_year", "given_name", "phones"]}


def test_details_keep_counts_kinds_and_files() -> None:
    details = {"file": "out.csv", "rows": 12, "include_sensitive": True, "reason": "asked", "note": "Quivexo"}
    assert redact(details) == {
        "file": "out.csv",
        "rows": 12,
        "include_sensitive": True,
        "reason": "asked",
        "fields": ["note"],
    }


def test_a_change_names_the_fields_it_changed() -> None:
    before = _Person(7, "Quivexo", 1981, (), None)
    after = _Person(7, "Lomira", 1981, (), dt.datetime(2026, 1, 1))
    assert changed_fields(before, after) == ["archived_at", "given_name"]
    old, new = audit_columns(before, after)
    assert "Quivexo" not in (old or "")
    assert json.loads(new or "{}")["changed"] == ["archived_at", "given_name"]


def test_events_written_by_older_versions_are_redacted() -> None:
    old = json.dumps({"name": "Asociación Uno", "phones": ["+12135550100"], "id": 3})
    assert json.loads(redact_stored(old) or "{}") == {"id": 3, "fields": ["name", "phones"]}
    assert redact_stored(None) is None
    assert redact_stored("not json") == '{"value": "withheld"}'


_KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).filter(
    lambda k: k not in SAFE_TEXT
)


@given(st.dictionaries(_KEYS, st.text(min_size=4, max_size=30), max_size=6))
def test_no_text_value_survives_outside_the_kinds_it_may_keep(values: dict[str, str]) -> None:
    kept = json.dumps(redact(values), ensure_ascii=False)
    for key, value in values.items():
        if not ((key == "id" or key.endswith(("_id", "_ids"))) and value.isdigit()):
            # Field names are kept (under "fields"), so a value that is also a key may show.
            assert f'"{value}"' not in kept or value in (*values, "fields")
