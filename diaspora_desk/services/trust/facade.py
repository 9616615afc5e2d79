"""Trust: the audit trail read back, backups, erasure and retention.

`Trust` groups its use cases; each returns frozen records, never ORM rows:
- `trail`: the audit trail paged and counted in SQL with filters (officer, action, record,
  period) as `AuditRecord`s, and its CSV export (audited before the file is written).
- `backups`: verified, private, rotating backups of the open database, the automatic one, and
  whether the last is overdue (`Backup`, `BackupStatus`).
- `erasure`: erase or anonymise a person with a reason (a second officer's name when the
  policy asks for it), then scan the file for what was erased (`Erased`); the retention rule
  (people archived more than N years ago) listed and applied on request.
Restoring a backup replaces the open file, so it is done with the database closed:
`services.common.maintenance.restore_backup` (``diaspora-desk db restore``).
"""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.services.common.audit_trail import AuditTrail
from diaspora_desk.services.common.backups import BackupService
from diaspora_desk.services.trust.erasure import ErasureService


@dataclass(frozen=True, slots=True)
class Trust:
    trail: AuditTrail
    backups: BackupService
    erasure: ErasureService
