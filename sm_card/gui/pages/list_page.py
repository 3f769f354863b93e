"""One editable table for each list of the record: avoid, tolerated, medications, contacts,
clinicians. Order matters (the avoid list's order is its order on the card), so rows move.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import validation as v
from sm_card.core.catalog import Catalog
from sm_card.core.models import (
    SEVERITIES,
    AvoidEntry,
    Clinician,
    Contact,
    Medication,
    ToleratedEntry,
)
from sm_card.gui.forms import error_label
from sm_card.gui.session import ProfileSession


@dataclass(frozen=True)
class Column:
    attr: str
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    parse: Callable[[str], Any] | None = None  # text -> value, raising FieldError

    def to_value(self, text: str) -> Any:
        if self.parse is not None:
            return self.parse(text)
        return v.parse_text(text if text.strip() or self.required else None,
                            required=self.required, key=self.attr)


@dataclass(frozen=True)
class ListSpec:
    key: str  # attribute of Profile holding the list
    title: str
    intro: str
    columns: tuple[Column, ...]
    make: Callable[..., Any]  # builds an entry from the required columns' values
    catalog_kind: str | None = None  # "avoid" or "tolerated": offer catalog names
    extra_help: list[str] = field(default_factory=list)


def _date_column(attr: str, label: str) -> Column:
    return Column(attr, label, parse=lambda t: v.parse_date(t.strip() or None))


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
        intro = QLabel(spec.intro, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # The add row: the required fields, then Add.
        add_row = QHBoxLayout()
        self.add_edits: dict[str, QLineEdit] = {}
        for column in spec.columns:
            if not column.required:
                continue
            edit = QLineEdit(self)
            edit.setObjectName(f"add_{column.attr}")
            edit.setMaxLength(v.TEXT_LIMITS.get(column.attr, edit.maxLength()))
            edit.setPlaceholderText(column.label)
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
            # next Enter would add the same agent twice.
            completer.activated.connect(self._clear_if_added,
                                        Qt.ConnectionType.QueuedConnection)
        self._just_added: str | None = None
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.clicked.connect(self.add_entry)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.error = error_label(self, "listError")
        layout.addWidget(self.error)

        self.table = QTableWidget(0, len(spec.columns), self)
        self.table.setObjectName("listTable")
        self.table.setHorizontalHeaderLabels([c.label for c in spec.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._show_catalog_info)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        for name, text, slot in (
            ("upButton", self.tr("Move up"), lambda: self.move_selected(-1)),
            ("downButton", self.tr("Move down"), lambda: self.move_selected(1)),
            ("removeButton", self.tr("Remove"), self.remove_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.info = QLabel(self)
        self.info.setObjectName("catalogInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.info)
        self._loading = False
        session.profileChanged.connect(self.load)
        self.load()

    # --- the catalog -------------------------------------------------------------------

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
        if self.catalog is None or not 0 <= row < len(items):
            self.info.clear()
            return
        cid = getattr(items[row], "catalog_id", None)
        text = self.describe(cid) if cid else None
        self.info.setText(text or "")

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
        finally:
            self._loading = False
        self._show_catalog_info()

    def _fill(self, row: int, col: int, column: Column, entry: Any) -> None:
        value = getattr(entry, column.attr)
        if column.choices:
            combo = QComboBox(self.table)
            combo.setObjectName(f"{column.attr}Combo")
            for choice in column.choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, a=column.attr, e=entry: self._set(e, a, c.currentData()))
            self.table.setCellWidget(row, col, combo)
        else:
            self.table.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))

    def _set(self, entry: Any, attr: str, value: Any) -> None:
        if self._loading:
            return
        setattr(entry, attr, value)
        self.session.commit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        column = self.spec.columns[item.column()]
        entry = self.entries[item.row()]
        try:
            value = column.to_value(item.text())
        except v.FieldError as err:
            self.error.setText("⚠ " + err.for_label(column.label))
            self.error.show()
            self._loading = True
            old = getattr(entry, column.attr)
            item.setText("" if old is None else str(old))
            self._loading = False
            return
        self.error.hide()
        setattr(entry, column.attr, value)
        if column.attr == "agent" and hasattr(entry, "catalog_id"):
            # A renamed agent links to the catalog entry of its new name, or to none: an old
            # link would show another agent's evidence beside it.
            entry.catalog_id = self._catalog_id_for(value)
        self.session.commit()
        self._show_catalog_info()

    def _clear_if_added(self, text: str) -> None:
        first = next(iter(self.add_edits.values()))
        if self._just_added is not None and first.text() == text == self._just_added:
            first.clear()
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
                self.error.setText("⚠ " + err.for_label(column.label))
                self.error.show()
                edit.setFocus()
                return
            if self._duplicate(attr, values[attr]):
                self.error.setText("⚠ " + self.tr("{value} is already in the list.").format(
                    value=values[attr]))
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


def list_specs(tr: Callable[[str], str]) -> list[ListSpec]:
    """The five list pages; ``tr`` translates their visible text."""
    return [
        ListSpec(
            "avoid", tr("Drugs and agents to avoid"),
            tr("What you and your physician decided to avoid, most important first: the first "
               "entries appear on the front of the card. Suggestions come from the catalog "
               "with their sources; tolerance is individual."),
            (Column("agent", tr("Agent"), required=True),
             Column("severity", tr("Severity"), choices=SEVERITIES),
             Column("reaction", tr("Reaction seen")),
             _date_column("noted_on", tr("Noted on"))),
            make=AvoidEntry, catalog_kind="avoid",
        ),
        ListSpec(
            "tolerated", tr("Tolerated agents"),
            tr("Agents you have received without a reaction (for example a previous "
               "anaesthetic). A record of your history, not a statement that they are safe."),
            (Column("agent", tr("Agent"), required=True),
             Column("note", tr("Note")),
             _date_column("noted_on", tr("Noted on"))),
            make=ToleratedEntry, catalog_kind="tolerated",
        ),
        ListSpec(
            "medications", tr("Current medications"),
            tr("What you take now, as prescribed."),
            (Column("name", tr("Medication"), required=True), Column("dose", tr("Dose")),
             Column("schedule", tr("Schedule")), Column("purpose", tr("Purpose"))),
            make=Medication,
        ),
        ListSpec(
            "contacts", tr("Emergency contacts"),
            tr("Who to call in an emergency. The first contact appears on the front of the card."),
            (Column("name", tr("Name"), required=True), Column("relation", tr("Relation")),
             Column("phone", tr("Phone"), required=True,
                    parse=lambda t: v.parse_phone(t, required=True))),
            make=Contact,
        ),
        ListSpec(
            "clinicians", tr("Clinicians"),
            tr("Your treating physicians. The first appears on the card."),
            (Column("name", tr("Name"), required=True), Column("role", tr("Role")),
             Column("organisation", tr("Organisation")),
             Column("phone", tr("Phone"), parse=lambda t: v.parse_phone(t.strip() or None)),
             Column("email", tr("Email"))),
            make=Clinician,
        ),
    ]
