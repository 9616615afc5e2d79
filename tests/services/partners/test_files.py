"""Partner and project file rows: headers in three languages, values as people write them, bad
cells named by column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.file_values import DateOrder
from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.projects import FundingLine, ProjectProgramme, ProjectStage
from diaspora_desk.services.partners.files import (
    PARTNER_COLUMNS,
    PROJECT_COLUMNS,
    map_headers,
    partner_draft,
    project_draft,
    split_list,
)

ASSOCIATIONS = {"club jerez de california": 4}
PARTNERS = {"banco solidario": 7}


def test_headers_match_in_spanish_and_french_whatever_the_accents_and_case() -> None:
    headers = ["Nombre", "PAÍS", "Teléfonos", "Courriel", "Sin sentido", "nombre"]
    assert map_headers(headers, PARTNER_COLUMNS) == {0: "name", 1: "country", 2: "phones", 3: "emails"}
    assert map_headers(["Título", "Fecha de inicio", "Date de fin"], PROJECT_COLUMNS) == {
        0: "title",
        1: "starts_on",
        2: "ends_on",
    }
    # A project header is not a partner column.
    assert map_headers(["Presupuesto"], PARTNER_COLUMNS) == {}


def test_a_list_cell_splits_on_semicolons_and_lines_not_commas() -> None:
    assert split_list("Ortiz, Ana; +52 55 1234 5678\n\n info@example.org ") == (
        "Ortiz, Ana",
        "+52 55 1234 5678",
        "info@example.org",
    )


def test_a_partner_row_names_its_association_by_name_or_id() -> None:
    by_name = partner_draft({"name": "Fondo", "association": "Club Jerez de California"}, ASSOCIATIONS)
    by_id = partner_draft({"name": "Fondo", "association": "4"}, ASSOCIATIONS)
    assert by_name.association_id == by_id.association_id == 4
    assert (by_name.kind, by_name.level) == ("other", "local")
    with pytest.raises(ValidationError) as caught:
        partner_draft({"name": "Fondo", "association": "Club Nadie"}, ASSOCIATIONS)
    assert caught.value.errors == {"association": "'Club Nadie' is not in the registry"}


def test_a_project_row_reads_continental_amounts_day_first_dates_and_spanish_codes() -> None:
    draft = project_draft(
        {
            "title": "Escuela de Jerez",
            "programme": "3x1",
            "stage": "ejecución",
            "budget": "1.234.567,50",
            "association_pledged": "400.000",
            "starts_on": "03/02/2026",
            "partners": "Banco Solidario",
            "beneficiaries": "1,200",
        },
        ASSOCIATIONS,
        PARTNERS,
        {"starts_on": DateOrder.DMY},
    )
    assert draft.budget == Decimal("1234567.50")
    assert draft.funding == (FundingLine(FundingSource.ASSOCIATION, Decimal("400000"), Decimal("0.00")),)
    assert draft.starts_on == dt.date(2026, 2, 3)
    assert (draft.partner_ids, draft.beneficiaries) == ((7,), 1200)
    assert draft.programme is not ProjectProgramme.OTHER
    assert draft.stage is not ProjectStage.IDENTIFICATION


def test_every_bad_cell_of_a_project_row_is_named_by_its_column() -> None:
    with pytest.raises(ValidationError) as caught:
        project_draft(
            {"title": "X", "budget": "mucho", "beneficiaries": "unos cien", "partners": "Nadie"},
            ASSOCIATIONS,
            PARTNERS,
            {},
        )
    assert set(caught.value.errors) == {"budget", "beneficiaries", "partners"}
