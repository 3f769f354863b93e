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


def test_list_columns_follow_the_field_declaration(qapp):
    """Every column of the list pages and the planned procedures is a declared field of its
    entry type, with the declaration's rule: required, limit, choices, date."""
    from datetime import time

    from sm_card.core import fields
    from sm_card.gui.pages.list_page import list_specs
    from sm_card.gui.pages.surgery_page import procedures_spec

    checked = 0
    for spec in [*list_specs(), procedures_spec()]:
        for column in spec.columns:
            declared = fields.field_of(spec.make, column.attr)
            assert column.required == declared.required, column.attr
            assert column.max_len() == declared.limit, column.attr
            assert column.choices == declared.choices, column.attr
            assert column.is_date == (declared.kind == fields.DATE), column.attr
            if declared.kind == fields.TIME:
                assert column.to_value(" 07:05 ") == time(7, 5)
                assert column.text_of(time(7, 5)) == "07:05"
            checked += 1
    assert checked == 24
