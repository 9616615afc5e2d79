"""Benchmark of the practices briefing for a year of a large demo database, beside a bare
ReportLab document holding the same tables, built in the same run.

Run: .venv/bin/python bench/bench_briefing.py [--people 50000] [--top-up-to 1000000]
The demo is generated (no real people) and kept in bench/out/. ``--top-up-to N`` copies it and
adds plain-SQL people (countries, towns, languages, sex, birth years and consents spread like the
demo's; each with the occupations, qualifications and languages of a demo person; no memberships,
appointments or campaign history) until it holds N people: the people-sized
parts of the briefing at a size the full demo generator cannot build in reasonable time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, Row, median, ms, print_table, ratio, timed

from diaspora_desk.domain.briefing import Period
from diaspora_desk.reports.catalogue import ReportKind, ReportOptions, render_report
from diaspora_desk.services.briefing.records import PracticesBriefing
from diaspora_desk.services.composition import open_services


def build(path: Path, people: int) -> float:
    if path.exists():
        return 0.0
    from diaspora_desk.services.demo.visits import build_full_demo

    services = open_services(path)
    try:
        return timed(lambda: build_full_demo(services, associations=500, people=people, seed=1))
    finally:
        services.close()


def top_up(source: Path, total: int) -> tuple[Path, float]:
    """A copy of ``source`` with plain-SQL people added until it holds ``total``; its path and
    the seconds the people took (0 when the copy exists)."""
    import random
    import shutil

    from diaspora_desk.db import cipher

    path = source.with_name(f"{source.stem}-to-{total}.sqlite")
    if path.exists():
        return path, 0.0
    shutil.copyfile(source, path)

    def fill() -> None:
        rng = random.Random(2)
        with cipher.connect(path) as db:
            first = int(db.execute("SELECT max(id) FROM person").fetchone()[0] or 0) + 1
            towns = db.execute(
                "SELECT DISTINCT country, city FROM person WHERE city != '' LIMIT 400"
            ).fetchall()
            languages = ("es", "es", "en", "fr", "")
            rows, consents = [], []
            for i in range(first, total + 1):
                country, city = towns[i % len(towns)]
                consent = rng.random() < 0.6
                day = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d} 09:00:00"
                rows.append(
                    (i, f"Given{i}", f"Family{i}", "", f"given{i} family{i}", f"family{i} given{i}", "GT", "",
                     country, city, city.lower(), "", "", "", languages[i % 5], "none", "", "", "",
                     ("female", "male")[i % 2], 1950 + i % 55, int(consent), int(consent), int(consent), 0,
                     day, day)
                )  # fmt: skip
                if consent:
                    consents.append((i, "campaigns", day[:10], "bench", None, "bench", day))
            db.executemany(
                "INSERT INTO person (id, given_name, family_name, original_script_name, name_key, "
                "name_tokens, nationality, dual_citizenship, country, city, city_key, address, email, "
                "email_key, preferred_language, return_intention, legal_status, sector, notes, sex, "
                "birth_year, consent_contact, consent_skills, consent_campaigns, consent_sharing, "
                "created_at, updated_at) VALUES (" + ", ".join("?" * 27) + ")",
                rows,
            )
            db.executemany(
                "INSERT INTO consent (person_id, purpose, given_on, how_given, withdrawn_on, recorded_by, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                consents,
            )
            _copy_skills(db, first)
            db.execute("ANALYZE")

    return path, timed(fill)


def _copy_skills(db: Any, first: int) -> None:
    """Each added person gets the occupations, qualifications and languages of a demo person
    (person ``(id - 1) % demo + 1``), so the skills aggregates read a million people too."""
    demo = first - 1
    template = f"((p.id - 1) % {demo}) + 1"
    db.execute(
        "INSERT INTO person_occupation (person_id, isco_code, title, years_experience) "
        f"SELECT p.id, o.isco_code, o.title, o.years_experience FROM person p "
        f"JOIN person_occupation o ON o.person_id = {template} WHERE p.id >= ?",
        (first,),
    )
    db.execute(
        "INSERT INTO qualification (person_id, isced_level, field_of_study, institution, country, year, "
        "recognised_at_home) SELECT p.id, q.isced_level, q.field_of_study, q.institution, q.country, "
        f"q.year, q.recognised_at_home FROM person p JOIN qualification q ON q.person_id = {template} "
        "WHERE p.id >= ?",
        (first,),
    )
    db.execute(
        "INSERT INTO person_language (person_id, language, level) SELECT p.id, l.language, l.level "
        f"FROM person p JOIN person_language l ON l.person_id = {template} WHERE p.id >= ?",
        (first,),
    )


def tables_of(data: PracticesBriefing) -> list[list[list[str]]]:
    """The briefing's tables as plain rows of text (what the bare document lays out)."""
    tables = [[[f.label, f.value, f.note] for f in data.summary]]
    tables += [[list(r) for r in t.rows] for t in (*data.profile, *data.associations)]
    tables.append(
        [[str(v.starts_on), v.title, v.status, str(v.booked), v.people_served] for v in data.visits]
    )
    tables.append([list(r) for r in data.services_delivered.rows])
    tables.append([[c.title, c.status, c.channels, c.reach] for c in data.campaigns])
    tables += [[list(a) for a in p.answers] for p in data.polls]
    tables.append([list(r) for r in data.placements.rows])
    tables.append(
        [
            [r.practice_id, r.title, str(r.total), r.latest.text if r.latest else r.supported_by]
            for r in data.coverage
        ]
    )
    tables.append(
        [[e.practice_id, e.title, e.description, e.source_title, e.section] for e in data.catalogue]
    )
    return tables


def bare_document(tables: list[list[list[str]]]) -> bytes:
    """The same tables as wrapped-text ReportLab tables, in page-sized chunks, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["BodyText"]
    story = []
    for rows in tables:
        for start in range(0, max(len(rows), 1), 35):
            chunk = [[Paragraph(c, style) for c in row] for row in rows[start : start + 35]]
            if chunk:
                story.append(Table(chunk, repeatRows=0))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--top-up-to", type=int, default=0, metavar="N", help="plain-SQL people up to N")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"briefing-{args.people}.sqlite"
    built = build(path, args.people)
    topped = 0.0
    if args.top_up_to > args.people:
        path, topped = top_up(path, args.top_up_to)
    services = open_services(path)
    today = services.clock.today()
    period = Period(today - dt.timedelta(days=364), today)
    options = ReportOptions(period_from=period.first, period_to=period.last)
    out = OUT / "briefing.pdf"
    from diaspora_desk.reports.briefing import build_briefing

    reads, briefings, layouts, bares = [], [], [], []
    pages = 0
    for _ in range(3):
        reads.append(timed(lambda: services.briefing.reports.briefing(period)))
        briefings.append(
            timed(lambda: render_report(services, ReportKind.BRIEFING, None, out, options=options))
        )
        data = services.briefing.reports.briefing(period)
        layouts.append(timed(lambda d=data: build_briefing(d, io.BytesIO())))  # type: ignore[misc]
        tables = tables_of(data)
        bares.append(timed(lambda t=tables: bare_document(t)))  # type: ignore[misc]
    pages = render_report(services, ReportKind.BRIEFING, None, out, options=options).pages
    services.close()
    rows = [
        Row("demo database built", f"{built:.0f} s" if built else "(reused)", "-", "-", "-"),
        Row("plain-SQL people added", f"{topped:.0f} s" if topped else "(none or reused)", "-", "-", "-"),
        Row("briefing data read (one transaction, median of 3)", ms(median(reads)), "-", "-", "-"),
        Row(
            f"briefing PDF, a year, {pages} pages (median of 3)",
            ms(median(briefings)),
            f"bare ReportLab, same tables {ms(median(bares))}",
            ratio(median(briefings), median(bares)),
            "< 10 s, ≤ 2x",
        ),
        Row(
            "briefing PDF layout only, data already read (median of 3)",
            ms(median(layouts)),
            f"bare ReportLab, same tables {ms(median(bares))}",
            ratio(median(layouts), median(bares)),
            "-",
        ),
    ]
    size = max(args.people, args.top_up_to)
    print_table(f"Practices briefing, {size:,} people ({args.people:,} from the full demo)", rows)


if __name__ == "__main__":
    main()
