"""English labels of the states records go through (audit actions, placements, appointments).

Reports and the UI show these, never the stored values (`view_sensitive`, `on_assignment`).
Kept apart from `labels.py`, which the modules defining these states themselves import.
"""

from __future__ import annotations

from diaspora_desk.domain.campaigns import CampaignStatus
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.labels import N_
from diaspora_desk.domain.matching import NeedMode, PlacementStatus
from diaspora_desk.domain.people import Channel, Sex
from diaspora_desk.domain.visits import AppointmentStatus, VisitStatus

AUDIT_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: N_("Created"),
    AuditAction.UPDATE: N_("Changed"),
    AuditAction.ARCHIVE: N_("Archived"),
    AuditAction.RESTORE: N_("Restored"),
    AuditAction.EXPORT: N_("Exported"),
    AuditAction.IMPORT: N_("Imported"),
    AuditAction.SETTINGS: N_("Settings changed"),
    AuditAction.VIEW_SENSITIVE: N_("Legal status viewed"),
    AuditAction.CONSENT: N_("Consent recorded"),
    AuditAction.MERGE: N_("Merged"),
    AuditAction.BACKUP: N_("Backed up"),
    AuditAction.RESTORE_BACKUP: N_("Restored from a backup"),
    AuditAction.ERASE: N_("Erased"),
    AuditAction.ANONYMISE: N_("Anonymised"),
    AuditAction.VIEW_AUDIT: N_("Audit trail exported"),
    AuditAction.SIGN_IN: N_("Signed in"),
    AuditAction.SIGN_IN_FAILED: N_("Wrong password"),
}

PLACEMENT_STATUS_LABELS: dict[PlacementStatus, str] = {
    PlacementStatus.PROPOSED: N_("Proposed"),
    PlacementStatus.CONTACTED: N_("Contacted"),
    PlacementStatus.ACCEPTED: N_("Accepted"),
    PlacementStatus.ON_ASSIGNMENT: N_("On assignment"),
    PlacementStatus.COMPLETED: N_("Completed"),
    PlacementStatus.DECLINED: N_("Declined"),
}

APPOINTMENT_STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: N_("Booked"),
    AppointmentStatus.SERVED: N_("Served"),
    AppointmentStatus.NO_SHOW: N_("No-show"),
    AppointmentStatus.CANCELLED: N_("Cancelled"),
}

VISIT_STATUS_LABELS: dict[VisitStatus, str] = {
    VisitStatus.PLANNED: N_("Planned"),
    VisitStatus.CONFIRMED: N_("Confirmed"),
    VisitStatus.DONE: N_("Done"),
    VisitStatus.CANCELLED: N_("Cancelled"),
}


def audit_action_label(action: str) -> str:
    """The label of an audit action as stored (an unknown one as it is, never an error)."""
    try:
        return AUDIT_ACTION_LABELS[AuditAction(action)]
    except ValueError:
        return action


CONSENT_PURPOSE_LABELS: dict[ConsentPurpose, str] = {
    ConsentPurpose.CONSULAR_CONTACT: N_("Consular contact"),
    ConsentPurpose.SKILLS_INVENTORY: N_("Skills inventory"),
    ConsentPurpose.CAMPAIGNS: N_("Campaigns and polls"),
    ConsentPurpose.SHARING_FOR_MATCHING: N_("Sharing the profile with home institutions for matching"),
}

SEX_LABELS: dict[Sex, str] = {Sex.FEMALE: N_("Female"), Sex.MALE: N_("Male"), Sex.OTHER: N_("Other")}

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.SMS: N_("Text message"),
    Channel.EMAIL: N_("E-mail"),
    Channel.PHONE: N_("Phone call"),
    Channel.MESSAGING: N_("Messaging app"),
    Channel.POST: N_("Post"),
}

NEED_MODE_LABELS: dict[NeedMode, str] = {
    NeedMode.ON_SITE_TEMPORARY: N_("On site, temporary"),
    NeedMode.VIRTUAL: N_("Virtual (from abroad)"),
    NeedMode.PERMANENT_RETURN: N_("Permanent return"),
}

NEED_STATUS_LABELS: dict[str, str] = {"open": N_("Open"), "filled": N_("Filled"), "closed": N_("Closed")}


def need_status_label(status: str) -> str:
    """The label of a need's status as stored (an unknown one as it is)."""
    return NEED_STATUS_LABELS.get(status, status)


CAMPAIGN_STATUS_LABELS: dict[CampaignStatus, str] = {
    CampaignStatus.DRAFT: N_("Draft"),
    CampaignStatus.SCHEDULED: N_("Scheduled"),
    CampaignStatus.RUNNING: N_("Running"),
    CampaignStatus.DONE: N_("Done"),
    CampaignStatus.CANCELLED: N_("Cancelled"),
}
