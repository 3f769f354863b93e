"""What every command handler shares: exit codes, errors, the store and the clock."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sm_card.core.models import Profile
from sm_card.core.paths import open_mode, private_command
from sm_card.core.store import Store, StoreError

if TYPE_CHECKING:  # imported where used: `profiles` and `reminders` start lean
    from sm_card.core.settings import Settings

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_STORE = 4
EXIT_DUE_SOON = 10
EXIT_EXPIRED = 11
EXIT_FINDINGS = 12  # `check` found something to look at


class CommandError(Exception):
    """Ends the command with ``code`` after printing ``message`` to standard error."""

    def __init__(self, code: int, message: str):
        self.code = code
        self.message = message
        super().__init__(message)


def privacy_warning(path: Path) -> str | None:
    """A sentence when others may look into ``path`` (core.paths.open_mode), else None."""
    mode = open_mode(path)
    if mode is None:
        return None
    return (f"{path} can be read or changed by other users (mode {mode:04o}); "
            f"`{private_command(path)}` makes it private")


@dataclass
class Context:
    """The narrow set of things a command needs; built once by cli.main."""

    args: argparse.Namespace
    data_dir: Path
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    _store: Store | None = None

    def store(self, *, daily_backup: bool = True) -> Store:
        """The opened store. The day's backup follows as a step of its own: when it cannot be
        made (full disk, read-only folder) the command goes on and says so in one line."""
        if self._store is None:
            try:
                self._store = Store.open(self.data_dir)
            except StoreError as err:
                raise CommandError(EXIT_STORE, str(err)) from err
            for path in (self.data_dir, self._store.path):
                warning = privacy_warning(path)
                if warning:
                    warn(warning)
            problem = self._store.try_daily_backup() if daily_backup else None
            if problem:
                warn(f"no backup today: {problem}")
        return self._store

    def profile(self) -> Profile:
        """The profile named by --profile, else the only (or first created) one."""
        store = self.store()
        try:
            name = store.default_profile_name(self.args.profile)
        except KeyError:
            names = ", ".join(store.profile_names()) or "none"
            raise CommandError(
                EXIT_INVALID, f"--profile: no profile named {self.args.profile!r} (have: {names})"
            ) from None
        if name is None:
            raise CommandError(
                EXIT_INVALID, f"the store in {self.data_dir} holds no profile yet: "
                "add one in the app or run `sm-card import FILE`"
            )
        return store.load_profile(name)

    def profiles(self) -> list[Profile]:
        """--profile alone, else every profile of the store (a family's)."""
        if self.args.profile is not None:
            return [self.profile()]
        profiles = self.store().load_all()
        if not profiles:
            raise CommandError(
                EXIT_INVALID, f"the store in {self.data_dir} holds no profile yet: "
                "add one in the app or run `sm-card import FILE`"
            )
        return profiles

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def iso_date(text: str) -> date:
    """An argparse type for ``--today YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def warn(message: str) -> None:
    """One line on standard error; the command carries on."""
    print(f"sm-card: warning: {' '.join(message.split())}", file=sys.stderr)


PAPERS = ("a4", "letter")


def chosen_paper(ctx: Context, settings: Settings | None = None, *,
                 strict: bool = False) -> str:
    """``--paper``, else the paper setting. A setting that names no paper size is read as A4,
    or refused (exit 3) with ``strict`` (the letter and the action plan, where the page size
    decides what fits on a page)."""
    if settings is None:
        from sm_card.core.settings import Settings

        settings = Settings(ctx.store())
    paper = ctx.args.paper or settings.paper
    if paper in PAPERS:
        return paper
    if strict:
        raise CommandError(EXIT_INVALID, f"settings: paper {paper!r} is not one of "
                           f"{', '.join(PAPERS)}; pass --paper")
    return "a4"


def write_output(path: str, data: bytes | str, *, data_dir: Path) -> None:
    """Write a command's output: "-" is standard output, anything else goes through the one
    safe writer (core.atomic.write_output_file: never onto the store, its backups or a device;
    temporary file, fsync, rename, 0600). A refused path is exit 2; a failed write (full disk,
    full standard output) is exit 4 with one line, and an existing file is left as it was."""
    from sm_card.core.atomic import OutputRefused, write_output_file
    from sm_card.core.validation import escape

    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path == "-":
        try:
            sys.stdout.flush()
            sys.stdout.buffer.write(payload)
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise stdout_failed(err) from err
        return
    try:
        write_output_file(Path(path), payload, data_dir)
    except OutputRefused as err:
        raise CommandError(EXIT_USAGE, f"{escape(path)}: {err}; nothing was written") from err
    except OSError as err:
        raise CommandError(
            EXIT_STORE, f"{escape(path)}: cannot write ({err.strerror or err})") from err


def stdout_failed(err: OSError) -> CommandError:
    """A write to standard output failed (/dev/full, a full disk behind a redirect): silence
    it and say so in one line, exit 4."""
    silence_stdout()
    return CommandError(EXIT_STORE, f"standard output: cannot write ({err.strerror or err})")


def add_today_option(parser: argparse.ArgumentParser) -> None:
    """``--today YYYY-MM-DD``: the date a command works for (scripts and tests)."""
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD",
                        help="the date to check for (default: today)")


def silence_stdout() -> None:
    """After a failed write to standard output, point it at /dev/null so that the flush at
    interpreter exit does not fail again with a traceback ("Exception ignored...")."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
