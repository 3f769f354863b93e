"""Backups of the store and recovery from them.

A backup is a consistent copy made with SQLite's online backup API into ``DIR/backups/``:
"daily" copies (at most one a day, made by the commands and the app after the store is opened,
and after saves in a long-running app) and "event" copies (before an import, before an upgrade
of the store, before a recovery, and `sm-card backup`). The two kinds are rotated apart, so a
burst of imports never pushes out every daily copy. Each copy is written under a temporary
name, flushed to the disk with its folder, and only then given its name; older copies are
deleted only after that. Names never collide: two copies in one second get two names.

Recovery never overwrites anything: the replacement is written and verified first, then the
damaged store is renamed aside under a name no other file has, then the replacement is moved in.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sm_card.core.paths import (
    BACKUP_DIRNAME,
    LOCK_FILENAME,
    STORE_FILENAME,
    ensure_private_dir,
)
from sm_card.core.refusals import Refusal

KEEP_DAILY = 14  # the daily copies: two weeks of them
KEEP_EVENTS = 10
DAILY = "daily"
_PREFIX = "sm-card-"
_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
# sm-card-20261123-090000[.2][_reason].sqlite3 (".N" only when that second was taken already)
_NAME = re.compile(r"^sm-card-(\d{8}-\d{6})(?:\.(\d+))?(?:_(.*))?\.sqlite3$")
_PART = ".part"
# A temporary file this old is a leftover of a killed run, whatever its name says.
_STALE_PART = timedelta(minutes=10)


class BackupError(Refusal, OSError):
    """A backup could not be made; the message names the folder and why."""


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def _parse(path: Path) -> tuple[str, int, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    return match.group(1), int(match.group(2) or 1), match.group(3) or ""


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, newest first (within one second, the later copy first)."""
    folder = backup_dir(data_dir)
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return []
    found = [(key, p) for p in entries if (key := _parse(p)) is not None]
    return [p for _, p in sorted(found, key=lambda kp: kp[0][:2], reverse=True)]


def backup_reason(path: Path) -> str:
    parsed = _parse(path)
    return parsed[2] if parsed else ""


def is_daily(path: Path) -> bool:
    # Copies named before reasons existed carry none; they were the daily ones.
    return backup_reason(path) in (DAILY, "")


def backup_time(path: Path) -> datetime | None:
    parsed = _parse(path)
    if parsed is None:
        return None
    stamp = parsed[0]  # YYYYMMDD-HHMMSS, digits (checked by _NAME)
    try:
        # Not strptime: its first call imports _strptime and its locale machinery, a few
        # milliseconds of every `sm-card reminders` run from cron.
        return datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
                        int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))
    except ValueError:  # a name such as 20261331-250000: not a date
        return None


def _fsync(path: Path, *, folder: bool = False) -> None:
    """Flush a file, or a folder's entries (a rename), to the disk."""
    if folder and os.name != "posix":
        return  # Windows cannot open a folder to flush it; its renames are journalled
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # not checked there: the age rule cleans it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Delete temporary files left by a run that was killed while writing a copy."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for part in entries:
        if not part.name.endswith(_PART):
            continue
        pid = part.name[: -len(_PART)].rsplit(".", 1)[-1]
        try:
            stale = now - part.stat().st_mtime > _STALE_PART.total_seconds()
        except OSError:
            continue
        dead = pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid))
        if stale or dead:
            part.unlink(missing_ok=True)
            removed.append(part)
    return removed


def _link_or_rename(src: Path, dst: Path) -> None:
    """Move ``src`` to ``dst``; FileExistsError (nothing moved) when ``dst`` exists.

    A hard link is the one rename that cannot replace a file. Where links are not supported
    (FAT, some network shares) the name is checked first; a race there needs two copies in
    the same second on such a disk.
    """
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError:
        if dst.exists():
            raise FileExistsError(str(dst)) from None
        os.rename(src, dst)
        return
    src.unlink()


def _claim_name(folder: Path, tmp: Path, now: datetime, reason: str) -> Path:
    """Give ``tmp`` the first free backup name for ``now``; never replaces an existing file."""
    stamp = now.strftime(_STAMP)
    tail = f"_{reason}" if reason else ""
    for n in range(1, 1000):
        number = "" if n == 1 else f".{n}"
        target = folder / f"{_PREFIX}{stamp}{number}{tail}{_SUFFIX}"
        try:
            _link_or_rename(tmp, target)  # fails when the name exists: nothing is replaced
        except FileExistsError:
            continue
        return target
    raise BackupError(f"{folder}: no free backup name for {stamp}", "backup_no_free_name",
                      folder=str(folder))


def make_backup(conn: sqlite3.Connection, data_dir: Path, now: datetime, reason: str = "") -> Path:
    """Copy the open store into backups/, durably, then rotate older copies.

    Raises BackupError (an OSError) when the copy could not be made; nothing older was deleted.
    """
    folder = backup_dir(data_dir)
    try:
        ensure_private_dir(folder)
    except OSError as err:
        why = "it is a file, not a folder" if folder.exists() and not folder.is_dir() else (
            err.strerror or str(err))
        raise BackupError(f"{folder}: cannot make a backup there ({why})",
                          "backup_folder_unusable", folder=str(folder), detail=why) from err
    clean_leftovers(folder)
    tmp = folder / f"{_PREFIX}{now.strftime(_STAMP)}.{os.getpid()}{_PART}"
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        _fsync(tmp)
        target = _claim_name(folder, tmp, now, reason)
        _fsync(folder, folder=True)
    except (OSError, sqlite3.Error) as err:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"{folder}: the backup was not made ({err}); older copies are kept",
                          "backup_not_made", folder=str(folder), detail=str(err)) from err
    rotate(data_dir)
    return target


def rotate(data_dir: Path) -> list[Path]:
    """Keep the newest KEEP_DAILY daily copies and the newest KEEP_EVENTS others."""
    found = list_backups(data_dir)
    daily = [p for p in found if is_daily(p)]
    events = [p for p in found if not is_daily(p)]
    removed = daily[KEEP_DAILY:] + events[KEEP_EVENTS:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def backup_due(data_dir: Path, now: datetime, every: timedelta = timedelta(days=1)) -> bool:
    """True when no daily copy was made in the last day."""
    daily = [p for p in list_backups(data_dir) if is_daily(p)]
    if not daily:
        return True
    newest = backup_time(daily[0])
    return newest is None or now.replace(tzinfo=None) - newest >= every


def sqlite_uri(path: Path, **params: str) -> str:
    """A file: URI for ``path`` that SQLite reads back exactly (``#``, ``%``, ``?``, spaces,
    any script), with query parameters such as mode=ro."""
    uri = path.absolute().as_uri()
    if params:
        uri += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return uri


@dataclass(frozen=True)
class Health:
    """What a store file is: "missing", "empty", "sound", "newer", "damaged" or "unreadable"
    (an I/O error or a journal that cannot be opened: not proof of damage), with why."""

    state: str
    detail: str = ""
    schema: int | None = None


def inspect(path: Path, *, full: bool = False) -> Health:
    """Look at a store or backup file without changing it (read-only connection)."""
    from sm_card.core.store import SCHEMA_VERSION  # store imports this module

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Health("missing")
    except OSError as err:
        return Health("damaged", f"cannot read it ({err.strerror or err})")
    if not path.is_file():
        return Health("damaged", "not a file")
    if size == 0:
        return Health("empty", "0 bytes")
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        try:
            row = conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}"
                               ).fetchone()
            if row is None or row[0] != "ok":
                return Health("damaged", row[0] if row else "no answer")
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
            if schema > SCHEMA_VERSION:
                return Health("newer", f"schema {schema}, this app knows {SCHEMA_VERSION}",
                              schema)
            conn.execute("SELECT count(*) FROM profiles").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as err:
        return Health("damaged" if is_damage(err) else "unreadable", str(err))
    return Health("sound", "", schema)


def is_damage(err: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is bad (corrupt, not a database), as opposed to
    a busy store, an I/O error or a journal it cannot open: those are no reason to replace
    the file."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(err)
    return "malformed" in text or "not a database" in text


def is_sound(path: Path) -> bool:
    """True when ``path`` is an sm-card store this app can open (integrity checked)."""
    return inspect(path).state == "sound"


class RecoverRefused(Refusal):
    """Recovery would do harm (a sound store, a newer app's store); nothing was changed."""


def app_holding(data_dir: Path) -> int | None:
    """The process id of a running sm-card app that has this folder open, else None.

    Read from the app's lock file (QLockFile: pid, app name, host name, ...). Checked on
    POSIX only, and only for this machine: a lock from elsewhere cannot be checked.
    """
    if os.name != "posix":
        return None
    try:
        lines = (data_dir / LOCK_FILENAME).read_text(encoding="utf-8",
                                                      errors="replace").splitlines()
    except OSError:
        return None
    import socket  # only when a lock is found: every command imports this module

    if len(lines) < 3 or not lines[0].isdigit() or lines[2] != socket.gethostname():
        return None
    pid = int(lines[0])
    return pid if pid != os.getpid() and _pid_alive(pid) else None


def _aside_name(store: Path, label: str, now: datetime) -> Path:
    base = f"{store.name}.{label}-{now.strftime(_STAMP)}"
    for n in range(1, 1000):
        candidate = store.with_name(base if n == 1 else f"{base}.{n}")
        if not any(candidate.with_name(candidate.name + extra).exists()
                   for extra in ("", "-journal", "-wal", "-shm")):
            return candidate
    raise OSError(f"{store.parent}: no free name to keep {store.name} aside")


def _move_aside(store: Path, kept: Path) -> None:
    """Rename the store (and its SQLite side files) to ``kept``, never replacing a file."""
    for extra in ("", "-journal", "-wal", "-shm"):
        src = store.with_name(store.name + extra)
        if not src.exists():
            continue
        _link_or_rename(src, kept.with_name(kept.name + extra))


def recover(
    data_dir: Path, now: datetime, source: Path | None = None, *, force: bool = False,
) -> tuple[Path, Path | None]:
    """Put the newest sound backup (or ``source``) in place of a damaged store.

    Refuses (RecoverRefused, nothing changed) while the app has the folder open, a store made
    by a newer app, and a sound store unless ``force``. The replacement is copied, checked
    (integrity_check, schema) and flushed to the disk before the store is moved aside.
    Returns (the backup used, where the old store was kept, or None when there was none).
    Raises FileNotFoundError when no sound backup exists and OSError when a file could not
    be written; then nothing was changed.
    """
    store = data_dir / STORE_FILENAME
    running = app_holding(data_dir)
    if running is not None:
        raise RecoverRefused(
            f"the sm-card app has {data_dir} open (process {running}): quit it first, or it "
            "would go on writing to the file moved aside", "recover_app_running",
            folder=str(data_dir), pid=running)
    health = inspect(store, full=True)
    if health.state == "newer":
        raise RecoverRefused(
            f"{store} was made by a newer sm-card ({health.detail}): it is not damaged. "
            "Update the app to open it; recovering would roll it back to an older copy",
            "recover_newer", path=str(store), detail=health.detail)
    if health.state == "unreadable" and not force:
        raise RecoverRefused(
            f"{store} cannot be read ({health.detail}), which does not show the file is "
            "damaged: fix the cause (a disk error, a file left by another program) first. "
            "`recover --force` replaces it anyway and keeps it beside the restored copy",
            "recover_unreadable", path=str(store), detail=health.detail)
    if health.state == "sound" and not force:
        raise RecoverRefused(
            f"{store} is sound (its integrity check passes): recovering would replace it with "
            "an older backup and lose the changes made since. `recover --force` does it "
            "anyway and keeps the current store beside it", "recover_sound", path=str(store))
    if health.state == "empty" and not list_backups(data_dir) and source is None:
        raise FileNotFoundError(f"no sound backup in {backup_dir(data_dir)}")
    candidates = [source] if source is not None else list_backups(data_dir)
    chosen = next((p for p in candidates if inspect(p, full=True).state == "sound"), None)
    if chosen is None:
        where = source if source is not None else backup_dir(data_dir)
        raise FileNotFoundError(f"no sound backup in {where}")
    tmp = store.with_name(f"{STORE_FILENAME}.restoring-{os.getpid()}")
    try:
        _copy_verified(chosen, tmp)
        kept = None
        if health.state != "missing":
            label = "damaged" if health.state in ("damaged", "empty") else "replaced"
            kept = _aside_name(store, label, now)
            _move_aside(store, kept)
        try:
            os.replace(tmp, store)
        except OSError:
            if kept is not None:
                _link_or_rename(kept, store)  # put it back: never leave no store at all
            raise
        _fsync(data_dir, folder=True)
    finally:
        tmp.unlink(missing_ok=True)
    return chosen, kept


def _copy_verified(source: Path, tmp: Path) -> None:
    """Copy a backup to ``tmp`` through SQLite, then prove the copy is a sound store."""
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            src.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as err:
        raise OSError(f"{tmp}: the copy of {source.name} could not be written ({err})") from err
    finally:
        src.close()
    _fsync(tmp)
    checked = inspect(tmp, full=True)
    if checked.state != "sound":
        raise OSError(f"{tmp}: the copy of {source.name} is not sound ({checked.detail})")
