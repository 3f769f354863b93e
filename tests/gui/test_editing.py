"""Forgiving editing: undo/redo of field edits, list deletions and profile deletion; menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from test_main_window import reopened as stored  # tests/gui is on sys.path
from test_main_window import type_into

import sm_card
from sm_card.gui import dialogs, menus


def test_field_edit_is_undone_and_redone_with_the_shortcuts(window, data_dir, qtbot):
    page = window.show_page("person")
    edit = page.findChild(QLineEdit, "blood_typeEdit")
    before = stored(data_dir)["Alex Example"].blood_type
    type_into(edit, "AB+")
    assert stored(data_dir)["Alex Example"].blood_type == "AB+"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(data_dir)["Alex Example"].blood_type == before
    assert edit.text() == (before or "")  # the page shows the restored value
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(data_dir)["Alex Example"].blood_type == "AB+"
    assert edit.text() == "AB+"


def test_list_deletion_is_undone(window, data_dir):
    session = window.session
    agents = [e.agent for e in session.profile.avoid]
    assert len(agents) >= 2
    del session.profile.avoid[0]
    session.commit()
    assert [e.agent for e in stored(data_dir)["Alex Example"].avoid] == agents[1:]
    window.menu_actions.undo.trigger()
    assert [e.agent for e in stored(data_dir)["Alex Example"].avoid] == agents
    assert [e.agent for e in session.profile.avoid] == agents


def test_undo_names_the_step_and_is_disabled_when_nothing_to_undo(window):
    assert not window.menu_actions.undo.isEnabled()
    window.session.profile.blood_type = "B+"
    window.session.commit()
    assert window.menu_actions.undo.isEnabled()
    assert "Alex Example" in window.menu_actions.undo.text()


def test_deleted_profile_comes_back_with_undo(window, data_dir, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm_destructive",
                        lambda parent, title, question, action: asked.append(action) or True)
    window.menu_actions.delete_profile.trigger()
    assert asked == ["Delete \u2068Alex Example\u2069's profile"]  # name isolated by direction
    assert "Alex Example" not in stored(data_dir)
    window.menu_actions.undo.trigger()
    back = stored(data_dir)["Alex Example"]
    assert [e.agent for e in back.avoid] and back.blood_type
    assert window.profile_switcher.currentText() == "Alex Example"
    window.menu_actions.redo.trigger()
    assert "Alex Example" not in stored(data_dir)


def test_declined_deletion_keeps_the_profile(window, data_dir, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm_destructive", lambda *a: False)
    window.delete_profile()
    assert "Alex Example" in stored(data_dir)


def test_destructive_button_is_named_and_never_the_default(qtbot, monkeypatch):
    seen = {}

    def fake_exec(box):
        buttons = {b.text(): b for b in box.buttons()}
        seen["names"] = sorted(buttons)
        seen["default"] = box.defaultButton().text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialogs.confirm_destructive(None, "Delete profile", "Sure?",
                                       "Delete Mia's profile") is False
    assert "Delete Mia's profile" in seen["names"]
    assert seen["default"] != "Delete Mia's profile"
    assert not any(name in ("Yes", "&Yes") for name in seen["names"])


def test_rename_through_the_profile_menu_and_undo(window, data_dir, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Alex Renamed")
    window.menu_actions.rename_profile.trigger()
    assert list(stored(data_dir)) == ["Alex Renamed"]
    assert window.profile_switcher.currentText() == "Alex Renamed"
    window.menu_actions.undo.trigger()
    assert list(stored(data_dir)) == ["Alex Example"]


def test_menus_hold_the_commands_with_their_shortcuts(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Profile", "&Help"]
    actions = window.menu_actions
    keys = {a.objectName(): a.shortcut().toString() for a in window.findChildren(type(
        actions.quit)) if a.shortcut().toString()}
    assert keys["printCardAction"] == "Ctrl+P"
    assert keys["quitAction"] == "Ctrl+Q"
    assert keys["undoAction"] == "Ctrl+Z"
    assert keys["redoAction"] == "Ctrl+Shift+Z"
    assert keys["newProfileMenuAction"] == "Ctrl+N"


def test_ctrl_n_asks_for_a_new_profile(window, data_dir, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Mia")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert list(stored(data_dir)) == ["Alex Example", "Mia"]


def test_emergency_number_is_found_from_the_profile_menu(window):
    window.menu_actions.emergency_number.trigger()
    assert window.current_page() is window.page("card")


def test_export_card_pdf_from_the_file_menu(window, tmp_path, monkeypatch):
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    window.menu_actions.export_card.trigger()
    assert out.read_bytes().startswith(b"%PDF")


def test_about_shows_version_and_disclaimer(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "about", lambda parent, title, text: shown.append(text))
    window.menu_actions.about.trigger()
    assert sm_card.__version__ in shown[0]
    assert "records what you and your physician decided; it does not give medical advice" \
        in shown[0]
    assert menus.about_text() == shown[0]


def test_no_yes_button_left_for_deleting(window):
    assert not [b for b in window.findChildren(QPushButton) if b.text() == "Yes"]


def test_shortcuts_print_export_and_new(window, data_dir, qtbot, monkeypatch):
    """Ctrl+P reviews the card before printing, Ctrl+E exports the record, Ctrl+N asks for a
    profile: pressed on the window as a person would."""
    reviewed, chosen, asked = [], [], []
    monkeypatch.setattr(dialogs, "review", lambda *a: reviewed.append(a[1]) or False)
    monkeypatch.setattr(dialogs, "export_choice", lambda *a, **k: chosen.append(1) or None)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: asked.append(a[1]) or None)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert reviewed == ["Print the wallet card?"]
    assert window.current_page() is window.page("card")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert chosen == [1]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["New profile"]
    keys = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert keys["exportAction"] == "Ctrl+E"


def test_about_from_the_help_menu(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "about", lambda parent, title, text: shown.append(text))
    help_menu = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"][0]
    [a for a in help_menu.actions() if a.objectName() == "aboutAction"][0].trigger()
    assert f"<b>sm-card</b> {sm_card.__version__}" in shown[0]
    assert "does not give medical advice" in shown[0]


def test_undone_deletion_brings_back_the_profiles_own_emergency_number(window, monkeypatch):
    settings = window.session.settings
    settings.set_emergency_number_for(window.session.profile.db_id, "999")
    monkeypatch.setattr(dialogs, "confirm_destructive", lambda *a: True)
    window.delete_profile()
    window.menu_actions.undo.trigger()
    profile = window.session.profile
    assert profile.name == "Alex Example"
    assert settings.emergency_number_source(profile.db_id) == "profile"
    assert settings.emergency_number_for(profile.db_id) == "999"
    card = window.show_page("card")
    assert card.number_combo.currentText() == "999"
    window.menu_actions.redo.trigger()  # deleted again: no number left under a stale id
    assert settings.emergency_number_source(profile.db_id) != "profile"


def test_help_lists_the_keyboard_shortcuts(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: shown.append(text))
    window.menu_actions.shortcuts.trigger()
    lines = dict(line.split(": ", 1) for line in shown[0].splitlines())
    assert lines["Ctrl+P"] == "Print card" and lines["Ctrl+E"] == "Export"
    assert lines["Ctrl+N"] == "New profile" and lines["Ctrl+Z"].startswith("Undo")
    assert lines["Ctrl+Shift+Z"].startswith("Redo") and lines["Ctrl+Q"] == "Quit"
