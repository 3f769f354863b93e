"""The window's size, place and last page, remembered between runs.

Kept in the app's own settings store (core/settings.py, in the data folder), never in a
platform registry or ~/.config: a data folder moved to another computer, or a test's temporary
folder, carries its window state with it and nothing is written elsewhere.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from sm_card.core.store import StoreError

if TYPE_CHECKING:
    from sm_card.gui.main_window import MainWindow

GEOMETRY_KEY = "window_geometry"  # QMainWindow.saveGeometry(), base64
PAGE_KEY = "window_page"  # the key of the page shown last (PageSpec.key)


def save(window: MainWindow) -> None:
    settings = window.session.settings
    geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    index = window.nav.currentRow()
    page = window.pages_spec[index].key if 0 <= index < len(window.pages_spec) else None

    def write() -> None:  # reading the store may fail as well as writing to it
        if settings.get(GEOMETRY_KEY) != geometry:
            settings.set(GEOMETRY_KEY, geometry)
        if page is not None and settings.get(PAGE_KEY) != page:
            settings.set(PAGE_KEY, page)

    remember(write)


def remember(write: Callable[[], object]) -> None:
    """Write something the window only remembers (its size, a zoom, a trip's dates). A store
    that cannot be written (read-only, a full disk) forgets it; that never stops the window,
    nor keeps it from closing."""
    with contextlib.suppress(StoreError, sqlite3.Error, OSError):
        write()


def restore(window: MainWindow) -> None:
    settings = window.session.settings
    geometry = settings.get(GEOMETRY_KEY)
    if isinstance(geometry, str) and geometry:
        # Qt refuses bytes it does not recognise and keeps the window on a visible screen.
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
    page = settings.get(PAGE_KEY)
    keys = [spec.key for spec in window.pages_spec]
    if isinstance(page, str) and page in keys and window.session.profile is not None:
        window.show_page(page)
