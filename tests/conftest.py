"""Shared fixtures. Qt runs offscreen; the per-user data dir points into a temp folder."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep logs and default databases out of the real home folder.
_DATA_HOME = tempfile.mkdtemp(prefix="diaspora-desk-tests-")
os.environ["XDG_DATA_HOME"] = _DATA_HOME
# Tests read English whatever the machine's locale (docs/languages.md: the variable beats Settings).
os.environ["DIASPORA_DESK_LANG"] = "en"

from diaspora_desk import i18n  # noqa: E402
from diaspora_desk.services.common import encryption  # noqa: E402
from diaspora_desk.services.common.clock import FixedClock  # noqa: E402
from diaspora_desk.services.common.gazetteer import Gazetteer  # noqa: E402
from diaspora_desk.services.common.settings import SetupDraft  # noqa: E402
from diaspora_desk.services.composition import Services, open_services  # noqa: E402
from tests.database_copies import DatabaseCopies  # noqa: E402

# How long an example takes depends on the machine's load (the suite runs on every core, often
# beside benchmarks): a slow example is not a failing one, so no deadline and no "too slow" check.
settings.register_profile("desk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("desk")

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
def english() -> Iterator[None]:
    """Each test ends with English as the process language again: a test (or the CLI's ``--lang``)
    that chose another leaves it set, and which test a process runs next differs from run to run
    when the suite is spread over several processes (pytest-xdist)."""
    yield
    i18n.set_language("en")


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


def _configured(path: Path, clock: FixedClock, gazetteer: Gazetteer) -> Services:
    """A database at ``path``: origin GT, a consulate in Los Angeles, officer Test Officer."""
    built = open_services(path, clock=clock, gazetteer=gazetteer)
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
    return built


def _small_demo(services: Services) -> None:
    from diaspora_desk.services.demo.associations import build_demo

    build_demo(services, associations=60, seed=7)


def _visits_demo(services: Services) -> None:
    from diaspora_desk.services.demo.visits import build_full_demo

    build_full_demo(services, associations=40, people=600, seed=3)


# The fixtures that are ``services`` filled with a generated demo, and how each fills it. The
# ``services`` of a test that asks for one of them opens a copy of that demo, built once per process.
DEMOS: dict[str, Callable[[Services], None]] = {
    "demo_services": _small_demo,
    "visit_demo": _visits_demo,
}


@pytest.fixture(scope="session")
def database_copies(tmp_path_factory: pytest.TempPathFactory) -> DatabaseCopies:
    return DatabaseCopies(tmp_path_factory.mktemp("originals"))


@pytest.fixture
def services(
    request: pytest.FixtureRequest,
    db_path: Path,
    clock: FixedClock,
    gazetteer: Gazetteer,
    database_copies: DatabaseCopies,
) -> Iterator[Services]:
    """A fresh, configured database: origin GT, a consulate in Los Angeles, officer Test Officer;
    with the demo of a fixture in ``DEMOS`` when the test asks for one (copied, see
    tests/database_copies.py)."""
    demos = [name for name in DEMOS if name in request.fixturenames]
    assert len(demos) <= 1, f"one demo a test: {demos}"
    fill = DEMOS[demos[0]] if demos else None

    def make(path: Path) -> None:
        # New databases are made the way the application makes them; only `open_services`
        # (migrating, loading the reference lists) is shared when there is no demo to fill.
        if fill is None:
            open_services(path, gazetteer=gazetteer).close()
            return
        original = _configured(path, clock, gazetteer)
        fill(original)
        original.close()

    name = f"{demos[0]}-{clock.now():%Y%m%dT%H%M}" if demos else "new"
    copied = database_copies.place(name, make, db_path)
    if copied and fill is not None:
        built = open_services(db_path, clock=clock, gazetteer=gazetteer)
    else:
        built = _configured(db_path, clock, gazetteer)
        if fill is not None:
            fill(built)
    yield built
    built.close()


@pytest.fixture
def demo_services(services: Services) -> Services:
    """``services`` filled with a small deterministic demo (60 associations; ``DEMOS``)."""
    return services
