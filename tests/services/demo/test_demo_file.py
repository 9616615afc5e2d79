"""The demo built in a file of its own: Cancel or a failure leaves nothing behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from diaspora_desk.services.composition import open_services
from diaspora_desk.services.demo.associations import DemoCancelled
from diaspora_desk.services.demo.demo_file import build_demo_database, install_database, partial_path


def test_cancel_while_people_are_made_leaves_no_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    cancel = threading.Event()
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        heard.append((done, total))
        cancel.set()  # the officer presses Cancel once the first people are made

    with pytest.raises(DemoCancelled):
        build_demo_database(path, people=3000, progress=progress, cancel=cancel)
    assert heard[0][1] == 3000
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert not partial_path(path).exists()


def test_a_finished_demo_takes_the_place_of_the_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_services(path).close()  # the empty database first-run setup found
    finished, summary = build_demo_database(path, people=20)
    assert summary.people == 20
    install_database(finished, path)
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" not in p.name) == ["desk.sqlite"]
    services = open_services(path)
    try:
        assert services.settings.current().configured
    finally:
        services.close()
