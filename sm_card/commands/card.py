"""card, qr-text, engrave: the wallet card and what a QR code or a bracelet can hold."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sm_card.commands.check import warn_findings
from sm_card.commands.context import (
    EXIT_OK,
    EXIT_USAGE,
    PAPERS,
    CommandError,
    Context,
    chosen_paper,
    write_output,
)


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


def add_emergency_number(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--emergency-number", type=_emergency_number, metavar="NUMBER",
                        help="the number to call printed with the first-aid steps (default: "
                        "the profile's number set in the app, else the one for your locale: "
                        "911 US/CA/MX, 999 UK, 000 AU, 111 NZ, 112 EU and elsewhere)")


def emergency_number(ctx: Context, profile) -> str:
    """--emergency-number, else the profile's own, else the shared setting, else the locale's."""
    from sm_card.core.settings import Settings

    return ctx.args.emergency_number or Settings(ctx.store()).emergency_number_for(
        profile.db_id)


def _add_qr_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--qr-format", choices=("vcard", "text"), default=None,
                        help="what the QR code holds: vcard (iPhone and Android cameras offer "
                        "it as a contact with the summary in its note) or text (the summary "
                        "alone; some iPhone cameras show nothing); default: the setting, "
                        "vcard unless changed in the app")


def _qr_format(ctx: Context) -> str:
    from sm_card.core.settings import Settings
    from sm_card.render.qr_payload import DEFAULT_FORMAT, FORMATS

    fmt = ctx.args.qr_format or Settings(ctx.store()).qr_format
    return fmt if fmt in FORMATS else DEFAULT_FORMAT


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help="the wallet card as a PDF (true size)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="where to write the PDF (- for standard output)")
    p.add_argument("--layout", choices=("card", "sheet"), default="sheet",
                   help="card: two ID-1 pages (front, back); sheet (default): fold-over pairs "
                   "on a page with crop marks")
    p.add_argument("--paper", choices=PAPERS, default=None,
                   help="paper for --layout sheet (default: the setting, from the locale)")
    add_emergency_number(p)
    _add_qr_format(p)
    p.add_argument("--photo", action=argparse.BooleanOptionalAction, default=None,
                   help="print the profile's photo on the front, or not (default: the "
                   "profile's choice, `sm-card photo card on|off`; off unless chosen)")
    p.set_defaults(handler=run_card)

    p = sub.add_parser("qr-text", help="print exactly what the card's QR code holds")
    add_emergency_number(p)
    _add_qr_format(p)
    p.set_defaults(handler=run_qr_text)

    p = sub.add_parser("engrave", help="medical-alert bracelet engraving text")
    p.add_argument("--lines", type=_positive, default=5, metavar="N",
                   help="lines available (default 5)")
    p.add_argument("--width", type=_positive, default=20, metavar="N",
                   help="characters per line (default 20; a Chinese, Japanese or Korean "
                   "character counts as two)")
    p.add_argument("--ascii", action="store_true",
                   help="transliterate names and agents to A-Z (for engravers that take "
                   "nothing else; e.g. محمد -> MHMD)")
    p.add_argument("--engraved", action="store_true",
                   help="remember this text as what your bracelet says, so that `reminders` "
                   "tells you when the record has changed since")
    p.set_defaults(handler=run_engrave)


def _warn(messages: Sequence[str]) -> None:
    for message in messages:
        print(f"warning: {message}", file=sys.stderr)


def run_card(ctx: Context) -> int:
    from sm_card.core import issued
    from sm_card.core.settings import Settings
    from sm_card.render.card import build_card

    profile = ctx.profile()
    settings = Settings(ctx.store())
    paper = chosen_paper(ctx, settings)
    number = emergency_number(ctx, profile)
    wanted = ctx.args.photo
    if wanted is None:
        wanted = settings.card_photo_for(profile.db_id)
    if wanted and profile.photo_jpeg is None and ctx.args.photo:
        _warn(["--photo: the profile has no photo (`sm-card photo set FILE`); none printed"])
    result = build_card(profile, emergency_number=number, today=ctx.today(),
                        layout=ctx.args.layout, paper=paper, qr_format=_qr_format(ctx),
                        photo=profile.photo_jpeg if wanted else None)
    write_output(ctx.args.output, result.pdf, data_dir=ctx.data_dir)
    remember_output(ctx, profile, issued.CARD, number)
    _warn(result.warnings)
    warn_findings(profile, ctx.today())
    return EXIT_OK


def remember_output(ctx: Context, profile, kind: str, number: str) -> None:
    """A card, lock-screen image or action plan just made: remember what it shows, and the
    --emergency-number given for that one run (it stays what the output says)."""
    from sm_card.core import issued

    record_made(ctx, profile, kind, issued.output_facts(kind, profile, emergency_number=number),
                {"emergency_number": ctx.args.emergency_number} if ctx.args.emergency_number
                else {})


def record_made(ctx: Context, profile, kind: str, facts: dict[str, list[str]],
                options: dict[str, object]) -> None:
    """Remember what the output said (for "your card is out of date"); a store that cannot
    be written costs only that hint, never the output already written."""
    from sm_card.core.issued import Issued
    from sm_card.core.store import StoreError

    try:
        ctx.store().record_issued(profile, Issued(kind, ctx.now(), facts, options))
    except (StoreError, OSError) as err:
        _warn([f"not remembered as made (no out-of-date hint later): {err}"])


def run_qr_text(ctx: Context) -> int:
    from sm_card.render.qr import CARD_QR_MAX_BYTES
    from sm_card.render.qr_payload import qr_payload

    profile = ctx.profile()
    number = emergency_number(ctx, profile)
    payload = qr_payload(profile, number, _qr_format(ctx), CARD_QR_MAX_BYTES)
    sys.stdout.write(payload.text + "\n")
    if payload.omitted:
        _warn(["QR text shortened; left out: " + "; ".join(payload.omitted)])
    warn_findings(profile, ctx.today())
    return EXIT_OK


def run_engrave(ctx: Context) -> int:
    from sm_card.render.summary import engraving

    profile = ctx.profile()
    try:
        result = engraving(profile, lines=ctx.args.lines, width=ctx.args.width,
                           ascii_only=ctx.args.ascii)
    except ValueError as err:
        raise CommandError(EXIT_USAGE, str(err)) from err
    if result.text:
        sys.stdout.write(result.text + "\n")
    if ctx.args.engraved:
        from sm_card.core import issued

        record_made(ctx, profile, issued.ENGRAVING,
                    issued.engraving_facts(result.text.splitlines()),
                    {"lines": ctx.args.lines, "width": ctx.args.width,
                     "ascii_only": ctx.args.ascii})
    if result.omitted:
        _warn(["engraving shortened; left out: " + "; ".join(result.omitted)])
    if result.not_engravable:
        chars = ", ".join(f"{c} (U+{ord(c):04X})" for c in result.not_engravable)
        _warn([f"characters an engraver may not take (ask yours, or use --ascii): {chars}"])
    return EXIT_OK
