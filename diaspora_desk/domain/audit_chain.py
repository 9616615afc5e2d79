"""The audit trail's hash chain: each event's hash covers the event and the hash before it.

Pure functions over the stored column values (as text, exactly as SQLite holds them), shared by
the unit of work that extends the chain, the migration that backfills it and ``db check``.
Editing, removing or inserting a row changes the hash of that row or of the row after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diaspora_desk.domain.errors import Message, msg

# The columns the hash covers, in this order (the hash itself is stored in ``chain_hash``).
CHAINED_COLUMNS = ("id", "at", "officer", "action", "entity_type", "entity_id", "before", "after")
GENESIS = "0" * 64
# app_setting key of the newest event's "id:hash", so removing the last rows shows too.
HEAD_KEY = "audit_chain_head"


def link_hash(values: Sequence[object], previous: str) -> str:
    """SHA-256 over a canonical JSON of the event's values (``CHAINED_COLUMNS``) and ``previous``."""
    canonical = [None if v is None else str(v) for v in values]
    payload = json.dumps([*canonical, previous], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head_text(event_id: int, digest: str) -> str:
    return f"{event_id}:{digest}"


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first event whose hash does not hold (``event_id`` 0: the chain's recorded end)."""

    event_id: int
    reason: Message


@dataclass(frozen=True, slots=True)
class ChainStatus:
    """The result of walking the whole chain: how many events, and the first break if any."""

    events: int
    broken: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.broken is None


def verify_chain(rows: Iterable[Sequence[object]], head: str | None) -> ChainStatus:
    """Walk ``rows`` (``CHAINED_COLUMNS`` then the stored hash, by id) and compare with ``head``."""
    previous, count, last_id = GENESIS, 0, 0
    for row in rows:
        values, stored = row[: len(CHAINED_COLUMNS)], row[len(CHAINED_COLUMNS)]
        event_id = int(str(values[0]))
        count += 1
        if stored is None:
            return ChainStatus(
                count, ChainBreak(event_id, msg("has no hash: it was added outside the application"))
            )
        expected = link_hash(values, previous)
        if stored != expected:
            return ChainStatus(
                count,
                ChainBreak(
                    event_id,
                    msg(
                        "does not match its hash: it or the event before it was changed, removed or inserted"
                    ),
                ),
            )
        previous, last_id = expected, event_id
    if head is None and count:
        return ChainStatus(count, ChainBreak(0, msg("the chain's recorded end is missing")))
    if head is not None and head != head_text(last_id, previous):
        return ChainStatus(
            count, ChainBreak(last_id, msg("is not the last event recorded: later events were removed"))
        )
    return ChainStatus(count, None)
