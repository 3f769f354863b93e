"""lockscreen: the card's essentials and QR code as a phone lock-screen image (PNG)."""

from __future__ import annotations

import argparse
import sys

from sm_card.commands.card import add_emergency_number, emergency_number
from sm_card.commands.check import warn_findings
from sm_card.commands.context import EXIT_OK, Context, write_output


def _size(text: str) -> tuple[int, int]:
    from sm_card.render.lockscreen import SizeError, parse_size

    try:
        return parse_size(text)
    except SizeError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def register(sub: argparse._SubParsersAction) -> None:
    # The preset names are listed here without importing the renderer (reportlab, PDFium):
    # building the parser must stay fast. tests/cli checks the two lists agree.
    p = sub.add_parser("lockscreen", help="a phone lock-screen image (PNG) with the card's "
                       "essentials and its QR code")
    p.add_argument("-o", "--output", required=True, metavar="OUT.png",
                   help="where to write the PNG (- for standard output)")
    size = p.add_mutually_exclusive_group()
    size.add_argument("--size", type=_size, metavar="WxH",
                      help="the screen in pixels, portrait (e.g. 1179x2556)")
    size.add_argument("--preset", choices=PRESET_NAMES, default=None,
                      help="a phone's screen size (default iphone-15; see docs/CLI.md)")
    add_emergency_number(p)
    p.add_argument("--qr-format", choices=("vcard", "text"), default=None,
                   help="what the QR code holds (default: the setting, as for `card`)")
    p.set_defaults(handler=run_lockscreen)


PRESET_NAMES = ("iphone-se", "iphone-13-mini", "iphone-14", "iphone-15", "iphone-15-plus",
                "pixel-7a", "pixel-8", "pixel-8-pro", "galaxy-s24", "galaxy-s24-ultra")


def run_lockscreen(ctx: Context) -> int:
    from sm_card.commands.card import _qr_format, remember_output
    from sm_card.core import issued
    from sm_card.render.lockscreen import DEFAULT_PRESET, PRESETS, build_lockscreen

    profile = ctx.profile()
    if ctx.args.size is not None:
        width, height = ctx.args.size
    else:
        preset = PRESETS[ctx.args.preset or DEFAULT_PRESET]
        width, height = preset.width, preset.height
    number = emergency_number(ctx, profile)
    result = build_lockscreen(profile, width, height, emergency_number=number,
                              today=ctx.today(), qr_format=_qr_format(ctx))
    write_output(ctx.args.output, result.png, data_dir=ctx.data_dir)
    # remembered, so that `reminders` and the app say when the wallpaper is out of date
    remember_output(ctx, profile, issued.LOCKSCREEN, number)
    for message in result.warnings:
        print(f"warning: {message}", file=sys.stderr)
    warn_findings(profile, ctx.today())
    return EXIT_OK
