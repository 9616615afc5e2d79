"""Benchmark of campaigns beside same-run raw baselines: the audience count, the SMS file, the
reply import.

Run: .venv/bin/python bench/bench_campaigns.py [--people 1000000] [--recipients 100000]
     [--replies 100000]
People are generated with plain SQL (no real people); the database is kept in bench/out/.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, Row, median, ms, print_table, ratio, timed

from diaspora_desk.db import cipher
from diaspora_desk.domain.campaign_messages import MessageDraft
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, Segment
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.composition import Services, open_services

COUNTRIES = ("US", "CA", "ES", "FR", "DE", "IT", "GB", "MX")
LANGUAGES = ("es", "en", "fr", "")
COLUMNS = (
    "id, given_name, family_name, original_script_name, name_key, name_tokens, nationality, "
    "dual_citizenship, country, city, city_key, address, email, email_key, preferred_language, "
    "return_intention, legal_status, sector, notes, consent_contact, consent_skills, "
    "consent_campaigns, consent_sharing, created_at, updated_at"
)


def build(path: Path, people: int) -> float:
    if path.exists():
        return 0.0
    open_services(path).close()  # the schema

    def fill() -> None:
        rng = random.Random(1)
        with cipher.connect(Path(path)) as db:
            persons, phones, consents = [], [], []
            for i in range(1, people + 1):
                country = COUNTRIES[i % len(COUNTRIES)]
                consent = rng.random() < 0.6
                persons.append(
                    (
                        i,
                        f"Given{i}",
                        f"Family{i}",
                        "",
                        f"given{i} family{i}",
                        f"family{i} given{i}",
                        "GT",
                        "",
                        country,
                        "Town",
                        "town",
                        "",
                        f"p{i}@example.org" if i % 3 else "",
                        f"p{i}@example.org" if i % 3 else "",
                        LANGUAGES[i % 4],
                        "none",
                        "",
                        "",
                        "",
                        0,
                        0,
                        int(consent),
                        0,
                        "2026-01-01 00:00:00",
                        "2026-01-01 00:00:00",
                    )
                )
                if i % 5:
                    phones.append((i, f"+1555{i:07d}", 0))
                if consent or i % 11 == 0:
                    consents.append(
                        (
                            i,
                            "campaigns",
                            "2026-01-01",
                            "bench",
                            None if consent else "2026-02-01",
                            "bench",
                            "2026-01-01 00:00:00",
                        )
                    )
            marks = ", ".join("?" * 25)
            db.executemany(f"INSERT INTO person ({COLUMNS}) VALUES ({marks})", persons)
            db.executemany("INSERT INTO person_phone (person_id, e164, position) VALUES (?, ?, ?)", phones)
            db.executemany(
                "INSERT INTO consent (person_id, purpose, given_on, how_given, withdrawn_on, recorded_by, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                consents,
            )
            db.execute("ANALYZE")

    return timed(fill)


def count_row(services: Services, path: Path, people: int, runs: int) -> Row:
    segment = Segment(countries=("US", "CA", "ES"), languages=("es", "en"))

    def count() -> None:
        services.campaigns.audience.count(segment, (CampaignChannel.SMS, CampaignChannel.EMAIL))

    with cipher.connect(Path(path)) as raw:
        sql = "SELECT count(*) FROM person WHERE country IN ('US','CA','ES')"
        baseline = median([timed(lambda: raw.execute(sql).fetchone()) for _ in range(runs)])
    value = median([timed(count) for _ in range(runs)])
    return Row(
        f"audience count over {people:,} people (SMS + e-mail)",
        ms(value),
        ms(baseline),
        ratio(value, baseline),
        "< 300 ms",
    )


def sms_row(services: Services, path: Path, campaign_id: int) -> Row:
    sms = OUT / "bench-sms.csv"
    written = []
    value = timed(lambda: written.append(services.campaigns.delivery.sms_csv(campaign_id, sms)))
    recipients = written[0].recipients

    def raw_file() -> None:
        with cipher.connect(Path(path)) as raw:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            for row in raw.execute(
                "SELECT e164, given_name FROM person JOIN person_phone ON person_id = person.id "
                f"WHERE consent_campaigns LIMIT {recipients}"
            ):
                writer.writerow([row[0], f"Hello {row[1]}"])
            (OUT / "bench-raw.csv").write_text(buffer.getvalue(), encoding="utf-8")

    baseline = timed(raw_file)
    return Row(
        f"SMS file for {recipients:,} recipients",
        f"{value:.2f} s",
        f"{baseline:.2f} s",
        ratio(value, baseline),
        "< 10 s",
    )


def import_row(services: Services, campaign_id: int, people: int, replies: int) -> Row:
    rng = random.Random(2)
    path = OUT / "bench-replies.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("number", "text", "timestamp"))
        for i in range(replies):
            person = rng.randrange(1, people + 1)
            text = rng.choice(("1 2", "si 3", "yes, 1", "STOP", "maybe", "AB"))
            writer.writerow((f"+1555{person:07d}", text, f"2026-11-20 10:{i % 60:02d}"))
    result = []
    value = timed(lambda: result.append(services.campaigns.polls.import_replies(campaign_id, path)))

    def raw_import() -> None:
        with cipher.connect(Path(OUT / "bench-raw.sqlite")) as raw:
            raw.execute("CREATE TABLE IF NOT EXISTS r (number TEXT, text TEXT, at TEXT)")
            with path.open(encoding="utf-8") as handle:
                raw.executemany("INSERT INTO r VALUES (?, ?, ?)", list(csv.reader(handle))[1:])

    baseline = timed(raw_import)
    (OUT / "bench-raw.sqlite").unlink()
    return Row(
        f"import {replies:,} replies ({result[0]})",
        f"{value:.2f} s",
        f"{baseline:.2f} s",
        ratio(value, baseline),
        "< 15 s",
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--replies", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"campaigns-{args.people}.sqlite"
    built = build(path, args.people)
    rows = [Row("people generated", f"{built:.0f} s" if built else "(reused)", "-", "-", "-")]
    services = open_services(path)
    try:
        rows.append(count_row(services, path, args.people, args.runs))
        # Enough countries for about `recipients` consenting people with a phone (48% of each).
        countries = COUNTRIES[: max(1, min(8, round(args.recipients * 8 / (args.people * 0.48))))]
        campaign = services.campaigns.registry.create(
            CampaignDraft(
                title="Bench", channels=(CampaignChannel.SMS,), segment=Segment(countries=countries)
            )
        )
        messages = services.campaigns.messages
        messages.set_message(campaign.id, MessageDraft("en", "Hello {given_name}, see you at {place}."))
        messages.set_message(campaign.id, MessageDraft("es", "Hola {given_name}, nos vemos en {place}."))
        rows.append(sms_row(services, path, campaign.id))
        services.campaigns.polls.set_questions(
            campaign.id,
            (
                Question("Coming?", (Answer("1", "Yes"), Answer("2", "No"))),
                Question("Topic?", (Answer("1", "A"), Answer("2", "B"), Answer("3", "C"))),
            ),
        )
        rows.append(import_row(services, campaign.id, args.people, args.replies))
    finally:
        services.close()
    print_table(f"Campaigns over {args.people:,} generated people", rows)


if __name__ == "__main__":
    main()
