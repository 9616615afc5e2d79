"""The People list: search by name, phone or e-mail; filters; details; person record PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from diaspora_desk.domain.changes import Change
from diaspora_desk.domain.contact import format_phone
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import NotFoundError
from diaspora_desk.domain.people_records import PersonRecord, PersonRow
from diaspora_desk.i18n.formats import country_name, language_name
from diaspora_desk.reports.catalogue import ReportKind, ReportPrinter
from diaspora_desk.ui.empty_hint import EmptyHint
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.fit_columns import FitColumns
from diaspora_desk.ui.people.erase_dialog import EraseDialog, button_menu
from diaspora_desk.ui.people.filter_bar import PeopleFilters
from diaspora_desk.ui.people.list_model import PeopleTableModel
from diaspora_desk.ui.people.person_dialog import PersonDialog, PersonServices, consent_label
from diaspora_desk.ui.people.table_views import reselect, selected_row, table_view
from diaspora_desk.ui.tasks import TaskContext, run_task
from diaspora_desk.ui.trust.erasure_page import erased_text
from diaspora_desk.ui.undo import confirm

# Tables whose rows the people list and the person details show (and filter on).
PERSON_TABLES = (
    "person",
    "person_phone",
    "membership",
    "availability",
    "qualification",
    "person_occupation",
    "person_language",
    "licence",
    "skill_tag",
    "consent",
)
# Outreach the details name (the list does not show them: only the details are read again).
OUTREACH_TABLES = ("delivery_recipient", "poll_reply", "event_registration", "outreach_event", "campaign")


class PeoplePage(QWidget):
    """Signals: ``status(str)``, ``pdf_written(Path)``, ``undo_offered(str, object)`` (a message
    and the function that undoes the change it reports)."""

    status = Signal(str)
    pdf_written = Signal(Path)
    undo_offered = Signal(str, object)

    def __init__(
        self, services: PersonServices, render: ReportPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._services = services
        self._people = services.people
        self._render = render
        self.current: PersonRecord | None = None
        self._stale = False
        self.model = PeopleTableModel(services.people.registry)
        self.filters = PeopleFilters(
            services.people.occupations.isco_labels(), services.people.registry.find_associations
        )
        self._alias_filters()
        self._build_table()
        self._build_details()
        self._build_actions()
        QVBoxLayout(self).addWidget(self._build_splitter())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply_filters)
        self.filters.connect(self._timer.start, self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty_hint = EmptyHint(
            self.table, self.filters.empty_message, lambda _link: self.clear_filters()
        )
        self.apply_filters()

    def clear_filters(self) -> None:
        self.filters.clear()
        self.apply_filters()

    def _on_hint_link(self, _link: str) -> None:
        self.clear_filters()

    def _alias_filters(self) -> None:
        """The page lays the filters out; the area, shortcuts and tests reach them here."""
        f = self.filters
        self.search_edit = f.search_edit
        self.country_filter = f.country_filter
        self.city_filter = f.city_filter
        self.isco_filter = f.isco_filter
        self.isced_filter = f.isced_filter
        self.language_filter = f.language_filter
        self.consent_filter = f.consent_filter
        self.available_check = f.available_check
        self.available_date = f.available_date
        self.association_filter = f.association_filter
        self.archive_filter = f.archive_filter
        self.filter_note = f.filter_note
        self.count_label = f.count_label

    def _build_table(self) -> None:
        self.table = table_view(
            self.model, "peopleTable", sorted_by=(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        )
        for column, width in (
            (PeopleTableModel.NAME, 230),
            (PeopleTableModel.BIRTH_YEAR, 48),
            (PeopleTableModel.CITY, 110),
            (PeopleTableModel.COUNTRY, 105),
            (PeopleTableModel.OCCUPATION, 200),
            (PeopleTableModel.ISCED, 48),
            (PeopleTableModel.PHONE, 118),
            (PeopleTableModel.EMAIL, 150),
            (PeopleTableModel.SHARING, 64),
        ):
            self.table.setColumnWidth(column, width)
        # Name, occupation and e-mail give way so the list fits a 1366-pixel screen.
        self.fit_columns = FitColumns(
            self.table, (PeopleTableModel.NAME, PeopleTableModel.OCCUPATION, PeopleTableModel.EMAIL)
        )
        self.table.doubleClicked.connect(self.edit_selected)

    def _build_details(self) -> None:
        self.details = QLabel()
        self.details.setObjectName("personDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumWidth(260)

    def _build_actions(self) -> None:
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        for button in (self.new_button, self.archive_button):
            button.setProperty("grant", "edit_records")  # hidden from viewers
        self.print_button = QPushButton(self.tr("Person record PDF…"))
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setProperty("grant", "erase")  # hidden from roles not granted it
        self.erase_button.setVisible(self._services.erasure is not None)
        self.new_button.clicked.connect(self.new_person)
        self.erase_button.clicked.connect(self.erase_selected)
        button_menu(self.table, self.edit_button, self.print_button, self.erase_button)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.print_button.clicked.connect(lambda: self.print_selected())

    def _build_splitter(self) -> QSplitter:
        first_row = QHBoxLayout()
        first_row.addWidget(self.search_edit, 1)
        first: tuple[QWidget, ...] = (
            self.country_filter,
            self.city_filter,
            self.isco_filter,
            self.isced_filter,
        )
        for widget in first:
            first_row.addWidget(widget)
        second_row = QHBoxLayout()
        second: tuple[QWidget, ...] = (
            self.language_filter,
            self.consent_filter,
            self.association_filter,
            self.available_check,
            self.available_date,
            self.archive_filter,
        )
        for widget in second:
            second_row.addWidget(widget)
        second_row.addStretch(1)
        second_row.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.print_button):
            actions.addWidget(button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(first_row)
        left_layout.addLayout(second_row)
        left_layout.addWidget(self.filter_note)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.setObjectName("peopleSplitter")  # the window remembers its sizes
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([940, 260])
        return splitter

    def apply_filters(self) -> None:
        """Search again with the filters shown, keeping the selected person when still listed;
        otherwise the details clear and the actions that need a person are disabled."""
        self._timer.stop()
        if not self._reload():
            self._show(None)

    def _reload(self) -> bool:
        """Re-read the list; True when the selected person's row is selected again."""
        selected, row = self.current, selected_row(self.table)
        try:
            self.model.set_query(self.filters.query(self.model.query))
        except Exception as exc:
            show_error(self, exc, "search people")
            return False
        self.count_label.setText(self.tr("%n person(s)", "", self.model.rowCount()))
        self.filters.show_unknown()
        if selected is not None and reselect(self.table, self.model, selected.id, row):
            return True
        self._show(self.current)
        return False

    def on_changed(self, change: Change) -> None:
        """Refresh the list and the details when a write touched people, here or elsewhere."""
        if not change.touches(*PERSON_TABLES):
            if change.touches(*OUTREACH_TABLES) and self.current is not None and self.isVisible():
                self._show(self.current)
            return
        if not self.isVisible():
            self._stale = True  # read when shown: a search of a million people is not free
            return
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._refresh()
        super().showEvent(event)

    def _refresh(self) -> None:
        self._stale = False
        self._timer.stop()
        try:
            if not self._reload() and self.current is not None:
                # Not listed any more (archived, merged, filtered out): show what it is now.
                self._show(self._people.registry.get(self.current.id))
        except NotFoundError:  # erased meanwhile (People → Erase…, Tools → erasure)
            self.current = None
            self._reload()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = rows[0].data(PeopleTableModel.ROW_ROLE) if rows else None
        if isinstance(item, PersonRow):
            try:
                self._show(self._people.registry.get(item.id))
            except Exception as exc:
                show_error(self, exc, "show person")

    def _show(self, record: PersonRecord | None) -> None:
        self.current = record
        for button in (self.edit_button, self.archive_button, self.print_button, self.erase_button):
            button.setEnabled(record is not None)
        if record is None:
            self.details.setText(self.tr("<i>Select a person to see their profile.</i>"))
            return
        self.archive_button.setText(self.tr("Restore") if record.archived_at else self.tr("Archive"))
        labels = self._people.registry.isco_labels()
        lines = [f"<h3>{escape(record.display_name)}</h3>"]
        if record.original_script_name:
            lines.append(f"<p>{escape(record.original_script_name)}</p>")
        place = ", ".join(x for x in (record.city, country_name(record.country)) if x)
        lines.append(
            f"<p>{escape(place)}" + (f" · {record.birth_year}" if record.birth_year else "") + "</p>"
        )
        contact = [format_phone(p) for p in record.phones] + ([record.email] if record.email else [])
        if contact:
            lines.append("<p>" + "<br/>".join(escape(c) for c in contact) + "</p>")
        skills = record.skills
        items = [f"{o.isco_code} {labels.get(o.isco_code, '')}" for o in skills.occupations]
        items += [f"ISCED {q.isced_level} {q.field_of_study}" for q in skills.qualifications]
        items += [", ".join(f"{language_name(c)} {lvl.name}" for c, lvl in skills.languages)]
        lines.append("<p>" + "<br/>".join(escape(i) for i in items if i) + "</p>")
        given = [consent_label(p) for p in ConsentPurpose if record.consented(p)]
        lines.append(
            "<p><b>"
            + escape(self.tr("Consents"))
            + ":</b> "
            + escape(", ".join(given) or self.tr("none"))
            + "</p>"
        )
        lines.append(self._outreach_line(record.id))
        self.details.setText("".join(lines))

    def _outreach_line(self, person_id: int) -> str:
        """The campaigns and events that reached the person (details in the dialog's Outreach tab)."""
        outreach = self._people.reports.outreach(person_id)
        campaigns = ", ".join(title for _id, title in outreach.campaigns) or self.tr("none")
        events = ", ".join(e.title for e in outreach.events) or self.tr("none")
        return (
            f"<p><b>{escape(self.tr('Campaigns'))}:</b> {escape(campaigns)}<br/>"
            f"<b>{escape(self.tr('Events'))}:</b> {escape(events)}</p>"
        )

    def new_person(self) -> PersonDialog:
        dialog = PersonDialog(self._services, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> PersonDialog | None:
        if self.current is None:
            return None
        dialog = PersonDialog(self._services, self.current, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: PersonDialog) -> None:
        if dialog.saved is not None:
            self.current = dialog.saved
            self.apply_filters()
            self.status.emit(self.tr("Saved {name}").format(name=dialog.saved.display_name))

    def toggle_archive(self, *, confirmed: bool = False) -> None:
        """Archive the selected person after asking (naming them), or restore an archived one."""
        if self.current is None:
            return
        person, archiving = self.current, self.current.archived_at is None
        question = self.tr(
            "Archive {name}? They leave the lists, shortlists and campaigns; their record is kept "
            "and can be restored from the Archived filter."
        ).format(name=person.display_name)
        if (
            archiving
            and not confirmed
            and not confirm(self, self.tr("Archive"), question, self.tr("Archive"))
        ):
            return
        try:
            record = self._people.registry.set_archived(person.id, archiving)
        except Exception as exc:
            show_error(self, exc, "archive person")
            return
        self._show(record)
        if archiving:
            registry = self._people.registry
            self.undo_offered.emit(
                self.tr("Archived {name}.").format(name=person.display_name),
                lambda: registry.set_archived(person.id, False),
            )

    def erase_selected(self) -> EraseDialog | None:
        """Erase (or anonymise) the selected person, after the dialog's reason and confirmation."""
        if self.current is None or self._services.erasure is None:
            return None
        dialog = EraseDialog(self._services.erasure, self.current, self)
        who = self.current.display_name
        dialog.accepted.connect(lambda: self._after_erase(dialog, who))
        dialog.open()
        return dialog

    def _after_erase(self, dialog: EraseDialog, who: str) -> None:
        self.current = None
        self.apply_filters()
        if dialog.erased is not None:
            self.status.emit(erased_text(dialog.erased, who))

    def print_selected(self, path: Path | None = None) -> None:
        """Write everything held on the selected person (data-subject access request) as PDF."""
        if self.current is None:
            return
        person_id = self.current.id
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save person record"),
                str(Path.home() / f"person-{person_id}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target, render = path, self._render

        def work(_context: TaskContext) -> Path:
            return render(ReportKind.PERSON, person_id, target).path

        def done(written: Path) -> None:
            self.status.emit(self.tr("Person record written to {path}").format(path=written))
            self.pdf_written.emit(written)

        run_task(self, self.tr("Writing the person record…"), work, done, cancellable=False)
