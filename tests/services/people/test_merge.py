"""Merging two records, part by part: phones, languages, tags, memberships, review items."""

from __future__ import annotations

import pytest

from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.people import Cefr, PersonDraft
from diaspora_desk.domain.people_records import MembershipItem, Skills
from diaspora_desk.services.composition import Services


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
    from pathlib import Path

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
