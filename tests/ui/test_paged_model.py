"""The paged table model: only the pages in view are read, sorting and filtering go to the source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.ui.paged_model import MAX_PAGES, PAGE_SIZE
from tests.ui.fake_source import TownModel, TownQuery, TownSource


def test_only_the_pages_in_view_are_read(qtmodeltester: ModelTester) -> None:
    source = TownSource(100_000)
    model = TownModel(source)
    model.refresh()
    assert model.rowCount() == 100_000
    assert source.fetched == []  # counting reads no rows
    assert model.index(99_999, TownModel.NAME).data() == "Town 100000"
    assert model.index(99_998, TownModel.PEOPLE).data() == str((99_999 * 37) % 1000)
    assert source.fetched == [99_800]  # the one page holding the last rows
    model.index(99_990, 0).data()
    assert source.fetched == [99_800]  # already held
    model.index(0, 0).data(TownModel.ROW_ROLE)
    assert source.fetched == [99_800, 0]
    qtmodeltester.check(model)


def test_pages_read_long_ago_are_let_go(qtmodeltester: ModelTester) -> None:
    source = TownSource(PAGE_SIZE * (MAX_PAGES + 5))
    model = TownModel(source)
    model.refresh()
    for number in range(MAX_PAGES + 1):
        model.row_at(number * PAGE_SIZE)
    source.fetched.clear()
    model.row_at(0)  # the oldest page was dropped: read again
    assert source.fetched == [0]
    model.row_at(MAX_PAGES * PAGE_SIZE)  # the newest is still held
    assert source.fetched == [0]


def test_sorting_and_filtering_are_asked_of_the_source(qtmodeltester: ModelTester) -> None:
    source = TownSource(500)
    model = TownModel(source)
    model.set_query(TownQuery(text="town 004"))
    assert model.rowCount() == 100  # Town 00400 .. Town 00499
    model.sort(TownModel.PEOPLE, Qt.SortOrder.DescendingOrder)
    assert model.query == TownQuery(text="town 004", sort="people", descending=True)
    people = [int(model.index(r, TownModel.PEOPLE).data()) for r in range(model.rowCount())]
    assert people == sorted(people, reverse=True)
    qtmodeltester.check(model)
    assert model.row_of(model.index(5, 0).data(TownModel.ROW_ROLE).id) == 5
    assert model.row_of(1) is None  # not among the rows read
    assert model.index(100, 0).data() is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "People"
