"""The briefing's diaspora profile: where the registered nationals live, and the skills of those
in the skills inventory; each read in the caller's transaction, from indexes.

At a million people, reading the wide person rows dominated the briefing: the towns are now
counted from ``ix_person_geo`` (the active people's places) and the skills from
``ix_person_skills_inventory`` (the inventory's ids, migration 0012) joined to the covering person
indexes of occupations and qualifications (``bench/bench_briefing.py``, docs/benchmarks.md).
Counts of people are printed through ``figures.people_table`` (small cells folded, "<5").
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from diaspora_desk.domain.geography import country_name, language_name
from diaspora_desk.domain.people import ISCED_LEVELS
from diaspora_desk.services.briefing.figures import Counts, people_table
from diaspora_desk.services.briefing.records import CountTable

ACTIVE = "archived_at IS NULL AND merged_into_id IS NULL"

# Active people per town from the partial index on their places; each town's name as one of its
# people wrote it (the index holds the town's key, not its spelling).
TOWNS = text(
    "SELECT town.country, town.people,"
    " (SELECT p.city FROM person AS p WHERE p.country = town.country AND p.city_key = town.city_key"
    "  LIMIT 1)"
    " FROM (SELECT country, city_key, count(*) AS people FROM person INDEXED BY ix_person_geo"
    f"  WHERE {ACTIVE} GROUP BY country, city_key) AS town"
)

# The skills inventory, read from its partial index; CROSS JOIN keeps it the outer loop, so each
# person's rows are found once by their covering index and no wide row is read.
INVENTORY = "person AS i INDEXED BY ix_person_skills_inventory"
IN_INVENTORY = "i.consent_skills = 1 AND i.archived_at IS NULL AND i.merged_into_id IS NULL"
INVENTORY_COUNT = text(f"SELECT count(*) FROM {INVENTORY} WHERE {IN_INVENTORY}")
MAJOR_GROUPS = text(
    "SELECT substr(o.isco_code, 1, 1), count(DISTINCT o.person_id)"
    f" FROM {INVENTORY} CROSS JOIN person_occupation AS o INDEXED BY ix_person_occupation_person"
    f" ON o.person_id = i.id WHERE {IN_INVENTORY} GROUP BY 1"
)
ISCED = text(
    "SELECT q.isced_level, count(DISTINCT q.person_id)"
    f" FROM {INVENTORY} CROSS JOIN qualification AS q INDEXED BY ix_qualification_person"
    f" ON q.person_id = i.id WHERE {IN_INVENTORY} GROUP BY 1"
)
MAJOR_LABELS = text("SELECT code, label FROM isco_group WHERE level = 1")
LANGUAGES_HELD = text("SELECT DISTINCT language FROM person_language")


def profile(session: Session) -> tuple[CountTable, ...]:
    """Where the registered nationals live, and the skills of those in the skills inventory."""
    towns = [(country, int(n), city or "") for country, n, city in session.execute(TOWNS)]
    by_country: Counter[str] = Counter()
    for country, n, _city in towns:  # one pass over the index for both tables
        by_country[country] += n
    people, occupations, levels, languages = skills(session)
    consent = "People in the skills inventory (consent given); a person may count in several rows."
    return (
        people_table("Host country", [(country_name(c) or c, n) for c, n in sorted(by_country.items())]),
        people_table(
            "Host city",
            [(f"{city}, {c}" if city else f"City not recorded, {c}", n) for c, n, city in towns],
        ),
        people_table("Occupation (ISCO-08 major group)", occupations, note=consent, people=people),
        people_table("Education (ISCED 2011 level)", levels, note=consent, people=people),
        people_table("Languages", languages, note=consent, people=people),
    )


def skills(session: Session) -> tuple[int, Counts, Counts, Counts]:
    """People in the skills inventory, and their counts by ISCO-08 major group, ISCED level and
    language (only what the briefing prints: the skills summary reads much more)."""
    people = int(session.scalar(INVENTORY_COUNT) or 0)
    labels: dict[str, str] = {str(code): str(label) for code, label in session.execute(MAJOR_LABELS)}
    occupations = [(f"{code} {labels.get(code, '')}", int(n)) for code, n in session.execute(MAJOR_GROUPS)]
    levels = [(f"{level} {ISCED_LEVELS.get(level, '')}", int(n)) for level, n in session.execute(ISCED)]
    return people, occupations, levels, _languages(session)


def _languages(session: Session) -> Counts:
    """People of the inventory per language: one pass over the inventory, a sum per language held
    (a person holds a language once, so no DISTINCT and no sort are needed)."""
    held = sorted(str(code) for code in session.scalars(LANGUAGES_HELD))
    if not held:
        return []
    sums = ", ".join(f"sum(l.language = :l{n})" for n in range(len(held)))
    query: Any = text(
        f"SELECT {sums} FROM {INVENTORY} CROSS JOIN person_language AS l"
        f" ON l.person_id = i.id WHERE {IN_INVENTORY}"
    ).bindparams(*(bindparam(f"l{n}", code) for n, code in enumerate(held)))
    counts = session.execute(query).one()
    return [(language_name(code), int(n or 0)) for code, n in zip(held, counts, strict=True) if n]
