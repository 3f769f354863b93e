"""Backups of the store and recovery from them.

A backup is a consistent copy made with SQLite's online backup API into ``DIR/backups/``: at
most one a day when the store is opened, and always before a schema migration or an import.
Recovery never overwrites a damaged store: it is renamed aside (kept for the person or a
helper to inspect) and the newest backup that passes an integrity check takes its place.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from sm_card.core.paths import BACKUP_DIRNAME, STORE_FILENAME, ensure_private_dir

KEEP = 14
_PREFIX = "sm-card-"
_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir()
             if p.name.startswith(_PREFIX) and p.name.endswith(_SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_time(path: Path) -> datetime | None:
    stamp = path.name[len(_PREFIX):-len(_SUFFIX)].split("_")[0]
    try:
        return datetime.strptime(stamp, _STAMP)
    except ValueError:
        return None


def make_backup(conn: sqlite3.Connection, data_dir: Path, now: datetime, reason: str = "") -> Path:
    """Copy the open store into backups/ and keep the newest KEEP copies."""
    folder = ensure_private_dir(backup_dir(data_dir))
    name = f"{_PREFIX}{now.strftime(_STAMP)}{'_' + reason if reason else ''}{_SUFFIX}"
    target = folder / name
    tmp = folder / (name + ".part")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(tmp, target)
    for old in list_backups(data_dir)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def backup_due(data_dir: Path, now: datetime, every: timedelta = timedelta(days=1)) -> bool:
    backups = list_backups(data_dir)
    if not backups:
        return True
    newest = backup_time(backups[0])
    return newest is None or now.replace(tzinfo=None) - newest >= every


def is_sound(path: Path) -> bool:
    """True when ``path`` is an SQLite file that passes ``PRAGMA quick_check``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
            conn.execute("SELECT count(*) FROM profiles").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == "ok"


def recover(data_dir: Path, now: datetime, source: Path | None = None) -> tuple[Path, Path | None]:
    """Put the newest sound backup (or ``source``) in place of the store.

    Returns (the backup used, where the damaged store was kept). Raises FileNotFoundError when
    no sound backup exists; then nothing was changed.
    """
    candidates = [source] if source is not None else list_backups(data_dir)
    chosen = next((p for p in candidates if p is not None and is_sound(p)), None)
    if chosen is None:
        raise FileNotFoundError(f"no sound backup in {backup_dir(data_dir)}")
    store = data_dir / STORE_FILENAME
    kept = None
    if store.exists():
        kept = store.with_name(f"{STORE_FILENAME}.damaged-{now.strftime(_STAMP)}")
        os.replace(store, kept)
        for extra in ("-journal", "-wal", "-shm"):
            side = store.with_name(STORE_FILENAME + extra)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + extra))
    tmp = store.with_name(STORE_FILENAME + ".restoring")
    shutil.copyfile(chosen, tmp)
    os.chmod(tmp, 0o600)
    os.replace(tmp, store)
    return chosen, kept
