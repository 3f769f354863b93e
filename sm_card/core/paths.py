"""One place decides where files live; tests and --data-dir redirect it."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "sm-card"
STORE_FILENAME = "sm-card.sqlite3"
BACKUP_DIRNAME = "backups"
LOCK_FILENAME = ".sm-card.lock"  # the app's single-instance lock (a QLockFile)
ENV_DATA_DIR = "SM_CARD_DATA_DIR"


def default_data_dir() -> Path:
    import platformdirs  # only when no folder was named: 10 ms off every start otherwise

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """--data-dir wins, then SM_CARD_DATA_DIR, then the platform's per-user data folder."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create the folder if missing, private (0700 on POSIX).

    A folder that exists already keeps its mode: it may be shared on purpose, or be /tmp-like
    (1777), and changing it behind the person's back breaks other things. ``open_mode``
    says when such a folder lets others in.
    """
    if path.is_dir():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        if path.is_dir():  # made by another process a moment ago
            return path
        raise
    if os.name == "posix":
        os.chmod(path, 0o700)  # the umask may have taken bits away, never added: be exact
    return path


def open_mode(path: Path) -> int | None:
    """``path``'s permission bits when others may look into it (group or other bits set),
    else None. The CLI (commands/context.py) and the app (gui/app.py) word the warning."""
    if os.name != "posix":
        return None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    return mode if mode & 0o077 else None


def private_command(path: Path) -> str:
    """The command that makes ``path`` private: a folder 700, a file 600 (a store made
    executable by ``chmod 700`` is as private, but it is not what a file should be)."""
    return f"chmod {'700' if path.is_dir() else '600'} {path}"


def resource_path(*parts: str) -> Path:
    """A file under resources/: inside the installed wheel, or the source checkout's folder."""
    here = Path(__file__).resolve().parent.parent  # sm_card/
    installed = here.joinpath("resources", *parts)
    if installed.exists():
        return installed
    return here.parent.joinpath("resources", *parts)
