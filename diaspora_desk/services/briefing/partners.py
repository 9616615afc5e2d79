"""The briefing's "Partners, agreements and projects" section, read from ``services/partners``.

Counts of organisations, agreements and projects are not counts of people, so no small-cell
rule applies; money is printed exactly as recorded, per source and currency. When the database
holds no partner, agreement or project, the section says so and invents nothing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.funding import FUNDING_SOURCE_LABELS
from diaspora_desk.domain.projects import STAGE_LABELS
from diaspora_desk.i18n import _
from diaspora_desk.services.briefing.records import CountTable, KeyFigure, PartnersSection
from diaspora_desk.services.partners.briefing import read_briefing


def partners_section(session: Session, period: Period) -> PartnersSection:
    """What the database holds on partners, agreements and projects in the period."""
    data = read_briefing(session, period.first, period.last)
    if not (data.partners or data.agreements or data.projects):
        return PartnersSection(recorded=False)
    figures = (
        KeyFigure("Partners", f"{data.partners:,}", f"{data.partners_new:,} registered in the period"),
        KeyFigure(
            "Agreements in force", f"{data.agreements:,}", f"{data.agreements_signed:,} signed in the period"
        ),
        KeyFigure("Projects running", f"{data.projects:,}", f"{data.beneficiaries:,} beneficiaries"),
        KeyFigure(
            "Matching rule met",
            f"{data.matching_met:,} of {data.matching_checked:,}",
            "projects with a matching rule, by pledges",
        ),
    )
    stages = CountTable(
        "Projects by stage",
        "Projects",
        tuple((_(STAGE_LABELS[stage]), f"{n:,}") for stage, n in data.projects_by_stage.items() if n),
        f"{data.projects:,}",
    )
    funds = CountTable(
        "Funding pledged and received by source",
        "Pledged / received",
        tuple(
            (
                f"{FUNDING_SOURCE_LABELS[row.source]} ({row.currency})",
                f"{row.pledged:,.2f} / {row.received:,.2f}",
            )
            for row in data.funds
        ),
        "",
    )
    return PartnersSection(recorded=True, figures=figures, tables=(stages, funds))
