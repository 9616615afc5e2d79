"""A person's postal address beyond the street lines: postal code, locality, region, country.

The street lines stay in the person's `address` text; these parts follow them on an envelope.
When they are blank, the host city and country stand in, so an address typed as one block of
text before the parts existed still prints whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.domain.geography import country_name

TOWN_REGION_CODE = frozenset({"US", "CA", "AU"})
"""Countries whose post writes "Town, REGION CODE" on one line; elsewhere "CODE Town", then
the region on a line of its own (most of Europe and Latin America)."""


@dataclass(frozen=True, slots=True)
class PostalParts:
    postal_code: str = ""
    locality: str = ""
    region: str = ""
    country: str = ""
    """ISO 3166 alpha-2, or "" for the host country."""


def address_block(name: str, lines: str, parts: PostalParts, *, city: str, country: str) -> list[str]:
    """The lines of an envelope: name, street lines, "code locality", region, country name.

    ``city`` and ``country`` (where the person lives) fill a blank locality and country; the
    locality is left out when the street lines already name it.
    """
    block = [name.strip(), *(line.strip() for line in lines.splitlines())]
    locality = parts.locality or city
    written = " ".join(block[1:]).casefold()
    if locality and locality.casefold() in written:
        locality = ""
    code = parts.country or country
    if code in TOWN_REGION_CODE:
        town = " ".join(
            p for p in (", ".join(p for p in (locality, parts.region) if p), parts.postal_code) if p
        )
        block.append(town)
    else:
        block += [" ".join(p for p in (parts.postal_code, locality) if p), parts.region]
    if code:
        block.append(country_name(code))
    return [line for line in block if line]
