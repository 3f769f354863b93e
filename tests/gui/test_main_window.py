"""The main window and the record pages, driven as a person would, on a real store."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from sm_card.core.catalog import default_catalog
from sm_card.core.store import Store
from sm_card.gui import dialogs


def type_into(edit: QLineEdit, text: str) -> None:
    """Set text and finish editing (keyClicks would abort on non-ASCII text)."""
    edit.setFocus()
    edit.setText(text)
    edit.editingFinished.emit()


def reopened(data_dir):
    with Store.open(data_dir) as store:
        return {name: store.load_profile(name) for name in store.profile_names()}


def test_edits_are_saved_without_a_save_button_and_survive_restart(window, data_dir):
    page = window.show_page("person")
    type_into(page.findChild(QLineEdit, "blood_typeEdit"), "O-")
    type_into(page.findChild(QLineEdit, "date_of_birthEdit"), "1981-04-13")
    type_into(page.findChild(QLineEdit, "languagesEdit"), "en, de, fr")
    alex = reopened(data_dir)["Alex Example"]
    assert alex.blood_type == "O-"
    assert str(alex.date_of_birth) == "1981-04-13"
    assert alex.languages == ["en", "de", "fr"]


def test_bad_value_is_explained_and_not_saved(window, data_dir):
    page = window.show_page("person")
    type_into(page.findChild(QLineEdit, "date_of_birthEdit"), "1981-13-01")
    error = page.findChild(QLabel, "date_of_birthError")
    assert error.isVisible()
    # The typed value is isolated by direction (FSI…PDI, invisible), then read as written.
    from sm_card.gui.bidi import FSI, PDI

    assert FSI + '"1981-13-01"' + PDI in error.text()
    assert (error.text().replace(FSI, "").replace(PDI, "")
            == '⚠ Date of birth "1981-13-01" is not a date')
    type_into(page.findChild(QLineEdit, "weight_kgEdit"), "700")
    assert "must be less than 500" in page.findChild(QLabel, "weight_kgError").text()
    alex = reopened(data_dir)["Alex Example"]
    assert str(alex.date_of_birth) == "1981-04-12" and alex.weight_kg == 64


def test_name_in_any_script_is_saved(window, data_dir):
    page = window.show_page("person")
    type_into(page.findChild(QLineEdit, "nameEdit"), "Łukasz Żółć 李小龍")
    assert list(reopened(data_dir)) == ["Łukasz Żółć 李小龍"]
    assert window.profile_switcher.currentText() == "Łukasz Żółć 李小龍"


def test_diagnosis_subtype_from_catalog_with_description(window, data_dir):
    page = window.show_page("diagnosis")
    combo = page.findChild(QComboBox, "subtypeCombo")
    combo.setCurrentIndex(combo.findData("SSM"))
    description = page.findChild(QLabel, "subtypeDescription").text()
    assert description == default_catalog().subtypes["SSM"].description != ""
    kit = page.findChild(QComboBox, "kitCombo")
    kit.setCurrentIndex(kit.findData("negative"))
    history = page.findChild(QComboBox, "anaphylaxisCombo")
    history.setCurrentIndex(2)  # "no"
    type_into(page.findChild(QLineEdit, "baseline_tryptase_ng_mlEdit"), "41,2")
    diagnosis = reopened(data_dir)["Alex Example"].diagnosis
    assert (diagnosis.subtype, diagnosis.kit_d816v, diagnosis.anaphylaxis_history) == (
        "SSM", "negative", False)
    assert diagnosis.baseline_tryptase_ng_ml == 41.2


def test_avoid_list_add_from_catalog_reorder_remove(window, data_dir, qtbot):
    page = window.show_page("avoid")
    add = page.findChild(QLineEdit, "add_agent")
    # (The example lists atracurium already, and a duplicate is now refused.)
    add.setText("Vancomycin")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    alex = reopened(data_dir)["Alex Example"]
    assert alex.avoid[-1].agent == "Vancomycin" and alex.avoid[-1].catalog_id == "vancomycin"
    assert "Sources:" in page.findChild(QLabel, "catalogInfo").text()
    page.move_selected(-1)
    assert reopened(data_dir)["Alex Example"].avoid[3].agent == "Vancomycin"
    page.remove_selected()
    assert [a.agent for a in reopened(data_dir)["Alex Example"].avoid] == [
        "NSAIDs", "atracurium", "morphine", "iodinated contrast media"]


def test_table_cell_validation(window, data_dir):
    page = window.show_page("avoid")
    table = page.findChild(QTableWidget, "listTable")
    table.item(0, 3).setText("2017-02-30")
    assert "is not a date" in page.error.text()
    assert table.item(0, 3).text() == "2017-08-01"
    table.item(0, 2).setText("hives")
    assert reopened(data_dir)["Alex Example"].avoid[0].reaction == "hives"


def test_contacts_need_a_phone(window, data_dir, qtbot):
    page = window.show_page("contacts")
    page.findChild(QLineEdit, "add_name").setText("Jo")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "⚠ Phone must not be empty"
    page.findChild(QLineEdit, "add_phone").setText("+44 7700 900456")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in reopened(data_dir)["Alex Example"].contacts] == ["Sam Example", "Jo"]


def test_plan_text_saved_after_typing_stops_and_on_switch(window, data_dir, qtbot):
    page = window.show_page("plans")
    edit = page.findChild(QPlainTextEdit, "premedicationEdit")
    edit.setPlainText("As agreed with Dr Vale:\nline two")
    qtbot.waitUntil(
        lambda: reopened(data_dir)["Alex Example"].premedication.endswith("line two"),
        timeout=3000)


def test_profiles_for_a_family(window, data_dir, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Mia")
    window.new_profile()
    assert window.profile_switcher.currentText() == "Mia"
    person = window.page("person")
    assert person.findChild(QLineEdit, "nameEdit").text() == "Mia"
    assert list(reopened(data_dir)) == ["Alex Example", "Mia"]
    window.profile_switcher.setCurrentIndex(0)
    window.profile_switcher.activated.emit(0)
    assert person.findChild(QLineEdit, "nameEdit").text() == "Alex Example"
    # Deleting asks through a button named for what it does (tests/gui/test_editing.py).
    monkeypatch.setattr(dialogs, "confirm_destructive", lambda *a, **k: True)
    window.delete_profile()
    assert list(reopened(data_dir)) == ["Mia"]


def test_import_and_export_through_the_menu(window, data_dir, tmp_path, monkeypatch,
                                            example_file):
    out = tmp_path / "backup.json"
    # Export first asks whether to encrypt (tests/gui/test_export_encrypted.py); not here.
    monkeypatch.setattr(dialogs, "export_choice", lambda *a, **k: dialogs.ExportChoice(False))
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    window.export_file()
    assert '"Alex Example"' in out.read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "sm-card", "version": 1, "profiles": [{"name": ""}]}')
    messages = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: messages.append(msg))
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(bad))
    window.import_file()
    assert "Nothing was imported" in messages[-1] and "profiles[0].name" in messages[-1]
    assert list(reopened(data_dir)) == ["Alex Example"]


def test_save_failure_is_shown_and_previous_record_kept(window, session, data_dir):
    page = window.show_page("person")
    session.store.close()  # the disk goes away under the app
    type_into(page.findChild(QLineEdit, "blood_typeEdit"), "B+")
    assert window.save_error.isVisible() and "NOT saved" in window.save_error.text()
    assert reopened(data_dir)["Alex Example"].blood_type == "A+"


def test_demo_smoke_test_leaves_user_data_alone(tmp_path):
    user_dir = tmp_path / "user-data"
    result = subprocess.run(
        [sys.executable, "-m", "sm_card", "--data-dir", str(user_dir), "gui", "--demo",
         "--smoke-test"],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert not (user_dir / "sm-card.sqlite3").exists()


def test_app_offers_recovery_from_backup(qtbot, tmp_path, example_file, monkeypatch):
    from sm_card.core.store import StoreError
    from sm_card.gui.app import _offer_recovery

    data = tmp_path / "d"
    subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data), "import",
                    str(example_file)], check=True, capture_output=True)
    (data / "sm-card.sqlite3").write_bytes(b"broken" * 100)
    with __import__("pytest").raises(StoreError) as info:
        Store.open(data)
    said = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, q: said.append(q) or True)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: said.append(msg))
    store = _offer_recovery(data, info.value)
    try:
        assert store.profile_names() == ["Alex Example"]
    finally:
        store.close()
    assert "Restore the newest backup" in said[0] and "damaged store was kept" in said[1]
    assert list(data.glob("sm-card.sqlite3.damaged-*"))


def test_first_start_says_what_to_do(qtbot, tmp_path, monkeypatch):
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services
    from sm_card.gui.session import ProfileSession

    with Store.open(tmp_path / "fresh") as store:
        win = MainWindow(Services(ProfileSession(store), default_catalog()))
        qtbot.addWidget(win)
        win.show()
        assert win.welcome.isVisible()
        # no empty reminder band above it: the welcome takes the reminders' place
        slot = win.findChild(QWidget, "attentionSlot")
        assert not slot.isVisible()
        assert not win.page("person").isEnabled()
        monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Noa")
        qtbot.mouseClick(win.findChild(QPushButton, "welcomeNewProfile"),
                         Qt.MouseButton.LeftButton)
        assert not win.welcome.isVisible()
        assert slot.isVisible()  # with a record, the place for reminders is kept
        assert store.profile_names() == ["Noa"]
        assert win.page("person").isEnabled()


def test_renamed_agent_relinks_to_the_catalog(window, data_dir):
    page = window.show_page("avoid")
    table = page.findChild(QTableWidget, "listTable")
    table.item(1, 0).setText("latex")  # was atracurium, linked to the catalog
    assert reopened(data_dir)["Alex Example"].avoid[1].catalog_id is None
    table.item(1, 0).setText("Mivacurium")
    assert reopened(data_dir)["Alex Example"].avoid[1].catalog_id == "mivacurium"


def app_elsewhere(data):
    """Another process holding the app's lock for ``data`` (as a running app does); kill it
    to leave a stale lock behind."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from pathlib import Path\n"
         "from sm_card.gui.app import hold_instance_lock\n"
         f"lock = hold_instance_lock(Path({str(data)!r}))\n"
         "print('held' if lock is not None else 'refused', flush=True)\n"
         "time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_one_app_per_data_folder(qtbot, tmp_path):
    """A second start for the same folder is refused while the first runs (no double
    reminders); a lock left by a killed process is taken over."""
    from sm_card.gui.app import hold_instance_lock

    data = tmp_path / "d"
    holder = app_elsewhere(data)
    try:
        assert hold_instance_lock(data) is None
        second = subprocess.run(
            [sys.executable, "-m", "sm_card", "--data-dir", str(data), "gui", "--smoke-test"],
            capture_output=True, text=True, timeout=60,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
        assert second.returncode == 1 and "already running" in second.stderr
    finally:
        holder.kill()
        holder.wait()
    lock = hold_instance_lock(data)  # the killed process's lock is stale now
    assert lock is not None
    lock.unlock()


def test_the_menu_titles_are_there_before_the_first_paint_and_their_commands_follow(
        qtbot, session):
    from PySide6.QtGui import QAction

    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services

    win = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(win)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Profile", "&Help"]  # the bar's height is laid out
    assert win.findChild(QAction, "undoAction") is None  # not before the paint
    win.show()
    qtbot.waitUntil(lambda: win.findChild(QAction, "printCardAction") is not None,
                    timeout=5000)
    print_card = win.findChild(QAction, "printCardAction")
    assert print_card.shortcut().toString() == "Ctrl+P"
    assert [a.text() for a in win.menuBar().actions()] == titles  # the same four menus
