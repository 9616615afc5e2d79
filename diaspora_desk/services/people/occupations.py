"""ISCO-08 groups and ESCO occupations: load the shipped files, look occupations up by name."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.db.people_models import EscoOccupation, IscoGroup
from diaspora_desk.domain.text import fold
from diaspora_desk.paths import RESOURCES_DIR
from diaspora_desk.services.common.settings import read_setting, write_setting

ISCO_FILE = RESOURCES_DIR / "reference" / "isco08_groups.csv"
ESCO_FILE = RESOURCES_DIR / "reference" / "esco_occupations.csv"
HASH_KEY = "occupations_reference_sha256"
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class OccupationMatch:
    """An ESCO occupation found by name, with its ISCO-08 unit group."""

    label: str
    isco_code: str
    isco_label: str
    matched: str


def sync_reference(database: Database, isco: Path | None = None, esco: Path | None = None) -> bool:
    """Load ISCO groups and ESCO occupations when the shipped files changed; True if loaded."""
    isco_bytes = (isco or ISCO_FILE).read_bytes()
    esco_bytes = (esco or ESCO_FILE).read_bytes()
    digest = hashlib.sha256(isco_bytes + b"\0" + esco_bytes).hexdigest()
    with database.unit_of_work() as uow:
        if read_setting(uow.session, HASH_KEY) == digest:
            return False
    groups = list(csv.DictReader(io.StringIO(isco_bytes.decode("utf-8"))))
    occupations = list(csv.DictReader(io.StringIO(esco_bytes.decode("utf-8"))))
    with database.unit_of_work(write=True) as uow:
        session = uow.session
        # Upsert: people's occupations refer to the groups, so rows are never deleted.
        statement = sqlite_insert(IscoGroup).values(
            [{"code": g["code"], "level": int(g["level"]), "label": g["label"]} for g in groups]
        )
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["code"],
                set_={"level": statement.excluded.level, "label": statement.excluded.label},
            )
        )
        session.execute(delete(EscoOccupation))
        session.execute(
            insert(EscoOccupation),
            [
                {
                    "uri": o["esco_uri"],
                    "isco_code": o["isco_code"],
                    "label": o["label"],
                    "alt_labels": o["alt_labels"].replace("|", " | "),
                }
                for o in occupations
            ],
        )
        write_setting(session, HASH_KEY, digest)
        uow.commit()
    return True


class OccupationService:
    """Find an occupation by typing any of its names; read the ISCO-08 hierarchy."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._labels: dict[str, str] | None = None
        self._by_name: dict[str, OccupationMatch] | None = None

    def isco_labels(self) -> dict[str, str]:
        """Every ISCO-08 group code (1 to 4 digits) with its label."""
        if self._labels is None:
            with self._db.unit_of_work() as uow:
                return self.isco_labels_in(uow.session)
        return self._labels

    def isco_labels_in(self, session: Session) -> dict[str, str]:
        """``isco_labels`` read in the caller's transaction when not yet loaded."""
        if self._labels is None:
            rows = session.execute(select(IscoGroup.code, IscoGroup.label))
            self._labels = {code: label for code, label in rows}
        return self._labels

    def isco_label(self, code: str) -> str:
        return self.isco_labels().get(code, code)

    def is_isco_code(self, code: str) -> bool:
        return code in self.isco_labels()

    def is_unit_group(self, code: str) -> bool:
        return len(code) == 4 and code in self.isco_labels()

    def search(self, typed: str, limit: int = 20) -> list[OccupationMatch]:
        """Occupations whose label or alternative label has every typed word as a prefix."""
        tokens = _TOKEN.findall(fold(typed))
        if not tokens:
            return []
        match = " ".join(f'"{t}"*' for t in tokens[:8])
        with self._db.unit_of_work() as uow:
            rows = uow.session.execute(
                text(
                    "SELECT o.label, o.isco_code, g.label, o.alt_labels FROM esco_fts "
                    "JOIN esco_occupation o ON o.id = esco_fts.rowid "
                    "JOIN isco_group g ON g.code = o.isco_code "
                    "WHERE esco_fts MATCH :match "
                    "ORDER BY bm25(esco_fts, 5.0, 1.0), length(o.label) LIMIT :limit"
                ),
                {"match": match, "limit": limit},
            ).all()
        results = []
        wanted = fold(typed)
        for label, code, isco_label, alt_labels in rows:
            matched = label
            if wanted not in fold(label):
                matched = next((a for a in alt_labels.split(" | ") if wanted in fold(a)), label)
            results.append(
                OccupationMatch(label=label, isco_code=code, isco_label=isco_label, matched=matched)
            )
        return results

    def resolve(self, typed: str) -> OccupationMatch | None:
        """The occupation whose label or an alternative label equals ``typed`` (any case/accents)."""
        return self._names().get(fold(typed))

    def _names(self) -> dict[str, OccupationMatch]:
        if self._by_name is None:
            with self._db.unit_of_work() as uow:
                rows = uow.session.execute(
                    select(EscoOccupation.label, EscoOccupation.isco_code, EscoOccupation.alt_labels)
                ).all()
            labels = self.isco_labels()
            by_name: dict[str, OccupationMatch] = {}
            for label, code, _alt in rows:
                by_name.setdefault(fold(label), OccupationMatch(label, code, labels.get(code, code), label))
            # Preferred labels win over alternative ones ("nurse" is not someone's alias first).
            for label, code, alt_labels in rows:
                for alt in alt_labels.split(" | "):
                    if alt:
                        by_name.setdefault(
                            fold(alt), OccupationMatch(label, code, labels.get(code, code), alt)
                        )
            self._by_name = by_name
        return self._by_name
