"""Adding to the lists: suggestions picked with the keyboard, duplicates, phone numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from sm_card.core.catalog import default_catalog


def list_page(window, key):
    return window.show_page(key)


# The offscreen platform cannot raise a popup or grab the keyboard; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_picking_a_suggestion_with_enter_adds_it_once_and_clears_the_box(window, qtbot):
    page = list_page(window, "avoid")
    edit = page.findChild(QLineEdit, "add_agent")
    before = len(page.entries)
    completer = edit.completer()
    edit.setFocus()
    qtbot.keyClicks(edit, "vancomy")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert [e.agent for e in page.entries[before:]] == ["Vancomycin"]
    assert edit.text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # an empty box adds nothing
    assert len(page.entries) == before + 1


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_clicking_a_suggestion_adds_it_as_enter_does(window, qtbot):
    """A click on a suggestion only filled the box; Enter added it at once."""
    page = list_page(window, "avoid")
    edit = page.findChild(QLineEdit, "add_agent")
    before = len(page.entries)
    edit.setFocus()
    qtbot.keyClicks(edit, "vancomy")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(first).center())
    qtbot.waitUntil(lambda: len(page.entries) == before + 1)
    assert page.entries[-1].agent == "Vancomycin" and edit.text() == ""
    qtbot.wait(20)
    assert len(page.entries) == before + 1  # once


def test_an_agent_already_in_the_list_is_flagged_not_added_twice(window):
    page = list_page(window, "avoid")
    edit = page.findChild(QLineEdit, "add_agent")
    existing = page.entries[0].agent
    count = len(page.entries)
    edit.setText(existing.upper())
    page.add_entry()
    assert len(page.entries) == count
    error = page.findChild(QLabel, "listError")
    assert error.isVisible() and "already in the list" in error.text()


def test_contact_phone_must_be_a_phone_number(window):
    page = list_page(window, "contacts")
    count = len(page.entries)
    page.findChild(QLineEdit, "add_name").setText("Sam")
    page.findChild(QLineEdit, "add_phone").setText("call Sam")
    page.add_entry()
    assert len(page.entries) == count
    assert "is not a phone number" in page.findChild(QLabel, "listError").text()
    page.findChild(QLineEdit, "add_phone").setText("+49 (30) 1234-567 ext. 12")
    page.add_entry()
    assert page.entries[-1].phone == "+49 (30) 1234-567 ext. 12"


def test_catalog_fixture_has_vancomycin():
    assert default_catalog().entry_by_name("Vancomycin") is not None


def test_severity_is_picked_in_the_cell_and_saved(window, data_dir, qtbot):
    """The severity cell is drawn as a combo box and edited with one when opened (one editor
    at a time, not a combo box widget per row)."""
    from PySide6.QtWidgets import QComboBox, QTableWidget
    from test_main_window import reopened

    page = list_page(window, "avoid")
    table = page.findChild(QTableWidget, "listTable")
    col = next(i for i, c in enumerate(page.spec.columns) if c.attr == "severity")
    assert all(table.cellWidget(r, col) is None for r in range(table.rowCount()))
    assert table.item(0, col).text() == "Avoid"  # the words, translated; the value is data
    assert table.item(0, col).data(Qt.ItemDataRole.UserRole) == "avoid"
    table.setCurrentCell(0, col)
    table.edit(table.currentIndex())
    (combo,) = [c for c in table.findChildren(QComboBox, "choiceCellCombo") if c.isVisible()]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Avoid", "Caution"]
    combo.setCurrentIndex(combo.findData("caution"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: reopened(data_dir)["Alex Example"].avoid[0].severity == "caution")
    assert table.item(0, col).text() == "Caution"
    assert page.error.isHidden()


def test_a_contacts_relation_and_a_procedures_date_are_typed_when_adding(window):
    """A parent had to add the contact, then find the Relation cell and double-click it;
    the same for a procedure's date."""
    page = list_page(window, "contacts")
    page.findChild(QLineEdit, "add_name").setText("Sara Ruiz")
    page.findChild(QLineEdit, "add_relation").setText("mother")
    page.findChild(QLineEdit, "add_phone").setText("+34 612 345 678")
    page.add_entry()
    added = page.entries[-1]
    assert (added.name, added.relation, added.phone) == ("Sara Ruiz", "mother",
                                                          "+34 612 345 678")
    page.findChild(QLineEdit, "add_name").setText("Tom Ruiz")  # a relation may stay empty
    page.findChild(QLineEdit, "add_phone").setText("+34 612 345 679")
    page.add_entry()
    assert page.entries[-1].relation is None
    surgery = window.show_page("surgery").procedures
    date_edit = surgery.findChild(QLineEdit, "add_planned_on")
    assert "31.03.2027" in date_edit.placeholderText()
    surgery.findChild(QLineEdit, "add_procedure").setText("Tonsillectomy")
    date_edit.setText("12.02.2027")
    surgery.add_entry()
    from datetime import date

    assert surgery.entries[-1].planned_on == date(2027, 2, 12)
    date_edit.setText("31.02.2027")  # refused, with the date field named; nothing added
    surgery.findChild(QLineEdit, "add_procedure").setText("Second")
    count = len(surgery.entries)
    surgery.add_entry()
    assert len(surgery.entries) == count
