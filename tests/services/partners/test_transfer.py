"""Partner and project files in and out: other systems' headers and values, rejects named by row
and column, nothing half-written, exports audited."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.partners import PartnerKind
from diaspora_desk.domain.projects import ProjectStage
from diaspora_desk.services.composition import Services
from tests.services.partners.conftest import Registry


def _csv(path: Path, rows: list[list[str]], delimiter: str = ";") -> Path:
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_a_spanish_partner_file_imports_and_bad_rows_are_named(
    services: Services, registry: Registry, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "socios.csv",
        [
            ["Nombre", "Tipo", "País", "Teléfono", "Asociación", "Prácticas", "Color"],
            ["Remesas Rápidas", "Remesadora", "Estados Unidos", "(213) 555-0102", "", "P.2.1", "azul"],
            ["Club socio", "Asociación de la diáspora", "EE. UU.", "", "club jerez de california", "", ""],
            ["Sin país", "ONG", "", "", "", "", ""],
            ["Mal teléfono", "ONG", "Francia", "12", "", "", ""],
        ],
    )
    rejects = tmp_path / "rejects.csv"
    result = services.partners.transfer.import_partners(path, rejects=rejects)
    assert (result.imported, [(r.row, r.column) for r in result.rejected]) == (
        2,
        [(4, "country"), (5, "phone")],
    )
    assert result.ignored_headers == ("Color",)
    club = services.partners.registry.page(text="club socio")[0]
    assert (club.kind, club.association_id) == (PartnerKind.DIASPORA_ASSOCIATION, registry.club)
    transfers = services.partners.registry.page(kind=PartnerKind.MONEY_TRANSFER)[0]
    assert transfers.phones == ("+12135550102",)
    with rejects.open(encoding="utf-8-sig") as handle:
        assert [r["row"] for r in csv.DictReader(handle)] == ["4", "5"]


def test_a_dry_run_and_a_repeated_import_write_nothing_new(
    services: Services, registry: Registry, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "p.csv",
        [["name", "kind", "country"], ["Banco Solidario", "bank", "Mexico"], ["New NGO", "ngo", "US"]],
        ",",
    )
    dry = services.partners.transfer.import_partners(path, dry_run=True)
    assert (dry.imported, len(dry.rejected), services.partners.registry.count()) == (1, 1, 2)
    assert dry.rejected[0].column == "name"


def test_a_file_without_the_required_columns_is_refused_plainly(services: Services, tmp_path: Path) -> None:
    path = _csv(tmp_path / "p.csv", [["Organisation", "Colour"], ["x", "y"]], ",")
    with pytest.raises(KnownError, match="no column for country"):
        services.partners.transfer.import_partners(path)


def test_projects_import_from_xlsx_with_day_first_dates_and_continental_amounts(
    services: Services, registry: Registry, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "Proyecto",
            "Programa",
            "País",
            "Municipio",
            "Etapa",
            "Moneda",
            "Regla",
            "association_pledged",
            "municipality_pledged",
            "Socios",
            "Asociaciones",
            "Inicio",
        ]
    )
    sheet.append(
        [
            "Agua potable",
            "Tres por uno",
            "México",
            "Jerez",
            "Ejecución",
            "MXN",
            "1:1",
            "250.000,50",
            "250.000,50",
            "Municipio de Jerez",
            "Mujeres Unidas",
            "25/03/2026",
        ]
    )
    sheet.append(["Camino", "3x1", "México", "Jerez", "fase rara", "MXN", "", "", "", "", "", "03/04/2026"])
    path = tmp_path / "proyectos.xlsx"
    book.save(path)
    result = services.partners.transfer.import_projects(path)
    assert result.imported == 1
    assert [(r.row, r.column) for r in result.rejected] == [(3, "stage")]
    project = services.partners.projects.all()[0]
    assert project.stage is ProjectStage.IMPLEMENTATION
    assert project.starts_on is not None
    assert project.starts_on.isoformat() == "2026-03-25"
    assert project.funding[0].source is FundingSource.ASSOCIATION
    assert project.pledged == Decimal("500001.00")
    assert project.partner_ids == (registry.city,)
    assert project.association_ids == (registry.women,)


def test_exported_projects_import_again_unchanged(
    services: Services, registry: Registry, tmp_path: Path
) -> None:
    from tests.services.partners.test_projects import _draft

    original = services.partners.projects.create(_draft(registry))
    out = tmp_path / "projects.csv"
    assert services.partners.transfer.export_projects(out) == 1
    assert services.partners.transfer.import_projects(out).imported == 1
    copy = services.partners.projects.all()[0]
    assert copy.id != original.id
    assert (copy.funding, copy.association_ids, copy.partner_ids, copy.matching_rule) == (
        original.funding,
        original.association_ids,
        original.partner_ids,
        original.matching_rule,
    )
    assert [e.action for e in services.audit.recent(5) if e.entity_type == "project"][:2] == [
        "import",
        "export",
    ]


def test_partners_export_to_xlsx_with_country_names(
    services: Services, registry: Registry, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "partners.xlsx"
    assert services.partners.transfer.export_partners(out) == 2
    rows = list(load_workbook(out).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][:3] == ("name", "kind", "country")
    assert rows[1][2] == "Mexico"
