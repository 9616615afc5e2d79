"""Opening the application's services over a database file: created, migrated, catalogues loaded."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.changes import Change
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.composition import open_services


def test_a_new_database_opens_ready_to_use_and_opens_again(tmp_path: Path, gazetteer: Gazetteer) -> None:
    path = tmp_path / "new.sqlite"
    services = open_services(path, gazetteer=gazetteer)
    try:
        assert services.database_path == path
        assert not services.settings.current().configured  # the setup dialog comes first
        assert services.practices.all()  # the practices catalogue is loaded
        seen: list[Change] = []
        services.changes.subscribe(seen.append)
        created = services.associations.registry.create(AssociationDraft(name="Club Quetzal", country="US"))
        assert any("association" in change.tables for change in seen)
    finally:
        services.close()
    again = open_services(path, gazetteer=gazetteer)
    try:
        assert again.associations.registry.get(created.id).name == "Club Quetzal"
    finally:
        again.close()
