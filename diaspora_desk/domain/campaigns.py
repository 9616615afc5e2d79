"""Outreach campaigns: drafts and their validation, channels, statuses, the audience segment,
and messages with placeholders.

Pure code: no I/O. The reply parser lives in `domain/poll_replies.py`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from enum import StrEnum

from diaspora_desk.domain.enums import AssociationType
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.text import clean_text, cleaned_within

MAX_TITLE = 200
MAX_BODY = 5000


class CampaignChannel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"
    PHONE_CALL = "phone_call"
    EVENT = "event"
    RADIO_TV = "radio_tv"
    WEB_SOCIAL = "web_social"
    FACE_TO_FACE = "face_to_face"


CHANNEL_LABELS = {
    CampaignChannel.SMS: "Text message (SMS)",
    CampaignChannel.EMAIL: "E-mail",
    CampaignChannel.LETTER: "Letter",
    CampaignChannel.PHONE_CALL: "Phone calls",
    CampaignChannel.EVENT: "Event or forum",
    CampaignChannel.RADIO_TV: "Radio / TV",
    CampaignChannel.WEB_SOCIAL: "Web / social media",
    CampaignChannel.FACE_TO_FACE: "Face to face",
}

# Channels that reach named people, and the contact detail each needs.
PERSONAL_CHANNELS = (
    CampaignChannel.SMS,
    CampaignChannel.EMAIL,
    CampaignChannel.LETTER,
    CampaignChannel.PHONE_CALL,
)


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


CAMPAIGN_STATUS_LABELS = {
    CampaignStatus.DRAFT: "Draft",
    CampaignStatus.SCHEDULED: "Scheduled",
    CampaignStatus.RUNNING: "Running",
    CampaignStatus.DONE: "Done",
    CampaignStatus.CANCELLED: "Cancelled",
}


class LeftOutReason(StrEnum):
    """Why a person of the segment does not receive the campaign."""

    NO_CONSENT = "no_consent"
    OPTED_OUT = "opted_out"
    NO_PHONE = "no_phone"
    NO_EMAIL = "no_email"
    NO_ADDRESS = "no_address"


CONTACT_NEEDED = {
    CampaignChannel.SMS: LeftOutReason.NO_PHONE,
    CampaignChannel.PHONE_CALL: LeftOutReason.NO_PHONE,
    CampaignChannel.EMAIL: LeftOutReason.NO_EMAIL,
    CampaignChannel.LETTER: LeftOutReason.NO_ADDRESS,
}


@dataclass(frozen=True, slots=True)
class Radius:
    latitude: float
    longitude: float
    km: float


@dataclass(frozen=True, slots=True)
class Segment:
    """Who a campaign is for. Empty criteria do not filter; criteria combine with AND.

    Within one criterion the values are alternatives (any of these countries, any of these
    associations...). Only people with consent for campaigns are ever reached; the segment
    says who would be, the audience count says who is left out and why.
    """

    countries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    """Town names (matched accent- and case-blind) inside the countries."""
    radius: Radius | None = None
    association_ids: tuple[int, ...] = ()
    isco_codes: tuple[str, ...] = ()
    """ISCO-08 groups at any level (a major group "2" takes every "2xxx")."""
    min_isced: int | None = None
    languages: tuple[str, ...] = ()
    """Preferred language or a spoken language."""
    available_on: dt.date | None = None
    return_intentions: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    include_associations: bool = False
    """Associations are recipients too: active ones in the host countries and towns."""
    association_types: tuple[str, ...] = ()
    """Association types (AssociationType values) the associations must have; empty: any."""

    def to_json(self) -> str:
        data: dict[str, object] = {
            "countries": list(self.countries),
            "cities": list(self.cities),
            "association_ids": list(self.association_ids),
            "isco_codes": list(self.isco_codes),
            "min_isced": self.min_isced,
            "languages": list(self.languages),
            "available_on": self.available_on.isoformat() if self.available_on else None,
            "return_intentions": list(self.return_intentions),
            "min_age": self.min_age,
            "max_age": self.max_age,
            "include_associations": self.include_associations or None,
            "association_types": list(self.association_types),
            "radius": (
                {"latitude": self.radius.latitude, "longitude": self.radius.longitude, "km": self.radius.km}
                if self.radius
                else None
            ),
        }
        return json.dumps({k: v for k, v in data.items() if v not in (None, [])}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Segment:
        data = json.loads(text or "{}")
        radius = data.get("radius")
        available = data.get("available_on")
        return cls(
            countries=tuple(data.get("countries", ())),
            cities=tuple(data.get("cities", ())),
            radius=Radius(float(radius["latitude"]), float(radius["longitude"]), float(radius["km"]))
            if radius
            else None,
            association_ids=tuple(int(i) for i in data.get("association_ids", ())),
            isco_codes=tuple(data.get("isco_codes", ())),
            min_isced=data.get("min_isced"),
            languages=tuple(data.get("languages", ())),
            available_on=dt.date.fromisoformat(available) if available else None,
            return_intentions=tuple(data.get("return_intentions", ())),
            min_age=data.get("min_age"),
            max_age=data.get("max_age"),
            include_associations=bool(data.get("include_associations", False)),
            association_types=tuple(data.get("association_types", ())),
        )


ASSOCIATION_TYPES = frozenset(t.value for t in AssociationType)


def validate_segment(segment: Segment) -> Segment:
    """The segment with codes upper/lower-cased as stored; errors by field."""
    errors: dict[str, str] = {}
    countries = tuple(dict.fromkeys(c.strip().upper() for c in segment.countries if c.strip()))
    if any(len(c) != 2 or not c.isalpha() for c in countries):
        errors["countries"] = msg("use two-letter ISO country codes")
    isco = tuple(dict.fromkeys(c.strip() for c in segment.isco_codes if c.strip()))
    if any(not c.isdigit() or len(c) > 4 for c in isco):
        errors["isco_codes"] = msg("ISCO-08 codes have one to four digits")
    if segment.min_isced is not None and not 0 <= segment.min_isced <= 8:
        errors["min_isced"] = msg("ISCED levels run from 0 to 8")
    errors.update(_age_errors(segment.min_age, segment.max_age))
    if segment.radius is not None:
        errors.update(_radius_errors(segment.radius))
    if any(t not in ASSOCIATION_TYPES for t in segment.association_types):
        errors["association_types"] = msg("is not an association type")
    if errors:
        raise ValidationError(errors)
    return Segment(
        countries=countries,
        cities=tuple(dict.fromkeys(clean_text(c) for c in segment.cities if clean_text(c))),
        radius=segment.radius,
        association_ids=tuple(dict.fromkeys(segment.association_ids)),
        isco_codes=isco,
        min_isced=segment.min_isced,
        languages=tuple(dict.fromkeys(c.strip().lower() for c in segment.languages if c.strip())),
        available_on=segment.available_on,
        return_intentions=tuple(dict.fromkeys(segment.return_intentions)),
        min_age=segment.min_age,
        max_age=segment.max_age,
        include_associations=segment.include_associations,
        association_types=tuple(dict.fromkeys(segment.association_types)),
    )


def _age_errors(low: int | None, high: int | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, age in (("min_age", low), ("max_age", high)):
        if age is not None and not 0 <= age <= 130:
            errors[name] = msg("is not an age")
    if low is not None and high is not None and low > high:
        errors["max_age"] = msg("is below the lowest age")
    return errors


def _radius_errors(r: Radius) -> dict[str, str]:
    if not (-90 <= r.latitude <= 90 and -180 <= r.longitude <= 180):
        return {"radius": msg("the centre is not a place on Earth")}
    if not 0 < r.km <= 5000:
        return {"radius": msg("the radius must be between 0 and 5,000 km")}
    return {}


def _money_errors(draft: CampaignDraft) -> dict[str, str]:
    errors: dict[str, str] = {}
    if draft.budget is not None and not 0 <= draft.budget < 1e12:
        errors["budget"] = msg("must be zero or more")
    if not 0 <= draft.price_per_segment < 1e6:
        errors["price_per_segment"] = msg("must be zero or more")
    currency = draft.currency.strip().upper()
    if currency and (len(currency) != 3 or not currency.isalpha()):
        errors["currency"] = msg("use a three-letter ISO 4217 code")
    return errors


@dataclass(frozen=True, slots=True)
class CampaignDraft:
    """Unvalidated campaign fields as typed in the dialog or the CLI."""

    title: str
    objective: str = ""
    practice_ids: tuple[str, ...] = ()
    partners: str = ""
    channels: tuple[CampaignChannel, ...] = ()
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    budget: float | None = None
    currency: str = ""
    price_per_segment: float = 0.0
    """What the SMS gateway charges per segment, in the budget's currency."""
    status: CampaignStatus = CampaignStatus.DRAFT
    owner: str = ""
    place: str = ""
    """The {place} of the messages (where the campaign's date happens)."""
    fallback_language: str = "en"
    """The language of people whose preferred language has no message."""
    segment: Segment = field(default_factory=Segment)


def validate_campaign(draft: CampaignDraft) -> CampaignDraft:
    """A clean copy of `draft`, or ValidationError with a message per field."""
    errors: dict[str, str] = {}
    title = clean_text(draft.title)
    if not title:
        errors["title"] = msg("is required")
    elif len(title) > MAX_TITLE:
        errors["title"] = msg("is longer than {limit} characters", limit=MAX_TITLE)
    if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
        errors["ends_on"] = msg("is before the first day")
    errors.update(_money_errors(draft))
    fallback = draft.fallback_language.strip().lower()
    if not fallback or not fallback.isalpha() or len(fallback) > 3:
        errors["fallback_language"] = msg("use an ISO 639 language code")
    if draft.status is not CampaignStatus.DRAFT and not draft.channels:
        errors["channels"] = msg("choose at least one channel before scheduling")
    try:
        segment = validate_segment(draft.segment)
    except ValidationError as exc:
        errors.update({f"segment.{k}": v for k, v in exc.errors.items()})
        segment = draft.segment
    texts = {
        "objective": cleaned_within(errors, "objective", draft.objective, MAX_BODY, multiline=True),
        "partners": cleaned_within(errors, "partners", draft.partners, MAX_BODY, multiline=True),
        "owner": cleaned_within(errors, "owner", draft.owner, MAX_TITLE),
        "place": cleaned_within(errors, "place", draft.place, MAX_TITLE),
    }
    if errors:
        raise ValidationError(errors)
    return CampaignDraft(
        title=title,
        objective=texts["objective"],
        practice_ids=tuple(dict.fromkeys(draft.practice_ids)),
        partners=texts["partners"],
        channels=tuple(dict.fromkeys(draft.channels)),
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        budget=draft.budget,
        currency=draft.currency.strip().upper(),
        price_per_segment=draft.price_per_segment,
        status=draft.status,
        owner=texts["owner"],
        place=texts["place"],
        fallback_language=fallback,
        segment=segment,
    )


@dataclass(frozen=True, slots=True)
class CampaignRecord:
    id: int
    title: str
    objective: str
    practice_ids: tuple[str, ...]
    partners: str
    channels: tuple[CampaignChannel, ...]
    starts_on: dt.date | None
    ends_on: dt.date | None
    budget: float | None
    currency: str
    price_per_segment: float
    status: CampaignStatus
    owner: str
    place: str
    fallback_language: str
    segment: Segment

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            title=self.title,
            objective=self.objective,
            practice_ids=self.practice_ids,
            partners=self.partners,
            channels=self.channels,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            budget=self.budget,
            currency=self.currency,
            price_per_segment=self.price_per_segment,
            status=self.status,
            owner=self.owner,
            place=self.place,
            fallback_language=self.fallback_language,
            segment=self.segment,
        )


@dataclass(frozen=True, slots=True)
class CampaignSummary:
    """A row of the campaigns list."""

    id: int
    title: str
    status: CampaignStatus
    channels: tuple[CampaignChannel, ...]
    starts_on: dt.date | None
    owner: str
    replies: int


@dataclass(frozen=True, slots=True)
class AudienceCount:
    """Who a segment reaches over the chosen channels, and who is left out and why.

    `matching` people fit the segment; of them `no_consent` never gave consent for campaigns,
    `opted_out` withdrew it; `consenting` are the rest. `without_contact` counts consenting
    people lacking what a channel needs; `reachable` per channel is consenting minus those.
    """

    matching: int
    no_consent: int
    opted_out: int
    consenting: int
    without_contact: dict[CampaignChannel, int]
    reachable: dict[CampaignChannel, int]
    associations: int = 0
    """Active associations in the segment (when it includes associations)."""
    associations_without_contact: dict[CampaignChannel, int] = field(default_factory=dict)
    associations_reachable: dict[CampaignChannel, int] = field(default_factory=dict)
