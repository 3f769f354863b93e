"""gui: open the desktop app (the only command that loads Qt)."""

from __future__ import annotations

import argparse

from sm_card.commands.context import Context


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument("--demo", action="store_true",
                   help="open a built-in example record in a temporary store")
    p.add_argument("--smoke-test", action="store_true",
                   help="open the main window, render the card preview once, exit")
    p.set_defaults(handler=run_gui)


def run_gui(ctx: Context) -> int:
    import gc

    from sm_card.gui.app import run_app

    try:
        return run_app(
            data_dir=ctx.data_dir,
            profile=ctx.args.profile,
            demo=getattr(ctx.args, "demo", False),
            smoke_test=getattr(ctx.args, "smoke_test", False),
        )
    finally:
        gc.enable()  # also when the app did not start (entry.py); normally on already
