"""action-plan: the personal anaphylaxis action plan (one page, A4 or Letter)."""

from __future__ import annotations

import argparse
import sys

from sm_card.commands.card import add_emergency_number, emergency_number
from sm_card.commands.check import warn_findings
from sm_card.commands.context import EXIT_OK, PAPERS, Context, chosen_paper, write_output


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("action-plan", help="the personal anaphylaxis action plan (one page) "
                       "for school, work and carers")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="where to write the PDF (- for standard output)")
    p.add_argument("--paper", choices=PAPERS, help="paper size (default: your setting)")
    add_emergency_number(p)
    p.set_defaults(handler=run_action_plan)


def run_action_plan(ctx: Context) -> int:
    from sm_card.commands.card import remember_output
    from sm_card.core import issued
    from sm_card.core.catalog import default_catalog
    from sm_card.render.action_plan import build_action_plan_pdf
    from sm_card.render.action_plan_text import build_action_plan

    profile = ctx.profile()
    paper = chosen_paper(ctx, strict=True)
    number = emergency_number(ctx, profile)
    plan = build_action_plan(profile, ctx.today(), number, default_catalog())
    result = build_action_plan_pdf(plan, paper)
    write_output(ctx.args.output, result.pdf, data_dir=ctx.data_dir)
    # remembered, so that `reminders` and the app say when the printed plan is out of date
    remember_output(ctx, profile, issued.ACTION_PLAN, number)
    for message in result.warnings:
        print(f"warning: {message}", file=sys.stderr)
    warn_findings(profile, ctx.today())
    return EXIT_OK
