"""Measurement hooks for bench/run.py, active only when SM_CARD_BENCH is set.

bench/run.py starts the real app as a process and needs to know when the window has been
painted for the first time (what a person waits for), which no exit code can tell. With
``SM_CARD_BENCH=first-paint`` the app prints ``first-paint <unix time>`` right after its first
paint and quits; with ``SM_CARD_BENCH=pages`` it then also opens every page once (after the
reminders are in) before it quits, so the process's peak memory covers a whole session.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sm_card.gui.first_paint import after_first_paint

ENV = "SM_CARD_BENCH"


class _Report(QObject):
    def __init__(self, window: Any, app: QApplication, mode: str):  # the MainWindow
        super().__init__(window)
        self._window = window
        self._app = app
        self._mode = mode

    def painted(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        if self._mode == "pages":
            QTimer.singleShot(0, self._visit_pages)
        else:
            self._quit()

    def _visit_pages(self) -> None:
        for _ in range(500):  # the reminders arrive from the event loop after the first paint
            if self._window.services.reminders.service is not None:
                break
            self._app.processEvents()
            time.sleep(0.01)
        for spec in self._window.pages_spec:
            self._window.show_page(spec.key)
            self._app.processEvents()
        print(f"pages {time.time():.6f}", flush=True)
        self._quit()

    def _quit(self) -> None:
        self._window.hide_on_close = lambda: False
        self._window.close()
        self._app.exit(0)


def install(window: QWidget, app: QApplication) -> None:
    """Report the first paint (and visit the pages) when SM_CARD_BENCH asks for it."""
    mode = os.environ.get(ENV, "")
    if mode not in ("first-paint", "pages"):
        if mode:
            print(f"sm-card: {ENV}={mode!r} is not first-paint or pages", file=sys.stderr)
        return
    # Installed after the app's own first-paint work, so this report is the first to run.
    after_first_paint(window, _Report(window, app, mode).painted, fallback_ms=60_000)
