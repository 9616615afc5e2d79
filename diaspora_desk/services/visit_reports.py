"""The data behind the visit PDFs: pre-visit briefing, visit report, appointment slip, day schedule."""

from __future__ import annotations

from diaspora_desk.db.engine import Database
from diaspora_desk.services.appointments import BookingService
from diaspora_desk.services.audit import AuditService
from diaspora_desk.services.clock import Clock
from diaspora_desk.services.settings import SettingsService
from diaspora_desk.services.visits import VisitService


class VisitReports:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        settings: SettingsService,
        visits: VisitService,
        bookings: BookingService,
        audit: AuditService,
    ) -> None:
        self._db = database
        self._clock = clock
        self._settings = settings
        self._visits = visits
        self._bookings = bookings
        self._audit = audit
