"""Tools → Accounts for an administrator: the list, add, change role, reset password, disable."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diaspora_desk.domain.accounts import Role
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.accounts.accounts_page import AccountsDialog, AccountsModel
from tests.services.accounts.people_scene import PASSWORD, add_accounts


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> AccountsDialog:
    add_accounts(services)
    services.accounts.session.sign_in("administrator", PASSWORD)
    built = AccountsDialog(services.accounts.registry)
    qtbot.addWidget(built)
    return built


def _column(model: AccountsModel, column: int) -> list[object]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_list_shows_every_account(dialog: AccountsDialog, qtmodeltester: ModelTester) -> None:
    model = dialog.page.model
    qtmodeltester.check(model)
    assert _column(model, AccountsModel.USERNAME) == ["administrator", "officer", "supervisor", "viewer"]
    assert _column(model, AccountsModel.ROLE) == ["Administrator", "Officer", "Supervisor", "Viewer"]


def test_change_role_reset_and_disable(dialog: AccountsDialog, services: Services) -> None:
    page = dialog.page
    page.select("viewer")
    assert page.change_role(Role.OFFICER)
    page.select("viewer")
    assert page.reset_password("a brand new secret")
    page.select("viewer")
    assert page.disable()
    assert _column(page.model, AccountsModel.ROLE)[3] == "Officer"
    assert _column(page.model, AccountsModel.STATE)[3] == "disabled"
    session = services.accounts.session
    with pytest.raises(Exception, match="disabled"):
        session.sign_in("viewer", "a brand new secret")


def test_the_last_administrator_is_kept_with_a_plain_message(
    dialog: AccountsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "diaspora_desk.ui.accounts.accounts_page.show_error", lambda _p, exc, _c: shown.append(str(exc))
    )
    dialog.page.select("administrator")
    assert not dialog.page.disable()
    assert shown == ["At least one active administrator must remain."]


def test_the_idle_time_is_saved(dialog: AccountsDialog, services: Services) -> None:
    dialog.page.idle_spin.setValue(3)
    dialog.page.idle_save.click()
    assert services.accounts.registry.idle_minutes() == 3
