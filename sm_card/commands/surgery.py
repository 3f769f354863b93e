"""letter, fhir: what the person hands the surgical and anesthesia team."""

from __future__ import annotations

import argparse
import sys

from sm_card.commands.card import add_emergency_number, emergency_number
from sm_card.commands.check import warn_findings
from sm_card.commands.context import EXIT_OK, PAPERS, Context, chosen_paper, write_output


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("letter", help="the pre-operative letter for the surgical and "
                       "anesthesia team")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="where to write the PDF (- for standard output)")
    p.add_argument("--paper", choices=PAPERS, help="paper size (default: your setting)")
    add_emergency_number(p)
    p.set_defaults(handler=run_letter)

    p = sub.add_parser("fhir", help="the record as an HL7 FHIR International Patient Summary")
    p.add_argument("-o", "--output", required=True, metavar="OUT.json",
                   help="where to write the JSON bundle (- for standard output)")
    p.set_defaults(handler=run_fhir)


def run_letter(ctx: Context) -> int:
    # Heavy imports stay inside the handler so that `sm-card profiles` starts fast.
    from sm_card.core.catalog import default_catalog
    from sm_card.core.surgery import build_letter
    from sm_card.render.letter import build_letter_pdf

    profile = ctx.profile()
    paper = chosen_paper(ctx, strict=True)
    letter = build_letter(profile, default_catalog(), ctx.today(),
                          emergency_number(ctx, profile))
    result = build_letter_pdf(letter, paper)
    write_output(ctx.args.output, result.pdf, data_dir=ctx.data_dir)
    for message in result.warnings:
        print(f"warning: {message}", file=sys.stderr)
    warn_findings(profile, ctx.today())
    return EXIT_OK


def run_fhir(ctx: Context) -> int:
    from sm_card.core.catalog import default_catalog
    from sm_card.render.fhir import bundle_json, lookup_from

    profile = ctx.profile()
    bundle = bundle_json(profile, lookup_from(default_catalog()), ctx.now())
    write_output(ctx.args.output, bundle, data_dir=ctx.data_dir)
    return EXIT_OK
