"""photo set / clear / card: the person's optional photo (core/photo.py)."""

from __future__ import annotations

import argparse
import sys

from sm_card.commands.context import (
    EXIT_INVALID,
    EXIT_OK,
    CommandError,
    Context,
)
from sm_card.core.validation import escape


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("photo", help="the person's photo (action plan; the card if chosen)")
    actions = p.add_subparsers(dest="photo_action", metavar="ACTION", required=True,
                               parser_class=type(p))
    s = actions.add_parser("set", help="keep FILE (JPEG or PNG) as the profile's photo")
    s.add_argument("file", help="a JPEG or PNG file (up to 15 MB; kept downscaled, at most "
                   "200 KB, without the camera's metadata)")
    s.set_defaults(handler=run_photo_set)
    s = actions.add_parser("clear", help="remove the profile's photo")
    s.set_defaults(handler=run_photo_clear)
    s = actions.add_parser("card", help="print the photo on the wallet card, or not "
                           "(default: not)")
    s.add_argument("choice", choices=("on", "off"))
    s.set_defaults(handler=run_photo_card)


def run_photo_set(ctx: Context) -> int:
    from sm_card.core.photo import MAX_INPUT_BYTES, PhotoError, photo_size, prepare_photo

    name = ctx.args.file
    try:
        with open(name, "rb") as handle:
            raw = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as err:
        raise CommandError(EXIT_INVALID, f"{escape(name)}: cannot read "
                           f"({err.strerror or err}); nothing was changed") from err
    try:
        jpeg = prepare_photo(raw)
    except PhotoError as err:
        raise CommandError(EXIT_INVALID, f"{escape(name)}: {err}; nothing was "
                           "changed") from err
    profile = ctx.profile()
    profile.photo_jpeg = jpeg
    ctx.store().save_profile(profile)
    width, height = photo_size(jpeg)
    print(f"photo kept for {profile.name}: {width} × {height} pixels, "
          f"{(len(jpeg) + 1023) // 1024} KB")
    return EXIT_OK


def run_photo_clear(ctx: Context) -> int:
    profile = ctx.profile()
    if profile.photo_jpeg is None:
        print(f"{profile.name} has no photo", file=sys.stderr)
        return EXIT_OK
    profile.photo_jpeg = None
    ctx.store().save_profile(profile)
    print(f"photo removed for {profile.name}")
    return EXIT_OK


def run_photo_card(ctx: Context) -> int:
    from sm_card.core.settings import Settings

    profile = ctx.profile()
    on = ctx.args.choice == "on"
    assert profile.db_id is not None
    Settings(ctx.store()).set_card_photo_for(profile.db_id, on)
    if on and profile.photo_jpeg is None:
        print(f"the card will print {profile.name}'s photo once one is set "
              "(`sm-card photo set FILE`)", file=sys.stderr)
    print(f"card photo for {profile.name}: {ctx.args.choice}")
    return EXIT_OK
