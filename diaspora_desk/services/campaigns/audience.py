"""A campaign's audience computed in SQL: who fits the segment, who is left out and why.

Only active people (not archived, not merged) count. Consent for campaigns is the person's
flag, kept in step with the consent history by `services/people/consent.py`; a person whose
campaigns consent was withdrawn is "opted out" (opt-out always wins: such a person is never
reached, whatever the segment), one who never gave it has "no consent".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consent
from diaspora_desk.db.people_models import (
    Availability,
    Membership,
    Person,
    PersonLanguage,
    PersonOccupation,
    PersonPhone,
    Qualification,
)
from diaspora_desk.domain.campaigns import (
    CONTACT_NEEDED,
    PERSONAL_CHANNELS,
    AudienceCount,
    CampaignChannel,
    LeftOutReason,
    Segment,
    validate_segment,
)
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.postal import PostalParts
from diaspora_desk.domain.text import fold
from diaspora_desk.services.campaigns import segment_choices as choices
from diaspora_desk.services.campaigns.association_audience import association_recipients, count_associations
from diaspora_desk.services.campaigns.registry import campaign_record, load_campaign
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.gazetteer import Gazetteer

KM_PER_DEGREE = 111.2


@dataclass(frozen=True, slots=True)
class Recipient:
    """A consenting person of the audience with what the channels need."""

    person_id: int
    given_name: str
    family_name: str
    language: str
    country: str
    city: str
    phone: str
    email: str
    address: str
    postal: PostalParts = field(default_factory=PostalParts)
    association_id: int | None = None
    """Set when the recipient is an association (``person_id`` is then 0, ``given_name`` its name)."""


def segment_filter(segment: Segment, today: dt.date) -> list[ColumnElement[bool]]:
    """WHERE clauses over `person` for the segment (active people only)."""
    where: list[ColumnElement[bool]] = [Person.archived_at.is_(None), Person.merged_into_id.is_(None)]
    if segment.countries:
        where.append(Person.country.in_(segment.countries))
    if segment.cities:
        where.append(Person.city_key.in_([fold(c) for c in segment.cities]))
    if segment.radius is not None:
        where.append(_within(segment))
    if segment.association_ids:
        where.append(
            exists().where(
                Membership.person_id == Person.id, Membership.association_id.in_(segment.association_ids)
            )
        )
    if segment.return_intentions:
        where.append(Person.return_intention.in_(segment.return_intentions))
    # Age from the birth year: someone born in 1990 is 36 in 2026 for the whole year.
    if segment.min_age is not None:
        where.append(Person.birth_year <= today.year - segment.min_age)
    if segment.max_age is not None:
        where.append(Person.birth_year >= today.year - segment.max_age)
    return where + _skills_filter(segment)


def _skills_filter(segment: Segment) -> list[ColumnElement[bool]]:
    """Occupations, education, languages and availability: each an EXISTS over its table."""
    where: list[ColumnElement[bool]] = []
    if segment.isco_codes:
        where.append(
            exists().where(
                PersonOccupation.person_id == Person.id,
                or_(*(PersonOccupation.isco_code.startswith(code) for code in segment.isco_codes)),
            )
        )
    if segment.min_isced is not None:
        where.append(
            exists().where(
                Qualification.person_id == Person.id, Qualification.isced_level >= segment.min_isced
            )
        )
    if segment.languages:
        # IN (subquery): SQLite reads the speakers once into a temporary index, not per person.
        speakers = select(PersonLanguage.person_id).where(PersonLanguage.language.in_(segment.languages))
        where.append(or_(Person.preferred_language.in_(segment.languages), Person.id.in_(speakers)))
    if segment.available_on is not None:
        day = segment.available_on
        where.append(
            exists().where(
                Availability.person_id == Person.id,
                Availability.starts_on <= day,
                or_(Availability.ends_on.is_(None), Availability.ends_on >= day),
            )
        )
    return where


def _within(segment: Segment) -> ColumnElement[bool]:
    """Within the radius: a bounding box (index-friendly), then an equirectangular distance.

    Plain arithmetic, so it runs on any SQLite build (no math functions needed); over a few
    hundred kilometres it is within a fraction of a percent of the great-circle distance.
    """
    r = segment.radius
    assert r is not None
    dlat = r.km / KM_PER_DEGREE
    scale = max(math.cos(math.radians(r.latitude)), 0.01)
    dlon = min(dlat / scale, 180.0)
    y = Person.latitude - r.latitude
    x = (Person.longitude - r.longitude) * scale
    return and_(
        Person.latitude.is_not(None),
        Person.longitude.is_not(None),
        Person.latitude.between(r.latitude - dlat, r.latitude + dlat),
        Person.longitude.between(r.longitude - dlon, r.longitude + dlon),
        x * x + y * y <= dlat * dlat,
    )


def _withdrawn() -> ColumnElement[bool]:
    """Withdrew consent for campaigns: the few withdrawn consents are read once (IN), by the
    partial index ix_consent_withdrawn."""
    return Person.id.in_(
        select(Consent.person_id).where(
            Consent.purpose == ConsentPurpose.CAMPAIGNS.value, Consent.withdrawn_on.is_not(None)
        )
    )


NO_ADDRESS = func.trim(Person.address) == literal_column("''")
"""Written with a literal so that SQLite can use the partial index ix_person_no_address."""


def _has(channel: CampaignChannel) -> ColumnElement[bool]:
    reason = CONTACT_NEEDED[channel]
    if reason is LeftOutReason.NO_PHONE:
        return Person.phone_count > 0  # kept by triggers on person_phone (migration 0011)
    if reason is LeftOutReason.NO_EMAIL:
        return Person.email != literal_column("''")
    return ~NO_ADDRESS


def _flag(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def count_audience(
    session: Session, segment: Segment, channels: tuple[CampaignChannel, ...], today: dt.date
) -> AudienceCount:
    """One aggregate over the segment's people, read from the covering index ix_person_reach
    for a segment of countries and languages (see docs/benchmarks.md); the postal address, when
    letters are a channel, is counted by a second query on the partial index ix_person_no_address.
    """
    personal = [c for c in channels if c in PERSONAL_CHANNELS]
    by_reach = [c for c in personal if CONTACT_NEEDED[c] is not LeftOutReason.NO_ADDRESS]
    consenting = Person.consent_campaigns.is_(True)
    columns = [
        func.count(),
        _flag(and_(Person.consent_campaigns.is_(False), _withdrawn())),
        _flag(consenting),
        *(_flag(and_(consenting, ~_has(c))) for c in by_reach),
    ]
    where = segment_filter(segment, today)
    row = session.execute(select(*columns).select_from(Person).where(*where)).one()
    matching, opted_out, consented = int(row[0]), int(row[1]), int(row[2])
    without = {c: int(n) for c, n in zip(by_reach, row[3:], strict=True)}
    if len(by_reach) < len(personal):
        no_address = session.scalar(
            select(func.count()).select_from(Person).where(*where, consenting, NO_ADDRESS)
        )
        without.update({c: int(no_address or 0) for c in personal if c not in by_reach})
    associations, org_without = 0, dict[CampaignChannel, int]()
    if segment.include_associations:
        associations, org_without = count_associations(session, segment, personal)
    return AudienceCount(
        matching=matching,
        no_consent=matching - consented - opted_out,
        opted_out=opted_out,
        consenting=consented,
        without_contact={c: without[c] for c in personal},
        reachable={c: consented - without.get(c, 0) for c in channels},
        associations=associations,
        associations_without_contact=org_without,
        associations_reachable=(
            {c: associations - org_without.get(c, 0) for c in channels}
            if segment.include_associations
            else {}
        ),
    )


def all_recipients(
    session: Session, segment: Segment, channel: CampaignChannel, today: dt.date
) -> Iterator[Recipient]:
    """The people of :func:`recipients`, then the segment's associations with the contact."""
    yield from recipients(session, segment, channel, today)
    if segment.include_associations:
        for fields in association_recipients(session, segment, channel):
            yield Recipient(person_id=0, family_name="", **fields)  # type: ignore[arg-type]


def recipients(
    session: Session, segment: Segment, channel: CampaignChannel, today: dt.date
) -> Iterator[Recipient]:
    """Consenting people of the segment who have what `channel` needs, by id."""
    phone = (
        select(PersonPhone.e164)
        .where(PersonPhone.person_id == Person.id)
        .order_by(PersonPhone.position)
        .limit(1)
        .scalar_subquery()
    )
    where = [*segment_filter(segment, today), Person.consent_campaigns.is_(True)]
    if channel in CONTACT_NEEDED:
        where.append(_has(channel))
    stmt = (
        select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.preferred_language,
            Person.country,
            Person.city,
            phone,
            Person.email,
            Person.address,
            Person.postal_code,
            Person.locality,
            Person.region,
            Person.address_country,
        )
        .where(*where)
        .order_by(Person.id)
    )
    for row in session.execute(stmt):
        yield Recipient(
            person_id=row[0],
            given_name=row[1],
            family_name=row[2],
            language=row[3] or "",
            country=row[4],
            city=row[5],
            phone=row[6] or "",
            email=row[7],
            address=row[8],
            postal=PostalParts(row[9], row[10], row[11], row[12]),
        )


class AudienceService:
    """The live count of a segment (the segment editor calls it as the officer types), and the
    names the editor offers instead of codes."""

    def __init__(self, database: Database, clock: Clock, gazetteer: Gazetteer | None = None) -> None:
        self._db = database
        self._clock = clock
        self._gazetteer = gazetteer
        self._isco: dict[str, str] | None = None

    def count(self, segment: Segment, channels: tuple[CampaignChannel, ...] = ()) -> AudienceCount:
        clean = validate_segment(segment)
        with self._db.unit_of_work() as uow:
            return count_audience(uow.session, clean, channels, self._clock.today())

    def campaign_count(self, campaign_id: int) -> AudienceCount:
        with self._db.unit_of_work() as uow:
            record = campaign_record(uow.session, load_campaign(uow.session, campaign_id))
            return count_audience(uow.session, record.segment, record.channels, self._clock.today())

    def isco_groups(self) -> dict[str, str]:
        """ISCO-08 group code -> label, for choosing occupations by name."""
        if self._isco is None:
            with self._db.unit_of_work() as uow:
                self._isco = choices.isco_groups(uow.session)
        return self._isco

    def find_associations(self, text: str) -> list[tuple[int, str]]:
        """Active associations named like ``text``: (id, "Name — City")."""
        with self._db.unit_of_work() as uow:
            return choices.find_associations(uow.session, text)

    def association_labels(self, ids: tuple[int, ...]) -> dict[int, str]:
        if not ids:
            return {}
        with self._db.unit_of_work() as uow:
            return choices.association_labels(uow.session, ids)

    def town_names(self, countries: tuple[str, ...]) -> list[str]:
        """Gazetteer towns of the countries (none without a gazetteer), most populous first."""
        return choices.town_names(self._gazetteer, countries) if self._gazetteer else []
