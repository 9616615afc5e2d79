"""A database with one account per role and something for every granted action to act on."""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk.domain.accounts import Role
from diaspora_desk.domain.people import Cefr
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.needs import NeedDraft
from tests.services.people.skilled import nurse
from tests.services.visits.making import make_visit

PASSWORD = "correct horse battery"


@dataclass(frozen=True, slots=True)
class Scene:
    person_id: int
    other_id: int
    need_id: int
    visit_id: int


def add_accounts(services: Services) -> None:
    """administrator (the first account, so the creator acts as it), then one account per other role."""
    registry = services.accounts.registry
    registry.create("administrator", "Ana Administradora", Role.ADMINISTRATOR, PASSWORD)
    for role in (Role.VIEWER, Role.OFFICER, Role.SUPERVISOR):
        registry.create(role.value, f"{role.value.title()} Test", role, PASSWORD)


def build_scene(services: Services) -> Scene:
    person = nurse(services, "Rosa", consent=True)
    other = nurse(services, "Rosa", consent=True)
    need = services.people.needs.create(
        NeedDraft(
            institution="School",
            title="Nurse trainers",
            isco_codes=("2221",),
            mode="on_site_temporary",
            min_isced=6,
            languages=(("es", Cefr.B2),),
        )
    )
    return Scene(person, other, need.id, make_visit(services).id)
