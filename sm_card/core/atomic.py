"""Atomic file writes: the old file stays whole until the new one is complete on disk."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from sm_card.core.refusals import Refusal


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temporary file beside ``path``, fsync, then rename over it."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class OutputRefused(Refusal, ValueError):
    """An output path the app will not write to (the store, its backups, a device...)."""


def _is_own_file(target: Path, data_dir: Path) -> bool:
    from sm_card.core.paths import BACKUP_DIRNAME, STORE_FILENAME

    try:
        folder = data_dir.resolve()
    except OSError:
        return False
    if target.parent == folder and target.name.startswith(STORE_FILENAME):
        return True  # the store, its -wal/-shm/-journal companions, kept damaged copies
    backups = folder / BACKUP_DIRNAME
    return target == backups or backups in target.parents


def check_output_path(path: Path, data_dir: Path | None) -> Path:
    """Refuse to write an output where it would destroy something: onto the store or any file
    of the data folder's own (``sm-card.sqlite3*``, ``backups/``), or onto anything that is not
    a regular file (a device node such as /dev/sda, a FIFO, a folder). A symlink is followed:
    the resolved path is returned, so writing to it keeps the link."""
    try:
        target = Path(path).resolve()
    except (OSError, RuntimeError) as err:  # RuntimeError: a symlink loop on older Pythons
        raise OutputRefused(f"cannot resolve the path ({err})", "output_unresolvable",
                            detail=str(err)) from None
    if data_dir is not None and _is_own_file(target, Path(data_dir)):
        raise OutputRefused("is a file of sm-card's own data folder (the store or its "
                            "backups); choose another name", "output_own_file")
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as err:
        raise OutputRefused(f"cannot be checked ({err.strerror or err})", "output_uncheckable",
                            detail=str(err.strerror or err)) from None
    if not stat.S_ISREG(st.st_mode):
        raise OutputRefused("exists and is not a regular file (a folder, device or pipe); "
                            "choose another name", "output_not_regular")
    return target


def write_output_file(path: Path, data: bytes, data_dir: Path | None) -> None:
    """The one way an output (card, letter, calendar, FHIR, export) reaches a file: checked by
    check_output_path, then written atomically with mode 0600. Raises OutputRefused or
    OSError (e.g. ENOSPC: the old file, if any, is left as it was)."""
    atomic_write(check_output_path(Path(path), data_dir), data, mode=0o600)
