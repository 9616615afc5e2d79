"""SMS-reminder exports: a CSV for consenting people only, in their language, audited."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.sms import sms_length
from diaspora_desk.services.composition import Services
from tests.services.visits.report_scene import CYRILLIC, GREEK, LATIN, Scene, build_scene


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services)


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so spreadsheets read the accents
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_reminders_only_for_consenting_people_with_e164_numbers(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    path = tmp_path / "reminders.csv"
    result = services.visits.reminders.appointments_csv(scene.visit.id, path)
    rows = _rows(path)
    assert (result.rows, result.without_consent, result.without_phone) == (3, 1, 0)
    names = {r["name"] for r in rows}
    assert CYRILLIC not in names  # booked, but never consented to consular contact
    assert {GREEK, LATIN} <= names
    assert list(rows[0]) == [
        "appointment_id",
        "day",
        "time",
        "service",
        "name",
        "phone_e164",
        "language",
        "message",
        "message_language",
        "encoding",
        "segments",
    ]
    greek = next(r for r in rows if r["name"] == GREEK)
    assert greek["phone_e164"] == "+15595550101"
    assert (greek["day"], greek["time"], greek["service"]) == ("2026-12-05", "09:00", "Passport renewal")
    for expected in ("05/12/2026", "09:00", "Salón Comunal", "1200 Tulare St", "pasaporte vigente o vencido"):
        assert expected in greek["message"]
    # No preferred language recorded: the consulate's (Guatemala: Spanish), and the file says so.
    assert (greek["message_language"], greek["encoding"]) == ("es", "UCS-2")
    assert int(greek["segments"]) == sms_length(greek["message"]).segments >= 2
    assert result.segments == sum(int(r["segments"]) for r in rows)
    event = services.audit.history("mobile_visit", scene.visit.id)[-1]
    assert json.loads(event.after or "{}")["without_consent"] == 1


def test_reminder_csv_is_formula_safe_but_keeps_the_plus_of_phones(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    path = tmp_path / "reminders.csv"
    services.visits.reminders.appointments_csv(scene.visit.id, path)
    rows = _rows(path)
    evil = next(r for r in rows if "HYPERLINK" in r["name"])
    assert evil["name"].startswith("'=")
    assert all(r["phone_e164"].startswith("+1") for r in rows)


def test_consent_withdrawn_takes_the_person_out(services: Services, scene: Scene, tmp_path: Path) -> None:
    from diaspora_desk.domain.enums import ConsentPurpose

    services.people.consent.set_consent(
        scene.people[GREEK], ConsentPurpose.CONSULAR_CONTACT, False, how="phone call"
    )
    result = services.visits.reminders.appointments_csv(scene.visit.id, tmp_path / "r.csv")
    assert (result.rows, result.without_consent) == (2, 2)
    assert GREEK not in {r["name"] for r in _rows(tmp_path / "r.csv")}


def test_an_unwritable_path_is_a_plain_error(services: Services, scene: Scene, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="Cannot write"):
        services.visits.reminders.appointments_csv(scene.visit.id, tmp_path / "no-such-folder" / "r.csv")
    exports = [e for e in services.audit.history("mobile_visit", scene.visit.id) if e.action == "export"]
    assert exports == []  # nothing written, nothing exported
