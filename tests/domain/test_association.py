"""Association drafts: each bad field is named, good ones come back normalised."""

from __future__ import annotations

import datetime as dt

import pytest

from diaspora_desk.domain.association import AssociationDraft, validate_association
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
