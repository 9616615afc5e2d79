"""The briefing's partners section: said to be empty when nothing is recorded, else counted."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.briefing import Period
from diaspora_desk.domain.partners import PartnerDraft
from diaspora_desk.services.composition import Services

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_with_no_partner_data_the_section_invents_nothing(services: Services) -> None:
    briefing = services.briefing.reports.briefing(YEAR)
    assert not briefing.partners.recorded
    assert (briefing.partners.figures, briefing.partners.tables) == ((), ())
    figures = {f.label: (f.value, f.note) for f in briefing.summary}
    assert figures["Projects and funds"] == ("—", "no partner data recorded")


def test_a_partner_registered_is_counted_with_its_organisations_agreements_and_projects(
    services: Services,
) -> None:
    services.partners.registry.create(
        PartnerDraft(name="Banco Solidario", kind="bank", country="MX", level="national")
    )
    section = services.briefing.reports.briefing(YEAR).partners
    assert section.recorded
    figures = {f.label: (f.value, f.note) for f in section.figures}
    assert figures["Partners"] == ("1", "1 registered in the period")
    assert figures["Agreements in force"] == ("0", "0 signed in the period")
    assert figures["Projects running"] == ("0", "0 beneficiaries")
    assert [t.title for t in section.tables] == [
        "Projects by stage",
        "Funding pledged and received by source",
    ]
