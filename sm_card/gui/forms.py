"""Small building blocks for editing the record: a validated line edit and a debounced text box.

Both apply the core validation rules (sm_card.core.validation), so a person sees the same
message the importer would give, worded with the field's label.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCalendarWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

from sm_card.core import dates
from sm_card.core import validation as v
from sm_card.core.validation import TEXT_LIMITS, FieldError
from sm_card.gui import colours

# Moved to their own module (the window names the first page without loading forms.py).
from sm_card.gui.accessible_names import name_unnamed as name_unnamed
from sm_card.gui.accessible_names import unnamed as unnamed
from sm_card.gui.field_errors import field_error_text
from sm_card.gui.labels import wrapped_label

# However little room its page has, a table shows this many rows (a text box this many lines):
# the page scrolls instead (every page but the first sits in a scroll area).
ROWS_ALWAYS_SHOWN = 3


def takes_the_room_left(view: QAbstractScrollArea, rows: int = ROWS_ALWAYS_SHOWN) -> None:
    """A table or text box as tall as its page has room for, never asking for more (its rows
    scroll inside it): each view's preferred height (Qt's fixed 192 px) counted in the page's
    height for its width, and pages scrolled at 1024×700 with everything in view, or pushed
    their buttons below the window.

    Never shorter than ``rows`` rows at its font, though: with nothing but the room left, a
    large font on a small screen shrank the Injectors table to its header, or to nothing."""
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    # Its least height is what it asks of its page's height for a width: without, a page with
    # words wrapped to its width was laid out for the words and the views' room left at 0,
    # and the words were cut to make room for the rows.
    policy.setHeightForWidth(True)
    view.setSizePolicy(policy)
    _KeepsRowsInView(view, rows)


def rows_height(view: QAbstractScrollArea, rows: int) -> int:
    """The height at which ``view`` shows ``rows`` rows whole (a text box: lines), with its
    header and a sideways scroll bar, at the font and style it has now."""
    height = 2 * view.frameWidth()
    if isinstance(view, QTableView):
        vertical = view.verticalHeader()
        # Rows sized to their words are at least minimumSectionSize (a line of the font);
        # others are defaultSectionSize (the style's, which a large font can exceed).
        row = max(vertical.defaultSectionSize(), vertical.minimumSectionSize())
        header = view.horizontalHeader()
        if not header.isHidden():
            height += header.sizeHint().height()
        if view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            height += view.horizontalScrollBar().sizeHint().height()
    elif isinstance(view, QPlainTextEdit | QTextEdit):
        row = view.fontMetrics().lineSpacing()
        height += 2 * round(view.document().documentMargin())
    else:
        row = view.fontMetrics().height()
    return height + rows * row


class _KeepsRowsInView(QObject):
    """Keeps a view's minimum height at ``rows`` rows when its font or style changes (the
    desktop's text size set larger while the app runs)."""

    def __init__(self, view: QAbstractScrollArea, rows: int):
        super().__init__(view)
        self.rows = rows
        view.installEventFilter(self)
        view.setMinimumHeight(rows_height(view, rows))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and isinstance(
                watched, QAbstractScrollArea):
            watched.setMinimumHeight(rows_height(watched, self.rows))
        return False


class DecimalSpinBox(QDoubleSpinBox):
    """A number box that shows a decimal point, as the rest of the app and the printed card
    do, and takes a point or a comma as typed. In a Spanish or German window Qt's box did not
    take the point as the decimal mark: "0.15", typed as the app writes doses, became 1 mg
    ("Jext 1 mg" saved) and "0.5" became 5 mg, without a word."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLocale(QLocale.c())
        self.setGroupSeparatorShown(False)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(text.replace(",", "."), pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        return super().valueFromText(text.replace(",", "."))


def error_label(parent: QWidget, object_name: str) -> QLabel:
    """A message line under a field; the '⚠' mark means colour is not the only signal."""
    label = wrapped_label(parent, name=object_name)
    colours.paint(label, "ink:error")
    label.hide()
    return label


class LineBinding(QObject):
    """Binds a QLineEdit to one value of the record.

    ``read()`` gives the current value as text; on editing finished the text goes through
    ``parse`` (raising FieldError) and then ``apply``; a bad value is shown, never saved.
    """

    def __init__(
        self,
        edit: QLineEdit,
        error: QLabel,
        label: str,
        read: Callable[[], str],
        parse: Callable[[str], Any],
        apply: Callable[[Any], None],
    ):
        super().__init__(edit)
        self.edit = edit
        self.error = error
        self.label = label
        self._read = read
        self._parse = parse
        self._apply = apply
        edit.editingFinished.connect(self.submit)

    def load(self) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(self._read())
        self.edit.blockSignals(False)
        self.error.hide()

    def submit(self) -> bool:
        text = self.edit.text()
        if text == self._read():
            self.error.hide()
            return True
        try:
            value = self._parse(text)
        except FieldError as err:
            self.error.setText("⚠ " + field_error_text(self.label, err))
            self.error.show()
            return False
        self.error.hide()
        self._apply(value)
        # What was read, as it will show from now on ("14.03.2017" -> "2017-03-14", "28,5" ->
        # "28.5"), not only after the next start. Set even when unchanged: it ends the box's
        # own undo history, so Ctrl+Z from now on is the window's Undo of the saved change,
        # not the box's (which could empty the field and save that on leaving).
        self.edit.blockSignals(True)
        self.edit.setText(self._read())
        self.edit.blockSignals(False)
        return True


class TextBinding(QObject):
    """A multi-line text saved shortly after typing stops, and at once on leaving it."""

    def __init__(
        self,
        edit: QPlainTextEdit,
        read: Callable[[], str],
        apply: Callable[[str], None],
        delay_ms: int = 600,
        key: str | None = None,
    ):
        super().__init__(edit)
        self.edit = edit
        # The same length limit the importer applies (validation.TEXT_LIMITS); like a line
        # edit's maxLength, typing or pasting stops at it.
        self.limit = TEXT_LIMITS.get(key) if key else None
        self._read = read
        self._apply = apply
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._timer.start)
        if self.limit is not None:
            edit.textChanged.connect(self._enforce_limit)

    def _enforce_limit(self) -> None:
        text = self.edit.toPlainText()
        if self.limit is None or len(text) <= self.limit:
            return
        cursor = self.edit.textCursor()
        position = min(cursor.position(), self.limit)
        self.edit.blockSignals(True)
        self.edit.setPlainText(text[:self.limit])
        self.edit.blockSignals(False)
        cursor = self.edit.textCursor()
        cursor.setPosition(position)
        self.edit.setTextCursor(cursor)

    def load(self) -> None:
        self._timer.stop()
        self.edit.blockSignals(True)
        self.edit.setPlainText(self._read())
        self.edit.blockSignals(False)

    def flush(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText()
        if text != self._read():
            self._apply(text)


def add_line_field(
    form: QFormLayout,
    parent: QWidget,
    key: str,
    label: str,
    placeholder: str,
    read: Callable[[], str],
    parse: Callable[[str], Any],
    apply: Callable[[Any], None],
    *,
    date_picker: bool = False,
    month: bool = False,
) -> LineBinding:
    """A labelled line edit (objectName ``<key>Edit``) with its message line (``<key>Error``);
    with ``date_picker`` a calendar button (``<key>EditPicker``) sits beside it."""
    edit = QLineEdit(parent)
    edit.setObjectName(f"{key}Edit")
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(label)
    if key in TEXT_LIMITS:
        edit.setMaxLength(TEXT_LIMITS[key])
    error = error_label(parent, f"{key}Error")
    binding = LineBinding(edit, error, label, read, parse, apply)
    if date_picker:
        field, _picker = with_picker(edit, binding.submit, month=month)
        form.addRow(label, field)
    else:
        form.addRow(label, edit)
    form.addRow("", error)
    return binding


# --- dates -------------------------------------------------------------------------------


def day_first() -> bool:
    """False where the locale writes the month first (en_US: 3/31/27), so 03/04/2027 reads as
    the locale's people mean it; dotted and ISO dates read the same everywhere."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lstrip("'").lower()
    return not short.startswith("m")


def date_parser(*, not_after: Callable[[], date] | None = None, month: bool = False,
                required: bool = False) -> Callable[[str], Any]:
    """Text typed in a date field -> a date (or a PartialDate when ``month`` allows 03/2027),
    None when empty; FieldError with examples of what is accepted otherwise."""

    def parse(text: str) -> Any:
        if not text.strip():
            if required:
                raise FieldError("is required", show_value=False, code="required")
            return None
        if month:
            return dates.read_month_or_date(text, day_first=day_first())
        value = dates.read_date(text, day_first=day_first())
        limit = not_after() if not_after is not None else None
        return v.parse_date(value, not_after=limit)

    return parse


DATE_PLACEHOLDER = "31.03.2027"  # an example, not a rule: ISO and the locale's form also read
# The same for a day that is past (a birth, a blood test): a future example there read as odd.
PAST_DATE_PLACEHOLDER = "31.03.2019"


class DatePicker(QToolButton):
    """A button beside a date field opening a calendar; the picked day is written into the
    field as ISO and submitted like a typed one (``on_pick``)."""

    def __init__(self, edit: QLineEdit, on_pick: Callable[[], object], *,
                 month: bool = False, parent: QWidget | None = None):
        super().__init__(parent or edit.parentWidget())
        self.edit = edit
        self._on_pick = on_pick
        self._month = month
        self._keeps_month: QDate | None = None
        self.setObjectName(f"{edit.objectName()}Picker")
        # Words, not a calendar emoji: many desktops have no colour-emoji font.
        self.setText(self.tr("Calendar…"))
        self.setToolTip(self.tr("Pick a date from a calendar"))
        self.setAccessibleName(self.tr("Pick a date from a calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("datePickerCalendar")
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self.pick)
        self.calendar.activated.connect(self.pick)
        self.clicked.connect(self.open_calendar)

    def _current(self) -> tuple[QDate, bool]:
        """The day to open the calendar on, and whether the field holds a month only."""
        try:
            value = date_parser(month=self._month)(self.edit.text())
        except FieldError:
            value = None
        if value is None:
            return QDate.currentDate(), False
        month_only = not isinstance(value, date)
        if month_only:  # a month: show its last day, as pens mean it
            value = value.last_day
        return QDate(value.year, value.month, value.day), month_only

    def open_calendar(self) -> None:
        day, month_only = self._current()
        # A month-only value ("2019-06") opens on its last day; taking that day unchanged
        # (Enter) keeps the month as recorded rather than inventing 2019-06-30.
        self._keeps_month = day if month_only else None
        self.calendar.setSelectedDate(day)
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def pick(self, day: QDate) -> None:
        self.calendar.hide()
        self.edit.setFocus()
        if day == self._keeps_month:
            return
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        self._on_pick()


def with_picker(edit: QLineEdit, on_pick: Callable[[], object], *, month: bool = False
                ) -> tuple[QWidget, DatePicker]:
    """``edit`` and its calendar button side by side, for a form row."""
    box = QWidget(edit.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    edit.setParent(box)
    row.addWidget(edit, 1)
    picker = DatePicker(edit, on_pick, month=month, parent=box)
    row.addWidget(picker)
    return box, picker

