"""The origin country's permanent consulates in the host country: where they are, what they serve."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consulate, ConsulateJurisdiction
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, message_of, msg
from diaspora_desk.domain.geography import country_code, is_subdivision_code
from diaspora_desk.domain.records import ConsulateRecord
from diaspora_desk.domain.text import clean_text
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import consulate_record


@dataclass(frozen=True, slots=True)
class ConsulateDraft:
    name: str
    country: str
    city: str
    jurisdiction: tuple[str, ...] = ()


class ConsulateService:
    """Lists, adds and changes consulates; the planner measures distances from them."""

    def __init__(self, database: Database, gazetteer: Gazetteer, clock: Clock, officer: Callable[[], str]):
        self._db = database
        self._gazetteer = gazetteer
        self._clock = clock
        self._officer = officer

    def list(self) -> list[ConsulateRecord]:
        with self._db.unit_of_work() as uow:
            return [
                consulate_record(c) for c in uow.session.scalars(select(Consulate).order_by(Consulate.name))
            ]

    def get(self, consulate_id: int) -> ConsulateRecord:
        with self._db.unit_of_work() as uow:
            row = uow.session.get(Consulate, consulate_id)
            if row is None:
                raise NotFoundError(
                    msg("There is no consulate with id {consulate_id}.", consulate_id=consulate_id)
                )
            return consulate_record(row)

    def save(self, draft: ConsulateDraft, consulate_id: int | None = None) -> ConsulateRecord:
        """Create a consulate (no id) or change one; the city must be in the offline gazetteer."""
        errors: dict[str, str] = {}
        name, city = clean_text(draft.name), clean_text(draft.city)
        country = ""
        try:
            country = country_code(draft.country)
        except ValueError as exc:
            errors["country"] = message_of(exc)
        if not name:
            errors["name"] = msg("is required")
        elif len(name) > 200:
            errors["name"] = msg("is longer than {limit} characters", limit=200)
        place = self._gazetteer.lookup(country, city) if country and city else None
        if not city:
            errors["city"] = msg("is required")
        elif country and place is None:
            errors["city"] = msg(
                "'{city}' is not a town of {country} in the offline gazetteer",
                city=city[:60],
                country=country,
            )
        codes = sorted({code.strip().upper() for code in draft.jurisdiction if code.strip()})
        bad = [code for code in codes if not is_subdivision_code(code)]
        if bad:
            errors["jurisdiction"] = msg("not ISO 3166-2 subdivision codes: {items}", items=", ".join(bad))
        if errors:
            raise ValidationError(errors)
        assert place is not None
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            before = None
            if consulate_id is None:
                row = Consulate(name=name, country=country, city=place.name)
                session.add(row)
            else:
                found = session.get(Consulate, consulate_id)
                if found is None:
                    raise NotFoundError(
                        msg("There is no consulate with id {consulate_id}.", consulate_id=consulate_id)
                    )
                row = found
                before = consulate_record(row)
            row.name, row.country, row.city = name, country, place.name
            row.latitude, row.longitude = place.latitude, place.longitude
            row.jurisdiction = [ConsulateJurisdiction(subdivision=code) for code in codes]
            session.flush()
            after = consulate_record(row)
            record_event(
                session,
                officer=self._officer(),
                action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
                entity_type="consulate",
                entity_id=row.id,
                before=before,
                after=after,
                at=self._clock.now(),
            )
            uow.commit()
            return after
