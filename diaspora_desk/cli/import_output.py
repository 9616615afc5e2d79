"""``import people``: the column map and date order in, what was read and rejected out.

The summary line is the last line on standard output; how the file was read (columns not
imported, a column's date order) comes before it; the first rejected rows go to standard error.
"""

from __future__ import annotations

import argparse
import sys

from diaspora_desk.domain.file_values import DateOrder
from diaspora_desk.i18n import _, render
from diaspora_desk.services.composition import Services
from diaspora_desk.services.people.import_headers import read_map_file

SHOWN_REJECTIONS = 20


def import_people(args: argparse.Namespace, services: Services) -> int:
    """Import ``args.file`` into the open ``services`` (closed on return)."""
    try:
        mapping = read_map_file(args.map) if args.map is not None else None
        order = DateOrder(args.date_order) if args.date_order else None
        result = services.people.importer.import_file(
            args.file, dry_run=args.dry_run, rejects=args.rejects, mapping=mapping, date_order=order
        )
    finally:
        services.close()
    if result.ignored:
        print(render(result.ignored_note))
    for note in result.notes:
        print(render(note))
    problems = [(r.row, r.column, render(r.reason)) for r in result.rejected]
    problems += [(d.row, "(duplicate)", render(d.reason)) for d in result.duplicates]
    problems.sort(key=lambda item: item[0])
    for row, column, reason in problems[:SHOWN_REJECTIONS]:
        print(
            _("row {row}, {column}: {reason}").format(row=row, column=column, reason=reason), file=sys.stderr
        )
    if len(problems) > SHOWN_REJECTIONS:
        more = len(problems) - SHOWN_REJECTIONS
        if args.rejects:
            print(_("... and {more} more rows not imported").format(more=more), file=sys.stderr)
        else:
            line = _("... and {more} more rows not imported; --rejects OUT.csv lists them all")
            print(line.format(more=more), file=sys.stderr)
    print(render(result.summary))
    return 0
