"""What every command handler shares: exit codes, errors, the store and the clock."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sm_card.core.models import Profile
from sm_card.core.paths import privacy_warning
from sm_card.core.store import Store, StoreError

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


def write_output(path: str, data: bytes | str) -> None:
    """Write a command's output file atomically ("-" is standard output)."""
    from sm_card.core.atomic import atomic_write

    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    try:
        atomic_write(Path(path), payload)
    except OSError as err:
        raise CommandError(EXIT_STORE, f"{path}: cannot write ({err.strerror or err})") from err
