"""Desktop notifications without a tray, through a real D-Bus session bus started here.

A private ``dbus-daemon`` and a small notification server (a Python process with QtDBus that
owns org.freedesktop.Notifications and prints every Notify call as a JSON line) stand in for
the desktop; both are stopped after each test.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import textwrap
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtDBus import QDBusConnection

from sm_card.core.settings import Settings
from sm_card.gui.notifications import DBusNotifier
from sm_card.gui.reminder_service import ReminderService
from sm_card.gui.tray import NullNotifier, pick_notifier

SERVER = textwrap.dedent('''
    import json, sys
    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
    from PySide6.QtDBus import QDBusConnection

    @ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
    class Server(QObject):
        count = 0

        @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
        def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
            Server.count += 1
            print(json.dumps({"app": app, "replaces": replaces, "icon": icon,
                              "summary": summary, "body": body, "actions": list(actions),
                              "hints": {k: v for k, v in hints.items()},
                              "timeout": timeout, "id": Server.count}), flush=True)
            return Server.count

        @Slot(result="QStringList")
        def GetCapabilities(self):
            return ["body"]

        @Slot(result="QStringList")
        def GetServerInformation(self):
            return ["test", "sm-card", "1", "1.2"]

    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    server = Server()
    ok = bus.registerObject("/org/freedesktop/Notifications", server,
                            QDBusConnection.RegisterOption.ExportAllSlots)
    ok = ok and bus.registerService("org.freedesktop.Notifications")
    print("ready" if ok else "failed", flush=True)
    app.exec()
''')


def read_line(proc: subprocess.Popen, timeout: float = 10.0) -> str | None:
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        return None
    return proc.stdout.readline().decode("utf-8").strip()


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def bus_address():
    """A private session bus; the daemon is stopped when the test ends."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                               "--print-address=1"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
    try:
        address = read_line(daemon)
        assert address and address.startswith("unix:"), address
        yield address
    finally:
        stop(daemon)
        assert daemon.poll() is not None


@pytest.fixture
def bus(bus_address):
    name = f"sm-card-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def server(bus_address, tmp_path):
    script = tmp_path / "notification_server.py"
    script.write_text(SERVER, encoding="utf-8")
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, env=env)
    try:
        assert read_line(proc) == "ready"
        yield proc
    finally:
        stop(proc)


def test_notify_reaches_the_notification_service(bus, server):
    notifier = DBusNotifier(lambda: True, bus)
    notifier.notify("sm-card reminder", "EpiPen 0.3 mg expires on 2026-12-31 (in 38 days)")
    call = json.loads(read_line(server))
    assert call["app"] == "sm-card" and call["replaces"] == 0 and call["icon"] == ""
    assert call["summary"] == "sm-card reminder"
    assert call["body"] == "EpiPen 0.3 mg expires on 2026-12-31 (in 38 days)"
    assert call["actions"] == [] and call["timeout"] == -1
    assert call["hints"] == {"urgency": 1, "desktop-entry": "sm-card"}
    assert notifier.last_id == call["id"] == 1
    notifier.notify("sm-card: epinephrine", "Expired: Jext 0.3 mg", urgent=True)
    urgent = json.loads(read_line(server))
    assert urgent["summary"] == "sm-card: epinephrine" and urgent["body"] == "Expired: Jext 0.3 mg"
    assert urgent["hints"]["urgency"] == 2 and urgent["timeout"] == 0  # stays until closed


def test_notifications_switched_off_send_nothing(bus, server, store):
    settings = Settings(store)
    notifier = pick_notifier(settings, None, bus=bus)
    assert isinstance(notifier, DBusNotifier)
    settings.set("notifications", False)
    notifier.notify("sm-card reminder", "not sent")
    settings.set("notifications", True)
    notifier.notify("sm-card reminder", "sent")
    assert json.loads(read_line(server))["body"] == "sent"  # the first never arrived


def test_no_tray_and_no_notification_service_is_the_banner_only(bus, store):
    assert isinstance(pick_notifier(Settings(store), None, bus=bus), NullNotifier)
    notifier = DBusNotifier(lambda: True, bus)
    notifier.notify("t", "m")  # the server went away: logged, nothing raised
    assert notifier.last_id == 0


LONDON = ZoneInfo("Europe/London")


def test_a_due_reminder_reaches_the_desktop_without_a_tray(qtbot, bus, server, store):
    """What the tray would have shown (tests/gui/test_reminder_service.py) goes over D-Bus."""
    now = datetime(2026, 11, 23, 8, 30, tzinfo=LONDON)
    settings = Settings(store)
    service = ReminderService(store, settings, today=now.date, now=lambda: now,
                              notifier=pick_notifier(settings, None, bus=bus))
    service.start()
    service.stop()
    call = json.loads(read_line(server))
    assert call["summary"] == "sm-card reminder"
    assert "EpiPen 0.3 mg" in call["body"] and "2026-12-31" in call["body"]
    assert call["hints"]["urgency"] == 1
    service.check("periodic")  # the same stage is told once
    assert read_line(server, timeout=0.5) is None
