"""Table models of the Campaigns area: campaigns paged from SQL; the reply review queue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from diaspora_desk.domain.campaigns import (
    CAMPAIGN_STATUS_LABELS,
    CHANNEL_LABELS,
    CampaignStatus,
    CampaignSummary,
)
from diaspora_desk.services.campaigns.polls import PollService, ReviewItem
from diaspora_desk.services.campaigns.registry import CampaignService
from diaspora_desk.ui.paged_model import PagedTableModel
from diaspora_desk.ui.record_model import RecordTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("CampaignModels", text)


STATUS_LABELS = CAMPAIGN_STATUS_LABELS


@dataclass(frozen=True, slots=True)
class CampaignQuery:
    text: str = ""
    status: CampaignStatus | None = None
    sort: None = None
    descending: bool = False


class CampaignTableModel(PagedTableModel[CampaignQuery, CampaignSummary]):
    """Campaigns, newest first; only the pages in view are held."""

    ID, TITLE, STATUS, CHANNELS, STARTS, OWNER, REPLIES = range(7)

    def __init__(self, service: CampaignService) -> None:
        super().__init__(
            lambda q: service.count(text=q.text, status=q.status),
            lambda q, offset, limit: service.page(offset, limit, text=q.text, status=q.status),
            CampaignQuery(),
            (tr("Id"), tr("Title"), tr("Status"), tr("Channels"), tr("Starts"), tr("Owner"), tr("Replies")),
            (None,) * 7,
        )

    def display(self, item: CampaignSummary, column: int) -> str:
        values = {
            self.ID: str(item.id),
            self.TITLE: item.title,
            self.STATUS: tr(STATUS_LABELS[item.status]),
            self.CHANNELS: ", ".join(tr(CHANNEL_LABELS[c]) for c in item.channels),
            self.STARTS: item.starts_on.isoformat() if item.starts_on else "",
            self.OWNER: item.owner,
            self.REPLIES: str(item.replies),
        }
        return values.get(column, "")

    def extra(self, item: CampaignSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ID, self.REPLIES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _received(item: ReviewItem) -> str:
    return item.received_at.isoformat(sep=" ") if item.received_at else ""


def _why(item: ReviewItem) -> str:
    return tr("Number not known") if item.status == "unmatched" else tr("Answer not read")


class ReviewTableModel(RecordTableModel[ReviewItem]):
    """Replies waiting for an officer (at most a page of them: the queue is worked down)."""

    PHONE, TEXT, RECEIVED, STATUS, ROW = range(5)
    LIMIT = 500

    def __init__(self, polls: PollService) -> None:
        super().__init__(
            (
                (tr("Number"), lambda item: item.phone),
                (tr("Text"), lambda item: item.text),
                (
                    tr("Received"),
                    lambda item: item.received_at.isoformat(sep=" ") if item.received_at else "",
                ),
                (tr("Why"), _why),
                (tr("File row"), lambda item: str(item.row_number)),
            ),
        )
        self._polls = polls
        self._campaign_id: int | None = None

    def set_campaign(self, campaign_id: int | None) -> None:
        self._campaign_id = campaign_id
        self.set_rows([] if campaign_id is None else self._polls.review_queue(campaign_id, 0, self.LIMIT))

    def refresh(self) -> None:
        self.set_campaign(self._campaign_id)
