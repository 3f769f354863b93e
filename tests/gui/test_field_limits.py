"""The app's fields stop at the same limits the importer applies (validation.TEXT_LIMITS)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from sm_card.core import validation as v


def test_line_fields_and_text_boxes_stop_at_the_limit(window):
    person = window.show_page("person")
    assert person.findChild(QLineEdit, "nameEdit").maxLength() == v.TEXT_LIMITS["name"]
    assert person.findChild(QLineEdit, "blood_typeEdit").maxLength() == 20
    plans = window.show_page("plans")
    edit = plans.findChild(QPlainTextEdit, "emergency_planEdit")
    edit.setPlainText("x" * (v.TEXT_LIMITS["emergency_plan"] + 500))
    assert len(edit.toPlainText()) == v.TEXT_LIMITS["emergency_plan"]
    window.flush_edits()
    assert len(window.session.profile.emergency_plan) == v.TEXT_LIMITS["emergency_plan"]


def test_list_add_row_stops_at_the_limit(window):
    page = window.show_page("avoid")
    edit = page.findChild(QLineEdit, "add_agent")
    assert edit.maxLength() == v.TEXT_LIMITS["agent"]
