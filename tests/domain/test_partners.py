"""Partners and agreements: what a form or a file gives, checked and normalised."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diaspora_desk.domain.errors import ValidationError
from diaspora_desk.domain.partners import (
    PARTNER_KIND_NAMES,
    AgreementDraft,
    AgreementKind,
    AgreementRecord,
    AgreementStatus,
    PartnerDraft,
    PartnerKind,
    PartnerLevel,
    expires_soon,
    parse_level,
    parse_partner_kind,
    validate_agreement,
    validate_partner,
)

TODAY = dt.date(2026, 11, 24)


def test_a_partner_is_normalised_phones_to_e164_in_its_country() -> None:
    fields = validate_partner(
        PartnerDraft(
            name="  Banco  Solidario ",
            kind="Banco",
            country="El Salvador",
            level="Nacional",
            phones=("2222 3333", "+1 213 555 0102"),
            emails=("Info@Example.ORG",),
        )
    )
    assert fields.name == "Banco Solidario"
    assert fields.kind is PartnerKind.BANK
    assert fields.country == "SV"
    assert fields.level is PartnerLevel.NATIONAL
    assert fields.phones == ("+50322223333", "+12135550102")
    assert fields.emails == ("Info@example.org",)


def test_every_bad_field_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_partner(PartnerDraft(name="", kind="spaceship", country="Atlantis", phones=("12",)))
    assert set(caught.value.errors) == {"name", "kind", "country", "phone"}


def test_a_diaspora_association_partner_names_its_association() -> None:
    draft = PartnerDraft(name="Hometown club", kind="diaspora_association", country="US")
    with pytest.raises(ValidationError, match="association"):
        validate_partner(draft)
    assert validate_partner(dataclasses.replace(draft, association_id=4)).association_id == 4


@given(st.sampled_from([name for names in PARTNER_KIND_NAMES.values() for name in names]))
def test_every_kind_name_in_three_languages_reads_back(name: str) -> None:
    kind = parse_partner_kind(name.upper())
    assert name in PARTNER_KIND_NAMES[kind]


def test_levels_in_spanish() -> None:
    assert parse_level("internacional") is PartnerLevel.INTERNATIONAL
    with pytest.raises(ValueError, match="local, national or international"):
        parse_level("galactic")


def test_an_agreement_needs_a_counterpart_dates_in_order_and_a_signature_when_in_force() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_agreement(
            AgreementDraft(
                title="MoU",
                status=AgreementStatus.IN_FORCE,
                starts_on=dt.date(2026, 5, 1),
                ends_on=dt.date(2026, 4, 1),
            )
        )
    assert set(caught.value.errors) == {"partners", "ends_on", "signed_on"}


def _agreement(status: AgreementStatus, ends_on: dt.date | None) -> AgreementRecord:
    return AgreementRecord(
        1, "MoU", AgreementKind.MOU, status, (1,), ("Bank",), TODAY, None, ends_on, "", "", ()
    )


@pytest.mark.parametrize(
    ("status", "days", "soon"),
    [
        (AgreementStatus.IN_FORCE, 0, True),
        (AgreementStatus.IN_FORCE, 90, True),
        (AgreementStatus.IN_FORCE, 91, False),
        (AgreementStatus.IN_FORCE, -1, False),
        (AgreementStatus.NEGOTIATION, 10, True),
        (AgreementStatus.EXPIRED, 10, False),
        (AgreementStatus.DRAFT, 10, False),
    ],
)
def test_which_agreements_expire_soon(status: AgreementStatus, days: int, soon: bool) -> None:
    assert expires_soon(_agreement(status, TODAY + dt.timedelta(days=days)), TODAY) is soon


def test_an_agreement_without_an_end_never_expires() -> None:
    assert not expires_soon(_agreement(AgreementStatus.IN_FORCE, None), TODAY)
