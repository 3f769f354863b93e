"""The `sm-card` command: global options, dispatch to commands/, exit codes (docs/CLI.md)."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from sm_card import __version__
from sm_card.commands.context import EXIT_STORE, EXIT_USAGE, CommandError, Context
from sm_card.core.paths import resolve_data_dir
from sm_card.core.store import StoreError

# Each module registers its own subcommands (see sm_card/commands/).
COMMAND_MODULES = ("gui_command", "record", "surgery", "reminders", "card", "check", "desktop",
                   "photo", "lockscreen", "action_plan", "travel", "reactions")
# The module of each command: a run builds the parser of its own command only, so that
# `sm-card reminders` (from cron, every day) does not import what `import` or `card` need.
# tests/cli/test_command_modules.py checks this table against what the modules register.
COMMAND_MODULE = {
    "gui": "gui_command",
    "import": "record", "export": "record", "profiles": "record", "backup": "record",
    "recover": "record",
    "letter": "surgery", "fhir": "surgery",
    "reminders": "reminders", "ics": "reminders",
    "card": "card", "qr-text": "card", "engrave": "card",
    "check": "check",
    "install-desktop": "desktop",
    "photo": "photo", "lockscreen": "lockscreen", "action-plan": "action_plan",
    "travel-card": "travel", "travel-sheet": "travel", "travel-letter": "travel",
    "travel-languages": "travel", "travel-correct": "travel",
    "reaction": "reactions",
}
_GLOBAL_WITH_VALUE = ("--data-dir", "--profile")

# The CLI is English (docs/CLI.md). argparse passes each of its own words ("usage: ", "show
# this help message and exit", ...) through gettext, which imports `locale` and searches the
# disk for a catalog on every call: ~2 ms of every start, window included, for a translation
# no system ships. Its words are taken as they are.
argparse._ = str  # type: ignore[attr-defined]


def _terminal_columns() -> int:
    """shutil.get_terminal_size().columns, as argparse's formatter asks it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.HelpFormatter):
    """argparse's own, minus its `import shutil` (with zlib, bz2 and lzma, ~2 ms): argparse
    builds a formatter for every add_argument, so each run paid it, not only --help."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, **kwargs: Any):  # argparse makes subparsers with keywords only
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(**kwargs)

    def error(self, message: str) -> NoReturn:  # argparse exits 2 too; say it our way
        self.print_usage(sys.stderr)
        print(f"sm-card: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def requested_command(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` when it is a known one and no global help or version is
    asked for before it; else None (the whole parser is built)."""
    args = iter(argv)
    for arg in args:
        if arg in _GLOBAL_WITH_VALUE:
            next(args, None)
        elif arg.startswith(tuple(f"{o}=" for o in _GLOBAL_WITH_VALUE)):
            continue
        elif arg.startswith("-"):
            return None  # --help, --version, a typo: argparse answers with every command
        else:
            return arg if arg in COMMAND_MODULE else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or only of ``command`` (with its module's others)."""
    parser = _Parser(
        prog="sm-card",
        description="Record, wallet card, injector reminders and pre-operative letter for "
        "systemic mastocytosis. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"sm-card {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where the record lives (or SM_CARD_DATA_DIR)")
    parser.add_argument("--profile", metavar="NAME", help="which person's record")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules = COMMAND_MODULES if command is None else (COMMAND_MODULE[command],)
    for name in modules:
        importlib.import_module(f"sm_card.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(requested_command(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    if args.command != "gui" and not gc.isenabled():  # entry.py turned it off; the window
        # turns it on after its first paint. What exists now (modules, classes, the parser)
        # lives until the process ends: frozen, the collector never scans it again while the
        # command imports and builds the rest (~10 ms of `reminders`, ~15 ms of `card`).
        # Garbage made from here on is collected. (Called in a process that did not start
        # here, a test's, the collector was never off and nothing is frozen.)
        gc.freeze()
        gc.enable()
    ctx = Context(args=args, data_dir=resolve_data_dir(args.data_dir))
    try:
        code = args.handler(ctx)
        _flush_stdout()
        return code
    except CommandError as err:
        print(f"sm-card: {err.message}", file=sys.stderr)
        return err.code
    except StoreError as err:
        print(f"sm-card: {err}", file=sys.stderr)
        return EXIT_STORE
    except BrokenPipeError:
        return 0
    except OSError as err:
        # A write the command made itself (print to a full standard output, /dev/full) or
        # any other file error not caught on the way: exit 4, one line, never a traceback.
        from sm_card.commands.context import silence_stdout
        from sm_card.core.validation import escape

        silence_stdout()
        where = f"{escape(str(err.filename))}: " if err.filename else ""
        print(f"sm-card: {where}cannot read or write ({err.strerror or err})", file=sys.stderr)
        return EXIT_STORE
    finally:
        ctx.close()


def _flush_stdout() -> None:
    """Push what a command printed out now, so a full standard output (/dev/full, a full disk
    behind a redirect) is exit 4 with one line instead of a traceback at interpreter exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as err:
        from sm_card.commands.context import stdout_failed

        raise stdout_failed(err) from err


if __name__ == "__main__":
    raise SystemExit(main())
