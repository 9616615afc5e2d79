"""Practices coverage: every practice, what was done under it in the period, or the gap."""

from __future__ import annotations

import datetime as dt

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.briefing import Period
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _meeting(services: Services, association: int, day: dt.date, *practices: str) -> None:
    services.associations.interactions.add(
        association,
        InteractionDraft(occurred_on=day, kind="meeting", officer="T", summary="x", practice_ids=practices),
    )


def test_activities_in_the_period_are_counted_and_the_latest_is_the_evidence(services: Services) -> None:
    club = services.associations.registry.create(
        AssociationDraft(name="Club Xela", country="US", city="Fresno")
    )
    _meeting(services, club.id, dt.date(2026, 3, 1), "A.4.1")
    _meeting(services, club.id, dt.date(2026, 9, 9), "A.4.1", "A.2.3")
    _meeting(services, club.id, dt.date(2025, 12, 31), "A.5.3")  # before the period
    rows = {row.practice_id: row for row in services.briefing.reports.coverage(YEAR)}
    assert len(rows) == len(services.practices.all())  # every practice, once
    dialogue = rows["A.4.1"]
    assert dialogue.counts == {"interaction": 2}
    assert dialogue.latest is not None
    assert dialogue.latest.day == dt.date(2026, 9, 9)
    assert "Club Xela" in dialogue.latest.text
    assert not dialogue.is_gap
    assert rows["A.5.3"].is_gap  # its only activity is outside the period
    assert rows["A.5.3"].supported_by.startswith("People & Skills")
    # A parent is not a gap when work was done under its sub-practices.
    assert rows["A.4"].total == 0
    assert rows["A.4"].covered_children == 1
    assert not rows["A.4"].is_gap
    assert rows["A"].covered_children == 2


def test_gaps_name_the_part_of_the_app_that_records_such_work(services: Services) -> None:
    rows = {row.practice_id: row for row in services.briefing.reports.coverage(YEAR)}
    assert all(row.is_gap for row in rows.values())
    assert rows["A.4.5.1"].supported_by.startswith("Mobile Visits")
    assert rows["P.2.3"].supported_by == "Partners: matching-fund projects"
    assert rows["A.4.4.1"].supported_by.startswith("People & Skills")


def test_mobile_consulates_count_for_their_own_consulate_only(services: Services) -> None:
    from diaspora_desk.domain.visits import ConsularService, OfferedService, VisitDraft
    from diaspora_desk.services.visits.consulates import ConsulateDraft

    here = services.visits.consulates.list()[0]
    other = services.visits.consulates.save(
        ConsulateDraft(name="Consulado en Phoenix", country="US", city="Phoenix", jurisdiction=("US-AZ",))
    )
    for consulate, city in ((here.id, "Fresno"), (other.id, "Tucson")):
        services.visits.registry.create(
            VisitDraft(
                consulate_id=consulate,
                country="US",
                city=city,
                starts_on=dt.date(2026, 11, 30),
                ends_on=dt.date(2026, 11, 30),
                opens_at=dt.time(9, 0),
                closes_at=dt.time(11, 0),
                services=(OfferedService(ConsularService.PASSPORT_RENEWAL, 2),),
                practice_ids=("A.4.5.1",),
            )
        )
    mine = {r.practice_id: r for r in services.briefing.reports.coverage(YEAR, here.id)}["A.4.5.1"]
    assert mine.counts == {"mobile_visit": 1}
    assert mine.latest is not None
    assert "Fresno" in mine.latest.text
    every = {r.practice_id: r for r in services.briefing.reports.coverage(YEAR)}["A.4.5.1"]
    assert every.counts == {"mobile_visit": 2}


def test_partners_agreements_and_projects_are_evidence(services: Services) -> None:
    from diaspora_desk.domain.partners import AgreementDraft, AgreementKind, AgreementStatus, PartnerDraft
    from diaspora_desk.domain.projects import ProjectDraft, ProjectStage

    partners = services.partners
    bank = partners.registry.create(PartnerDraft(name="Banco Rural", kind="bank", country="GT"))
    partners.registry.create(PartnerDraft(name="Cámara de Comercio", country="US", practice_ids=("P.1",)))
    signed = AgreementDraft(
        title="Remesas sin comisión",
        kind=AgreementKind.MOU,
        status=AgreementStatus.IN_FORCE,
        partner_ids=(bank.id,),
        signed_on=dt.date(2026, 2, 1),
        starts_on=dt.date(2026, 3, 1),
        ends_on=dt.date(2027, 2, 28),
        practice_ids=("P.1",),
    )
    partners.agreements.create(signed)
    # Not concluded, or over before the period: no evidence.
    partners.agreements.create(
        AgreementDraft(title="Borrador", partner_ids=(bank.id,), practice_ids=("P.1", "P.3"))
    )
    partners.agreements.create(
        AgreementDraft(
            title="Convenio 2024",
            status=AgreementStatus.EXPIRED,
            partner_ids=(bank.id,),
            signed_on=dt.date(2024, 1, 1),
            ends_on=dt.date(2025, 6, 30),
            practice_ids=("P.3",),
        )
    )
    partners.projects.create(
        ProjectDraft(
            title="Agua potable",
            country="GT",
            place="Salcajá",
            stage=ProjectStage.IMPLEMENTATION,
            currency="GTQ",
            starts_on=dt.date(2026, 5, 4),
            practice_ids=("P.2.3",),
        )
    )
    rows = {row.practice_id: row for row in services.briefing.reports.coverage(YEAR)}
    assert rows["P.1"].counts == {"agreement": 1, "partner": 1}
    latest = rows["P.1"].latest
    assert latest is not None
    assert latest.kind in ("agreement", "partner")  # the partner's day is the day it was registered
    if latest.kind == "agreement":
        assert latest.day == dt.date(2026, 2, 1)
    assert rows["P.3"].is_gap
    project = rows["P.2.3"]
    assert project.counts == {"project": 1}
    assert project.latest is not None
    assert project.latest.day == dt.date(2026, 5, 4)
    assert "Agua potable (Salcajá)" in project.latest.text
    # The partner registered after a period's end is no evidence for it.
    before = Period(dt.date(2001, 1, 1), dt.date(2001, 12, 31))
    earlier = {r.practice_id: r for r in services.briefing.reports.coverage(before)}
    assert earlier["P.1"].is_gap
