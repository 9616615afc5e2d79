"""The agreement dialog: a counterpart required, dates as typed, the reminder list follows."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.partners import AgreementStatus
from diaspora_desk.services.composition import Services
from tests.ui.partners.scenes import partners_area, partners_demo


def test_agreement_dialog_needs_a_counterpart_then_joins_the_reminder_list(
    qtbot: QtBot, services: Services
) -> None:
    partners_demo(services)
    area = partners_area(qtbot, services)
    dialog = area.agreement_dialog()
    qtbot.addWidget(dialog)
    dialog.title = "MoU with the county"
    dialog.status = AgreementStatus.IN_FORCE
    dialog.dates["signed_on"].setText("10/01/2026")
    dialog.dates["ends_on"].setText((services.clock.today() + dt.timedelta(days=10)).isoformat())
    dialog.accept()
    assert dialog.saved is None
    assert dialog.form.errors["partners"].text() == "an agreement has at least one counterpart"
    dialog.counterparts.ids = (1,)
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.signed_on == dt.date(2026, 1, 10)  # typed day first
    area.refresh_agreements()
    assert area.expiring_model.rows[0].title == "MoU with the county"


def test_a_date_with_a_digit_too_many_is_refused_not_cut_to_another_date(
    qtbot: QtBot, services: Services
) -> None:
    partners_demo(services)
    dialog = partners_area(qtbot, services).agreement_dialog()
    qtbot.addWidget(dialog)
    dialog.title = "MoU with the county"
    dialog.counterparts.ids = (1,)
    dialog.dates["ends_on"].setText("2027-01-011")
    assert dialog.dates["ends_on"].text() == "2027-01-011"
    dialog.accept()
    assert dialog.saved is None
    assert dialog.form.errors["ends_on"].text() == (
        "Ends on: '2027-01-011' is not a date. Type a date such as 14/03/2027, or pick one."
    )
