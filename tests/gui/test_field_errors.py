"""A refused value is worded in the person's language: core gives a code and its facts, the
window words them (gui/field_errors.py); the typed text is never lost."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit
from test_main_window import reopened, type_into

from sm_card.core import validation as v
from sm_card.gui.bidi import FSI, PDI
from sm_card.gui.field_errors import field_error_text

EVERY_PARAM = {"limit": 2000, "minimum": 3, "low": 0, "high": 43200, "days": 30,
               "choices": ("a", "b")}


def test_a_refused_date_reads_in_german_and_the_text_stays(german, window, data_dir):
    page = window.show_page("person")
    edit = page.findChild(QLineEdit, "date_of_birthEdit")
    before = reopened(data_dir)["Alex Example"].date_of_birth
    type_into(edit, "14th of March")
    error = page.bindings["date_of_birth"].error
    assert not error.isHidden()
    assert error.text() == (f"⚠ Geburtsdatum {FSI}„14th of March“{PDI} ist kein Datum "
                            "(z. B. 2027-03-31 oder 31.03.2027)")
    assert "is not a date" not in error.text()
    assert edit.text() == "14th of March"  # nothing typed is lost
    type_into(edit, "01.01.2099")
    assert "liegt in der Zukunft" in error.text()
    assert reopened(data_dir)["Alex Example"].date_of_birth == before


def test_a_refused_phone_number_in_a_list_reads_in_german(german, window):
    page = window.show_page("contacts")
    count = len(page.entries)
    page.findChild(QLineEdit, "add_name").setText("Sam")
    page.findChild(QLineEdit, "add_phone").setText("call me")
    page.add_entry()
    assert len(page.entries) == count
    assert page.findChild(QLineEdit, "add_phone").text() == "call me"
    shown = page.findChild(QLabel, "listError").text()
    assert "ist keine Telefonnummer" in shown and "call me" in shown
    assert "is not a phone number" not in shown


def test_every_code_has_its_own_german_sentence_with_every_fact_filled_in(german):
    for code in sorted(v.FIELD_ERROR_CODES):
        err = v.FieldError("english problem", "typed", code=code, params=EVERY_PARAM)
        text = field_error_text("Feld", err)
        assert text.startswith("Feld "), code
        assert "english problem" not in text and "{" not in text, (code, text)


def test_limits_are_written_as_the_locale_writes_numbers(german):
    err = v.FieldError("is longer than 2,000 characters", show_value=False, code="too_long",
                       params={"limit": 2000})
    assert field_error_text("Notizen", err) == "Notizen ist länger als 2.000 Zeichen"


def test_the_persons_text_is_escaped_cut_and_isolated_by_direction():
    err = v.FieldError("is not a date", "\u0623" * 70 + "\x1b", code="not_a_date")
    text = field_error_text("Expiry date", err)
    assert "\x1b" not in text and "..." in text
    assert text.startswith(f'Expiry date {FSI}"') and text.endswith(f'"{PDI} is not a date')


def test_an_unknown_code_falls_back_to_the_english_sentence():
    err = v.FieldError("is odd", "x", code="not_worded_yet")
    assert field_error_text("Lot", err) == 'Lot "x" is odd'
