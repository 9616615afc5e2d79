"""The Skills tab of the person dialog: qualifications, occupations, languages, availability."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit, QWidget

from diaspora_desk.domain.errors import message_of
from diaspora_desk.domain.geography import all_languages
from diaspora_desk.domain.people import ISCED_LEVELS, Cefr, parse_isced, parse_yes_no
from diaspora_desk.domain.people_records import (
    AvailabilityItem,
    LicenceItem,
    OccupationItem,
    QualificationItem,
    Skills,
)
from diaspora_desk.i18n.formats import all_countries
from diaspora_desk.services.people.occupations import OccupationMatch, OccupationService
from diaspora_desk.ui.code_list import CodeList
from diaspora_desk.ui.date_input import read_date
from diaspora_desk.ui.editable_table import EditableTable
from diaspora_desk.ui.errors import translated
from diaspora_desk.ui.widgets import ValidatedForm, line_edit

T = TypeVar("T")


def _date_or_none(field: str) -> Callable[[str], dt.date | None]:
    return lambda text: read_date(text, field)


def _required_date(field: str) -> Callable[[str], dt.date]:
    def read(text: str) -> dt.date:
        day = read_date(text, field)
        if day is None:
            message = QCoreApplication.translate("SkillsForm", "{field}: write the date")
            raise ValueError(message.format(field=field))
        return day

    return read


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
        # Levels, countries and yes/no are chosen from lists by name; the cells keep the codes.
        # (The level names are translated where the people filter shows them too.)
        countries = all_countries()
        levels = [
            (str(n), f"{n} · {QCoreApplication.translate('PeoplePage', label)}")
            for n, label in ISCED_LEVELS.items()
        ]
        self.qualifications = EditableTable(
            [
                self.tr("Education level (ISCED)"),
                self.tr("Field of study"),
                self.tr("Institution"),
                self.tr("Country"),
                self.tr("Year"),
                self.tr("Recognised at home"),
            ],
            choices={0: levels, 3: countries, 5: [("yes", self.tr("yes")), ("no", self.tr("no"))]},
        )
        self.languages_list = CodeList(
            all_languages(), self.tr("Type a language, e.g. Spanish"), [level.name for level in Cefr]
        )
        self.licences = EditableTable(
            [
                self.tr("Licence or registration"),
                self.tr("Issuer"),
                self.tr("Country"),
                self.tr("Valid until"),
            ],
            choices={2: countries},
            dates={3: self.tr("Valid until")},
        )
        self.availability = EditableTable(
            [self.tr("From"), self.tr("To"), self.tr("Note")], dates={0: self.tr("From"), 1: self.tr("To")}
        )
        self.tags_edit = line_edit(self.tr("free tags, comma-separated"))
        self.sector_edit = line_edit(self.tr("derived from the occupation unless you set it"))
        layout = QFormLayout(self)
        self.form = ValidatedForm(layout)
        self.form.add("occupation", self.tr("Find occupation"), self.occupation_search)
        self.form.add("isco_code", self.tr("Occupations"), self.occupations)
        self.form.add("isced_level", self.tr("Qualifications"), self.qualifications)
        self.form.add("languages", self.tr("Languages (CEFR)"), self.languages_list)
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
        self.languages_list.values = [(code, level.name) for code, level in skills.languages]
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
        cells = _CellReader(self)
        if self.languages_list.pending and not self.languages_list.add_typed():
            cells.errors["languages"] = self.tr("choose a language from the list")
        languages = tuple((code, Cefr[level]) for code, level in self.languages_list.values)
        skills = Skills(
            qualifications=self._qualifications(cells),
            occupations=self._occupations_typed(cells),
            languages=languages,
            licences=self._licences(cells),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            availability=self._availability(cells),
            sector=self.sector_edit.text(),
        )
        return skills, cells.errors

    def _occupations_typed(self, cells: _CellReader) -> tuple[OccupationItem, ...]:
        items = []
        for i, (code, title, years) in enumerate(self.occupations.rows, start=1):
            parsed = cells.read("isco_code", i, _int_or_none, years)
            items.append(OccupationItem(code, title, parsed))
        return tuple(items)

    def _qualifications(self, cells: _CellReader) -> tuple[QualificationItem, ...]:
        items = []
        for i, (level, field, institution, country, year, recognised) in enumerate(
            self.qualifications.rows, 1
        ):
            isced = cells.read("isced_level", i, parse_isced, level)
            parsed_year = cells.read("isced_level", i, _int_or_none, year)
            known = cells.read("isced_level", i, parse_yes_no, recognised)
            if isced is not None:
                items.append(
                    QualificationItem(
                        isced,
                        field,
                        institution,
                        country.upper()[:2],
                        parsed_year,
                        bool(known),
                    )
                )
        return tuple(items)

    def _licences(self, cells: _CellReader) -> tuple[LicenceItem, ...]:
        items = []
        for i, (name, issuer, country, until) in enumerate(self.licences.rows, start=1):
            valid = cells.read("licences", i, _date_or_none(self.tr("Valid until")), until)
            items.append(LicenceItem(name, issuer, country.upper()[:2], valid))
        return tuple(items)

    def _availability(self, cells: _CellReader) -> tuple[AvailabilityItem, ...]:
        items = []
        for i, (start, end, note) in enumerate(self.availability.rows, start=1):
            begins = cells.read("availability", i, _required_date(self.tr("From")), start)
            ends = cells.read("availability", i, _date_or_none(self.tr("To")), end)
            if begins is not None:
                items.append(AvailabilityItem(begins, ends, note))
        return tuple(items)


class _CellReader:
    """Parses cells of the form's tables, keeping the last error of each field with its row."""

    def __init__(self, form: SkillsForm) -> None:
        self._form = form
        self.errors: dict[str, str] = {}

    def read(self, key: str, row: int, parse: Callable[[str], T], text: str) -> T | None:
        """``parse(text)``, or None (and the error kept under ``key``) when it is not valid."""
        try:
            return parse(text)
        except ValueError as exc:
            self.errors[key] = self._form.tr("row {row}: {error}").format(
                row=row, error=translated(message_of(exc))
            )
            return None
