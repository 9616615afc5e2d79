"""Upgrading an old file redacts and chains its audit events; later writes extend the chain."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from diaspora_desk.db.audit_chain import chain_head, chain_rows
from diaspora_desk.db.migrate import open_database
from diaspora_desk.domain.audit_chain import verify_chain

SCHEMA_0001 = Path(__file__).resolve().parents[1] / "data" / "schema_0001.sqlite"


def test_an_old_audit_trail_loses_its_copied_values_and_gains_a_chain(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMA_0001, path)
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        assert connection.execute(
            "SELECT count(*) FROM audit_event WHERE after LIKE '%Fixture Uno%'"
        ).fetchone()[0]
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            status = verify_chain(chain_rows(connection, batch=7), chain_head(connection))
    finally:
        database.dispose()
    assert status.intact
    assert status.events == before
    with sqlite3.connect(path) as connection:
        text = " ".join(str(r) for r in connection.execute("SELECT before, after FROM audit_event"))
    assert "Fixture Uno" not in text
    assert "+12135550100" not in text
    assert "name" in text  # the fields are still named
