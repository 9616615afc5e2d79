"""People & Skills use cases end to end: import with duplicates, consent, matching, reports."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from diaspora_desk.db.people_models import DuplicateReview, Person
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import KnownError, ValidationError
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import AvailabilityItem, OccupationItem, QualificationItem, Skills
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.reports.person_record import build_person_record
from diaspora_desk.reports.skills_summary import build_skills_summary
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS
from diaspora_desk.services.people.needs import NeedDraft


def _write(path: Path, rows: list[dict[str, str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row.get(c, "") for c in COLUMNS])
    return path


def _person(given: str, family: str, **cells: str) -> dict[str, str]:
    return {"given_name": given, "family_name": family, "country": "US", "city": "Fresno", **cells}


def _people(services: Services) -> int:
    with services.database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Person)) or 0)


def test_import_rejects_by_column_and_holds_back_duplicates(services: Services, tmp_path: Path) -> None:
    services.people.registry.create(
        PersonDraft(
            given_name="Ana María",
            family_name="López",
            country="US",
            birth_year="1980",
            phones=("+1 559 555 0100",),
        )
    )
    rows = [
        _person(
            "Rosa",
            "Cúmez",
            phone="(559) 555-0101",
            birth_year="1975",
            occupation="civil engineer",
            languages="es:C2;en:B2",
            isced_level="7",
            consent_skills="yes",
            consent_sharing="yes",
        ),
        _person("Luis", "Tzul", phone="12"),  # 3 bad phone
        _person("Juan", "Yax", available_from="2027-13-01"),  # 4 bad date
        _person("Edgar", "Sic", languages="es:Z1"),  # 5 bad CEFR level
        _person("Nery", "Boror", occupation="dragon tamer"),  # 6 unknown ESCO label
        _person("Alba", "Ixcoy", association="No Such Club"),  # 7 unknown association
        _person("Otra", "Persona", phone="+1 559 555 0100"),  # 8 same phone as existing
        _person("lopez", "ANA MARIA", birth_year="1980"),  # 9 word order + accents
        _person("Rosa", "Cumes", birth_year="1975"),  # 10 fuzzy of row 2
        _person("Flor", "Sián", email="flor@example.org"),
        _person("Flora", "Otra", email="FLOR@example.org"),  # 12 same e-mail as row 11
    ]
    source = _write(tmp_path / "people.csv", rows)
    rejects = tmp_path / "rejects.csv"
    result = services.people.importer.import_file(source, rejects=rejects)
    assert (result.imported, len(result.rejected), len(result.duplicates)) == (2, 5, 4)
    assert result.imported + len(result.rejected) + len(result.duplicates) == len(rows)
    assert {r.row: r.column for r in result.rejected} == {
        3: "phone",
        4: "available_from",
        5: "languages",
        6: "occupation",
        7: "association",
    }
    assert sorted(d.row for d in result.duplicates) == [8, 9, 10, 12]
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        listed = {row["row"]: row for row in csv.DictReader(handle)}
    assert listed["8"]["likely_match_id"] == "1"
    assert listed["9"]["likely_match_id"] == "1"
    assert listed["10"]["column"] == "(duplicate)"
    rosa = services.people.registry.page(PeopleQuery(text="rosa cumez"), 0, 5)
    assert len(rosa) == 1
    assert listed["10"]["likely_match_id"] == str(rosa[0].id)
    record = services.people.registry.get(rosa[0].id)
    assert record.skills.occupations[0].isco_code == "2142"
    assert record.phones == ("+15595550101",)
    with services.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DuplicateReview)) == 4
    assert len(services.people.duplicates.pending()) == 4


def test_dry_run_and_cancel_write_nothing(services: Services, tmp_path: Path) -> None:
    source = _write(
        tmp_path / "p.csv",
        [_person(f"Ana{chr(65 + i)}", "Tzoc") for i in range(20)],
        encoding="utf-16",
        delimiter=";",
    )
    assert services.people.importer.import_file(source, dry_run=True).summary == (
        "would import 20, rejected 0, duplicates 0"
    )
    assert _people(services) == 0
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(KnownError, match="cancelled"):
        services.people.importer.import_file(source, cancel=cancel)
    assert _people(services) == 0
    assert services.people.importer.import_file(source).imported == 20


def test_export_leaves_out_legal_status_unless_asked_and_is_audited(
    services: Services, tmp_path: Path
) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Tomás", family_name="Batz", country="US")
    )
    services.people.consent.set_legal_status(person.id, "undocumented")
    plain, full = tmp_path / "plain.csv", tmp_path / "full.csv"
    services.people.exporter.export_file(plain)
    services.people.exporter.export_file(full, include_sensitive=True)
    assert "undocumented" not in plain.read_text(encoding="utf-8-sig")
    assert "legal_status" not in plain.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "undocumented" in full.read_text(encoding="utf-8-sig")
    exports = [e for e in services.audit.recent() if e.action == "export"]
    assert len(exports) == 2
    assert '"include_sensitive": true' in (exports[0].after or "")


def _nurse(
    services: Services, given: str, *, consent: bool, level: Cefr = Cefr.C2, code: str = "2221"
) -> int:
    skills = Skills(
        qualifications=(QualificationItem(7),),
        occupations=(OccupationItem(code, "", 10),),
        languages=(("es", level),),
        availability=(AvailabilityItem(services.clock.today()),),
    )
    person = services.people.registry.create(
        PersonDraft(given_name=given, family_name="Test", country="US", return_intention="temporary"), skills
    )
    if consent:
        services.people.consent.set_consent(person.id, ConsentPurpose.SKILLS_INVENTORY, True, how="form")
        services.people.consent.set_consent(person.id, ConsentPurpose.SHARING_FOR_MATCHING, True, how="form")
    return person.id


def test_matching_ranks_consenting_people_with_reasons(services: Services) -> None:
    best = _nurse(services, "Best", consent=True)
    weaker = _nurse(services, "Weaker", consent=True, level=Cefr.B1)
    related = _nurse(services, "Related", consent=True, code="2222")
    hidden = _nurse(services, "Hidden", consent=False)
    need = services.people.needs.create(
        NeedDraft(
            institution="School",
            title="Nurse trainers",
            isco_codes=("2221",),
            mode="on_site_temporary",
            min_isced=6,
            languages=(("es", Cefr.B2),),
        )
    )
    shortlist = services.people.matching.match(need.id, top=10)
    ids = [c.person_id for c in shortlist.candidates]
    assert ids[0] == best
    assert set(ids) == {best, weaker, related}
    assert hidden not in ids
    assert shortlist.without_consent == 1
    for candidate in shortlist.candidates:
        assert candidate.score == pytest.approx(sum(c.points for c in candidate.criteria), abs=0.11)
        assert all(0 <= c.points <= c.maximum for c in candidate.criteria)
    by_id = {c.person_id: c for c in shortlist.candidates}
    assert by_id[related].criteria[0].detail == "same minor group"
    services.people.consent.set_consent(best, ConsentPurpose.SHARING_FOR_MATCHING, False)
    assert best not in [c.person_id for c in services.people.matching.match(need.id).candidates]
    with pytest.raises(ValidationError):
        services.people.needs.propose(need.id, best)
    placement = services.people.needs.propose(need.id, weaker)
    assert placement.status.value == "proposed"


def test_skills_summary_suppresses_small_cells(services: Services) -> None:
    for n in range(6):
        _nurse(services, f"Nurse{n}", consent=True)
    _nurse(services, "Engineer", consent=True, code="2142")
    summary = services.people.statistics.summary(services.clock.today())
    cells = {c.key: c for c in summary.by_isco_sub_major}
    assert cells["22"].shown == "6"
    assert cells["21"].shown == "<5"
    buffer = io.BytesIO()
    build_skills_summary(services.people.reports.skills(), buffer)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "<5" in text
    assert "21 Science and engineering professionals" in text


def test_person_record_holds_everything_and_its_reading_is_audited(services: Services) -> None:
    person_id = _nurse(services, "Ixchel", consent=True)
    services.people.consent.set_legal_status(person_id, "work permit")
    buffer = io.BytesIO()
    build_person_record(services.people.reports.person(person_id), buffer)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "work permit" in text
    assert "Nursing professionals" in text
    assert "Sharing the profile" in text  # the purpose in words (wrapped in its cell), not its code
    assert "sharing_for_matching" not in text
    assert services.audit.history("person", person_id)[-1].action == "view_sensitive"


def test_merging_two_records_keeps_everything_and_the_history(services: Services) -> None:
    keep = services.people.registry.create(
        PersonDraft(given_name="Ana", family_name="Yax", country="US", phones=("+1 559 555 0101",))
    )
    other_id = _nurse(services, "Ana María", consent=True)
    services.people.registry.update(
        other_id,
        PersonDraft(
            given_name="Ana María",
            family_name="Yax",
            country="US",
            email="ana@example.org",
            phones=("+1 559 555 0102",),
        ),
    )
    merged = services.people.duplicates.merge(keep.id, other_id)
    assert merged.phones == ("+15595550101", "+15595550102")
    assert merged.email == "ana@example.org"
    assert merged.skills.occupations[0].isco_code == "2221"
    assert merged.consented(ConsentPurpose.SHARING_FOR_MATCHING)
    assert services.people.registry.get(other_id).merged_into_id == keep.id
    assert services.people.registry.count(PeopleQuery(text="ana yax")) == 1
    assert [e.action for e in services.audit.history("person", keep.id)][-1] == "merge"
    with pytest.raises(ValidationError):
        services.people.duplicates.merge(keep.id, other_id)
    # The merged record cannot come back as a second copy of the person.
    with pytest.raises(ValidationError, match=f"merged into person {keep.id}"):
        services.people.registry.set_archived(other_id, False)
    assert services.people.registry.count(PeopleQuery(text="ana yax")) == 1
    history = services.audit.person_history(keep.id)
    assert {e.entity_id for e in history} == {str(keep.id), str(other_id)}
    assert [e.action for e in history].count("create") == 2


def test_a_withdrawal_on_either_record_survives_a_merge(services: Services) -> None:

    keep_id = _nurse(services, "Rosa", consent=True)
    other_id = _nurse(services, "Rosa Elena", consent=True)
    services.people.consent.set_consent(keep_id, ConsentPurpose.SHARING_FOR_MATCHING, False)
    merged = services.people.duplicates.merge(keep_id, other_id)
    # The other record's older grant does not bring the withdrawn consent back.
    assert not merged.consented(ConsentPurpose.SHARING_FOR_MATCHING)
    assert merged.consented(ConsentPurpose.SKILLS_INVENTORY)
    need = services.people.needs.create(
        NeedDraft(institution="Hospital", title="Nurse", isco_codes=("2221",), mode="virtual")
    )
    assert keep_id not in [c.person_id for c in services.people.matching.match(need.id, top=20).candidates]
