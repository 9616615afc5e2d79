"""Home-country needs and the placements that answer them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import Need, NeedLanguage, NeedOccupation, Person, Placement
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.matching import NeedMode, NeedSpec, PlacementStatus
from diaspora_desk.domain.people import Cefr
from diaspora_desk.domain.text import clean_text, cleaned_within
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.people.occupations import OccupationService
from diaspora_desk.services.practices.catalogue import links_for, set_links

# Institution, title and place are kept in 200 characters (their columns).
MAX_NEED_TEXT = 200


@dataclass(frozen=True, slots=True)
class NeedDraft:
    institution: str
    title: str
    isco_codes: tuple[str, ...]
    mode: str
    sector: str = ""
    min_isced: int | None = None
    min_years_experience: int | None = None
    languages: tuple[tuple[str, Cefr], ...] = ()
    duration_days: int | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    place: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class NeedRecord:
    id: int
    institution: str
    title: str
    sector: str
    isco_codes: tuple[str, ...]
    min_isced: int | None
    min_years_experience: int | None
    languages: tuple[tuple[str, Cefr], ...]
    mode: NeedMode
    duration_days: int | None
    earliest: dt.date | None
    latest: dt.date | None
    place: str
    description: str
    status: str

    @property
    def spec(self) -> NeedSpec:
        return NeedSpec(
            self.isco_codes,
            self.min_isced,
            self.min_years_experience,
            self.languages,
            self.mode,
            self.earliest,
            self.latest,
            self.duration_days,
        )


@dataclass(frozen=True, slots=True)
class PlacementRecord:
    id: int
    need_id: int
    person_id: int
    person_name: str
    status: PlacementStatus
    starts_on: dt.date | None
    ends_on: dt.date | None
    people_trained: int | None
    services_delivered: int | None
    outcome_notes: str
    practice_ids: tuple[str, ...]


def need_record(session: Session, need: Need) -> NeedRecord:
    codes = tuple(
        session.scalars(
            select(NeedOccupation.isco_code)
            .where(NeedOccupation.need_id == need.id)
            .order_by(NeedOccupation.isco_code)
        )
    )
    languages = tuple(
        (lang, Cefr(level))
        for lang, level in session.execute(
            select(NeedLanguage.language, NeedLanguage.min_level)
            .where(NeedLanguage.need_id == need.id)
            .order_by(NeedLanguage.language)
        )
    )
    return NeedRecord(
        need.id,
        need.institution,
        need.title,
        need.sector,
        codes,
        need.min_isced,
        need.min_years_experience,
        languages,
        NeedMode(need.mode),
        need.duration_days,
        need.earliest,
        need.latest,
        need.place,
        need.description,
        need.status,
    )


def load_need(session: Session, need_id: int) -> Need:
    need = session.get(Need, need_id)
    if need is None:
        raise NotFoundError(msg("There is no need with id {need_id}.", need_id=need_id))
    return need


def person_placements(session: Session, person_id: int) -> list[PlacementRecord]:
    """A person's placements, newest need first."""
    rows = session.scalars(
        select(Placement)
        .where(Placement.person_id == person_id)
        .order_by(Placement.need_id.desc(), Placement.id)
    )
    return [placement_record(session, p) for p in rows]


class NeedService:
    def __init__(
        self, database: Database, occupations: OccupationService, clock: Clock, officer: Callable[[], str]
    ) -> None:
        self._db = database
        self._occupations = occupations
        self._clock = clock
        self._officer = officer

    def _validate(self, draft: NeedDraft) -> None:
        errors: dict[str, str] = {}
        for field in ("institution", "title", "place"):
            # Never cut: a cut value would be stored as if the officer had written it.
            text = cleaned_within(errors, field, getattr(draft, field), MAX_NEED_TEXT)
            if not text and field != "place":
                errors[field] = msg("is required")
        if not draft.isco_codes:
            errors["isco_codes"] = msg("name at least one ISCO-08 group")
        bad = [c for c in draft.isco_codes if not self._occupations.is_isco_code(c)]
        if bad:
            errors["isco_codes"] = msg("not ISCO-08 groups: {items}", items=", ".join(bad))
        try:
            NeedMode(draft.mode)
        except ValueError:
            errors["mode"] = msg(
                "'{mode}' is not one of {items}", mode=draft.mode, items=", ".join(m.value for m in NeedMode)
            )
        if draft.min_isced is not None and not 0 <= draft.min_isced <= 8:
            errors["min_isced"] = msg("is not an ISCED level (0 to 8)")
        if draft.duration_days is not None and draft.duration_days < 1:
            errors["duration_days"] = msg("must be at least one day")
        if draft.earliest and draft.latest and draft.latest < draft.earliest:
            errors["latest"] = msg("is before the earliest date")
        if errors:
            raise ValidationError(errors)

    def create(self, draft: NeedDraft) -> NeedRecord:
        self._validate(draft)
        with self._db.unit_of_work(write=True) as uow:
            need = Need(created_at=self._clock.now())
            self._apply(uow.session, need, draft)
            record = need_record(uow.session, need)
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.CREATE,
                entity_type="need",
                entity_id=need.id,
                after=record,
                at=self._clock.now(),
            )
            uow.commit()
            return record

    def update(self, need_id: int, draft: NeedDraft, status: str = "open") -> NeedRecord:
        self._validate(draft)
        if status not in ("open", "filled", "closed"):
            raise ValidationError({"status": msg("'{status}' is not open, filled or closed", status=status)})
        with self._db.unit_of_work(write=True) as uow:
            need = load_need(uow.session, need_id)
            before = need_record(uow.session, need)
            need.status = status
            self._apply(uow.session, need, draft)
            after = need_record(uow.session, need)
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.UPDATE,
                entity_type="need",
                entity_id=need_id,
                before=before,
                after=after,
                at=self._clock.now(),
            )
            uow.commit()
            return after

    @staticmethod
    def _apply(session: Session, need: Need, draft: NeedDraft) -> None:
        need.institution, need.title = clean_text(draft.institution), clean_text(draft.title)
        need.sector, need.min_isced = clean_text(draft.sector), draft.min_isced
        need.min_years_experience, need.mode = draft.min_years_experience, draft.mode
        need.duration_days, need.earliest, need.latest = draft.duration_days, draft.earliest, draft.latest
        need.place, need.description = clean_text(draft.place), clean_text(draft.description, multiline=True)
        if need.id is None:
            session.add(need)
        else:
            session.execute(delete(NeedOccupation).where(NeedOccupation.need_id == need.id))
            session.execute(delete(NeedLanguage).where(NeedLanguage.need_id == need.id))
        session.flush()
        session.add_all(NeedOccupation(need_id=need.id, isco_code=c) for c in sorted(set(draft.isco_codes)))
        session.add_all(
            NeedLanguage(need_id=need.id, language=lang, min_level=int(level))
            for lang, level in dict(draft.languages).items()
        )
        session.flush()

    def get(self, need_id: int) -> NeedRecord:
        with self._db.unit_of_work() as uow:
            return need_record(uow.session, load_need(uow.session, need_id))

    def all(self) -> list[NeedRecord]:
        with self._db.unit_of_work() as uow:
            return [
                need_record(uow.session, n)
                for n in uow.session.scalars(select(Need).order_by(Need.id.desc()))
            ]

    # -- placements -------------------------------------------------------------------
    def propose(self, need_id: int, person_id: int) -> PlacementRecord:
        """Record a shortlisted person as proposed; only people who consented to sharing."""
        with self._db.unit_of_work(write=True) as uow:
            load_need(uow.session, need_id)
            person = uow.session.get(Person, person_id)
            if person is None:
                raise NotFoundError(msg("There is no person with id {person_id}.", person_id=person_id))
            if not person.consent_sharing:
                raise ValidationError({"person": msg("has not consented to sharing a profile for matching")})
            placement = Placement(
                need_id=need_id,
                person_id=person_id,
                status=PlacementStatus.PROPOSED.value,
                created_at=self._clock.now(),
                updated_at=self._clock.now(),
            )
            uow.session.add(placement)
            uow.session.flush()
            record = placement_record(uow.session, placement)
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.CREATE,
                entity_type="placement",
                entity_id=placement.id,
                after=record,
                at=self._clock.now(),
            )
            uow.commit()
            return record

    def update_placement(
        self,
        placement_id: int,
        *,
        status: PlacementStatus,
        starts_on: dt.date | None = None,
        ends_on: dt.date | None = None,
        people_trained: int | None = None,
        services_delivered: int | None = None,
        outcome_notes: str = "",
        practice_ids: tuple[str, ...] = (),
    ) -> PlacementRecord:
        if starts_on and ends_on and ends_on < starts_on:
            raise ValidationError({"ends_on": msg("is before the start")})
        for name, value in (("people_trained", people_trained), ("services_delivered", services_delivered)):
            if value is not None and value < 0:
                raise ValidationError({name: msg("must not be negative")})
        with self._db.unit_of_work(write=True) as uow:
            placement = uow.session.get(Placement, placement_id)
            if placement is None:
                raise NotFoundError(
                    msg("There is no placement with id {placement_id}.", placement_id=placement_id)
                )
            before = placement_record(uow.session, placement)
            placement.status, placement.starts_on, placement.ends_on = status.value, starts_on, ends_on
            placement.people_trained, placement.services_delivered = people_trained, services_delivered
            placement.outcome_notes = clean_text(outcome_notes, multiline=True)
            placement.updated_at = self._clock.now()
            set_links(uow.session, ActivityKind.PLACEMENT, placement_id, practice_ids)
            uow.session.flush()
            after = placement_record(uow.session, placement)
            record_event(
                uow.session,
                officer=self._officer(),
                action=AuditAction.UPDATE,
                entity_type="placement",
                entity_id=placement_id,
                before=before,
                after=after,
                at=self._clock.now(),
            )
            uow.commit()
            return after

    def placements(self, need_id: int) -> list[PlacementRecord]:
        with self._db.unit_of_work() as uow:
            rows = uow.session.scalars(
                select(Placement).where(Placement.need_id == need_id).order_by(Placement.id)
            )
            return [placement_record(uow.session, p) for p in rows]


def placement_record(session: Session, p: Placement) -> PlacementRecord:
    person = session.get(Person, p.person_id)
    name = f"{person.given_name} {person.family_name}".strip() if person else str(p.person_id)
    links = links_for(session, ActivityKind.PLACEMENT, [p.id]).get(p.id, ())
    return PlacementRecord(
        p.id,
        p.need_id,
        p.person_id,
        name,
        PlacementStatus(p.status),
        p.starts_on,
        p.ends_on,
        p.people_trained,
        p.services_delivered,
        p.outcome_notes,
        links,
    )
