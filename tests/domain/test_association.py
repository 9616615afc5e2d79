"""Association drafts: each bad field is named, good ones come back normalised."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.association import AssociationDraft, validate_association
from diaspora_desk.domain.enums import AssociationType, FocusArea
from diaspora_desk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (AssociationDraft(name="", country="US"), "name"),
        (AssociationDraft(name="X", country="US", type="club"), "type"),
        (AssociationDraft(name="X", country="Atlantis"), "country"),
        (AssociationDraft(name="X", country="US", phones=("12",)), "phone"),
        (AssociationDraft(name="X", country="US", emails=("nope",)), "email"),
        (AssociationDraft(name="X", country="US", founded_year="2999"), "founded_year"),
        (AssociationDraft(name="X", country="US", members_estimate="-4"), "members_estimate"),
        (AssociationDraft(name="X", country="US", focus_areas=("dancing",)), "focus_areas"),
        (AssociationDraft(name="X", country="US", languages=("zz9",)), "languages"),
        (AssociationDraft(name="X" * 300, country="US"), "name"),
    ],
)
def test_each_bad_field_is_named(draft: AssociationDraft, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_association(draft, today=dt.date(2026, 11, 24))
    assert field in caught.value.errors


TODAY = dt.date(2026, 11, 24)


def test_a_good_draft_comes_back_normalised_without_repeats() -> None:
    fields = validate_association(
        AssociationDraft(
            name="  Asociación\u200b  Ñandú ",
            acronym=" AÑ ",
            type=" Hometown ",
            country="united states",
            city=" Los  Angeles ",
            founded_year=" 1998 ",
            members_estimate="12\u00a0000",
            focus_areas=("Health", "health", "", "culture"),
            languages=("spa", "es", "EN", " "),
            phones=("(213) 555-0147", "+1 213 555 0147", ""),
            emails=("Info@Example.org", "info@example.ORG"),
            website="example.org",
            notes="first line\nsecond line",
        ),
        today=TODAY,
    )
    assert fields.name == "Asociación Ñandú"
    assert fields.acronym == "AÑ"
    assert fields.type is AssociationType.HOMETOWN
    assert (fields.country, fields.city) == ("US", "Los Angeles")
    assert (fields.founded_year, fields.members_estimate) == (1998, 12_000)
    assert fields.focus_areas == (FocusArea.HEALTH, FocusArea.CULTURE)
    assert fields.languages == ("es", "en")
    assert fields.phones == ("+12135550147",)
    assert fields.emails == ("Info@example.org",)  # the domain is case-free, the mailbox may not be
    assert fields.website == "https://example.org"
    assert fields.notes == "first line\nsecond line"


def test_blank_optional_fields_stay_empty() -> None:
    fields = validate_association(AssociationDraft(name="Club", country="GT", type=""), today=TODAY)
    assert fields.type is AssociationType.OTHER
    assert (fields.founded_year, fields.members_estimate, fields.website) == (None, None, "")
    assert fields.phones == fields.emails == fields.languages == ()


def test_a_registration_date_is_kept_only_for_a_registered_association() -> None:
    day = dt.date(2020, 5, 1)
    registered = AssociationDraft(name="Club", country="US", registered=True, registered_on=day)
    assert validate_association(registered, today=TODAY).registered_on == day
    unregistered = AssociationDraft(name="Club", country="US", registered=False, registered_on=day)
    assert validate_association(unregistered, today=TODAY).registered_on is None


def test_every_bad_field_is_reported_at_once() -> None:
    draft = AssociationDraft(
        name="",
        country="",
        founded_year="1650",
        members_estimate="many",
        registered=True,
        registered_on=TODAY + dt.timedelta(days=1),
        website="not a website at all",
    )
    with pytest.raises(ValidationError) as caught:
        validate_association(draft, today=TODAY)
    assert set(caught.value.errors) == {
        "name",
        "country",
        "founded_year",
        "members_estimate",
        "registered_on",
        "website",
    }
    assert caught.value.errors["country"] == "is required"
    assert caught.value.errors["registered_on"] == "is in the future"
    assert caught.value.errors["founded_year"] == "1650 is not between 1700 and 2026"
    assert caught.value.errors["members_estimate"] == "'many' is not a whole number"


def test_the_founding_year_may_be_this_year_but_not_next() -> None:
    this_year = AssociationDraft(name="Club", country="US", founded_year=str(TODAY.year))
    assert validate_association(this_year, today=TODAY).founded_year == TODAY.year
    with pytest.raises(ValidationError, match="founded_year"):
        validate_association(
            AssociationDraft(name="Club", country="US", founded_year=str(TODAY.year + 1)), today=TODAY
        )
