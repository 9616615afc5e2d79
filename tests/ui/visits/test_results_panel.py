"""After a visit: results per service, anonymous walk-ins, follow-ups saved at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.visits import OfferedService, VisitDraft, VisitRecord
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.visits.area_services import VisitsAreaServices
from diaspora_desk.ui.visits.visit_dialog import VisitDialog
from tests.ui.visits.scenes import CARD, PASSPORT, row_texts


def _visit(services: Services) -> VisitRecord:
    consulate = services.visits.consulates.list()[0]
    return services.visits.registry.create(
        VisitDraft(
            consulate_id=consulate.id,
            country="US",
            city="Fresno",
            starts_on=services.clock.today(),
            ends_on=services.clock.today(),
            opens_at=dt.time(9, 0),
            closes_at=dt.time(11, 0),
            slot_minutes=30,
            services=(OfferedService(PASSPORT, 2), OfferedService(CARD, 4)),
        )
    )


def test_results_tab_records_walk_ins_and_follow_ups_that_survive_saving_the_form(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, area_services: VisitsAreaServices
) -> None:
    visit = _visit(services)
    dialog = VisitDialog(area_services, visit)
    qtbot.addWidget(dialog)
    panel = dialog.results_panel
    assert panel is not None
    qtmodeltester.check(panel.model)
    assert [r.capacity for r in panel.model.rows] == [4, 8]  # places over two hours
    panel.walk_in_spins[CARD].setValue(3)
    panel.save_walk_ins()
    assert panel.model.rows[1].walk_ins == 3
    assert "Delivered 3 services" in panel.totals.text()

    panel.description_edit.setText("Send the renewed passports by courier")
    panel.owner_edit.setText("Passport officer")
    panel.add_follow_up()
    assert row_texts(panel.follow_ups_model, 0) == ["Send the renewed passports by courier"]
    qtmodeltester.check(panel.follow_ups_model)
    panel.follow_ups.selectRow(0)
    panel.toggle_done()
    assert row_texts(panel.follow_ups_model, 3) == [services.clock.today().isoformat()]
    assert services.visits.registry.get(visit.id).follow_ups[0].done_on == services.clock.today()
    panel.add_follow_up()  # empty description
    assert "required" in panel.error.text()

    dialog.venue = "Community centre"
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    after = services.visits.registry.get(visit.id)
    assert after.venue == "Community centre"
    assert after.services[1].walk_ins_served == 3  # not undone by the form's older copy
    assert services.visits.registry.results(visit.id).walk_ins == 3
