"""What an audit event keeps of the records and details it is given: ids, counts, kinds and
the names of the fields, never a person's values (so erasing a person never rewrites history).

Pure: used by the services that write events and by migration 0009, which redacts the events
written before it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json

# Text values the audit keeps: what kind of act it was, never what a person's record holds.
SAFE_TEXT = frozenset(
    {
        "action", "channel", "decision", "field", "file", "format", "kind", "page_size", "purpose",
        "reason", "report", "source", "status", "language", "second_officer", "export", "how", "day", "role",
    }
)  # fmt: skip
# Whole numbers are counts and ids, kept; keys with these words name numbers about a person,
# withheld (unless the key ends in "rows" or "count").
PERSONAL_NUMBERS = ("year", "age", "generation", "level", "estimate", "phone", "born", "postcode")


def _is_id(key: str) -> bool:
    return key == "id" or key.endswith(("_id", "_ids"))


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def _empty(value: object) -> bool:
    return (
        value is None
        or value == ""
        or (isinstance(value, tuple | list | set | frozenset | dict) and not value)
    )


def _kept(key: str, value: object) -> object | None:
    """``value`` when the audit may hold it under ``key`` (ids, counts, kinds), else None."""
    if isinstance(value, enum.Enum) and key in SAFE_TEXT:
        return str(value.value)
    if isinstance(value, dt.date) and key in SAFE_TEXT:
        return value.isoformat()
    if isinstance(value, bool):
        return value if key.startswith("include_") or key in SAFE_TEXT else None
    words = key.split("_")
    if isinstance(value, int) and (words[-1] in ("rows", "count") or not set(words) & set(PERSONAL_NUMBERS)):
        return value
    if isinstance(value, str) and (key in SAFE_TEXT or (_is_id(key) and value.isdigit())):
        return value
    if isinstance(value, list | tuple | frozenset | set) and _is_id(key):
        ids = [v for v in value if isinstance(v, int)]
        return sorted(ids) if len(ids) == len(value) else None
    return None


def redact(value: object) -> object:
    """What the audit keeps of a record or details: ids, counts, kinds and the names of the
    fields that hold something, never a person's values (so erasing a person leaves history)."""
    value = _plain(value)
    if not isinstance(value, dict):
        return {"value": "withheld"} if not _empty(value) else None
    kept: dict[str, object] = {}
    fields: list[str] = []
    for key, item in value.items():
        item = _plain(item)
        if (safe := _kept(str(key), item)) is not None:
            kept[str(key)] = safe
        elif isinstance(item, dict):
            kept[str(key)] = redact(item)
        elif not _empty(item):
            fields.append(str(key))
    if fields:
        kept["fields"] = sorted(fields)
    return kept


def changed_fields(before: object, after: object) -> list[str]:
    """The names of the fields whose values differ between two records (or dicts)."""
    old, new = _plain(before), _plain(after)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    return sorted(str(k) for k in old.keys() | new.keys() if old.get(k) != new.get(k))


def snapshot(record: object | None) -> str | None:
    """JSON of what the audit keeps of a record or details (see `redact`)."""
    if record is None:
        return None
    return json.dumps(redact(record), ensure_ascii=False, sort_keys=True)


def audit_columns(before: object | None, after: object | None) -> tuple[str | None, str | None]:
    """The before/after columns of an event: redacted, and for a change the fields it changed."""
    if before is not None and after is not None:
        changed = changed_fields(before, after)
        if changed:
            data = redact(after)
            shown = data if isinstance(data, dict) else {}
            shown["changed"] = changed
            return snapshot(before), json.dumps(shown, ensure_ascii=False, sort_keys=True)
    return snapshot(before), snapshot(after)


def redact_stored(text: str | None) -> str | None:
    """A before/after column as older versions wrote it (whole records), redacted."""
    if not text:
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return json.dumps({"value": "withheld"})
    return json.dumps(redact(data), ensure_ascii=False, sort_keys=True) if data is not None else None
