"""Date fields read dates as people write them, offer a calendar, and never drop what was typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget, QToolButton
from test_main_window import reopened, type_into

from sm_card.core.models import PartialDate
from sm_card.gui import forms
from sm_card.gui.bidi import FSI, PDI
from sm_card.gui.pages.injectors_page import InjectorDialog

# The calendar is a popup: the offscreen platform cannot raise it or grab the keyboard.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support")


def visible(text: str) -> str:
    """The message as read: the direction isolates around a typed value draw nothing."""
    return text.replace(FSI, "").replace(PDI, "")


def test_date_of_birth_in_day_first_and_iso_forms(window, data_dir):
    page = window.show_page("person")
    edit = page.findChild(QLineEdit, "date_of_birthEdit")
    type_into(edit, "14.03.1979")
    assert reopened(data_dir)["Alex Example"].date_of_birth == date(1979, 3, 14)
    assert edit.text() == "1979-03-14"  # shown at once as it was read (and as it will reload)
    type_into(edit, "1980-01-02")
    assert reopened(data_dir)["Alex Example"].date_of_birth == date(1980, 1, 2)


def test_a_wrong_date_is_refused_with_examples_and_the_text_kept(window, data_dir):
    page = window.show_page("person")
    edit = page.findChild(QLineEdit, "date_of_birthEdit")
    before = reopened(data_dir)["Alex Example"].date_of_birth
    type_into(edit, "14th of March")
    error = page.bindings["date_of_birth"].error
    assert not error.isHidden()
    assert "31.03.2027" in error.text() and "14th of March" in error.text()
    assert edit.text() == "14th of March"  # nothing typed is lost
    assert reopened(data_dir)["Alex Example"].date_of_birth == before
    type_into(edit, "31.02.1979")
    assert "is not a date" in error.text()
    type_into(edit, "01.01.2099")
    assert "is in the future" in error.text()
    assert reopened(data_dir)["Alex Example"].date_of_birth == before


@POPUP
def test_the_calendar_writes_the_picked_day(window, data_dir):
    page = window.show_page("person")
    picker = page.findChild(QToolButton, "date_of_birthEditPicker")
    assert picker is not None and picker.accessibleName()
    picker.click()
    assert picker.calendar.isVisible()
    picker.calendar.clicked.emit(QDate(1979, 3, 14))
    assert not picker.calendar.isVisible()
    assert reopened(data_dir)["Alex Example"].date_of_birth == date(1979, 3, 14)
    picker.click()  # opens on the date in the field
    assert picker.calendar.selectedDate() == QDate(1979, 3, 14)
    picker.calendar.hide()


@POPUP
def test_the_calendar_keeps_a_month_only_date_taken_unchanged(window, data_dir):
    """The diagnosis month "2019-06" opened the calendar on its last day, and Enter on it
    saved 2019-06-30, a day nobody recorded. Taken unchanged, the month stays; another day
    picked is that day."""
    page = window.show_page("diagnosis")
    edit = page.findChild(QLineEdit, "diagnosed_onEdit")
    picker = page.findChild(QToolButton, "diagnosed_onEditPicker")
    assert edit.text() == "2019-06"
    picker.click()
    assert picker.calendar.selectedDate() == QDate(2019, 6, 30)
    picker.calendar.activated.emit(QDate(2019, 6, 30))  # Enter on the day shown
    assert not picker.calendar.isVisible()
    assert edit.text() == "2019-06"
    assert reopened(data_dir)["Alex Example"].diagnosis.diagnosed_on == PartialDate(2019, 6)
    picker.click()
    picker.calendar.clicked.emit(QDate(2019, 6, 14))
    assert reopened(data_dir)["Alex Example"].diagnosis.diagnosed_on == PartialDate(2019, 6, 14)


def test_diagnosis_month_as_written_on_a_letter(window, data_dir):
    page = window.show_page("diagnosis")
    type_into(page.findChild(QLineEdit, "diagnosed_onEdit"), "08/2019")
    assert reopened(data_dir)["Alex Example"].diagnosis.diagnosed_on == PartialDate(2019, 8)
    type_into(page.findChild(QLineEdit, "tryptase_measured_onEdit"), "02.03.2024")
    assert reopened(data_dir)["Alex Example"].diagnosis.tryptase_measured_on == date(2024, 3, 2)


@POPUP
def test_injector_expiry_as_printed_on_the_pen(qtbot):
    dialog = InjectorDialog(None, "Add", None)
    qtbot.addWidget(dialog)
    dialog.expiry.setText("08/2027")
    assert dialog.result_injector().expires_on == PartialDate(2027, 8)
    dialog.expiry.setText("08/27")
    assert dialog.result_injector().expires_on == PartialDate(2027, 8)
    dialog.expiry.setText("31.08.2027")
    assert dialog.result_injector().expires_on == PartialDate(2027, 8, 31)
    dialog.expiry.setText("13/2027")
    assert dialog.result_injector() is None
    assert "Expiry date" in dialog.error.text() and dialog.expiry.text() == "13/2027"
    dialog.expiry_picker.click()
    dialog.expiry_picker.calendar.clicked.emit(QDate(2028, 1, 31))
    assert dialog.result_injector().expires_on == PartialDate(2028, 1, 31)


@POPUP
def test_picker_opens_a_month_on_its_last_day(qtbot):
    dialog = InjectorDialog(None, "Add", None)
    qtbot.addWidget(dialog)
    dialog.expiry.setText("02/2028")
    dialog.expiry_picker.click()
    assert dialog.expiry_picker.calendar.selectedDate() == QDate(2028, 2, 29)
    dialog.expiry_picker.calendar.hide()


def test_table_date_cells_read_dotted_dates(window, data_dir):
    page = window.show_page("avoid")
    table = page.findChild(QTableWidget, "listTable")
    table.item(0, 3).setText("01.02.2018")
    assert reopened(data_dir)["Alex Example"].avoid[0].noted_on == date(2018, 2, 1)
    table.item(0, 3).setText("2018-02-31")
    # the message quotes it (isolated by direction: the marks are invisible)
    assert '"2018-02-31" is not a date' in visible(page.error.text())


def test_month_first_locale_reads_slashes_month_first(qapp):
    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert forms.day_first() is False
        assert forms.date_parser()("03/31/2027") == date(2027, 3, 31)
        assert forms.date_parser()("31.03.2027") == date(2027, 3, 31)  # dots: day first
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert forms.day_first() is True
        assert forms.date_parser()("04/03/2027") == date(2027, 3, 4)
    finally:
        QLocale.setDefault(old)


@POPUP
def test_table_date_cell_has_a_calendar(window, data_dir, qtbot):
    page = window.show_page("avoid")
    table = page.findChild(QTableWidget, "listTable")
    table.setCurrentCell(1, 3)
    page.edit_current()
    editor = table.findChild(QLineEdit, "dateCellEdit")
    assert editor is not None and editor.isVisible()
    picker = table.findChild(QToolButton, "dateCellEditPicker")
    picker.click()
    picker.calendar.clicked.emit(QDate(2019, 5, 6))
    qtbot.waitUntil(lambda: reopened(data_dir)["Alex Example"].avoid[1].noted_on
                    == date(2019, 5, 6))
    assert table.item(1, 3).text() == "2019-05-06"


def test_a_date_column_is_as_wide_as_a_date_and_its_editor_takes_the_room_it_needs(
        window, qtbot):
    window.resize(1024, 700)
    page = window.show_page("avoid")
    table = page.findChild(QTableWidget, "listTable")
    metrics = table.fontMetrics()
    column = table.columnWidth(3)  # "Noted on"
    assert metrics.horizontalAdvance("2017-08-01") < column < 3 * metrics.horizontalAdvance(
        "2017-08-01")
    table.setCurrentCell(0, 3)
    page.edit_current()
    editor = table.findChild(QLineEdit, "dateCellEdit")
    box = editor.parentWidget()
    qtbot.waitUntil(box.isVisible)
    picker = table.findChild(QToolButton, "dateCellEditPicker")
    # the text and the calendar button whole, over the cell beside it, inside the table
    assert box.width() >= box.sizeHint().width() > column
    assert box.geometry().left() >= 0 and box.geometry().right() < table.viewport().width()
    assert picker.width() >= picker.sizeHint().width()
    assert editor.width() >= metrics.horizontalAdvance("31.12.2027")


def test_procedure_date_typed_day_first(window, data_dir):
    page = window.show_page("surgery").procedures
    page.add_edits["procedure"].setText("Knee arthroscopy")
    page.add_entry()
    table = page.findChild(QTableWidget, "listTable")
    row = table.rowCount() - 1
    table.item(row, 1).setText("14.03.2027")
    saved = reopened(data_dir)["Alex Example"].procedures
    assert saved[-1].planned_on == date(2027, 3, 14)


def test_a_refused_cell_opens_again_with_what_was_typed(window, data_dir, qtbot):
    page = window.show_page("avoid")
    table = page.findChild(QTableWidget, "listTable")
    table.setCurrentCell(0, 3)
    page.edit_current()
    editor = table.findChild(QLineEdit, "dateCellEdit")
    qtbot.waitUntil(editor.hasFocus)
    editor.setText("31.02.2018")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert '"31.02.2018" is not a date' in visible(page.error.text())
    assert reopened(data_dir)["Alex Example"].avoid[0].noted_on == date(2017, 8, 1)

    def reopened_with_text() -> bool:
        again = [e for e in table.findChildren(QLineEdit, "dateCellEdit") if e.isVisible()]
        return bool(again) and again[-1].text() == "31.02.2018"

    qtbot.waitUntil(reopened_with_text)


def test_date_cell_editor_keys_and_leaving(window, data_dir, qtbot):
    page = window.show_page("avoid")
    table = page.findChild(QTableWidget, "listTable")
    table.setCurrentCell(2, 3)
    page.edit_current()
    editor = table.findChild(QLineEdit, "dateCellEdit")
    qtbot.waitUntil(editor.hasFocus)
    editor.setText("01.01.2020")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Escape keeps the saved value
    assert reopened(data_dir)["Alex Example"].avoid[2].noted_on is None
    qtbot.waitUntil(lambda: table.state() != QTableWidget.State.EditingState)
    page.edit_current()
    editor = [e for e in table.findChildren(QLineEdit, "dateCellEdit") if e.isVisible()][-1]
    qtbot.waitUntil(editor.hasFocus)
    editor.setText("01.01.2020")
    page.add_edits["agent"].setFocus()  # leaving the cell saves it
    qtbot.waitUntil(lambda: reopened(data_dir)["Alex Example"].avoid[2].noted_on
                    == date(2020, 1, 1))


def test_a_date_that_must_be_past_shows_a_past_example(window):
    """The date-of-birth field's example read "31.03.2027", a birth in the future."""
    from PySide6.QtWidgets import QLineEdit

    from sm_card.core.dates import read_date

    for page_key, name in (("person", "date_of_birthEdit"),
                           ("diagnosis", "tryptase_measured_onEdit")):
        edit = window.show_page(page_key).findChild(QLineEdit, name)
        assert edit is not None, name
        example = read_date(edit.placeholderText())
        assert example < date(2026, 11, 23), (name, example)


def test_a_field_shows_what_was_read_once_saved(window, qapp):
    """ "14.03.2017" and "28,5" stayed as typed until the next start, then came back as
    2017-03-14 and 28.5: the field now shows at once what was saved."""
    page = window.show_page("person")
    born = page.findChild(QLineEdit, "date_of_birthEdit")
    born.setText("14.03.2017")
    born.editingFinished.emit()
    assert born.text() == "2017-03-14"
    assert window.session.profile.date_of_birth == date(2017, 3, 14)
    weight = page.findChild(QLineEdit, "weight_kgEdit")
    weight.setText("28,5")
    weight.editingFinished.emit()
    assert weight.text() == "28.5" and window.session.profile.weight_kg == 28.5
    born.setText("31.02.2017")  # refused: stays as typed, to be corrected
    born.editingFinished.emit()
    assert born.text() == "31.02.2017"
    assert window.session.profile.date_of_birth == date(2017, 3, 14)
