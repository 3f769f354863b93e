"""The Travel page: the languages of the travel documents with their review status, the
person's corrections of a sentence, and export of the translation card, sheet and letter.

Language names and sentences are data (from resources/travel), not interface strings: they
are shown as they are; everything else goes through tr().
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from sm_card.core.atomic import OutputRefused, write_output_file
from sm_card.core.travel import (
    Language,
    TravelError,
    Trip,
    load_corrections,
    load_languages,
    load_trip,
    save_correction,
    save_trip,
    travel_content,
    with_corrections,
)
from sm_card.gui import dialogs
from sm_card.gui.forms import (
    DATE_PLACEHOLDER,
    LineBinding,
    date_parser,
    error_label,
    takes_the_room_left,
    with_picker,
)
from sm_card.gui.i18n import translate
from sm_card.gui.labels import wrapped_label
from sm_card.gui.output_warnings import status_text, warning_lines, warning_text
from sm_card.gui.session import ProfileSession
from sm_card.gui.window_state import remember


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text()


def language_name(code: str, english: str) -> str:
    """A travel language's name in the interface's language ("Spanisch" in German); the
    file's English name for a language added later."""
    names = {
        "de": translate("Languages", "German"), "el": translate("Languages", "Greek"),
        "es": translate("Languages", "Spanish"), "fr": translate("Languages", "French"),
        "it": translate("Languages", "Italian"), "ja": translate("Languages", "Japanese"),
        "nl": translate("Languages", "Dutch"), "pl": translate("Languages", "Polish"),
        "pt": translate("Languages", "Portuguese (Portugal)"),
        "tr": translate("Languages", "Turkish"),
        "zh": translate("Languages", "Chinese (Simplified)"),
    }
    return names.get(code, english)


class TravelPage(QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.shipped = load_languages()
        self.source = self.shipped["en"]

        intro = wrapped_label(None, self.tr(
            "Documents for a trip abroad: a translation card (true size, the language on one "
            "face, English on the other), a translation sheet and a letter for airline and "
            "border staff about carrying epinephrine. The translations have not yet been "
            "checked by a native speaker: ask one to read them if you can, and correct a "
            "sentence below."), name="travelIntro")
        intro.setMinimumWidth(200)  # wraps to the page's width, never widens it

        self.languages = QTableWidget(0, 3, self)
        self.languages.setObjectName("travelLanguages")
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Language"), self.tr("Review status")])
        self.languages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.languages.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.languages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.languages.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.languages.itemSelectionChanged.connect(self._show_sentences)

        self.sentences = QTableWidget(0, 4, self)
        self.sentences.setObjectName("travelSentences")
        self.sentences.setAccessibleName(self.tr("Sentences"))
        self.sentences.setHorizontalHeaderLabels(
            [self.tr("Sentence"), self.tr("Translation"), self.tr("English"),
             self.tr("Status")])
        self.sentences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sentences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sentences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sentences.setWordWrap(True)
        for column in (1, 2):
            self.sentences.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.sentences.itemSelectionChanged.connect(self._sentence_selected)
        self.sentences.setColumnWidth(3, 330)
        # The first column holds the sentence's key ("call_contact"): the app's, not the
        # person's; kept to find the row, not shown (the English column says which it is).
        self.sentences.setColumnHidden(0, True)
        # A review status with the person's corrections is long: it wraps, never cut to "…".
        self.languages.setWordWrap(True)
        self.languages.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        for table in (self.languages, self.sentences):
            table.verticalHeader().setVisible(False)
            # (at their preferred height they pushed the trip's dates and the export
            # buttons below a 700-px window)
            takes_the_room_left(table)
        # Rows as tall as their wrapped sentences at the width the window has now: sized once,
        # rows made at 1024 px stayed three times too tall in a window made wider.
        self.sentences.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        self.correction = QLineEdit(self)
        self.correction.setObjectName("travelCorrection")
        self.correction.setPlaceholderText(self.tr("Your wording of the selected sentence"))
        self.save_button = QPushButton(self.tr("Save correction"), self)
        self.save_button.clicked.connect(self.save_correction)
        self.reset_button = QPushButton(self.tr("Use the shipped sentence"), self)
        self.reset_button.clicked.connect(self.reset_correction)
        fix_row = QVBoxLayout()  # the sentence on a line of its own, its buttons below
        fix_row.addWidget(self.correction)
        fix_buttons = QHBoxLayout()
        fix_buttons.addWidget(self.save_button)
        fix_buttons.addWidget(self.reset_button)
        fix_buttons.addStretch(1)
        fix_row.addLayout(fix_buttons)

        # Their dates come from the trip kept for the profile (_load_trip, below). Typed as
        # in every other date field of the app (31.03.2027, 31/03/2027, 2027-03-31) or picked
        # from a calendar: a QDateEdit in ISO order read "14-03-2027" as 2026-03-20, silently.
        self._trip = Trip(self.session.today(), self.session.today())
        self.start = QLineEdit(self)
        self.start.setObjectName("travelFrom")
        self.end = QLineEdit(self)
        self.end.setObjectName("travelTo")
        self.trip_bindings: list[LineBinding] = []
        trip_errors = QVBoxLayout()

        def dated(edit: QLineEdit, label: str, read: Callable[[], date],
                  apply: Callable[[date], None]) -> QWidget:
            edit.setAccessibleName(label)
            edit.setPlaceholderText(DATE_PLACEHOLDER)
            error = error_label(self, f"{edit.objectName()}Error")
            trip_errors.addWidget(error)
            binding = LineBinding(edit, error, label, lambda: read().isoformat(),
                                  date_parser(required=True), apply)
            self.trip_bindings.append(binding)
            return with_picker(edit, binding.submit)[0]

        pickers = [
            dated(self.start, self.tr("Trip from"), lambda: self._trip.start,
                  lambda day: self._set_trip(replace(self._trip, start=day))),
            dated(self.end, self.tr("Trip to"), lambda: self._trip.end,
                  lambda day: self._set_trip(replace(self._trip, end=day))),
        ]
        self.card_button = QPushButton(self.tr("Export translation card…"), self)
        self.card_button.clicked.connect(self.export_card)
        self.sheet_button = QPushButton(self.tr("Export translation sheet…"), self)
        self.sheet_button.clicked.connect(self.export_sheet)
        self.letter_button = QPushButton(self.tr("Export airline letter…"), self)
        self.letter_button.clicked.connect(self.export_letter)
        trip = QHBoxLayout()
        trip.addWidget(QLabel(self.tr("Trip from"), self))
        trip.addWidget(pickers[0])
        trip.addWidget(QLabel(self.tr("to"), self))
        trip.addWidget(pickers[1])
        trip.addStretch(1)
        # Two rows of their own: they fit 1024 px in longer languages too.
        exports = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.card_button)
        first.addWidget(self.sheet_button)
        first.addStretch(1)
        second.addWidget(self.letter_button)
        second.addStretch(1)
        exports.addLayout(first)
        exports.addLayout(second)

        self.status = wrapped_label(self, name="travelStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Travelling abroad</h2>"), self))
        layout.addWidget(intro)
        layout.addWidget(self.languages, 1)
        layout.addWidget(self.sentences, 2)
        layout.addLayout(fix_row)
        layout.addLayout(trip)
        layout.addLayout(trip_errors)
        layout.addLayout(exports)
        layout.addWidget(self.status)
        session.profileChanged.connect(self._profile_changed)
        self._loading_trip = False
        self._saved_languages: list[str] = []
        self._load_trip()
        self.languages.itemSelectionChanged.connect(self._save_trip)
        self.refresh(reselect=True)

    def _profile_changed(self) -> None:
        self._load_trip()
        self.refresh(reselect=True)

    # --- the trip: its dates, kept per profile until it is over, and its languages --------

    def _load_trip(self) -> None:
        self._trip = load_trip(self.session.store, self._profile_id(), self.session.today())
        self._saved_languages = list(self._trip.languages)
        for binding in self.trip_bindings:
            binding.load()

    def _set_trip(self, trip: Trip) -> None:
        self._trip = trip
        self._save_trip()

    def trip_dates(self) -> tuple[date, date]:
        """The trip's first and last day as shown."""
        return self._trip.start, self._trip.end

    def _save_trip(self) -> None:
        profile_id = self._profile_id()
        if self._loading_trip or profile_id is None:
            return
        trip = self._trip = replace(self._trip, languages=tuple(self.selected_codes()))
        remember(lambda: save_trip(self.session.store, profile_id, trip))

    # --- data ---------------------------------------------------------------------------

    def _profile_id(self) -> int | None:
        return self.session.profile.db_id if self.session.profile else None

    def current_languages(self) -> dict[str, Language]:
        """The shipped languages with this profile's corrections in place."""
        corrections = load_corrections(self.session.store, self._profile_id())
        return {code: with_corrections(lang, corrections.get(code, {}))
                for code, lang in self.shipped.items()}

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.languages.selectedIndexes()})
        return [_text(self.languages, r, 0) for r in rows]

    def refresh(self, reselect: bool = False) -> None:
        """Redraw the languages; with ``reselect``, choose the profile's saved languages
        (else those chosen now)."""
        selected = self._saved_languages if reselect else self.selected_codes()
        self._loading_trip = True  # rows made again: not a choice of the person's
        langs = [lang for code, lang in self.current_languages().items() if code != "en"]
        self.languages.setRowCount(len(langs))
        for row, lang in enumerate(langs):
            name = language_name(lang.code, lang.name)
            label = lang.native_name if name == lang.native_name else (
                f"{name} \u2014 {lang.native_name}")
            for column, text in enumerate((lang.code, label,
                                           status_text(lang.review.status,
                                                       lang.corrected_count))):
                self.languages.setItem(row, column, QTableWidgetItem(text))
        self.languages.resizeColumnsToContents()
        self.languages.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.languages.clearSelection()
        model, chosen = self.languages.selectionModel(), False
        for row, lang in enumerate(langs):
            if lang.code in selected:
                model.select(self.languages.model().index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
                chosen = True
        if not chosen and langs:
            self.languages.selectRow(0)
        self._loading_trip = False
        self._show_sentences()

    def _show_sentences(self) -> None:
        codes = self.selected_codes()
        self.sentences.setRowCount(0)
        if not codes:
            return
        lang = self.current_languages()[codes[0]]
        self.sentences.setRowCount(len(lang.sentences))
        for row, (key, sentence) in enumerate(lang.sentences.items()):
            for column, text in enumerate((key, sentence.text, self.source.sentences[key].text,
                                           status_text(sentence.review.status))):
                self.sentences.setItem(row, column, QTableWidgetItem(text))

    def _selected_key(self) -> str | None:
        rows = {i.row() for i in self.sentences.selectedIndexes()}
        return _text(self.sentences, min(rows), 0) if rows else None

    def _sentence_selected(self) -> None:
        row = {i.row() for i in self.sentences.selectedIndexes()}
        if row:
            self.correction.setText(_text(self.sentences, min(row), 1))

    # --- corrections ---------------------------------------------------------------------

    def _store_correction(self, text: str | None) -> bool:
        codes, key = self.selected_codes(), self._selected_key()
        if not codes or key is None or self.session.profile is None:
            return False
        try:
            save_correction(self.session.store, self._profile_id(), self.source,
                            self.shipped[codes[0]], key, text)
        except TravelError as err:
            from sm_card.gui.refusal_words import refusal_text

            dialogs.inform(self, self.tr("Not saved"), refusal_text(err))
            return False
        row = next(r for r in range(self.sentences.rowCount())
                   if _text(self.sentences, r, 0) == key)
        self.refresh()
        self.sentences.selectRow(row)
        return True

    def save_correction(self) -> bool:
        return self._store_correction(self.correction.text())

    def reset_correction(self) -> bool:
        return self._store_correction(None)

    # --- export ---------------------------------------------------------------------------

    def _chosen(self) -> list[Language]:
        langs = self.current_languages()
        return [langs[c] for c in self.selected_codes()]

    def _paper(self) -> str:
        paper = self.session.settings.paper
        return paper if paper in ("a4", "letter") else "a4"

    def _content(self):
        profile = self.session.current
        number = self.session.settings.emergency_number_for(profile.db_id)
        return travel_content(profile, number)

    def _write(self, title: str, suffix: str, build, what: str) -> bool:
        profile = self.session.profile
        chosen = self._chosen()
        if profile is None or not chosen:
            return False
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in profile.name).strip("-")
        codes = "-".join(lang.code for lang in chosen)
        suggested = str(Path.home() / f"{safe or 'record'}-{suffix}-{codes}.pdf")
        path = dialogs.save_file(self, title, suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        try:
            result = build(profile, chosen)
        except TravelError as err:
            from sm_card.gui.refusal_words import refusal_text

            dialogs.inform(self, self.tr("Not saved"), refusal_text(err))
            return False
        try:
            write_output_file(Path(path), result.pdf, self.session.store.path.parent)
        except (OSError, OutputRefused) as err:
            from sm_card.gui.refusal_words import not_written_text

            dialogs.inform(self, self.tr("Not saved"), not_written_text(path, err))
            return False
        self.status.setText(self.tr("Saved {path}.").format(path=path) + "\n"
                            + "\n".join(warning_text(w) for w in result.warnings))
        # Said where it cannot be missed, with what the document leaves out: the page's
        # status line sits below the fold on a small screen.
        dialogs.exported(self, path, what, warning_lines(result.warnings))
        return True

    def export_card(self) -> bool:
        from sm_card.render.travel import build_travel_card

        return self._write(self.tr("Export the translation card"), "translation-card",
                           lambda p, langs: build_travel_card(
                               p, self._content(), langs, self.source, layout="sheet",
                               paper=self._paper()), self.tr("The translation card"))

    def export_sheet(self) -> bool:
        from sm_card.render.travel import build_travel_sheet

        return self._write(self.tr("Export the translation sheet"), "translation-sheet",
                           lambda p, langs: build_travel_sheet(
                               p, self._content(), langs, self.source,
                               today=self.session.today(), paper=self._paper()),
                           self.tr("The translation sheet"))

    def export_letter(self) -> bool:
        from sm_card.core.catalog import default_catalog
        from sm_card.render.travel import build_travel_letter

        if not all(binding.submit() for binding in self.trip_bindings):
            return False  # a date that is not one: its message is under the field
        start, end = self.trip_dates()
        if end < start:
            dialogs.inform(self, self.tr("Not saved"),
                           self.tr("The trip ends before it starts."))
            return False
        try:
            atc = default_catalog().epinephrine_atc.code
        except Exception:  # noqa: BLE001 - a damaged catalog: the letter prints without the code
            atc = None
        return self._write(self.tr("Export the airline letter"), "airline-letter",
                           lambda p, langs: build_travel_letter(
                               p, self._content(), langs, self.source,
                               today=self.session.today(), start=start, end=end,
                               paper=self._paper(), epinephrine_atc=atc),
                           self.tr("The airline letter"))

