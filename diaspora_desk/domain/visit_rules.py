"""The rules a mobile visit's draft must follow: a town, days in order and not too many, opening
hours holding a slot, each service once with a capacity in range, texts within their columns.

Pure code: no I/O. Texts are refused when too long, naming the field and the limit, never cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.text import clean_text, cleaned_within
from diaspora_desk.domain.visits import (
    MAX_CAPACITY_PER_HOUR,
    MAX_VISIT_DAYS,
    SERVICE_CATALOGUE,
    SLOT_MINUTES,
    ConsularService,
    EquipmentItem,
    OfferedService,
    TeamMember,
    VisitDraft,
)

# Longest texts a visit keeps (the columns' sizes).
MAX_SHORT_TEXT = 200
MAX_ROLE = 100
MAX_ADDRESS = 2000
MAX_NOTES = 20000


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _check_services(errors: dict[str, str], services: Sequence[OfferedService]) -> None:
    """Each service offered once, with a capacity in range; the last problem found is the one shown."""
    seen: set[ConsularService] = set()
    for offered in services:
        if offered.service in seen:
            errors["services"] = msg(
                "{title} is listed twice", title=SERVICE_CATALOGUE[offered.service].title
            )
        seen.add(offered.service)
        if not 1 <= offered.capacity_per_hour <= MAX_CAPACITY_PER_HOUR:
            errors["services"] = msg(
                "capacity per hour of {title} must be between 1 and {high}",
                title=SERVICE_CATALOGUE[offered.service].title,
                high=MAX_CAPACITY_PER_HOUR,
            )
        if offered.walk_ins_served < 0:
            errors["services"] = msg("walk-ins served cannot be negative")


def validate_visit(draft: VisitDraft) -> VisitDraft:
    """Check and tidy a visit draft; raises :class:`ValidationError` naming each bad field."""
    errors: dict[str, str] = {}
    city = cleaned_within(errors, "city", draft.city, MAX_SHORT_TEXT)
    if not city:
        errors["city"] = msg("the town of the visit is required")
    if draft.ends_on < draft.starts_on:
        errors["ends_on"] = msg("the visit ends before it starts")
    elif (draft.ends_on - draft.starts_on).days + 1 > MAX_VISIT_DAYS:
        errors["ends_on"] = msg("a mobile visit lasts at most {days} days", days=MAX_VISIT_DAYS)
    if draft.slot_minutes not in SLOT_MINUTES:
        errors["slot_minutes"] = msg("slots last {items} minutes", items=", ".join(map(str, SLOT_MINUTES)))
    elif _minutes(draft.closes_at) - _minutes(draft.opens_at) < draft.slot_minutes:
        errors["closes_at"] = msg("opening hours must hold at least one slot")
    _check_services(errors, draft.services)
    team = tuple(
        TeamMember(
            cleaned_within(errors, "team", m.name, MAX_SHORT_TEXT),
            cleaned_within(errors, "team", m.role, MAX_ROLE),
        )
        for m in draft.team
        if clean_text(m.name)
    )
    equipment = tuple(
        EquipmentItem(cleaned_within(errors, "equipment", e.item, MAX_SHORT_TEXT), e.packed)
        for e in draft.equipment
        if clean_text(e.item)
    )
    short = {
        name: cleaned_within(errors, name, getattr(draft, name), MAX_SHORT_TEXT)
        for name in ("title", "venue", "host_partner")
    }
    long = {
        name: cleaned_within(errors, name, getattr(draft, name), limit, multiline=True)
        for name, limit in (
            ("venue_address", MAX_ADDRESS),
            ("issues_raised", MAX_NOTES),
            ("notes", MAX_NOTES),
        )
    }
    if errors:
        raise ValidationError(errors)
    return VisitDraft(
        consulate_id=draft.consulate_id,
        country=draft.country.strip().upper(),
        city=city,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        opens_at=draft.opens_at,
        closes_at=draft.closes_at,
        slot_minutes=draft.slot_minutes,
        title=short["title"],
        venue=short["venue"],
        venue_address=long["venue_address"],
        host_association_id=draft.host_association_id,
        host_partner=short["host_partner"],
        status=draft.status,
        services=draft.services,
        team=team,
        equipment=equipment,
        practice_ids=draft.practice_ids,
        issues_raised=long["issues_raised"],
        notes=long["notes"],
    )
