"""The in-app reminder strip: the current profile's most urgent reminder, in a fixed place.

Acting means "Go to Injectors" (or Surgery), Snooze (until tomorrow morning), "I replaced it"
(records the new device) or Dismiss. The strip follows the service's pending list, which keeps
a reminder that was already notified until it is acted on, also across restarts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from sm_card.core.reminders import (
    INJECTOR,
    LEVEL_DUE_SOON,
    LEVEL_EXPIRED,
    LEVEL_PREPARE,
    LEVEL_TOO_FEW,
    PROCEDURE,
    Reminder,
)
from sm_card.gui.bidi import isolate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def _dose(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value) if float(value).is_integer() else value} mg"


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def device_words(r: Reminder) -> str:
    words = isolate(" ".join(x for x in (r.title, _dose(r.dose_mg)) if x))
    if r.location:
        words = _tr("{device} (kept in: {location})").format(device=words,
                                                             location=isolate(r.location))
    return words


def describe(r: Reminder) -> str:
    """One sentence for the strip and the tray, in the person's language.

    The person's own words (names, products, places) are isolated by direction: an Arabic
    name must not turn an English sentence right-to-left (gui/bidi.py)."""
    name = isolate(r.profile_name)
    if r.level == LEVEL_EXPIRED:
        text = _tr("{name}: {device} is out of date (last day in date: {date}). "
                   "Replace it.").format(name=name, device=device_words(r),
                                         date=_day(r.target_on))
    elif r.level == LEVEL_DUE_SOON and r.days_left == 0:
        text = _tr("{name}: today is the last day {device} is in date. "
                   "Replace it.").format(name=name, device=device_words(r))
    elif r.level == LEVEL_DUE_SOON:
        text = _tr("{name}: {device} is in date until {date} ({days} days left). "
                   "Get a new one.").format(name=name, device=device_words(r),
                                            date=_day(r.target_on), days=r.days_left)
    elif r.level == LEVEL_PREPARE:
        text = _tr("{name}: {procedure} is planned on {date} ({days} days). Prepare: print "
                   "the pre-operative letter and check your devices.").format(
            name=name, procedure=isolate(r.title), date=_day(r.target_on),
            days=r.days_left)
        for product, dose, last_day in r.expiring:
            text += " " + _tr("{device} is in date only until {date}, before the procedure: "
                              "replace it first.").format(
                device=isolate(" ".join(x for x in (product, _dose(dose)) if x)),
                date=last_day.isoformat())
    else:
        text = ""
    if carries_too_few(r):
        short = _tr("Only {count} in-date epinephrine device(s): carry two.").format(
            count=r.in_date_count)
        text = short if not text else f"{text} {short}"
        if r.level == LEVEL_TOO_FEW:
            text = f"{name}: {text}"
    return text


def carries_too_few(r: Reminder) -> bool:
    """The reminder says "carry two" (alone, or folded into a device's reminder)."""
    return r.level == LEVEL_TOO_FEW or (r.kind == INJECTOR and r.in_date_count is not None
                                        and r.in_date_count < 2 and len(r.covers) > 1)


# The strip's states, one colour each. "Act now" covers an expired device and fewer than two
# in date, whether the shortfall comes alone or folded into a device's reminder: the same state
# never shows in two colours.
STATE_NONE = "none"
STATE_ACT_NOW = "act_now"
STATE_SOON = "soon"
STATE_PREPARE = "prepare"


def state_of(r: Reminder | None) -> str:
    if r is None:
        return STATE_NONE
    if r.level in (LEVEL_EXPIRED, LEVEL_TOO_FEW) or carries_too_few(r):
        return STATE_ACT_NOW
    return STATE_SOON if r.level == LEVEL_DUE_SOON else STATE_PREPARE


STATE_STYLE = {
    # background, text, icon: colour is never the only signal (the icon and words say it).
    # Style icons rather than emoji: many desktop fonts draw emoji as empty boxes.
    STATE_ACT_NOW: ("#fde2e1", "#5c0000", QStyle.StandardPixmap.SP_MessageBoxCritical),
    STATE_SOON: ("#fff4ce", "#4a3800", QStyle.StandardPixmap.SP_MessageBoxWarning),
    STATE_PREPARE: ("#e1ecfd", "#0b2a5c", QStyle.StandardPixmap.SP_MessageBoxInformation),
    STATE_NONE: ("#eef1f4", "#1f2a33", None),
}

TEXT_LINES = 2  # the strip's fixed height holds this many lines; longer text is elided


class ReminderStrip(QFrame):
    """One fixed-height strip for the current profile's most urgent reminder.

    Its height is reserved from the start and never changes, shown or empty: a reminder that
    arrives after the first paint, or goes, moves nothing under the mouse. Only the current
    profile's reminders are shown (a deleted or other profile's never); the count of the others
    and of the other profiles' is a short note after the message.
    """

    goRequested = Signal(object)  # Reminder: open the page that deals with it
    snoozeRequested = Signal(object)
    replacedRequested = Signal(object)
    dismissRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderStrip")
        self._all: list[Reminder] | None = None  # None: not checked yet
        self._profile: str | None = None
        self.reminder: Reminder | None = None
        self.state = STATE_NONE
        self._full_text = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        self.icon = QLabel(self)
        self.icon.setObjectName("reminderIcon")
        self.icon.setFixedSize(20, 20)
        row.addWidget(self.icon)
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.text, 1)

        def button(text: str, name: str, signal) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(lambda: self.reminder is not None and signal.emit(self.reminder))
            row.addWidget(b)
            return b

        self.go_button = button(_tr("Go to Injectors"), "reminderGo", self.goRequested)
        self.replaced_button = button(_tr("I replaced it…"), "reminderReplaced",
                                      self.replacedRequested)
        self.snooze_button = button(_tr("Snooze"), "reminderSnooze", self.snoozeRequested)
        self.snooze_button.setToolTip(_tr("Hide until tomorrow morning"))
        self.dismiss_button = button(_tr("Dismiss"), "reminderDismiss", self.dismissRequested)
        lines = self.fontMetrics().lineSpacing() * TEXT_LINES
        self.setFixedHeight(max(lines, self.go_button.sizeHint().height()) + 8)
        self._show()

    # --- what to show --------------------------------------------------------------------

    def set_reminders(self, reminders: list[Reminder]) -> None:
        """Every pending reminder (all profiles, most urgent first), as the service sends."""
        self._all = list(reminders)
        self._show()

    def set_profile(self, name: str | None) -> None:
        self._profile = name
        self._show()

    def mine(self) -> list[Reminder]:
        return [r for r in self._all or [] if r.profile_name == self._profile]

    def _show(self) -> None:
        mine = self.mine()
        others = sorted({r.profile_name for r in self._all or []
                         if r.profile_name != self._profile})
        self.reminder = mine[0] if mine else None
        self.state = state_of(self.reminder)
        if self.reminder is not None:
            text = describe(self.reminder)
            if len(mine) > 1:
                text += " " + _tr("(and {n} more on the Overview page)").format(n=len(mine) - 1)
        elif self._all is None or self._profile is None:
            text = ""
        else:
            text = _tr("Nothing due for {name}.").format(name=isolate(self._profile))
        if others:
            text += " " + _tr("Due for: {names}.").format(
                names=", ".join(isolate(n) for n in others))
        bg, fg, marker = STATE_STYLE[self.state]
        self.setStyleSheet(f"QFrame#reminderStrip {{ background:{bg}; }} "
                           f"QLabel {{ color:{fg}; }}")
        if marker is None:
            self.icon.clear()
        else:
            self.icon.setPixmap(self.style().standardIcon(marker).pixmap(20, 20))
        r = self.reminder
        self.go_button.setVisible(r is not None)
        if r is not None:
            self.go_button.setText(_tr("Go to Surgery") if r.kind == PROCEDURE
                                   else _tr("Go to Injectors"))
        self.replaced_button.setVisible(r is not None and r.kind == INJECTOR)
        self.snooze_button.setVisible(r is not None)
        self.dismiss_button.setVisible(r is not None)
        self._full_text = text
        self.text.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def full_text(self) -> str:
        return self._full_text

    def _elide(self) -> None:
        """Fit the text into the reserved lines: a longer one ends in "…" (whole in the
        tooltip) rather than growing the strip. Qt's word wrap cannot stop after N lines,
        so the text is cut until the wrapped label fits."""
        label, text = self.text, self._full_text
        width = max(40, label.width())
        room = self.height() - 6
        metrics = label.fontMetrics()
        label.setText(text)
        budget = width * TEXT_LINES
        while label.heightForWidth(width) > room and budget > width // 2:
            budget -= max(metrics.averageCharWidth() * 4, budget // 10)
            label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, budget))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()
