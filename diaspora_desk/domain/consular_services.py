"""The consular services a mobile consulate can offer: names, documents to bring, equipment.

Pure data (seed 001 on Guatemala's mobile consulates; the Peruvian consular service areas).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
            "Passport renewal",
            ("Current or expired passport", "National identity document", "Fee in cash or card"),
            ("Biometric capture kit (camera, fingerprint reader, signature pad)", "Passport forms"),
            4,
        ),
        ServiceInfo(
            ConsularService.CONSULAR_ID,
            "Consular identity card",
            ("Passport or birth certificate", "Proof of address in the host country", "Fee"),
            ("Card printer and blank cards", "Camera"),
            6,
        ),
        ServiceInfo(
            ConsularService.BIRTH_REGISTRATION,
            "Civil registry: birth",
            ("Host-country birth certificate", "Parents' passports or identity documents"),
            ("Civil registry books and forms",),
            3,
        ),
        ServiceInfo(
            ConsularService.MARRIAGE_REGISTRATION,
            "Civil registry: marriage",
            ("Host-country marriage certificate", "Both spouses' passports or identity documents"),
            ("Civil registry books and forms",),
            3,
        ),
        ServiceInfo(
            ConsularService.DEATH_REGISTRATION,
            "Civil registry: death",
            ("Host-country death certificate", "Passport or identity document of the deceased"),
            ("Civil registry books and forms",),
            3,
        ),
        ServiceInfo(
            ConsularService.NOTARIAL_ACT,
            "Notarial act or power of attorney",
            ("Passport or identity document", "Details of the act", "Witnesses' identity documents"),
            ("Consular seal and notarial register",),
            3,
        ),
        ServiceInfo(
            ConsularService.LEGAL_ASSISTANCE,
            "Legal assistance and protection",
            ("Any papers about the case (letters, notices, contracts)",),
            ("Private interview space", "List of local legal aid organisations"),
            2,
        ),
        ServiceInfo(
            ConsularService.VOTER_REGISTRATION,
            "Voter registration",
            ("Passport or national identity document",),
            ("Voter registration forms",),
            10,
        ),
        ServiceInfo(
            ConsularService.REMITTANCE_INFORMATION,
            "Remittance and financial information",
            (),
            ("Leaflets on transfer costs and savings products",),
            10,
        ),
        ServiceInfo(
            ConsularService.SKILLS_REGISTRATION,
            "Skills inventory registration",
            ("Diplomas and certificates", "CV", "Professional licences"),
            ("Laptop with Diaspora Desk",),
            6,
        ),
        ServiceInfo(
            ConsularService.RETURN_INFORMATION,
            "Information on return and reintegration",
            (),
            ("Return and reintegration leaflets",),
            10,
        ),
    )
}

# Packed for every visit whatever the services.
BASE_EQUIPMENT = (
    "Laptops with the database copy (encrypted)",
    "Printer, paper and toner",
    "Receipt books and cash box",
    "Signage and queue numbers",
    "Power strips and extension cables",
)


def default_equipment(services: tuple[ConsularService, ...]) -> tuple[str, ...]:
    """The checklist for a visit offering these services, without repeats, in a stable order."""
    items = list(BASE_EQUIPMENT)
    for service in services:
        for item in SERVICE_CATALOGUE[service].equipment:
            if item not in items:
                items.append(item)
    return tuple(items)
