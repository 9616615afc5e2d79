"""The recommended-practices catalogue and the activities tagged with each practice."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression

from diaspora_desk.db.engine import Database
from diaspora_desk.db.models import Association, Interaction, Practice, PracticeLink
from diaspora_desk.domain.enums import ActivityKind, InteractionKind
from diaspora_desk.domain.errors import ValidationError, msg
from diaspora_desk.domain.records import InteractionRecord, PracticeNode
from diaspora_desk.paths import RESOURCES_DIR
from diaspora_desk.services.common.settings import read_setting, write_setting

CATALOGUE_FILE = RESOURCES_DIR / "practices" / "catalogue.json"
CATALOGUE_HASH_KEY = "practices_catalogue_sha256"


@dataclass(frozen=True, slots=True)
class PracticeSummary:
    id: str
    title: str


class ActivitySort(StrEnum):
    DATE = "date"
    ASSOCIATION = "association"
    KIND = "kind"
    OFFICER = "officer"


@dataclass(frozen=True, slots=True)
class ActivityQuery:
    """The activities tagged with one practice; most recent first unless asked otherwise."""

    practice_id: str = ""
    sort: ActivitySort = ActivitySort.DATE
    descending: bool = True


def _activity_order(query: ActivityQuery) -> list[UnaryExpression[Any]]:
    """The sort column, then the most recent first; the id keeps equal dates in a stable order."""
    columns = {
        ActivitySort.DATE: Interaction.occurred_on,
        ActivitySort.ASSOCIATION: Association.name_key,
        ActivitySort.KIND: Interaction.kind,
        ActivitySort.OFFICER: func.lower(Interaction.officer),
    }
    column = columns[query.sort]
    order: list[UnaryExpression[Any]] = [column.desc() if query.descending else column.asc()]
    if query.sort is not ActivitySort.DATE:
        order.append(Interaction.occurred_on.desc())
    order.append(Interaction.id.desc() if query.descending else Interaction.id.asc())
    return order


@cache
def source_titles(path: Path | None = None) -> dict[str, str]:
    """The catalogue's source documents: file name -> title (without the closing full stop)."""
    data = json.loads((path or CATALOGUE_FILE).read_text(encoding="utf-8"))
    return {name: str(title).rstrip(".") for name, title in data.get("sources", {}).items()}


def source_title(file_name: str) -> str:
    return source_titles().get(file_name, file_name)


def load_catalogue(path: Path | None = None) -> list[dict[str, object]]:
    data = json.loads((path or CATALOGUE_FILE).read_text(encoding="utf-8"))
    practices: list[dict[str, object]] = data["practices"]
    return practices


def sync_catalogue(database: Database, path: Path | None = None) -> bool:
    """Load the shipped catalogue into the database when it changed; True if it did.

    Idempotent: entries are upserted by their stable id, so links stay valid.
    """
    path = path or CATALOGUE_FILE
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    with database.unit_of_work() as uow:
        if read_setting(uow.session, CATALOGUE_HASH_KEY) == digest:
            return False
    entries = load_catalogue(path)
    with database.unit_of_work(write=True) as uow:
        session = uow.session
        existing = {p.id: p for p in session.scalars(select(Practice))}
        for position, entry in enumerate(entries):
            source = entry["source"]
            assert isinstance(source, dict)
            lines = source["lines"]
            practice = existing.get(str(entry["id"])) or Practice(id=str(entry["id"]))
            practice.parent_id = str(entry["parent"]) if entry.get("parent") else None
            practice.position = position
            practice.title = str(entry["title"])
            practice.description = str(entry["description"])
            practice.source_file = str(source["file"])
            practice.source_section = str(source["section"])
            practice.source_line_first, practice.source_line_last = int(lines[0]), int(lines[1])
            session.add(practice)
        # Parents before children so the self-referencing foreign key holds.
        session.flush()
        write_setting(session, CATALOGUE_HASH_KEY, digest)
        uow.commit()
    return True


def set_links(session: Session, kind: ActivityKind, activity_id: int, practice_ids: tuple[str, ...]) -> None:
    """Replace the practices an activity is tagged with."""
    known = set(session.scalars(select(Practice.id).where(Practice.id.in_(practice_ids))))
    unknown = sorted(set(practice_ids) - known)
    if unknown:
        raise ValidationError({"practices": msg("unknown practice ids: {items}", items=", ".join(unknown))})
    current = session.scalars(
        select(PracticeLink).where(
            PracticeLink.activity_kind == kind.value, PracticeLink.activity_id == activity_id
        )
    )
    for link in current:
        session.delete(link)
    session.flush()
    for practice_id in dict.fromkeys(practice_ids):
        session.add(PracticeLink(practice_id=practice_id, activity_kind=kind.value, activity_id=activity_id))


def links_for(session: Session, kind: ActivityKind, activity_ids: list[int]) -> dict[int, tuple[str, ...]]:
    result: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(PracticeLink.activity_id, PracticeLink.practice_id)
        .join(Practice, Practice.id == PracticeLink.practice_id)
        .where(PracticeLink.activity_kind == kind.value, PracticeLink.activity_id.in_(activity_ids))
        .order_by(Practice.position)
    )
    for activity_id, practice_id in rows:
        result[activity_id].append(practice_id)
    return {key: tuple(value) for key, value in result.items()}


class PracticeService:
    """Browse the catalogue and see what the consulate has done under each practice."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def tree(self) -> list[PracticeNode]:
        """Root practices with their descendants; counts include descendants' activities."""
        with self._db.unit_of_work() as uow:
            practices = list(uow.session.scalars(select(Practice).order_by(Practice.position)))
            counts: dict[str, int] = {
                practice_id: int(n)
                for practice_id, n in uow.session.execute(
                    select(PracticeLink.practice_id, func.count()).group_by(PracticeLink.practice_id)
                )
            }
            children: dict[str | None, list[Practice]] = defaultdict(list)
            for practice in practices:
                children[practice.parent_id].append(practice)

            def build(practice: Practice) -> PracticeNode:
                kids = tuple(build(child) for child in children[practice.id])
                return PracticeNode(
                    id=practice.id,
                    title=practice.title,
                    description=practice.description,
                    source_file=practice.source_file,
                    source_section=practice.source_section,
                    source_lines=(practice.source_line_first, practice.source_line_last),
                    activity_count=counts.get(practice.id, 0) + sum(k.activity_count for k in kids),
                    children=kids,
                    source_title=source_title(practice.source_file),
                )

            return [build(root) for root in children[None]]

    def all(self) -> list[PracticeSummary]:
        """Every practice in display order (for pickers)."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(select(Practice.id, Practice.title).order_by(Practice.position))
            return [PracticeSummary(id=i, title=t) for i, t in rows]

    def activity_count(self, query: ActivityQuery) -> int:
        """How many activities are tagged with the practice itself."""
        with self._db.unit_of_work() as uow:
            statement = (
                select(func.count())
                .select_from(PracticeLink)
                .where(
                    PracticeLink.practice_id == query.practice_id,
                    PracticeLink.activity_kind == ActivityKind.INTERACTION.value,
                )
            )
            return int(uow.session.scalar(statement) or 0)

    def activity_page(self, query: ActivityQuery, offset: int, limit: int) -> list[InteractionRecord]:
        """`limit` activities tagged with the practice itself from `offset`, sorted in SQL."""
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(
                select(Interaction, Association.name)
                .join(Association, Association.id == Interaction.association_id)
                .join(
                    PracticeLink,
                    (PracticeLink.activity_id == Interaction.id)
                    & (PracticeLink.activity_kind == ActivityKind.INTERACTION.value),
                )
                .where(PracticeLink.practice_id == query.practice_id)
                .order_by(*_activity_order(query))
                .offset(offset)
                .limit(limit)
            ).all()
            links = links_for(uow.session, ActivityKind.INTERACTION, [i.id for i, _ in rows])
            return [
                InteractionRecord(
                    id=i.id,
                    association_id=i.association_id,
                    association_name=name,
                    occurred_on=i.occurred_on,
                    kind=InteractionKind(i.kind),
                    officer=i.officer,
                    summary=i.summary,
                    practice_ids=links.get(i.id, ()),
                )
                for i, name in rows
            ]
