"""Table models of the Partners area: partners paged from SQL; agreements, the expiring list,
projects and a project's funding held whole (they are counted in hundreds at most)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from diaspora_desk.domain.funding import FUNDING_SOURCE_LABELS, SourceShare, format_amount
from diaspora_desk.domain.geography import country_name
from diaspora_desk.domain.partners import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_STATUS_LABELS,
    LEVEL_LABELS,
    PARTNER_KIND_LABELS,
    AgreementRecord,
    PartnerKind,
    PartnerRecord,
)
from diaspora_desk.domain.projects import PROGRAMME_LABELS, STAGE_LABELS, ProjectRecord
from diaspora_desk.services.partners.registry import PartnerService
from diaspora_desk.ui.paged_model import PagedTableModel
from diaspora_desk.ui.record_model import RecordTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnerModels", text)


@dataclass(frozen=True, slots=True)
class PartnerQuery:
    text: str = ""
    kind: PartnerKind | None = None
    sort: None = None
    descending: bool = False


class PartnerTableModel(PagedTableModel[PartnerQuery, PartnerRecord]):
    """Partners by name; only the pages in view are held."""

    NAME, KIND, COUNTRY, LEVEL, CONTACT, PRACTICES = range(6)

    def __init__(self, service: PartnerService) -> None:
        super().__init__(
            lambda q: service.count(text=q.text, kind=q.kind),
            lambda q, offset, limit: service.page(offset, limit, text=q.text, kind=q.kind),
            PartnerQuery(),
            (tr("Name"), tr("Kind"), tr("Country"), tr("Level"), tr("Contact"), tr("Practices")),
            (None,) * 6,
        )

    def display(self, item: PartnerRecord, column: int) -> str:
        values = {
            self.NAME: item.name,
            self.KIND: tr(PARTNER_KIND_LABELS[item.kind]),
            self.COUNTRY: country_name(item.country),
            self.LEVEL: tr(LEVEL_LABELS[item.level]),
            self.CONTACT: item.contact_person,
            self.PRACTICES: ", ".join(item.practice_ids),
        }
        return values.get(column, "")

    def extra(self, item: PartnerRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and item.association_name:
            return tr("Diaspora association: {name}").format(name=item.association_name)
        return None


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class AgreementTableModel(RecordTableModel[AgreementRecord]):
    TITLE, KIND, STATUS, COUNTERPARTS, SIGNED, ENDS = range(6)

    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Agreement"), lambda a: a.title),
                (tr("Kind"), lambda a: tr(AGREEMENT_KIND_LABELS[a.kind])),
                (tr("Status"), lambda a: tr(AGREEMENT_STATUS_LABELS[a.status])),
                (tr("Counterparts"), lambda a: ", ".join(a.partner_names)),
                (tr("Signed"), lambda a: _day(a.signed_on)),
                (tr("Ends"), lambda a: _day(a.ends_on)),
            )
        )


class ExpiringTableModel(RecordTableModel[AgreementRecord]):
    """The reminder list: agreements ending within 90 days, the soonest first."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        super().__init__(
            (
                (tr("Ends"), lambda a: _day(a.ends_on)),
                (tr("Days left"), lambda a: str(a.days_left(self.today))),
                (tr("Agreement"), lambda a: a.title),
                (tr("Counterparts"), lambda a: ", ".join(a.partner_names)),
            ),
            numeric=(1,),
        )


def _matching(project: ProjectRecord) -> str:
    check = project.matching()
    if check is None:
        return ""
    return (tr("{rule} met") if check.met else tr("{rule} not met")).format(rule=check.rule.text)


class ProjectTableModel(RecordTableModel[ProjectRecord]):
    TITLE, PROGRAMME, PLACE, STAGE, PLEDGED, RECEIVED, RULE = range(7)

    def __init__(self) -> None:
        super().__init__(
            (
                (tr("Project"), lambda p: p.title),
                (tr("Programme"), lambda p: tr(PROGRAMME_LABELS[p.programme])),
                (
                    tr("Place"),
                    lambda p: f"{p.place}, {country_name(p.country)}" if p.place else country_name(p.country),
                ),
                (tr("Stage"), lambda p: tr(STAGE_LABELS[p.stage])),
                (tr("Pledged"), lambda p: format_amount(p.pledged, p.currency)),
                (tr("Received"), lambda p: format_amount(p.received, p.currency)),
                (tr("Matching rule"), _matching),
            ),
            numeric=(self.PLEDGED, self.RECEIVED),
        )

    def extra(self, item: ProjectRecord, role: int) -> Any:
        check = item.matching()
        if role == Qt.ItemDataRole.ForegroundRole and check is not None and not check.met:
            return QBrush(QColor("#a40000"))
        return None


class ShareTableModel(RecordTableModel[SourceShare]):
    """A project's money by source against the rule: amount, share, what the rule asks."""

    def __init__(self, currency: str = "") -> None:
        self.currency = currency
        super().__init__(
            (
                (tr("Source"), lambda s: tr(FUNDING_SOURCE_LABELS[s.source])),
                (tr("Pledged"), lambda s: format_amount(s.amount, self.currency)),
                (tr("Share"), lambda s: "" if s.share_percent is None else f"{s.share_percent}%"),
                (tr("Rule asks"), lambda s: format_amount(s.expected, self.currency)),
                (tr("Short of the rule"), lambda s: format_amount(s.gap, self.currency) if s.gap > 0 else ""),
            ),
            numeric=(1, 2, 3, 4),
        )
