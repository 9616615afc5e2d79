"""Header names in English, Spanish and French: the postal address columns."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.services.composition import Services
from tests.services.people.test_importer import _csv, _person


def test_postal_addresses_import_from_spanish_french_and_two_line_files(
    services: Services, tmp_path: Path
) -> None:
    spanish = _csv(
        tmp_path / "es.csv",
        [
            [
                "Nombre",
                "Apellidos",
                "País",
                "Dirección",
                "Código postal",
                "Provincia",
                "País de la dirección",
            ],
            ["Elena", "Coc", "Estados Unidos", "Calle 5 #12", "93721", "California", "Estados Unidos"],
        ],
        delimiter=";",
    )
    french = _csv(
        tmp_path / "fr.csv",
        [
            ["Prénom", "Nom", "Pays", "Adresse ligne 1", "Adresse ligne 2", "Code postal", "Localité"],
            ["Hugo", "Pop", "France", "12 rue des Lilas", "Bâtiment B", "69003", "Lyon"],
        ],
    )
    assert services.people.importer.import_file(spanish).summary == "imported 1, rejected 0, duplicates 0"
    assert services.people.importer.import_file(french).summary == "imported 1, rejected 0, duplicates 0"
    elena = _person(services, "elena coc")
    assert (elena.address, elena.postal_code, elena.region, elena.address_country) == (
        "Calle 5 #12",
        "93721",
        "California",
        "US",
    )
    hugo = _person(services, "hugo pop")
    assert (hugo.address, hugo.postal_code, hugo.locality) == (
        "12 rue des Lilas\nBâtiment B",
        "69003",
        "Lyon",
    )
