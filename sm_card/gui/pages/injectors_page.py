"""The Injectors section: the devices carried, their status, replacing them, their history."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sm_card.core.calendar_export import changed_since
from sm_card.core.injectors import (
    DUE_SOON,
    EXPIRED,
    IN_DATE,
    days_left,
    device_status,
    find_injector,
    history,
    mark_used,
    person_status,
    places_short,
    replace_injector,
    replace_with_recorded,
    replacements,
    same_device,
    soon_days_for,
)
from sm_card.core.models import Injector, PartialDate, Profile
from sm_card.core.validation import FieldError
from sm_card.gui import carry_two, colours, dialogs
from sm_card.gui.accessible_names import name_unnamed
from sm_card.gui.bidi import isolate
from sm_card.gui.calendar_file import export_calendar
from sm_card.gui.catalog_words import catalog_text
from sm_card.gui.field_errors import field_error_text
from sm_card.gui.forms import DecimalSpinBox, date_parser, takes_the_room_left, with_picker
from sm_card.gui.labels import wrapped_label
from sm_card.gui.session import ProfileSession

if TYPE_CHECKING:
    from sm_card.gui.reminder_service import ReminderService
    from sm_card.gui.services import Services

# Colour helps at a glance; the icon and the word say the same for anyone who cannot see it.
# The bands of gui/colours.py: each with its text colour, light or dark as the palette is.
STATUS_BANDS = {IN_DATE: "ok", DUE_SOON: "warning", EXPIRED: "error"}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's status, on its first cell
STATUS_ICONS = {
    IN_DATE: QStyle.StandardPixmap.SP_DialogApplyButton,
    DUE_SOON: QStyle.StandardPixmap.SP_MessageBoxWarning,
    EXPIRED: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
FALLBACK_PRODUCTS = ("EpiPen", "EpiPen Jr", "Auvi-Q", "Jext", "Emerade", "Anapen", "neffy")


def _dose(value: float) -> str:
    return f"{int(value) if float(value).is_integer() else value} mg"


def product_choices(catalog) -> list[tuple[str, tuple[float, ...]]]:
    """(name, doses) for the product list; the catalog's when there is one."""
    if catalog is None:
        return [(name, ()) for name in FALLBACK_PRODUCTS]
    return [(p.name, tuple(p.doses_mg)) for p in catalog.products.values() if p.form]


class InjectorDialog(QDialog):
    """Add or edit one device; ``result_injector()`` once accepted."""

    def __init__(self, parent: QWidget | None, title: str, injector: Injector | None,
                 catalog=None, *, replacing: Injector | None = None):
        super().__init__(parent)
        self.setObjectName("injectorDialog")
        self.setWindowTitle(title)
        # No minimum width of its own: the form's is the widest label beside the narrowest
        # field, and a fixed one overrode it (with Qt's cap of a new dialog at 2/3 of the
        # screen, "Expiry date" showed as "Expiry d" at a large font).
        self._base = copy.deepcopy(injector) if injector else None
        self._doses = dict(product_choices(catalog))
        form = QFormLayout(self)
        # "I replaced it": what became of the old one, so the history does not call a pen
        # used in a reaction "disposed".
        self.old_fate: QComboBox | None = None
        if replacing is not None:
            self.old_fate = QComboBox(self)
            self.old_fate.setObjectName("oldFate")
            self.old_fate.addItem(self.tr("Disposed of (out of date, damaged or lost)"),
                                  "disposed")
            self.old_fate.addItem(self.tr("Used"), "used")
            self.old_fate.setAccessibleName(self.tr("The device it replaces"))
            form.addRow(self.tr("The one it replaces"), self.old_fate)
        self.product = QComboBox(self)
        self.product.setObjectName("productEdit")
        self.product.setEditable(True)
        self.product.addItems(list(self._doses))
        form.addRow(self.tr("Product"), self.product)
        self.dose = DecimalSpinBox(self)
        self.dose.setObjectName("doseEdit")
        self.dose.setRange(0.01, 10.0)
        self.dose.setDecimals(2)
        self.dose.setSingleStep(0.05)
        self.dose.setSuffix(" mg")
        form.addRow(self.tr("Dose"), self.dose)
        self.expiry = QLineEdit(self)
        self.expiry.setObjectName("expiryEdit")
        self.expiry.setAccessibleName(self.tr("Expiry date"))
        expiry_row, self.expiry_picker = with_picker(self.expiry, lambda: None, month=True)
        # The example under the field, wrapped, in every language: as the field's placeholder
        # it was cut ("31.08.2…"), and the field made as wide as it widened the dialog past
        # a small screen at a large font. (In one box with the field: a form row of its own
        # kept the height of two lines when it took one.)
        expiry_box = QWidget(self)
        column = QVBoxLayout(expiry_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        expiry_row.setParent(expiry_box)
        column.addWidget(expiry_row)
        self.expiry_hint = wrapped_label(expiry_box, self.tr(
            "As printed on the device, e.g. 08/2027 or 31.08.2027"), name="expiryHint",
            plain=True)
        column.addWidget(self.expiry_hint)
        self.expiry.setAccessibleDescription(self.expiry_hint.text())
        form.addRow(self.tr("Expiry date"), expiry_box)
        self.lot = QLineEdit(self)
        self.lot.setObjectName("lotEdit")
        form.addRow(self.tr("Lot"), self.lot)
        self.location = QLineEdit(self)
        self.location.setObjectName("locationEdit")
        self.location.setPlaceholderText(self.tr("e.g. handbag, school office"))
        form.addRow(self.tr("Kept in"), self.location)
        self.error = wrapped_label(self, name="injectorError")
        colours.paint(self.error, "ink:error")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save device"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.product.currentTextChanged.connect(self._product_changed)
        if injector is not None:
            self.product.setCurrentText(injector.product)
            self.dose.setValue(injector.dose_mg)
            self.expiry.setText("" if injector.expires_on is None else str(injector.expires_on))
            self.lot.setText(injector.lot or "")
            self.location.setText(injector.location or "")
        else:
            self._product_changed(self.product.currentText())
        name_unnamed(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for the expiry example on one line, where the screen has the room (Qt
        opens a dialog at most 2/3 of the screen wide, never below its minimum): narrower,
        it wraps."""
        hint = super().sizeHint()
        form = self.layout()
        if not isinstance(form, QFormLayout):
            return hint
        fields = (form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                  for row in range(form.rowCount()))
        column = max((item.sizeHint().width() for item in fields if item is not None),
                     default=0)
        metrics = self.expiry_hint.fontMetrics()  # (a character more: QLabel's rounding)
        one_line = metrics.horizontalAdvance(self.expiry_hint.text() + "x")
        return QSize(hint.width() + max(0, one_line - column), hint.height())

    def _product_changed(self, name: str) -> None:
        doses = self._doses.get(name)
        if doses and self.dose.value() not in doses:
            self.dose.setValue(doses[-1])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Qt sizes a new dialog for its words' lines at its preferred width; held wider by
        # its minimum, or narrower by the screen, the example's wrapped lines were cut.
        self._fit_height()

    def _show_error(self, text: str) -> None:
        """The problem under the form, whole: the dialog grows to its wrapped lines (a
        two-line message was cut at the top and bottom)."""
        self.error.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        width = self.width()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(width, max(self.height(), self.heightForWidth(width),
                               self.minimumSizeHint().height()))

    def result_injector(self) -> Injector | None:
        """The device as entered, or None with the problem shown under the form."""
        product = self.product.currentText().strip()
        if not product:
            self._show_error(self.tr("Product: is required"))
            return None
        try:
            expires = date_parser(month=True, required=True)(self.expiry.text())
        except FieldError as err:
            self._show_error("⚠ " + field_error_text(self.tr("Expiry date"), err))
            return None
        assert isinstance(expires, PartialDate)
        base = self._base or Injector(product=product, dose_mg=self.dose.value(),
                                      expires_on=expires)
        base.product = product
        base.dose_mg = round(self.dose.value(), 3)
        base.expires_on = expires
        base.lot = self.lot.text().strip() or None
        base.location = self.location.text().strip() or None
        self.error.clear()
        return base

    def try_accept(self) -> None:
        if self.result_injector() is not None:
            self.accept()


def ask_injector(parent: QWidget, title: str, injector: Injector | None,
                 catalog=None) -> Injector | None:
    """Seam for tests: the device the person entered, or None if they cancelled."""
    dialog = InjectorDialog(parent, title, injector, catalog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_injector()


def ask_replacement(parent: QWidget, title: str, template: Injector, old: Injector,
                    catalog=None) -> tuple[Injector, str] | None:
    """Seam for tests: the new device and what became of the old one ("disposed" or
    "used"), or None if the person cancelled."""
    dialog = InjectorDialog(parent, title, template, catalog, replacing=old)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    new = dialog.result_injector()
    if new is None or dialog.old_fate is None:
        return None
    return new, dialog.old_fate.currentData()


def replace_flow(session: ProfileSession, parent: QWidget, injector_id: str,
                 catalog=None) -> Injector | None:
    """"I replaced it": ask for the new device, keep the old one as history, save."""
    profile = session.profile
    if profile is None:
        return None
    old = find_injector(profile, injector_id)
    # Most people replace like with like: start from the old device, minus what must change.
    template = Injector(product=old.product, dose_mg=old.dose_mg,
                        expires_on=None, location=old.location)  # type: ignore[arg-type]
    title = QCoreApplication.translate("InjectorsPage", "I replaced it: the new device")
    answer = ask_replacement(parent, title, template, old, catalog)
    if answer is None:
        return None
    new, old_status = answer
    # The new pen added with Add… before the old one was marked: entered again here it was
    # recorded twice (the card then said "×3", the calendar rang for both).
    twin = same_device(new, [i for i in profile.injectors if i.id != old.id])
    if twin is not None:
        choice = dialogs.choose(
            parent, QCoreApplication.translate("InjectorsPage", "Already in the list?"),
            already_recorded_text(twin),
            [QCoreApplication.translate("InjectorsPage", "It is the one in the list"),
             QCoreApplication.translate("InjectorsPage", "Record a second device")])
        if choice is None:
            return None
        if choice == 0:
            replaced = replace_with_recorded(profile, old.id, twin.id, old_status)
            session.commit()
            return replaced
    replace_injector(profile, old.id, new, old_status)
    session.commit()
    return new


def already_recorded_text(twin: Injector) -> str:
    return QCoreApplication.translate(
        "InjectorsPage",
        "{device}, lot {lot}, in date until {date}, is already in the list. Is it the same "
        "pen? (Two pens from one pack share their lot and date.)").format(
        device=isolate(f"{twin.product} {_dose(twin.dose_mg)}"),
        lot=isolate(twin.lot or ""), date=twin.expiry_date.isoformat())


class InjectorsPage(QWidget):
    exported = Signal(str)  # path of the calendar file written

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("injectorsPage")
        self.session = session = services.session
        self.catalog = services.catalog()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Epinephrine devices</h2>"), self))
        self.person_label = wrapped_label(self, name="personStatus")
        self.person_label.setMargin(6)
        layout.addWidget(self.person_label)

        headers = [self.tr("Status"), self.tr("Product"), self.tr("Dose"),
                   self.tr("In date until"), self.tr("Days left"), self.tr("Lot"),
                   self.tr("Kept in")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("injectorTable")
        self.table.setAccessibleName(self.tr("Devices in use"))
        self.table.setHorizontalHeaderLabels(headers)
        self._setup_table(self.table)
        colours.on_palette_change(self.table, self._colour_rows)
        layout.addWidget(self.table, 2)

        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add…"), "addInjector", self.add, buttons)
        self.edit_button = self._button(self.tr("Edit…"), "editInjector", self.edit, buttons)
        self.used_button = self._button(self.tr("Mark as used…"), "markUsed", self.mark_used,
                                        buttons)
        self.replace_button = self._button(self.tr("I replaced it…"), "replaceInjector",
                                           self.replace, buttons)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.done_status = wrapped_label(self, name="doneStatus")  # what to do after an action
        layout.addWidget(self.done_status)
        # On a row of its own, over what it says: at the end of the device buttons' row it
        # made the page wider than a small screen leaves it at a large font (698 px at 15 pt,
        # beside the section list in a 911-px window), which then scrolled sideways.
        export_row = QHBoxLayout()
        self.export_button = self._button(self.tr("Export to calendar…"), "exportCalendar",
                                          self.export_calendar, export_row)
        export_row.addStretch(1)
        layout.addLayout(export_row)
        self.export_status = wrapped_label(self, name="exportStatus")
        self._calendar_note = False  # export_status says the calendar file is out of date
        layout.addWidget(self.export_status)

        layout.addWidget(QLabel(self.tr("<b>History</b> (used, disposed and replaced devices)"),
                                self))
        self.history_table = QTableWidget(0, 5, self)
        self.history_table.setObjectName("historyTable")
        self.history_table.setAccessibleName(self.tr("Device history"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Dose"), self.tr("In date until"),
             self.tr("What happened"), self.tr("Replaced by")])
        self._setup_table(self.history_table)
        layout.addWidget(self.history_table, 1)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        session.profileChanged.connect(self._record_changed)
        session.recordEdited.connect(self._record_changed)
        self._shown_for: tuple | None = None  # (today, soon window) the table was built for
        self._stale = False  # the record changed while the page was hidden
        services.reminders.when_installed(self._watch_service)
        self.load()

    def _button(self, text, name, slot, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        takes_the_room_left(table)  # (no scroll bar at 1024×700 for a few pixels)

    # --- showing -------------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        return {IN_DATE: self.tr("In date"), DUE_SOON: self.tr("Due soon"),
                EXPIRED: self.tr("Expired")}[status]

    def _soon_days(self) -> int:
        return soon_days_for(self.session.settings.lead_days)

    def _record_changed(self) -> None:
        self.done_status.clear()  # (said after an action, until the record changes again)
        # Every keystroke on another page commits: a hidden table with a long device history
        # rebuilt on each of them froze typing. It is rebuilt when next shown instead.
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def refresh_if_stale(self, _reason: str = "") -> None:
        """Rebuild when the day or the "due soon" window moved since the table was built.

        The app may run in the tray for weeks: without this the table kept yesterday's
        statuses (an expired device shown as "last day", "2 in-date devices").
        """
        if self._stale or (self.session.today(), self._soon_days()) != self._shown_for:
            self.load()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt
        super().showEvent(event)
        self.refresh_if_stale()

    def _watch_service(self, service: ReminderService) -> None:
        # The service checks at each new day, on wake and on settings changes.
        service.checked.connect(self.refresh_if_stale)

    def load(self) -> None:
        self._stale = False
        self._shown_for = (self.session.today(), self._soon_days())
        profile = self.session.profile
        self.setEnabled(profile is not None)
        selected = self.selected_id()
        self.table.setRowCount(0)
        self.history_table.setRowCount(0)
        if profile is None:
            self.person_label.clear()
            self._update_buttons()
            return
        today = self.session.today()
        soon = self._soon_days()
        self._ids: list[str] = []
        style = self.style()
        expired = 0  # for the person's line below
        for injector in profile.active_injectors:
            status = device_status(injector, today, soon)
            expired += status == EXPIRED
            left = days_left(injector, today)
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._ids.append(injector.id)
            status_item = QTableWidgetItem(style.standardIcon(STATUS_ICONS[status]),
                                           self.status_text(status))
            status_item.setData(Qt.ItemDataRole.UserRole, injector.id)
            status_item.setData(STATUS_ROLE, status)
            status_item.setData(Qt.ItemDataRole.AccessibleTextRole, self.status_text(status))
            if left == -1:
                left_text = self.tr("expired today")
            elif left < 0:
                left_text = self.tr("expired %n day(s) ago", "", -left - 1)
            elif left == 0:
                left_text = self.tr("last day")
            else:
                left_text = str(left)
            cells = [status_item, QTableWidgetItem(injector.product),
                     QTableWidgetItem(_dose(injector.dose_mg)),
                     QTableWidgetItem(injector.expiry_date.isoformat()
                                      + (f"  ({injector.expires_on})"
                                         if injector.expires_on.is_month_only else "")),
                     QTableWidgetItem(left_text), QTableWidgetItem(injector.lot or ""),
                     QTableWidgetItem(injector.location or "")]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
            self._colour_row(row)
            if injector.id == selected:
                self.table.selectRow(row)

        state = person_status(profile, today, soon)
        short_places = places_short(profile, today)
        if state.too_few or state.worst_device == EXPIRED or short_places:
            lines = []
            if state.too_few:
                lines.append("⚠ " + carry_two.in_date_short(state.in_date_count)
                             + self._fact(" ", "carry-two"))
            for place in short_places:
                lines.append("⚠ " + carry_two.too_few_at(place.place, place.in_date_count))
            if state.worst_device == EXPIRED:
                lines.append("⚠ " + self.tr("Replace the expired device(s).", "", expired)
                             + self._fact(" ", "expired-device"))
            self.person_label.setText("\n".join(lines))
            colours.paint(self.person_label, "band:error")
        else:
            self.person_label.setText("✔ " + self.tr("{count} in-date devices.").format(
                count=state.in_date_count))
            colours.paint(self.person_label, "band:ok")
        self.person_label.setProperty("tooFew", state.too_few)
        self.person_label.setProperty("placesShort", [p.place for p in short_places])
        self._show_calendar_note(profile)

        successors = replacements(profile)
        for old in history(profile):
            row = self.history_table.rowCount()
            self.history_table.insertRow(row)
            successor = successors.get(old.id)
            what = {"used": self.tr("Used"), "disposed": self.tr("Disposed")}.get(old.status,
                                                                                  old.status)
            values = [old.product, _dose(old.dose_mg), old.expiry_date.isoformat(), what,
                      "" if successor is None else self.tr("{product}, in date until {date}")
                      .format(product=successor.product,
                              date=successor.expiry_date.isoformat())]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, old.id)
                self.history_table.setItem(row, column, item)
        self._update_buttons()

    def _show_calendar_note(self, profile: Profile) -> None:
        """After a pen is replaced, used or corrected, a phone that imported the calendar
        file rings for the old pen (and not the new one) until the file is exported again."""
        exported = changed_since(self.session.store, profile)
        if exported is not None:
            self.export_status.setText("⚠ " + self.tr(
                "The devices changed since the calendar file was exported on {date}: export "
                "to calendar again and import the new file, so your phone's calendar drops "
                "the old reminders and adds the new ones.").format(
                    date=exported.date().isoformat()))
            self._calendar_note = True
        elif self._calendar_note:
            self.export_status.clear()
            self._calendar_note = False

    def _fact(self, prefix: str, fact_id: str) -> str:
        """A catalog fact with its source, or nothing if the catalog lacks it."""
        facts = getattr(self.catalog, "device_facts", ())
        fact = next((f for f in facts if f.id == fact_id), None)
        if fact is None:
            return ""
        sources = "; ".join(c.label for c in fact.sources)
        text = catalog_text(fact.text)
        return f"{prefix}{text} ({sources})" if sources else f"{prefix}{text}"

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_device(self, injector_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == injector_id:
                self.table.selectRow(row)
                return True
        return False

    def _colour_row(self, row: int) -> None:
        """The row in its status's band: background and text, for the palette in use."""
        first = self.table.item(row, 0)
        if first is None:
            return
        background, text = (QBrush(QColor(c)) for c in colours.band(
            STATUS_BANDS[first.data(STATUS_ROLE)]))
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is not None:
                item.setBackground(background)
                item.setForeground(text)

    def _colour_rows(self) -> None:
        for row in range(self.table.rowCount()):
            self._colour_row(row)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.used_button, self.replace_button):
            button.setEnabled(has)

    # --- acting ---------------------------------------------------------------------------

    def add(self) -> None:
        # A second device is most often like the first (two of the same, at two places): the
        # form starts from the product and dose last recorded, never from a default dose.
        profile = self.session.profile
        carried = profile.active_injectors if profile is not None else []
        template = (Injector(product=carried[-1].product, dose_mg=carried[-1].dose_mg,
                             expires_on=None)  # type: ignore[arg-type]
                    if carried else None)
        new = ask_injector(self, self.tr("Add a device"), template, self.catalog)
        if new is None or self.session.profile is None:
            return
        twin = same_device(new, self.session.profile.injectors)
        if twin is not None and dialogs.choose(
                self, self.tr("Already in the list?"), already_recorded_text(twin),
                [self.tr("Record a second device")]) is None:
            return
        self.session.profile.injectors.append(new)
        self.session.commit()
        self.select_device(new.id)

    def edit(self) -> None:
        device_id = self.selected_id()
        if device_id is None:
            return
        profile = self.session.current
        current = find_injector(profile, device_id)
        changed = ask_injector(self, self.tr("Edit device"), current, self.catalog)
        if changed is None:
            return
        index = profile.injectors.index(current)
        profile.injectors[index] = changed
        self.session.commit()

    def mark_used(self) -> None:
        device_id = self.selected_id()
        if device_id is None:
            return
        device = find_injector(self.session.current, device_id)
        name = isolate(f"{device.product} {_dose(device.dose_mg)}")
        if not dialogs.confirm_destructive(self, self.tr("Mark used"), self.tr(
                "Mark {device} as used? It moves to the history (Edit > Undo brings it "
                "back).").format(device=name),
                self.tr("Mark {device} as used").format(device=name)):
            return
        place = device.location
        mark_used(self.session.current, device_id)
        self.session.commit()
        # What is left to do, said once: nothing else names the place now without a device.
        next_steps = self.tr(
            "{device} is in the history now. If it was used in a reaction, record what "
            "happened on the Reactions page for your physicians.").format(device=name)
        if place:
            next_steps += " " + self.tr("Get a new device for {place}.").format(
                place=isolate(place))
        else:
            next_steps += " " + self.tr("Get a new device.")
        self.done_status.setText(next_steps)

    def replace(self, device_id: str | None = None) -> Injector | None:
        device_id = device_id or self.selected_id()
        if device_id is None:
            return None
        new = replace_flow(self.session, self, device_id, self.catalog)
        if new is not None:
            self.select_device(new.id)
        return new

    def export_calendar(self) -> None:
        path, text = export_calendar(self, self.session)
        if text:
            self.export_status.setText(text)
        if path is not None:
            self._calendar_note = False
            self.exported.emit(path)
