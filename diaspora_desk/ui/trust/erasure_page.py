"""Erase or anonymise a person on request, and the retention rule (listed and applied on request)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diaspora_desk.domain.errors import KnownError
from diaspora_desk.services.trust.erasure import DuePeople, Erased, ErasurePolicy, ErasureService
from diaspora_desk.ui.errors import show_error
from diaspora_desk.ui.people.person_picker import FindPeople, PersonPicker


def tr(text: str) -> str:
    return QCoreApplication.translate("ErasurePage", text)


def due_text(due: DuePeople) -> str:
    """ "Due under the rule now: 12 people — Pérez, Ana; Diallo, Moussa; Xol, Tomás … and 9 more"."""
    if not due.count:
        return tr("Due under the rule now: nobody")
    names = "; ".join(due.names)
    if due.count > len(due.names):
        names = tr("{names} … and {n} more").format(names=names, n=due.count - len(due.names))
    if due.count == 1:
        return tr("Due under the rule now: 1 person — {names}").format(names=names)
    return tr("Due under the rule now: {n} people — {names}").format(n=due.count, names=names)


def _table_labels() -> dict[str, str]:
    return {
        "person": tr("person record"),
        "availability": tr("availability"),
        "consent": tr("consents"),
        "duplicate_review": tr("duplicate reviews"),
        "licence": tr("licences"),
        "membership": tr("memberships"),
        "person_language": tr("languages"),
        "person_occupation": tr("occupations"),
        "person_phone": tr("phone numbers"),
        "placement": tr("placements"),
        "poll_reply": tr("poll replies"),
        "poll_reply_answer": tr("poll answers"),
        "qualification": tr("qualifications"),
        "skill_tag": tr("skill tags"),
        "appointment": tr("appointments"),
        "delivery_recipient": tr("campaign messages"),
        "event_registration": tr("event registrations"),
    }


def _table_label(table: str) -> str:
    """What a table holds, in words (a table added later shows its own name)."""
    return _table_labels().get(table, table.replace("_", " "))


def erased_text(erased: Erased, who: str = "") -> str:
    """What an erasure did and what the check of the file found, in words; ``who`` names the
    person as the officer picked them (else their number)."""
    verb = tr("anonymised") if erased.anonymised else tr("erased")
    rows = ", ".join(f"{_table_label(table)}: {n}" for table, n in sorted(erased.rows.items()))
    if who:
        text = tr("{who}: {verb} ({rows}).").format(who=who, verb=verb, rows=rows)
    else:
        ids = ", ".join(str(i) for i in erased.person_ids)
        text = tr("Person {ids} {verb} ({rows}).").format(ids=ids, verb=verb, rows=rows)
    if erased.clean:
        return text + " " + tr("Check: no erased value is left in the database file.")
    found = ", ".join(f"{left.field} ({left.file})" for left in erased.leftovers)
    return text + " " + tr("Check: still found in the file: {found}.").format(found=found)


def _nobody_chosen() -> KnownError:
    return KnownError(tr("Choose the person to erase: type part of their name and pick them from the list."))


class ErasurePage(QWidget):
    """Erase a person (a reason, a second officer when the policy asks); the retention rule.

    The officer picks the person by name (``find_people``: the register's search as they type);
    the label shows birth year, town and masked phone, so namesakes can be told apart.
    """

    def __init__(
        self,
        erasure: ErasureService,
        find_people: FindPeople | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._erasure = erasure
        self.person_picker = PersonPicker(
            find_people or (lambda _text: []),
            tr("Whom to erase: type part of a name, a phone or an e-mail"),
        )
        self.person_picker.setObjectName("erasePerson")
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(tr("e.g. the person asked in writing on 3 Dec"))
        self.second_edit = QLineEdit()
        self.second_edit.setPlaceholderText(tr("the officer who confirms"))
        self.anonymise_check = QCheckBox(
            tr("Anonymise instead (keep the record for counts, without who it is)")
        )
        self.erase_button = QPushButton(tr("&Erase…"))
        self.erase_button.setProperty("grant", "erase")  # hidden from roles without it
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Person"), self.person_picker)
        form.addRow(tr("Reason"), self.reason_edit)
        form.addRow(tr("Second officer"), self.second_edit)
        form.addRow("", self.anonymise_check)
        erase_box = QGroupBox(tr("Erase a person"))
        erase_layout = QVBoxLayout(erase_box)
        erase_layout.addLayout(form)
        erase_layout.addWidget(self.erase_button)
        erase_layout.addWidget(self.result_label)
        layout = QVBoxLayout(self)
        layout.addWidget(erase_box)
        layout.addWidget(self._policy_box())
        layout.addStretch(1)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.refresh()

    def _policy_box(self) -> QGroupBox:
        policy = self._erasure.policy()
        self.require_second_check = QCheckBox(tr("An erasure needs a second officer's confirmation"))
        self.require_second_check.setChecked(policy.second_officer)
        self.years_spin = QSpinBox()
        self.years_spin.setRange(0, 100)
        self.years_spin.setSpecialValueText(tr("no rule"))
        self.years_spin.setValue(policy.archived_years)
        self.retention_anonymise_check = QCheckBox(tr("The rule anonymises instead of erasing"))
        self.retention_anonymise_check.setChecked(policy.anonymise)
        self.save_button = QPushButton(tr("&Save"))
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.apply_button = QPushButton(tr("&Apply the retention rule now…"))
        box = QGroupBox(tr("Policy and retention"))
        form = QFormLayout(box)
        form.addRow("", self.require_second_check)
        form.addRow(tr("Erase people archived more than (years)"), self.years_spin)
        form.addRow("", self.retention_anonymise_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.apply_button)
        form.addRow(buttons)
        form.addRow(self.due_label)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        return box

    def refresh(self) -> None:
        due = self._erasure.due_names()
        if not due.rule_set:
            self.due_label.setText(tr("No retention rule is set."))
        else:
            self.due_label.setText(due_text(due))
        self.apply_button.setEnabled(bool(due.count))

    def erase(self) -> Erased:
        """Erase (or anonymise) the person picked; the result is shown under the button."""
        person_id = self.person_picker.person_id
        if person_id is None:
            raise _nobody_chosen()
        erased = self._erasure.erase(
            person_id,
            self.reason_edit.text(),
            second_officer=self.second_edit.text(),
            anonymise=self.anonymise_check.isChecked(),
        )
        self.result_label.setText(erased_text(erased, self.person_picker.text()))
        self.person_picker.set_person(None)  # the label named someone no longer held
        self.refresh()
        return erased

    def _confirmed(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Diaspora Desk"), text, parent=self)
        box.setObjectName("confirmErasure")
        yes = box.addButton(tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def _on_erase_clicked(self) -> None:
        if self.person_picker.person_id is None:
            show_error(self, _nobody_chosen(), "erasure")
            return
        text = tr("Erase {person} and everything held on them? This cannot be undone.").format(
            person=self.person_picker.text()
        )
        if not self._confirmed(text):
            return
        try:
            self.erase()
        except Exception as exc:
            show_error(self, exc, "erasure")

    def save_policy(self) -> None:
        self._erasure.set_policy(
            ErasurePolicy(
                second_officer=self.require_second_check.isChecked(),
                archived_years=self.years_spin.value(),
                anonymise=self.retention_anonymise_check.isChecked(),
            )
        )
        self.refresh()

    def _on_save_clicked(self) -> None:
        try:
            self.save_policy()
        except Exception as exc:
            show_error(self, exc, "erasure policy")

    def _on_apply_clicked(self) -> None:
        due = self._erasure.due()
        if not self._confirmed(
            tr("Apply the retention rule to {n} people? This cannot be undone.").format(n=len(due))
        ):
            return
        try:
            results = self._erasure.apply_retention()
        except Exception as exc:
            show_error(self, exc, "retention")
            return
        left = sum(not r.clean for r in results)
        self.result_label.setText(
            tr("{n} people handled by the retention rule; {left} with values still found.").format(
                n=len(results), left=left
            )
        )
        self.refresh()
