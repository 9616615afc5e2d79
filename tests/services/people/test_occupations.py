"""Occupations: ESCO occupations found by the words typed, each with its ISCO-08 group."""

from __future__ import annotations

from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.occupations import sync_reference


def test_typed_words_find_occupations_with_their_isco_group(services: Services) -> None:
    occupations = services.people.occupations
    found = occupations.search("civil engin")
    assert found
    assert any(m.label == "civil engineer" and m.isco_code == "2142" for m in found)
    assert all(m.isco_label for m in found)
    assert occupations.search("   ") == []


def test_an_exact_name_resolves_whatever_its_case_and_accents(services: Services) -> None:
    occupations = services.people.occupations
    engineer = occupations.resolve("CIVIL ENGÍNEER")
    assert engineer is not None
    assert (engineer.label, engineer.isco_code) == ("civil engineer", "2142")
    assert occupations.resolve("dragon tamer") is None


def test_isco_groups_are_named_and_unit_groups_told_apart(services: Services) -> None:
    occupations = services.people.occupations
    assert occupations.isco_label("2221") == "Nursing professionals"
    assert occupations.isco_label("9999x") == "9999x"  # unknown codes are shown as they are
    assert occupations.is_isco_code("22")
    assert occupations.is_unit_group("2221")
    assert not occupations.is_unit_group("22")
    assert not occupations.is_isco_code("0000x")


def test_the_reference_data_is_loaded_only_when_its_files_change(services: Services) -> None:
    assert sync_reference(services.database) is False  # loaded when the database was opened
