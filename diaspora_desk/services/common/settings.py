"""First-run setup and settings: origin country, the consulate, the officer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import AppSetting, Consulate, ConsulateJurisdiction
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import ValidationError, message_of, msg
from diaspora_desk.domain.geography import country_code, is_subdivision_code
from diaspora_desk.domain.records import AppSettings, ConsulateRecord
from diaspora_desk.domain.text import clean_text
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.gazetteer import Gazetteer

ORIGIN_COUNTRY = "origin_country"
OFFICER_NAME = "officer_name"
CONSULATE_ID = "consulate_id"


@dataclass(frozen=True, slots=True)
class SetupDraft:
    origin_country: str
    officer_name: str
    consulate_name: str
    consulate_country: str
    consulate_city: str
    jurisdiction: tuple[str, ...] = ()


def consulate_record(consulate: Consulate) -> ConsulateRecord:
    return ConsulateRecord(
        id=consulate.id,
        name=consulate.name,
        country=consulate.country,
        city=consulate.city,
        latitude=consulate.latitude,
        longitude=consulate.longitude,
        jurisdiction=tuple(j.subdivision for j in consulate.jurisdiction),
    )


def read_setting(session: Session, key: str) -> str:
    row = session.get(AppSetting, key)
    return row.value if row else ""


def read_settings(session: Session) -> AppSettings:
    """The settings as they are in ``session``'s transaction."""
    consulate_id = read_setting(session, CONSULATE_ID)
    consulate = session.get(Consulate, int(consulate_id)) if consulate_id.isdigit() else None
    return AppSettings(
        origin_country=read_setting(session, ORIGIN_COUNTRY),
        officer_name=read_setting(session, OFFICER_NAME),
        consulate=consulate_record(consulate) if consulate else None,
    )


def write_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value


class SettingsService:
    """Reads and changes the application settings; the officer name goes into the audit."""

    def __init__(
        self, database: Database, gazetteer: Gazetteer, require: Callable[[Grant], None] | None = None
    ) -> None:
        self._db = database
        self._gazetteer = gazetteer
        # The signed-in officer's grant check (services/accounts sits above common/).
        self._require = require

    def current(self) -> AppSettings:
        with self._db.unit_of_work() as uow:
            return read_settings(uow.session)

    def officer(self) -> str:
        with self._db.unit_of_work() as uow:
            return read_setting(uow.session, OFFICER_NAME)

    def consulates(self) -> list[ConsulateRecord]:
        with self._db.unit_of_work() as uow:
            return [
                consulate_record(c) for c in uow.session.scalars(select(Consulate).order_by(Consulate.name))
            ]

    def save(self, draft: SetupDraft) -> AppSettings:
        """Validate and store the settings, creating or updating the current consulate."""
        if self._require is not None:
            self._require(Grant.SETTINGS)
        return self._save(draft)

    def _save(self, draft: SetupDraft) -> AppSettings:
        errors: dict[str, str] = {}
        origin = host = ""
        try:
            origin = country_code(draft.origin_country)
        except ValueError as exc:
            errors["origin_country"] = message_of(exc)
        try:
            host = country_code(draft.consulate_country)
        except ValueError as exc:
            errors["consulate_country"] = message_of(exc)
        officer = clean_text(draft.officer_name)
        name = clean_text(draft.consulate_name)
        city = clean_text(draft.consulate_city)
        for field, value in (
            ("officer_name", officer),
            ("consulate_name", name),
            ("consulate_city", city),
        ):
            if not value:
                errors[field] = msg("is required")
            elif len(value) > 200:
                errors[field] = msg("is longer than {limit} characters", limit=200)
        bad = [code for code in draft.jurisdiction if not is_subdivision_code(code)]
        if bad:
            errors["jurisdiction"] = msg("not ISO 3166-2 subdivision codes: {items}", items=", ".join(bad))
        if errors:
            raise ValidationError(errors)
        place = self._gazetteer.lookup(host, city)
        with self._db.unit_of_work(write=True) as uow:
            session = uow.session
            before = read_settings(session)
            consulate = None
            if before.consulate is not None:
                consulate = session.get(Consulate, before.consulate.id)
            if consulate is None:
                consulate = Consulate(name=name, country=host, city=city)
                session.add(consulate)
            consulate.name, consulate.country = name, host
            consulate.city = place.name if place else city
            consulate.latitude = place.latitude if place else None
            consulate.longitude = place.longitude if place else None
            consulate.jurisdiction = [
                ConsulateJurisdiction(subdivision=code.upper()) for code in sorted(set(draft.jurisdiction))
            ]
            session.flush()
            write_setting(session, ORIGIN_COUNTRY, origin)
            write_setting(session, OFFICER_NAME, officer)
            write_setting(session, CONSULATE_ID, str(consulate.id))
            session.flush()
            after = read_settings(session)
            record_event(
                session,
                officer=officer,
                action=AuditAction.SETTINGS,
                entity_type="settings",
                entity_id="app",
                before=before,
                after=after,
            )
            uow.commit()
            return after
