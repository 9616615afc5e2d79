"""The practices briefing's data: every area of the app for one consulate and one period, read in
one transaction (one consistent snapshot)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Consulate, Practice
from diaspora_desk.domain.briefing import CatalogueEntry, CoverageRow, Period
from diaspora_desk.domain.errors import NotFoundError, msg
from diaspora_desk.domain.records import ConsulateRecord
from diaspora_desk.services.briefing.coverage import coverage
from diaspora_desk.services.briefing.figures import (
    association_tables,
    campaign_lines,
    placement_table,
    poll_lines,
    registry_figures,
)
from diaspora_desk.services.briefing.partners import partners_section
from diaspora_desk.services.briefing.profile import profile
from diaspora_desk.services.briefing.records import KeyFigure, PracticesBriefing
from diaspora_desk.services.briefing.visit_figures import visit_lines
from diaspora_desk.services.common.clock import Clock
from diaspora_desk.services.common.privacy import shown
from diaspora_desk.services.common.settings import consulate_record, read_settings
from diaspora_desk.services.practices.catalogue import source_title


class BriefingService:
    """The briefing for headquarters and the practices coverage it is built around."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def coverage(self, period: Period, consulate_id: int | None = None) -> tuple[CoverageRow, ...]:
        """Every catalogue practice with its activities in ``period``, or as a gap."""
        with self._db.unit_of_work() as uow:
            return coverage(uow.session, period, consulate_id)

    def briefing(self, period: Period, consulate_id: int | None = None) -> PracticesBriefing:
        """Everything the briefing prints, for ``consulate_id`` (None: the current consulate).

        Mobile visits are those of the consulate; the registry of people, associations,
        campaigns and placements is the database's, which the consulate keeps.
        """
        with self._db.unit_of_work() as uow:
            return read_briefing(uow.session, period, consulate_id, self._clock.today())


def _consulate(session: Session, consulate_id: int | None) -> ConsulateRecord | None:
    if consulate_id is None:
        return read_settings(session).consulate
    row = session.get(Consulate, consulate_id)
    if row is None:
        raise NotFoundError(msg("No consulate with id {id}.", id=consulate_id))
    return consulate_record(row)


def catalogue(session: Session) -> tuple[CatalogueEntry, ...]:
    rows = session.scalars(select(Practice).order_by(Practice.position))
    return tuple(
        CatalogueEntry(
            practice_id=p.id,
            title=p.title,
            description=p.description,
            source_title=source_title(p.source_file),
            source_file=p.source_file,
            section=p.source_section,
        )
        for p in rows
    )


def read_briefing(
    session: Session, period: Period, consulate_id: int | None, today: dt.date
) -> PracticesBriefing:
    """The briefing's data in the caller's transaction."""
    consulate = _consulate(session, consulate_id)
    visits_of = consulate.id if consulate is not None else None
    registered, new_people = registry_figures(session, period)
    association_figures, by_type = association_tables(session, period)
    visits, delivered, served = visit_lines(session, period, visits_of)
    campaigns, campaign_count, reached = campaign_lines(session, period)
    placements, placed = placement_table(session, period)
    partners = partners_section(session, period)
    rows = coverage(session, period, visits_of)
    done = sum(1 for v in visits if v.status.lower() == "done")
    covered = sum(1 for row in rows if row.total)
    summary = (
        KeyFigure("Nationals registered", shown(registered), "active records in the registry"),
        KeyFigure("Registered during the period", shown(new_people)),
        association_figures[0],
        KeyFigure(
            "Mobile consulates held", f"{done:,}", f"{len(visits) - done:,} more planned in the period"
        ),
        KeyFigure("People served at mobile consulates", shown(served)),
        KeyFigure("Services delivered at mobile consulates", delivered.total),
        KeyFigure("Campaigns run", f"{campaign_count:,}"),
        KeyFigure("People reached by campaigns", shown(reached)),
        KeyFigure("People placed with needs at home", shown(placed)),
        *(
            partners.figures
            if partners.recorded
            else (KeyFigure("Projects and funds", "—", "no partner data recorded"),)
        ),
        KeyFigure("Practices with activity", f"{covered:,} of {len(rows):,}"),
    )
    return PracticesBriefing(
        consulate=consulate,
        period=period,
        generated_on=today,
        officer=read_settings(session).officer_name,
        summary=summary,
        profile=profile(session),
        associations=(by_type,),
        association_figures=association_figures,
        visits=visits,
        services_delivered=delivered,
        campaigns=campaigns,
        polls=poll_lines(session, period),
        placements=placements,
        partners=partners,
        coverage=rows,
        catalogue=catalogue(session),
    )
