"""The demo's partners, agreements (two ending within 90 days) and matching-fund projects,
made through the services. Organisation names are invented; contact people are generated
from the demo's word lists, never real people.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from diaspora_desk.domain.funding import FundingSource
from diaspora_desk.domain.partners import (
    AgreementDraft,
    AgreementKind,
    AgreementStatus,
    PartnerDraft,
    PartnerKind,
)
from diaspora_desk.domain.projects import (
    FundingLine,
    Milestone,
    ProjectDraft,
    ProjectProgramme,
    ProjectSector,
    ProjectStage,
)
from diaspora_desk.services.composition import Services
from diaspora_desk.services.demo.names import FAMILY, GIVEN

HOME, HOST = "home", "host"
# (name, kind, where, level, practices)
PARTNERS = (
    ("Banco Solidario del Pacífico", PartnerKind.BANK, HOME, "national", ("P.2.1", "A.3.3")),
    ("EnvíaFácil Transfers", PartnerKind.MONEY_TRANSFER, HOST, "international", ("P.6.2", "A.3.4")),
    ("Cooperativa de Ahorro Nueva Semilla", PartnerKind.MICROFINANCE, HOME, "local", ("A.3.8.1",)),
    ("Manos Unidas por el Migrante", PartnerKind.NGO, HOST, "local", ("P.7.2", "P.3.1")),
    ("Cámara de Comercio Binacional", PartnerKind.CHAMBER_OF_COMMERCE, HOST, "national", ("P.6", "A.3.8.4")),
    ("Sindicato de Trabajadores Agrícolas del Valle", PartnerKind.UNION, HOST, "local", ("P.7.2",)),
    ("Universidad Técnica del Altiplano", PartnerKind.UNIVERSITY, HOME, "national", ("A.5.2.1",)),
    ("Hospital Regional de Occidente", PartnerKind.HOSPITAL, HOME, "local", ("A.5.2.1",)),
    (
        "Regional Office for Migration Cooperation",
        PartnerKind.INTERNATIONAL_ORGANISATION,
        HOST,
        "international",
        ("A.2.1", "P.2.4"),
    ),
    ("Municipalidad de San Rafael", PartnerKind.HOME_AUTHORITY, HOME, "local", ("P.2.3", "A.4.2.2")),
    ("County Office of Immigrant Affairs", PartnerKind.HOST_AUTHORITY, HOST, "local", ("P.3.1",)),
    ("Empleo Justo Recruitment", PartnerKind.RECRUITMENT_AGENCY, HOME, "national", ("P.1.3", "A.5.1.4")),
    ("Radio Voz Latina", PartnerKind.MEDIA, HOST, "local", ("A.4.5.2",)),
    ("Parroquia Comunitaria del Barrio Norte", PartnerKind.RELIGIOUS_COMMUNITY, HOST, "local", ()),
)


@dataclass(frozen=True, slots=True)
class DemoPartners:
    partners: int
    agreements: int
    projects: int


def _known(services: Services, ids: tuple[str, ...]) -> tuple[str, ...]:
    catalogue = {p.id for p in services.practices.all()}
    return tuple(i for i in ids if i in catalogue)


def build_demo_partners(services: Services, *, seed: int = 1) -> DemoPartners:
    """Partners of every kind, agreements and projects with funding; the counts made."""
    rng = random.Random(seed * 7919 + 20)
    settings = services.settings.current()
    home = settings.origin_country or "GT"
    host = settings.consulate.country if settings.consulate else "US"
    registry = services.partners.registry
    partner_ids: list[int] = []
    for name, kind, where, level, practices in PARTNERS:
        record = registry.create(
            PartnerDraft(
                name=name,
                kind=kind.value,
                country=home if where == HOME else host,
                level=level,
                contact_person=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                emails=(f"contacto{len(partner_ids) + 1}@example.org",),
                practice_ids=_known(services, practices),
            )
        )
        partner_ids.append(record.id)
    choices = registry.association_choices()
    associations = [c.id for c in choices]
    if associations:
        registry.create(
            PartnerDraft(
                name=choices[0].name,
                kind=PartnerKind.DIASPORA_ASSOCIATION.value,
                country=host,
                association_id=associations[0],
                practice_ids=_known(services, ("A.4.3.3",)),
            )
        )
    agreements = _agreements(services, partner_ids)
    projects = _projects(services, partner_ids, associations, home, rng)
    return DemoPartners(len(PARTNERS) + (1 if associations else 0), agreements, projects)


def _agreements(services: Services, partners: list[int]) -> int:
    today = services.clock.today()
    days = dt.timedelta
    rows = (
        (
            "Remittance channel cooperation",
            AgreementKind.SERVICE,
            AgreementStatus.IN_FORCE,
            (0, 1),
            -700,
            45,
            ("P.2.1",),
        ),
        (
            "Twinning San Rafael and the county",
            AgreementKind.TWINNING,
            AgreementStatus.IN_FORCE,
            (9, 10),
            -400,
            80,
            ("A.4.2.2",),
        ),
        (
            "Health professionals' visits",
            AgreementKind.MOU,
            AgreementStatus.IN_FORCE,
            (7, 6),
            -200,
            500,
            ("A.5.2.1",),
        ),
        (
            "Fair recruitment of seasonal workers",
            AgreementKind.BILATERAL,
            AgreementStatus.NEGOTIATION,
            (11,),
            30,
            760,
            ("P.1.1",),
        ),
        ("Legal aid clinic", AgreementKind.MOU, AgreementStatus.EXPIRED, (3,), -900, -30, ("P.7.2",)),
        (
            "Radio information slots",
            AgreementKind.SERVICE,
            AgreementStatus.DRAFT,
            (12,),
            60,
            425,
            ("A.4.5.2",),
        ),
    )
    for title, kind, status, counterparts, start, end, practices in rows:
        signed = (
            today + days(start) if status in (AgreementStatus.IN_FORCE, AgreementStatus.EXPIRED) else None
        )
        services.partners.agreements.create(
            AgreementDraft(
                title=title,
                kind=kind,
                status=status,
                partner_ids=tuple(partners[i] for i in counterparts if i < len(partners)),
                signed_on=signed,
                starts_on=today + days(start),
                ends_on=today + days(end),
                document_path=f"agreements/{title.lower().replace(' ', '-')}.pdf" if signed else "",
                practice_ids=_known(services, practices),
            )
        )
    return len(rows)


def _money(*amounts: int, received: tuple[int, ...] = ()) -> tuple[FundingLine, ...]:
    return tuple(
        FundingLine(source, Decimal(amount), Decimal(received[i] if i < len(received) else 0))
        for i, (source, amount) in enumerate(zip(FundingSource, amounts, strict=False))
        if amount
    )


def _projects(
    services: Services, partners: list[int], associations: list[int], home: str, rng: random.Random
) -> int:
    today = services.clock.today()
    days = dt.timedelta
    three = ProjectProgramme.THREE_FOR_ONE
    rows = (
        (
            "Drinking water for El Rosario",
            three,
            ProjectSector.WATER_SANITATION,
            "El Rosario",
            ProjectStage.IMPLEMENTATION,
            "1:1:1:1",
            _money(250_000, 250_000, 250_000, 250_000, received=(250_000, 200_000, 125_000, 0)),
            (9,),
            1800,
            -150,
        ),
        (
            "Paving the road to Las Flores",
            three,
            ProjectSector.ROADS,
            "Las Flores",
            ProjectStage.MONITORING,
            "1:1:1:1",
            _money(300_000, 250_000, 300_000, 300_000, received=(300_000, 250_000, 300_000, 300_000)),
            (),
            950,
            -420,
        ),
        (
            "School classrooms in San Rafael",
            ProjectProgramme.UNITED_BY_SOLIDARITY,
            ProjectSector.EDUCATION,
            "San Rafael",
            ProjectStage.FEASIBILITY,
            "1:1:2",
            _money(40_000, 40_000, 80_000),
            (9,),
            420,
            -30,
        ),
        (
            "Health post equipment",
            ProjectProgramme.CO_DEVELOPMENT,
            ProjectSector.HEALTH,
            "Santa Cruz",
            ProjectStage.COMPLETED,
            "",
            _money(15_000, 0, 0, 30_000, 20_000, received=(15_000, 0, 0, 30_000, 20_000)),
            (7, 8),
            3000,
            -800,
        ),
        (
            "Coffee growers' cooperative",
            ProjectProgramme.CO_DEVELOPMENT,
            ProjectSector.PRODUCTIVE,
            "San Marcos",
            ProjectStage.IDENTIFICATION,
            "",
            _money(10_000, 0, 0, 0, 25_000),
            (2,),
            60,
            20,
        ),
    )
    for title, programme, sector, place, stage, rule, funding, partner_idx, people, start in rows:
        services.partners.projects.create(
            ProjectDraft(
                title=title,
                programme=programme,
                sector=sector,
                country=home,
                place=place,
                stage=stage,
                currency="USD",
                budget=sum((f.pledged for f in funding), Decimal(0)),
                matching_rule=rule,
                funding=funding,
                association_ids=tuple(rng.sample(associations, k=min(2, len(associations)))),
                partner_ids=tuple(partners[i] for i in partner_idx if i < len(partners)),
                milestones=(
                    Milestone(
                        "Technical file approved",
                        today + days(start),
                        today + days(start + 20) if start + 20 < 0 else None,
                    ),
                    Milestone("Works start", today + days(start + 60), None),
                    Milestone("Handover to the community", today + days(start + 240), None),
                ),
                beneficiaries=people,
                starts_on=today + days(start),
                ends_on=today + days(start + 365),
                practice_ids=_known(services, ("P.2.3", "A.4.3.4") if rule else ("A.4.3.4",)),
            )
        )
    return len(rows)
