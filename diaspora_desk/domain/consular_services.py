"""The consular services a mobile consulate can offer: names, documents to bring, equipment.

Pure data (seed 001 on Guatemala's mobile consulates; the Peruvian consular service areas).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from diaspora_desk.domain.labels import N_


class ConsularService(StrEnum):
    """Services a mobile consulate can offer (seed 001 on Guatemala's mobile consulates)."""

    PASSPORT_RENEWAL = "passport_renewal"
    CONSULAR_ID = "consular_id"
    BIRTH_REGISTRATION = "birth_registration"
    MARRIAGE_REGISTRATION = "marriage_registration"
    DEATH_REGISTRATION = "death_registration"
    NOTARIAL_ACT = "notarial_act"
    LEGAL_ASSISTANCE = "legal_assistance"
    VOTER_REGISTRATION = "voter_registration"
    REMITTANCE_INFORMATION = "remittance_information"
    SKILLS_REGISTRATION = "skills_registration"
    RETURN_INFORMATION = "return_information"


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    """What the catalogue says about a service: its name, what to bring, what to pack."""

    code: ConsularService
    title: str
    documents: tuple[str, ...]
    equipment: tuple[str, ...]
    default_capacity_per_hour: int


SERVICE_CATALOGUE: dict[ConsularService, ServiceInfo] = {
    info.code: info
    for info in (
        ServiceInfo(
            ConsularService.PASSPORT_RENEWAL,
            N_("Passport renewal"),
            (N_("Current or expired passport"), N_("National identity document"), N_("Fee in cash or card")),
            (N_("Biometric capture kit (camera, fingerprint reader, signature pad)"), N_("Passport forms")),
            4,
        ),
        ServiceInfo(
            ConsularService.CONSULAR_ID,
            N_("Consular identity card"),
            (N_("Passport or birth certificate"), N_("Proof of address in the host country"), N_("Fee")),
            (N_("Card printer and blank cards"), N_("Camera")),
            6,
        ),
        ServiceInfo(
            ConsularService.BIRTH_REGISTRATION,
            N_("Civil registry: birth"),
            (N_("Host-country birth certificate"), N_("Parents' passports or identity documents")),
            (N_("Civil registry books and forms"),),
            3,
        ),
        ServiceInfo(
            ConsularService.MARRIAGE_REGISTRATION,
            N_("Civil registry: marriage"),
            (N_("Host-country marriage certificate"), N_("Both spouses' passports or identity documents")),
            (N_("Civil registry books and forms"),),
            3,
        ),
        ServiceInfo(
            ConsularService.DEATH_REGISTRATION,
            N_("Civil registry: death"),
            (N_("Host-country death certificate"), N_("Passport or identity document of the deceased")),
            (N_("Civil registry books and forms"),),
            3,
        ),
        ServiceInfo(
            ConsularService.NOTARIAL_ACT,
            N_("Notarial act or power of attorney"),
            (
                N_("Passport or identity document"),
                N_("Details of the act"),
                N_("Witnesses' identity documents"),
            ),
            (N_("Consular seal and notarial register"),),
            3,
        ),
        ServiceInfo(
            ConsularService.LEGAL_ASSISTANCE,
            N_("Legal assistance and protection"),
            (N_("Any papers about the case (letters, notices, contracts)"),),
            (N_("Private interview space"), N_("List of local legal aid organisations")),
            2,
        ),
        ServiceInfo(
            ConsularService.VOTER_REGISTRATION,
            N_("Voter registration"),
            (N_("Passport or national identity document"),),
            (N_("Voter registration forms"),),
            10,
        ),
        ServiceInfo(
            ConsularService.REMITTANCE_INFORMATION,
            N_("Remittance and financial information"),
            (),
            (N_("Leaflets on transfer costs and savings products"),),
            10,
        ),
        ServiceInfo(
            ConsularService.SKILLS_REGISTRATION,
            N_("Skills inventory registration"),
            (N_("Diplomas and certificates"), N_("CV"), N_("Professional licences")),
            (N_("Laptop with Diaspora Desk"),),
            6,
        ),
        ServiceInfo(
            ConsularService.RETURN_INFORMATION,
            N_("Information on return and reintegration"),
            (),
            (N_("Return and reintegration leaflets"),),
            10,
        ),
    )
}

# Packed for every visit whatever the services.
BASE_EQUIPMENT = (
    N_("Laptops with the database copy (encrypted)"),
    N_("Printer, paper and toner"),
    N_("Receipt books and cash box"),
    N_("Signage and queue numbers"),
    N_("Power strips and extension cables"),
)


def default_equipment(services: tuple[ConsularService, ...]) -> tuple[str, ...]:
    """The checklist for a visit offering these services, without repeats, in a stable order."""
    items = list(BASE_EQUIPMENT)
    for service in services:
        for item in SERVICE_CATALOGUE[service].equipment:
            if item not in items:
                items.append(item)
    return tuple(items)
