"""While the app runs: check reminders often, notice a wake from sleep, tell the person once.

A short timer ticks every minute; never one long timer (Qt caps timers near 24.8 days, and a
timer does not count the time a machine sleeps). A tick checks when the calendar day changed,
when the last check is older than ``check_every``, or when the wall clock jumped: between two
ticks a minute apart, far more time passed (the machine slept or the clock was set), as Vorta's
scheduler does. The reminder logic itself is the pure ``core.reminders``; this class only
supplies the clock, the store and the notifier.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from sm_card.core.reminders import (
    LEVEL_EXPIRED,
    LEVEL_TOO_FEW,
    PREMEDICATION,
    PREMEDICATION_SNOOZE,
    Reminder,
    dismiss,
    hidden_names,
    mark_notified,
    next_alarm,
    pending_reminders,
    snooze,
    snooze_until,
)
from sm_card.core.settings import Settings
from sm_card.core.store import Store, StoreError
from sm_card.gui.banner import describe
from sm_card.gui.i18n import translate
from sm_card.gui.tray import Notifier, NullNotifier, Tray, pick_notifier, tray_available

if TYPE_CHECKING:
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.reminder_strip import ReminderStrip

log = logging.getLogger(__name__)

TICK_MS = 60_000
CHECK_EVERY = timedelta(minutes=15)
JUMP_THRESHOLD = timedelta(minutes=5)


class ReminderService(QObject):
    checked = Signal(str)  # after every check; the reason: start, periodic, day, wake, change
    remindersChanged = Signal(list)  # every reminder pending now, most urgent first
    # (sent just before remindersChanged) the names of the people whose reminders fell due
    # but are snoozed or dismissed now
    hiddenChanged = Signal(object)
    reminded = Signal(list)  # reminders notified just now (each stage once)
    wokeUp = Signal()  # the wall clock jumped: sleep, hibernation or a clock change

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        notifier: Notifier | None = None,
        tick_ms: int = TICK_MS,
        check_every: timedelta = CHECK_EVERY,
        jump_threshold: timedelta = JUMP_THRESHOLD,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.today = today
        self.now = now
        self.notifier: Notifier = notifier or NullNotifier()
        self.check_every = check_every
        self.jump_threshold = jump_threshold
        self.pending: list[Reminder] = []
        self.quitting = False
        self._last_tick: datetime | None = None
        self._last_check: datetime | None = None
        self._last_day: date | None = None
        # The next premedication step's local time: checked at that minute, not 15 min later.
        self._next_alarm: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Start ticking and check at once (catch-up for what fell due while closed)."""
        self._last_tick = self.now()
        self.timer.start()
        self.check("start")

    def stop(self) -> None:
        self.timer.stop()

    # --- when to check -------------------------------------------------------------------

    def tick(self) -> None:
        now = self.now()
        previous, self._last_tick = self._last_tick, now
        if previous is not None:
            elapsed = now - previous
            expected = timedelta(milliseconds=self.timer.interval())
            if elapsed > expected + self.jump_threshold or elapsed < -self.jump_threshold:
                log.info("clock jumped by %s: checking reminders", elapsed - expected)
                self.wokeUp.emit()
                self.check("wake")
                return
        if self.today() != self._last_day:
            self.check("day")
        elif self._next_alarm is not None and _reached(now, self._next_alarm):
            self.check("alarm")
        elif self._last_check is None or now - self._last_check >= self.check_every:
            self.check("periodic")

    # --- checking ------------------------------------------------------------------------

    def check(self, reason: str = "change") -> list[Reminder]:
        """Recompute what is due; notify what is new; returns the newly notified ones."""
        now, today = self.now(), self.today()
        try:
            profiles = self.store.load_all()
            pending = pending_reminders(
                profiles, today, self.settings.lead_days, self.store.reminder_log(), now=now,
                prepare_days=self.settings.prepare_days)
            hidden = hidden_names(profiles, pending, today, self.settings.lead_days, now=now,
                                  prepare_days=self.settings.prepare_days)
            self._next_alarm = next_alarm(profiles, now)
            new = [r for r in pending if r.new]
            if new:
                mark_notified(self.store, new, now)
        except StoreError as err:  # keep ticking; the next check tries again
            log.warning("reminder check failed: %s", err)
            return []
        self._last_check, self._last_day = now, today
        self.pending = pending
        if new:
            self._notify(new)
        self.hiddenChanged.emit(hidden)
        self.remindersChanged.emit(pending)
        if new:
            self.reminded.emit(new)
        self.checked.emit(reason)
        return new

    def _notify(self, new: list[Reminder]) -> None:
        urgent = any(r.level in (LEVEL_EXPIRED, LEVEL_TOO_FEW) for r in new)
        message = describe(new[0])
        if len(new) > 1:
            message += " " + self.tr("(and {n} more)").format(n=len(new) - 1)
        title = self.tr("sm-card: epinephrine") if urgent else self.tr("sm-card reminder")
        try:
            self.notifier.notify(title, message, urgent)
        except Exception as err:  # noqa: BLE001 - a failing notification must not stop reminders
            log.warning("notification failed: %s", err)

    # --- acting on a reminder ------------------------------------------------------------

    def snooze(self, reminder: Reminder, until: datetime | None = None) -> None:
        if until is None:
            until = (self.now() + PREMEDICATION_SNOOZE if reminder.kind == PREMEDICATION
                     else snooze_until(self.now()))
        snooze(self.store, reminder, until)
        self.check("change")

    def dismiss(self, reminder: Reminder) -> None:
        dismiss(self.store, reminder, self.now())
        self.check("change")


def _reached(now: datetime, moment: datetime) -> bool:
    """``moment`` is a local wall-clock time (naive); ``now`` may carry a zone."""
    if (now.tzinfo is None) != (moment.tzinfo is None):
        now, moment = now.astimezone(), moment.astimezone()
    return now >= moment


def replace_from_banner(window: MainWindow, reminder: Reminder) -> None:
    """The strip's "I replaced it": switch to that person, record the new device."""
    from sm_card.gui.pages.injectors_page import InjectorsPage, replace_flow

    session = window.session
    if session.profile is None or session.profile.name != reminder.profile_name:
        session.select(reminder.profile_name)
    try:
        page = window.show_page("injectors")
    except StopIteration:  # no Injectors page in this window
        page = None
    if isinstance(page, InjectorsPage):
        page.replace(reminder.subject_id)
    else:
        replace_flow(session, window, reminder.subject_id, window.services.catalog())


@dataclass(frozen=True)
class InstalledReminders:
    """What ``install_reminders`` made: the service, the window's strip, the tray (None
    without one). The service is also put in ``window.services.reminders`` for the pages."""

    service: ReminderService
    strip: ReminderStrip
    tray: Tray | None


def install_reminders(window: MainWindow, *, use_tray: bool | None = None,
                      start: bool = True) -> InstalledReminders:
    """Reminders for the main window: service, the window's ``reminder_strip``, tray.

    Closing the window hides it to the tray when the person chose so (setting close_to_tray)
    and a tray exists; the tray's Quit really quits.
    """
    services = window.services
    session = services.session
    service = ReminderService(session.store, services.settings, today=services.today,
                              now=services.now, parent=window)
    strip = window.reminder_strip  # its place is reserved in the window from the start
    if use_tray is None:
        use_tray = tray_available()
    tray = Tray(window) if use_tray else None
    service.notifier = pick_notifier(services.settings, tray)

    service.hiddenChanged.connect(strip.set_hidden)
    service.remindersChanged.connect(strip.set_reminders)
    strip.snoozeRequested.connect(service.snooze)
    strip.dismissRequested.connect(service.dismiss)
    strip.replacedRequested.connect(lambda r: replace_from_banner(window, r))
    session.recordEdited.connect(lambda: service.check("change"))
    # A deleted or renamed profile's reminders go at once, not at the next tick.
    session.profileChanged.connect(lambda: service.check("change"))

    if tray is not None:
        tray.show()

        def open_window() -> None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

        def quit_app() -> None:
            service.quitting = True
            window.quit()
            QApplication.quit()

        tray.openRequested.connect(open_window)
        tray.quitRequested.connect(quit_app)
        told: list[bool] = []

        def hide_on_close() -> bool:
            hide = (not service.quitting and session.settings.close_to_tray
                    and tray.isVisible())
            if hide and not told:
                told.append(True)
                tray.show_message(
                    translate("ReminderService", "sm-card keeps running"),
                    translate("ReminderService", "Reminders still reach you from here. "
                              "Choose Quit in this icon's menu to stop them."))
            return hide

        window.hide_on_close = hide_on_close
    services.reminders.install(service)
    if start:
        service.start()
    return InstalledReminders(service, strip, tray)
