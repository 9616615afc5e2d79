"""The Partners area with qtbot: the lists, the expiring reminder, the dialogs and the funding check."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.partners import AgreementStatus, PartnerKind
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.associations import build_demo
from diaspora_desk.services.demo.partners import build_demo_partners
from diaspora_desk.ui.partners.area import PartnersArea
from diaspora_desk.ui.partners.funding_panel import PLEDGED
from diaspora_desk.ui.partners.models import PartnerTableModel, ProjectTableModel


def _area(qtbot: QtBot, services: Services) -> PartnersArea:
    area = PartnersArea(services.partners, services.practices, services.clock)
    qtbot.addWidget(area)
    return area


def _demo(services: Services) -> None:
    build_demo(services, associations=8, seed=4)
    build_demo_partners(services, seed=4)


def test_lists_show_the_demo_and_filter(qtbot: QtBot, services: Services, qtmodeltester: ModelTester) -> None:
    _demo(services)
    area = _area(qtbot, services)
    for model in (
        area.partner_model,
        area.agreement_model,
        area.expiring_model,
        area.project_model,
        area.share_model,
    ):
        qtmodeltester.check(model)
    assert area.partner_model.rowCount() == 15
    area.kind_filter.setCurrentIndex(area.kind_filter.findData(PartnerKind.BANK))
    assert area.partner_model.rowCount() == 1
    assert (
        area.partner_model.data(area.partner_model.index(0, PartnerTableModel.NAME))
        == "Banco Solidario del Pacífico"
    )
    assert area.expiring_model.rowCount() == 2
    assert area.expiring_label.text().startswith("2 agreement(s) end within 90 days")
    rules = {area.project_model.data(area.project_model.index(r, ProjectTableModel.RULE)) for r in range(5)}
    assert {"1:1:1:1 met", "1:1:1:1 not met"} <= rules


def test_selecting_a_project_shows_its_shares_against_the_rule(qtbot: QtBot, services: Services) -> None:
    _demo(services)
    area = _area(qtbot, services)
    row = next(r for r, p in enumerate(area.project_model.rows) if p.title.startswith("Paving"))
    area.project_table.selectRow(row)
    assert "NOT met" in area.project_summary.text()
    municipality = next(s for s in area.share_model.rows if s.source is FundingSource.MUNICIPALITY)
    assert municipality.gap > 0
    assert area.share_model.data(area.share_model.index(1, 2)) == "21.7%"


def test_partner_dialog_saves_and_the_list_follows_the_change_notice(
    qtbot: QtBot, services: Services
) -> None:
    area = _area(qtbot, services)
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
    dialog = _area(qtbot, services).partner_dialog()
    qtbot.addWidget(dialog)
    dialog.name = ""
    dialog.country = "GT"
    dialog.phones = ("12",)
    dialog.accept()
    assert dialog.saved is None
    assert dialog.form.errors["name"].text() == "is required"
    assert "not a valid phone number" in dialog.form.errors["phone"].text()


def test_agreement_dialog_needs_a_counterpart_then_joins_the_reminder_list(
    qtbot: QtBot, services: Services
) -> None:
    _demo(services)
    area = _area(qtbot, services)
    dialog = area.agreement_dialog()
    qtbot.addWidget(dialog)
    dialog.title = "MoU with the county"
    dialog.status = AgreementStatus.IN_FORCE
    dialog.dates["signed_on"].setText("2026-01-10")
    dialog.dates["ends_on"].setText((services.clock.today() + dt.timedelta(days=10)).isoformat())
    dialog.accept()
    assert dialog.saved is None
    assert dialog.form.errors["partners"].text() == "an agreement has at least one counterpart"
    dialog.counterparts.ids = (1,)
    dialog.accept()
    assert dialog.saved is not None
    area.refresh_agreements()
    assert area.expiring_model.rows[0].title == "MoU with the county"


def test_project_dialog_checks_the_rule_as_amounts_are_typed(qtbot: QtBot, services: Services) -> None:
    area = _area(qtbot, services)
    dialog = area.project_dialog()
    qtbot.addWidget(dialog)
    dialog.title = "Water"
    dialog.country_combo.code = "MX"
    dialog.currency_edit.setText("MXN")
    dialog.matching_rule = "1:1"
    panel = dialog.funding_panel
    panel.set_cell(FundingSource.ASSOCIATION, PLEDGED, "1.000,00")
    panel.set_cell(FundingSource.MUNICIPALITY, PLEDGED, "500")
    assert "Rule 1:1 not met." in panel.summary.text()
    panel.set_cell(FundingSource.MUNICIPALITY, PLEDGED, "1,000")
    assert panel.summary.text() == "Total pledged 2,000.00 MXN, received 0.00 MXN. Rule 1:1 met."
    panel.set_cell(FundingSource.STATE, PLEDGED, "lots")
    dialog.accept()
    assert dialog.saved is None
    assert "not an amount" in dialog.money_form.errors["funding"].text()
    panel.set_cell(FundingSource.STATE, PLEDGED, "")
    dialog.milestones.add_row(["Works start", "2027-01-10", ""])
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.milestones[0].due_on == dt.date(2027, 1, 10)
    check = dialog.saved.matching()
    assert check is not None
    assert check.met
