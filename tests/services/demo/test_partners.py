"""The demo's partners, agreements ending soon, and projects with funding."""

from __future__ import annotations

from diaspora_desk.domain.partners import PartnerKind
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.associations import build_demo
from diaspora_desk.services.demo.partners import build_demo_partners


def test_the_demo_has_partners_agreements_and_matching_fund_projects(services: Services) -> None:
    build_demo(services, associations=10, seed=3)
    made = build_demo_partners(services, seed=3)
    partners = services.partners
    assert made.partners == partners.registry.count() >= 15
    kinds = {p.kind for p in partners.registry.page(0, 100)}
    assert PartnerKind.DIASPORA_ASSOCIATION in kinds
    assert PartnerKind.BANK in kinds
    assert len(partners.agreements.expiring()) == 2
    projects = partners.projects.all()
    assert len(projects) == made.projects
    checks = [p.matching() for p in projects if p.matching_rule]
    assert {c.met for c in checks if c is not None} == {True, False}  # one of each to look at
    assert all(p.pledged > 0 and p.milestones and p.association_ids for p in projects)
