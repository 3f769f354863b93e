"""The in-app reminder banner: one row per reminder, there until the person acts on it.

Acting means Snooze (until tomorrow morning), "I replaced it" (records the new device) or
Dismiss. Rows are rebuilt from the service's pending list, which keeps a reminder that was
already notified until it is acted on, also across restarts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sm_card.core.injectors import REQUIRED_IN_DATE
from sm_card.core.reminders import (
    INJECTOR,
    LEVEL_DUE_SOON,
    LEVEL_EXPIRED,
    LEVEL_PREPARE,
    LEVEL_TOO_FEW,
    Reminder,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def _dose(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value) if float(value).is_integer() else value} mg"


def _date(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def device_words(r: Reminder) -> str:
    words = " ".join(x for x in (r.title, _dose(r.dose_mg)) if x)
    if r.location:
        words = _tr("{device} (kept in: {location})").format(device=words, location=r.location)
    return words


def describe(r: Reminder) -> str:
    """One sentence for the banner and the tray, in the person's language."""
    if r.level == LEVEL_EXPIRED:
        text = _tr("{name}: {device} is out of date (last day in date: {date}). "
                   "Replace it.").format(name=r.profile_name, device=device_words(r),
                                         date=_date(r.target_on))
    elif r.level == LEVEL_DUE_SOON and r.days_left == 0:
        text = _tr("{name}: today is the last day {device} is in date. "
                   "Replace it.").format(name=r.profile_name, device=device_words(r))
    elif r.level == LEVEL_DUE_SOON:
        text = _tr("{name}: {device} is in date until {date} ({days} days left). "
                   "Get a new one.").format(name=r.profile_name, device=device_words(r),
                                            date=_date(r.target_on), days=r.days_left)
    elif r.level == LEVEL_PREPARE:
        text = _tr("{name}: {procedure} is planned on {date} ({days} days). Prepare: print "
                   "the pre-operative letter and check your devices.").format(
            name=r.profile_name, procedure=r.title, date=_date(r.target_on),
            days=r.days_left)
        for product, dose, last_day in r.expiring:
            text += " " + _tr("{device} is in date only until {date}, before the procedure: "
                              "replace it first.").format(
                device=" ".join(x for x in (product, _dose(dose)) if x),
                date=last_day.isoformat())
    else:
        text = ""
    if r.level == LEVEL_TOO_FEW or (r.kind == INJECTOR and r.in_date_count is not None
                                    and r.in_date_count < REQUIRED_IN_DATE
                                    and len(r.covers) > 1):
        short = _tr("Only {count} in-date epinephrine device(s): carry two.").format(
            count=r.in_date_count)
        text = short if not text else f"{text} {short}"
        if r.level == LEVEL_TOO_FEW:
            text = f"{r.profile_name}: {text}"
    return text


_STYLE = {
    # background, text, icon: colour is never the only signal (the icon and words say it).
    # Style icons rather than emoji: many desktop fonts draw emoji as empty boxes.
    LEVEL_EXPIRED: ("#fde2e1", "#5c0000", QStyle.StandardPixmap.SP_MessageBoxCritical),
    LEVEL_TOO_FEW: ("#fde2e1", "#5c0000", QStyle.StandardPixmap.SP_MessageBoxCritical),
    LEVEL_DUE_SOON: ("#fff4ce", "#4a3800", QStyle.StandardPixmap.SP_MessageBoxWarning),
    LEVEL_PREPARE: ("#e1ecfd", "#0b2a5c", QStyle.StandardPixmap.SP_MessageBoxInformation),
}


class ReminderRow(QFrame):
    def __init__(self, reminder: Reminder, banner: ReminderBanner):
        super().__init__(banner)
        self.reminder = reminder
        self.setObjectName("bannerRow")
        bg, fg, marker = _STYLE[reminder.level]
        self.setStyleSheet(f"QFrame#bannerRow {{ background:{bg}; }} QLabel {{ color:{fg}; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        icon = QLabel(self)
        icon.setObjectName("bannerIcon")
        icon.setPixmap(self.style().standardIcon(marker).pixmap(20, 20))
        layout.addWidget(icon)
        text = QLabel(describe(reminder), self)
        text.setObjectName("bannerText")
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        self.snooze_button = QPushButton(_tr("Snooze until tomorrow"), self)
        self.snooze_button.setObjectName("bannerSnooze")
        self.snooze_button.clicked.connect(lambda: banner.snoozeRequested.emit(reminder))
        layout.addWidget(self.snooze_button)
        self.replaced_button = None
        if reminder.kind == INJECTOR:
            self.replaced_button = QPushButton(_tr("I replaced it…"), self)
            self.replaced_button.setObjectName("bannerReplaced")
            self.replaced_button.clicked.connect(lambda: banner.replacedRequested.emit(reminder))
            layout.addWidget(self.replaced_button)
        self.dismiss_button = QPushButton(_tr("Dismiss"), self)
        self.dismiss_button.setObjectName("bannerDismiss")
        self.dismiss_button.clicked.connect(lambda: banner.dismissRequested.emit(reminder))
        layout.addWidget(self.dismiss_button)


class ReminderBanner(QWidget):
    snoozeRequested = Signal(object)  # Reminder
    replacedRequested = Signal(object)
    dismissRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._rows: list[ReminderRow] = []
        self.hide()

    def rows(self) -> list[ReminderRow]:
        return list(self._rows)

    def set_reminders(self, reminders: list[Reminder]) -> None:
        if [r.key for r in reminders] == [row.reminder.key for row in self._rows] and all(
                r == row.reminder for r, row in zip(reminders, self._rows, strict=True)):
            return  # unchanged: keep the rows (and keyboard focus) as they are
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows = [ReminderRow(r, self) for r in reminders]
        for row in self._rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self._rows))
