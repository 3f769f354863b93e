"""The Overview page: per profile, at a glance, what the record misses and what is due.

The facts come from ``core.overview``; the words are here. Each line has a button that opens
the page that fixes it (for another profile, that profile is opened first). The page needs no
catalog, and its content (core.overview, the scroll area) is built from the event loop once
the page has been painted: the window's first paint waits for none of it. While hidden it only
notes that the record changed and rebuilds when shown.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sm_card.core.store import StoreError
from sm_card.gui import carry_two, colours
from sm_card.gui.bidi import isolate
from sm_card.gui.labels import wrapped_label
from sm_card.gui.session import ProfileSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from sm_card.core import overview as ov

MAX_CONTENT_WIDTH = 860  # a line of text a person can still read at 1600 px and wider


def _dose(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value) if float(value).is_integer() else value} mg"


class OverviewPage(QWidget):
    # (profile name, core.overview.Item): open the page that fixes the item for that profile
    openRequested = Signal(str, object)

    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.session = session
        self.overviews: list[ov.ProfileOverview] = []
        self._dirty = False  # the first fill is on its way (below)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Overview") + "</h2>", self))
        intro = wrapped_label(self, self.tr(
            "What each record is missing and what is due. A button opens the page where you "
            "can see to it."), name="overviewIntro")
        layout.addWidget(intro)
        self._layout = layout
        self.scroll_area: QScrollArea | None = None  # made with the first fill (see below)
        self.content: QWidget | None = None
        self._generation = 0

        session.recordEdited.connect(self._changed)
        session.profileChanged.connect(self._changed)
        self._fill_queued = False

    # --- words -----------------------------------------------------------------------------

    def _section_button(self, section: str) -> str:
        from sm_card.core import overview as ov

        return {
            ov.INJECTORS: self.tr("Go to Injectors"),
            ov.PROCEDURES: self.tr("Go to Surgery"),
            ov.AVOID: self.tr("Go to Avoid"),
            ov.CONTACTS: self.tr("Go to Contacts"),
            ov.DIAGNOSIS: self.tr("Go to Diagnosis"),
        }.get(section, self.tr("Open"))

    def describe(self, item: ov.Item) -> str:
        from sm_card.core import overview as ov

        device = isolate(" ".join(x for x in (item.subject, _dose(item.dose_mg)) if x))
        when = item.on.isoformat() if item.on else ""
        if item.kind == ov.PREMEDICATION_STEP:
            from sm_card.core.premedication import format_offset

            return self.tr("Premedication {offset} before {procedure} ({time}): "
                           "{what}").format(
                offset=format_offset(item.minutes_before), procedure=isolate(item.procedure),
                time=f"{item.at:%Y-%m-%d %H:%M}" if item.at else "",
                what=isolate(item.subject))
        if item.kind == ov.DEVICE_EXPIRED:
            return self.tr("{device} is out of date (last day in date: {date}). "
                           "Replace it.").format(device=device, date=when)
        if item.kind == ov.DEVICE_DUE_SOON:
            return self.tr("{device} is in date until {date} ({days} days left).").format(
                device=device, date=when, days=item.days)
        if item.kind == ov.DEVICE_BEFORE_PROCEDURE:
            return self.tr("{device} is in date until {date}, before {procedure} on "
                           "{procedure_date}: replace it first.").format(
                device=device, date=when, procedure=isolate(item.procedure),
                procedure_date=item.procedure_on.isoformat() if item.procedure_on else "")
        if item.kind == ov.TOO_FEW:
            return carry_two.too_few(item.count or 0)
        if item.kind == ov.PLACE_TOO_FEW:
            return carry_two.too_few_at(item.subject or "", item.count or 0)
        if item.kind == ov.NO_INJECTOR:
            return self.tr("No epinephrine injector recorded.")
        if item.kind == ov.PROCEDURE_SOON:
            if item.days == 0:  # not "(0 days)"
                text = self.tr("{procedure} today ({date}): take the pre-operative "
                               "letter.").format(procedure=isolate(item.subject), date=when)
            else:
                text = self.tr("{procedure} on {date} ({days} days): print the pre-operative "
                               "letter.").format(procedure=isolate(item.subject), date=when,
                                                 days=item.days)
            if item.count:
                text += " " + self.tr("%n device(s) will be out of date by then.", "",
                                      item.count)
            return text
        if item.kind == ov.NO_AVOID:
            return self.tr("Nothing on the avoid list yet.")
        if item.kind == ov.NO_CONTACT:
            return self.tr("No emergency contact yet.")
        if item.kind == ov.NO_DIAGNOSIS:
            return self.tr("No diagnosis (subtype) recorded.")
        return item.kind

    # --- building --------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.content is None:
            return  # the first fill is on its way
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Filled once the page has been painted: the area below the heading is empty until
        # then (nothing on screen moves), and the window's first paint waits for none of it.
        if self.content is None and not self._fill_queued:
            self._fill_queued = True
            QTimer.singleShot(0, self._first_fill)
        super().paintEvent(event)

    def _first_fill(self) -> None:
        if self.content is None:
            self.refresh(others_later=True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dirty and self.content is not None:  # (the first fill is on its way)
            self.refresh()  # also: the day may have changed since the last look
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._dirty = True  # the date or another program's change may be news next time
        super().hideEvent(event)

    def _scroll_area(self) -> QScrollArea:
        # Made here, not in the constructor: PySide sets up QFrame's (and so QScrollArea's)
        # Python class on first use, ~8 ms the window's first paint need not wait for.
        if self.scroll_area is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QFrame, QScrollArea

            area = QScrollArea(self)
            area.setObjectName("overviewScroll")
            area.setAccessibleName(self.tr("What is missing and what is due, per profile"))
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            # Its buttons take the focus (and bring themselves into view); the area itself
            # was a Tab stop that showed nothing.
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._layout.addWidget(area, 1)
            self.scroll_area = area
        return self.scroll_area

    def refresh(self, *, others_later: bool = False) -> None:
        """Rebuild the page. ``others_later``: the profile open now at once, the other
        profiles (reading them all costs ~80 ms with 100 profiles) from the event loop just
        after, below it."""
        self._dirty = False
        scroll_area = self._scroll_area()
        self._generation += 1
        current = self.session.profile
        content = QWidget()
        content.setObjectName("overviewContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        holder = QWidget(content)  # the readable column, left-aligned, at most this wide
        holder.setMaximumWidth(MAX_CONTENT_WIDTH)
        self._rows = QVBoxLayout(holder)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addStretch(1)
        column.addWidget(holder)
        self._holder = holder
        old = scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        scroll_area.setWidget(content)
        self.content = content
        self.overviews = []
        if current is None:
            self._rows.insertWidget(0, QLabel(self.tr("No record yet."), holder))
            return
        self._add([current], current.name)
        if others_later:
            generation = self._generation
            QTimer.singleShot(0, lambda: self._add_others(generation))
        else:
            self._add_others(self._generation)

    def _add_others(self, generation: int) -> None:
        if generation != self._generation or self.content is None:
            return  # rebuilt meanwhile
        current = self.session.profile.name if self.session.profile else None
        try:
            profiles = [p for p in self.session.store.load_all() if p.name != current]
        except (StoreError, sqlite3.Error):
            return  # the profile open now is shown; the others at the next look
        self._add(profiles, current)

    def _add(self, profiles, current: str | None) -> None:
        from sm_card.core import overview as ov

        settings = self.session.settings
        try:
            lead_days, prepare_days = settings.lead_days, settings.prepare_days
        except (StoreError, sqlite3.Error):  # the store went away: the defaults say enough
            from sm_card.core.settings import DEFAULTS

            lead_days, prepare_days = list(DEFAULTS.lead_days), DEFAULTS.prepare_days
        entries = ov.overview(profiles, self.session.today(), lead_days, prepare_days)
        for entry in entries:
            box = self._profile_box(entry, entry.name == current, self._holder)
            self._rows.insertWidget(self._rows.count() - 1, box)  # above the stretch
        self.overviews.extend(entries)

    def _profile_box(self, entry: ov.ProfileOverview, is_current: bool,
                     parent: QWidget) -> QWidget:
        box = QWidget(parent)
        box.setObjectName("overviewProfile")
        box.setProperty("profileName", entry.name)
        lines = QVBoxLayout(box)
        title = QLabel(isolate(entry.name) if not is_current else self.tr(
            "{name} (open now)").format(name=isolate(entry.name)), box)
        title.setObjectName("overviewName")
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        lines.addWidget(title)
        if not entry.items:
            ok = QLabel(self.tr("Nothing missing, nothing due."), box)
            ok.setObjectName("overviewAllSet")
            lines.addWidget(ok)
        for heading, items in ((self.tr("Due"), entry.due), (self.tr("Missing"), entry.missing)):
            if not items:
                continue
            label = QLabel(heading, box)
            label.setObjectName("overviewHeading")
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            lines.addWidget(label)
            for item in items:
                lines.addWidget(self._item_row(entry.name, item, box))
        return box

    def _item_row(self, name: str, item: ov.Item, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        row.setObjectName("overviewItem")
        row.setProperty("kind", item.kind)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 0, 0, 0)
        # A sign in the text's own font (as the Injectors page does), not the style's icons:
        # PySide's first use of QStyle costs ~14 ms. The words say it all without the sign.
        icon = QLabel("⚠" if item.due or item.urgent else "•", row)
        icon.setObjectName("overviewSign")
        icon.setFixedWidth(icon.fontMetrics().horizontalAdvance("⚠") + 4)
        if item.urgent:
            colours.paint(icon, "ink:urgent")
        layout.addWidget(icon)
        text = wrapped_label(row, self.describe(item), name="overviewText")
        layout.addWidget(text, 1)
        button = QPushButton(self._section_button(item.section), row)
        button.setObjectName("overviewGo")
        button.setAccessibleName(f"{button.text()}: {text.text()}")
        button.clicked.connect(lambda: self.openRequested.emit(name, item))
        layout.addWidget(button)
        return row

    # --- for tests and the window ----------------------------------------------------------

    def rows(self, profile_name: str) -> list[QWidget]:
        """The item rows shown for ``profile_name``."""
        if self.content is None:
            return []
        for box in self.content.findChildren(QWidget, "overviewProfile"):
            if box.property("profileName") == profile_name:
                return box.findChildren(QWidget, "overviewItem")
        return []
