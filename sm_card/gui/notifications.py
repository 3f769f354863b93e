"""Desktop notifications without a tray: the freedesktop Notifications service over D-Bus.

Stock GNOME has no system tray, so ``QSystemTrayIcon.showMessage`` has nowhere to go; GNOME,
KDE, Xfce, Cinnamon and most other Linux desktops run a notification server that owns
``org.freedesktop.Notifications`` on the session bus (Desktop Notifications Specification 1.2):
``Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as, hints a{sv},
expire_timeout i) -> u``.

The call goes through the interface's introspected meta-object, so Qt marshals every argument
with the type the server declares (a plain ``call()`` from Python would send ``replaces_id`` as
a signed int and an empty list as ``av``, which strict servers such as GNOME Shell refuse).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "sm-card"
DESKTOP_ENTRY = "sm-card"  # as QGuiApplication.setDesktopFileName in gui/app.py
CALL_TIMEOUT_MS = 5_000
URGENCY_NORMAL = 1
URGENCY_CRITICAL = 2  # stays on screen until the person closes it


def service_available(bus: QDBusConnection) -> bool:
    """A notification server runs, or the bus can start one (D-Bus activation)."""
    if not bus.isConnected():
        return False
    names = bus.interface()
    if names is None:
        return False
    registered = names.isServiceRegistered(SERVICE)
    if registered.isValid() and registered.value():
        return True
    reply = bus.call(_list_activatable(), QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    args = reply.arguments()
    return bool(args) and SERVICE in (args[0] or [])


def _list_activatable() -> QDBusMessage:
    return QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "ListActivatableNames")


class DBusNotifier:
    """A ``Notifier`` (see gui/tray.py) that sends through the session bus."""

    def __init__(self, enabled: Callable[[], bool], bus: QDBusConnection | None = None,
                 timeout_ms: int = -1):
        self.enabled = enabled
        self.bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.timeout_ms = timeout_ms  # -1: the server's default
        self._interface: QDBusInterface | None = None
        self.last_id = 0

    def interface(self) -> QDBusInterface | None:
        if self._interface is None or not self._interface.isValid():
            iface = QDBusInterface(SERVICE, PATH, INTERFACE, self.bus)
            if not iface.isValid():
                log.warning("no desktop notification service: %s", iface.lastError().message())
                return None
            iface.setTimeout(CALL_TIMEOUT_MS)
            self._interface = iface
        return self._interface

    def notify(self, title: str, message: str, urgent: bool = False) -> None:
        if not self.enabled():
            return
        iface = self.interface()
        if iface is None:
            return
        hints = {"urgency": URGENCY_CRITICAL if urgent else URGENCY_NORMAL,
                 "desktop-entry": DESKTOP_ENTRY}
        # An urgent one (expired device, fewer than two) stays until dismissed.
        timeout = 0 if urgent else self.timeout_ms
        try:
            ident = QMetaObject.invokeMethod(
                iface, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME), Q_ARG("uint", 0), Q_ARG(str, ""), Q_ARG(str, title),
                Q_ARG(str, message), Q_ARG("QStringList", []), Q_ARG("QVariantMap", hints),
                Q_ARG(int, timeout))
        except (RuntimeError, TypeError) as err:  # the server's Notify has another signature
            log.warning("desktop notification failed: %s", err)
            return
        error = iface.lastError()
        if error.isValid():
            log.warning("desktop notification failed: %s", error.message())
            return
        self.last_id = ident if isinstance(ident, int) else 0
