"""The audit hash chain finds the first event that was edited, removed or slipped in."""

from __future__ import annotations

from diaspora_desk.domain.audit_chain import GENESIS, head_text, link_hash, verify_chain


def _chain(count: int) -> tuple[list[tuple[object, ...]], str]:
    rows: list[tuple[object, ...]] = []
    previous = GENESIS
    for number in range(1, count + 1):
        values = (
            number,
            f"2026-12-0{number} 10:00:00",
            "Officer",
            "update",
            "person",
            str(number),
            None,
            "{}",
        )
        previous = link_hash(values, previous)
        rows.append((*values, previous))
    return rows, head_text(count, previous)


def test_an_untouched_chain_holds() -> None:
    rows, head = _chain(5)
    status = verify_chain(rows, head)
    assert status.intact
    assert status.events == 5


def test_an_edited_event_is_named() -> None:
    rows, head = _chain(5)
    rows[2] = (rows[2][0], rows[2][1], "Someone Else", *rows[2][3:])
    broken = verify_chain(rows, head).broken
    assert broken is not None
    assert broken.event_id == 3


def test_a_removed_event_breaks_the_next_one() -> None:
    rows, head = _chain(5)
    del rows[1]
    broken = verify_chain(rows, head).broken
    assert broken is not None
    assert broken.event_id == 3


def test_an_inserted_event_without_a_hash_is_named() -> None:
    rows, head = _chain(4)
    rows.insert(2, (99, "2026-12-02 11:00:00", "X", "export", "person", "1", None, None, None))
    broken = verify_chain(rows, head).broken
    assert broken is not None
    assert broken.event_id == 99


def test_removing_the_last_events_shows_against_the_recorded_end() -> None:
    rows, head = _chain(5)
    broken = verify_chain(rows[:3], head).broken
    assert broken is not None
    assert "later events were removed" in broken.reason
    assert verify_chain(rows, None).broken is not None  # the recorded end itself removed
