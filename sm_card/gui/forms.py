"""Small building blocks for editing the record: a validated line edit and a debounced text box.

Both apply the core validation rules (sm_card.core.validation), so a person sees the same
message the importer would give, worded with the field's label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from sm_card.core.validation import TEXT_LIMITS, FieldError

ERROR_STYLE = "color: #a30000;"


def error_label(parent: QWidget, object_name: str) -> QLabel:
    """A message line under a field; the '⚠' mark means colour is not the only signal."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
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
            self.error.setText("⚠ " + err.for_label(self.label))
            self.error.show()
            return False
        self.error.hide()
        self._apply(value)
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
) -> LineBinding:
    """A labelled line edit (objectName ``<key>Edit``) with its message line (``<key>Error``)."""
    edit = QLineEdit(parent)
    edit.setObjectName(f"{key}Edit")
    edit.setPlaceholderText(placeholder)
    if key in TEXT_LIMITS:
        edit.setMaxLength(TEXT_LIMITS[key])
    error = error_label(parent, f"{key}Error")
    form.addRow(label, edit)
    form.addRow("", error)
    return LineBinding(edit, error, label, read, parse, apply)
