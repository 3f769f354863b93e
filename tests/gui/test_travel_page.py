"""The Travel page: languages with review status, a stored correction, the three exports."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from sm_card.core.travel import CORRECTED, NOT_REVIEWED, load_corrections
from sm_card.gui import dialogs
from sm_card.gui.pages.travel_page import TravelPage
from sm_card.gui.services import Services


@pytest.fixture
def page(qtbot, session):
    widget = TravelPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def _type_trip(page, start: str, end: str) -> None:
    """As typed: the text, then leaving the field."""
    for edit, text in ((page.start, start), (page.end, end)):
        edit.setText(text)
        edit.editingFinished.emit()


def _select(page, code):
    row = next(r for r in range(page.languages.rowCount())
               if page.languages.item(r, 0).text() == code)
    page.languages.clearSelection()
    page.languages.selectRow(row)


def _select_sentence(page, key):
    row = next(r for r in range(page.sentences.rowCount())
               if page.sentences.item(r, 0).text() == key)
    page.sentences.selectRow(row)
    return row


def _text(path) -> str:
    return "".join("".join(p.extract_text().split())
                   for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_languages_show_their_review_status(page):
    codes = [page.languages.item(r, 0).text() for r in range(page.languages.rowCount())]
    assert {"de", "fr", "es", "it", "pt", "nl", "pl", "el", "tr", "ja", "zh"} <= set(codes)
    assert "en" not in codes
    assert all(page.languages.item(r, 2).text() == NOT_REVIEWED
               for r in range(page.languages.rowCount()))
    _select(page, "ja")
    row = _select_sentence(page, "alert")
    assert page.sentences.item(row, 1).text() == "緊急医療情報"
    assert page.sentences.item(row, 2).text() == "MEDICAL ALERT"
    page.grab().save("/tmp/travel-gui-page.png")


def test_a_correction_is_stored_shown_and_printed(page, session, tmp_path, monkeypatch):
    _select(page, "de")
    row = _select_sentence(page, "call_contact")
    assert page.correction.text() == "Bitte rufen Sie meine Notfallkontaktperson an."
    page.correction.setText("Bitte rufen Sie Sam an.")
    assert page.save_correction()
    assert load_corrections(session.store, session.profile.db_id) == {
        "de": {"call_contact": "Bitte rufen Sie Sam an."}}
    assert page.sentences.item(row, 3).text() == CORRECTED
    assert "1 sentence corrected by the user" in page.languages.item(
        page.languages.currentRow(), 2).text()

    out = tmp_path / "sheet.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(out))
    assert page.export_sheet()
    assert "BitterufenSieSaman." in _text(out)
    assert "Saved" in page.status.text() and "not reviewed" in page.status.text()

    _select_sentence(page, "call_contact")
    assert page.reset_correction()
    assert load_corrections(session.store, session.profile.db_id) == {}


def test_a_correction_losing_the_number_is_refused(page, session, monkeypatch):
    told = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, message: told.append(message))
    _select(page, "fr")
    _select_sentence(page, "call_number")
    page.correction.setText("Appelez les secours.")
    assert not page.save_correction()
    assert told and "{number}" in told[0]
    assert load_corrections(session.store, session.profile.db_id) == {}


def test_card_and_letter_export_for_the_chosen_languages(page, tmp_path, monkeypatch):
    card = tmp_path / "card.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(card))
    _select(page, "el")
    assert page.export_card()
    assert "ΙΑΤΡΙΚΗΕΙΔΟΠΟΙΗΣΗ" in _text(card)
    letter = tmp_path / "letter.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(letter))
    # the example's first EpiPen expires 2026-12-31: a trip into January flags it
    _type_trip(page, "20.12.2026", "2027-01-10")
    assert page.export_letter()
    text = _text(letter)
    assert "!EXPIRESBEFORETHEENDOFTHETRIP" in text and "LX2491" in text
    assert "expires before the end of the trip" in page.status.text()
    # said where it cannot be missed (the status line may be below the fold): the saved
    # dialog names the file, with what to check in it
    from sm_card.gui.dialogs import ExportedDialog

    (told,) = [d for d in page.window().findChildren(ExportedDialog) if d.isVisible()]
    assert told.isVisible() and told.path_label.text() == str(letter)
    assert "The airline letter" in told.message.text()
    assert "expires before the end of the trip" in told.notes.text()


def test_reversed_dates_are_refused(page, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, message: told.append(message))
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "x.pdf"))
    _type_trip(page, "2027-01-10", "2027-01-01")
    assert not page.export_letter()
    assert told and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("typed, shown", [("14/03/2027", "2027-03-14"),
                                          ("14.03.2027", "2027-03-14"),
                                          ("2027-03-14", "2027-03-14")])
def test_trip_dates_are_typed_as_in_every_other_date_field(page, spanish, typed, shown):
    """A date box in ISO order took "14-03-2027" as 2026-03-20 and let "14/03/2027" go
    without a word. The fields read the forms every other date field reads, and refuse
    (with a message, the trip unchanged) what is not a date."""
    _type_trip(page, typed, "2027-03-28")
    assert page.start.text() == shown and page.trip_dates()[0].isoformat() == shown
    before = page.trip_dates()
    page.start.setText("14-13-2027")
    page.start.editingFinished.emit()
    error = page.findChild(QLabel, "travelFromError")
    assert error.isVisibleTo(page) and "14-13-2027" in error.text()
    assert page.trip_dates() == before


def test_page_is_in_the_window_and_translated(qtbot, session, pseudo_locale):
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import MainWindow

    win = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(win)
    travel = win.page("travel")
    assert isinstance(travel, TravelPage)
    for name, text in pseudo_locale(travel):
        assert "[" in text, f"{name!r} shows {text!r}"


def test_sentence_rows_fit_their_text_after_the_window_grows(page, qtbot, qapp):
    """Rows made narrow are as tall as their wrapped sentences; widened, they shrink back."""
    table = page.sentences
    row = _select_sentence(page, "condition_sm")
    line = table.fontMetrics().lineSpacing()

    def lines_shown() -> float:
        return table.rowHeight(row) / line

    page.resize(700, 800)
    qtbot.waitUntil(lambda: lines_shown() >= 3)  # wrapped in a narrow table
    page.resize(1800, 800)
    qapp.processEvents()
    qtbot.waitUntil(lambda: lines_shown() < 2.5)  # one line and its padding, at most two


def test_languages_are_named_in_the_interface_language(qtbot, session, german):
    """The German window listed "Spanish — Español", and each sentence by its key
    ("call_contact")."""
    page = TravelPage(session)
    qtbot.addWidget(page)
    names = {page.languages.item(r, 0).text(): page.languages.item(r, 1).text()
             for r in range(page.languages.rowCount())}
    assert names["es"] == "Spanisch \u2014 Español"
    assert names["de"] == "Deutsch"  # not "Deutsch — Deutsch"
    assert names["zh"] == "Chinesisch (vereinfacht) \u2014 中文（简体）"
    assert page.sentences.isColumnHidden(0)  # the app's keys are not shown
    assert page.sentences.item(0, 0).text()  # (but kept to find the row)


def test_the_trip_dates_are_kept_until_the_trip_is_over(qtbot, session):
    """They went back to today and today + 14 days at every start."""
    from datetime import date

    first = TravelPage(session)
    qtbot.addWidget(first)
    _type_trip(first, "2027-01-15", "05/02/2027")
    again = TravelPage(session)  # the next time the app opens
    qtbot.addWidget(again)
    assert (again.start.text(), again.end.text()) == ("2027-01-15", "2027-02-05")
    # once the trip is over, a new one starts from today
    session.today = lambda: date(2027, 2, 6)
    later = TravelPage(session)
    qtbot.addWidget(later)
    assert later.trip_dates() == (date(2027, 2, 6), date(2027, 2, 20))
    # a damaged setting is the default trip, never a crash
    session.store.set_setting(f"travel_trip:{session.profile.db_id}", {"start": "soon"})
    damaged = TravelPage(session)
    qtbot.addWidget(damaged)
    assert damaged.start.text() == "2027-02-06"


def test_the_chosen_languages_come_back_with_the_trip(qtbot, session):
    """German (the first row) was chosen at every start: an export without a look gave a
    German card to a family going to Spain. The languages chosen last come back."""
    first = TravelPage(session)
    qtbot.addWidget(first)
    assert first.selected_codes() == ["de"]  # nothing chosen yet: the first row, as before
    from PySide6.QtCore import QItemSelectionModel

    _select(first, "es")
    fr = next(r for r in range(first.languages.rowCount())
              if first.languages.item(r, 0).text() == "fr")
    first.languages.selectionModel().select(  # and French too (Ctrl+click)
        first.languages.model().index(fr, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(first.selected_codes()) == ["es", "fr"]
    again = TravelPage(session)
    qtbot.addWidget(again)
    assert sorted(again.selected_codes()) == ["es", "fr"]
