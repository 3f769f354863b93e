"""The launcher entry on Linux desktops: a ``.desktop`` file, icons and AppStream metadata.

Installed per user under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset), where menus,
launchers and software centres look (Desktop Entry, Icon Theme and AppStream specifications):

- ``applications/io.github.smcard.SmCard.desktop``, its ``Exec`` naming the sm-card that ran
  the install (a pip install's script or the unpacked bundle), so the menu starts that one;
- ``icons/hicolor/<n>x<n>/apps/io.github.smcard.SmCard.png`` at the standard sizes;
- ``metainfo/io.github.smcard.SmCard.metainfo.xml``.

The templates are resources/desktop/ (validated as they are by tests/packaging). Icons are
passed in as PNG bytes: they are drawn by sm_card.render, which core does not import.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sm_card.core.atomic import atomic_write
from sm_card.core.autostart import DESKTOP_APP_ID, desktop_exec
from sm_card.core.paths import resource_path

APP_ID = DESKTOP_APP_ID
DESKTOP_FILENAME = f"{APP_ID}.desktop"
METAINFO_FILENAME = f"{APP_ID}.metainfo.xml"
# hicolor's fixed sizes that launchers ask for (16 menus ... 512 software centres, HiDPI docks).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def xdg_data_home(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (XDG spec)."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return (home or Path.home()) / ".local" / "share"


@dataclass(frozen=True)
class DesktopFiles:
    """Where each file of the launcher entry goes."""

    desktop: Path
    metainfo: Path
    icons: dict[int, Path]

    def all(self) -> list[Path]:
        return [self.desktop, self.metainfo, *self.icons.values()]


def locations(environ: Mapping[str, str] | None = None,
              home: Path | None = None) -> DesktopFiles:
    base = xdg_data_home(environ, home)
    return DesktopFiles(
        desktop=base / "applications" / DESKTOP_FILENAME,
        metainfo=base / "metainfo" / METAINFO_FILENAME,
        icons={size: base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
               for size in ICON_SIZES},
    )


def _desktop_string(value: str) -> str:
    """A value of type string in a desktop file: backslash and control characters escaped."""
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def desktop_entry(command: Sequence[str]) -> str:
    """The shipped ``.desktop`` template with ``Exec`` (and ``TryExec``) set to ``command``.

    ``TryExec`` names the program itself when it is a path, so the entry disappears from the
    menu if the unpacked bundle is deleted rather than starting nothing.
    """
    template = resource_path("desktop", DESKTOP_FILENAME).read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            if os.path.isabs(command[0]):
                lines.append(f"TryExec={_desktop_string(command[0])}")
            line = f"Exec={desktop_exec(command)}"
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def metainfo() -> bytes:
    return resource_path("desktop", METAINFO_FILENAME).read_bytes()


def install(command: Sequence[str], icon_png: Callable[[int], bytes],
            environ: Mapping[str, str] | None = None, home: Path | None = None) -> list[Path]:
    """Write the launcher entry for ``command``; returns the files written.

    ``icon_png(size)``: the app's icon as PNG bytes, ``size`` pixels square. Files are written
    readable by all (0644, like any desktop file): they hold nothing of the person's record.
    Icons and metadata go first, the ``.desktop`` file last, so a launcher that notices the
    entry finds its icon already there.
    """
    where = locations(environ, home)
    written = []
    for size, path in where.icons.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, icon_png(size), mode=0o644)
        written.append(path)
    for path, data in ((where.metainfo, metainfo()),
                       (where.desktop, desktop_entry(command).encode("utf-8"))):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data, mode=0o644)
        written.append(path)
    return written


def remove(environ: Mapping[str, str] | None = None, home: Path | None = None) -> list[Path]:
    """Delete the files :func:`install` writes (only those); returns the ones that existed."""
    removed = []
    for path in locations(environ, home).all():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
