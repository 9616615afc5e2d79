"""Proposes mobile-consulate sites from where registered nationals live."""

from __future__ import annotations

from diaspora_desk.db.engine import Database
from diaspora_desk.domain.planning import Plan, PlanOptions
from diaspora_desk.services.clock import Clock


class VisitPlanner:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def plan(self, options: PlanOptions) -> Plan:
        raise NotImplementedError  # TODO(planner helper)
