"""Projects, including matching-fund projects (Mexico's 3x1, El Salvador's "United by
Solidarity", co-development: seed 001): code lists, drafts, validation and the funding check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.fields import parsed
from diaspora_desk.domain.funding import (
    FundingSource,
    MatchingCheck,
    MatchingRule,
    check_matching,
)
from diaspora_desk.domain.geography import country_code
from diaspora_desk.domain.labels import N_
from diaspora_desk.domain.organisation import long_text, short_text
from diaspora_desk.domain.text import fold

MAX_BENEFICIARIES = 100_000_000
E = TypeVar("E", bound=StrEnum)


class ProjectProgramme(StrEnum):
    THREE_FOR_ONE = "3x1"
    UNITED_BY_SOLIDARITY = "united_by_solidarity"
    CO_DEVELOPMENT = "co_development"
    OTHER = "other"


class ProjectStage(StrEnum):
    IDENTIFICATION = "identification"
    FEASIBILITY = "feasibility"
    IMPLEMENTATION = "implementation"
    MONITORING = "monitoring"
    COMPLETED = "completed"


class ProjectSector(StrEnum):
    WATER_SANITATION = "water_sanitation"
    ROADS = "roads"
    EDUCATION = "education"
    HEALTH = "health"
    PRODUCTIVE = "productive"
    COMMUNITY = "community"
    OTHER = "other"


PROGRAMME_LABELS: dict[ProjectProgramme, str] = {
    ProjectProgramme.THREE_FOR_ONE: "3x1 for migrants",
    ProjectProgramme.UNITED_BY_SOLIDARITY: "United by Solidarity",
    ProjectProgramme.CO_DEVELOPMENT: "Co-development",
    ProjectProgramme.OTHER: "Other",
}
STAGE_LABELS: dict[ProjectStage, str] = {
    ProjectStage.IDENTIFICATION: N_("Identification"),
    ProjectStage.FEASIBILITY: N_("Feasibility"),
    ProjectStage.IMPLEMENTATION: N_("Implementation"),
    ProjectStage.MONITORING: N_("Monitoring"),
    ProjectStage.COMPLETED: N_("Completed"),
}
SECTOR_LABELS: dict[ProjectSector, str] = {
    ProjectSector.WATER_SANITATION: "Water and sanitation",
    ProjectSector.ROADS: "Roads and bridges",
    ProjectSector.EDUCATION: "Education",
    ProjectSector.HEALTH: "Health",
    ProjectSector.PRODUCTIVE: "Productive project",
    ProjectSector.COMMUNITY: "Community buildings",
    ProjectSector.OTHER: "Other",
}
# Names the files of the field use for the stages (Spanish and French besides the labels).
_STAGE_ALIASES = {
    "identificacion": ProjectStage.IDENTIFICATION,
    "factibilidad": ProjectStage.FEASIBILITY,
    "viabilidad": ProjectStage.FEASIBILITY,
    "faisabilite": ProjectStage.FEASIBILITY,
    "ejecucion": ProjectStage.IMPLEMENTATION,
    "execution": ProjectStage.IMPLEMENTATION,
    "mise en oeuvre": ProjectStage.IMPLEMENTATION,
    "seguimiento": ProjectStage.MONITORING,
    "suivi": ProjectStage.MONITORING,
    "concluido": ProjectStage.COMPLETED,
    "terminado": ProjectStage.COMPLETED,
    "termine": ProjectStage.COMPLETED,
}
DEFAULT_RULES = {ProjectProgramme.THREE_FOR_ONE: "1:1:1:1"}


def _lookup(text: str, labels: dict[E, str], extra: dict[str, E], what: str) -> E:
    key = fold(text).strip()
    for code, label in labels.items():
        if key in (code.value, code.value.replace("_", " "), fold(label)):
            return code
    if key in extra:
        return extra[key]
    raise ValueError(msg("'{text}' is not a {what}", text=text.strip()[:40], what=what))


def parse_stage(text: str) -> ProjectStage:
    return _lookup(text, STAGE_LABELS, _STAGE_ALIASES, "project stage")


def parse_programme(text: str) -> ProjectProgramme:
    aliases = {"3 x 1": ProjectProgramme.THREE_FOR_ONE, "tres por uno": ProjectProgramme.THREE_FOR_ONE}
    aliases["unidos por la solidaridad"] = ProjectProgramme.UNITED_BY_SOLIDARITY
    aliases["codesarrollo"] = ProjectProgramme.CO_DEVELOPMENT
    aliases["codeveloppement"] = ProjectProgramme.CO_DEVELOPMENT
    return _lookup(text, PROGRAMME_LABELS, aliases, "programme")


def parse_sector(text: str) -> ProjectSector:
    aliases = {"agua": ProjectSector.WATER_SANITATION, "eau": ProjectSector.WATER_SANITATION}
    aliases.update({"educacion": ProjectSector.EDUCATION, "salud": ProjectSector.HEALTH})
    aliases.update({"sante": ProjectSector.HEALTH, "caminos": ProjectSector.ROADS})
    return _lookup(text, SECTOR_LABELS, aliases, "sector")


@dataclass(frozen=True, slots=True)
class FundingLine:
    source: FundingSource
    pledged: Decimal
    received: Decimal = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Milestone:
    title: str
    due_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ProjectDraft:
    title: str
    programme: ProjectProgramme = ProjectProgramme.OTHER
    sector: ProjectSector = ProjectSector.OTHER
    country: str = ""
    place: str = ""
    stage: ProjectStage = ProjectStage.IDENTIFICATION
    currency: str = ""
    budget: Decimal | None = None
    matching_rule: str = ""
    funding: tuple[FundingLine, ...] = ()
    association_ids: tuple[int, ...] = ()
    partner_ids: tuple[int, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    beneficiaries: int | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    notes: str = ""
    practice_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProjectRecord:
    id: int
    title: str
    programme: ProjectProgramme
    sector: ProjectSector
    country: str
    place: str
    stage: ProjectStage
    currency: str
    budget: Decimal | None
    matching_rule: str
    funding: tuple[FundingLine, ...]
    association_ids: tuple[int, ...]
    association_names: tuple[str, ...]
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]
    milestones: tuple[Milestone, ...]
    beneficiaries: int | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    notes: str
    practice_ids: tuple[str, ...]

    @property
    def pledged(self) -> Decimal:
        return sum((f.pledged for f in self.funding), Decimal("0.00"))

    @property
    def received(self) -> Decimal:
        return sum((f.received for f in self.funding), Decimal("0.00"))

    def matching(self, *, received: bool = False) -> MatchingCheck | None:
        """The rule checked against the pledges (or what was received); None without a rule."""
        if not self.matching_rule:
            return None
        amounts = {f.source: f.received if received else f.pledged for f in self.funding}
        return check_matching(MatchingRule.parse(self.matching_rule), amounts)

    def draft(self) -> ProjectDraft:
        return ProjectDraft(
            title=self.title,
            programme=self.programme,
            sector=self.sector,
            country=self.country,
            place=self.place,
            stage=self.stage,
            currency=self.currency,
            budget=self.budget,
            matching_rule=self.matching_rule,
            funding=self.funding,
            association_ids=self.association_ids,
            partner_ids=self.partner_ids,
            milestones=self.milestones,
            beneficiaries=self.beneficiaries,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            notes=self.notes,
            practice_ids=self.practice_ids,
        )


def _currency(errors: dict[str, str], text: str) -> str:
    code = text.strip().upper()
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        errors["currency"] = msg("'{text}' is not a three-letter currency code such as MXN", text=text[:10])
    return code


def _check_funding(errors: dict[str, str], draft: ProjectDraft) -> None:
    sources = [f.source for f in draft.funding]
    if len(set(sources)) != len(sources):
        errors["funding"] = msg("each source of funding appears once")
    for line in draft.funding:
        if line.pledged < 0 or line.received < 0:
            errors["funding"] = msg("amounts are not negative")
        elif line.received > line.pledged:
            errors["funding"] = msg(
                "{source}: received {received} is more than pledged {pledged}",
                source=line.source.value,
                received=line.received,
                pledged=line.pledged,
            )
    pledged = sum((f.pledged for f in draft.funding), Decimal(0))
    if draft.budget is not None and pledged > draft.budget:
        errors["budget"] = msg(
            "pledges ({pledged}) exceed the budget ({budget})", pledged=pledged, budget=draft.budget
        )


def validate_project(draft: ProjectDraft) -> ProjectDraft:
    """The draft with clean text, codes and the rule normalised; `ValidationError` otherwise."""
    errors: dict[str, str] = {}
    title = short_text(errors, "title", draft.title, required=True)
    country = parsed(errors, "country", draft.country, country_code) or ""
    if not draft.country.strip():
        errors["country"] = msg("is required")
    currency = _currency(errors, draft.currency)
    rule = parsed(errors, "matching_rule", draft.matching_rule, MatchingRule.parse)
    _check_funding(errors, draft)
    if draft.beneficiaries is not None and not 0 <= draft.beneficiaries <= MAX_BENEFICIARIES:
        errors["beneficiaries"] = msg("is not between 0 and {high}", high=MAX_BENEFICIARIES)
    if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
        errors["ends_on"] = msg("ends before it starts")
    milestones = tuple(
        Milestone(short_text(errors, "milestones", m.title, required=True), m.due_on, m.done_on)
        for m in draft.milestones
    )
    result = ProjectDraft(
        title=title,
        programme=draft.programme,
        sector=draft.sector,
        country=country,
        place=short_text(errors, "place", draft.place),
        stage=draft.stage,
        currency=currency,
        budget=draft.budget,
        matching_rule=rule.text if rule else "",
        funding=tuple(sorted(draft.funding, key=lambda f: list(FundingSource).index(f.source))),
        association_ids=tuple(dict.fromkeys(draft.association_ids)),
        partner_ids=tuple(dict.fromkeys(draft.partner_ids)),
        milestones=milestones,
        beneficiaries=draft.beneficiaries,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        notes=long_text(errors, "notes", draft.notes),
        practice_ids=tuple(dict.fromkeys(draft.practice_ids)),
    )
    if errors:
        raise ValidationError(errors)
    return result
