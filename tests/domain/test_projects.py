"""Projects: codes read in three languages, funding checked, the matching rule applied."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.projects import (
    FundingLine,
    Milestone,
    ProjectDraft,
    ProjectProgramme,
    ProjectRecord,
    ProjectSector,
    ProjectStage,
    parse_programme,
    parse_sector,
    parse_stage,
    validate_project,
)

D = Decimal


def test_a_project_is_normalised() -> None:
    clean = validate_project(
        ProjectDraft(
            title=" Water ",
            country="México",
            currency="mxn",
            matching_rule="1-1-1-1",
            funding=(FundingLine(FundingSource.STATE, D(5)), FundingLine(FundingSource.ASSOCIATION, D(5))),
            milestones=(Milestone("Works", dt.date(2027, 1, 1)),),
        )
    )
    assert (clean.title, clean.country, clean.currency, clean.matching_rule) == (
        "Water",
        "MX",
        "MXN",
        "1:1:1:1",
    )
    assert [f.source for f in clean.funding] == [FundingSource.ASSOCIATION, FundingSource.STATE]


def test_funding_totals_are_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_project(
            ProjectDraft(
                title="Road",
                country="GT",
                currency="dollars",
                budget=D(100),
                funding=(
                    FundingLine(FundingSource.ASSOCIATION, D(80), D(90)),
                    FundingLine(FundingSource.FEDERAL, D(80)),
                ),
                starts_on=dt.date(2026, 2, 1),
                ends_on=dt.date(2026, 1, 1),
            )
        )
    assert set(caught.value.errors) == {"currency", "funding", "budget", "ends_on"}
    assert "more than pledged" in caught.value.errors["funding"]


def test_a_source_appears_once() -> None:
    line = FundingLine(FundingSource.ASSOCIATION, D(1))
    with pytest.raises(ValidationError, match="appears once"):
        validate_project(ProjectDraft(title="x", country="GT", currency="USD", funding=(line, line)))


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Ejecución", ProjectStage.IMPLEMENTATION),
        ("suivi", ProjectStage.MONITORING),
        ("completed", ProjectStage.COMPLETED),
    ],
)
def test_stages_as_files_write_them(text: str, stage: ProjectStage) -> None:
    assert parse_stage(text) is stage


def test_programmes_and_sectors_by_name() -> None:
    assert parse_programme("Tres por uno") is ProjectProgramme.THREE_FOR_ONE
    assert parse_programme("Unidos por la Solidaridad") is ProjectProgramme.UNITED_BY_SOLIDARITY
    assert parse_sector("Salud") is ProjectSector.HEALTH
    with pytest.raises(ValueError, match="sector"):
        parse_sector("space")


def _record(rule: str, pledged: tuple[int, ...], received: tuple[int, ...]) -> ProjectRecord:
    funding = tuple(
        FundingLine(s, D(p), D(r)) for s, p, r in zip(FundingSource, pledged, received, strict=False)
    )
    return ProjectRecord(
        1,
        "Water",
        ProjectProgramme.THREE_FOR_ONE,
        ProjectSector.WATER_SANITATION,
        "MX",
        "Jerez",
        ProjectStage.IMPLEMENTATION,
        "MXN",
        None,
        rule,
        funding,
        (),
        (),
        (),
        (),
        (),
        None,
        None,
        None,
        "",
        (),
    )


def test_the_rule_is_checked_against_pledges_and_receipts_apart() -> None:
    record = _record("1:1:1:1", (100, 100, 100, 100), (100, 100, 50, 0))
    pledged, received = record.matching(), record.matching(received=True)
    assert pledged is not None
    assert pledged.met
    assert received is not None
    assert not received.met
    assert (record.pledged, record.received) == (D(400), D(250))


def test_no_rule_no_check() -> None:
    assert _record("", (1,), (0,)).matching() is None
