"""The mobile consulates feature: consulates, mobile visits, appointments, the site planner.

`Visits` groups its use cases; each returns frozen records from `domain/`, never ORM rows:
- `consulates`: consulates and their jurisdictions (`ConsulateRecord`).
- `registry`: create, change, close and cancel visits; their results (`VisitRecord`).
- `bookings`: slots, appointments, walk-ins and outcomes, capacity and double booking checked
  inside the write (`Slot`, `AppointmentRecord`).
- `planner`: proposed mobile-consulate sites from where nationals live (`Plan`).
- `lists`: pages of the long lists (visits, a visit's appointments and follow-ups), sorted and
  filtered in SQL (`VisitSummary`, `AppointmentRow`, `FollowUp`).
- `reports`: data of the briefing, visit report, day schedule and appointment slip, each read in
  one transaction.
- `calendars`: iCalendar files of visits and appointments, in the town's time zone
  (`CalendarWritten`).
- `reminders`: the SMS-reminder CSV of a visit's booked, consenting people (`RemindersWritten`).
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.visits.bookings import BookingService
from diaspora_desk.services.visits.calendars import VisitCalendars
from diaspora_desk.services.visits.consulates import ConsulateService
from diaspora_desk.services.visits.lists import VisitLists
from diaspora_desk.services.visits.planner import VisitPlanner
from diaspora_desk.services.visits.registry import VisitService
from diaspora_desk.services.visits.reminders import VisitReminders
from diaspora_desk.services.visits.reports import VisitReports


@dataclass(frozen=True, slots=True)
class Visits:
    consulates: ConsulateService
    registry: VisitService
    bookings: BookingService
    planner: VisitPlanner
    reports: VisitReports
    calendars: VisitCalendars
    reminders: VisitReminders
    lists: VisitLists
