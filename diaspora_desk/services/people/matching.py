"""Rank consenting nationals abroad against a need, with a per-criterion explanation."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from diaspora_desk.db.engine import Database
from diaspora_desk.domain.accounts import Grant
from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.matching import Features, NeedSpec, Scorer
from diaspora_desk.domain.people import ReturnIntention
from diaspora_desk.domain.people_records import Candidate, Criterion, Shortlist
from diaspora_desk.services.accounts.session import require
from diaspora_desk.services.common.audit import record_event
from diaspora_desk.services.common.settings import OFFICER_NAME, read_setting
from diaspora_desk.services.people.needs import NeedRecord, load_need, need_record

# Occupation points of a candidate found only at each wider level (see domain.matching).
LEVELS = ((None, None), (3, 100 - 40 + 28), (2, 100 - 40 + 16))


def _ranges(codes: tuple[str, ...], width: int | None = 2) -> tuple[str, dict[str, str]]:
    """SQL over person_occupation.isco_code: the need's groups cut to ``width`` digits, as index ranges."""
    prefixes = sorted({code[:width] if width else code for code in codes})
    clauses, params = [], {}
    for i, prefix in enumerate(prefixes):
        clauses.append(f"(o.isco_code >= :lo{i} AND o.isco_code < :hi{i})")
        params[f"lo{i}"] = prefix
        params[f"hi{i}"] = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return "(" + " OR ".join(clauses) + ")", params


def _candidates_sql(spec: NeedSpec, *, consent: bool, width: int | None = 2) -> tuple[str, dict[str, Any]]:
    where, ranges = _ranges(spec.isco_codes, width)
    params: dict[str, Any] = {**ranges, "consent": 1 if consent else 0}
    language_columns = "".join(
        ", (SELECT l.level FROM person_language l"
        f" WHERE l.person_id = c.pid AND l.language = :lang{i}) AS lang{i}"
        for i, _ in enumerate(spec.languages)
    )
    for i, (code, _level) in enumerate(spec.languages):
        params[f"lang{i}"] = code
    params["earliest"] = (spec.earliest or dt.date.min).isoformat()
    params["latest"] = (spec.latest or dt.date(9999, 12, 31)).isoformat()
    # One pass over the groups' people reads consent too: the people who did not consent are
    # counted from it (last column) instead of reading every person's row a second time.
    # Both read from indexes only (years in the occupation index, consent in the partial index of
    # active people); CROSS JOIN keeps the groups' index outermost.
    sql = f"""
        WITH grouped AS MATERIALIZED (
            SELECT o.person_id AS pid, p.consent_sharing AS shared,
                group_concat(o.isco_code) AS codes, max(o.years_experience) AS years
            FROM person_occupation o INDEXED BY ix_person_occupation_isco
                CROSS JOIN person p INDEXED BY ix_person_active_sharing ON p.id = o.person_id
            WHERE {where} AND p.archived_at IS NULL AND p.merged_into_id IS NULL
            GROUP BY o.person_id
        ),
        cand AS (SELECT pid, codes, years FROM grouped WHERE shared = :consent)
        SELECT c.pid, c.codes, c.years, p.return_intention, p.given_name, p.family_name, p.country, p.city,
            (SELECT max(q.isced_level) FROM qualification q WHERE q.person_id = c.pid) AS isced,
            (SELECT max(julianday(min(coalesce(a.ends_on, :latest), :latest))
                        - julianday(max(a.starts_on, :earliest)) + 1)
               FROM availability a WHERE a.person_id = c.pid) AS overlap
            {language_columns},
            (SELECT count(*) FROM grouped WHERE shared <> :consent) AS others
        FROM cand c JOIN person p ON p.id = c.pid
    """
    return sql, params


class MatchingService:
    """Shortlists only people who consented to sharing their profile for matching."""

    def __init__(self, database: Database, officer: Callable[[], str] | None = None) -> None:
        self._db = database
        self._officer = officer

    def match(self, need_id: int, top: int = 20) -> Shortlist:
        """The ``top`` best consenting candidates, best first, each with its explanation.

        Candidates are sought in the need's own groups first, then widened to the minor and
        sub-major groups only while someone found there could still enter the top list (a
        candidate matched only at a wider level can score at most the bound in LEVELS).
        """
        with self._db.unit_of_work() as uow:
            need = need_record(uow.session, load_need(uow.session, need_id))
            return shortlist_for(uow.session, need, top)

    def match_for_output(self, need_id: int, top: int = 20, *, output: str = "text") -> Shortlist:
        """``match`` for output that leaves the app (the CLI's table or JSON): read and audited in
        one transaction, committed before the caller prints it."""
        if self._officer is not None:
            require(self._officer, Grant.EXPORT_MATCHES)
        with self._db.unit_of_work(write=True) as uow:
            need = need_record(uow.session, load_need(uow.session, need_id))
            shortlist = shortlist_for(uow.session, need, top)
            officer = self._officer() if self._officer is not None else ""
            audit_shortlist(uow.session, need_id, output, len(shortlist.candidates), officer)
            uow.commit()
        return shortlist


def audit_shortlist(session: Session, need_id: int, output: str, people: int, officer: str = "") -> None:
    """The audit event of a shortlist that leaves the app (names of people in a file or output)."""
    record_event(
        session,
        officer=officer or read_setting(session, OFFICER_NAME),
        action=AuditAction.EXPORT,
        entity_type="need",
        entity_id=need_id,
        after={"export": "shortlist", "format": output, "people": people},
    )


# Each distinct feature set's score and explanation.
_Scores = dict[tuple[Any, ...], tuple[float, tuple[Criterion, ...]]]
# (-score, name, person id, country, city, feature key): sorts best first, then by name and id.
_Ranked = tuple[float, str, int, str, str, tuple[Any, ...]]


def shortlist_for(session: Session, need: NeedRecord, top: int = 20) -> Shortlist:
    """``MatchingService.match`` inside the caller's transaction."""
    spec = need.spec
    scorer = Scorer(spec)
    found: dict[int, _Ranked] = {}
    # Thousands of candidates share a few hundred distinct feature sets: score each set once.
    scored: _Scores = {}
    without: int | None = None
    ranked: list[_Ranked] = []
    for index, (width, _bound) in enumerate(LEVELS):
        sql, params = _candidates_sql(spec, consent=True, width=width)
        for row in session.execute(text(sql), params):
            if width is None:
                without = int(row[-1])
            pid = int(row[0])
            if pid not in found:
                found[pid] = _rank(scorer, row, scored)
        # Only the top list becomes candidates; the others stay plain tuples.
        ranked = heapq.nsmallest(top, found.values())
        following = LEVELS[index + 1][1] if index + 1 < len(LEVELS) else None
        if following is None or (len(ranked) >= top and -ranked[top - 1][0] > following):
            break
    if without is None:  # nobody in the need's own groups consented
        without = _count_without_consent(session, spec)
    candidates = tuple(
        Candidate(pid, name, country, city, -negative, scored[key][1])
        for negative, name, pid, country, city, key in ranked
    )
    return Shortlist(need_id=need.id, candidates=candidates, without_consent=without)


def _rank(scorer: Scorer, row: Any, scored: _Scores) -> _Ranked:
    pid, codes, years, intention, given, family, country, city, isced, overlap, *levels, _others = row
    days = None if overlap is None else max(0, int(overlap))
    key = (codes, years, isced, days, intention, *levels)
    result = scored.get(key)
    if result is None:
        asked = scorer.spec.languages
        features = Features(
            isco_codes=tuple(str(codes).split(",")),
            years_experience=years,
            max_isced=isced,
            language_levels={code: lvl for (code, _), lvl in zip(asked, levels, strict=True) if lvl},
            available_days=days,
            return_intention=ReturnIntention(intention),
        )
        result = scored[key] = scorer(features)
    name = f"{given} {family}" if given and family else given or family or ""
    return (-result[0], name, int(pid), country, city or "", key)


def _count_without_consent(session: Session, spec: NeedSpec) -> int:
    """People in the need's own groups who have not consented to sharing."""
    where, params = _ranges(spec.isco_codes, None)
    sql = f"""
        SELECT count(DISTINCT o.person_id) FROM person_occupation o JOIN person p ON p.id = o.person_id
        WHERE {where} AND p.consent_sharing = 0 AND p.archived_at IS NULL AND p.merged_into_id IS NULL
    """
    return int(session.execute(text(sql), params).scalar_one())
