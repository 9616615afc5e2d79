"""The skills summary PDF: occupation groups by name, small cells printed as <5."""

from __future__ import annotations

from diaspora_desk.reports.skills_summary import build_skills_summary
from diaspora_desk.services.composition import Services
from tests.reports.pdf_text import pdf_pages
from tests.services.people.skilled import nurse


def test_the_summary_names_groups_and_hides_small_cells(services: Services) -> None:
    for n in range(6):
        nurse(services, f"Nurse{n}", consent=True)
    nurse(services, "Engineer", consent=True, code="2142")
    pdf, pages = pdf_pages(build_skills_summary, services.people.reports.skills())
    text = "\n".join(pages)
    assert "<5" in text
    assert "21 Science and engineering professionals" in text
    assert "22 Health professionals" in text
    assert "Page 1 of" in pages[0]
    assert pdf_pages(build_skills_summary, services.people.reports.skills())[0] == pdf


def test_a_french_summary_shows_each_english_group_with_its_code(services: Services) -> None:
    from diaspora_desk.i18n import report_language

    for n in range(6):
        nurse(services, f"Nurse{n}", consent=True)
    with report_language("fr"):
        _pdf, pages = pdf_pages(build_skills_summary, services.people.reports.skills())
    text = "\n".join(pages)
    assert "CONFIDENTIEL" in text
    assert "22 Health professionals" in text
    assert "2 Professionals" in text
