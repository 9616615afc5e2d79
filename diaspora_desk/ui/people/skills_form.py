"""The Skills tab of the person dialog: qualifications, occupations, languages, availability."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit, QWidget

from diaspora_desk.domain.errors import message_of
from diaspora_desk.domain.people import parse_date, parse_isced, parse_language_levels, parse_yes_no
from diaspora_desk.domain.people_records import (
    AvailabilityItem,
    LicenceItem,
    OccupationItem,
    QualificationItem,
    Skills,
)
from diaspora_desk.services.people.occupations import OccupationMatch, OccupationService
from diaspora_desk.ui.editable_table import EditableTable
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.widgets import ValidatedForm, line_edit


def _int_or_none(text: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise ValueError(
            QCoreApplication.translate("SkillsForm", "'{text}' is not a whole number").format(text=text[:10])
        )
    return int(text)


class SkillsForm(QWidget):
    """Edits a :class:`Skills`; ``skills()`` raises ValueError with a field key for bad cells."""

    def __init__(self, occupations: OccupationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._occupations = occupations
        self._matches: list[OccupationMatch] = []
        self.occupation_search = QLineEdit()
        self.occupation_search.setObjectName("occupationSearch")
        self.occupation_search.setPlaceholderText(
            self.tr("Type any occupation name (ESCO), e.g. nurse, welder")
        )
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[str].connect(self.choose_occupation)  # type: ignore[index]
        self.occupation_search.setCompleter(completer)
        self.occupation_search.textEdited.connect(self._on_occupation_typed)
        self.occupations = EditableTable([self.tr("ISCO-08 unit group"), self.tr("Title"), self.tr("Years")])
        self.qualifications = EditableTable(
            [
                self.tr("ISCED (0–8)"),
                self.tr("Field of study"),
                self.tr("Institution"),
                self.tr("Country"),
                self.tr("Year"),
                self.tr("Recognised at home (yes/no)"),
            ]
        )
        self.languages_edit = line_edit(self.tr("code:LEVEL; e.g. es:C2; en:B1"))
        self.licences = EditableTable(
            [
                self.tr("Licence or registration"),
                self.tr("Issuer"),
                self.tr("Country"),
                self.tr("Valid until (YYYY-MM-DD)"),
            ]
        )
        self.availability = EditableTable([self.tr("From (YYYY-MM-DD)"), self.tr("To"), self.tr("Note")])
        self.tags_edit = line_edit(self.tr("free tags, comma-separated"))
        self.sector_edit = line_edit(self.tr("derived from the occupation unless you set it"))
        layout = QFormLayout(self)
        self.form = ValidatedForm(layout)
        self.form.add("occupation", self.tr("Find occupation"), self.occupation_search)
        self.form.add("isco_code", self.tr("Occupations"), self.occupations)
        self.form.add("isced_level", self.tr("Qualifications"), self.qualifications)
        self.form.add("languages", self.tr("Languages (CEFR)"), self.languages_edit)
        self.form.add("licences", self.tr("Licences"), self.licences)
        self.form.add("availability", self.tr("Availability"), self.availability)
        self.form.add("tags", self.tr("Skill tags"), self.tags_edit)
        self.form.add("sector", self.tr("Sector"), self.sector_edit)

    def _on_occupation_typed(self, text: str) -> None:
        self._matches = self._occupations.search(text, limit=15) if len(text.strip()) >= 2 else []
        self._completer_model.setStringList(
            [f"{m.matched} — {m.isco_code} {m.isco_label}" for m in self._matches]
        )

    def choose_occupation(self, text: str) -> None:
        """Add the ESCO occupation picked from the completer (or typed exactly) as a row."""
        match = next((m for m in self._matches if text.startswith(f"{m.matched} — {m.isco_code}")), None)
        if match is None:
            match = self._occupations.resolve(text)
        if match is not None:
            self.occupations.add_row([match.isco_code, match.label, ""])
            self.occupation_search.clear()

    def set_skills(self, skills: Skills) -> None:
        self.occupations.rows = [
            [o.isco_code, o.title, "" if o.years_experience is None else str(o.years_experience)]
            for o in skills.occupations
        ]
        self.qualifications.rows = [
            [
                str(q.isced_level),
                q.field_of_study,
                q.institution,
                q.country,
                "" if q.year is None else str(q.year),
                "yes" if q.recognised_at_home else "no",
            ]
            for q in skills.qualifications
        ]
        self.languages_edit.setText("; ".join(f"{code}:{level.name}" for code, level in skills.languages))
        self.licences.rows = [
            [x.name, x.issuer, x.country, x.valid_until.isoformat() if x.valid_until else ""]
            for x in skills.licences
        ]
        self.availability.rows = [
            [a.starts_on.isoformat(), a.ends_on.isoformat() if a.ends_on else "", a.note]
            for a in skills.availability
        ]
        self.tags_edit.setText(", ".join(skills.tags))
        self.sector_edit.setText(skills.sector)

    def skills(self) -> tuple[Skills, dict[str, str]]:
        """The skills typed, and the errors by field (empty when all is well)."""
        errors: dict[str, str] = {}

        def guard(key: str, row: int, parse: object) -> object:
            try:
                return parse() if callable(parse) else parse
            except ValueError as exc:
                errors[key] = self.tr("row {row}: {error}").format(row=row, error=translated(message_of(exc)))
                return None

        occupations = []
        for i, (code, title, years) in enumerate(self.occupations.rows, start=1):
            parsed_years = guard("isco_code", i, lambda y=years: _int_or_none(y))
            occupations.append(
                OccupationItem(code, title, parsed_years if isinstance(parsed_years, int) else None)
            )
        qualifications = []
        for i, (level, field, institution, country, year, recognised) in enumerate(
            self.qualifications.rows, 1
        ):
            isced = guard("isced_level", i, lambda v=level: parse_isced(v))
            parsed_year = guard("isced_level", i, lambda v=year: _int_or_none(v))
            known = guard("isced_level", i, lambda v=recognised: parse_yes_no(v))
            if isinstance(isced, int):
                qualifications.append(
                    QualificationItem(
                        isced,
                        field,
                        institution,
                        country.upper()[:2],
                        parsed_year if isinstance(parsed_year, int) else None,
                        bool(known),
                    )
                )
        languages = guard("languages", 1, lambda: parse_language_levels(self.languages_edit.text()))
        licences = []
        for i, (name, issuer, country, until) in enumerate(self.licences.rows, start=1):
            valid = guard("licences", i, lambda v=until: parse_date(v) if v else None)
            licences.append(LicenceItem(name, issuer, country.upper()[:2], valid if valid else None))  # type: ignore[arg-type]
        windows = []
        for i, (start, end, note) in enumerate(self.availability.rows, start=1):
            begins = guard("availability", i, lambda v=start: parse_date(v))
            ends = guard("availability", i, lambda v=end: parse_date(v) if v else None)
            if begins is not None:
                windows.append(AvailabilityItem(begins, ends, note))  # type: ignore[arg-type]
        skills = Skills(
            qualifications=tuple(qualifications),
            occupations=tuple(occupations),
            languages=languages if isinstance(languages, tuple) else (),
            licences=tuple(licences),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            availability=tuple(windows),
            sector=self.sector_edit.text(),
        )
        return skills, errors
