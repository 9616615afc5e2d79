"""Demo needs at home: a few openings the demo's nationals can be matched with."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.people import Cefr
from diaspora_desk.services.composition import Services


def build_demo_needs(services: Services) -> int:
    """A few home-country needs like those MIDA/TOKTEN-style programmes receive."""
    from diaspora_desk.services.people.needs import NeedDraft

    today = services.clock.today()
    start = today + dt.timedelta(days=45)
    needs = (
        NeedDraft(
            institution="Hospital Regional de Occidente",
            title="Anaesthetist for three months",
            isco_codes=("2212",),
            mode="on_site_temporary",
            sector="Health",
            min_isced=7,
            languages=(("es", Cefr.C1),),
            duration_days=90,
            earliest=start,
            latest=start + dt.timedelta(days=180),
            place="Quetzaltenango",
        ),
        NeedDraft(
            institution="Ministry of Communications",
            title="Bridge engineers to review designs remotely",
            isco_codes=("2142",),
            mode="virtual",
            sector="Engineering",
            min_isced=6,
            min_years_experience=5,
            languages=(("es", Cefr.B2), ("en", Cefr.B2)),
            duration_days=60,
            earliest=start,
            latest=start + dt.timedelta(days=120),
        ),
        NeedDraft(
            institution="National Nursing School",
            title="Nurse trainers for a summer school",
            isco_codes=("2221", "3221"),
            mode="on_site_temporary",
            sector="Health",
            min_isced=5,
            languages=(("es", Cefr.C1),),
            duration_days=30,
            earliest=start,
            latest=start + dt.timedelta(days=60),
            place="Cobán",
        ),
        NeedDraft(
            institution="Municipal IT office",
            title="Software developers mentoring young programmers",
            isco_codes=("251",),
            mode="virtual",
            sector="ICT",
            min_isced=5,
            languages=(("es", Cefr.B2),),
            duration_days=90,
            earliest=start,
            latest=start + dt.timedelta(days=365),
        ),
    )
    for draft in needs:
        services.people.needs.create(draft)
    return len(needs)
