"""Exporting people: the legal status only when asked, every export audited."""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.domain.people import PersonDraft
from diaspora_desk.services.composition import Services


def test_export_leaves_out_legal_status_unless_asked_and_is_audited(
    services: Services, tmp_path: Path
) -> None:
    person = services.people.registry.create(
        PersonDraft(given_name="Tomás", family_name="Batz", country="US")
    )
    services.people.consent.set_legal_status(person.id, "undocumented")
    plain, full = tmp_path / "plain.csv", tmp_path / "full.csv"
    services.people.exporter.export_file(plain)
    services.people.exporter.export_file(full, include_sensitive=True)
    assert "undocumented" not in plain.read_text(encoding="utf-8-sig")
    assert "legal_status" not in plain.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "undocumented" in full.read_text(encoding="utf-8-sig")
    exports = [e for e in services.audit.recent() if e.action == "export"]
    assert len(exports) == 2
    assert '"include_sensitive": true' in (exports[0].after or "")
