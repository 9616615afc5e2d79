"""Every importer against 220 malformed files each (people, associations, poll replies): no
"unexpected error", every row of a file counted once in its summary, nothing stored past its
column's size, and the database intact afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import String, func, select, text

from diaspora_desk.cli.main import main
from diaspora_desk.db.base import Base
from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.associations.transfer import COLUMNS as ASSOCIATION_COLUMNS
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_headers import known_header_names
from tests.services.campaigns.cast import build_cast
from tests.services.import_fuzz import corpus, data_rows

FILES = 220

Counted = tuple[int, int] | None
"""(rows the summary accounts for, data rows of the file), or None when the file was refused."""


def _people(services: Services, path: Path, write: bool) -> Counted:
    result = services.people.importer.import_file(path, dry_run=not write)
    counted = result.imported + len(result.rejected) + len(result.duplicates)
    return counted, data_rows(path, known_header_names()) or 0


def _associations(services: Services, path: Path, write: bool) -> Counted:
    result = services.associations.transfer.import_file(path, dry_run=not write)
    return result.imported + len(result.rejected), data_rows(path, ASSOCIATION_COLUMNS) or 0


def _run_corpus(kind: str, tmp_path: Path, run: Callable[[Path, bool], Counted]) -> int:
    """Import each file (one in four for real, the others dry); the number of files read whole."""
    failures: list[str] = []
    summarised = 0
    for number, case in enumerate(corpus(kind, FILES)):
        path = tmp_path / case.name
        path.write_bytes(case.data)
        try:
            counted = run(path, number % 4 == 0)
        except KnownError:
            continue  # a plain message: what the user should get for a file that cannot be read
        except Exception as exc:
            failures.append(f"{case.name}: unexpected {type(exc).__name__}: {exc}")
            continue
        finally:
            path.unlink()
        summarised += 1
        if counted is not None and counted[0] != counted[1]:
            failures.append(f"{case.name}: summary counts {counted[0]} rows, the file has {counted[1]}")
    assert failures == []
    return summarised


def _nothing_past_its_column(services: Services) -> None:
    too_long: list[str] = []
    with services.database.unit_of_work() as uow:
        assert uow.session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String) and column.type.length:
                    longest = uow.session.scalar(select(func.max(func.length(column))))
                    if longest is not None and longest > column.type.length:
                        too_long.append(f"{table.name}.{column.name}: {longest} > {column.type.length}")
    assert too_long == []


@pytest.mark.parametrize("kind", ["people", "associations"])
def test_malformed_registry_files(services: Services, tmp_path: Path, kind: str) -> None:
    run = _people if kind == "people" else _associations
    summarised = _run_corpus(kind, tmp_path, lambda path, write: run(services, path, write))
    assert summarised > FILES // 4  # most mutations leave a file that is read and summarised
    _nothing_past_its_column(services)


def test_malformed_reply_files(services: Services, tmp_path: Path) -> None:
    campaign = build_cast(services).campaign

    def run(path: Path, _write: bool) -> Counted:
        result = services.campaigns.polls.import_replies(campaign, path)
        return result.rows, data_rows(path, ("number", "text", "timestamp")) or 0

    assert _run_corpus("replies", tmp_path, run) > FILES // 4
    _nothing_past_its_column(services)


@pytest.mark.parametrize("kind", ["people", "associations", "replies"])
def test_a_few_through_the_command_line(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    campaign = build_cast(services).campaign if kind == "replies" else None
    services.close()
    for case in list(corpus(kind, 24, seed=7))[::3]:
        path = tmp_path / case.name
        path.write_bytes(case.data)
        command = ["import", kind, *([str(campaign)] if campaign else []), str(path)]
        code = main([*command, "--db", str(services.database_path)])
        out, err = capsys.readouterr()
        assert "unexpected error" not in err, case.name
        assert code in (0, 1), case.name
        if code == 0:
            counts = [int(word.rstrip(",")) for word in out.split() if word.rstrip(",").isdigit()]
            expected = ("number", "text", "timestamp") if kind == "replies" else ()
            assert sum(counts) == data_rows(path, expected or known_header_names()), case.name
