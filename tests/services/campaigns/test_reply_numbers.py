"""Which person sent a reply: the number read in the people's countries, never guessed between two."""

from __future__ import annotations

from diaspora_desk.services.campaigns.reply_file import ReplyRow
from diaspora_desk.services.campaigns.reply_numbers import match_numbers
from diaspora_desk.services.composition import Services
from tests.services.campaigns.cast import Cast, make_person


def _match(services: Services, phones: list[str], countries: tuple[str, ...] = ()) -> dict[str, int]:
    rows = [ReplyRow(number, phone, "1", None) for number, phone in enumerate(phones, start=2)]
    with services.database.unit_of_work() as uow:
        matched = match_numbers(uow.session, rows, countries)
    return {row.phone: matched[row.row_number] for row in rows if row.row_number in matched}


def test_numbers_are_read_as_the_gateway_writes_them(services: Services, cast: Cast) -> None:
    found = _match(
        services,
        ["+1 559 555 0101", "12135550102", "(559) 555-0101", "00526641234567"],
    )
    assert found == {
        "+1 559 555 0101": cast.ana,
        "12135550102": cast.ken,  # the gateway dropped the +
        "(559) 555-0101": cast.ana,  # national form, read in the United States
        "00526641234567": cast.mia,
    }


def test_a_national_number_counts_only_in_the_countries_asked(services: Services, cast: Cast) -> None:
    assert _match(services, ["664 123 4567"], ("MX",)) == {"664 123 4567": cast.mia}
    assert _match(services, ["664 123 4567"], ("US",)) == {}


def test_a_number_two_people_share_or_nobody_has_stays_unmatched(services: Services, cast: Cast) -> None:
    make_person(services, "Eva", city="Fresno", phones=("+1 559 555 0101",))  # Ana's number too
    assert _match(services, ["+15595550101", "+15595559999", "", "hola"]) == {}
