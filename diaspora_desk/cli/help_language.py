"""argparse's own words ("usage:", "options:", "show this help message and exit", its usage
errors) in the language of the command line.

argparse translates them through the module-level ``_`` and ``ngettext`` it imported from
``gettext`` (the process-wide text domain), which would need a catalogue per language installed
in the system's locale folder. The command line points them at the project's catalogues instead
(:func:`translate_argparse`), and :data:`ARGPARSE_TEXTS` lists the texts it shows (marked with
``N_``) so that ``scripts/translations`` extracts them with the rest. The texts are argparse's, word
for word (Python 3.11); one it uses that is not listed here stays English.
"""

from __future__ import annotations

import argparse

from diaspora_desk import i18n
from diaspora_desk.domain.labels import N_

ARGPARSE_TEXTS: tuple[str, ...] = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def translate_argparse() -> None:
    """Make argparse translate its texts with the project's catalogues, in the current language
    (they follow a later :func:`diaspora_desk.i18n.set_language` too)."""
    # argparse looks ``_`` and ``ngettext`` up in its module namespace each time it calls them.
    setattr(argparse, "_", i18n.gettext)  # noqa: B010
    setattr(argparse, "ngettext", i18n.ngettext)  # noqa: B010
