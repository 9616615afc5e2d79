"""Partners of the consulate and the agreements signed with them: code lists, drafts, validation.

Partner kinds follow the sources' list of partnerships (seeds 000, 002, 004: banks and
money-transfer firms, NGOs, business, unions, universities, international organisations...);
a diaspora association partner links to the association registry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.fields import parsed
from diaspora_desk.domain.labels import N_
from diaspora_desk.domain.organisation import contact_fields, long_text, short_text
from diaspora_desk.domain.text import clean_text, fold

EXPIRY_WINDOW_DAYS = 90
E = TypeVar("E", bound=StrEnum)


class PartnerKind(StrEnum):
    BANK = "bank"
    MONEY_TRANSFER = "money_transfer"
    MICROFINANCE = "microfinance"
    NGO = "ngo"
    BUSINESS = "business"
    CHAMBER_OF_COMMERCE = "chamber_of_commerce"
    UNION = "union"
    UNIVERSITY = "university"
    HOSPITAL = "hospital"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    HOME_AUTHORITY = "home_authority"
    HOST_AUTHORITY = "host_authority"
    RECRUITMENT_AGENCY = "recruitment_agency"
    MEDIA = "media"
    RELIGIOUS_COMMUNITY = "religious_community"
    DIASPORA_ASSOCIATION = "diaspora_association"
    OTHER = "other"


class PartnerLevel(StrEnum):
    LOCAL = "local"
    NATIONAL = "national"
    INTERNATIONAL = "international"


class AgreementKind(StrEnum):
    MOU = "mou"
    BILATERAL = "bilateral"
    TWINNING = "twinning"
    SERVICE = "service"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    NEGOTIATION = "negotiation"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"


# English labels first; the Spanish and French names are what files from the field write.
PARTNER_KIND_NAMES: dict[PartnerKind, tuple[str, ...]] = {
    PartnerKind.BANK: (N_("Bank"), "Banco", "Banque"),
    PartnerKind.MONEY_TRANSFER: (N_("Money-transfer firm"), "Remesadora", "Société de transfert d'argent"),
    PartnerKind.MICROFINANCE: (
        N_("Microfinance institution"),
        "Microfinanciera",
        "Institution de microfinance",
    ),
    PartnerKind.NGO: (N_("NGO"), "ONG", "Non-governmental organisation"),
    PartnerKind.BUSINESS: (N_("Business"), "Empresa", "Entreprise"),
    PartnerKind.CHAMBER_OF_COMMERCE: (N_("Chamber of commerce"), "Cámara de comercio", "Chambre de commerce"),
    PartnerKind.UNION: (N_("Trade union"), "Sindicato", "Syndicat"),
    PartnerKind.UNIVERSITY: (N_("University"), "Universidad", "Université"),
    PartnerKind.HOSPITAL: (N_("Hospital"), "Hôpital"),
    PartnerKind.INTERNATIONAL_ORGANISATION: (
        N_("International organisation"),
        "Organismo internacional",
        "Organisation internationale",
    ),
    PartnerKind.HOME_AUTHORITY: (
        N_("Local or regional authority (home)"),
        "Autoridad local de origen",
        "Collectivité locale d'origine",
    ),
    PartnerKind.HOST_AUTHORITY: (
        N_("Local or regional authority (host)"),
        "Autoridad local de acogida",
        "Collectivité locale d'accueil",
    ),
    PartnerKind.RECRUITMENT_AGENCY: (
        N_("Recruitment agency"),
        "Agencia de reclutamiento",
        "Agence de recrutement",
    ),
    PartnerKind.MEDIA: (N_("Media"), "Medio de comunicación", "Médias"),
    PartnerKind.RELIGIOUS_COMMUNITY: (
        N_("Religious community"),
        "Comunidad religiosa",
        "Communauté religieuse",
    ),
    PartnerKind.DIASPORA_ASSOCIATION: (
        N_("Diaspora association"),
        "Asociación de la diáspora",
        "Association de la diaspora",
    ),
    PartnerKind.OTHER: (N_("Other"), "Otro", "Autre"),
}
PARTNER_KIND_LABELS = {kind: names[0] for kind, names in PARTNER_KIND_NAMES.items()}
LEVEL_NAMES: dict[PartnerLevel, tuple[str, ...]] = {
    PartnerLevel.LOCAL: ("Local",),
    PartnerLevel.NATIONAL: ("National", "Nacional"),
    PartnerLevel.INTERNATIONAL: ("International", "Internacional"),
}
LEVEL_LABELS = {level: names[0] for level, names in LEVEL_NAMES.items()}
AGREEMENT_KIND_LABELS: dict[AgreementKind, str] = {
    AgreementKind.MOU: N_("Memorandum of understanding"),
    AgreementKind.BILATERAL: N_("Bilateral agreement"),
    AgreementKind.TWINNING: N_("Twinning"),
    AgreementKind.SERVICE: N_("Service agreement"),
}
AGREEMENT_STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: N_("Draft"),
    AgreementStatus.NEGOTIATION: N_("In negotiation"),
    AgreementStatus.IN_FORCE: N_("In force"),
    AgreementStatus.EXPIRED: N_("Expired"),
    AgreementStatus.TERMINATED: N_("Terminated"),
}


def _code_index(names: dict[E, tuple[str, ...]]) -> dict[str, E]:
    index: dict[str, E] = {}
    for code, labels in names.items():
        for text in (code.value, code.value.replace("_", " "), *labels):
            index[fold(text).strip()] = code
    return index


def parse_partner_kind(text: str) -> PartnerKind:
    """A kind by its code or its name in English, Spanish or French ("ONG", "Banco")."""
    kind = _code_index(PARTNER_KIND_NAMES).get(fold(text).strip())
    if kind is None:
        raise ValueError(msg("'{text}' is not a kind of partner", text=text.strip()[:40]))
    return kind


def parse_level(text: str) -> PartnerLevel:
    level = _code_index(LEVEL_NAMES).get(fold(text).strip())
    if level is None:
        raise ValueError(msg("'{text}' is not local, national or international", text=text.strip()[:40]))
    return level


@dataclass(frozen=True, slots=True)
class PartnerDraft:
    """A partner as typed or read from a file (the country as a name or a code)."""

    name: str
    kind: str = PartnerKind.OTHER.value
    country: str = ""
    city: str = ""
    level: str = PartnerLevel.LOCAL.value
    association_id: int | None = None
    contact_person: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    website: str = ""
    notes: str = ""
    practice_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartnerFields:
    """A validated partner: codes, E.164 phones (the partner's country the default region)."""

    name: str
    kind: PartnerKind
    country: str
    city: str
    level: PartnerLevel
    association_id: int | None
    contact_person: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    website: str
    notes: str
    practice_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PartnerRecord:
    id: int
    name: str
    kind: PartnerKind
    country: str
    city: str
    level: PartnerLevel
    association_id: int | None
    association_name: str
    contact_person: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    website: str
    notes: str
    practice_ids: tuple[str, ...]
    created_on: dt.date

    def draft(self) -> PartnerDraft:
        return PartnerDraft(
            name=self.name,
            kind=self.kind.value,
            country=self.country,
            city=self.city,
            level=self.level.value,
            association_id=self.association_id,
            contact_person=self.contact_person,
            phones=self.phones,
            emails=self.emails,
            website=self.website,
            notes=self.notes,
            practice_ids=self.practice_ids,
        )


def validate_partner(draft: PartnerDraft) -> PartnerFields:
    """Check and normalise a partner; raise `ValidationError` naming every bad field."""
    errors: dict[str, str] = {}
    name = short_text(errors, "name", draft.name, required=True)
    kind = parsed(errors, "kind", draft.kind or PartnerKind.OTHER.value, parse_partner_kind)
    level = parsed(errors, "level", draft.level or PartnerLevel.LOCAL.value, parse_level)
    contact = contact_fields(errors, draft.country, draft.phones, draft.emails, draft.website)
    if kind is PartnerKind.DIASPORA_ASSOCIATION and draft.association_id is None:
        errors["association"] = msg("a diaspora association partner names its association")
    fields = PartnerFields(
        name=name,
        kind=kind or PartnerKind.OTHER,
        country=contact.country,
        city=short_text(errors, "city", draft.city),
        level=level or PartnerLevel.LOCAL,
        association_id=draft.association_id if kind is PartnerKind.DIASPORA_ASSOCIATION else None,
        contact_person=short_text(errors, "contact_person", draft.contact_person),
        phones=contact.phones,
        emails=contact.emails,
        website=contact.website,
        notes=long_text(errors, "notes", draft.notes),
        practice_ids=tuple(dict.fromkeys(draft.practice_ids)),
    )
    if errors:
        raise ValidationError(errors)
    return fields


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    title: str
    kind: AgreementKind = AgreementKind.MOU
    status: AgreementStatus = AgreementStatus.DRAFT
    partner_ids: tuple[int, ...] = ()
    signed_on: dt.date | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    document_path: str = ""
    notes: str = ""
    practice_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgreementRecord:
    id: int
    title: str
    kind: AgreementKind
    status: AgreementStatus
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]
    signed_on: dt.date | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    document_path: str
    notes: str
    practice_ids: tuple[str, ...]

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            title=self.title,
            kind=self.kind,
            status=self.status,
            partner_ids=self.partner_ids,
            signed_on=self.signed_on,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            document_path=self.document_path,
            notes=self.notes,
            practice_ids=self.practice_ids,
        )

    def days_left(self, today: dt.date) -> int | None:
        return None if self.ends_on is None else (self.ends_on - today).days


def validate_agreement(draft: AgreementDraft) -> AgreementDraft:
    """The draft with clean text; raise `ValidationError` for a missing title or counterpart,
    or dates out of order."""
    errors: dict[str, str] = {}
    title = short_text(errors, "title", draft.title, required=True)
    if not draft.partner_ids:
        errors["partners"] = msg("an agreement has at least one counterpart")
    if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
        errors["ends_on"] = msg("ends before it starts")
    if draft.status is AgreementStatus.IN_FORCE and draft.signed_on is None:
        errors["signed_on"] = msg("an agreement in force has a signature date")
    document = clean_text(draft.document_path)
    if len(document) > 1000:
        errors["document_path"] = msg("is longer than {limit} characters", limit=1000)
    notes = long_text(errors, "notes", draft.notes)
    if errors:
        raise ValidationError(errors)
    return AgreementDraft(
        title=title,
        kind=draft.kind,
        status=draft.status,
        partner_ids=tuple(dict.fromkeys(draft.partner_ids)),
        signed_on=draft.signed_on,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        document_path=document,
        notes=notes,
        practice_ids=tuple(dict.fromkeys(draft.practice_ids)),
    )


def expires_soon(record: AgreementRecord, today: dt.date, window_days: int = EXPIRY_WINDOW_DAYS) -> bool:
    """In force (or about to be) and ending between today and ``window_days`` from now."""
    if record.status not in (AgreementStatus.IN_FORCE, AgreementStatus.NEGOTIATION):
        return False
    days = record.days_left(today)
    return days is not None and 0 <= days <= window_days
