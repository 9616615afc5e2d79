"""Projects: create, change and list them with their funding, associations, partners and
milestones; every change audited."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association
from diaspora_desk.db.partner_models import (
    Partner,
    Project,
    ProjectAssociation,
    ProjectFunding,
    ProjectMilestone,
    ProjectPartner,
)
from diaspora_desk.domain.enums import ActivityKind, AuditAction
from diaspora_desk.domain.errors import NotFoundError, ValidationError, msg
from diaspora_desk.domain.funding import FundingSource, from_cents, to_cents
from diaspora_desk.domain.projects import (
    FundingLine,
    Milestone,
    ProjectDraft,
    ProjectProgramme,
    ProjectRecord,
    ProjectSector,
    ProjectStage,
    validate_project,
)
from diaspora_desk.services.common.audit import Auditor
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.practices.catalogue import links_for, set_links

ENTITY = "project"


def load_project(session: Session, project_id: int) -> Project:
    row = session.get(Project, project_id)
    if row is None:
        raise NotFoundError(msg("There is no project with id {project_id}.", project_id=project_id))
    return row


def _names(
    session: Session, ids: list[int], link: type[ProjectAssociation] | type[ProjectPartner]
) -> dict[int, list[tuple[int, str]]]:
    result: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if link is ProjectAssociation:
        stmt = (
            select(ProjectAssociation.project_id, Association.id, Association.name)
            .join(Association, Association.id == ProjectAssociation.association_id)
            .where(ProjectAssociation.project_id.in_(ids))
            .order_by(Association.name_key)
        )
    else:
        stmt = (
            select(ProjectPartner.project_id, Partner.id, Partner.name)
            .join(Partner, Partner.id == ProjectPartner.partner_id)
            .where(ProjectPartner.project_id.in_(ids))
            .order_by(Partner.name_key)
        )
    for project_id, item_id, name in session.execute(stmt):
        result[project_id].append((item_id, name))
    return result


def project_records(session: Session, rows: list[Project]) -> list[ProjectRecord]:
    """Frozen records of `rows` with every part they hold (one query per part)."""
    ids = [r.id for r in rows]
    funding: dict[int, list[FundingLine]] = defaultdict(list)
    for f in session.scalars(select(ProjectFunding).where(ProjectFunding.project_id.in_(ids))):
        funding[f.project_id].append(
            FundingLine(FundingSource(f.source), from_cents(f.pledged_cents), from_cents(f.received_cents))
        )
    milestones: dict[int, list[Milestone]] = defaultdict(list)
    for m in session.scalars(
        select(ProjectMilestone)
        .where(ProjectMilestone.project_id.in_(ids))
        .order_by(ProjectMilestone.position)
    ):
        milestones[m.project_id].append(Milestone(m.title, m.due_on, m.done_on))
    associations = _names(session, ids, ProjectAssociation)
    partners = _names(session, ids, ProjectPartner)
    practices = links_for(session, ActivityKind.PROJECT, ids)
    order = list(FundingSource)
    return [
        ProjectRecord(
            id=r.id,
            title=r.title,
            programme=ProjectProgramme(r.programme),
            sector=ProjectSector(r.sector),
            country=r.country,
            place=r.place,
            stage=ProjectStage(r.stage),
            currency=r.currency,
            budget=from_cents(r.budget_cents) if r.budget_cents is not None else None,
            matching_rule=r.matching_rule,
            funding=tuple(sorted(funding[r.id], key=lambda f: order.index(f.source))),
            association_ids=tuple(i for i, _ in associations[r.id]),
            association_names=tuple(n for _, n in associations[r.id]),
            partner_ids=tuple(i for i, _ in partners[r.id]),
            partner_names=tuple(n for _, n in partners[r.id]),
            milestones=tuple(milestones[r.id]),
            beneficiaries=r.beneficiaries,
            starts_on=r.starts_on,
            ends_on=r.ends_on,
            notes=r.notes,
            practice_ids=practices.get(r.id, ()),
        )
        for r in rows
    ]


class ProjectService:
    """Creates, changes and reads projects."""

    def __init__(self, database: Database, clock: Clock, officer: Callable[[], str]) -> None:
        self._db = database
        self._clock = clock
        self._auditor = Auditor(ENTITY, officer, clock)

    def get(self, project_id: int) -> ProjectRecord:
        with self._db.unit_of_work() as uow:
            return project_records(uow.session, [load_project(uow.session, project_id)])[0]

    def all(self, *, stage: ProjectStage | None = None, text: str = "") -> list[ProjectRecord]:
        """Every project (in one stage, or whose title or place holds `text`), newest first."""
        with self._db.unit_of_work() as uow:
            stmt = select(Project)
            if stage is not None:
                stmt = stmt.where(Project.stage == stage.value)
            if text.strip():
                pattern = f"%{text.strip()}%"
                stmt = stmt.where(Project.title.ilike(pattern) | Project.place.ilike(pattern))
            rows = list(uow.session.scalars(stmt.order_by(Project.id.desc())))
            return project_records(uow.session, rows)

    def create(self, draft: ProjectDraft) -> ProjectRecord:
        clean = validate_project(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = Project(created_at=self._clock.now())
            self.apply(uow.session, row, clean)
            record = project_records(uow.session, [row])[0]
            self._auditor.record(uow.session, AuditAction.CREATE, row.id, None, record)
            uow.commit()
            return record

    def update(self, project_id: int, draft: ProjectDraft) -> ProjectRecord:
        clean = validate_project(draft)
        with self._db.unit_of_work(write=True) as uow:
            row = load_project(uow.session, project_id)
            before = project_records(uow.session, [row])[0]
            self.apply(uow.session, row, clean)
            after = project_records(uow.session, [row])[0]
            self._auditor.record(uow.session, AuditAction.UPDATE, project_id, before, after)
            uow.commit()
            return after

    def apply(self, session: Session, row: Project, draft: ProjectDraft) -> None:
        """Write a validated draft to `row` inside the caller's transaction."""
        _check_known(session, draft)
        row.title, row.programme, row.sector = draft.title, draft.programme.value, draft.sector.value
        row.country, row.place, row.stage = draft.country, draft.place, draft.stage.value
        row.currency, row.matching_rule = draft.currency, draft.matching_rule
        row.budget_cents = to_cents(draft.budget) if draft.budget is not None else None
        row.beneficiaries, row.starts_on, row.ends_on = draft.beneficiaries, draft.starts_on, draft.ends_on
        row.notes, row.updated_at = draft.notes, self._clock.now()
        if row.id is None:
            session.add(row)
        session.flush()
        for table in (ProjectFunding, ProjectMilestone, ProjectAssociation, ProjectPartner):
            session.execute(delete(table).where(table.project_id == row.id))
        session.add_all(
            ProjectFunding(
                project_id=row.id,
                source=f.source.value,
                pledged_cents=to_cents(f.pledged),
                received_cents=to_cents(f.received),
            )
            for f in draft.funding
        )
        session.add_all(
            ProjectMilestone(project_id=row.id, position=i, title=m.title, due_on=m.due_on, done_on=m.done_on)
            for i, m in enumerate(draft.milestones)
        )
        session.add_all(
            ProjectAssociation(project_id=row.id, association_id=a) for a in draft.association_ids
        )
        session.add_all(ProjectPartner(project_id=row.id, partner_id=p) for p in draft.partner_ids)
        set_links(session, ActivityKind.PROJECT, row.id, draft.practice_ids)
        session.flush()


def _check_known(session: Session, draft: ProjectDraft) -> None:
    errors: dict[str, str] = {}
    known = set(session.scalars(select(Association.id).where(Association.id.in_(draft.association_ids))))
    missing = [str(i) for i in draft.association_ids if i not in known]
    if missing:
        errors["associations"] = msg("no association with id {ids}", ids=", ".join(missing))
    known = set(session.scalars(select(Partner.id).where(Partner.id.in_(draft.partner_ids))))
    missing = [str(i) for i in draft.partner_ids if i not in known]
    if missing:
        errors["partners"] = msg("no partner with id {ids}", ids=", ".join(missing))
    if errors:
        raise ValidationError(errors)
