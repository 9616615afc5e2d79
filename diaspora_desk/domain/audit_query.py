"""What the audit viewer and ``audit list`` ask for: filters over the trail, validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diaspora_desk.domain.enums import AuditAction
from diaspora_desk.domain.errors import ValidationError, msg

PAGE_SIZE = 200
EXPORT_COLUMNS = (
    "id",
    "at",
    "officer",
    "action",
    "record_type",
    "record_id",
    "before",
    "after",
    "chain_hash",
)


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Filters over the audit trail (empty: any). ``start``/``end`` are days, both included."""

    officer: str = ""
    action: str = ""
    entity_type: str = ""
    entity_id: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    def checked(self) -> AuditQuery:
        """The query itself, or a ValidationError naming the filter that cannot hold."""
        errors: dict[str, str] = {}
        if self.action and self.action not in {a.value for a in AuditAction}:
            errors["action"] = msg("'{action}' is not an audit action", action=self.action)
        if self.start and self.end and self.start > self.end:
            errors["end"] = msg("the period ends before it starts")
        if errors:
            raise ValidationError(errors)
        return self
