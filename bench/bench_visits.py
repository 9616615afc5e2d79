"""Benchmark of mobile-visit planning over up to 1,000,000 people, beside a same-run baseline.

Run: .venv/bin/python bench/bench_visits.py [--people 1000000] [--db PATH] [--runs 7]
The demo database (consulates, visits, associations, people) is built once and reused: by default
under /tmp/diaspora-desk-bench/, or at --db.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, ms, print_table, ratio, timed

from diaspora_desk.db import cipher
from diaspora_desk.domain.planning import PlacePoint, PlanOptions, choose_sites
from diaspora_desk.services.composition import Services, open_services

CACHE = Path("/tmp/diaspora-desk-bench")
TARGET = "< 2 s"


def build(path: Path, people: int) -> float:
    """The full demo with ``people`` people; 0 when the file is already there."""
    if path.exists():
        return 0.0
    from diaspora_desk.services.demo.visits import build_full_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    services = open_services(path)
    try:
        return timed(lambda: build_full_demo(services, associations=500, people=people, seed=1))
    finally:
        services.close()


def raw_group_by(path: Path) -> None:
    """The least any planner must do: count the people of every town, in plain SQLite."""
    with cipher.connect(Path(path)) as connection:
        connection.execute(
            "SELECT country, city_key, count(*) FROM person INDEXED BY ix_person_geo"
            " WHERE archived_at IS NULL AND merged_into_id IS NULL GROUP BY country, city_key"
        ).fetchall()


def raw_reads(path: Path) -> None:
    """The planner's two reads in plain SQLite: people per place from the index, one table pass."""
    with cipher.connect(Path(path)) as connection:
        connection.execute(
            "SELECT country, city_key, latitude, longitude, count(*) FROM person"
            " WHERE archived_at IS NULL AND merged_into_id IS NULL"
            " GROUP BY country, city_key, latitude, longitude"
        ).fetchall()
        connection.execute(
            "SELECT sum(consent_skills = 0), sum(return_intention != 'none') FROM person NOT INDEXED"
            " WHERE archived_at IS NULL AND merged_into_id IS NULL"
        ).fetchall()


def median_time(work: Callable[[], object], runs: int) -> float:
    work()  # warm the page cache and the gazetteer-free code paths once
    return median([timed(work) for _ in range(runs)])


def plan_rows(services: Services, path: Path, runs: int) -> list[Row]:
    planner = services.visits.planner
    baseline = median_time(partial(raw_group_by, path), runs)
    reads = median_time(partial(raw_reads, path), runs)
    rows = [Row("raw SQLite: people per place + one pass over the table", ms(reads), "-", "-", "-")]
    consulate = services.visits.consulates.list()[0]
    for label, options in (
        ("plan 5 sites (default options)", PlanOptions()),
        ("plan 5 sites, overlap counted", PlanOptions(count_overlap=True)),
        (f"plan 5 sites for one consulate ({consulate.city})", PlanOptions(consulate_id=consulate.id)),
        ("plan 20 sites, radius 100 km", PlanOptions(sites=20, radius_km=100)),
    ):
        elapsed = median_time(partial(planner.plan, options), runs)
        rows.append(Row(label, ms(elapsed), f"raw GROUP BY {ms(baseline)}", ratio(elapsed, baseline), TARGET))
    plan = planner.plan(PlanOptions())
    first = plan.proposals[0]
    count = median_time(partial(planner.count_covered, first), runs)
    page = median_time(partial(planner.people_covered, first, 1000, 50), runs)
    rows.append(
        Row(
            f"people a proposal covers ({first.city}, {first.people:,}): count / page of 50",
            f"{ms(count)} / {ms(page)}",
            "-",
            "-",
            "-",
        )
    )
    near = median_time(partial(planner.people_near, first.latitude, first.longitude, 60.0, 1000, 50), runs)
    rows.append(Row("people within 60 km of a point: page of 50", ms(near), "-", "-", "-"))
    return rows


def algorithm_row(towns: int, runs: int) -> Row:
    """The pure site choice alone over many generated towns (grid bucketing keeps it near linear)."""
    rng = random.Random(3)
    places = [
        PlacePoint("US", f"t{i}", rng.uniform(25.0, 49.0), rng.uniform(-124.0, -67.0), rng.randint(1, 500))
        for i in range(towns)
    ]
    elapsed = median_time(partial(choose_sites, places, 60.0, 20), runs)
    return Row(f"choose 20 sites among {towns:,} generated towns (no database)", ms(elapsed), "-", "-", "-")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="demo database to build or reuse")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = args.db or CACHE / f"visits-{args.people}.sqlite"
    built = build(path, args.people)
    rows = [Row("demo database built", f"{built:.0f} s" if built else "(reused)", "-", "-", "-")]
    with cipher.connect(Path(path)) as connection:
        people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    services = open_services(path)
    try:
        rows += plan_rows(services, path, args.runs)
    finally:
        services.close()
    rows.append(algorithm_row(10_000, args.runs))
    print_table(
        f"Mobile visits: planning over {people:,} people in {path.name} (median of {args.runs})", rows
    )


if __name__ == "__main__":
    main()
