"""System tray icon and the one small interface notifications go through.

``pick_notifier`` returns a tray notifier where the desktop has a tray; without one (stock
GNOME) the freedesktop Notifications service over D-Bus (gui/notifications.py), and a null
notifier only when neither exists (the in-app banner is always there). The person's
"notifications" setting is checked at each delivery, so switching it off takes effect at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from sm_card.core.settings import Settings

MESSAGE_MS = 15_000


class Notifier(Protocol):
    def notify(self, title: str, message: str, urgent: bool = False) -> None: ...


class NullNotifier:
    """No tray: nothing beyond the in-app banner."""

    def notify(self, title: str, message: str, urgent: bool = False) -> None:
        return None


class TrayNotifier:
    def __init__(self, tray: QSystemTrayIcon, enabled: Callable[[], bool]):
        self.tray = tray
        self.enabled = enabled

    def notify(self, title: str, message: str, urgent: bool = False) -> None:
        if not self.enabled() or not self.tray.isVisible():
            return
        icon = (QSystemTrayIcon.MessageIcon.Critical if urgent
                else QSystemTrayIcon.MessageIcon.Warning)
        self.tray.showMessage(title, message, icon, MESSAGE_MS)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def app_icon() -> QIcon:
    app = QApplication.instance()
    icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
    if icon.isNull() and isinstance(app, QApplication):
        icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return icon


class Tray(QObject):
    """The tray icon with Open and Quit; clicking the icon opens the window."""

    openRequested = Signal()
    quitRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("sm-card: epinephrine reminders"))
        self.menu = QMenu(parent)
        self.open_action = QAction(self.tr("Open sm-card"), self.menu)
        self.open_action.triggered.connect(self.openRequested)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(self.quitRequested)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.openRequested)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()

    def show(self) -> None:
        self.icon.show()

    def isVisible(self) -> bool:  # noqa: N802 - mirrors Qt
        return self.icon.isVisible()

    def show_message(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information,
                              MESSAGE_MS)


def pick_notifier(settings: Settings, tray: Tray | None, bus=None) -> Notifier:
    """``bus``: the D-Bus connection for the no-tray case (default: the session bus)."""
    def enabled() -> bool:
        return settings.notifications

    if tray is not None:
        return TrayNotifier(tray.icon, enabled)
    import sys

    if not sys.platform.startswith("linux") and bus is None:
        return NullNotifier()  # freedesktop notifications are a Linux/BSD desktop service
    from PySide6.QtDBus import QDBusConnection

    from sm_card.gui.notifications import DBusNotifier, service_available

    bus = bus if bus is not None else QDBusConnection.sessionBus()
    if not service_available(bus):
        return NullNotifier()
    return DBusNotifier(enabled, bus)
