"""Kill imports and edits at random moments (SIGKILL, as a power cut or a crash would) and check
the database after each: intact, and every write the program acknowledged is there.

A write is acknowledged when the program said so: the CLI printed its import summary, the edit
worker printed ``ack N`` after the service call returned. An import that was not acknowledged
must be there whole or not at all. Used by ``tests/services/test_crash.py`` (a few kills) and
``bench/bench_crash.py`` (the long run). People and associations are generated, never real.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from diaspora_desk.services.common.settings import SetupDraft
from diaspora_desk.services.composition import open_services

# Creates associations and people one at a time; prints "ack <n>" once each call has returned.
EDIT_WORKER = """
import sys
from pathlib import Path
from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import open_services

services = open_services(Path(sys.argv[1]))
tag = sys.argv[2]
for n in range(int(sys.argv[3])):
    if n % 2:
        person = PersonDraft(given_name=f"Edit {n}", family_name=tag, country="US")
        services.people.registry.create(person)
    else:
        association = AssociationDraft(name=f"{tag} {n}", country="US", city="Fresno")
        services.associations.registry.create(association)
    print(f"ack {n}", flush=True)
services.close()
"""


PEOPLE_OF = "SELECT count(*) FROM person WHERE family_name = ?"
GIVEN_NAMES_OF = "SELECT given_name FROM person WHERE family_name = ?"
ASSOCIATIONS_OF = "SELECT name FROM association WHERE name LIKE ?"


@dataclass
class Tally:
    """What the kills found."""

    runs: int = 0
    killed_before_ack: int = 0
    killed_after_ack: int = 0
    acknowledged: int = 0
    integrity_failures: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity_failures or self.lost or self.partial)


def prepare(database: Path) -> None:
    services = open_services(database)
    try:
        services.settings.save(
            SetupDraft(
                origin_country="GT",
                officer_name="Crash Officer",
                consulate_name="Test Consulate",
                consulate_country="US",
                consulate_city="Los Angeles",
                jurisdiction=("US-CA",),
            )
        )
    finally:
        services.close()


def people_file(path: Path, tag: str, rows: int) -> Path:
    """``rows`` generated people of the family ``tag`` (the same given names in every file)."""
    names = random.Random(rows)
    letters = "aeioubcdfghjklmnprstvz"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("given_name", "family_name", "country", "city", "birth_year"))
        for _ in range(rows):
            given = "".join(names.choice(letters) for _ in range(9)).title()
            writer.writerow((given, tag, "US", "Fresno", str(names.randint(1940, 2005))))
    return path


_EXPECTED: dict[tuple[Path, int], int] = {}


def whole_import(database: Path, folder: Path, rows: int) -> int:
    """How many people a whole import of a :func:`people_file` writes (the rest are held as
    duplicates of each other), from a dry run."""
    key = (database, rows)
    if key not in _EXPECTED:
        services = open_services(database)
        try:
            source = people_file(folder / "dry-run.csv", "DryRun", rows)
            _EXPECTED[key] = services.people.importer.import_file(source, dry_run=True).imported
        finally:
            services.close()
    return _EXPECTED[key]


class _Reader(threading.Thread):
    """Collects a child's standard output lines as they come (the acknowledgements)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        super().__init__(daemon=True)
        self.process = process
        self.lines: list[str] = []
        self.first = threading.Event()

    def run(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())
            self.first.set()


def _kill(process: subprocess.Popen[str], reader: _Reader, delay: float, after_first_ack: bool) -> None:
    if after_first_ack:
        reader.first.wait(timeout=60)  # just after a commit the program reported: closing, ANALYZE
    else:
        time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(timeout=10)
    if process.stdout is not None:
        process.stdout.close()


def _check(database: Path, tally: Tally, what: str) -> sqlite3.Connection | None:
    connection = sqlite3.connect(database)
    result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        tally.integrity_failures.append(f"{what}: {result}")
        connection.close()
        return None
    return connection


def import_once(database: Path, folder: Path, rng: random.Random, tally: Tally, rows: int = 1100) -> None:
    """One CLI import of ``rows`` people (more than enough for ANALYZE after the commit) killed at
    a random moment, or just after its summary."""
    tag = f"Crash{tally.runs:04d}"
    source = people_file(folder / f"{tag}.csv", tag, rows)
    command = [sys.executable, "-m", "diaspora_desk", "import", "people", str(source), "--db", str(database)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    reader = _Reader(process)
    reader.start()
    _kill(process, reader, rng.uniform(0.3, 6.0), after_first_ack=rng.random() < 0.25)
    tally.runs += 1
    summaries = [line for line in reader.lines if line.startswith("imported ")]
    acknowledged = bool(summaries)
    whole = int(summaries[0].split()[1].rstrip(",")) if summaries else whole_import(database, folder, rows)
    connection = _check(database, tally, tag)
    if connection is None:
        return
    with connection:
        present = connection.execute(PEOPLE_OF, (tag,)).fetchone()[0]
    connection.close()
    if acknowledged:
        tally.acknowledged += 1
        tally.killed_after_ack += 1
        if present != whole:
            tally.lost.append(f"{tag}: the summary said {whole} imported, {present} are in the database")
    else:
        tally.killed_before_ack += 1
        if present not in (0, whole):
            tally.partial.append(f"{tag}: killed mid-import, {present} of {whole} people in the database")


def edits_once(database: Path, rng: random.Random, tally: Tally, edits: int = 200) -> None:
    """The edit worker killed at a random moment: every acknowledged edit must be there."""
    tag = f"Edits{tally.runs:04d}"
    command = [sys.executable, "-c", EDIT_WORKER, str(database), tag, str(edits)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    reader = _Reader(process)
    reader.start()
    _kill(process, reader, rng.uniform(0.5, 5.0), after_first_ack=rng.random() < 0.2)
    tally.runs += 1
    acked = {int(line.split()[1]) for line in reader.lines if line.startswith("ack ")}
    tally.acknowledged += len(acked)
    if acked:
        tally.killed_after_ack += 1
    else:
        tally.killed_before_ack += 1
    connection = _check(database, tally, tag)
    if connection is None:
        return
    with connection:
        names = {row[0] for row in connection.execute(ASSOCIATIONS_OF, (f"{tag} %",))}
        given = {row[0] for row in connection.execute(GIVEN_NAMES_OF, (tag,))}
    connection.close()
    for n in sorted(acked):
        if (f"Edit {n}" not in given) if n % 2 else (f"{tag} {n}" not in names):
            tally.lost.append(f"{tag}: edit {n} was acknowledged and is not in the database")
