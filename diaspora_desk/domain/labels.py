"""English display labels for the code lists.

Labels are marked with :func:`N_` so translation tools can extract them; they are
translated where they are shown (``tr`` in the UI, :func:`diaspora_desk.i18n.gettext`
in reports).
"""

from __future__ import annotations

from diaspora_desk.domain.enums import AssociationType, FocusArea, InteractionKind


def N_(text: str) -> str:
    """Mark a string for translation without translating it yet."""
    return text


ASSOCIATION_TYPE_LABELS: dict[AssociationType, str] = {
    AssociationType.HOMETOWN: N_("Hometown association"),
    AssociationType.PROFESSIONAL: N_("Professional association"),
    AssociationType.BUSINESS: N_("Business association"),
    AssociationType.STUDENT_YOUTH: N_("Student or youth group"),
    AssociationType.COMMUNITY: N_("Community organisation"),
    AssociationType.CULTURAL_RELIGIOUS: N_("Cultural or religious group"),
    AssociationType.WOMEN: N_("Women's association"),
    AssociationType.WORKERS: N_("Workers' association"),
    AssociationType.UMBRELLA: N_("Umbrella organisation"),
    AssociationType.OTHER: N_("Other"),
}

FOCUS_AREA_LABELS: dict[FocusArea, str] = {
    FocusArea.HEALTH: N_("Health"),
    FocusArea.EDUCATION: N_("Education"),
    FocusArea.ENGINEERING: N_("Engineering"),
    FocusArea.AGRICULTURE: N_("Agriculture"),
    FocusArea.FINANCE: N_("Finance"),
    FocusArea.ICT: N_("ICT"),
    FocusArea.TRADE_INVESTMENT: N_("Trade and investment"),
    FocusArea.CULTURE: N_("Culture"),
    FocusArea.HUMANITARIAN: N_("Humanitarian"),
    FocusArea.LEGAL_RIGHTS: N_("Legal rights"),
    FocusArea.OTHER: N_("Other"),
}

INTERACTION_KIND_LABELS: dict[InteractionKind, str] = {
    InteractionKind.MEETING: N_("Meeting"),
    InteractionKind.CALL: N_("Call"),
    InteractionKind.EVENT: N_("Event"),
    InteractionKind.VISIT: N_("Visit"),
    InteractionKind.LETTER: N_("Letter"),
}
