"""SMS reminders of appointments at a mobile consulate, in the person's preferred language.

Each language has a full wording (service, day, time, place, what to bring, who sends it) and a
short one; `compose_reminder` can keep a reminder to one segment: it drops what to bring, then
the sender, then uses the short wording and GSM-7 letters (á -> a), and shortens the place last.
Languages without a wording here get the consulate's fallback language (English when it has no
wording either), and the result says which language was used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diaspora_desk.domain.consular_services import ConsularService
from diaspora_desk.domain.sms import SmsLength, sms_length, to_gsm_alphabet

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class ReminderWording:
    full: str
    """Fields: {service}, {day}, {time}, {place}."""
    short: str
    bring: str
    """Field: {documents}."""
    services: dict[ConsularService, str]
    documents: dict[ConsularService, str]
    date_format: str


S = ConsularService

WORDINGS: dict[str, ReminderWording] = {
    "en": ReminderWording(
        full="Reminder: {service} at the mobile consulate on {day} at {time}, {place}.",
        short="Consulate appt: {service} {day} {time}, {place}.",
        bring="Bring: {documents}.",
        services={
            S.PASSPORT_RENEWAL: "passport renewal",
            S.CONSULAR_ID: "consular ID card",
            S.BIRTH_REGISTRATION: "birth registration",
            S.MARRIAGE_REGISTRATION: "marriage registration",
            S.DEATH_REGISTRATION: "death registration",
            S.NOTARIAL_ACT: "notarial act",
            S.LEGAL_ASSISTANCE: "legal assistance",
            S.VOTER_REGISTRATION: "voter registration",
            S.REMITTANCE_INFORMATION: "remittance information",
            S.SKILLS_REGISTRATION: "skills registration",
            S.RETURN_INFORMATION: "return information",
        },
        documents={
            S.PASSPORT_RENEWAL: "current or expired passport, national ID, fee",
            S.CONSULAR_ID: "passport or birth certificate, proof of address, fee",
            S.BIRTH_REGISTRATION: "birth certificate, parents' passports or IDs",
            S.MARRIAGE_REGISTRATION: "marriage certificate, both spouses' passports or IDs",
            S.DEATH_REGISTRATION: "death certificate, passport or ID of the deceased",
            S.NOTARIAL_ACT: "passport or ID, details of the act, witnesses' IDs",
            S.LEGAL_ASSISTANCE: "any papers about the case",
            S.VOTER_REGISTRATION: "passport or national ID",
            S.SKILLS_REGISTRATION: "diplomas, CV, licences",
        },
        date_format="",
    ),
    "es": ReminderWording(
        full="Recordatorio: {service} en el consulado móvil el {day} a las {time}, {place}.",
        short="Cita consular: {service} {day} {time}, {place}.",
        bring="Traiga: {documents}.",
        services={
            S.PASSPORT_RENEWAL: "renovación de pasaporte",
            S.CONSULAR_ID: "tarjeta de identificación consular",
            S.BIRTH_REGISTRATION: "inscripción de nacimiento",
            S.MARRIAGE_REGISTRATION: "inscripción de matrimonio",
            S.DEATH_REGISTRATION: "inscripción de defunción",
            S.NOTARIAL_ACT: "acto notarial",
            S.LEGAL_ASSISTANCE: "asistencia legal",
            S.VOTER_REGISTRATION: "empadronamiento electoral",
            S.REMITTANCE_INFORMATION: "información sobre remesas",
            S.SKILLS_REGISTRATION: "registro de habilidades",
            S.RETURN_INFORMATION: "información sobre retorno",
        },
        documents={
            S.PASSPORT_RENEWAL: "pasaporte vigente o vencido, documento de identidad, pago",
            S.CONSULAR_ID: "pasaporte o partida de nacimiento, comprobante de domicilio, pago",
            S.BIRTH_REGISTRATION: "acta de nacimiento, pasaportes o documentos de los padres",
            S.MARRIAGE_REGISTRATION: "acta de matrimonio, pasaportes o documentos de ambos",
            S.DEATH_REGISTRATION: "acta de defunción, pasaporte o documento del fallecido",
            S.NOTARIAL_ACT: "pasaporte o documento, datos del acto, documentos de los testigos",
            S.LEGAL_ASSISTANCE: "los papeles del caso",
            S.VOTER_REGISTRATION: "pasaporte o documento de identidad",
            S.SKILLS_REGISTRATION: "diplomas, currículum, licencias",
        },
        date_format="%d/%m/%Y",
    ),
    "fr": ReminderWording(
        full="Rappel : {service} au consulat mobile le {day} à {time}, {place}.",
        short="RDV consulaire : {service} {day} {time}, {place}.",
        bring="Apportez : {documents}.",
        services={
            S.PASSPORT_RENEWAL: "renouvellement de passeport",
            S.CONSULAR_ID: "carte consulaire",
            S.BIRTH_REGISTRATION: "transcription de naissance",
            S.MARRIAGE_REGISTRATION: "transcription de mariage",
            S.DEATH_REGISTRATION: "transcription de décès",
            S.NOTARIAL_ACT: "acte notarié",
            S.LEGAL_ASSISTANCE: "assistance juridique",
            S.VOTER_REGISTRATION: "inscription électorale",
            S.REMITTANCE_INFORMATION: "information sur les transferts",
            S.SKILLS_REGISTRATION: "inscription des compétences",
            S.RETURN_INFORMATION: "information sur le retour",
        },
        documents={
            S.PASSPORT_RENEWAL: "passeport valide ou expiré, pièce d'identité, frais",
            S.CONSULAR_ID: "passeport ou acte de naissance, justificatif de domicile, frais",
            S.BIRTH_REGISTRATION: "acte de naissance, passeports ou pièces des parents",
            S.MARRIAGE_REGISTRATION: "acte de mariage, passeports ou pièces des époux",
            S.DEATH_REGISTRATION: "acte de décès, passeport ou pièce du défunt",
            S.NOTARIAL_ACT: "passeport ou pièce d'identité, détail de l'acte, pièces des témoins",
            S.LEGAL_ASSISTANCE: "les papiers de l'affaire",
            S.VOTER_REGISTRATION: "passeport ou pièce d'identité",
            S.SKILLS_REGISTRATION: "diplômes, CV, licences",
        },
        date_format="%d/%m/%Y",
    ),
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Reminder:
    text: str
    language: str
    """The language the text is in (the person's, or English when there is no wording for it)."""
    length: SmsLength


def reminder_language(preferred: str, fallback: str = DEFAULT_LANGUAGE) -> str:
    """The person's language if there is a wording in it, else the consulate's ``fallback``
    (if there is one in it), else English."""
    code = (preferred or "").strip().lower().split("-")[0].split("_")[0]
    if code in WORDINGS:
        return code
    return fallback if fallback in WORDINGS else DEFAULT_LANGUAGE


def compose_reminder(
    service: ConsularService,
    day: dt.date,
    time: dt.time,
    places: tuple[str, ...],
    sender: str,
    preferred_language: str,
    *,
    one_segment: bool = False,
    fallback: str = DEFAULT_LANGUAGE,
) -> Reminder:
    """The reminder in the person's language; with `one_segment`, shortened to one SMS segment.

    `places` runs from the fullest description of the place (venue, address, town) to the
    shortest (the town); shortening drops what to bring and the sender first, then uses the
    short wording in GSM-7 letters with ever shorter places. If even the shortest does not fit
    (a very long town name in a script GSM-7 lacks), the shortest is returned with its length.
    """
    language = reminder_language(preferred_language, fallback)
    wording = WORDINGS[language]
    fields = {"service": wording.services[service], "day": _day(day, wording), "time": f"{time:%H:%M}"}
    documents = wording.documents.get(service)
    bring = " " + wording.bring.format(documents=documents) if documents else ""
    signed = " " + sender if sender else ""
    full = wording.full.format(place=places[0], **fields)
    candidates = [full + bring + signed]
    if one_segment:
        candidates += [full + signed, full, to_gsm_alphabet(full)]
        candidates += [to_gsm_alphabet(wording.short.format(place=place, **fields)) for place in places]
    for text in candidates:
        length = sms_length(text)
        if length.segments <= 1:
            break
    return Reminder(text, language, length)


def _day(day: dt.date, wording: ReminderWording) -> str:
    if wording is WORDINGS["en"]:
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"  # no locale-dependent names
    return day.strftime(wording.date_format)
