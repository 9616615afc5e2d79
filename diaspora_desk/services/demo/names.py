"""The word lists the demo draws on: names of people and of associations, interaction summaries.

Generated and invented, never real people or groups.
"""

from __future__ import annotations

from diaspora_desk.domain.enums import AssociationType, InteractionKind

GIVEN = (
    "Ana",
    "José",
    "María",
    "Luis",
    "Érica",
    "Óscar",
    "Lucía",
    "Andrés",
    "Sofía",
    "Tomás",
    "Brenda",
    "Wálter",
    "Yesenia",
    "Ixchel",
    "Kevin",
    "Mónica",
    "Héctor",
    "Ingrid",
    "Byron",
    "Zoila",
)

FAMILY = (
    "García",
    "López",
    "Pérez",
    "Xicará",
    "Cojtí",
    "Méndez",
    "Ordóñez",
    "Tzoc",
    "Batz",
    "Cúmez",
    "Herrera",
    "Ajanel",
    "Morales",
    "Chávez",
    "Us",
    "Quiché",
    "Sián",
    "Velásquez",
    "Yax",
    "Coyoy",
)

NAME_PATTERNS: dict[AssociationType, tuple[str, ...]] = {
    AssociationType.HOMETOWN: (
        "Asociación de {home} en {city}",
        "Hijos de {home} en {city}",
        "Comité Pro-Mejoramiento de {home}",
    ),
    AssociationType.PROFESSIONAL: (
        "Red de Profesionales Guatemaltecos de {city}",
        "Colegio de Ingenieros Guatemaltecos en {city}",
        "Médicos y Enfermeras Chapines de {city}",
    ),
    AssociationType.BUSINESS: (
        "Cámara de Comercio Guatemalteco-Americana de {city}",
        "Empresarios de {home} en {city}",
    ),
    AssociationType.STUDENT_YOUTH: (
        "Estudiantes Guatemaltecos de {city}",
        "Juventud Maya de {city}",
    ),
    AssociationType.COMMUNITY: (
        "Centro Comunitario Guatemalteco de {city}",
        "Casa de {home} en {city}",
    ),
    AssociationType.CULTURAL_RELIGIOUS: (
        "Hermandad de {home} en {city}",
        "Grupo de Marimba {home} de {city}",
    ),
    AssociationType.WOMEN: (
        "Mujeres Guatemaltecas Unidas de {city}",
        "Red de Mujeres de {home} en {city}",
    ),
    AssociationType.WORKERS: (
        "Trabajadores Agrícolas Guatemaltecos de {city}",
        "Unión de Trabajadores Chapines de {city}",
    ),
    AssociationType.UMBRELLA: (
        "Federación de Asociaciones Guatemaltecas de {state}",
        "Coalición Guatemalteca de {city}",
    ),
    AssociationType.OTHER: ("Club Deportivo {home} de {city}", "Amigos de {home} en {city}"),
}

SUMMARIES: dict[InteractionKind, tuple[str, ...]] = {
    InteractionKind.MEETING: (
        "Quarterly meeting with the board on the mobile consulate schedule.",
        "Discussed a matching-fund project for the hometown school.",
        "Advisory council session on consular service hours.",
    ),
    InteractionKind.CALL: (
        "Call about passport renewal appointments for members.",
        "Follow-up call on the skills inventory registration drive.",
    ),
    InteractionKind.EVENT: (
        "Community day with consular information desk.",
        "Diaspora business forum co-hosted with the association.",
    ),
    InteractionKind.VISIT: (
        "Visited the association's office during a mobile consulate.",
        "Site visit to the community centre to plan a registration day.",
    ),
    InteractionKind.LETTER: (
        "Letter of thanks for hosting the voter registration day.",
        "Letter inviting the association to the diaspora forum.",
    ),
}

STREETS = ("Main", "Oak", "Mission", "Central", "Olive", "Alvarado")

MORE_FAMILY = (
    "Ramírez",
    "Hernández",
    "González",
    "Castillo",
    "Rodríguez",
    "Martínez",
    "Tzul",
    "Ixcoy",
    "Pérez",
    "Sánchez",
    "Cuxil",
    "Boror",
    "Estrada",
    "Juárez",
    "Mejía",
    "Reyes",
    "Tuyuc",
    "Ajú",
    "Sic",
    "Chocooj",
)

FEMALE_NAMES = (
    "Ana",
    "María",
    "Érica",
    "Lucía",
    "Sofía",
    "Brenda",
    "Yesenia",
    "Ixchel",
    "Mónica",
    "Ingrid",
    "Zoila",
    "Rosa",
    "Elena",
    "Gabriela",
    "Marisol",
    "Silvia",
    "Alba",
    "Claudia",
    "Verónica",
    "Flor",
    "Aura",
)

MALE_NAMES = (
    "José",
    "Luis",
    "Óscar",
    "Andrés",
    "Tomás",
    "Wálter",
    "Kevin",
    "Héctor",
    "Byron",
    "Carlos",
    "Miguel",
    "Juan",
    "Pedro",
    "Edgar",
    "Ricardo",
    "Fernando",
    "Diego",
    "Rigoberto",
    "Nery",
)
