"""Create or edit a mobile visit: site, dates and hours, services, team, equipment, results."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from diaspora_desk.domain.errors import ValidationError, message_of
from diaspora_desk.domain.visits import (
    SLOT_MINUTES,
    ConsularService,
    OfferedService,
    TeamMember,
    VisitDraft,
    VisitRecord,
    VisitStatus,
    default_equipment,
)
from diaspora_desk.ui.editable_table import EditableTable
from diaspora_desk.ui.practice_picker import PracticePicker
from diaspora_desk.ui.record_dialog import RecordDialog
from diaspora_desk.ui.visits.area_services import VisitsAreaServices
from diaspora_desk.ui.visits.models import visit_status_label
from diaspora_desk.ui.visits.results_panel import ResultsPanel, pydate, qdate
from diaspora_desk.ui.visits.visit_parts import EquipmentList, HostPicker, ServicesTable
from diaspora_desk.ui.widgets import (
    CountryCombo,
    CountryField,
    TextField,
    city_completer,
    line_edit,
)


def _time_edit(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _pytime(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


class VisitDialog(RecordDialog[VisitRecord]):
    """Form for one visit. ``saved`` holds the stored record after Save."""

    VISIT_TAB, SERVICES_TAB, EQUIPMENT_TAB, NOTES_TAB, RESULTS_TAB = range(5)

    def __init__(
        self,
        services: VisitsAreaServices,
        record: VisitRecord | None = None,
        parent: QWidget | None = None,
        *,
        draft: VisitDraft | None = None,
    ) -> None:
        super().__init__("visitDialog", "generalError", parent)
        self.saving = "save visit"
        self._visits = services.visits
        self._gazetteer = services.gazetteer
        self._record = record
        self.setWindowTitle(self.tr("Edit mobile visit") if record else self.tr("New mobile visit"))
        self.resize(760, 700)
        self._make_fields(services)
        self._make_tabs()
        self.results_panel = self._make_results_tab(record)
        self.finish_layout(required_note=True)
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        self.equipment.fill_button.clicked.connect(self.fill_equipment)
        if record is not None:
            self.set_draft(record.draft())
            self.host_picker.set_association(record.host_association_id, record.host_association_name, "")
        else:
            self.set_draft(draft or self._default_draft())
        self._on_country_changed()

    def _make_results_tab(self, record: VisitRecord | None) -> ResultsPanel | None:
        """Results and follow-ups, once the visit exists."""
        if record is None:
            return None
        panel = ResultsPanel(self._visits.registry, self._visits.lists, record)
        panel.visit_changed.connect(self._on_results_changed)
        self.tabs.addTab(panel, self.tr("Results and follow-ups"))
        return panel

    def _make_fields(self, services: VisitsAreaServices) -> None:
        self.consulate_combo = QComboBox()
        for consulate in self._visits.consulates.list():
            self.consulate_combo.addItem(f"{consulate.name} ({consulate.city})", consulate.id)
        self.title_edit = line_edit(self.tr("Empty: “Mobile consulate in <town>”"))
        self.country_combo = CountryCombo()
        self.city_edit = line_edit(self.tr("Town of the visit; start typing"))
        self.city_edit.setObjectName("visitCity")
        self.venue_edit = line_edit(self.tr("e.g. parish hall, community centre"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setFixedHeight(50)
        self.host_picker = HostPicker(services.hosts)
        self.partner_edit = line_edit(self.tr("e.g. a church, a school, a local NGO"))
        self.starts_edit = QDateEdit()
        self.ends_edit = QDateEdit()
        for edit in (self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.opens_edit = _time_edit(dt.time(9, 0))
        self.closes_edit = _time_edit(dt.time(16, 0))
        self.slot_combo = QComboBox()
        for minutes in SLOT_MINUTES:
            self.slot_combo.addItem(self.tr("{n} minutes").format(n=minutes), minutes)
        self.status_combo = QComboBox()
        for status in VisitStatus:
            self.status_combo.addItem(visit_status_label(status), status.value)
        self.services_table = ServicesTable()
        self.team = EditableTable([self.tr("Name"), self.tr("Role")])
        self.team.setObjectName("teamTable")
        self.equipment = EquipmentList()
        self.picker = PracticePicker(services.practices.tree())
        self.issues_edit = QPlainTextEdit()
        self.issues_edit.setPlaceholderText(self.tr("Problems people raised at the visit"))
        self.notes_edit = QPlainTextEdit()

    def _make_tabs(self) -> None:
        self.add_form_tab(
            self.tr("Visit"),
            [
                ("consulate_id", self.tr("Sent by *"), self.consulate_combo),
                ("title", self.tr("Title"), self.title_edit),
                ("country", self.tr("Country *"), self.country_combo),
                ("city", self.tr("Town *"), self.city_edit),
                ("venue", self.tr("Venue"), self.venue_edit),
                ("venue_address", self.tr("Address"), self.address_edit),
                ("host_association_id", self.tr("Host association"), self.host_picker),
                ("host_partner", self.tr("Host partner"), self.partner_edit),
                ("starts_on", self.tr("First day *"), self.starts_edit),
                ("ends_on", self.tr("Last day *"), self.ends_edit),
                ("opens_at", self.tr("Opens at"), self.opens_edit),
                ("closes_at", self.tr("Closes at"), self.closes_edit),
                ("slot_minutes", self.tr("Appointment length"), self.slot_combo),
                ("status", self.tr("Status"), self.status_combo),
            ],
            packed=True,  # spare height below the fields, not inside the address row
        )
        self.add_form_tab(
            self.tr("Services and team"),
            [
                ("services", self.tr("Services"), self.services_table),
                ("team", self.tr("Team"), self.team),
            ],
        )
        self.add_form_tab(
            self.tr("Equipment and practices"),
            [
                ("equipment", self.tr("Equipment (tick when packed)"), self.equipment),
                ("practice_ids", self.tr("Practices addressed"), self.picker),
            ],
        )
        self.add_form_tab(
            self.tr("Issues and notes"),
            [
                ("issues_raised", self.tr("Issues raised"), self.issues_edit),
                ("notes", self.tr("Notes"), self.notes_edit),
            ],
        )

    def _default_draft(self) -> VisitDraft:
        start = self._visits.registry.today() + dt.timedelta(days=30)
        consulates = self._visits.consulates.list()
        return VisitDraft(
            consulate_id=consulates[0].id if consulates else 0,
            country=consulates[0].country if consulates else "",
            city="",
            starts_on=start,
            ends_on=start,
        )

    # Properties so tests and callers drive the form without poking widgets.
    city = TextField("city_edit")

    country = CountryField("country_combo")

    @property
    def consulate_id(self) -> int:
        return int(self.consulate_combo.currentData() or 0)

    @consulate_id.setter
    def consulate_id(self, value: int) -> None:
        self.consulate_combo.setCurrentIndex(max(0, self.consulate_combo.findData(value)))

    @property
    def venue(self) -> str:
        return self.venue_edit.text()

    @venue.setter
    def venue(self, value: str) -> None:
        self.venue_edit.setText(value)

    @property
    def starts_on(self) -> dt.date:
        return pydate(self.starts_edit.date())

    @starts_on.setter
    def starts_on(self, value: dt.date) -> None:
        self.starts_edit.setDate(qdate(value))

    @property
    def ends_on(self) -> dt.date:
        return pydate(self.ends_edit.date())

    @ends_on.setter
    def ends_on(self, value: dt.date) -> None:
        self.ends_edit.setDate(qdate(value))

    @property
    def opens_at(self) -> dt.time:
        return _pytime(self.opens_edit)

    @opens_at.setter
    def opens_at(self, value: dt.time) -> None:
        self.opens_edit.setTime(QTime(value.hour, value.minute))

    @property
    def closes_at(self) -> dt.time:
        return _pytime(self.closes_edit)

    @closes_at.setter
    def closes_at(self, value: dt.time) -> None:
        self.closes_edit.setTime(QTime(value.hour, value.minute))

    @property
    def slot_minutes(self) -> int:
        return int(self.slot_combo.currentData())

    @slot_minutes.setter
    def slot_minutes(self, value: int) -> None:
        self.slot_combo.setCurrentIndex(max(0, self.slot_combo.findData(value)))

    @property
    def offered(self) -> tuple[OfferedService, ...]:
        return self.services_table.offered

    @offered.setter
    def offered(self, value: tuple[OfferedService, ...]) -> None:
        self.services_table.offered = value

    @property
    def team_members(self) -> tuple[TeamMember, ...]:
        return tuple(TeamMember(name, role) for name, role in self.team.rows)

    @team_members.setter
    def team_members(self, value: tuple[TeamMember, ...]) -> None:
        self.team.rows = [[m.name, m.role] for m in value]

    def set_draft(self, draft: VisitDraft) -> None:
        self.consulate_id = draft.consulate_id
        self.title_edit.setText(draft.title)
        self.country = draft.country
        self.city = draft.city
        self.venue = draft.venue
        self.address_edit.setPlainText(draft.venue_address)
        if draft.host_association_id is not None:
            self.host_picker.set_association(draft.host_association_id)
        self.partner_edit.setText(draft.host_partner)
        self.starts_on, self.ends_on = draft.starts_on, draft.ends_on
        self.opens_at, self.closes_at = draft.opens_at, draft.closes_at
        self.slot_minutes = draft.slot_minutes
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(draft.status.value)))
        self.offered = draft.services
        self.team_members = draft.team
        self.equipment.items = draft.equipment
        self.picker.checked = draft.practice_ids
        self.issues_edit.setPlainText(draft.issues_raised)
        self.notes_edit.setPlainText(draft.notes)

    def draft(self) -> VisitDraft:
        """The form as a draft; raises ValidationError when the host cannot be read."""
        try:
            host = self.host_picker.association_id()
        except ValueError as exc:
            raise ValidationError({"host_association_id": message_of(exc)}) from exc
        return VisitDraft(
            consulate_id=self.consulate_id,
            country=self.country,
            city=self.city,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            opens_at=self.opens_at,
            closes_at=self.closes_at,
            slot_minutes=self.slot_minutes,
            title=self.title_edit.text(),
            venue=self.venue,
            venue_address=self.address_edit.toPlainText(),
            host_association_id=host,
            host_partner=self.partner_edit.text(),
            status=VisitStatus(self.status_combo.currentData()),
            services=self.offered,
            team=self.team_members,
            equipment=self.equipment.items,
            practice_ids=self.picker.checked,
            issues_raised=self.issues_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def fill_equipment(self) -> None:
        services: tuple[ConsularService, ...] = tuple(o.service for o in self.offered)
        self.equipment.fill(default_equipment(services))

    def _on_country_changed(self) -> None:
        code = self.country_combo.code
        if len(code) == 2:
            self.city_edit.setCompleter(city_completer(self, self._gazetteer.names(code)))

    def _on_results_changed(self, record: VisitRecord) -> None:
        self._record = record
        self.services_table.set_walk_ins(record.services)

    def store(self) -> VisitRecord:
        draft = self.draft()
        if self._record is None:
            return self._visits.registry.create(draft)
        return self._visits.registry.update(self._record.id, draft)
