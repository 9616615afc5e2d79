"""A realistic, deterministic demo consulate (generated people and groups, never real ones)."""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import phonenumbers
from sqlalchemy import func, insert, select

from diaspora_desk.db.models import (
    Association,
    AssociationContact,
    AssociationFocus,
    AssociationLanguage,
    AuditEvent,
    Interaction,
    Practice,
    PracticeLink,
)
from diaspora_desk.domain.audit_values import snapshot
from diaspora_desk.domain.enums import (
    ActivityKind,
    AssociationType,
    AuditAction,
    FocusArea,
    InteractionKind,
)
from diaspora_desk.domain.errors import KnownError, msg
from diaspora_desk.domain.geography import subdivisions
from diaspora_desk.domain.text import fold
from diaspora_desk.services.common.gazetteer import City
from diaspora_desk.services.common.settings import SetupDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.names import FAMILY, GIVEN, NAME_PATTERNS, STREETS, SUMMARIES

ORIGIN = "GT"
HOST = "US"
JURISDICTION = ("US-CA", "US-NV", "US-AZ", "US-UT", "US-OR", "US-WA")
OFFICERS = ("Marta Quiñónez", "Julián Ajú Tzul", "Rocío Batz Pérez")
PRACTICE_PREFIXES = ("A.2", "A.3", "A.4", "A.5", "IOM.3")


class DemoCancelled(KnownError):
    """The officer pressed Cancel while the demo was being made."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    associations: int
    interactions: int


# Real area codes of the jurisdiction's states; 555-01xx lines are reserved for fiction.
AREA_CODES = {
    "US-CA": (213, 310, 323, 415, 510, 559, 619, 626, 661, 714, 818, 909, 916),
    "US-NV": (702, 775),
    "US-AZ": (480, 520, 602, 623, 928),
    "US-UT": (385, 435, 801),
    "US-OR": (503, 541, 971),
    "US-WA": (206, 253, 360, 425, 509),
}


def _us_phone(rng: random.Random, state: str) -> str | None:
    codes = AREA_CODES.get(state)
    if not codes:
        return None
    number = phonenumbers.parse(f"+1{rng.choice(codes)}55501{rng.randrange(100):02d}")
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone_maker(rng: random.Random, region: str) -> Callable[[], str]:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    if example is None:
        raise KnownError(msg("No example phone number is known for {region}.", region=region))
    national = str(example.national_number)

    def make() -> str:
        for _attempt in range(50):
            candidate = national[:-4] + f"{rng.randrange(10000):04d}"
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            if phonenumbers.is_valid_number(number):
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)

    return make


def _host_cities(services: Services) -> list[tuple[City, str]]:
    states = {code.split("-")[1]: code for code in JURISDICTION}
    cities = [c for c in services.gazetteer.cities(HOST) if c.admin1 in states]
    return [(c, states[c.admin1]) for c in cities[:400]]


@dataclass(frozen=True, slots=True)
class _Setting:
    """What every generated association draws on; ``rng`` is the one source of randomness."""

    rng: random.Random
    today: dt.date
    stamp: dt.datetime
    hosts: list[tuple[City, str]]
    weights: list[float]
    state_names: dict[str, str]
    homes: list[str]
    phone: Callable[[], str]
    practice_ids: list[str]


@dataclass(slots=True)
class _Rows:
    """The rows to insert, table by table."""

    associations: list[dict[str, object]] = field(default_factory=list)
    focus: list[dict[str, object]] = field(default_factory=list)
    languages: list[dict[str, object]] = field(default_factory=list)
    contacts: list[dict[str, object]] = field(default_factory=list)
    interactions: list[dict[str, object]] = field(default_factory=list)
    links: list[dict[str, object]] = field(default_factory=list)


def build_demo(
    services: Services,
    *,
    associations: int = 60,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo consulate. Same seed and day, same data."""
    db = services.database
    with db.unit_of_work() as uow:
        if uow.session.scalar(select(func.count()).select_from(Association)):
            raise KnownError(
                msg("{path} already holds associations; the demo needs a new database.", path=db.path)
            )
    services.settings.save(
        SetupDraft(
            origin_country=ORIGIN,
            officer_name=OFFICERS[0],
            consulate_name="Consulado General de Guatemala en Los Ángeles",
            consulate_country=HOST,
            consulate_city="Los Angeles",
            jurisdiction=JURISDICTION,
        )
    )
    setting = _setting(services, seed)
    rows = _Rows()
    used: set[tuple[str, str]] = set()
    for index in range(1, associations + 1):
        if cancel is not None and cancel.is_set():
            raise DemoCancelled(msg("Demo cancelled; nothing was written."))
        _add_association(setting, rows, index, used)
        if progress is not None and index % 1000 == 0:
            progress(index, associations)
    _insert(services, rows, setting.stamp, seed)
    db.analyze()
    return DemoSummary(associations=len(rows.associations), interactions=len(rows.interactions))


def _setting(services: Services, seed: int) -> _Setting:
    rng = random.Random(seed)
    today = services.clock.today()
    hosts = _host_cities(services)
    state_names = dict(subdivisions(HOST))
    weights = [max(c.population, 1) ** 0.6 for c, _ in hosts]
    homes = [c.name for c in services.gazetteer.cities(ORIGIN)[:120]]
    phone = _phone_maker(rng, HOST)
    with services.database.unit_of_work() as uow:
        practice_ids = [
            p
            for p in uow.session.scalars(select(Practice.id).order_by(Practice.position))
            if p.startswith(PRACTICE_PREFIXES) and p.count(".") >= 2
        ]
    return _Setting(
        rng=rng,
        today=today,
        stamp=dt.datetime.combine(today, dt.time()),
        hosts=hosts,
        weights=weights,
        state_names=state_names,
        homes=homes,
        phone=phone,
        practice_ids=practice_ids,
    )


def _place_and_name(
    setting: _Setting, kind: AssociationType, index: int, used: set[tuple[str, str]]
) -> tuple[City, str, str]:
    """A host city, its state and a name no other association in that city has."""
    rng = setting.rng
    for _attempt in range(20):
        city, state = rng.choices(setting.hosts, weights=setting.weights)[0]
        home = rng.choice(setting.homes)
        name = rng.choice(NAME_PATTERNS[kind]).format(
            home=home, city=city.name, state=setting.state_names[state]
        )
        if (fold(name), city.name) not in used:
            break
    else:
        name = f"{name} ({index})"
    used.add((fold(name), city.name))
    return city, state, name


def _add_association(setting: _Setting, rows: _Rows, index: int, used: set[tuple[str, str]]) -> None:
    rng, today, stamp = setting.rng, setting.today, setting.stamp
    types = list(AssociationType)
    kind = types[(index - 1) % len(types)] if index <= len(types) else rng.choice(types)
    city, state, name = _place_and_name(setting, kind, index, used)
    contact = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {rng.choice(FAMILY)}"
    registered = rng.random() < 0.7
    founded = rng.randint(1975, today.year - 1)
    slug = "".join(ch for ch in fold(name) if ch.isalnum())[:18]
    rows.associations.append(
        {
            "id": index,
            "name": name,
            "name_key": fold(name),
            "type": kind.value,
            "country": HOST,
            "city": city.name,
            "city_key": fold(city.name),
            "latitude": city.latitude,
            "longitude": city.longitude,
            "acronym": "".join(w[0] for w in name.split() if w[0].isupper())[:8],
            "address": f"{rng.randint(100, 9999)} {rng.choice(STREETS)} St, {city.name}, {state[3:]}",
            "founded_year": founded,
            "members_estimate": rng.choice((15, 40, 80, 150, 300, 1200)),
            "website": f"https://{slug}.example.org" if rng.random() < 0.5 else "",
            "contact_person": contact,
            "leadership": f"President: {contact}",
            "registered": registered,
            "registered_on": today - dt.timedelta(days=rng.randint(30, 3000)) if registered else None,
            "advisory_council": rng.random() < 0.15,
            "independence_respected": True,
            "notes": "",
            "archived_at": stamp if rng.random() < 0.03 else None,
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    _add_reach(setting, rows, index, kind, state, slug)
    _add_interactions(setting, rows, index)


def _add_reach(
    setting: _Setting, rows: _Rows, index: int, kind: AssociationType, state: str, slug: str
) -> None:
    """Focus areas, languages and contacts of association ``index``."""
    rng = setting.rng
    for area in rng.sample(list(FocusArea), rng.randint(1, 3)):
        rows.focus.append({"association_id": index, "focus": area.value})
    rows.languages.append({"association_id": index, "language": "es"})
    rows.languages.append({"association_id": index, "language": "en"})
    if kind in (AssociationType.HOMETOWN, AssociationType.CULTURAL_RELIGIOUS) and rng.random() < 0.5:
        rows.languages.append({"association_id": index, "language": rng.choice(("quc", "mam", "kek", "cak"))})
    rows.contacts.append(
        {
            "association_id": index,
            "kind": "phone",
            "value": _us_phone(rng, state) or setting.phone(),
            "position": 0,
        }
    )
    rows.contacts.append(
        {
            "association_id": index,
            "kind": "email",
            "value": f"contacto@{slug or 'asociacion'}.example.org",
            "position": 1,
        }
    )


def _add_interactions(setting: _Setting, rows: _Rows, index: int) -> None:
    """The consulate's logged contacts with association ``index``, some tagged with practices."""
    rng = setting.rng
    for _n in range(rng.choice((0, 1, 2, 3, 5))):
        interaction_id = len(rows.interactions) + 1
        kind = rng.choice(list(InteractionKind))
        rows.interactions.append(
            {
                "id": interaction_id,
                "association_id": index,
                "kind": kind.value,
                "occurred_on": setting.today - dt.timedelta(days=rng.randint(1, 1100)),
                "officer": rng.choice(OFFICERS),
                "summary": rng.choice(SUMMARIES[kind]),
                "created_at": setting.stamp,
            }
        )
        practice_ids = setting.practice_ids
        for practice_id in rng.sample(practice_ids, min(len(practice_ids), rng.randint(0, 2))):
            rows.links.append(
                {
                    "practice_id": practice_id,
                    "activity_kind": ActivityKind.INTERACTION.value,
                    "activity_id": interaction_id,
                }
            )


def _insert(services: Services, rows: _Rows, stamp: dt.datetime, seed: int) -> None:
    with services.database.unit_of_work(write=True) as uow:
        session = uow.session
        for model, batch in (
            (Association, rows.associations),
            (AssociationFocus, rows.focus),
            (AssociationLanguage, rows.languages),
            (AssociationContact, rows.contacts),
            (Interaction, rows.interactions),
            (PracticeLink, rows.links),
        ):
            for start in range(0, len(batch), 5000):
                session.execute(insert(model), batch[start : start + 5000])
        session.add(
            AuditEvent(
                at=stamp,
                officer=OFFICERS[0],
                action=AuditAction.IMPORT.value,
                entity_type="demo",
                entity_id=str(seed),
                after=snapshot(
                    {"associations": len(rows.associations), "interactions": len(rows.interactions)}
                ),
            )
        )
        uow.commit()
