"""SMS reminders in the person's language, and kept to one segment when asked."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.consular_services import ConsularService
from diaspora_desk.domain.reminders import WORDINGS, compose_reminder, reminder_language

DAY = dt.date(2026, 12, 5)
NINE = dt.time(9, 0)
PLACES = ("Salón Comunal San José, 1200 Tulare St, Fresno", "Salón Comunal San José, Fresno", "Fresno")
SENDER = "Consulado General en Los Ángeles"


def test_a_spanish_speaker_gets_spanish_and_an_english_speaker_english() -> None:
    spanish = compose_reminder(ConsularService.PASSPORT_RENEWAL, DAY, NINE, PLACES, SENDER, "es")
    assert spanish.language == "es"
    assert spanish.text.startswith(
        "Recordatorio: renovación de pasaporte en el consulado móvil el 05/12/2026"
    )
    assert "Traiga: pasaporte vigente o vencido" in spanish.text
    assert spanish.text.endswith(SENDER)
    english = compose_reminder(ConsularService.PASSPORT_RENEWAL, DAY, NINE, PLACES, SENDER, "en-US")
    assert english.language == "en"
    assert english.text.startswith(
        "Reminder: passport renewal at the mobile consulate on 5 Dec 2026 at 09:00"
    )
    # K'iche' has no wording: English, and the reminder says so.
    assert compose_reminder(ConsularService.CONSULAR_ID, DAY, NINE, PLACES, SENDER, "quc").language == "en"


def test_the_full_reminder_takes_several_segments_and_one_segment_keeps_the_essentials() -> None:
    full = compose_reminder(ConsularService.PASSPORT_RENEWAL, DAY, NINE, PLACES, SENDER, "es")
    assert (full.length.encoding, full.length.segments) == ("UCS-2", 4)
    short = compose_reminder(
        ConsularService.PASSPORT_RENEWAL, DAY, NINE, PLACES, SENDER, "es", one_segment=True
    )
    assert short.length.segments == 1
    assert short.length.encoding == "GSM-7"
    for essential in ("pasaporte", "05/12/2026", "09:00", "Fresno"):
        assert essential in short.text


@given(
    service=st.sampled_from(list(ConsularService)),
    language=st.sampled_from([*WORDINGS, "quc", ""]),
    town=st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíóúñ ", min_size=1, max_size=30).filter(str.strip),
    venue=st.text(min_size=0, max_size=120),
)
def test_one_segment_fits_whenever_the_town_does(
    service: ConsularService, language: str, town: str, venue: str
) -> None:
    places = tuple(p for p in (f"{venue}, {town}", town) if p)
    reminder = compose_reminder(service, DAY, NINE, places, SENDER, language, one_segment=True)
    assert reminder.length.segments == 1
    assert reminder.language == reminder_language(language)


def test_every_service_has_a_name_in_every_language() -> None:
    for wording in WORDINGS.values():
        assert set(wording.services) == set(ConsularService)


def test_a_language_without_wording_gets_the_consulates_fallback_not_english() -> None:
    kiche = compose_reminder(ConsularService.CONSULAR_ID, DAY, NINE, PLACES, SENDER, "quc", fallback="es")
    assert kiche.language == "es"
    assert kiche.text.startswith("Recordatorio:")
    # Unknown fallback: English.
    assert (
        compose_reminder(ConsularService.CONSULAR_ID, DAY, NINE, PLACES, SENDER, "", fallback="xx").language
        == "en"
    )
