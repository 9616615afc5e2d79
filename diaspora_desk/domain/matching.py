"""Scoring a national abroad against a home-country need, criterion by criterion.

Pure functions: the database gathers each candidate's features, this module scores them,
so the ranking and its explanation can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.errors import joined, msg
from diaspora_desk.domain.people import Cefr, ReturnIntention
from diaspora_desk.domain.people_records import Criterion


class NeedMode(StrEnum):
    ON_SITE_TEMPORARY = "on_site_temporary"
    VIRTUAL = "virtual"
    PERMANENT_RETURN = "permanent_return"


class PlacementStatus(StrEnum):
    PROPOSED = "proposed"
    CONTACTED = "contacted"
    ACCEPTED = "accepted"
    ON_ASSIGNMENT = "on_assignment"
    COMPLETED = "completed"
    DECLINED = "declined"


WEIGHTS = {
    "occupation": 40.0,
    "qualification": 15.0,
    "experience": 10.0,
    "languages": 15.0,
    "availability": 10.0,
    "mode": 10.0,
}
# Return intentions that suit each mode: full points, then half points.
MODE_FIT: dict[NeedMode, tuple[set[ReturnIntention], set[ReturnIntention]]] = {
    NeedMode.ON_SITE_TEMPORARY: (
        {ReturnIntention.TEMPORARY, ReturnIntention.CIRCULAR},
        {ReturnIntention.PERMANENT},
    ),
    NeedMode.VIRTUAL: ({ReturnIntention.VIRTUAL}, {ReturnIntention.TEMPORARY, ReturnIntention.CIRCULAR}),
    NeedMode.PERMANENT_RETURN: ({ReturnIntention.PERMANENT}, {ReturnIntention.CIRCULAR}),
}


@dataclass(frozen=True, slots=True)
class NeedSpec:
    """What a need asks for, as matching reads it."""

    isco_codes: tuple[str, ...]
    min_isced: int | None
    min_years_experience: int | None
    languages: tuple[tuple[str, Cefr], ...]
    mode: NeedMode
    earliest: dt.date | None
    latest: dt.date | None
    duration_days: int | None


@dataclass(frozen=True, slots=True)
class Features:
    """What the database knows of one candidate that matters for a need."""

    isco_codes: tuple[str, ...]
    years_experience: int | None
    max_isced: int | None
    language_levels: dict[str, int]
    available_days: int | None
    """Days of the candidate's availability inside the need's window (None: no availability recorded)."""
    return_intention: ReturnIntention


def occupation_level(person_codes: tuple[str, ...], need_codes: tuple[str, ...]) -> int:
    """How closely the person's occupations meet the need's: 4 unit, 3 minor, 2 sub-major, 0."""
    best = 0
    for need in need_codes:
        for code in person_codes:
            if code.startswith(need):
                return 4
            shared = 0
            for a, b in zip(code, need, strict=False):
                if a != b:
                    break
                shared += 1
            if shared >= 2:
                best = max(best, shared)
    return best


def _occupation(spec: NeedSpec, f: Features) -> Criterion:
    level = occupation_level(f.isco_codes, spec.isco_codes)
    share = {4: 1.0, 3: 0.7, 2: 0.4}.get(level, 0.0)
    detail = {
        4: msg("same occupation group"),
        3: msg("same minor group"),
        2: msg("same sub-major group"),
    }.get(level, msg("no match"))
    return Criterion("occupation", WEIGHTS["occupation"] * share, WEIGHTS["occupation"], detail)


def _qualification(spec: NeedSpec, f: Features) -> Criterion:
    top = WEIGHTS["qualification"]
    if spec.min_isced is None:
        return Criterion("qualification", top, top, msg("no minimum asked"))
    if f.max_isced is None:
        return Criterion("qualification", 0.0, top, msg("no qualification recorded"))
    if f.max_isced >= spec.min_isced:
        detail = msg("ISCED {have} ≥ {wanted}", have=f.max_isced, wanted=spec.min_isced)
        return Criterion("qualification", top, top, detail)
    if f.max_isced == spec.min_isced - 1:
        detail = msg("ISCED {have}, one below {wanted}", have=f.max_isced, wanted=spec.min_isced)
        return Criterion("qualification", top / 3, top, detail)
    detail = msg("ISCED {have} < {wanted}", have=f.max_isced, wanted=spec.min_isced)
    return Criterion("qualification", 0.0, top, detail)


def _experience(spec: NeedSpec, f: Features) -> Criterion:
    top = WEIGHTS["experience"]
    years = f.years_experience or 0
    if not spec.min_years_experience:
        return Criterion("experience", top, top, msg("{years} years; no minimum asked", years=years))
    share = min(1.0, years / spec.min_years_experience)
    detail = msg("{years} of {wanted} years asked", years=years, wanted=spec.min_years_experience)
    return Criterion("experience", top * share, top, detail)


def _languages(spec: NeedSpec, f: Features) -> Criterion:
    top = WEIGHTS["languages"]
    if not spec.languages:
        return Criterion("languages", top, top, msg("no language asked"))
    share, notes = 0.0, list[str]()
    for code, wanted in spec.languages:
        have = f.language_levels.get(code)
        if have is not None and have >= wanted:
            share += 1.0
            notes.append(msg("{code} {have} ≥ {wanted}", code=code, have=Cefr(have).name, wanted=wanted.name))
        elif have is not None and have == wanted - 1:
            share += 0.5
            notes.append(
                msg("{code} {have}, one below {wanted}", code=code, have=Cefr(have).name, wanted=wanted.name)
            )
        else:
            level = Cefr(have).name if have else msg("none")
            notes.append(msg("{code} {have} < {wanted}", code=code, have=level, wanted=wanted.name))
    return Criterion("languages", top * share / len(spec.languages), top, joined(notes))


def _availability(spec: NeedSpec, f: Features) -> Criterion:
    top = WEIGHTS["availability"]
    if f.available_days is None:
        return Criterion("availability", 0.0, top, msg("no availability recorded"))
    if spec.earliest is None and spec.latest is None:
        return Criterion("availability", top, top, msg("available; need has no dates"))
    wanted = spec.duration_days or 1
    days = min(f.available_days, wanted)
    detail = msg("{days} of {wanted} days available in the window", days=days, wanted=wanted)
    return Criterion("availability", top * days / wanted, top, detail)


def _mode(spec: NeedSpec, f: Features) -> Criterion:
    top = WEIGHTS["mode"]
    full, half = MODE_FIT[spec.mode]
    intention = f.return_intention
    wants = msg("wants {intention} return; need is {mode}", intention=intention.value, mode=spec.mode.value)
    if intention in full:
        return Criterion("mode", top, top, wants)
    if intention in half:
        return Criterion("mode", top / 2, top, wants)
    detail = msg(
        "return intention {intention}; need is {mode}", intention=intention.value, mode=spec.mode.value
    )
    return Criterion("mode", 0.0, top, detail)


_RULES: tuple[tuple[Callable[[NeedSpec, Features], Criterion], Callable[[Features], Hashable]], ...] = (
    # Each criterion and the one feature it reads.
    (_occupation, lambda f: f.isco_codes),
    (_qualification, lambda f: f.max_isced),
    (_experience, lambda f: f.years_experience),
    (_languages, lambda f: tuple(sorted(f.language_levels.items()))),
    (_availability, lambda f: f.available_days),
    (_mode, lambda f: f.return_intention),
)


class Scorer:
    """``score`` for the many candidates of one need.

    Each criterion is worked out once per distinct value of the feature it reads: thousands of
    candidates share a few hundred occupations, levels, spans and intentions.
    """

    def __init__(self, spec: NeedSpec) -> None:
        self.spec = spec
        self._known: tuple[dict[Hashable, Criterion], ...] = tuple({} for _ in _RULES)

    def __call__(self, features: Features) -> tuple[float, tuple[Criterion, ...]]:
        criteria = []
        for (rule, reads), known in zip(_RULES, self._known, strict=True):
            value = reads(features)
            criterion = known.get(value)
            if criterion is None:
                criterion = known[value] = rule(self.spec, features)
            criteria.append(criterion)
        return round(sum(c.points for c in criteria), 1), tuple(criteria)


def score(spec: NeedSpec, features: Features) -> tuple[float, tuple[Criterion, ...]]:
    """Total points out of 100 and the per-criterion explanation."""
    return Scorer(spec)(features)
