"""Campaign commands: ``export campaign``, ``import replies`` and ``campaigns list|show``.

``export`` and ``import`` belong to the main parser too; `dispatch` takes the command line
first when it is one of these, so the main parser keeps its own choices as they are. The
services (and SQLAlchemy) are imported only when a campaign command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from diaspora_desk.cli.reporting import run_reported
from diaspora_desk.domain.campaigns import CHANNEL_LABELS, CampaignChannel
from diaspora_desk.domain.status_labels import CAMPAIGN_STATUS_LABELS
from diaspora_desk.i18n import _, render
from diaspora_desk.services.common.privacy import shown

if TYPE_CHECKING:
    from diaspora_desk.services.composition import Services

SHOWN_REJECTIONS = 20
ROUTES = (("export", "campaign"), ("import", "replies"), ("campaigns",))


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=_("database file (default: diaspora-desk.sqlite in the per-user data folder)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diaspora-desk")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export").add_subparsers(dest="kind", required=True)
    exp = export.add_parser("campaign", help=_("prepare a campaign's send (the app sends nothing itself)"))
    exp.add_argument("id", type=int, metavar="ID")
    _db_option(exp)
    target = exp.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--sms", type=Path, metavar="FILE.csv", help=_("SMS gateway CSV (E.164 number, text)")
    )
    target.add_argument(
        "--email", type=Path, metavar="DIR", help=_("mail-merge.csv and one .eml per recipient")
    )
    target.add_argument("--letters", type=Path, metavar="FILE.pdf", help=_("addressed letters"))
    target.add_argument("--calls", type=Path, metavar="FILE.pdf", help=_("call sheet"))
    exp.add_argument("--per-language", action="store_true", help=_("--sms: one file per language"))
    exp.add_argument("--sender", default="", metavar="ADDRESS", help=_("--email: the From address"))
    exp.add_argument("--page-size", choices=("a4", "letter"), default="a4", help=_("--letters: paper size"))

    imports = sub.add_parser("import").add_subparsers(dest="kind", required=True)
    rep = imports.add_parser("replies", help=_("read the SMS gateway's reply file into a campaign's poll"))
    rep.add_argument("campaign_id", type=int, metavar="CAMPAIGN_ID")
    rep.add_argument("file", type=Path, metavar="FILE")
    _db_option(rep)

    campaigns = sub.add_parser("campaigns", help=_("list campaigns, or show one's audience and results"))
    campaigns.add_argument("action", choices=("list", "show"))
    campaigns.add_argument("id", type=int, nargs="?", metavar="ID")
    _db_option(campaigns)
    return parser


def dispatch(argv: Sequence[str] | None) -> int | None:
    """Run a campaign command and return its exit code; None when `argv` is another command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not any(tuple(args_list[: len(route)]) == route for route in ROUTES):
        return None
    args = build_parser().parse_args(args_list)
    if args.command == "campaigns" and (args.action == "show") != (args.id is not None):
        build_parser().error(_("campaigns show takes a campaign ID; campaigns list takes none"))
    handler = {"export": export_campaign, "import": import_replies}.get(args.command, campaigns)
    return run_reported(lambda: handler(args), f"command {args.command}")


def _open(args: argparse.Namespace) -> Services:
    from diaspora_desk.cli.commands import open_existing

    return open_existing(args)


def export_campaign(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        delivery = services.campaigns.delivery
        if args.sms:
            written = delivery.sms_csv(args.id, args.sms, per_language=args.per_language)
        elif args.email:
            written = delivery.email_drafts(args.id, args.email, sender=args.sender)
        else:
            from diaspora_desk.reports.campaign_printouts import build_call_sheet, build_campaign_letters
            from diaspora_desk.reports.output import write_pdf

            if args.letters:
                written = delivery.printout(
                    args.id,
                    CampaignChannel.LETTER,
                    args.letters,
                    lambda data, path: write_pdf(
                        path, lambda out: build_campaign_letters(data, out, page_size=args.page_size)
                    ),
                )
            else:
                written = delivery.printout(
                    args.id,
                    CampaignChannel.PHONE_CALL,
                    args.calls,
                    lambda data, path: write_pdf(path, lambda out: build_call_sheet(data, out)),
                )
    finally:
        services.close()
    files = ", ".join(str(f) for f in written.files)
    line = _("{channel}: {n} recipients written to {files}").format(
        channel=_(CHANNEL_LABELS[written.channel]), n=written.recipients, files=files
    )
    if written.segments:
        line += " " + _("({segments} SMS segments)").format(segments=written.segments)
    if written.associations:
        line += " " + _("({n} of them associations)").format(n=written.associations)
    print(line)
    if written.no_message:
        print(
            _("{n} people left out: no message in their language or the fallback").format(
                n=written.no_message
            )
        )
    return 0


def import_replies(args: argparse.Namespace) -> int:
    from diaspora_desk.services.campaigns.polls import counts_of

    services = _open(args)
    try:
        result = services.campaigns.polls.import_replies(args.campaign_id, args.file)
    finally:
        services.close()
    for rejection in result.rejected[:SHOWN_REJECTIONS]:
        print(f"row {rejection.row}, {rejection.column}: {render(rejection.reason)}", file=sys.stderr)
    summary = _("matched {matched}, unmatched {unmatched}, unparsed {unparsed}, opt-outs {opt_outs}").format(
        **counts_of(result)
    )
    if result.rejected:
        summary += _(", rejected {rejected}").format(rejected=len(result.rejected))
    print(summary)
    return 0


def campaigns(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        if args.action == "list":
            rows = services.campaigns.registry.page(0, 1000)
            if not rows:
                print(_("No campaigns yet."))
            for c in rows:
                channels = ", ".join(_(CHANNEL_LABELS[ch]) for ch in c.channels)
                status = _(CAMPAIGN_STATUS_LABELS[c.status])
                print(f"{c.id:>4}  {status:<10} {c.title[:40]:<40} {channels}")
            return 0
        lines = _show(services, args.id)
    finally:
        services.close()
    print("\n".join(lines))
    return 0


def _show(services: Services, campaign_id: int) -> list[str]:
    campaign = services.campaigns.registry.get(campaign_id)
    count = services.campaigns.audience.campaign_count(campaign_id)
    lines = [
        f"{campaign.id}: {campaign.title} ({_(CAMPAIGN_STATUS_LABELS[campaign.status])})",
        _("Audience: {n} in the segment, {c} with consent for campaigns").format(
            n=count.matching, c=count.consenting
        ),
        _("Left out: no consent {a}, opted out {b}").format(a=count.no_consent, b=count.opted_out),
    ]
    for channel, reachable in count.reachable.items():
        lines.append(
            _("  {channel}: {n} reachable, {m} without the contact detail").format(
                channel=_(CHANNEL_LABELS[channel]), n=reachable, m=count.without_contact.get(channel, 0)
            )
        )
    if campaign.segment.include_associations:
        lines.append(_("Associations: {n} in the segment").format(n=count.associations))
        for channel, reachable in count.associations_reachable.items():
            lines.append(
                _("  {channel}: associations reachable {n}, without the contact detail {m}").format(
                    channel=_(CHANNEL_LABELS[channel]),
                    n=reachable,
                    m=count.associations_without_contact.get(channel, 0),
                )
            )
    if CampaignChannel.SMS in campaign.channels and services.campaigns.messages.messages(campaign_id):
        estimate = services.campaigns.messages.sms_estimate(campaign_id)
        lines.append(
            _("SMS: {n} messages, {s} segments, cost {cost:.2f} {currency}").format(
                n=estimate.recipients, s=estimate.segments, cost=estimate.cost, currency=campaign.currency
            )
        )
    results = services.campaigns.tallies.results(campaign_id)
    for tally in results.questions:
        if tally.overall.withheld:
            lines.append(
                _("Q: {text} (withheld: an answer or the number who answered is under 5)").format(
                    text=tally.text
                )
            )
            continue
        lines.append(
            _("Q: {text} (answered by {n})").format(text=tally.text, n=tally.overall.denominator_shown)
        )
        for code, cell in tally.overall.answers.items():
            share = "" if cell.percent is None else f" {cell.percent:.1f}%"
            count_text = shown(cell.count or 0)
            lines.append(f"   {code} {tally.labels[code]}: {count_text}{share}")
    if results.questions:
        lines.append(_("Replies waiting for review: {n}").format(n=results.in_review))
    return lines
