"""The duplicate review queue a page at a time: only pending rows, sorted in SQL."""

from __future__ import annotations

import csv
from pathlib import Path

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.domain.queries import ReviewQuery, ReviewSort
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_rows import COLUMNS


def test_pending_rows_page_and_sort_and_decided_rows_leave(services: Services, tmp_path: Path) -> None:
    rows = []
    for n, given in enumerate(("Zoila", "Ana", "Marta")):
        phone = f"+1 559 555 01{n:02}"
        services.people.registry.create(
            PersonDraft(
                given_name=given,
                family_name="Tun",
                country="US",
                phones=(phone,),
                birth_year=str(1980 + n),
                city="Fresno",
            )
        )
        rows.append({"given_name": f"Other{n}", "family_name": "Person", "country": "US", "phone": phone})
    source = tmp_path / "again.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    services.people.importer.import_file(source)
    queue = services.people.review_queue
    assert queue.count(ReviewQuery()) == 3
    oldest_first = queue.page(ReviewQuery(), 0, 10)
    assert [i.candidate_name for i in oldest_first] == ["Zoila Tun", "Ana Tun", "Marta Tun"]
    assert oldest_first[0].cells["given_name"] == "Other0"
    assert [i.candidate_details for i in oldest_first] == ["1980, Fresno", "1981, Fresno", "1982, Fresno"]
    by_candidate = queue.page(ReviewQuery(sort=ReviewSort.CANDIDATE, descending=True), 1, 2)
    assert [i.candidate_name for i in by_candidate] == ["Marta Tun", "Ana Tun"]
    services.people.duplicates.resolve(oldest_first[0].id, "dismissed")
    assert queue.count(ReviewQuery()) == 2
    assert [i.candidate_name for i in queue.page(ReviewQuery(), 0, 10)] == ["Ana Tun", "Marta Tun"]
