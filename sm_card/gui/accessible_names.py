"""Accessible names from what a sighted person reads beside each field.

Apart from forms.py because the main window names the first page's fields before its first
paint: forms.py brings in the date picker's classes (QCalendarWidget, spin boxes), whose
first use in PySide costs ~15 ms that the window would wait for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QFormLayout, QLabel, QLineEdit, QWidget


def _plain(text: str) -> str:
    """A visible caption as a screen reader should say it: no markup, no mnemonic '&', no
    trailing colon or ellipsis."""
    if "<" in text:
        from PySide6.QtGui import QTextDocumentFragment

        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":…").strip()


def _focus_target(widget: QWidget | None) -> QWidget | None:
    """The widget that takes the focus for a form row's field (a date field's edit)."""
    if widget is None:
        return None
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return widget
    for child in widget.findChildren(QWidget):  # creation order: the edit, then its button
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return child
    return None


def name_unnamed(root: QWidget) -> None:
    """Give every focusable widget under ``root`` an accessible name from what a sighted
    person reads beside it: its form label, the label just before it in a row, its own
    caption, its placeholder. All of these are already translated (tr()), so the names are
    too; a widget with none of them is left for its page to name (a test lists them)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or field is None:
                continue
            target = _focus_target(field.widget())
            text = _plain(label.text())
            if target is not None and text and not target.accessibleName():
                target.setAccessibleName(text)
    for box in root.findChildren(QBoxLayout):
        previous: QWidget | None = None
        for index in range(box.count()):
            item = box.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            # Only a caption ending in a colon ("Paper:") labels the widget after it; a
            # status line or a heading before a table is not its name.
            if (isinstance(previous, QLabel) and previous.text().rstrip().endswith(":")
                    and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                    and not widget.accessibleName() and _plain(previous.text())):
                widget.setAccessibleName(_plain(previous.text()))
            previous = widget
    for widget in root.findChildren(QWidget):
        if widget.accessibleName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            widget.setAccessibleName(_plain(widget.text()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            widget.setAccessibleName(_plain(widget.placeholderText()))


def unnamed(root: QWidget) -> list[QWidget]:
    """Visible focusable widgets under ``root`` without an accessible name (for tests)."""
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
            and w.isVisibleTo(root) and not _inside_composite(w)]


def _inside_composite(widget: QWidget) -> bool:
    """Parts a composite widget names for itself (a spin box's or editable combo's line edit,
    a scroll area's viewport, a calendar's own cells and buttons)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QComboBox

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def keyboard_friendly(root: QWidget) -> None:
    """Tab leaves every table and text box under ``root`` for the next control.

    Qt's defaults kept a keyboard user inside: Tab moved from cell to cell of a table with
    rows, round and round (its Move up, Remove... buttons out of reach), and a multi-line box
    took Tab as a character, saved into the person's notes. Arrow keys still move within a
    table.
    """
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit

    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for box in root.findChildren(QPlainTextEdit):
        box.setTabChangesFocus(True)
    undo = _UndoToWindow(root)
    for edit in (*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)):
        edit.installEventFilter(undo)


class _UndoToWindow(QObject):
    """Ctrl+Z in a field with nothing of its own to undo goes to the window's Undo (the last
    change to the record). A text field takes Ctrl+Z for itself even then, so from a form
    full of fields the window's Undo could never be reached by key."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        # Every event of every field passes here: the cheap test first, imports after it.
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        from PySide6.QtGui import QKeyEvent, QKeySequence
        from PySide6.QtWidgets import QPlainTextEdit

        if not isinstance(event, QKeyEvent) or not event.matches(QKeySequence.StandardKey.Undo):
            return False
        own = (watched.document().isUndoAvailable() if isinstance(watched, QPlainTextEdit)
               else isinstance(watched, QLineEdit) and watched.isUndoAvailable())
        if own:
            return False
        event.ignore()  # not taken by the field: the shortcut reaches the window
        return True
