"""One place decides where files live; tests and --data-dir redirect it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "sm-card"
STORE_FILENAME = "sm-card.sqlite3"
BACKUP_DIRNAME = "backups"
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
    """Create the folder if missing; on POSIX only the user may read it (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def resource_path(*parts: str) -> Path:
    """A file under resources/: inside the installed wheel, or the source checkout's folder."""
    here = Path(__file__).resolve().parent.parent  # sm_card/
    installed = here.joinpath("resources", *parts)
    if installed.exists():
        return installed
    return here.parent.joinpath("resources", *parts)
