"""Generated nationals abroad with realistic skill mixes for the demo (never real people)."""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from diaspora_desk.db.models import Association, Consent
from diaspora_desk.db.people_models import (
    Availability,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Qualification,
)
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.people import Cefr, ReturnIntention
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.gazetteer import City
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.associations import AREA_CODES, JURISDICTION, DemoCancelled
from diaspora_desk.services.demo.names import FAMILY, FEMALE_NAMES, MALE_NAMES, MORE_FAMILY, STREETS
from diaspora_desk.services.people.bulk_insert import insert_people

# (ISCO unit group, weight, ISCED range, typical tags): a diaspora mix, many in services and trades.
OCCUPATIONS = (
    ("2211", 3, (7, 8)),
    ("2212", 2, (8, 8)),
    ("2221", 4, (6, 7)),
    ("2261", 1, (7, 7)),
    ("2262", 1, (6, 7)),
    ("2142", 2, (6, 7)),
    ("2144", 1, (6, 7)),
    ("2151", 1, (6, 7)),
    ("2512", 3, (6, 7)),
    ("2513", 1, (6, 6)),
    ("2330", 2, (6, 7)),
    ("2341", 2, (6, 6)),
    ("2411", 1, (6, 7)),
    ("2611", 1, (7, 7)),
    ("2635", 1, (6, 7)),
    ("3221", 2, (5, 5)),
    ("3256", 1, (4, 5)),
    ("3112", 1, (5, 5)),
    ("3313", 1, (5, 6)),
    ("3512", 1, (4, 5)),
    ("4110", 2, (3, 4)),
    ("4311", 1, (3, 5)),
    ("5120", 6, (2, 3)),
    ("5131", 4, (2, 3)),
    ("5322", 6, (2, 4)),
    ("5223", 3, (2, 3)),
    ("6111", 3, (1, 2)),
    ("6121", 1, (1, 2)),
    ("7112", 5, (1, 3)),
    ("7115", 4, (1, 3)),
    ("7126", 3, (2, 3)),
    ("7131", 3, (1, 3)),
    ("7231", 3, (2, 4)),
    ("7411", 3, (3, 4)),
    ("7512", 2, (1, 3)),
    ("8322", 4, (2, 3)),
    ("8332", 3, (2, 3)),
    ("9112", 8, (1, 2)),
    ("9211", 7, (0, 2)),
    ("9313", 6, (1, 2)),
    ("9412", 5, (1, 2)),
    ("9621", 2, (1, 2)),
)
INDIGENOUS = ("quc", "mam", "kek", "cak")
INTENTIONS = (
    ReturnIntention.NONE,
    ReturnIntention.TEMPORARY,
    ReturnIntention.CIRCULAR,
    ReturnIntention.PERMANENT,
    ReturnIntention.VIRTUAL,
)
INTENTION_WEIGHTS = (45, 18, 12, 10, 15)
BATCH = 20_000


@dataclass(frozen=True, slots=True)
class _Setting:
    """What every generated person draws on; ``rng`` is the main source of randomness."""

    rng: random.Random
    # A stream of its own, so adding passports left every other generated value as it was.
    passports: random.Random
    addresses: random.Random
    """Postal addresses, likewise a stream of their own."""
    today: dt.date
    stamp: dt.datetime
    origin: str
    states: dict[str, str]
    hosts: list[City]
    weights: list[float]
    occupation_weights: list[int]
    titles: dict[str, str]
    associations: list[int]
    officer: str
    used_phones: set[str]


_Rows = dict[type, list[dict[str, object]]]
_MODELS = (
    Person,
    PersonPhone,
    PersonOccupation,
    Qualification,
    PersonLanguage,
    Availability,
    Membership,
    Consent,
)


def build_demo_people(
    services: Services,
    *,
    people: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Add ``people`` generated nationals abroad with skills, consents and memberships."""
    db = services.database
    setting = _setting(services, seed)
    written = 0
    for start in range(0, people, BATCH):
        if cancel is not None and cancel.is_set():
            raise DemoCancelled(msg("Demo cancelled."))
        rows: _Rows = {model: [] for model in _MODELS}
        for pid in range(start + 1, min(people, start + BATCH) + 1):
            _add_person(setting, rows, pid)
        with db.unit_of_work(write=True) as uow:
            insert_people(uow.session, rows[Person])  # one full-text flush per batch
            for model, batch in rows.items():
                if batch and model is not Person:
                    uow.session.execute(insert(model), batch)
            uow.commit()
        written = min(people, start + BATCH)
        if progress is not None:
            progress(written, people)
    db.analyze()
    return written


def _setting(services: Services, seed: int) -> _Setting:
    """What the people are drawn from; a database that already holds people is refused."""
    db = services.database
    with db.unit_of_work() as uow:
        if uow.session.scalar(select(func.count()).select_from(Person)):
            raise KnownError(msg("{path} already holds people; the demo needs a new database.", path=db.path))
        associations = list(uow.session.scalars(select(Association.id).order_by(Association.id)))
        titles = {code: services.people.occupations.isco_label(code) for code, _w, _r in OCCUPATIONS}
    today = services.clock.today()
    states = {code.split("-")[1]: code for code in JURISDICTION}
    hosts = [c for c in services.gazetteer.cities("US") if c.admin1 in states][:600]
    return _Setting(
        rng=random.Random(seed * 7919 + 1),
        passports=random.Random(seed * 104729 + 3),
        addresses=random.Random(seed * 15485863 + 5),
        today=today,
        stamp=dt.datetime.combine(today, dt.time()),
        origin=services.settings.current().origin_country or "GT",
        states=states,
        hosts=hosts,
        weights=[max(c.population, 1) ** 0.7 for c in hosts],
        occupation_weights=[w for _c, w, _r in OCCUPATIONS],
        titles=titles,
        associations=associations,
        officer=services.settings.officer(),
        used_phones=set(),
    )


def _postal_address(setting: _Setting, city: City) -> dict[str, str]:
    """Two people in three have a generated street address with a ZIP code (for letters)."""
    rng = setting.addresses
    if rng.random() >= 2 / 3:
        return {"address": "", "postal_code": "", "locality": "", "region": "", "address_country": ""}
    lines = f"{rng.randint(100, 9999)} {rng.choice(STREETS)} St"
    if rng.random() < 0.3:
        lines += f"\nApt {rng.randint(1, 40)}"
    return {
        "address": lines,
        "postal_code": f"9{rng.randint(0, 6)}{rng.randint(0, 999):03d}",
        "locality": city.name,
        "region": city.admin1,
        "address_country": "US",
    }


def _add_person(setting: _Setting, rows: _Rows, pid: int) -> None:
    rng, passports, today, stamp = setting.rng, setting.passports, setting.today, setting.stamp
    origin, family_names = setting.origin, FAMILY + MORE_FAMILY
    city = rng.choices(setting.hosts, weights=setting.weights)[0]
    sex = rng.choice(("female", "male"))
    names = FEMALE_NAMES if sex == "female" else MALE_NAMES
    given = rng.choice(names) + (f" {rng.choice(names)}" if rng.random() < 0.4 else "")
    family = f"{rng.choice(family_names)} {rng.choice(family_names)}"
    birth = rng.randint(today.year - 75, today.year - 18)
    intention = rng.choices(INTENTIONS, INTENTION_WEIGHTS)[0]
    consents = [rng.random() < 0.7, rng.random() < 0.5, rng.random() < 0.4, rng.random() < 0.3]
    consents[3] = consents[3] and consents[1]  # sharing a profile needs it in the inventory
    email = (
        f"{fold(given).split()[0]}.{fold(family).split()[0]}{pid}@example.org" if rng.random() < 0.5 else ""
    )
    rows[Person].append(
        {
            "id": pid,
            "given_name": given,
            "family_name": family,
            "original_script_name": "",
            "name_key": fold(f"{given} {family}"),
            "name_tokens": " ".join(sorted(fold(f"{given} {family}").split())),
            "sex": sex,
            "birth_year": birth,
            "nationality": origin,
            "dual_citizenship": "US" if rng.random() < 0.15 else "",
            "country": "US",
            "city": city.name,
            "city_key": fold(city.name),
            "latitude": city.latitude,
            "longitude": city.longitude,
            **_postal_address(setting, city),
            "email": email,
            "email_key": email,
            "preferred_language": "es",
            "preferred_channel": rng.choice(("sms", "phone", "messaging", "email")),
            "generation": rng.choices((1, 2, 3), (75, 20, 5))[0],
            "arrival_year": rng.randint(max(birth + 1, today.year - 40), today.year),
            "return_intention": intention.value,
            "legal_status": "",
            "passport_expires_on": (
                today + dt.timedelta(days=passports.randint(-900, 3650)) if passports.random() < 0.7 else None
            ),
            "sector": "",
            "notes": "",
            "consent_contact": consents[0],
            "consent_skills": consents[1],
            "consent_campaigns": consents[2],
            "consent_sharing": consents[3],
            "merged_into_id": None,
            "archived_at": None,
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    _add_phone(setting, rows, pid, city)
    _add_skills(setting, rows, pid, birth, intention)
    _add_ties(setting, rows, pid, consents)


def _add_phone(setting: _Setting, rows: _Rows, pid: int, city: City) -> None:
    rng, states, used_phones = setting.rng, setting.states, setting.used_phones
    if rng.random() < 0.6:
        area = rng.choice(AREA_CODES[states[city.admin1]])
        phone = f"+1{area}555{rng.randrange(10000):04d}"
        if phone not in used_phones:  # two people sharing a number would look like duplicates
            used_phones.add(phone)
            rows[PersonPhone].append({"person_id": pid, "e164": phone, "position": 0})


def _add_skills(setting: _Setting, rows: _Rows, pid: int, birth: int, intention: ReturnIntention) -> None:
    """Occupation, education, languages and (for those who may return) availability."""
    rng, today, origin = setting.rng, setting.today, setting.origin
    titles, occupation_weights = setting.titles, setting.occupation_weights
    code, _w, (low, high) = rng.choices(OCCUPATIONS, occupation_weights)[0]
    rows[PersonOccupation].append(
        {
            "person_id": pid,
            "isco_code": code,
            "title": titles[code],
            "years_experience": rng.randint(0, max(1, today.year - birth - 18)),
        }
    )
    rows[Qualification].append(
        {
            "person_id": pid,
            "isced_level": rng.randint(low, high),
            "field_of_study": "",
            "institution": "",
            "country": origin,
            "year": None,
            "recognised_at_home": rng.random() < 0.8,
        }
    )
    rows[PersonLanguage].append({"person_id": pid, "language": "es", "level": int(Cefr.C2)})
    rows[PersonLanguage].append({"person_id": pid, "language": "en", "level": rng.randint(1, 6)})
    if rng.random() < 0.2:
        rows[PersonLanguage].append(
            {"person_id": pid, "language": rng.choice(INDIGENOUS), "level": int(Cefr.C2)}
        )
    if intention is not ReturnIntention.NONE and rng.random() < 0.7:
        begins = today + dt.timedelta(days=rng.randint(0, 365))
        rows[Availability].append(
            {
                "person_id": pid,
                "starts_on": begins,
                "ends_on": begins + dt.timedelta(days=rng.choice((30, 60, 90, 180, 365))),
                "note": "",
            }
        )


def _add_ties(setting: _Setting, rows: _Rows, pid: int, consents: list[bool]) -> None:
    """Membership of an association, and the consents given."""
    rng, today, stamp = setting.rng, setting.today, setting.stamp
    associations, officer = setting.associations, setting.officer
    if associations and rng.random() < 0.25:
        rows[Membership].append(
            {
                "person_id": pid,
                "association_id": rng.choice(associations),
                "role": rng.choices(("member", "board member", "president"), (90, 8, 2))[0],
                "since": None,
            }
        )
    for purpose, given_consent in zip(ConsentPurpose, consents, strict=True):
        if given_consent:
            rows[Consent].append(
                {
                    "person_id": pid,
                    "purpose": purpose.value,
                    "given_on": today - dt.timedelta(days=rng.randint(1, 900)),
                    "how_given": rng.choice(("signed form", "online form", "in person")),
                    "withdrawn_on": None,
                    "recorded_by": officer,
                    "created_at": stamp,
                }
            )
