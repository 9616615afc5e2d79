"""Book a person into a slot of a visit, or record a walk-in; registered or new person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError, ValidationError, message_of
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.domain.visits import AppointmentRecord, ConsularService, Slot, VisitRecord, slot_start_for
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.people.registry import PeopleService
from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.visits.models import SlotsModel, service_title
from diaspora_desk.ui.visits.tables import table_view
from diaspora_desk.ui.widgets import CountryCombo, ErrorLabel, ValidatedForm, city_completer, line_edit

PERSON_KEYS = ("given_name", "family_name", "phones", "country", "city", "consent_how")


class BookingDialog(QDialog):
    """Choose a desk, a day and a free slot (or a walk-in time), then the person.

    ``saved`` holds the appointment after a successful booking; errors (a full slot, a
    second booking of the same person) are shown in the dialog and nothing is saved.
    """

    REGISTERED, NEW = range(2)

    def __init__(
        self,
        bookings: BookingService,
        people: PeopleService,
        gazetteer: Gazetteer,
        visit: VisitRecord,
        parent: QWidget | None = None,
        *,
        walk_in: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self._bookings = bookings
        self._people_service = people
        self._gazetteer = gazetteer
        self.visit = visit
        self.walk_in = walk_in
        self.saved: AppointmentRecord | None = None
        self._people: list[tuple[int, str]] = []
        self.setWindowTitle(self.tr("Record a walk-in") if walk_in else self.tr("Book an appointment"))
        self.resize(640, 640)
        self._make_choice()
        self.person_tabs = QTabWidget()
        self.person_tabs.addTab(self._registered_tab(), self.tr("Registered person"))
        self.person_tabs.addTab(self._new_person_tab(), self.tr("New person"))
        self.error = ErrorLabel()
        self.error.setObjectName("bookingError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(self.tr("Record walk-in") if walk_in else self.tr("Book"))
        self.buttons.accepted.connect(self._on_book_clicked)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self.service_combo.currentIndexChanged.connect(self.reload_slots)
        self.day_combo.currentIndexChanged.connect(self.reload_slots)
        self.reload_slots()

    def _make_choice(self) -> None:
        """Desk, day, and a slot (or, for a walk-in, the time the person came)."""
        self.service_combo = QComboBox()
        for offered in self.visit.services:
            self.service_combo.addItem(service_title(offered.service), offered.service.value)
        self.day_combo = QComboBox()
        for day in self.visit.days:
            self.day_combo.addItem(day.strftime("%Y-%m-%d (%a)"), day)
        self.slots_model = SlotsModel()
        self.slots_view = table_view(self.slots_model, "slotsTable")
        self.slots_view.setColumnWidth(0, 120)
        self.time_edit = QTimeEdit(QTime(self.visit.opens_at.hour, self.visit.opens_at.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        self.documents = QLabel()
        self.documents.setObjectName("documentsToBring")
        self.documents.setWordWrap(True)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Service"), self.service_combo)
        form.addRow(self.tr("Day"), self.day_combo)
        if self.walk_in:
            form.addRow(self.tr("Came at"), self.time_edit)
            self.slots_view.hide()
        else:
            form.addRow(self.tr("Slot"), self.slots_view)
            self.time_edit.hide()
        form.addRow(self.tr("To bring"), self.documents)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 3)
        layout.addWidget(self.person_tabs, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _registered_tab(self) -> QWidget:
        tab = QWidget()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("personSearch")
        self.search_edit.setPlaceholderText(self.tr("Name (any order), phone or e-mail"))
        self.search_edit.setClearButtonEnabled(True)
        self.people_list = QListWidget()
        self.people_list.setObjectName("personResults")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.people_list)
        return tab

    def _new_person_tab(self) -> QWidget:
        tab = QWidget()
        self.given_edit = line_edit()
        self.family_edit = line_edit()
        self.phone_edit = line_edit(self.tr("Local or international format"))
        self.country_combo = CountryCombo()
        self.country_combo.code = self.visit.country
        self.city_edit = line_edit()
        self.city_edit.setText(self.visit.city)
        if len(self.visit.country) == 2:
            self.city_edit.setCompleter(city_completer(self, self._gazetteer.names(self.visit.country)))
        self.consent_edit = line_edit(self.tr("e.g. asked in person at the visit, agreed verbally"))
        self.person_form = ValidatedForm(QFormLayout(tab))
        for key, text, widget in (
            ("given_name", self.tr("Given name *"), self.given_edit),
            ("family_name", self.tr("Family name"), self.family_edit),
            ("phones", self.tr("Phone"), self.phone_edit),
            ("country", self.tr("Country"), self.country_combo),
            ("city", self.tr("City"), self.city_edit),
            ("consent_how", self.tr("How consent was given *"), self.consent_edit),
        ):
            self.person_form.add(key, text, widget)
        return tab

    # Choosing --------------------------------------------------------------------------------
    @property
    def service(self) -> ConsularService:
        return ConsularService(self.service_combo.currentData())

    @service.setter
    def service(self, value: ConsularService) -> None:
        self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(value.value)))

    @property
    def day(self) -> dt.date:
        value = self.day_combo.currentData()
        assert isinstance(value, dt.date)
        return value

    @day.setter
    def day(self, value: dt.date) -> None:
        self.day_combo.setCurrentIndex(max(0, self.day_combo.findData(value)))

    @property
    def slot(self) -> Slot | None:
        rows = self.slots_view.selectionModel().selectedRows()
        return self.slots_model.row_at(rows[0].row()) if rows else None

    def slot_texts(self) -> list[tuple[str, bool]]:
        """Each slot as shown (time range, '3 of 4 free') and whether it can be chosen."""
        result = []
        for row in range(self.slots_model.rowCount()):
            index = self.slots_model.index(row, SlotsModel.FREE)
            text = f"{self.slots_model.index(row, SlotsModel.TIME).data()} {index.data()}"
            result.append((text, bool(self.slots_model.flags(index) & Qt.ItemFlag.ItemIsEnabled)))
        return result

    def select_slot(self, starts_at: dt.time) -> bool:
        """Choose the slot starting at ``starts_at``; a full slot is refused with a message."""
        for row, slot in enumerate(self.slots_model.rows):
            if slot.starts_at != starts_at:
                continue
            if slot.free == 0:
                self.slots_view.clearSelection()
                self.error.show_message(
                    self.tr(
                        "The {time} slot is full ({capacity} of {capacity} booked); choose another."
                    ).format(time=f"{starts_at:%H:%M}", capacity=slot.capacity)
                )
                return False
            self.slots_view.selectionModel().select(
                self.slots_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.error.show_message("")
            return True
        self.error.show_message(
            self.tr("There is no slot at {time} that day.").format(time=f"{starts_at:%H:%M}")
        )
        return False

    def reload_slots(self) -> None:
        if self.service_combo.count() == 0 or self.day_combo.count() == 0:
            self.slots_model.set_rows([])
            self.documents.setText(self.tr("This visit offers no services yet."))
            return
        chosen = self.slot
        self.slots_model.set_rows(self._bookings.slots(self.visit.id, service=self.service, day=self.day))
        from diaspora_desk.domain.visits import SERVICE_CATALOGUE

        documents = SERVICE_CATALOGUE[self.service].documents
        self.documents.setText("; ".join(documents) if documents else self.tr("Nothing in particular"))
        if chosen is not None and chosen.day == self.day and chosen.service is self.service:
            for row, slot in enumerate(self.slots_model.rows):
                if slot.starts_at == chosen.starts_at and slot.free:
                    self.slots_view.selectRow(row)

    def search(self) -> list[str]:
        """Registered people matching the search text (first 30)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        self.people_list.clear()
        self._people = []
        if not text:
            return []
        rows = self._people_service.page(PeopleQuery(text=text), 0, 30)
        for row in rows:
            label = ", ".join(x for x in (row.name, row.city, row.phone) if x)
            item = QListWidgetItem(label, self.people_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self._people.append((row.id, row.name))
        return [name for _id, name in self._people]

    def choose_person(self, person_id: int) -> bool:
        self.person_tabs.setCurrentIndex(self.REGISTERED)
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.people_list.setCurrentItem(item)
                return True
        return False

    @property
    def person_id(self) -> int | None:
        item = self.people_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def use_new_person(self, given: str, family: str = "", phone: str = "", consent_how: str = "") -> None:
        self.person_tabs.setCurrentIndex(self.NEW)
        self.given_edit.setText(given)
        self.family_edit.setText(family)
        self.phone_edit.setText(phone)
        self.consent_edit.setText(consent_how)

    # Saving ----------------------------------------------------------------------------------
    def _new_person_draft(self) -> PersonDraft:
        phone = self.phone_edit.text().strip()
        return PersonDraft(
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            country=self.country_combo.code,
            city=self.city_edit.text(),
            phones=(phone,) if phone else (),
        )

    def _starts_at(self) -> dt.time | None:
        if self.walk_in:
            value = self.time_edit.time()
            return slot_start_for(self.visit, dt.time(value.hour(), value.minute()))
        slot = self.slot
        return None if slot is None else slot.starts_at

    def _on_book_clicked(self) -> None:
        self.person_form.show_errors({})
        starts_at = self._starts_at()
        if starts_at is None:
            self.error.show_message(self.tr("Choose a slot with a free place."))
            return
        try:
            self.saved = self._save(starts_at)
        except ValidationError as exc:
            unplaced = (
                self.person_form.show_errors(exc.errors)
                if self._is_new
                else [translated(v) for v in exc.errors.values()]
            )
            if self._is_new:
                unplaced = [m.split(": ", 1)[-1] for m in unplaced]
            self.error.show_message("\n".join(unplaced) or self.tr("Check the fields marked in red."))
            self.reload_slots()
            return
        except KnownError as exc:
            self.error.show_message(translated(message_of(exc)))
            return
        self.accept()

    @property
    def _is_new(self) -> bool:
        return self.person_tabs.currentIndex() == self.NEW

    def _save(self, starts_at: dt.time) -> AppointmentRecord:
        bookings, visit_id = self._bookings, self.visit.id
        if self._is_new:
            return bookings.book_new_person(
                visit_id,
                self._new_person_draft(),
                self.consent_edit.text(),
                self.service,
                self.day,
                starts_at,
                walk_in=self.walk_in,
            )
        person_id = self.person_id
        if person_id is None:
            raise ValidationError({"person": self.tr("Search for the person and choose them in the list.")})
        if self.walk_in:
            return bookings.walk_in(visit_id, person_id, self.service, self.day, starts_at)
        return bookings.book(visit_id, person_id, self.service, self.day, starts_at)
