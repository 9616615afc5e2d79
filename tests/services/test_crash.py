"""SIGKILL during imports and edits, at random moments and just after the commit: the database
stays intact, an acknowledged write is never lost, an import is there whole or not at all.

A few kills here (under a minute); ``bench/bench_crash.py`` runs 60 and more.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.services.crash_harness import Tally, edits_once, import_once, prepare


@pytest.mark.crash
def test_killed_imports_and_edits_lose_nothing_acknowledged(tmp_path: Path) -> None:
    database = tmp_path / "crash.sqlite"
    prepare(database)
    rng = random.Random(12)
    tally = Tally()
    for _ in range(3):
        import_once(database, tmp_path, rng, tally)
        edits_once(database, rng, tally)
    assert tally.integrity_failures == []
    assert tally.lost == []
    assert tally.partial == []
    assert tally.runs == 6
