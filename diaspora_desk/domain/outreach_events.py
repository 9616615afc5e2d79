"""Diaspora events: forums, diaspora days, business forums, summer schools; registrations.

Who attended an event is sensitive (host authorities have used diaspora meeting lists to find
irregular residents, seed 001): services show attendance only with a reason, under audit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.text import cleaned_within

MAX_EVENT_DAYS = 31
# Longest texts an event keeps: refused when longer, never cut.
MAX_SHORT_TEXT = 200
MAX_NOTES = 5000


class EventKind(StrEnum):
    DIASPORA_FORUM = "diaspora_forum"
    DIASPORA_DAY = "diaspora_day"
    BUSINESS_FORUM = "business_forum"
    SUMMER_SCHOOL = "summer_school"
    COMMUNITY_MEETING = "community_meeting"
    OTHER = "other"


EVENT_KIND_LABELS = {
    EventKind.DIASPORA_FORUM: "Diaspora forum",
    EventKind.DIASPORA_DAY: "Diaspora day",
    EventKind.BUSINESS_FORUM: "Business forum",
    EventKind.SUMMER_SCHOOL: "Summer school",
    EventKind.COMMUNITY_MEETING: "Community meeting",
    EventKind.OTHER: "Other",
}


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


REGISTRATION_LABELS = {
    RegistrationStatus.REGISTERED: "Registered",
    RegistrationStatus.ATTENDED: "Attended",
    RegistrationStatus.NO_SHOW: "Did not come",
    RegistrationStatus.CANCELLED: "Cancelled",
}


@dataclass(frozen=True, slots=True)
class EventDraft:
    title: str
    kind: EventKind
    country: str
    city: str
    starts_on: dt.date
    ends_on: dt.date
    venue: str = ""
    capacity: int | None = None
    campaign_id: int | None = None
    practice_ids: tuple[str, ...] = ()
    follow_ups: str = ""
    notes: str = ""


def validate_event(draft: EventDraft) -> EventDraft:
    errors: dict[str, str] = {}
    title = cleaned_within(errors, "title", draft.title, MAX_SHORT_TEXT)
    if not title:
        errors["title"] = msg("is required")
    country = draft.country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        errors["country"] = msg("use a two-letter ISO country code")
    city = cleaned_within(errors, "city", draft.city, MAX_SHORT_TEXT)
    if not city:
        errors["city"] = msg("is required")
    venue = cleaned_within(errors, "venue", draft.venue, MAX_SHORT_TEXT)
    follow_ups = cleaned_within(errors, "follow_ups", draft.follow_ups, MAX_NOTES, multiline=True)
    notes = cleaned_within(errors, "notes", draft.notes, MAX_NOTES, multiline=True)
    if draft.ends_on < draft.starts_on:
        errors["ends_on"] = msg("is before the first day")
    elif (draft.ends_on - draft.starts_on).days >= MAX_EVENT_DAYS:
        errors["ends_on"] = msg("an event lasts at most {days} days", days=MAX_EVENT_DAYS)
    if draft.capacity is not None and not 0 < draft.capacity <= 1_000_000:
        errors["capacity"] = msg("must be a positive number")
    if errors:
        raise ValidationError(errors)
    return EventDraft(
        title=title,
        kind=draft.kind,
        country=country,
        city=city,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        venue=venue,
        capacity=draft.capacity,
        campaign_id=draft.campaign_id,
        practice_ids=tuple(dict.fromkeys(draft.practice_ids)),
        follow_ups=follow_ups,
        notes=notes,
    )


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: int
    title: str
    kind: EventKind
    country: str
    city: str
    venue: str
    starts_on: dt.date
    ends_on: dt.date
    capacity: int | None
    campaign_id: int | None
    practice_ids: tuple[str, ...]
    follow_ups: str
    notes: str
    registered: int
    """Registrations not cancelled (a count: no names)."""
    attended: int
    campaign_title: str = ""
    """The title of the campaign it belongs to ("" for none)."""


@dataclass(frozen=True, slots=True)
class Attendee:
    """A line of an attendance list (sensitive: read only through the audited service call)."""

    person_id: int
    name: str
    status: RegistrationStatus
    registered_on: dt.date
    city: str = ""
    """Where the person lives: tells two namesakes on the list apart."""
