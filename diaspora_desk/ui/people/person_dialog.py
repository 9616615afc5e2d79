"""Create or edit a person: profile, skills, memberships, consents, sensitive data, history."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.geography import all_languages, language_name
from diaspora_desk.domain.people import (
    MAX_CONSENT_HOW,
    RETURN_INTENTION_LABELS,
    Channel,
    PersonDraft,
    ReturnIntention,
    Sex,
)
from diaspora_desk.domain.people_records import PersonRecord, Skills
from diaspora_desk.domain.status_labels import CONSENT_PURPOSE_LABELS, audit_action_label
from diaspora_desk.domain.text import cleaned_within
from diaspora_desk.services.common.audit import AuditService
from diaspora_desk.services.common.gazetteer import Gazetteer
from diaspora_desk.services.common.settings import SettingsService
from diaspora_desk.services.people.facade import People
from diaspora_desk.services.trust.erasure import ErasureService
from diaspora_desk.ui.code_picker import CodePicker
from diaspora_desk.ui.date_input import DateInput
from diaspora_desk.ui.errors import show_error, translated
from diaspora_desk.ui.people.memberships_editor import MembershipsEditor
from diaspora_desk.ui.people.outreach_list import OutreachList
from diaspora_desk.ui.people.postal_fields import PostalFields
from diaspora_desk.ui.people.skills_form import SkillsForm
from diaspora_desk.ui.widgets import CountryCombo, ErrorLabel, ValidatedForm, city_completer, line_edit


def consent_label(purpose: ConsentPurpose) -> str:
    """The purpose in words (the domain's label, translated under the "consent" context)."""
    return QCoreApplication.translate("consent", CONSENT_PURPOSE_LABELS[purpose])


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


@dataclass(frozen=True, slots=True)
class PersonServices:
    """What the people list and the person dialog use, and nothing more."""

    people: People
    settings: SettingsService
    """The origin country and the consulate's host country, the defaults of a new person."""
    gazetteer: Gazetteer
    """City names of the host country, offered while typing."""
    audit: AuditService
    """The person's history tab."""
    erasure: ErasureService | None = None
    """People → Erase… (none: the action is not offered)."""


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class PersonDialog(QDialog):
    """``saved`` holds the stored person after Save."""

    def __init__(
        self, services: PersonServices, record: PersonRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._services = services
        self._people = services.people
        self._record = record
        self.saved: PersonRecord | None = None
        self.setWindowTitle(self.tr("Edit person") if record else self.tr("New person"))
        self.resize(760, 680)
        self.skills_form = SkillsForm(services.people.occupations)
        self.memberships = MembershipsEditor(services.people.registry.find_associations)
        self.history = QListWidget()
        self.outreach = OutreachList()
        self.tabs = QTabWidget()
        # The long tabs scroll, so the dialog fits a 1366x768 screen.
        self.skills_tab = scrolling(self.skills_form)
        for tab, title in (
            (scrolling(self._build_profile_tab()), self.tr("Profile")),
            (self.skills_tab, self.tr("Skills")),
            (self._build_memberships_tab(), self.tr("Memberships")),
            (self._build_consents_tab(), self.tr("Consents")),
            (self._build_sensitive_tab(editing=record is not None), self.tr("Sensitive")),
            (self.outreach, self.tr("Outreach")),
            (self.history, self.tr("History")),
        ):
            self.tabs.addTab(tab, title)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        self._set_defaults()
        if record is not None:
            self._load(record)
        self._on_country_changed()

    def _build_profile_fields(self) -> None:
        self.given_edit = line_edit()
        self.family_edit = line_edit()
        self.original_edit = line_edit(self.tr("name in the original script, if different"))
        self.sex_combo = _combo(
            [("", self.tr("Not recorded"))] + [(s.value, self.tr(s.value.title())) for s in Sex]
        )
        self.birth_edit = line_edit(max_length=4)
        self.nationality_combo = CountryCombo()
        self.dual_combo = CountryCombo(allow_empty=True, empty_text=self.tr("None"))
        self.country_combo = CountryCombo()
        self.city_edit = line_edit()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setFixedHeight(48)
        self.address_edit.setPlaceholderText(self.tr("Street lines of the postal address"))
        self.postal_fields = PostalFields()
        self.phones_edit = QPlainTextEdit()
        self.phones_edit.setFixedHeight(48)
        self.phones_edit.setPlaceholderText(
            self.tr("One number per line; national format uses the host country")
        )
        self.email_edit = line_edit(max_length=254)
        self.language_edit = CodePicker(all_languages(), self.tr("Type a language, e.g. Spanish"))
        self.channel_combo = _combo([("", self.tr("Not recorded"))] + [(c.value, c.value) for c in Channel])
        self.generation_combo = _combo([("", self.tr("Not recorded")), ("1", "1"), ("2", "2"), ("3", "3")])
        self.arrival_edit = line_edit(max_length=4)
        self.intention_combo = _combo(
            [(i.value, self.tr(RETURN_INTENTION_LABELS[i])) for i in ReturnIntention]
        )
        self.passport_edit = DateInput(
            self.tr("Passport expires"), placeholder=self.tr("e.g. 14/03/2027, if known")
        )
        self.notes_edit = QPlainTextEdit()

    def _build_profile_tab(self) -> QWidget:
        self._build_profile_fields()
        profile = QWidget()
        self.form = ValidatedForm(QFormLayout(profile))
        for key, label, widget in (
            ("given_name", self.tr("Given name(s) *"), self.given_edit),
            ("family_name", self.tr("Family name(s)"), self.family_edit),
            ("original_script_name", self.tr("Original script"), self.original_edit),
            ("sex", self.tr("Sex"), self.sex_combo),
            ("birth_year", self.tr("Birth year"), self.birth_edit),
            ("nationality", self.tr("Nationality"), self.nationality_combo),
            ("dual_citizenship", self.tr("Dual citizenship"), self.dual_combo),
            ("country", self.tr("Host country *"), self.country_combo),
            ("city", self.tr("City"), self.city_edit),
            ("address", self.tr("Address"), self.address_edit),
            ("postal", self.tr("Postal code, town,\nregion, country"), self.postal_fields),
            ("phone", self.tr("Phones"), self.phones_edit),
            ("email", self.tr("E-mail"), self.email_edit),
            ("preferred_language", self.tr("Preferred language"), self.language_edit),
            ("preferred_channel", self.tr("Preferred channel"), self.channel_combo),
            ("generation", self.tr("Generation"), self.generation_combo),
            ("arrival_year", self.tr("Arrival year"), self.arrival_edit),
            ("return_intention", self.tr("Return intention"), self.intention_combo),
            ("passport_expires_on", self.tr("Passport expires"), self.passport_edit),
            ("notes", self.tr("Notes"), self.notes_edit),
        ):
            self.form.add(key, label, widget)
        return profile

    def _build_memberships_tab(self) -> QWidget:
        tab = QWidget()
        QVBoxLayout(tab).addWidget(self.memberships)
        return tab

    def _build_consents_tab(self) -> QWidget:
        self.consent_checks: dict[ConsentPurpose, QCheckBox] = {}
        self.consent_how = line_edit(self.tr("how consent was given, e.g. signed form, in person"))
        tab = QWidget()
        grid = QGridLayout(tab)
        for row, purpose in enumerate(ConsentPurpose):
            check = QCheckBox(consent_label(purpose))
            self.consent_checks[purpose] = check
            grid.addWidget(check, row, 0)
        grid.addWidget(QLabel(self.tr("How given")), len(ConsentPurpose), 0)
        grid.addWidget(self.consent_how, len(ConsentPurpose) + 1, 0)
        grid.setRowStretch(len(ConsentPurpose) + 2, 1)
        return tab

    def _build_sensitive_tab(self, *, editing: bool) -> QWidget:
        # An existing person's legal status stays hidden (and read-only) until asked for.
        self.legal_status_edit = QLineEdit()
        self.legal_status_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.legal_status_edit.setReadOnly(editing)
        self.show_legal_button = QPushButton(self.tr("Show legal status…"))
        self.show_legal_button.setProperty("grant", "legal_status")  # hidden from roles without it
        self.show_legal_button.setEnabled(editing)
        self.show_legal_button.clicked.connect(self.reveal_legal_status)
        explanation = QLabel(
            self.tr(
                "Legal status in the host country is sensitive: it is never listed, searched or "
                "exported unless asked for, and every look at it is written to the audit trail. "
                "Services never depend on it."
            )
        )
        explanation.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explanation)
        layout.addWidget(self.legal_status_edit)
        layout.addWidget(self.show_legal_button)
        layout.addStretch(1)
        return tab

    def _set_defaults(self) -> None:
        settings = self._services.settings.current()
        self.nationality_combo.code = settings.origin_country
        if settings.consulate:
            self.country_combo.code = settings.consulate.country

    def _on_country_changed(self) -> None:
        code = self.country_combo.code
        if len(code) == 2:
            self.city_edit.setCompleter(city_completer(self, self._services.gazetteer.names(code)))

    def _load(self, r: PersonRecord) -> None:
        self.given_edit.setText(r.given_name)
        self.family_edit.setText(r.family_name)
        self.original_edit.setText(r.original_script_name)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(r.sex.value if r.sex else "")))
        self.birth_edit.setText("" if r.birth_year is None else str(r.birth_year))
        self.nationality_combo.code = r.nationality
        self.dual_combo.code = r.dual_citizenship
        self.country_combo.code = r.country
        self.city_edit.setText(r.city)
        self.address_edit.setPlainText(r.address)
        self.postal_fields.parts = r.postal
        self.phones_edit.setPlainText("\n".join(r.phones))
        self.email_edit.setText(r.email)
        self.language_edit.setText(
            f"{language_name(r.preferred_language)} ({r.preferred_language})" if r.preferred_language else ""
        )
        self.channel_combo.setCurrentIndex(
            max(0, self.channel_combo.findData(r.preferred_channel.value if r.preferred_channel else ""))
        )
        self.generation_combo.setCurrentIndex(
            max(0, self.generation_combo.findData("" if r.generation is None else str(r.generation)))
        )
        self.arrival_edit.setText("" if r.arrival_year is None else str(r.arrival_year))
        self.intention_combo.setCurrentIndex(max(0, self.intention_combo.findData(r.return_intention.value)))
        self.passport_edit.date = r.passport_expires_on
        self.notes_edit.setPlainText(r.notes)
        self.skills_form.set_skills(r.skills)
        self.memberships.items = r.memberships
        for purpose, check in self.consent_checks.items():
            check.setChecked(r.consented(purpose))
        self.outreach.show_outreach(self._people.reports.outreach(r.id))
        for event in self._services.audit.person_history(r.id):
            action = self.tr(audit_action_label(event.action))
            line = f"{event.at:%Y-%m-%d %H:%M} · {event.officer} · {action}"
            if event.entity_id != str(r.id):
                line += " · " + self.tr("merged record {id}").format(id=event.entity_id)
            self.history.addItem(line)

    def draft(self) -> PersonDraft:
        """The profile typed; a ValidationError under the passport field when it holds no date."""
        postal = self.postal_fields.parts
        return PersonDraft(
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            original_script_name=self.original_edit.text(),
            sex=str(self.sex_combo.currentData()),
            birth_year=self.birth_edit.text(),
            nationality=self.nationality_combo.code,
            dual_citizenship=self.dual_combo.code,
            country=self.country_combo.code,
            city=self.city_edit.text(),
            address=self.address_edit.toPlainText(),
            phones=tuple(p for p in self.phones_edit.toPlainText().splitlines() if p.strip()),
            email=self.email_edit.text(),
            preferred_language=self.language_edit.code or self.language_edit.text(),
            preferred_channel=str(self.channel_combo.currentData()),
            generation=str(self.generation_combo.currentData()),
            arrival_year=self.arrival_edit.text(),
            return_intention=str(self.intention_combo.currentData()),
            notes=self.notes_edit.toPlainText(),
            passport_expires_on=self.passport_edit.iso("passport_expires_on"),
            postal_code=postal.postal_code,
            locality=postal.locality,
            region=postal.region,
            address_country=postal.country,
        )

    def reveal_legal_status(self, reason: str | None = None) -> str:
        """Ask why, then show the legal status; the look is audited."""
        if self._record is None:
            return ""
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Show legal status"),
                self.tr("Why do you need to see it? (recorded in the audit)"),
            )
            if not ok:
                return ""
        value = self._people.consent.legal_status(self._record.id, reason)
        self.legal_status_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.legal_status_edit.setReadOnly(False)
        self.legal_status_edit.setText(value)
        return value

    def _on_save_clicked(self) -> None:
        skills, skill_errors = self.skills_form.skills()
        self.skills_form.form.show_errors(skill_errors)
        if skill_errors:
            self.tabs.setCurrentWidget(self.skills_tab)
            return
        if not self._consent_how_fits():
            return
        try:
            person_id = self._write(skills)
        except ValidationError as exc:
            self._show_validation_errors(exc)
            return
        except KnownError as exc:
            show_error(self, exc, "save person")
            return
        self.saved = self._people.registry.get(person_id)
        self.accept()

    def _consent_how_fits(self) -> bool:
        """Checked before anything is written: a save refused half-way would keep the profile."""
        errors: dict[str, str] = {}
        cleaned_within(errors, "consent_how", self.consent_how.text(), MAX_CONSENT_HOW)
        if errors:
            self.general_error.show_message(
                self.tr("How consent was given: {error}").format(error=translated(errors["consent_how"]))
            )
        return not errors

    def _write(self, skills: Skills) -> int:
        """Store the profile, skills, memberships, consents and legal status; the person's id."""
        registry, consent = self._people.registry, self._people.consent
        memberships = self.memberships.items
        if self._record is None:
            record = registry.create(self.draft(), skills)
        else:
            record = registry.update(self._record.id, self.draft())
            record = registry.save_skills(record.id, skills)
        record = registry.set_memberships(record.id, memberships)
        for purpose, check in self.consent_checks.items():
            if check.isChecked() != record.consented(purpose):
                record = consent.set_consent(
                    record.id, purpose, check.isChecked(), how=self.consent_how.text()
                )
        if self._record is None or self.legal_status_edit.echoMode() == QLineEdit.EchoMode.Normal:
            consent.set_legal_status(record.id, self.legal_status_edit.text())
        return record.id

    def _show_validation_errors(self, exc: ValidationError) -> None:
        skill_keys = self.skills_form.form.errors
        # The postal code and address country share the one "postal" row.
        errors = dict(exc.errors)
        postal = [errors.pop(k) for k in ("postal_code", "address_country") if k in errors]
        if postal:
            errors["postal"] = "; ".join(postal)
        unplaced = self.form.show_errors(errors)
        unplaced = [u for u in unplaced if u.split(":")[0] not in skill_keys]
        self.skills_form.form.show_errors({k: v for k, v in exc.errors.items() if k in skill_keys})
        self.general_error.show_message("\n".join(unplaced))
