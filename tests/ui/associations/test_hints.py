"""The associations list and the log say why they are empty and what to do."""

from __future__ import annotations

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.main_window import MainWindow


def test_empty_list_and_log_explain_themselves(window: MainWindow, services: Services) -> None:
    page = window.associations
    assert page.empty_hint.text().startswith("No association is registered yet.")
    assert page.log_hint.text() == "Select an association to see its interactions."
    services.associations.registry.create(AssociationDraft(name="Club Xela", country="US"))
    assert not page.empty_hint.shown
    page.select_association(page.model.row_at(0).id)  # type: ignore[union-attr]
    assert page.log_hint.text().startswith("No meeting, call or event logged")
    page.search_edit.setText("no such club")
    page.type_filter.setCurrentIndex(1)
    page.apply_filters()
    assert page.empty_hint.text().startswith("No association matches")
    page.empty_hint.label.linkActivated.emit("clear")
    assert (page.search_edit.text(), page.type_filter.currentIndex()) == ("", 0)
    assert not page.empty_hint.shown
