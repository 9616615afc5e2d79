"""What one transaction changed, as the screens hear it: tables, row ids, or "any row"."""

from __future__ import annotations

import threading

import pytest

from diaspora_desk.domain.changes import Change, ChangeFeed, ChangeRecorder


def test_a_change_touches_its_tables_only() -> None:
    change = Change(frozenset({"person", "membership"}))
    assert change.touches("person")
    assert change.touches("association", "membership")
    assert not change.touches("association")
    assert not change.touches()


def test_ids_of_an_untouched_table_is_empty_and_of_a_bulk_table_none() -> None:
    change = Change(frozenset({"person", "association"}), {"association": frozenset({3})})
    assert change.ids_of("association") == frozenset({3})
    assert change.ids_of("person") is None  # written without known ids: any row may have changed
    assert change.ids_of("visit") == frozenset()


def test_a_transaction_that_wrote_nothing_is_no_change() -> None:
    assert ChangeRecorder().change() is None


def test_rows_written_through_the_orm_are_reported_by_id() -> None:
    recorder = ChangeRecorder()
    recorder.table_written("person")
    recorder.rows_written("person", [4, 7])
    recorder.rows_written("person", [7])
    change = recorder.change()
    assert change is not None
    assert change.tables == frozenset({"person"})
    assert change.ids_of("person") == frozenset({4, 7})


def test_a_bulk_statement_makes_the_ids_of_its_table_unknown() -> None:
    recorder = ChangeRecorder()
    recorder.rows_written("person", [4])
    recorder.bulk_written("person")
    recorder.rows_written("association", [1])
    change = recorder.change()
    assert change is not None
    assert change.ids_of("person") is None
    assert change.ids_of("association") == frozenset({1})


def test_a_table_written_without_ids_counts_as_any_row() -> None:
    recorder = ChangeRecorder()
    recorder.table_written("visit")
    change = recorder.change()
    assert change is not None
    assert change.touches("visit")
    assert change.ids_of("visit") is None


@pytest.mark.parametrize("table", ["audit_event", "alembic_version", "sqlite_stat1", "sqlite_stat4"])
def test_bookkeeping_tables_are_no_change(table: str) -> None:
    recorder = ChangeRecorder()
    recorder.table_written(table)
    recorder.bulk_written(table)
    recorder.rows_written(table, [1])
    assert recorder.change() is None


@pytest.mark.parametrize("table", ["person_fts", "association_fts_data", "person_fts_idx"])
def test_search_index_writes_are_no_change(table: str) -> None:
    """The triggers keep the indexes in step with their tables, which are reported themselves."""
    recorder = ChangeRecorder()
    recorder.table_written(table)
    recorder.bulk_written(table)
    assert recorder.change() is None


def test_every_subscriber_hears_each_change_until_it_unsubscribes() -> None:
    feed = ChangeFeed()
    first: list[Change] = []
    second: list[Change] = []
    stop_first = feed.subscribe(first.append)
    feed.subscribe(second.append)
    one, two = Change(frozenset({"person"})), Change(frozenset({"visit"}))
    feed.publish(one)
    stop_first()
    stop_first()  # unsubscribing twice is harmless
    feed.publish(two)
    assert first == [one]
    assert second == [one, two]


def test_a_listener_may_unsubscribe_while_the_feed_publishes() -> None:
    feed = ChangeFeed()
    heard: list[str] = []
    stops: list[object] = []

    def once(_change: Change) -> None:
        heard.append("once")
        stop = stops[0]
        assert callable(stop)
        stop()

    stops.append(feed.subscribe(once))
    feed.subscribe(lambda _change: heard.append("always"))
    feed.publish(Change(frozenset({"person"})))
    feed.publish(Change(frozenset({"person"})))
    assert heard == ["once", "always", "always"]


def test_a_change_is_published_on_the_thread_that_committed() -> None:
    feed = ChangeFeed()
    threads: list[str] = []
    feed.subscribe(lambda _change: threads.append(threading.current_thread().name))
    worker = threading.Thread(target=feed.publish, args=(Change(frozenset({"person"})),), name="writer")
    worker.start()
    worker.join()
    assert threads == ["writer"]
