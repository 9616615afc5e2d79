"""Benchmark of the association registry at 50,000 associations, beside same-run baselines.

Run: .venv/bin/python bench/bench_associations.py [--associations 50000]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, Row, median, ms, percentile, print_table, ratio, startup_rows, timed

from diaspora_desk.db import cipher
from diaspora_desk.domain.association_query import AssociationQuery, AssociationSort
from diaspora_desk.domain.text import fold
from diaspora_desk.services.composition import open_services


def build(path: Path, count: int) -> float:
    if path.exists():
        return 0.0
    from diaspora_desk.services.demo.associations import build_demo

    services = open_services(path)
    try:
        return timed(lambda: build_demo(services, associations=count, seed=1))
    finally:
        services.close()


def queries(path: Path, n: int) -> list[AssociationQuery]:
    rng = random.Random(3)
    with cipher.connect(Path(path)) as connection:
        # Rows picked by seeded rowids (not ORDER BY random()), so runs search for the same names.
        last = connection.execute("SELECT max(rowid) FROM association").fetchone()[0]
        ids = sorted(rng.sample(range(1, last + 1), min(400, last)))
        marks = ",".join("?" * len(ids))
        picked = connection.execute(f"SELECT name FROM association WHERE rowid IN ({marks})", ids)
        names = [r[0] for r in picked]
        cities = [r[0] for r in connection.execute("SELECT DISTINCT city FROM association LIMIT 200")]
    result = []
    for i in range(n):
        words = fold(rng.choice(names)).split()
        picked = rng.sample(words, min(len(words), rng.randint(1, 3)))
        text = " ".join(w[: rng.randint(min(2, len(w)), len(w))] for w in picked)
        if i % 5 == 0:
            text = fold(rng.choice(cities))[:5]
        result.append(
            AssociationQuery(
                text=text,
                country="US" if i % 7 == 0 else None,
                type=rng.choice((None, "hometown", "professional")) if i % 3 == 0 else None,
                focus=rng.choice((None, "health", "culture")) if i % 4 == 0 else None,
                sort=rng.choice(list(AssociationSort)) if i % 6 == 0 else AssociationSort.NAME,
            )
        )
    return result


def raw_fts(connection: cipher.Connection, match: str) -> None:
    connection.execute(
        "SELECT rowid FROM association_fts WHERE association_fts MATCH ? LIMIT 200", (match,)
    ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--associations", type=int, default=50_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"associations-{args.associations}.sqlite"
    built = build(path, args.associations)
    rows = [Row("demo database built", f"{built:.1f} s" if built else "(reused)", "-", "-", "-")]

    rows += startup_rows(path, runs=5)

    services = open_services(path)
    service = services.associations.registry
    sample = queries(path, 300)

    def search(q: AssociationQuery) -> None:
        service.count(q)
        service.page(q, 0, 200)

    for q in sample:  # untimed: the page cache of an idle file may have been reclaimed
        search(q)
    latencies = [timed(partial(search, q)) for q in sample]
    raw = cipher.connect(Path(path))
    from diaspora_desk.db.association_repo import fts_expression

    raw_times = []
    for q in sample:
        match = fts_expression(q.text)
        if match:
            raw_times.append(timed(partial(raw_fts, raw, match)))
    rows.append(
        Row(
            "search: count + first page, p50",
            ms(percentile(latencies, 50)),
            f"raw FTS5 {ms(percentile(raw_times, 50))}",
            ratio(percentile(latencies, 50), percentile(raw_times, 50)),
            "-",
        )
    )
    rows.append(
        Row(
            "search: count + first page, p95",
            ms(percentile(latencies, 95)),
            f"raw FTS5 {ms(percentile(raw_times, 95))}",
            ratio(percentile(latencies, 95), percentile(raw_times, 95)),
            "< 50 ms",
        )
    )
    rows.append(Row("search: max", ms(max(latencies)), "-", "-", "-"))

    busiest = raw.execute(
        "SELECT association_id FROM interaction GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    from diaspora_desk.reports.association_profile import build_association_profile

    pdf_times = [
        timed(
            lambda: build_association_profile(
                services.associations.reports.association_profile(busiest), io.BytesIO()
            )
        )
        for _ in range(5)
    ]
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    def bare_pdf() -> None:
        style = getSampleStyleSheet()["Normal"]
        SimpleDocTemplate(io.BytesIO()).build(
            [Paragraph(f"Line {i} of a bare document.", style) for i in range(40)]
        )

    bare_pdf_times = [timed(bare_pdf) for _ in range(5)]
    rows.append(
        Row(
            "association profile PDF (median of 5)",
            ms(median(pdf_times)),
            f"bare ReportLab page {ms(median(bare_pdf_times))}",
            ratio(median(pdf_times), median(bare_pdf_times)),
            "-",
        )
    )
    services.close()
    print_table(f"Associations: {args.associations:,} in {path.name}", rows)


if __name__ == "__main__":
    main()
