"""One editable table for each list of the record: avoid, tolerated, medications, contacts,
clinicians. Order matters (the avoid list's order is its order on the card), so rows move.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import fields
from sm_card.core import validation as v
from sm_card.core.catalog import Catalog
from sm_card.core.dates import read_time
from sm_card.core.models import (
    AvoidEntry,
    Clinician,
    Contact,
    Medication,
    ToleratedEntry,
)
from sm_card.gui import colours
from sm_card.gui.bidi import isolate
from sm_card.gui.catalog_words import catalog_text
from sm_card.gui.cut_text import CutTextDelegate
from sm_card.gui.field_errors import field_error_text
from sm_card.gui.forms import DATE_PLACEHOLDER, date_parser, error_label, with_picker
from sm_card.gui.i18n import translate
from sm_card.gui.labels import wrapped_label
from sm_card.gui.session import ProfileSession


@dataclass(frozen=True)
class Column:
    attr: str
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    parse: Callable[[str], Any] | None = None  # text -> value, raising FieldError
    is_date: bool = False  # edited with a calendar button beside the cell's text
    show: Callable[[Any], str] | None = None  # value -> text in the cell (default: str)
    limit: int | None = None  # longest text; None: the TEXT_LIMITS entry of ``attr``, if any
    is_time: bool = False  # a time of day (HH:MM)

    def text_of(self, value: Any) -> str:
        if value is None:
            return ""
        return self.show(value) if self.show is not None else str(value)

    def to_value(self, text: str) -> Any:
        if self.parse is not None:
            return self.parse(text)
        return v.parse_text(text if text.strip() or self.required else None,
                            required=self.required, max_len=self.max_len())

    def max_len(self) -> int | None:
        return self.limit if self.limit is not None else v.TEXT_LIMITS.get(self.attr)


def choice_labels(column: Column) -> dict[str, str]:
    """A choice column's values and the words shown for them (translated)."""
    words = {"avoid": translate("ListPage", "Avoid"),
             "caution": translate("ListPage", "Caution")}
    return {value: words.get(value, value) for value in column.choices}


class ChoiceCellDelegate(QStyledItemDelegate):
    """A choice cell (an avoid entry's severity), drawn as a combo box and edited with one
    on a click. One editor at a time: a combo box widget in every row took about 40 MB for a
    list of a thousand entries, and a thousand widgets were deleted on every reload."""

    def __init__(self, labels: dict[str, str], parent: QWidget):
        super().__init__(parent)
        self.labels = labels

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)  # selection background, focus
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole) or ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802 - Qt's name
        # One click opens the choice, as on a combo box.
        view = self.parent()
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(view, QTableWidget)
                and index.flags() & Qt.ItemFlag.ItemIsEditable):
            view.edit(index)
            return True
        return super().editorEvent(event, model, option, index)

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        combo.setObjectName("choiceCellCombo")
        for value, label in self.labels.items():
            combo.addItem(label, value)
        combo.activated.connect(self._picked)
        return combo

    def _picked(self, _index: int) -> None:
        combo = self.sender()
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        value = editor.currentData()
        # The value first: the page saves on it; the words follow (no second save).
        model.setData(index, value, Qt.ItemDataRole.UserRole)
        model.setData(index, self.labels.get(value, value), Qt.ItemDataRole.DisplayRole)


class DateCellDelegate(QStyledItemDelegate):
    """A date cell's editor: the typed text (any form core/dates.py reads) with a calendar
    button; the page validates the text as for any cell."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        edit = QLineEdit(parent)
        edit.setObjectName("dateCellEdit")
        edit.setPlaceholderText(DATE_PLACEHOLDER)
        box, picker = with_picker(edit, lambda: None)
        box.setParent(parent)
        box.setAutoFillBackground(True)
        box.setFocusProxy(edit)
        box.edit = edit  # type: ignore[attr-defined]

        picker._on_pick = lambda: self._finish(box, commit=True)
        # The view watches the editor it was given (the box); keys and focus are the line
        # edit's, so Enter, Escape and leaving the cell are handled here as the view would.
        edit.installEventFilter(self)
        edit.setProperty("dateCellBox", box)
        return box

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        box = watched.property("dateCellBox") if isinstance(watched, QLineEdit) else None
        if box is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                               Qt.Key.Key_Backtab):
                self._finish(box, commit=True)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._finish(box, commit=False)
                return True
        elif event.type() == QEvent.Type.FocusOut:
            now = QApplication.focusWidget()
            # Focus into the calendar popup stays in the editor; anywhere else ends it.
            if (now is None or not box.isAncestorOf(now)) and (
                    QApplication.activePopupWidget() is None):
                self._finish(box, commit=True)
        return False

    def _finish(self, box: QWidget, *, commit: bool) -> None:
        if box.property("finished"):
            return  # closing moves the focus: that FocusOut must not end it twice
        box.setProperty("finished", True)
        if commit:
            self.commitData.emit(box)
        self.closeEditor.emit(box, QAbstractItemDelegate.EndEditHint.NoHint if commit
                              else QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802 - Qt's name
        # The column is as wide as a date; the editor also has its calendar button, so it
        # takes the room it needs over the cells beside it, inside the table.
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        viewport = editor.parentWidget()
        if viewport is not None and rect.right() >= viewport.width():
            rect.moveRight(viewport.width() - 1)
            rect.setLeft(max(0, rect.left()))
        editor.setGeometry(rect)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt's name
        editor.edit.setText(index.data() or "")

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt's name
        model.setData(index, editor.edit.text())


@dataclass(frozen=True)
class ListSpec:
    key: str  # attribute of Profile holding the list
    title: str
    intro: str
    columns: tuple[Column, ...]
    make: Callable[..., Any]  # builds an entry from the required columns' values
    catalog_kind: str | None = None  # "avoid" or "tolerated": offer catalog names
    extra_help: list[str] = field(default_factory=list)
    # The remove button says what goes ("Remove contact"), never a bare "Remove"/"Yes".
    remove_text: str = ""
    # Optional columns typed in the add row too, beside the required ones: what a person
    # knows at once (a contact's relation, a procedure's date) rather than a cell to find.
    add_also: tuple[str, ...] = ()


def field_column(model: type, attr: str, label: str) -> Column:
    """The column of a field declared in core/fields.py: whether it is required, its choices,
    its rule and its limit come from the declaration; the header is the window's own
    translated text (written out at the call, where lupdate finds it)."""
    declared = fields.field_of(model, attr)
    required = declared.required
    parse: Callable[[str], Any] | None = None
    show: Callable[[Any], str] | None = None
    if declared.kind == fields.DATE:
        # Typed as people write dates (31.03.2027, ISO, the locale's order): core/dates.py.
        parse = date_parser(required=required)
    elif declared.kind == fields.TIME:
        def parse(text: str) -> Any:
            # Typed as people write times (8:30, 8.30, 2:15 pm): core/dates.py.
            return read_time(text) if text.strip() else None

        def show(value: Any) -> str:
            return value.strftime("%H:%M")
    elif declared.kind == fields.PHONE:
        # The window refuses a malformed number (the importer only warns about one).
        def parse(text: str) -> Any:
            return v.parse_phone(text if text.strip() or required else None, required=required)
    return Column(attr, label, required=required, choices=declared.choices, parse=parse,
                  is_date=declared.kind == fields.DATE, show=show, limit=declared.limit,
                  is_time=declared.kind == fields.TIME)


class ListPage(QWidget):
    """A table over ``profile.<spec.key>``; edits are validated and saved at once."""

    def __init__(
        self,
        session: ProfileSession,
        spec: ListSpec,
        catalog: Catalog | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.spec = spec
        self.catalog = catalog
        self.setObjectName(f"{spec.key}Page")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{spec.title}</h2>", self))
        intro = wrapped_label(self, spec.intro)
        layout.addWidget(intro)

        # The add row: the required fields, then Add.
        add_row = QHBoxLayout()
        self.add_edits: dict[str, QLineEdit] = {}
        for column in spec.columns:
            if not column.required and column.attr not in spec.add_also:
                continue
            edit = QLineEdit(self)
            edit.setObjectName(f"add_{column.attr}")
            edit.setMaxLength(column.max_len() or edit.maxLength())
            edit.setPlaceholderText(f"{column.label} ({DATE_PLACEHOLDER})" if column.is_date
                                    else column.label)
            edit.setAccessibleName(column.label)
            edit.returnPressed.connect(self.add_entry)
            add_row.addWidget(edit, 1)
            self.add_edits[column.attr] = edit
        if catalog is not None and spec.catalog_kind:
            names = sorted(self._catalog_names())
            completer = QCompleter(names, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            first = next(iter(self.add_edits.values()))
            first.setCompleter(completer)
            # Enter on a suggestion adds it (returnPressed), and only then does the completer
            # write the picked text into the box: cleared again here, after that write, or the
            # next Enter would add the same agent twice. A click adds it here, as Enter does.
            completer.activated.connect(self._suggestion_picked,
                                        Qt.ConnectionType.QueuedConnection)
        self._just_added: str | None = None
        self._twice_shown = False
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.clicked.connect(self.add_entry)
        add_row.addWidget(self.add_button)
        self.browse_button: QPushButton | None = None
        if catalog is not None and spec.catalog_kind:
            # Typing finds a name one knows; browsing by group finds the one one does not.
            # A push button with a menu keeps room for its arrow (a tool button's was drawn
            # over the last letter).
            self.browse_button = QPushButton(self.tr("Browse by group"), self)
            self.browse_button.setObjectName("browseSuggestions")
            self.browse_button.setAccessibleName(self.tr("Browse suggestions by group"))
            self.browse_button.setMenu(self._group_menu())
            add_row.addWidget(self.browse_button)
        layout.addLayout(add_row)
        self.error = error_label(self, "listError")
        layout.addWidget(self.error)

        self.table = QTableWidget(0, len(spec.columns), self)
        self.table.setObjectName("listTable")
        self.table.setAccessibleName(spec.title)
        self.table.setHorizontalHeaderLabels([c.label for c in spec.columns])
        self.table.setItemDelegate(CutTextDelegate(self.table))
        colours.on_palette_change(self.table, self._flag_duplicates)  # their band's colours
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        # A choice column's words, translated once (not once a row on every reload).
        self._choice_words: dict[str, dict[str, str]] = {}
        for index, column in enumerate(spec.columns):
            if column.is_date:
                self.table.setItemDelegateForColumn(index, DateCellDelegate(self.table))
            elif column.choices:
                self._choice_words[column.attr] = choice_labels(column)
                self.table.setItemDelegateForColumn(
                    index, ChoiceCellDelegate(self._choice_words[column.attr], self.table))
        self._fit_short_columns()
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._show_catalog_info)
        self.table.currentCellChanged.connect(lambda *_: self._show_catalog_info())
        layout.addWidget(self.table, 1)
        # Cells are edited in place; say so, and offer a button for those who never
        # double-click a table.
        self.edit_hint = wrapped_label(self, self.tr(
            "To change an entry, double-click its cell (or select it and press F2)."),
            name="editHint")
        colours.paint(self.edit_hint, "ink:hint")
        layout.addWidget(self.edit_hint)

        buttons = QHBoxLayout()
        for name, text, slot in (
            ("editCellButton", self.tr("Edit cell"), self.edit_current),
            ("upButton", self.tr("Move up"), lambda: self.move_selected(-1)),
            ("downButton", self.tr("Move down"), lambda: self.move_selected(1)),
            ("removeButton", spec.remove_text or self.tr("Remove entry"),
             self.remove_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.info = wrapped_label(self, name="catalogInfo", plain=True)
        layout.addWidget(self.info)
        self._loading = False
        session.profileChanged.connect(self.load)
        self.load()

    # --- the catalog -------------------------------------------------------------------

    def _group_menu(self) -> QMenu:
        """The catalog's suggestions by group (drug class); picking one adds it."""
        assert self.catalog is not None
        entries = (self.catalog.agents if self.spec.catalog_kind == "avoid"
                   else self.catalog.tolerated_suggestions)
        groups: dict[str, list[str]] = {}
        for entry in entries.values():
            groups.setdefault(entry.drug_class, []).append(entry.name)
        menu = QMenu(self)
        menu.setObjectName("suggestionGroups")
        for group in sorted(groups, key=str.casefold):
            sub = menu.addMenu(catalog_text(group))
            for name in sorted(groups[group], key=str.casefold):
                action = sub.addAction(name)
                action.triggered.connect(lambda _checked=False, n=name: self.add_suggestion(n))
        return menu

    def suggestion_groups(self) -> dict[str, list[str]]:
        """Group title -> names, as the browse menu shows them."""
        menu = self.browse_button.menu() if self.browse_button is not None else None
        if menu is None:
            return {}
        groups = {}
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                groups[action.text()] = [s.text() for s in sub.actions()]
        return groups

    def add_suggestion(self, name: str) -> None:
        """Add a suggestion picked from the group menu, as if typed and added."""
        first = next(iter(self.add_edits.values()))
        first.setText(name)
        self.add_entry()

    def _catalog_names(self) -> list[str]:
        assert self.catalog is not None
        entries = (self.catalog.agents if self.spec.catalog_kind == "avoid"
                   else self.catalog.tolerated_suggestions)
        return [e.name for e in entries.values()]

    def _catalog_id_for(self, agent: str) -> str | None:
        if self.catalog is None or not self.spec.catalog_kind:
            return None
        entry = self.catalog.entry_by_name(agent)
        return entry.id if entry else None

    def describe(self, catalog_id: str) -> str:
        """The catalog's evidence note and sources for an entry: suggestions, never verdicts."""
        assert self.catalog is not None
        entry = self.catalog.entry(catalog_id)
        if entry is None:
            return self.tr("Catalog entry {id!r} is not in this version of the catalog."
                           ).replace("{id!r}", repr(catalog_id))
        note = getattr(entry, "evidence", None) or getattr(entry, "note", "")
        sources = "; ".join(c.label for c in entry.sources)
        return self.tr("Catalog: {name} — {note}\nSources: {sources}").format(
            name=entry.name, note=note, sources=sources)

    def _show_catalog_info(self) -> None:
        row = self.table.currentRow()
        items = self.entries
        if not 0 <= row < len(items):
            self.info.clear()
            return
        cid = getattr(items[row], "catalog_id", None)
        text = self.describe(cid) if cid and self.catalog is not None else None
        note = self._reaction_note(items[row])
        self.info.setText("\n".join(t for t in (note, text) if t))

    def _reaction_note(self, entry: Any) -> str:
        """An avoid entry linked to reactions in the reaction log says so (issue 13)."""
        profile = self.session.profile
        if self.spec.key != "avoid" or profile is None:
            return ""
        from sm_card.core.reactions import reactions_for

        # render/reaction_text.py's avoid_note words this in English for the letter; here it
        # is translated.
        dates = [r.occurred_on.isoformat() for r in reactions_for(profile, entry)]
        if not dates:
            return ""
        if len(dates) == 1:
            return self.tr("Reaction log: reaction recorded {dates}").format(dates=dates[0])
        return self.tr("Reaction log: reactions recorded {dates}").format(
            dates=", ".join(dates))

    # --- rows ----------------------------------------------------------------------------

    @property
    def entries(self) -> list[Any]:
        profile = self.session.profile
        return [] if profile is None else getattr(profile, self.spec.key)

    def load(self) -> None:
        self.setEnabled(self.session.profile is not None)
        self._loading = True
        try:
            self.table.setRowCount(0)
            for row, entry in enumerate(self.entries):
                self.table.insertRow(row)
                for col, column in enumerate(self.spec.columns):
                    self._fill(row, col, column, entry)
                note = self._reaction_note(entry)
                first = self.table.item(row, 0)
                if note and first is not None:
                    # A tooltip and the info line, never the cell's text: it is edited.
                    first.setToolTip(note)
        finally:
            self._loading = False
        self._flag_duplicates()
        self._show_catalog_info()

    def _key_attr(self) -> str | None:
        """The column that names an entry, where listing it twice is a mistake."""
        if self.spec.key in ("avoid", "tolerated"):
            return "agent"
        return "name" if self.spec.key == "medications" else None

    def duplicate_rows(self) -> list[int]:
        """Rows repeating an earlier row's agent or medication (ignoring case and spacing):
        an import or a rename can bring one in that the Add check never saw."""
        attr = self._key_attr()
        if attr is None:
            return []
        seen: set[str] = set()
        rows = []
        for row, entry in enumerate(self.entries):
            key = " ".join(str(getattr(entry, attr)).split()).casefold()
            if key in seen:
                rows.append(row)
            seen.add(key)
        return rows

    def _flag_duplicates(self) -> None:
        attr = self._key_attr()
        if attr is None:
            return
        col = next(i for i, c in enumerate(self.spec.columns) if c.attr == attr)
        twice = set(self.duplicate_rows())
        self._loading = True
        try:
            for row in range(self.table.rowCount()):
                item = self.table.item(row, col)
                if item is None:
                    continue
                if row in twice:
                    background, text = colours.band("warning")
                    item.setBackground(QColor(background))
                    item.setForeground(QColor(text))
                    item.setToolTip(self.tr("Listed twice: remove one of them."))
                    item.setIcon(self.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning))
                else:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)
                    # the reaction log's note stays (a tooltip of the entry's own)
                    item.setToolTip(self._reaction_note(self.entries[row]) if col == 0 else "")
                    item.setIcon(QIcon())
        finally:
            self._loading = False
        if twice:
            names = ", ".join(str(getattr(self.entries[r], attr)) for r in sorted(twice))
            self.error.setText("⚠ " + self.tr("Listed twice: {names}.").format(names=names))
            self.error.show()
            self._twice_shown = True
        elif self._twice_shown:
            self.error.hide()
            self._twice_shown = False

    def _fill(self, row: int, col: int, column: Column, entry: Any) -> None:
        value = getattr(entry, column.attr)
        if column.choices:
            words = self._choice_words[column.attr]
            item = QTableWidgetItem(words.get(value, column.text_of(value)))
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.table.setItem(row, col, item)
        else:
            self.table.setItem(row, col, QTableWidgetItem(column.text_of(value)))

    def _set(self, entry: Any, attr: str, value: Any) -> None:
        if self._loading:
            return
        setattr(entry, attr, value)
        self.session.commit()

    def _fit_short_columns(self) -> None:
        """Dates, times and choices get the width their words need, set once; the free texts
        (an agent, a reaction) share the rest, so that they are cut less on a small screen.
        Each stays resizable by hand."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        style = self.table.style()
        for index, column in enumerate(self.spec.columns):
            if column.is_date:  # its editor, with the calendar button, grows over the next
                width = metrics.horizontalAdvance(DATE_PLACEHOLDER) + 20
            elif column.is_time:
                width = metrics.horizontalAdvance("23:59") + 20
            elif column.choices:
                words = max((metrics.horizontalAdvance(w)
                             for w in self._choice_words[column.attr].values()), default=0)
                box = QStyleOptionComboBox()
                width = style.sizeFromContents(
                    QStyle.ContentsType.CT_ComboBox, box,
                    QSize(words, metrics.height()), self.table).width() + 8
            else:
                continue
            title = header.fontMetrics().horizontalAdvance(column.label) + 24
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(index, max(width, title))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        column = self.spec.columns[item.column()]
        entry = self.entries[item.row()]
        if column.choices:  # picked in the cell's combo box (ChoiceCellDelegate)
            value = item.data(Qt.ItemDataRole.UserRole)
            if value in column.choices and value != getattr(entry, column.attr):
                self._set(entry, column.attr, value)
            return
        typed = item.text()
        try:
            value = column.to_value(typed)
        except v.FieldError as err:
            self.error.setText("⚠ " + field_error_text(column.label, err))
            self.error.show()
            self._loading = True
            old = getattr(entry, column.attr)
            item.setText(column.text_of(old))
            self._loading = False
            if self.table.state() == QTableWidget.State.EditingState:
                # Typed in the cell: open it again with the refused text, to be corrected
                # rather than typed again (the saved value stays until then).
                row, col = item.row(), item.column()
                QTimer.singleShot(0, lambda: self._edit_again(row, col, typed))
            return
        self.error.hide()
        setattr(entry, column.attr, value)
        shown = column.text_of(value)
        if shown != typed:
            # What was read, as it will show from now on: "8.30" becomes "08:30", and
            # "03/04/2027" shows which of the two dates it was taken for.
            self._loading = True
            item.setText(shown)
            self._loading = False
        if column.attr == "agent" and hasattr(entry, "catalog_id"):
            # A renamed agent links to the catalog entry of its new name, or to none: an old
            # link would show another agent's evidence beside it.
            entry.catalog_id = self._catalog_id_for(value)
        self.session.commit()
        self._flag_duplicates()
        self._show_catalog_info()

    def _suggestion_picked(self, text: str) -> None:
        first = next(iter(self.add_edits.values()))
        if self._just_added is not None and first.text() == text == self._just_added:
            first.clear()  # added by Enter; the completer then wrote the text back
        elif self._just_added is None and first.text() == text:
            self.add_entry()  # picked with the mouse: added like one picked with Enter
        self._just_added = None

    def _duplicate(self, attr: str, value: Any) -> bool:
        """An agent or medication already listed (ignoring case and spacing)."""
        if attr not in ("agent", "name") or self.spec.key not in (
                "avoid", "tolerated", "medications") or not isinstance(value, str):
            return False
        key = " ".join(value.split()).casefold()
        return any(" ".join(str(getattr(e, attr)).split()).casefold() == key
                   for e in self.entries)

    def add_entry(self) -> None:
        values = {}
        for attr, edit in self.add_edits.items():
            column = next(c for c in self.spec.columns if c.attr == attr)
            try:
                values[attr] = column.to_value(edit.text().strip())
            except v.FieldError as err:
                self.error.setText("⚠ " + field_error_text(column.label, err))
                self.error.show()
                edit.setFocus()
                return
            if self._duplicate(attr, values[attr]):
                self.error.setText("⚠ " + self.tr("{value} is already in the list.").format(
                    value=isolate(values[attr])))
                self.error.show()
                edit.selectAll()
                return
        self.error.hide()
        entry = self.spec.make(**values)
        if hasattr(entry, "catalog_id") and hasattr(entry, "agent"):
            entry.catalog_id = self._catalog_id_for(entry.agent)
        self.entries.append(entry)
        self.session.commit()
        self._just_added = next(iter(self.add_edits.values())).text().strip()
        for edit in self.add_edits.values():
            edit.clear()
        self.load()
        self.table.selectRow(len(self.entries) - 1)

    def _edit_again(self, row: int, col: int, text: str) -> None:
        item = self.table.item(row, col)
        if item is None or not self.isVisible():
            return
        self.table.setCurrentItem(item)
        self.table.editItem(item)
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit) and self.table.isAncestorOf(editor):
            editor.setText(text)

    def edit_current(self) -> None:
        """Open the selected cell for editing (the first text cell of the selected row)."""
        row = self.table.currentRow()
        if row < 0:
            return
        column = self.table.currentColumn()
        if column < 0 or self.table.item(row, column) is None:
            column = next((c for c in range(self.table.columnCount())
                           if self.table.item(row, c) is not None), -1)
        item = self.table.item(row, column) if column >= 0 else None
        if item is not None:
            self.table.setCurrentCell(row, column)
            self.table.setFocus()
            self.table.editItem(item)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self.session.commit()
            self.load()

    def move_selected(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        items = self.entries
        if 0 <= row < len(items) and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            self.session.commit()
            self.load()
            self.table.selectRow(target)


def list_specs() -> list[ListSpec]:
    """The five list pages, their visible text translated."""
    return [
        ListSpec(
            "avoid", translate("ListPage", "Drugs and agents to avoid"),
            translate("ListPage", "What you and your physician decided to avoid, most "
                      "important first: the first entries appear on the front of the card. "
                      "Suggestions come from the catalog with their sources; tolerance is "
                      "individual."),
            (field_column(AvoidEntry, "agent", translate("ListPage", "Agent")),
             field_column(AvoidEntry, "severity", translate("ListPage", "Severity")),
             field_column(AvoidEntry, "reaction", translate("ListPage", "Reaction seen")),
             field_column(AvoidEntry, "noted_on", translate("ListPage", "Noted on"))),
            make=AvoidEntry, catalog_kind="avoid",
            remove_text=translate("ListPage", "Remove agent"),
        ),
        ListSpec(
            "tolerated", translate("ListPage", "Tolerated agents"),
            translate("ListPage", "Agents you have received without a reaction (for example a "
                      "previous anaesthetic). A record of your history, not a statement that "
                      "they are safe."),
            (field_column(ToleratedEntry, "agent", translate("ListPage", "Agent")),
             field_column(ToleratedEntry, "note", translate("ListPage", "Note")),
             field_column(ToleratedEntry, "noted_on", translate("ListPage", "Noted on"))),
            make=ToleratedEntry, catalog_kind="tolerated",
            remove_text=translate("ListPage", "Remove agent"),
        ),
        ListSpec(
            "medications", translate("ListPage", "Current medications"),
            translate("ListPage", "What you take now, as prescribed."),
            (field_column(Medication, "name", translate("ListPage", "Medication")),
             field_column(Medication, "dose", translate("ListPage", "Dose")),
             field_column(Medication, "schedule", translate("ListPage", "Schedule")),
             field_column(Medication, "purpose", translate("ListPage", "Purpose"))),
            make=Medication, remove_text=translate("ListPage", "Remove medication"),
        ),
        ListSpec(
            "contacts", translate("ListPage", "Emergency contacts"),
            translate("ListPage", "Who to call in an emergency. The first contact appears on "
                      "the front of the card."),
            (field_column(Contact, "name", translate("ListPage", "Name")),
             field_column(Contact, "relation", translate("ListPage", "Relation")),
             field_column(Contact, "phone", translate("ListPage", "Phone"))),
            make=Contact, remove_text=translate("ListPage", "Remove contact"),
            add_also=("relation",),
        ),
        ListSpec(
            "clinicians", translate("ListPage", "Clinicians"),
            translate("ListPage", "Your treating physicians. The first appears on the card."),
            (field_column(Clinician, "name", translate("ListPage", "Name")),
             field_column(Clinician, "role", translate("ListPage", "Role")),
             field_column(Clinician, "organisation", translate("ListPage", "Organisation")),
             field_column(Clinician, "phone", translate("ListPage", "Phone")),
             field_column(Clinician, "email", translate("ListPage", "Email"))),
            make=Clinician, remove_text=translate("ListPage", "Remove clinician"),
        ),
    ]
