"""``diaspora-desk visits plan|list``: where to send mobile consulates, and the visits on file."""

from __future__ import annotations

import argparse
import dataclasses
import json
from typing import Any

from diaspora_desk.cli.commands import open_existing
from diaspora_desk.domain.planning import Plan, PlanOptions, SiteProposal
from diaspora_desk.domain.status_labels import VISIT_STATUS_LABELS
from diaspora_desk.domain.visits import SERVICE_CATALOGUE, VisitSummary
from diaspora_desk.i18n import _, render

TOWNS_SHOWN = 6

STATUS_LABELS = VISIT_STATUS_LABELS


def run(args: argparse.Namespace) -> int:
    services = open_existing(args)
    try:
        if args.action == "plan":
            options = PlanOptions(
                consulate_id=args.consulate,
                min_distance_km=args.min_distance_km,
                radius_km=args.radius_km,
                sites=args.sites,
                count_overlap=args.count_overlap,
            )
            plan = services.visits.planner.plan(options)
            print(
                json.dumps(plan_json(plan), ensure_ascii=False, indent=2) if args.json else plan_table(plan)
            )
            return 0
        if args.consulate is not None:
            services.visits.consulates.get(
                args.consulate
            )  # an unknown id is a plain error, not an empty list
        visits = services.visits.registry.list(consulate_id=args.consulate)
    finally:
        services.close()
    print(
        json.dumps(visits_json(visits), ensure_ascii=False, indent=2) if args.json else visits_table(visits)
    )
    return 0


# --- plan ---------------------------------------------------------------------------------------
def _km(value: float) -> float:
    return round(value, 1)


def proposal_json(p: SiteProposal) -> dict[str, Any]:
    return {
        "rank": p.rank,
        "city": p.city,
        "country": p.country,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "distance_km": _km(p.distance_km),
        "nearest_consulate": {"id": p.nearest_consulate_id, "name": p.nearest_consulate},
        "people": p.people,
        "people_within_radius": p.people_within_radius,
        "towns": [{"city": t.city, "people": t.people, "distance_km": _km(t.distance_km)} for t in p.towns],
        "hosts": [
            {
                "association_id": h.association_id,
                "name": h.name,
                "city": h.city,
                "distance_km": _km(h.distance_km),
                "members_estimate": h.members_estimate,
            }
            for h in p.hosts
        ],
        "past_visits": [
            {
                "visit_id": v.visit_id,
                "title": v.title,
                "city": v.city,
                "starts_on": v.starts_on.isoformat(),
                "status": v.status.value,
                "distance_km": _km(v.distance_km),
                "served": v.served,
            }
            for v in p.past_visits
        ],
        "likely_services": [
            {
                "service": s.service.value,
                "title": _(SERVICE_CATALOGUE[s.service].title),
                "people": s.people,
                "reason": render(s.reason),
            }
            for s in p.likely_services
        ],
    }


def plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "options": dataclasses.asdict(plan.options),
        "proposals": [proposal_json(p) for p in plan.proposals],
        "totals": {
            "people_considered": plan.people_considered,
            "people_far": plan.people_far,
            "people_counted": sum(p.people for p in plan.proposals),
            "people_without_place": plan.people_without_place,
            "consulates": len(plan.consulates),
        },
    }


def plan_table(plan: Plan) -> str:
    o = plan.options
    lines = [
        _("Mobile consulate proposals: towns over {d:g} km from a consulate, people within {r:g} km").format(
            d=o.min_distance_km, r=o.radius_km
        ),
        _("People with a place: {n:,}; farther than {d:g} km: {far:,}; without a place: {none:,}").format(
            n=plan.people_considered, d=o.min_distance_km, far=plan.people_far, none=plan.people_without_place
        ),
        "",
    ]
    if not plan.proposals:
        lines.append(_("No town with registered people lies that far from a consulate."))
        return "\n".join(lines)
    header = (_("#"), _("Site"), _("km"), _("Nearest consulate"), _("People"), _("Within radius"))
    lines.append(
        f"{header[0]:>3}  {header[1]:<28} {header[2]:>6}  {header[3]:<40} {header[4]:>7} {header[5]:>14}"
    )
    for p in plan.proposals:
        site = f"{p.city}, {p.country}"
        lines.append(
            f"{p.rank:>3}  {site[:28]:<28} {p.distance_km:>6.0f}  {_clip(p.nearest_consulate, 40):<40} "
            f"{p.people:>7,} {p.people_within_radius:>14,}"
        )
        lines.extend(f"     {line}" for line in _details(p))
    counted = sum(p.people for p in plan.proposals)
    lines += [
        "",
        _("Counted by these proposals: {n:,} of {far:,} people").format(n=counted, far=plan.people_far),
    ]
    if o.count_overlap:
        lines.append(_("(overlap counted: a person within reach of two sites counts for both)"))
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _details(p: SiteProposal) -> list[str]:
    towns = ", ".join(f"{t.city} {t.people:,}" for t in p.towns[:TOWNS_SHOWN])
    more = len(p.towns) - TOWNS_SHOWN
    if more > 0:
        towns += " " + _("(+{n} more)").format(n=more)
    lines = [_("Towns: {towns}").format(towns=towns)]
    if p.hosts:
        hosts = "; ".join(f"{h.name} ({h.city}, {h.distance_km:.0f} km)" for h in p.hosts)
        lines.append(_("Possible hosts: {hosts}").format(hosts=hosts))
    for v in p.past_visits:
        lines.append(
            _("Visit {day}: {title} ({status}, {km:.0f} km away, {served} served)").format(
                day=v.starts_on.isoformat(),
                title=v.title,
                status=_(STATUS_LABELS[v.status]),
                km=v.distance_km,
                served=v.served,
            )
        )
    for s in p.likely_services:
        lines.append(
            _("Likely: {service}: {n:,} ({reason})").format(
                service=_(SERVICE_CATALOGUE[s.service].title), n=s.people, reason=render(s.reason)
            )
        )
    return lines


# --- list ---------------------------------------------------------------------------------------
def visits_json(visits: list[VisitSummary]) -> list[dict[str, Any]]:
    return [
        {
            "id": v.id,
            "title": v.title,
            "city": v.city,
            "country": v.country,
            "starts_on": v.starts_on.isoformat(),
            "ends_on": v.ends_on.isoformat(),
            "status": v.status.value,
            "consulate": v.consulate_name,
            "booked": v.booked,
            "served": v.served,
        }
        for v in visits
    ]


def visits_table(visits: list[VisitSummary]) -> str:
    if not visits:
        return _("No mobile visits yet.")
    header = (_("ID"), _("Dates"), _("Status"), _("Place"), _("Title"), _("Booked"), _("Served"))
    widths = (">4", "<23", "<10", "<22", "<36", ">6", ">6")
    lines = [" ".join(f"{h:{w}}" for h, w in zip(header, widths, strict=True))]
    for v in visits:
        dates = v.starts_on.isoformat() + ("" if v.ends_on == v.starts_on else f"–{v.ends_on.isoformat()}")
        place = f"{v.city}, {v.country}"
        lines.append(
            f"{v.id:>4} {dates:<23} {_(STATUS_LABELS[v.status]):<10} {place[:22]:<22} {v.title[:36]:<36} "
            f"{v.booked:>6} {v.served:>6}"
        )
    return "\n".join(lines)
