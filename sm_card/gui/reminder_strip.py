"""The in-app reminder strip: the current profile's most urgent reminder, in a fixed place.

Acting means "Go to Injectors" (or Surgery), Snooze (until tomorrow morning), "I replaced it"
(records the new device) or Dismiss. The strip follows the service's pending list, which keeps
a reminder that was already notified until it is acted on, also across restarts. The window
builds it before its first paint; the reminder logic (core.reminders, gui/banner.py) is
imported only once there is a reminder to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sm_card.gui import colours
from sm_card.gui.bidi import isolate
from sm_card.gui.labels import wrapped_label

if TYPE_CHECKING:
    from sm_card.core.reminders import Reminder

# As core.reminders names them (not imported: see above).
INJECTOR = "injector"
PROCEDURE = "procedure"
PREMEDICATION = "premedication"
# As gui/banner.py names them.
STATE_NONE = "none"
STATE_ACT_NOW = "act_now"
STATE_SOON = "soon"
STATE_PREPARE = "prepare"

STATE_STYLE = {
    # band (gui/colours.py: its background and text, light or dark as the palette is), icon:
    # colour is never the only signal (the icon and words say it).
    # Style icons rather than emoji: many desktop fonts draw emoji as empty boxes. The icon is
    # named, not looked up here: PySide builds QStyle's enum on first use (~10 ms), and the
    # strip is built before the window's first paint.
    STATE_ACT_NOW: ("error", "SP_MessageBoxCritical"),
    STATE_SOON: ("warning", "SP_MessageBoxWarning"),
    STATE_PREPARE: ("info", "SP_MessageBoxInformation"),
    STATE_NONE: ("neutral", None),
}

TEXT_LINES = 2  # the strip's fixed height holds this many lines; longer text is elided


class ReminderStrip(QWidget):
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
        self.setAccessibleName(self.tr("Reminder"))
        # A plain widget filling its palette's background: a QFrame, or a style-sheet
        # background (WA_StyledBackground, from the Qt namespace), would cost PySide's
        # first-use set-up of those classes (8-15 ms) before the window's first paint.
        self.setAutoFillBackground(True)
        self._all: list[Reminder] | None = None  # None: not checked yet
        self._profile: str | None = None
        self._hidden: set[str] = set()
        self.reminder: Reminder | None = None
        self.state = STATE_NONE
        self._full_text = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        self.icon = QLabel(self)
        self.icon.setObjectName("reminderIcon")
        self.icon.setFixedSize(20, 20)
        row.addWidget(self.icon)
        self.text = wrapped_label(self, name="reminderText")
        row.addWidget(self.text, 1)

        def button(text: str, name: str, signal) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(lambda: self.reminder is not None and signal.emit(self.reminder))
            row.addWidget(b)
            return b

        self.go_button = button(self.tr("Go to Injectors"), "reminderGo", self.goRequested)
        self.replaced_button = button(self.tr("I replaced it…"), "reminderReplaced",
                                      self.replacedRequested)
        self.snooze_button = button(self.tr("Snooze"), "reminderSnooze", self.snoozeRequested)
        self.snooze_button.setToolTip(self.tr("Hide until tomorrow morning"))
        self.dismiss_button = button(self.tr("Dismiss"), "reminderDismiss", self.dismissRequested)
        colours.on_palette_change(self, self._colour)  # a dark theme chosen while it runs
        lines = self.fontMetrics().lineSpacing() * TEXT_LINES
        self.setFixedHeight(max(lines, self.go_button.sizeHint().height()) + 8)
        self._show()

    # --- what to show --------------------------------------------------------------------

    def set_reminders(self, reminders: list[Reminder]) -> None:
        """Every pending reminder (all profiles, most urgent first), as the service sends."""
        self._all = list(reminders)
        self._show()

    def set_hidden(self, names: set[str]) -> None:
        """The people whose due reminders are snoozed or dismissed (shown with the next
        set_reminders, which the service sends right after)."""
        self._hidden = set(names)

    def set_profile(self, name: str | None) -> None:
        self._profile = name
        self._show()

    def mine(self) -> list[Reminder]:
        return [r for r in self._all or [] if r.profile_name == self._profile]

    def _chosen(self) -> Reminder | None:
        """The open person's most urgent reminder; another person's when theirs needs acting
        on now and the open person's does not. With one child's record open, the other's pen
        out of date in 3 days and alone was only "Due for: Noah.", behind a calm yellow line
        about a pen good for 13 more days; the buttons act on the reminder shown, for its
        person (Go to Injectors opens that person's page)."""
        mine = self.mine()
        chosen = mine[0] if mine else None
        if self._all:
            # Only with reminders to weigh: the window's first paint does not wait for it.
            from sm_card.gui.banner import state_of

            if state_of(chosen) != STATE_ACT_NOW:
                chosen = next((r for r in self._all if r.profile_name != self._profile
                               and state_of(r) == STATE_ACT_NOW), chosen)
        return chosen

    def _show(self) -> None:
        self.reminder = self._chosen()
        person = self.reminder.profile_name if self.reminder is not None else self._profile
        others = sorted({r.profile_name for r in self._all or [] if r.profile_name != person})
        self.state = STATE_NONE
        if self.reminder is not None:
            from sm_card.gui.banner import describe, state_of

            self.state = state_of(self.reminder)
            text = describe(self.reminder)
            more = sum(r.profile_name == person for r in self._all or []) - 1
            if more > 0:
                text += " " + self.tr("(and {n} more on the Overview page)").format(n=more)
        elif self._all is None or self._profile is None:
            text = ""
        elif self._profile in self._hidden:
            # Snoozed was shown as "No reminders for …", as if nothing were due.
            text = self.tr("Reminders for {name} are snoozed or dismissed for now; the Overview "
                           "page shows what is due.").format(name=isolate(self._profile))
        else:
            # Not "nothing due": the Overview lists a place short of two devices as due, and
            # that is no reminder (it cannot be snoozed or dismissed).
            text = self.tr("No reminders for {name}.").format(name=isolate(self._profile))
        if others:
            text += " " + self.tr("Due for: {names}.").format(
                names=", ".join(isolate(n) for n in others))
        marker = STATE_STYLE[self.state][1]
        self.setAutoFillBackground(bool(text))  # nothing to say yet: the space stays, empty
        self._colour()
        if marker is None:
            self.icon.clear()
        else:
            from PySide6.QtWidgets import QStyle

            pixmap = getattr(QStyle.StandardPixmap, marker)
            self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(20, 20))
        r = self.reminder
        self.go_button.setVisible(r is not None)
        if r is not None:
            self.go_button.setText(self.tr("Go to Surgery")
                                   if r.kind in (PROCEDURE, PREMEDICATION)
                                   else self.tr("Go to Injectors"))
            self.snooze_button.setToolTip(self.tr("Remind me again in 10 minutes")
                                          if r.kind == PREMEDICATION
                                          else self.tr("Hide until tomorrow morning"))
        self.replaced_button.setVisible(r is not None and r.kind == INJECTOR)
        self.snooze_button.setVisible(r is not None)
        self.dismiss_button.setVisible(r is not None)
        if r is not None:
            self.dismiss_button.setToolTip(
                self.tr("Hide it; while fewer than two devices are in date it comes back in "
                        "a week") if r.says_carry_two else
                self.tr("Hide it until the next reminder for this device") if r.kind == INJECTOR
                else self.tr("Hide it for good"))
        self._full_text = text
        self.text.setToolTip(text)
        self.setAccessibleDescription(text)
        # The buttons just shown or hidden change the text's room now, not at the next
        # resize: cut to the old width, the text stayed short beside an empty band.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self._elide()

    def _colour(self) -> None:
        """The state's band, for the application's palette now.

        Through the palette, not a style sheet: a style sheet on the strip would take over
        its palette, and with it the background."""
        bg, fg = colours.band(STATE_STYLE[self.state][0])
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(bg))
        self.setPalette(palette)
        words = self.text.palette()
        words.setColor(self.text.foregroundRole(), QColor(fg))
        self.text.setPalette(words)

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
            # Cut by hand (QFontMetrics.elidedText needs the Qt namespace's enums).
            keep = len(text)
            while keep > 1 and metrics.horizontalAdvance(text[:keep]) > budget:
                keep -= max(1, keep // 20)
            label.setText(text[:keep].rstrip() + "…")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()
