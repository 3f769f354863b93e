"""card, qr-text, engrave: the wallet card and what a QR code or a bracelet can hold."""

from __future__ import annotations

import argparse
import sys

from sm_card.commands.context import EXIT_OK, EXIT_USAGE, CommandError, Context, write_output


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def _emergency_number(value: str) -> str:
    value = value.strip()
    if not value or len(value) > 20 or not all(c.isdigit() or c in "+ -" for c in value):
        raise argparse.ArgumentTypeError(f"not a phone number: {value!r}")
    return value


def _add_emergency_number(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--emergency-number", type=_emergency_number, metavar="NUMBER",
                        help="the number to call printed on the card (default: the setting, "
                        "112 unless changed in the app; e.g. 911, 999, 000)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help="the wallet card as a PDF (true size)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="where to write the PDF (- for standard output)")
    p.add_argument("--layout", choices=("card", "sheet"), default="sheet",
                   help="card: two ID-1 pages (front, back); sheet (default): fold-over pairs "
                   "on a page with crop marks")
    p.add_argument("--paper", choices=("a4", "letter"), default=None,
                   help="paper for --layout sheet (default: the setting, from the locale)")
    _add_emergency_number(p)
    p.set_defaults(handler=run_card)

    p = sub.add_parser("qr-text", help="print the text the card's QR code holds")
    _add_emergency_number(p)
    p.set_defaults(handler=run_qr_text)

    p = sub.add_parser("engrave", help="medical-alert bracelet engraving text")
    p.add_argument("--lines", type=_positive, default=5, metavar="N",
                   help="lines available (default 5)")
    p.add_argument("--width", type=_positive, default=20, metavar="N",
                   help="characters per line (default 20)")
    p.set_defaults(handler=run_engrave)


def _warn(messages: list[str]) -> None:
    for message in messages:
        print(f"warning: {message}", file=sys.stderr)


def run_card(ctx: Context) -> int:
    from sm_card.core.settings import Settings
    from sm_card.render.card import build_card

    profile = ctx.profile()
    settings = Settings(ctx.store())
    paper = ctx.args.paper or settings.paper
    if paper not in ("a4", "letter"):
        paper = "a4"
    number = ctx.args.emergency_number or settings.emergency_number
    result = build_card(profile, emergency_number=number,
                        today=ctx.today(), layout=ctx.args.layout, paper=paper)
    write_output(ctx.args.output, result.pdf, data_dir=ctx.data_dir)
    _warn(result.warnings)
    return EXIT_OK


def run_qr_text(ctx: Context) -> int:
    from sm_card.core.settings import Settings
    from sm_card.core.summary import qr_summary

    profile = ctx.profile()
    number = ctx.args.emergency_number or Settings(ctx.store()).emergency_number
    summary = qr_summary(profile, number)
    sys.stdout.write(summary.text + "\n")
    if summary.omitted:
        _warn(["QR text shortened; left out: " + "; ".join(summary.omitted)])
    return EXIT_OK


def run_engrave(ctx: Context) -> int:
    from sm_card.core.summary import engraving

    profile = ctx.profile()
    try:
        result = engraving(profile, lines=ctx.args.lines, width=ctx.args.width)
    except ValueError as err:
        raise CommandError(EXIT_USAGE, str(err)) from err
    if result.text:
        sys.stdout.write(result.text + "\n")
    if result.omitted:
        _warn(["engraving shortened; left out: " + "; ".join(result.omitted)])
    return EXIT_OK
