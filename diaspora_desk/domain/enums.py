"""Code lists used by associations and their activities."""

from __future__ import annotations

from enum import StrEnum


class AssociationType(StrEnum):
    HOMETOWN = "hometown"
    PROFESSIONAL = "professional"
    BUSINESS = "business"
    STUDENT_YOUTH = "student_youth"
    COMMUNITY = "community"
    CULTURAL_RELIGIOUS = "cultural_religious"
    WOMEN = "women"
    WORKERS = "workers"
    UMBRELLA = "umbrella"
    OTHER = "other"


class FocusArea(StrEnum):
    HEALTH = "health"
    EDUCATION = "education"
    ENGINEERING = "engineering"
    AGRICULTURE = "agriculture"
    FINANCE = "finance"
    ICT = "ict"
    TRADE_INVESTMENT = "trade_investment"
    CULTURE = "culture"
    HUMANITARIAN = "humanitarian"
    LEGAL_RIGHTS = "legal_rights"
    OTHER = "other"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EVENT = "event"
    VISIT = "visit"
    LETTER = "letter"


class ActivityKind(StrEnum):
    """Kinds of activity that can be tagged with practices; grows with later features."""

    INTERACTION = "interaction"
    PLACEMENT = "placement"
    MOBILE_VISIT = "mobile_visit"
    CAMPAIGN = "campaign"
    OUTREACH_EVENT = "outreach_event"
    PARTNER = "partner"
    AGREEMENT = "agreement"
    PROJECT = "project"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    EXPORT = "export"
    IMPORT = "import"
    SETTINGS = "settings"
    VIEW_SENSITIVE = "view_sensitive"
    CONSENT = "consent"
    MERGE = "merge"
    BACKUP = "backup"
    RESTORE_BACKUP = "restore_backup"
    ERASE = "erase"
    ANONYMISE = "anonymise"
    VIEW_AUDIT = "view_audit"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"


class ConsentPurpose(StrEnum):
    CONSULAR_CONTACT = "consular_contact"
    SKILLS_INVENTORY = "skills_inventory"
    CAMPAIGNS = "campaigns"
    SHARING_FOR_MATCHING = "sharing_for_matching"
