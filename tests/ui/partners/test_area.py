"""The Partners area with qtbot: the lists, the expiring reminder, a project's shares against the rule."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.partners import PartnerKind
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.partners.models import PartnerTableModel, ProjectTableModel
from tests.ui.partners.scenes import partners_area, partners_demo


def test_lists_show_the_demo_and_filter(qtbot: QtBot, services: Services, qtmodeltester: ModelTester) -> None:
    partners_demo(services)
    area = partners_area(qtbot, services)
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
    partners_demo(services)
    area = partners_area(qtbot, services)
    row = next(r for r, p in enumerate(area.project_model.rows) if p.title.startswith("Paving"))
    area.project_table.selectRow(row)
    assert "NOT met" in area.project_summary.text()
    municipality = next(s for s in area.share_model.rows if s.source is FundingSource.MUNICIPALITY)
    assert municipality.gap > 0
    assert area.share_model.data(area.share_model.index(1, 2)) == "21.7%"
