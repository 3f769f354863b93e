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
from PySide6.QtWidgets import QWidget

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


def restore(window: MainWindow) -> bool:
    """The size, place and page the window was closed with; True when a size and place were
    put back (the window is where it was, not where the desktop would place a new one)."""
    settings = window.session.settings
    geometry = settings.get(GEOMETRY_KEY)
    restored = False
    if isinstance(geometry, str) and geometry:
        # Qt refuses bytes it does not recognise and keeps the window on a visible screen.
        restored = window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
    page = settings.get(PAGE_KEY)
    keys = [spec.key for spec in window.pages_spec]
    if isinstance(page, str) and page in keys and window.session.profile is not None:
        window.show_page(page)
    return restored


def fit_to_screen(window: QWidget, *, place: bool) -> None:
    """Keep ``window`` within its screen's available area (the desktop's panels left out): no
    larger than it, frame included, and with ``place`` moved so that no edge of its frame is
    past it (without, a window not yet placed is left to the desktop, which centres it).

    The window opened at 1000×700, or at the size it had on a larger monitor, on a 1366×768
    screen at 150 % (911×512 px): its buttons and scroll bars were below the screen's edge.
    Its minimum size (its layout's, at the font it has) still wins: then its top left stays
    on the screen, where its title bar is."""
    if window.isMaximized() or window.isFullScreen():
        return  # the desktop keeps those on the screen
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    inner, outer = window.geometry(), window.frameGeometry()  # the same until first shown
    frame_width, frame_height = outer.width() - inner.width(), outer.height() - inner.height()
    width = min(inner.width(), room.width() - frame_width)
    height = min(inner.height(), room.height() - frame_height)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    if not place:
        return
    outer = window.frameGeometry()
    x = max(room.left(), min(outer.left(), room.right() + 1 - outer.width()))
    y = max(room.top(), min(outer.top(), room.bottom() + 1 - outer.height()))
    if (x, y) != (outer.left(), outer.top()):
        window.move(x, y)  # a window's position is its frame's
