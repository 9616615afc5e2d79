"""The demo's outreach: campaign 1 with an SMS poll and its replies, an e-mail and letters
campaign, and a diaspora day with registrations; all made through the services.

Campaign 1 has its poll in any demo database: without generated people its replies come from
numbers nobody has, and wait in the review queue.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from diaspora_desk.domain.campaign_messages import MessageDraft
from diaspora_desk.domain.campaigns import CampaignChannel, CampaignDraft, CampaignStatus
from diaspora_desk.domain.outreach_events import EventDraft, EventKind
from diaspora_desk.domain.poll_replies import Answer, Question
from diaspora_desk.services.common.tabular import write_csv
from diaspora_desk.services.composition import Services

# Replies as people type them: codes, letters, words in three languages, both answers at once.
REPLY_TEXTS = (
    ("1 1", 10),
    ("1 2", 8),
    ("sí, 2", 6),
    ("oui 3", 4),
    ("Yes 1", 6),
    ("2 3", 5),
    ("no 2", 3),
    ("AB", 3),
    ("1A 2C", 2),
    ("STOP", 2),
    ("Baja", 1),
    ("quizás", 2),
    ("call me", 1),
)
UNMATCHED_NUMBERS = ("+15550100001", "+15550100002", "(555) 010-0003")
POLL_MESSAGES = {
    # Written in GSM-7 letters (dia, not día): a Spanish text keeps 160 characters a segment.
    "es": "Hola {given_name}: dia de la diaspora el {date} en {place}. ¿Vendra? 1=Si 2=No. "
    "Tema: 1=Remesas 2=Documentos 3=Retorno. STOP para no recibir mas.",
    "en": "Hi {given_name}: diaspora day on {date} at {place}. Coming? 1=Yes 2=No. "
    "Topic: 1=Remittances 2=Documents 3=Return. STOP to opt out.",
    "fr": "Bonjour {given_name} : journée de la diaspora le {date}, {place}. Viendrez-vous ? 1=Oui 2=Non. "
    "Sujet : 1=Transferts 2=Documents 3=Retour. STOP pour ne plus recevoir.",
}
PRACTICES = ("A.4.5.2", "A.4.1")


@dataclass(frozen=True, slots=True)
class DemoOutreach:
    campaigns: int
    replies: int
    events: int


def _practices(services: Services) -> tuple[str, ...]:
    known = {p.id for p in services.practices.all()}
    return tuple(p for p in PRACTICES if p in known)


def build_demo_campaigns(services: Services, *, seed: int = 1) -> DemoOutreach:
    rng = random.Random(seed * 7919 + 10)
    today = services.clock.today()
    campaigns = services.campaigns
    poll = campaigns.registry.create(
        CampaignDraft(
            title="Diaspora day: will you come, and what matters to you?",
            objective="Invite nationals to the diaspora day and learn which consular topics matter most.",
            practice_ids=_practices(services),
            partners="Hometown associations of the consular area",
            channels=(CampaignChannel.SMS, CampaignChannel.EVENT),
            starts_on=today + dt.timedelta(days=20),
            ends_on=today + dt.timedelta(days=20),
            budget=400.0,
            currency="USD",
            price_per_segment=0.04,
            status=CampaignStatus.RUNNING,
            place="Community centre",
            fallback_language="en",
        )
    )
    for language, body in POLL_MESSAGES.items():
        campaigns.messages.set_message(poll.id, MessageDraft(language, body))
    campaigns.polls.set_questions(
        poll.id,
        (
            Question("Will you come to the diaspora day?", (Answer("1", "Yes"), Answer("2", "No"))),
            Question(
                "Which topic matters most to you?",
                (
                    Answer("1", "Remittances", ("remesas", "transferts")),
                    Answer("2", "Documents", ("documentos", "papeles", "papiers")),
                    Answer("3", "Return", ("retorno", "retour")),
                ),
            ),
        ),
    )
    replies = _replies(services, poll.id, rng)
    mail = campaigns.registry.create(
        CampaignDraft(
            title="Sending money home for less",
            objective="Information on cheaper official channels for remittances.",
            practice_ids=_practices(services)[:1],
            channels=(CampaignChannel.EMAIL, CampaignChannel.LETTER, CampaignChannel.RADIO_TV),
            starts_on=today - dt.timedelta(days=40),
            ends_on=today - dt.timedelta(days=10),
            status=CampaignStatus.DONE,
        )
    )
    campaigns.messages.set_message(
        mail.id,
        MessageDraft(
            "en",
            "Dear {given_name},\n\nThe {consulate} has gathered the cheapest official ways to send "
            "money home.",
            "Sending money home for less",
        ),
    )
    events = _event(services, poll.id, today, rng)
    return DemoOutreach(campaigns=2, replies=replies, events=events)


def _replies(services: Services, campaign_id: int, rng: random.Random) -> int:
    _, recipients, _missing = services.campaigns.delivery.prepare(campaign_id, CampaignChannel.SMS)
    texts = [text for text, weight in REPLY_TEXTS for _ in range(weight)]
    now = services.clock.now()
    rows = []
    for item in recipients:
        if rng.random() < 0.35:
            sent = now - dt.timedelta(minutes=rng.randrange(60, 60 * 24 * 5))
            rows.append([item.recipient.phone, rng.choice(texts), sent.isoformat(sep=" ")])
    for number in UNMATCHED_NUMBERS:
        rows.append([number, rng.choice(texts[:20]), now.isoformat(sep=" ")])
    with tempfile.TemporaryDirectory(prefix="diaspora-demo-") as folder:
        path = Path(folder) / "gateway-replies.csv"
        write_csv(path, ("number", "text", "timestamp"), rows, keep_plus=[0])
        result = services.campaigns.polls.import_replies(campaign_id, path)
    return result.rows


def _event(services: Services, campaign_id: int, today: dt.date, rng: random.Random) -> int:
    consulate = services.settings.current().consulate
    country, city = (consulate.country, consulate.city) if consulate else ("US", "Los Angeles")
    day = today + dt.timedelta(days=20)
    event = services.campaigns.events.create(
        EventDraft(
            title="Diaspora day",
            kind=EventKind.DIASPORA_DAY,
            country=country,
            city=city,
            venue="Community centre",
            starts_on=day,
            ends_on=day,
            capacity=300,
            campaign_id=campaign_id,
            practice_ids=_practices(services),
            follow_ups="Send the programme to registered associations.",
        )
    )
    _, recipients, _missing = services.campaigns.delivery.prepare(campaign_id, CampaignChannel.SMS)
    for item in recipients[:300]:
        if rng.random() < 0.2:
            services.campaigns.events.register(event.id, item.recipient.person_id)
    return 1
