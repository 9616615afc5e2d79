"""The practices catalogue: well-formed, cited, in our own words, loaded idempotently."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from diaspora_desk.db.models import Practice
from diaspora_desk.domain.association import AssociationDraft
from diaspora_desk.services.associations.interactions import InteractionDraft
from diaspora_desk.services.composition import Services
from diaspora_desk.services.practices.catalogue import (
    CATALOGUE_FILE,
    ActivityQuery,
    load_catalogue,
    sync_catalogue,
)
from tests.conftest import SHARED

SEEDS = SHARED / "seeds"
SOURCES = (
    "000_7759161f77a4250e.txt",
    "001_f469910f4dd50a5f.txt",
    "002_4b1c9504a0c9a2cb.txt",
    "003_cd93d2eb399feba7.txt",
    "004_600b6db2a761b172.txt",
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


def test_catalogue_is_a_well_formed_tree() -> None:
    entries = load_catalogue()
    ids = [str(e["id"]) for e in entries]
    assert len(ids) == len(set(ids))
    seen: set[str] = set()
    for entry in entries:
        parent = entry["parent"]
        if parent is None:
            assert "." not in str(entry["id"])
        else:
            assert parent in seen, f"{entry['id']} comes before its parent"
            assert str(entry["id"]).rsplit(".", 1)[0] == parent
        seen.add(str(entry["id"]))
        assert entry["title"]
        assert entry["description"]
    roots = {str(e["id"]) for e in entries if e["parent"] is None}
    assert {"A", "IOM"} <= roots
    appendix_sections = {i for i in ids if re.fullmatch(r"A\.[1-5]", i)}
    assert appendix_sections == {"A.1", "A.2", "A.3", "A.4", "A.5"}


def test_every_source_is_cited_and_every_citation_is_in_range() -> None:
    entries = load_catalogue()
    files = {e["source"]["file"] for e in entries}  # type: ignore[index]
    assert files == set(SOURCES)
    if not SEEDS.exists():
        pytest.skip("shared/seeds is not beside the checkout")
    lengths = {name: len((SEEDS / name).read_text(encoding="utf-8").splitlines()) for name in SOURCES}
    for entry in entries:
        source = entry["source"]
        first, last = source["lines"]  # type: ignore[index]
        assert 1 <= first <= last <= lengths[source["file"]], entry["id"]  # type: ignore[index]


def test_descriptions_are_paraphrased_not_copied() -> None:
    if not SEEDS.exists():
        pytest.skip("shared/seeds is not beside the checkout")
    shingles: set[tuple[str, ...]] = set()
    for name in SOURCES:
        words = _words((SEEDS / name).read_text(encoding="utf-8"))
        shingles.update(tuple(words[i : i + 6]) for i in range(len(words) - 5))
    copied = []
    for entry in load_catalogue():
        words = _words(f"{entry['title']} {entry['description']}")
        if any(tuple(words[i : i + 6]) in shingles for i in range(len(words) - 5)):
            copied.append(entry["id"])
    assert copied == []


def test_catalogue_loads_once_and_reloads_idempotently(services: Services, tmp_path: Path) -> None:
    with services.database.unit_of_work() as uow:
        count = uow.session.scalar(select(func.count()).select_from(Practice))
    assert count == len(load_catalogue())
    assert sync_catalogue(services.database) is False
    changed = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    changed["practices"][1]["title"] = "Renamed in a later catalogue"
    copy = tmp_path / "catalogue.json"
    copy.write_text(json.dumps(changed), encoding="utf-8")
    assert sync_catalogue(services.database, copy) is True
    with services.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Practice)) == count
        renamed = uow.session.get(Practice, changed["practices"][1]["id"])
        assert renamed is not None
        assert renamed.title == "Renamed in a later catalogue"


def test_tree_counts_activities_up_to_the_roots(services: Services) -> None:
    association = services.associations.registry.create(AssociationDraft(name="Club Uno", country="US"))
    leaf = next(p for p in services.practices.all() if p.id.count(".") >= 2)
    services.associations.interactions.add(
        association.id,
        InteractionDraft(
            occurred_on=services.clock.today(),
            kind="meeting",
            officer="",
            summary="Forum",
            practice_ids=(leaf.id,),
        ),
    )
    roots = {node.id: node for node in services.practices.tree()}
    assert roots[leaf.id.split(".")[0]].activity_count == 1
    query = ActivityQuery(practice_id=leaf.id)
    assert services.practices.activity_count(query) == 1
    activities = services.practices.activity_page(query, 0, 10)
    assert [(a.association_name, a.summary) for a in activities] == [("Club Uno", "Forum")]


def test_a_practice_cites_its_source_by_title_not_by_file_name(services: Services) -> None:
    nodes = services.practices.tree()
    leaf = nodes[0]
    while leaf.children:
        leaf = leaf.children[0]
    assert leaf.source_title
    assert leaf.source_reference.startswith(leaf.source_title)
    assert ".txt" not in leaf.source_reference
    assert "workshop" in leaf.source_reference.lower()  # the 2005 IOM workshop papers
