"""The shortlist PDF: the need, consenting candidates only, each with the reasons for the score."""

from __future__ import annotations

from diaspora_desk.reports.shortlist import build_shortlist
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from tests.reports.pdf_text import pdf_pages
from tests.services.people.skilled import nurse


def test_the_shortlist_names_consenting_candidates_only(services: Services) -> None:
    nurse(services, "Ixchel", consent=True)
    nurse(services, "Hidden", consent=False)
    need = services.people.needs.create(
        NeedDraft(
            institution="Hospital Roosevelt", title="Nurse trainers", isco_codes=("2221",), mode="virtual"
        )
    )
    pdf, pages = pdf_pages(build_shortlist, services.people.reports.shortlist(need.id))
    text = "\n".join(pages)
    assert "Nurse trainers" in text
    assert "Hospital Roosevelt" in text
    assert "2221 Nursing professionals" in text
    assert "Ixchel" in text
    assert "Hidden" not in text
    assert "CONFIDENTIAL" in pages[0]
    assert pdf_pages(build_shortlist, services.people.reports.shortlist(need.id))[0] == pdf
