"""Merging two records, part by part: phones, languages, tags, memberships, review items."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import (
    MembershipItem,
    Skills,
)
from diaspora_desk.domain.queries import PeopleQuery
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from tests.services.people.skilled import nurse


def _person(
    services: Services, given: str, *, phones: tuple[str, ...] = (), skills: Skills | None = None
) -> int:
    draft = PersonDraft(given_name=given, family_name="Batz", country="US", phones=phones, birth_year="1980")
    return services.people.registry.create(draft, skills).id


def test_nothing_is_doubled_and_the_better_language_level_stays(services: Services) -> None:
    club = services.associations.registry.create(
        AssociationDraft(name="Club Xela", country="US", city="Fresno")
    )
    other_club = services.associations.registry.create(
        AssociationDraft(name="Red Maya", country="US", city="Fresno")
    )
    keep = _person(
        services,
        "Elena",
        phones=("+1 559 555 0101",),
        skills=Skills(languages=(("es", Cefr.C2), ("en", Cefr.A2)), tags=("weaving",)),
    )
    other = _person(
        services,
        "Elena M.",
        phones=("+1 559 555 0101", "+1 559 555 0199"),
        skills=Skills(languages=(("en", Cefr.B2), ("fr", Cefr.A1)), tags=("weaving", "cooking")),
    )
    services.people.registry.set_memberships(keep, (MembershipItem(club.id),))
    services.people.registry.set_memberships(
        other, (MembershipItem(club.id, role="treasurer"), MembershipItem(other_club.id))
    )
    merged = services.people.duplicates.merge(keep, other)
    assert merged.phones == ("+15595550101", "+15595550199")
    assert dict(merged.skills.languages) == {"es": Cefr.C2, "en": Cefr.B2, "fr": Cefr.A1}
    assert sorted(merged.skills.tags) == ["cooking", "weaving"]
    assert sorted((m.association_id, m.role) for m in merged.memberships) == [
        (club.id, "member"),
        (other_club.id, "member"),
    ]
    assert services.people.registry.get(other).phones == ()


def test_review_items_about_the_merged_record_now_name_the_kept_one(
    services: Services, tmp_path: object
) -> None:

    assert isinstance(tmp_path, Path)
    keep = _person(services, "Rosa")
    other = _person(services, "Rosa Elena", phones=("+1 559 555 0142",))
    source = tmp_path / "again.csv"
    source.write_text("Nombre,País,Teléfono\nOtra Persona,US,+1 559 555 0142\n", encoding="utf-8")
    assert services.people.importer.import_file(source).duplicates[0].match_id == other
    services.people.duplicates.merge(keep, other)
    assert [item.candidate_id for item in services.people.duplicates.pending()] == [keep]


def test_a_record_cannot_be_merged_with_itself_or_twice(services: Services) -> None:
    keep, other = _person(services, "Luz"), _person(services, "Luz María")
    with pytest.raises(ValidationError, match="itself"):
        services.people.duplicates.merge(keep, keep)
    services.people.duplicates.merge(keep, other)
    with pytest.raises(ValidationError, match="already been merged"):
        services.people.duplicates.merge(other, keep)


def test_merging_two_records_keeps_everything_and_the_history(services: Services) -> None:
    keep = services.people.registry.create(
        PersonDraft(given_name="Ana", family_name="Yax", country="US", phones=("+1 559 555 0101",))
    )
    other_id = nurse(services, "Ana María", consent=True)
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

    keep_id = nurse(services, "Rosa", consent=True)
    other_id = nurse(services, "Rosa Elena", consent=True)
    services.people.consent.set_consent(keep_id, ConsentPurpose.SHARING_FOR_MATCHING, False)
    merged = services.people.duplicates.merge(keep_id, other_id)
    # The other record's older grant does not bring the withdrawn consent back.
    assert not merged.consented(ConsentPurpose.SHARING_FOR_MATCHING)
    assert merged.consented(ConsentPurpose.SKILLS_INVENTORY)
    need = services.people.needs.create(
        NeedDraft(institution="Hospital", title="Nurse", isco_codes=("2221",), mode="virtual")
    )
    assert keep_id not in [c.person_id for c in services.people.matching.match(need.id, top=20).candidates]


def test_a_postal_address_moves_whole_never_mixed_with_another(services: Services) -> None:
    def person(given: str, address: str = "", postal_code: str = "", region: str = "") -> int:
        draft = PersonDraft(
            given_name=given,
            family_name="Xol",
            country="US",
            address=address,
            postal_code=postal_code,
            region=region,
        )
        return services.people.registry.create(draft).id

    partial = person("Ana", address="1 Main St")  # lines only
    full = person("Ana M.", address="9 Oak Ave", postal_code="93721", region="CA")
    kept = services.people.duplicates.merge(partial, full)
    assert (kept.address, kept.postal.postal_code, kept.postal.region) == ("1 Main St", "", "")
    empty = person("Bea")
    kept = services.people.duplicates.merge(empty, person("Bea T.", address="9 Oak Ave", postal_code="93721"))
    assert (kept.address, kept.postal.postal_code) == ("9 Oak Ave", "93721")
