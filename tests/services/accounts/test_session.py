"""Who is signed in: grants checked in the services for every role, the audit's officer name,
and the rule that a database without accounts runs as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from diaspora_desk.db.models import AuditEvent
from diaspora_desk.domain.accounts import Grant, PermissionDenied, Role, allowed
from diaspora_desk.domain.audit_query import AuditQuery
from diaspora_desk.domain.enums import ConsentPurpose
from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.common.settings import SetupDraft
from diaspora_desk.services.composition import Services
from tests.services.accounts.people_scene import PASSWORD, Scene, add_accounts, build_scene

Act = Callable[[Services, Scene, Path], object]

SETTINGS = SetupDraft(
    origin_country="GT",
    officer_name="Test Officer",
    consulate_name="Test Consulate",
    consulate_country="US",
    consulate_city="Fresno",
    jurisdiction=("US-CA",),
)

# One service call per grant; each writes `out` when it exports a file.
ACTIONS: dict[Grant, Act] = {
    Grant.EDIT_RECORDS: lambda s, c, out: s.people.registry.create(
        PersonDraft(given_name="Nueva", family_name="Persona", country="US")
    ),
    Grant.LEGAL_STATUS: lambda s, c, out: s.people.consent.legal_status(c.person_id, "check"),
    Grant.EXPORT_PEOPLE: lambda s, c, out: s.people.exporter.export_file(out.with_suffix(".csv")),
    Grant.EXPORT_ASSOCIATIONS: lambda s, c, out: s.associations.transfer.export_file(out.with_suffix(".csv")),
    Grant.EXPORT_DELIVERIES: lambda s, c, out: s.visits.calendars.appointments_ics(
        c.visit_id, out.with_suffix(".ics")
    ),
    Grant.EXPORT_AUDIT: lambda s, c, out: s.trust.trail.export_csv(AuditQuery(), out.with_suffix(".csv")),
    Grant.EXPORT_MATCHES: lambda s, c, out: s.people.matching.match_for_output(c.need_id),
    Grant.PERSONAL_REPORTS: lambda s, c, out: s.people.reports.shortlist(c.need_id),
    Grant.MERGE: lambda s, c, out: s.people.duplicates.merge(c.person_id, c.other_id),
    Grant.ERASE: lambda s, c, out: s.trust.erasure.erase(c.other_id, "asked by the person"),
    Grant.CONSENT_OVERRIDE: lambda s, c, out: s.people.consent.set_consent(
        c.person_id, ConsentPurpose.CAMPAIGNS, True, how="form"
    ),
    Grant.SETTINGS: lambda s, c, out: s.settings.save(SETTINGS),
    Grant.ACCOUNTS: lambda s, c, out: s.accounts.registry.create(
        "newcomer", "New Comer", Role.OFFICER, PASSWORD
    ),
    Grant.BACKUPS: lambda s, c, out: s.trust.backups.back_up(out.with_suffix(".backup")),
}  # fmt: skip


def _audit_rows(services: Services) -> int:
    with services.database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_every_grant_has_an_action_here() -> None:
    assert set(ACTIONS) == set(Grant)


@pytest.mark.parametrize("grant", list(Grant), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_each_role_may_do_what_it_is_granted_and_nothing_else(
    services: Services, tmp_path: Path, role: Role, grant: Grant
) -> None:
    scene = build_scene(services)
    add_accounts(services)
    services.accounts.session.sign_in(role.value, PASSWORD)
    out = tmp_path / "exports" / "out"
    out.parent.mkdir()
    before = _audit_rows(services)
    if allowed(role, grant):
        ACTIONS[grant](services, scene, out)
        assert _audit_rows(services) > before
    else:
        with pytest.raises(PermissionDenied, match="may not"):
            ACTIONS[grant](services, scene, out)
        assert _audit_rows(services) == before  # nothing written, not even the audit
        assert list(out.parent.iterdir()) == []  # nothing exported


def test_the_grant_table_separates_the_roles() -> None:
    assert not any(allowed(Role.VIEWER, g) for g in Grant)
    assert not allowed(Role.OFFICER, Grant.LEGAL_STATUS)
    assert allowed(Role.SUPERVISOR, Grant.ERASE)
    assert not allowed(Role.SUPERVISOR, Grant.ACCOUNTS)
    assert all(allowed(Role.ADMINISTRATOR, g) for g in Grant)


def test_without_accounts_everything_runs_as_before_under_the_settings_name(
    services: Services, tmp_path: Path
) -> None:
    scene = build_scene(services)
    assert not services.accounts.session.accounts_exist()
    services.people.exporter.export_file(tmp_path / "people.csv", include_sensitive=True)
    assert services.trust.trail.page(AuditQuery(), 0, 1)[0].officer == "Test Officer"
    assert services.people.consent.legal_status(scene.person_id, "check") == ""


def test_once_an_administrator_exists_nobody_signed_in_is_refused(services: Services, tmp_path: Path) -> None:
    add_accounts(services)
    services.accounts.session.sign_out()
    with pytest.raises(PermissionDenied, match="Sign in first"):
        services.people.exporter.export_file(tmp_path / "people.csv")
    assert not (tmp_path / "people.csv").exists()


def test_the_audit_row_names_the_signed_in_officer(services: Services, tmp_path: Path) -> None:
    scene = build_scene(services)
    add_accounts(services)
    services.accounts.session.sign_in("supervisor", PASSWORD)
    services.people.consent.legal_status(scene.person_id, "check")
    services.people.exporter.export_file(tmp_path / "people.csv")
    officers = {e.officer for e in services.trust.trail.page(AuditQuery(), 0, 2)}
    assert officers == {"Supervisor Test"}


def test_a_role_changed_by_an_administrator_counts_at_once(services: Services, tmp_path: Path) -> None:
    add_accounts(services)
    session = services.accounts.session
    session.sign_in("supervisor", PASSWORD)
    supervisor = session.account
    assert supervisor is not None
    session.sign_in("administrator", PASSWORD)
    services.accounts.registry.change_role(supervisor.id, Role.VIEWER)
    session.sign_in("supervisor", PASSWORD)
    with pytest.raises(PermissionDenied, match="Viewer"):
        services.people.exporter.export_file(tmp_path / "people.csv")


def test_a_viewer_may_look_but_not_change_archive_or_edit_records(services: Services) -> None:
    scene = build_scene(services)
    add_accounts(services)
    services.accounts.session.sign_in("viewer", PASSWORD)
    before = _audit_rows(services)
    person = services.people.registry.get(scene.person_id)  # looking is allowed
    with pytest.raises(PermissionDenied, match="may not create, edit, archive or import"):
        services.people.registry.set_archived(scene.person_id, True)
    with pytest.raises(PermissionDenied, match="Viewer"):
        services.people.registry.update(scene.person_id, PersonDraft(given_name="Changed", country="US"))
    assert services.people.registry.get(scene.person_id) == person  # the whole transaction rolled back
    assert _audit_rows(services) == before
    services.accounts.session.sign_in("officer", PASSWORD)
    assert services.people.registry.set_archived(scene.person_id, True).archived_at is not None
