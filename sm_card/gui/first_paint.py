"""Work that can wait until the window has been painted once (what a person waits for)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int):
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        # A window that is never painted (started minimised, an odd platform) still gets it.
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            # From the event loop, once this paint (children included) has reached the screen.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._window.removeEventFilter(self)
        callback()


def after_first_paint(window: QWidget, callback: Callable[[], None],
                      fallback_ms: int = 2000) -> None:
    """Call ``callback`` once, right after ``window``'s first paint (or after ``fallback_ms``
    if no paint comes)."""
    _AfterFirstPaint(window, callback, fallback_ms)
