"""The partner dialog: saved with its phones in international form, bad fields named in place."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.partners import PartnerKind
from diaspora_desk.services.composition import Services
from tests.ui.partners.scenes import partners_area


def test_partner_dialog_saves_and_the_list_follows_the_change_notice(
    qtbot: QtBot, services: Services
) -> None:
    area = partners_area(qtbot, services)
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    dialog = area.partner_dialog()
    qtbot.addWidget(dialog)
    dialog.name = "Cooperativa Nueva Semilla"
    dialog.kind = PartnerKind.MICROFINANCE
    dialog.country = "GT"
    dialog.phones = ("2222 3333",)
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.phones == ("+50222223333",)
    area.on_changed(seen[-1])
    assert area.partner_model.rowCount() == 1


def test_partner_dialog_names_bad_fields_and_stays_open(qtbot: QtBot, services: Services) -> None:
    dialog = partners_area(qtbot, services).partner_dialog()
    qtbot.addWidget(dialog)
    dialog.name = ""
    dialog.country = "GT"
    dialog.phones = ("12",)
    dialog.accept()
    assert dialog.saved is None
    assert dialog.form.errors["name"].text() == "is required"
    assert "not a valid phone number" in dialog.form.errors["phone"].text()


def test_an_over_long_name_is_refused_under_its_field_not_cut(qtbot: QtBot, services: Services) -> None:
    dialog = partners_area(qtbot, services).partner_dialog()
    qtbot.addWidget(dialog)
    dialog.name = "Cooperativa " * 21  # 251 characters
    dialog.country = "GT"
    dialog.accept()
    assert dialog.saved is None
    assert dialog.form.errors["name"].text() == "is longer than 200 characters"
    assert services.partners.registry.count() == 0
