"""The outreach feature: campaigns, their audience and messages, delivery files, polls, events.

The app is offline: it prepares what goes out and reads the replies back; it sends nothing.
`Campaigns` groups its use cases; each returns frozen records from `domain/`, never ORM rows:
- `registry`: create, change, list (paged) campaigns, their status and segment (`CampaignRecord`).
- `audience`: the segment's count computed in SQL, with who is left out and why (`AudienceCount`).
- `messages`: messages per language with placeholders; SMS characters, encoding, segments and
  the cost of the whole send (`SmsEstimate`).
- `delivery`: the SMS gateway CSV, e-mail mail-merge CSV and `.eml` drafts, and the delivery
  log; every file of personal data is audited (`DeliveryWritten`).
- `polls`: questions with coded answers, the reply file import (opt-out words withdraw consent
  for campaigns at once), the review queue (`RepliesImported`, `ReviewItem`).
- `tallies`: results per question by host country and language, small cells suppressed.
- `events`: forums, diaspora days...; registrations; the attendance list only with a reason,
  under audit (`EventRecord`, `Attendee`).
- `reports`: the campaign report's data in one transaction, counts of people already shown or
  suppressed (`CampaignReportData`).
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.campaigns.audience import AudienceService
from diaspora_desk.services.campaigns.delivery import DeliveryService
from diaspora_desk.services.campaigns.events import EventService
from diaspora_desk.services.campaigns.messages import MessageService
from diaspora_desk.services.campaigns.polls import PollService
from diaspora_desk.services.campaigns.registry import CampaignService
from diaspora_desk.services.campaigns.reports import CampaignReports
from diaspora_desk.services.campaigns.tallies import PollTallies


@dataclass(frozen=True, slots=True)
class Campaigns:
    registry: CampaignService
    audience: AudienceService
    messages: MessageService
    delivery: DeliveryService
    polls: PollService
    tallies: PollTallies
    events: EventService
    reports: CampaignReports
