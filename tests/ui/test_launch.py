"""Opening the window's database: the README's first command opens a demo database when none exists."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.domain.queries import ArchiveFilter, AssociationQuery
from diaspora_desk.ui.launch import open_for_window


def test_new_database_gets_the_demo_and_an_existing_one_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    services = open_for_window(path, demo_if_new=True)
    try:
        assert services.settings.current().configured
        count = services.associations.registry.count(AssociationQuery(archive=ArchiveFilter.ALL))
        assert count > 0
    finally:
        services.close()
    again = open_for_window(path, demo_if_new=True)
    try:
        assert again.associations.registry.count(AssociationQuery(archive=ArchiveFilter.ALL)) == count
    finally:
        again.close()


def test_without_the_flag_a_new_database_starts_empty_for_first_run_setup(tmp_path: Path) -> None:
    services = open_for_window(tmp_path / "empty.sqlite", demo_if_new=False)
    try:
        assert not services.settings.current().configured
        assert services.associations.registry.count(AssociationQuery()) == 0
    finally:
        services.close()
