"""The person record PDF: all that is known of a person, consent purposes in words; reading is audited."""

from __future__ import annotations

import io

from pypdf import PdfReader

from diaspora_desk.reports.person_record import build_person_record
from diaspora_desk.services.composition import Services
from tests.services.people.skilled import nurse


def test_person_record_holds_everything_and_its_reading_is_audited(services: Services) -> None:
    person_id = nurse(services, "Ixchel", consent=True)
    services.people.consent.set_legal_status(person_id, "work permit")
    buffer = io.BytesIO()
    build_person_record(services.people.reports.person(person_id), buffer)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "work permit" in text
    assert "Nursing professionals" in text
    assert "Sharing the profile" in text  # the purpose in words (wrapped in its cell), not its code
    assert "sharing_for_matching" not in text
    assert services.audit.history("person", person_id)[-1].action == "view_sensitive"


def test_a_spanish_record_shows_the_english_occupation_with_its_isco_code(services: Services) -> None:
    from diaspora_desk.i18n import report_language

    person_id = nurse(services, "Ixchel", consent=True)
    buffer = io.BytesIO()
    with report_language("es"):
        build_person_record(services.people.reports.person(person_id), buffer)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "CONFIDENCIAL" in text  # the record is in Spanish...
    # ...and the occupation, shipped in English only, carries its ISCO-08 code beside it.
    assert "2221 Nursing professionals" in " ".join(text.split())
