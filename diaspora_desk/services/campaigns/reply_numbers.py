"""Which person sent a reply: the gateway's number read as the E.164 numbers it may stand for.

A number in national form is read in each host country the poll's people live in and counts
only for people of that country; a number that fits nobody, or fits two people, stays unmatched.
"""

from __future__ import annotations

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.people_models import Person, PersonPhone
from diaspora_desk.services.campaigns.reply_file import ReplyRow

CHUNK = 500  # numbers per IN (...) query, well under SQLite's variable limit


def _candidates(phone: str, regions: tuple[str, ...]) -> dict[str, str | None]:
    """E.164 forms the raw number may stand for -> the region it was read in (None: international)."""
    raw = phone.strip()
    digits = "".join(c for c in raw if c.isdigit())
    if not digits:
        return {}
    international = raw.startswith("+") or raw.startswith("00")
    found: dict[str, str | None] = {}
    texts = ["+" + digits[2:] if raw.startswith("00") else raw] if international else []
    if not international:
        texts.append("+" + digits)  # gateways often drop the +
    for text in texts:
        e164 = _e164(text, None)
        if e164:
            found.setdefault(e164, None)
    if not international:
        for region in regions:
            e164 = _e164(raw, region)
            if e164:
                found.setdefault(e164, region)
    return found


def _e164(text: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def match_numbers(session: Session, rows: list[ReplyRow], countries: tuple[str, ...]) -> dict[int, int]:
    """Row number -> person id, for rows whose number is a person's (read in the person's country)."""
    regions = countries or tuple(
        c
        for c in session.scalars(select(Person.country).distinct().where(Person.merged_into_id.is_(None)))
        if c
    )
    seen: dict[str, dict[str, str | None]] = {}
    candidates = {}
    for row in rows:
        found = seen.get(row.phone)
        if found is None:
            found = seen[row.phone] = _candidates(row.phone, regions)
        candidates[row.row_number] = found
    wanted = sorted({e for found in candidates.values() for e in found})
    owners: dict[str, list[tuple[int, str]]] = {}
    for start in range(0, len(wanted), CHUNK):
        for e164, person_id, country in session.execute(
            select(PersonPhone.e164, Person.id, Person.country)
            .join(Person, Person.id == PersonPhone.person_id)
            .where(
                PersonPhone.e164.in_(wanted[start : start + CHUNK]),
                Person.archived_at.is_(None),
                Person.merged_into_id.is_(None),
            )
            .order_by(Person.id)
        ):
            owners.setdefault(e164, []).append((person_id, country))
    matched: dict[int, int] = {}
    for number, found in candidates.items():
        for e164, region in found.items():
            # A national-format number counts only for people of the country it was read in.
            people = [p for p, country in owners.get(e164, []) if region is None or country == region]
            if len(people) == 1:
                matched[number] = people[0]
                break
    return matched
