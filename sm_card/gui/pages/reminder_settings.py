"""Reminder settings: lead times, procedure preparation, tray, notifications, start at login;
the calendar export's lead events and what the card's QR code holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import autostart
from sm_card.gui import colours
from sm_card.gui.labels import wrapped_label
from sm_card.gui.services import Services

MAX_LEAD_DAYS = 730


def parse_lead_days(text: str) -> list[int]:
    """"60, 30, 7, 0" -> [60, 30, 7, 0]; ValueError naming the bad part."""
    values = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) > MAX_LEAD_DAYS:
            raise ValueError(part)
        values.add(int(part))
    return sorted(values, reverse=True)


class ReminderSettingsPage(QWidget):
    changed = Signal()  # a setting that affects which reminders are due changed

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        enable_autostart: Callable[[], str] | None = None,
        disable_autostart: Callable[[], None] = autostart.disable,
        autostart_enabled: Callable[[], bool] = autostart.is_enabled,
    ):
        super().__init__(parent)
        self.setObjectName("reminderSettingsPage")
        self.session = session = services.session
        self.settings = services.settings
        self.demo = services.demo
        self.reminders = services.reminders
        # The entry starts the app on this store, also when it is not the default folder.
        self._enable = enable_autostart or (lambda: autostart.enable(
            autostart.default_command(session.store.path.parent)))
        self._disable = disable_autostart
        self._enabled = autostart_enabled
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Reminders</h2>"), self))
        form = QFormLayout()
        layout.addLayout(form)

        self.lead_days = QLineEdit(self)
        self.lead_days.setObjectName("leadDays")
        self.lead_days.setToolTip(self.tr(
            "Days before the expiry date to remind you, separated by commas; 0 is the day "
            "itself."))
        form.addRow(self.tr("Remind me (days before expiry)"), self.lead_days)
        self.lead_error = QLabel(self)
        self.lead_error.setObjectName("leadDaysError")
        colours.paint(self.lead_error, "ink:error")
        form.addRow("", self.lead_error)

        self.prepare_days = QSpinBox(self)
        self.prepare_days.setObjectName("prepareDays")
        self.prepare_days.setRange(0, 90)
        self.prepare_days.setSuffix(self.tr(" days before"))
        form.addRow(self.tr("Prepare for a planned procedure"), self.prepare_days)

        self.lead_events = QCheckBox(self.tr(
            "Calendar export: also a “replace soon” day on each of these days"), self)
        self.lead_events.setObjectName("leadEvents")
        self.lead_events.setToolTip(self.tr(
            "Google Calendar drops the alarms of imported events; these separate all-day "
            "events still show on the phone. Apple Calendar and Outlook keep the alarms."))
        form.addRow(self.lead_events)

        self.qr_format = QComboBox(self)
        self.qr_format.setObjectName("qrFormat")
        self.qr_format.addItem(self.tr("Contact card (vCard): iPhone and Android cameras"),
                               "vcard")
        self.qr_format.addItem(self.tr("Plain text: Android cameras and scanner apps"), "text")
        self.qr_format.setToolTip(self.tr(
            "The iPhone Camera app is reported to show nothing for plain text; it offers a "
            "contact card, with the summary in its note."))
        form.addRow(self.tr("The card's QR code holds"), self.qr_format)

        self.notifications = QCheckBox(self.tr("Show desktop notifications"), self)
        self.notifications.setObjectName("notifications")
        form.addRow(self.notifications)
        self.close_to_tray = QCheckBox(
            self.tr("Keep running in the tray when the window is closed"), self)
        self.close_to_tray.setObjectName("closeToTray")
        form.addRow(self.close_to_tray)
        self.autostart = QCheckBox(self.tr("Start sm-card when I log in"), self)
        self.autostart.setObjectName("autostart")
        form.addRow(self.autostart)
        self.autostart_note = wrapped_label(self, name="autostartNote")
        form.addRow(self.autostart_note)
        note = wrapped_label(self, self.tr(
            "The strip at the top of the window shows each reminder until you act on it. For "
            "reminders "
            "while sm-card is closed, export your devices to your calendar or run "
            "“sm-card reminders” from a scheduled task."))
        layout.addWidget(note)
        layout.addStretch(1)

        self.load()
        self.lead_days.editingFinished.connect(self._save_lead_days)
        self.prepare_days.valueChanged.connect(self._save_prepare_days)
        self.notifications.toggled.connect(lambda on: self.settings.set("notifications", on))
        self.lead_events.toggled.connect(lambda on: self.settings.set("lead_events", on))
        self.qr_format.currentIndexChanged.connect(
            lambda i: self.settings.set("qr_format", self.qr_format.itemData(i)))
        self.close_to_tray.toggled.connect(lambda on: self.settings.set("close_to_tray", on))
        self.autostart.toggled.connect(self._toggle_autostart)

    def load(self) -> None:
        self.lead_days.setText(", ".join(str(d) for d in self.settings.lead_days))
        self.prepare_days.setValue(self.settings.prepare_days)
        self.notifications.setChecked(self.settings.notifications)
        self.lead_events.setChecked(self.settings.lead_events)
        index = self.qr_format.findData(self.settings.qr_format)
        self.qr_format.setCurrentIndex(max(index, 0))
        self.close_to_tray.setChecked(self.settings.close_to_tray)
        try:
            on = self._enabled()
        except OSError:
            on = False
        self.autostart.setChecked(on)

    def _save_lead_days(self) -> None:
        try:
            days = parse_lead_days(self.lead_days.text())
        except ValueError as err:
            self.lead_error.setText(self.tr(
                "“{part}” is not a number of days (0 to {max}).").format(
                part=err.args[0], max=MAX_LEAD_DAYS))
            return
        self.lead_error.clear()
        if days != self.settings.lead_days:
            self.settings.set("lead_days", days)
            self._changed()
        self.lead_days.setText(", ".join(str(d) for d in days))

    def _save_prepare_days(self, value: int) -> None:
        self.settings.set("prepare_days", int(value))
        self._changed()

    def _toggle_autostart(self, on: bool) -> None:
        if on and self.demo:
            # The demo's store is a temporary folder, and the demo touches nothing of the
            # person's: no login entry (it would open a vanished store, or the real one).
            self.autostart_note.setText(self.tr("Not in the demo: nothing of yours is changed."))
            self.autostart.blockSignals(True)
            self.autostart.setChecked(False)
            self.autostart.blockSignals(False)
            return
        try:
            if on:
                where = self._enable()
                self.autostart_note.setText(self.tr("Starts at login from {where}").format(
                    where=where))
            else:
                self._disable()
                self.autostart_note.setText(self.tr("Does not start at login."))
        except OSError as err:
            self.autostart_note.setText(self.tr("Could not change it: {error}").format(
                error=err))
            self.autostart.blockSignals(True)
            self.autostart.setChecked(not on)
            self.autostart.blockSignals(False)
            return
        self.settings.set("autostart", on)

    def _changed(self) -> None:
        self.changed.emit()
        self.reminders.check("change")
