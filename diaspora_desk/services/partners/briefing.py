"""What partners, agreements and projects add to a period's briefing for headquarters.

Read in one unit of work (one consistent snapshot). Partners, agreements and projects are
counted in hundreds, not millions, so the rows of the period are read once and summed here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import PracticeLink
from diaspora_desk.db.partner_models import Agreement, Partner, Project, ProjectFunding
from diaspora_desk.domain.enums import ActivityKind
from diaspora_desk.domain.funding import FundingSource, MatchingRule, check_matching, from_cents
from diaspora_desk.domain.partners import AgreementStatus
from diaspora_desk.domain.projects import ProjectStage

# An agreement counts for a period once it was concluded (whatever happened to it since).
CONCLUDED = (AgreementStatus.IN_FORCE.value, AgreementStatus.EXPIRED.value, AgreementStatus.TERMINATED.value)


@dataclass(frozen=True, slots=True)
class FundsRow:
    """Money of the period's projects from one source in one currency."""

    source: FundingSource
    currency: str
    pledged: Decimal
    received: Decimal
    projects: int


@dataclass(frozen=True, slots=True)
class PracticeActivity:
    """Partners, agreements and projects of the period tagged with one practice, and the date
    of the most recent of them."""

    partners: int = 0
    agreements: int = 0
    projects: int = 0
    latest: dt.date | None = None

    @property
    def total(self) -> int:
        return self.partners + self.agreements + self.projects


@dataclass(frozen=True, slots=True)
class PartnersBriefing:
    """Figures of a period `start`..`end` (both days included).

    - `partners`: registered on or before `end`; `partners_new`: registered in the period.
    - `agreements`: concluded (in force, expired or terminated) and running on some day of the
      period; `agreements_signed`: signed in the period.
    - `projects`: running on some day of the period (started on or before `end`, not ended
      before `start`); `projects_by_stage` splits them; `beneficiaries` sums theirs.
    - `funds`: pledged and received by source and currency over those projects.
    - `matching_checked` / `matching_met`: those projects with a matching rule, and how many
      of them have pledges that follow it.
    - `practices`: practice id -> `PracticeActivity` over the partners, agreements and projects
      counted above (activity date: registration, signature or start).
    """

    start: dt.date
    end: dt.date
    partners: int
    partners_new: int
    agreements: int
    agreements_signed: int
    projects: int
    projects_by_stage: dict[ProjectStage, int]
    beneficiaries: int
    funds: tuple[FundsRow, ...]
    matching_checked: int
    matching_met: int
    practices: dict[str, PracticeActivity]


class PartnersBriefingService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def summary(self, start: dt.date, end: dt.date) -> PartnersBriefing:
        """The period's figures (see `PartnersBriefing`), read in one transaction."""
        with self._db.unit_of_work() as uow:
            return read_briefing(uow.session, start, end)


def read_briefing(session: Session, start: dt.date, end: dt.date) -> PartnersBriefing:
    """`PartnersBriefing` inside the caller's unit of work (a whole-report reader can call it)."""
    partners = {
        pid: created.date()
        for pid, created in session.execute(select(Partner.id, Partner.created_at))
        if created.date() <= end
    }
    agreements: dict[int, dt.date] = {}
    signed = 0
    for aid, status, signed_on, starts_on, ends_on, created in session.execute(
        select(
            Agreement.id,
            Agreement.status,
            Agreement.signed_on,
            Agreement.starts_on,
            Agreement.ends_on,
            Agreement.created_at,
        )
    ):
        if signed_on is not None and start <= signed_on <= end:
            signed += 1
        effective = starts_on or signed_on or created.date()
        if status in CONCLUDED and effective <= end and (ends_on is None or ends_on >= start):
            agreements[aid] = signed_on or effective
    projects, by_stage, beneficiaries, rules = _projects(session, start, end)
    funds, checked, met = _funds(session, projects, rules)
    practices = _practices(session, partners, agreements, projects)
    return PartnersBriefing(
        start=start,
        end=end,
        partners=len(partners),
        partners_new=sum(1 for day in partners.values() if start <= day <= end),
        agreements=len(agreements),
        agreements_signed=signed,
        projects=len(projects),
        projects_by_stage=by_stage,
        beneficiaries=beneficiaries,
        funds=funds,
        matching_checked=checked,
        matching_met=met,
        practices=practices,
    )


def _projects(
    session: Session, start: dt.date, end: dt.date
) -> tuple[dict[int, tuple[dt.date, str]], dict[ProjectStage, int], int, dict[int, str]]:
    projects: dict[int, tuple[dt.date, str]] = {}
    by_stage: dict[ProjectStage, int] = dict.fromkeys(ProjectStage, 0)
    beneficiaries = 0
    rules: dict[int, str] = {}
    for pid, stage, currency, rule, people, starts_on, ends_on, created in session.execute(
        select(
            Project.id,
            Project.stage,
            Project.currency,
            Project.matching_rule,
            Project.beneficiaries,
            Project.starts_on,
            Project.ends_on,
            Project.created_at,
        )
    ):
        begun = starts_on or created.date()
        if begun > end or (ends_on is not None and ends_on < start):
            continue
        projects[pid] = (begun, currency)
        by_stage[ProjectStage(stage)] += 1
        beneficiaries += people or 0
        if rule:
            rules[pid] = rule
    return projects, by_stage, beneficiaries, rules


def _funds(
    session: Session, projects: dict[int, tuple[dt.date, str]], rules: dict[int, str]
) -> tuple[tuple[FundsRow, ...], int, int]:
    totals: dict[tuple[FundingSource, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    pledges: dict[int, dict[FundingSource, Decimal]] = defaultdict(dict)
    for f in session.scalars(select(ProjectFunding).where(ProjectFunding.project_id.in_(list(projects)))):
        source = FundingSource(f.source)
        cell = totals[(source, projects[f.project_id][1])]
        cell[0] += f.pledged_cents
        cell[1] += f.received_cents
        cell[2] += 1
        pledges[f.project_id][source] = from_cents(f.pledged_cents)
    order = list(FundingSource)
    rows = tuple(
        FundsRow(source, currency, from_cents(p), from_cents(r), n)
        for (source, currency), (p, r, n) in sorted(
            totals.items(), key=lambda kv: (kv[0][1], order.index(kv[0][0]))
        )
    )
    met = sum(1 for pid, rule in rules.items() if check_matching(MatchingRule.parse(rule), pledges[pid]).met)
    return rows, len(rules), met


def _practices(
    session: Session,
    partners: dict[int, dt.date],
    agreements: dict[int, dt.date],
    projects: dict[int, tuple[dt.date, str]],
) -> dict[str, PracticeActivity]:
    dates = {
        ActivityKind.PARTNER.value: partners,
        ActivityKind.AGREEMENT.value: agreements,
        ActivityKind.PROJECT.value: {pid: day for pid, (day, _) in projects.items()},
    }
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    latest: dict[str, dt.date] = {}
    for practice_id, kind, activity_id in session.execute(
        select(PracticeLink.practice_id, PracticeLink.activity_kind, PracticeLink.activity_id).where(
            PracticeLink.activity_kind.in_(list(dates))
        )
    ):
        day = dates[kind].get(activity_id)
        if day is None:
            continue
        counts[practice_id][kind] += 1
        if practice_id not in latest or day > latest[practice_id]:
            latest[practice_id] = day
    return {
        pid: PracticeActivity(
            partners=c[ActivityKind.PARTNER.value],
            agreements=c[ActivityKind.AGREEMENT.value],
            projects=c[ActivityKind.PROJECT.value],
            latest=latest.get(pid),
        )
        for pid, c in sorted(counts.items())
    }
