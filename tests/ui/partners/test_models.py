"""The Partners tables: partners paged from SQL, agreements, the expiring reminder, projects
against their rule and a project's shares."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from diaspora_desk.services.composition import Services
from diaspora_desk.ui.partners.models import (
    AgreementTableModel,
    ExpiringTableModel,
    PartnerQuery,
    PartnerTableModel,
    ProjectTableModel,
    ShareTableModel,
)
from tests.ui.partners.scenes import partners_demo


def _cell(model: PartnerTableModel | ProjectTableModel, row: int, column: int, role: int = 0) -> object:
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def test_partners_page_from_sql_with_labels_and_the_association_as_tooltip(
    services: Services, qtmodeltester: ModelTester
) -> None:
    partners_demo(services)
    model = PartnerTableModel(services.partners.registry)
    assert model.rowCount() == 0  # nothing read before the first refresh
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == services.partners.registry.count() == 15
    model.set_query(PartnerQuery(text="Banco"))
    assert model.rowCount() == 1
    assert _cell(model, 0, model.NAME) == "Banco Solidario del Pacífico"
    assert _cell(model, 0, model.KIND) == "Bank"
    model.set_query(PartnerQuery())
    linked = [
        (row, record.association_name)
        for row in range(model.rowCount())
        if (record := model.row_at(row)) is not None and record.association_name
    ]
    assert linked, "the demo links a partner to a diaspora association"
    row, name = linked[0]
    assert _cell(model, row, model.NAME, Qt.ItemDataRole.ToolTipRole) == f"Diaspora association: {name}"


def test_agreements_and_the_reminder_list_show_days_left(
    services: Services, qtmodeltester: ModelTester
) -> None:
    partners_demo(services)
    today = services.clock.today()
    agreements = services.partners.agreements
    expiring = ExpiringTableModel(today)
    expiring.set_rows(agreements.expiring(today=today))
    qtmodeltester.check(expiring)
    assert expiring.rowCount() == 2
    first = expiring.rows[0]
    assert first.ends_on is not None
    days = expiring.data(expiring.index(0, 1))
    assert days == str((first.ends_on - today).days)
    listed = AgreementTableModel()
    listed.set_rows(agreements.all())
    qtmodeltester.check(listed)
    assert listed.rowCount() >= 2
    signed = listed.data(listed.index(0, listed.SIGNED))
    assert signed == "" or dt.date.fromisoformat(str(signed))


def test_a_project_short_of_its_rule_is_marked_and_its_shares_say_by_how_much(
    services: Services, qtmodeltester: ModelTester
) -> None:
    partners_demo(services)
    model = ProjectTableModel()
    model.set_rows(services.partners.projects.all())
    qtmodeltester.check(model)
    row = next(r for r, p in enumerate(model.rows) if p.title.startswith("Paving"))
    assert _cell(model, row, model.RULE) == "1:1:1:1 not met"
    assert _cell(model, row, model.RULE, Qt.ItemDataRole.ForegroundRole) is not None
    project = model.rows[row]
    check = project.matching()
    assert check is not None
    shares = ShareTableModel(project.currency)
    shares.set_rows(check.shares)
    qtmodeltester.check(shares)
    short = [shares.data(shares.index(r, 4)) for r in range(shares.rowCount())]
    assert any(text and project.currency in str(text) for text in short)
