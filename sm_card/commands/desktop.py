"""install-desktop: the app in the Linux desktop's menu, with its icon (and out again)."""

from __future__ import annotations

import argparse
import sys

from sm_card.commands.context import EXIT_OK, EXIT_STORE, EXIT_USAGE, CommandError, Context


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "install-desktop",
        help="add sm-card to this user's application menu on Linux (icon, launcher entry, "
        "software-centre data); --remove takes it out",
    )
    p.add_argument("--remove", action="store_true",
                   help="remove the menu entry, icons and metadata this command installed")
    p.set_defaults(handler=run_install_desktop)


def run_install_desktop(ctx: Context) -> int:
    from sm_card.core import desktop_integration

    if sys.platform.startswith("win") or sys.platform == "darwin":
        raise CommandError(
            EXIT_USAGE, "install-desktop is for Linux desktops: on Windows use the bundle's "
            "sm-card-gui.exe, on macOS drag sm-card.app into Applications"
        )
    try:
        if ctx.args.remove:
            removed = desktop_integration.remove()
            for path in removed:
                print(f"removed {path}")
            if not removed:
                print("nothing to remove: the menu entry was not installed")
            return EXIT_OK
        from sm_card.core.autostart import default_command
        from sm_card.render.app_icon import icon_png

        command = default_command(ctx.data_dir)
        written = desktop_integration.install(command, icon_png)
    except OSError as err:
        raise CommandError(EXIT_STORE, f"{err.filename or ''}: cannot write "
                           f"({err.strerror or err})") from err
    for path in written:
        print(f"installed {path}")
    print(f"The menu entry starts: {' '.join(command)}")
    return EXIT_OK
