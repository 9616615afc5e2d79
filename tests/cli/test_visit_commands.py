"""``visits plan`` and ``visits list``: JSON and tables a person reads, and the error exits."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diaspora_desk.cli.main import main
from diaspora_desk.domain.planning import PlanOptions
from diaspora_desk.domain.visits import ConsularService, OfferedService, VisitDraft
from diaspora_desk.services.composition import Services
from tests.services.visits.planner_scene import TOWNS, Scenario, build_scenario


@pytest.fixture
def scenario(services: Services) -> Scenario:
    return build_scenario(services)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json_lists_the_proposals_with_their_people(
    scenario: Scenario, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "visits", "plan", "--db", str(db_path), "--sites", "10", "--json")
    assert code == 0
    data = json.loads(out)
    plan = scenario.services.visits.planner.plan(PlanOptions(sites=10))
    assert [(p["city"], p["people"]) for p in data["proposals"]] == [
        (p.city, p.people) for p in plan.proposals
    ]
    first = data["proposals"][0]
    assert first["city"] == "Hanford"
    assert first["nearest_consulate"] == {"id": scenario.consulates["Los Angeles"], "name": "Test Consulate"}
    assert first["distance_km"] == round(plan.proposals[0].distance_km, 1)
    assert {t["city"] for t in first["towns"]} == {"Hanford", "Fresno", "Visalia", "Clovis"}
    assert sum(t["people"] for t in first["towns"]) == first["people"]
    sacramento = next(p for p in data["proposals"] if p["city"] == "Sacramento")
    services = {s["service"]: s["people"] for s in sacramento["likely_services"]}
    assert services[ConsularService.SKILLS_REGISTRATION.value] == 4
    assert services[ConsularService.RETURN_INFORMATION.value] == 2
    assert data["totals"] == {
        "people_considered": sum(TOWNS.values()),
        "people_far": sum(TOWNS.values()) - TOWNS["Santa Ana"],
        "people_counted": sum(TOWNS.values()) - TOWNS["Santa Ana"],
        "people_without_place": 1,
        "consulates": 2,
    }
    assert data["options"]["count_overlap"] is False


def test_plan_options_reach_the_planner(
    scenario: Scenario, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phoenix = str(scenario.consulates["Phoenix"])
    code, out, _ = _run(capsys, "visits", "plan", "--db", str(db_path), "--consulate", phoenix, "--json")
    assert code == 0
    assert [(p["city"], p["people"]) for p in json.loads(out)["proposals"]] == [("Tucson", 3)]
    args = ("--min-distance-km", "400", "--radius-km", "60", "--sites", "1", "--json")
    code, out, _ = _run(capsys, "visits", "plan", "--db", str(db_path), *args)
    assert [p["city"] for p in json.loads(out)["proposals"]] == ["Sacramento"]
    code, out, _ = _run(
        capsys, "visits", "plan", "--db", str(db_path), "--count-overlap", "--sites", "10", "--json"
    )
    proposals = json.loads(out)["proposals"]
    assert all(p["people"] == p["people_within_radius"] for p in proposals)
    assert sum(p["people"] for p in proposals) > json.loads(out)["totals"]["people_far"]


def test_plan_table_is_readable(
    scenario: Scenario, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "visits", "plan", "--db", str(db_path), "--sites", "2")
    assert code == 0
    lines = out.splitlines()
    assert "over 150 km from a consulate, people within 60 km" in lines[0]
    everyone, far = sum(TOWNS.values()), sum(TOWNS.values()) - TOWNS["Santa Ana"]
    assert f"People with a place: {everyone}; farther than 150 km: {far}; without a place: 1" in lines[1]
    plan = scenario.services.visits.planner.plan(PlanOptions(sites=2))
    for p in plan.proposals:
        row = next(line for line in lines if line.lstrip().startswith(f"{p.rank}  {p.city}, US"))
        assert row.split()[-2:] == [str(p.people), str(p.people_within_radius)]
    assert any(line.strip().startswith("Towns: Fresno 6") for line in lines)
    assert lines[-1] == f"Counted by these proposals: {sum(p.people for p in plan.proposals)} of {far} people"


def test_unknown_consulate_is_one_line_and_exit_1(
    scenario: Scenario, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for action in ("plan", "list"):
        code, out, err = _run(capsys, "visits", action, "--db", str(db_path), "--consulate", "999")
        assert (code, out) == (1, "")
        assert err == "diaspora-desk: There is no consulate with id 999.\n"


def test_a_missing_database_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite"
    for action in ("plan", "list"):
        code, out, err = _run(capsys, "visits", action, "--db", str(missing))
        assert (code, out) == (1, "")
        assert err.startswith(f"diaspora-desk: {missing} does not exist.")
        assert err.count("\n") == 1
    assert not missing.exists()


def test_bad_numbers_are_refused(
    scenario: Scenario, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "visits", "plan", "--db", str(db_path), "--sites", "0")
    assert (code, out, err) == (1, "", "diaspora-desk: sites: must be at least 1\n")
    for bad in (("--radius-km", "-5"), ("--min-distance-km", "far")):
        with pytest.raises(SystemExit) as exit_info:
            main(["visits", "plan", "--db", str(db_path), *bad])
        assert exit_info.value.code == 2


def test_visits_list_as_json_and_table(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "visits", "list", "--db", str(db_path))
    assert (code, out) == (0, "No mobile visits yet.\n")
    consulate = services.visits.consulates.list()[0]
    day = dt.date(2026, 12, 5)
    for city, length in (("Fresno", 1), ("Visalia", 0)):
        services.visits.registry.create(
            VisitDraft(
                consulate_id=consulate.id,
                country="US",
                city=city,
                starts_on=day + dt.timedelta(days=10 * length),
                ends_on=day + dt.timedelta(days=10 * length + length),
                services=(OfferedService(ConsularService.PASSPORT_RENEWAL, 3),),
            )
        )
    code, out, _ = _run(capsys, "visits", "list", "--db", str(db_path), "--json")
    data = json.loads(out)
    assert [(v["city"], v["starts_on"], v["status"]) for v in data] == [
        ("Fresno", "2026-12-15", "planned"),
        ("Visalia", "2026-12-05", "planned"),
    ]
    assert data[0]["ends_on"] == "2026-12-16"
    code, out, _ = _run(capsys, "visits", "list", "--db", str(db_path))
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "Dates", "Status"]
    assert "2026-12-15–2026-12-16" in lines[1]
    assert "Visalia, US" in lines[2]
    assert lines[1].split()[2] == "Planned"
