"""Shared fixtures. Qt runs offscreen; the per-user data dir points into a temp folder."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep logs and default databases out of the real home folder.
_DATA_HOME = tempfile.mkdtemp(prefix="diaspora-desk-tests-")
os.environ["XDG_DATA_HOME"] = _DATA_HOME
# Tests read English whatever the machine's locale (docs/languages.md: the variable beats Settings).
os.environ["DIASPORA_DESK_LANG"] = "en"

from diaspora_desk.services.common import encryption  # noqa: E402
from diaspora_desk.services.common.clock import FixedClock  # noqa: E402
from diaspora_desk.services.common.gazetteer import Gazetteer  # noqa: E402
from diaspora_desk.services.common.settings import SetupDraft  # noqa: E402
from diaspora_desk.services.composition import Services, open_services  # noqa: E402

NOW = dt.datetime(2026, 11, 24, 9, 30)
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own data folder: window state, logs and settings never leak between tests."""
    folder = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_passphrase() -> Iterator[None]:
    """Each test starts with no database passphrase and the library's new-database policy (the
    CLI's ``main`` sets both for the process)."""
    yield
    encryption.set_passphrase(None)
    encryption.set_passphrase_source(None)
    encryption.new_database_policy(None)


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at its lowest cost: tests check who may sign in, not how slow hashing is."""
    from diaspora_desk.services.accounts import passwords

    monkeypatch.setattr(passwords, "COST", {"time_cost": 1, "memory_cost": 8, "parallelism": 1})


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """One gazetteer for the run (loading it takes about half a second)."""
    return Gazetteer()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture
def services(db_path: Path, clock: FixedClock, gazetteer: Gazetteer) -> Iterator[Services]:
    """A fresh, configured database: origin GT, a consulate in Los Angeles, officer Test Officer."""
    built = open_services(db_path, clock=clock, gazetteer=gazetteer)
    built.settings.save(
        SetupDraft(
            origin_country="GT",
            officer_name="Test Officer",
            consulate_name="Test Consulate",
            consulate_country="US",
            consulate_city="Los Angeles",
            jurisdiction=("US-CA",),
        )
    )
    yield built
    built.close()


@pytest.fixture
def demo_services(services: Services) -> Services:
    """``services`` filled with a small deterministic demo (60 associations)."""
    from diaspora_desk.services.demo.associations import build_demo

    build_demo(services, associations=60, seed=7)
    return services
