"""Table cells cut short by a narrow column show their words whole on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)


class CutTextDelegate(QStyledItemDelegate):
    """A cell whose words do not fit shows them whole on hover (a cell's own tooltip, such as
    "Listed twice", comes first)."""

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt's name
        if (event is not None and event.type() == QEvent.Type.ToolTip
                and not index.data(Qt.ItemDataRole.ToolTipRole)):
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            shown = QStyleOptionViewItem(option)
            self.initStyleOption(shown, index)
            widget = shown.widget
            style = widget.style() if widget is not None else QApplication.style()
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
            if text and shown.fontMetrics.horizontalAdvance(text) > room.width():
                QToolTip.showText(event.globalPos(), text, view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)
