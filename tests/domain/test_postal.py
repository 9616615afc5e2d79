"""The lines of an envelope from the address lines and its postal parts."""

from __future__ import annotations

from diaspora_desk.domain.postal import PostalParts, address_block


def test_full_address_in_envelope_order() -> None:
    block = address_block(
        "Lucía Ajanel",
        "1200 Van Ness Ave\n  Apt 4 ",
        PostalParts("93721", "Fresno", "CA", "US"),
        city="Clovis",
        country="MX",
    )
    assert block == ["Lucía Ajanel", "1200 Van Ness Ave", "Apt 4", "Fresno, CA 93721", "United States"]


def test_blank_parts_fall_back_to_where_the_person_lives() -> None:
    block = address_block("Ken", "1 Main St", PostalParts(), city="Los Angeles", country="US")
    assert block == ["Ken", "1 Main St", "Los Angeles", "United States"]


def test_a_town_already_in_the_lines_is_not_repeated() -> None:
    block = address_block("Ana", "5 Rue Haute\n75004 Paris", PostalParts(), city="Paris", country="FR")
    assert block == ["Ana", "5 Rue Haute", "75004 Paris", "France"]


def test_elsewhere_the_code_goes_before_the_town_and_the_region_below() -> None:
    block = address_block(
        "Hugo Pop",
        "Calle 5 #12",
        PostalParts("28013", "Madrid", "Comunidad de Madrid"),
        city="",
        country="ES",
    )
    assert block == ["Hugo Pop", "Calle 5 #12", "28013 Madrid", "Comunidad de Madrid", "Spain"]
