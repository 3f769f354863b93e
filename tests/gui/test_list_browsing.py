"""List tables say how to edit a cell and offer a button for it; suggestions browse by group."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableWidget
from test_main_window import reopened


def test_edit_cell_button_opens_the_selected_cell(window, qtbot, data_dir):
    page = window.show_page("medications")
    table = page.findChild(QTableWidget, "listTable")
    assert "double-click" in page.edit_hint.text() and page.edit_hint.isVisibleTo(page)
    button = page.findChild(QPushButton, "editCellButton")
    assert button.text() == "Edit cell"
    table.setCurrentCell(0, 1)
    button.click()
    assert table.state() == QTableWidget.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == table.item(0, 1).text()
    editor.setText("20 mg")
    table.setFocus()  # leaving the editor commits it, like Enter
    table.closePersistentEditor(table.item(0, 1))
    qtbot.waitUntil(lambda: reopened(data_dir)["Alex Example"].medications[0].dose == "20 mg")


def test_suggestions_grouped_by_catalog_group_and_picked_from_the_menu(window, data_dir):
    page = window.show_page("avoid")
    groups = page.suggestion_groups()
    catalog = window.catalog
    expected: dict[str, set[str]] = {}
    for agent in catalog.agents.values():
        expected.setdefault(agent.drug_class, set()).add(agent.name)
    assert {g: set(n) for g, n in groups.items()} == expected
    assert list(groups) == sorted(groups, key=str.casefold)
    listed = {e.agent.casefold() for e in window.session.profile.avoid}
    group, name = next((g, n) for g, names in groups.items() for n in names
                       if n.casefold() not in listed)
    menu = page.browse_button.menu()
    sub = next(a.menu() for a in menu.actions() if a.text() == group)
    next(a for a in sub.actions() if a.text() == name).trigger()
    saved = reopened(data_dir)["Alex Example"].avoid
    assert saved[-1].agent == name and saved[-1].catalog_id is not None
    assert page.add_edits["agent"].text() == ""
    # Picking it again is flagged, not added twice.
    next(a for a in sub.actions() if a.text() == name).trigger()
    assert len(reopened(data_dir)["Alex Example"].avoid) == len(saved)
    assert "already in the list" in page.error.text()


def test_tolerated_page_browses_its_own_suggestions(window):
    page = window.show_page("tolerated")
    names = {n for ns in page.suggestion_groups().values() for n in ns}
    assert names == {s.name for s in window.catalog.tolerated_suggestions.values()}


def test_lists_without_a_catalog_have_no_browse_button(window):
    assert window.show_page("contacts").browse_button is None
