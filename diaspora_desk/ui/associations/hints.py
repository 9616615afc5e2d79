"""What the associations list and an association's log say when they are empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from diaspora_desk.ui.empty_hint import EmptyHint, clear_link

if TYPE_CHECKING:
    from diaspora_desk.ui.associations.page import AssociationsPage


def tr(text: str) -> str:
    return QCoreApplication.translate("AssociationsPage", text)


def filtering(page: AssociationsPage) -> bool:
    combos = (page.country_filter, page.type_filter, page.focus_filter, page.archive_filter)
    return bool(page.search_edit.text().strip()) or any(c.currentIndex() > 0 for c in combos)


def clear_filters(page: AssociationsPage) -> None:
    page.search_edit.clear()
    for combo in (page.country_filter, page.type_filter, page.focus_filter, page.archive_filter):
        combo.setCurrentIndex(0)
    page.apply_filters()


def list_message(page: AssociationsPage) -> str:
    if filtering(page):
        return tr("No association matches this search and these filters.<br>{link}").format(
            link=clear_link(tr("Clear the search and filters"))
        )
    return tr(
        "No association is registered yet.<br>Import a file with <b>File → Import associations…</b> "
        "or add one with <b>New…</b>."
    )


def log_message(page: AssociationsPage) -> str:
    if page.current is None:
        return tr("Select an association to see its interactions.")
    return tr("No meeting, call or event logged with this association yet: use <b>Log interaction…</b>.")


def attach_hints(page: AssociationsPage) -> tuple[EmptyHint, EmptyHint]:
    """The hints of the list (with a link that clears the filters) and of the log."""
    listed = EmptyHint(page.table, lambda: list_message(page), lambda _link: clear_filters(page))
    logged = EmptyHint(page.details.log_table, lambda: log_message(page))
    return listed, logged
