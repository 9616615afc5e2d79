"""People export: the postal address columns read back by the importer unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services
from tests.services.people.test_importer import _csv, _person


def test_exported_addresses_import_back_unchanged(services: Services, tmp_path: Path) -> None:
    services.people.registry.create(
        PersonDraft(
            given_name="Rosa",
            family_name="Tum",
            country="US",
            address="77 Elm St\nUnit 2",
            postal_code="90012",
            locality="Los Angeles",
            region="CA",
        )
    )
    exported = tmp_path / "people.csv"
    services.people.exporter.export_file(exported)
    header = exported.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[5:11] == ["city", "address", "postal_code", "locality", "region", "address_country"]
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["address"] == "77 Elm St\nUnit 2"
    # The file reads back as it was written (another person, so it is no duplicate).
    rows[0].update(given_name="Xiomara", family_name="Pérez")
    again = _csv(tmp_path / "again.csv", [list(rows[0]), list(rows[0].values())])
    assert services.people.importer.import_file(again).summary == "imported 1, rejected 0, duplicates 0"
    record = services.people.registry.get(_person(services, "xiomara perez").id)
    assert record.address == "77 Elm St\nUnit 2"
    assert (record.postal.postal_code, record.postal.locality, record.postal.region) == (
        "90012",
        "Los Angeles",
        "CA",
    )
