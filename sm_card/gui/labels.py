"""The word-wrapped label that most pages show: an intro, a status line, a warning.

Only QLabel here: the overview page and the main window use it before their first paint,
so it must not bring in anything they would not load anyway; not even PySide's ``Qt``
namespace, whose first use builds its hundred-odd enum classes (~9 ms of the first paint,
docs/pitfalls.md): it is imported where a plain-text label needs it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def wrapped_label(parent: QWidget | None, text: str = "", *, name: str | None = None,
                  plain: bool = False, style: str | None = None) -> QLabel:
    """A QLabel that wraps its words; ``plain`` shows text as written (names, file paths and
    warnings are never read as markup), ``style`` is its style sheet."""
    label = QLabel(text, parent)
    if name is not None:
        label.setObjectName(name)
    label.setWordWrap(True)
    if plain:
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
    if style is not None:
        label.setStyleSheet(style)
    return label
