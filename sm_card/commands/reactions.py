"""reaction add / reaction list: the reaction log, kept as evidence for the physicians."""

from __future__ import annotations

import argparse
import json

from sm_card.commands.context import EXIT_INVALID, EXIT_OK, CommandError, Context


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reaction", help="the reaction log: add a reaction, list them")
    actions = p.add_subparsers(dest="reaction_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="record a reaction (date, trigger, signs, treatment, "
                             "acute tryptase)")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD",
                     help="the day of the reaction (not in the future)")
    add.add_argument("--trigger", metavar="TEXT", help="what set it off, as you would write it")
    add.add_argument("--avoid", metavar="AGENT",
                     help="link it to this entry of the avoid list (its agent, any case)")
    add.add_argument("--signs", metavar="TEXT", help="what was seen (hives, low blood "
                     "pressure...)")
    add.add_argument("--treatment", metavar="TEXT", help="what was given")
    add.add_argument("--tryptase", metavar="NG_ML",
                     help="acute serum tryptase in ng/mL, measured during or after it")
    add.set_defaults(handler=run_add)

    lst = actions.add_parser("list", help="the reactions recorded, oldest first, one a line")
    lst.add_argument("--json", action="store_true", help="print the log as JSON")
    lst.set_defaults(handler=run_list)


def _field(option: str, parse, value):
    from sm_card.core.validation import FieldError

    try:
        return parse(value)
    except FieldError as err:
        raise CommandError(EXIT_INVALID, f"{option}: {err.describe()}; nothing was "
                           "changed") from None


def run_add(ctx: Context) -> int:
    from sm_card.core import validation as v
    from sm_card.core.models import Reaction
    from sm_card.core.reactions import agent_key
    from sm_card.render.reaction_text import reaction_line

    a = ctx.args
    profile = ctx.profile()
    today = ctx.today()
    occurred = _field("--date", lambda x: v.parse_date(x, required=True, not_after=today),
                      a.date)
    avoid_agent = None
    if a.avoid is not None:
        key = agent_key(a.avoid)
        entry = next((e for e in profile.avoid if agent_key(e.agent) == key), None)
        if entry is None:
            have = ", ".join(e.agent for e in profile.avoid) or "none"
            raise CommandError(EXIT_INVALID, f"--avoid: {a.avoid!r} is not in the avoid list "
                               f"of {profile.name} (have: {have}); nothing was changed")
        avoid_agent = entry.agent
    reaction = Reaction(
        occurred_on=occurred,
        trigger=_field("--trigger", lambda x: v.parse_text(x, key="trigger"), a.trigger),
        avoid_agent=avoid_agent,
        signs=_field("--signs", lambda x: v.parse_text(x, key="signs", multiline=True),
                     a.signs),
        treatment=_field("--treatment",
                         lambda x: v.parse_text(x, key="treatment", multiline=True),
                         a.treatment),
        acute_tryptase_ng_ml=_field(
            "--tryptase",
            lambda x: v.parse_acute_tryptase(None if x is None else v.number_from_input(x)),
            a.tryptase),
    )
    if len(profile.reactions) >= v.LIST_LIMITS["reactions"]:
        raise CommandError(EXIT_INVALID, f"{profile.name} already has "
                           f"{v.LIST_LIMITS['reactions']} reactions recorded; nothing changed")
    profile.reactions.append(reaction)
    ctx.store().save_profile(profile)
    print(f"{profile.name}: recorded {reaction_line(profile, reaction)}")
    return EXIT_OK


def run_list(ctx: Context) -> int:
    from sm_card.core.reactions import in_order, linked_avoid
    from sm_card.core.tryptase import above_threshold, acute_threshold, baseline_of
    from sm_card.render.reaction_text import reaction_line

    profile = ctx.profile()
    reactions = in_order(profile)
    if not ctx.args.json:
        for reaction in reactions:
            print(f"{profile.name}: {reaction_line(profile, reaction)}")
        return EXIT_OK
    baseline = baseline_of(profile.diagnosis)
    data = {
        "profile": profile.name,
        "baseline_tryptase_ng_ml": baseline,
        "acute_threshold_ng_ml": None if baseline is None else acute_threshold(baseline),
        "reactions": [{
            "id": r.id,
            "occurred_on": r.occurred_on.isoformat(),
            "trigger": r.trigger,
            "avoid_agent": r.avoid_agent,
            "linked_to_avoid_entry": linked_avoid(profile, r) is not None,
            "signs": r.signs,
            "treatment": r.treatment,
            "acute_tryptase_ng_ml": r.acute_tryptase_ng_ml,
            "above_threshold": None if r.acute_tryptase_ng_ml is None
            else above_threshold(r.acute_tryptase_ng_ml, baseline),
        } for r in reactions],
    }
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return EXIT_OK
