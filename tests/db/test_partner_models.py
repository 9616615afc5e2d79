"""The partner tables keep their parts with their owner and refuse dangling links."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from diaspora_desk.db.partner_models import Project, ProjectFunding, ProjectMilestone, ProjectPartner
from diaspora_desk.services.composition import Services


def _project(services: Services) -> int:
    with services.database.unit_of_work(write=True) as uow:
        project = Project(
            title="Water", programme="3x1", sector="other", country="MX", stage="feasibility", currency="MXN"
        )
        uow.session.add(project)
        uow.session.flush()
        uow.session.add(
            ProjectFunding(project_id=project.id, source="association", pledged_cents=100, received_cents=0)
        )
        uow.session.add(ProjectMilestone(project_id=project.id, position=0, title="Works"))
        uow.commit()
        return project.id


def test_deleting_a_project_takes_its_funding_and_milestones(services: Services) -> None:
    project_id = _project(services)
    with services.database.unit_of_work(write=True) as uow:
        uow.session.delete(uow.session.get(Project, project_id))
        uow.commit()
    with services.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ProjectFunding)) == 0
        assert uow.session.scalar(select(func.count()).select_from(ProjectMilestone)) == 0


def test_a_project_cannot_name_a_partner_that_does_not_exist(services: Services) -> None:
    project_id = _project(services)
    with services.database.unit_of_work(write=True) as uow:
        uow.session.add(ProjectPartner(project_id=project_id, partner_id=999))
        with pytest.raises(IntegrityError):
            uow.session.flush()


def test_one_funding_line_per_source(services: Services) -> None:
    project_id = _project(services)
    with services.database.unit_of_work(write=True) as uow:
        uow.session.add(
            ProjectFunding(project_id=project_id, source="association", pledged_cents=5, received_cents=0)
        )
        with pytest.raises(IntegrityError):
            uow.session.flush()
