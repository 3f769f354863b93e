"""The app and other sm-card programs on one store: an import made from a terminal while the
window is open is shown and survives the window's next save; start-up problems are named."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from sm_card.core.store import SCHEMA_VERSION
from sm_card.gui import dialogs

# The main window's tests' helpers (pytest puts this folder on sys.path).
from test_main_window import app_elsewhere, reopened, type_into  # noqa: E402  isort: skip


def import_elsewhere(data_dir, tmp_path, example_file, **changes):
    """A real `sm-card import` in another process, changing the example's fields."""
    doc = json.loads(example_file.read_text(encoding="utf-8"))
    doc["profiles"][0].update(changes)
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), "import", str(changed)],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


NEW_MEDICATION = [{"name": "ketotifen", "dose": "1 mg", "schedule": "twice daily"}]


def test_an_import_survives_the_next_edit_in_the_window(window, session, data_dir, tmp_path,
                                                        example_file):
    page = window.show_page("person")
    import_elsewhere(data_dir, tmp_path, example_file, blood_type="O-",
                     medications=NEW_MEDICATION)
    type_into(page.findChild(QLineEdit, "weight_kgEdit"), "70")  # a save of the open copy
    stored = reopened(data_dir)["Alex Example"]
    assert stored.weight_kg == 70  # the edit made in the window
    assert stored.blood_type == "O-" and [m.name for m in stored.medications] == ["ketotifen"]
    assert session.profile.blood_type == "O-"
    blood = page.findChild(QLineEdit, "blood_typeEdit")
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()  # the pages reload from the event loop
    assert blood.text() == "O-"
    assert "changed by another sm-card program" in window.statusBar().currentMessage()


def test_the_window_shows_an_import_without_any_edit(qtbot, window, data_dir, tmp_path,
                                                     example_file):
    blood = window.show_page("person").findChild(QLineEdit, "blood_typeEdit")
    assert blood.text() == "A+"
    import_elsewhere(data_dir, tmp_path, example_file, blood_type="AB+")
    qtbot.waitUntil(lambda: blood.text() == "AB+", timeout=5000)  # the session's own timer


def test_text_still_being_typed_is_merged_when_an_import_arrives(qtbot, window, session,
                                                                  data_dir, tmp_path,
                                                                  example_file):
    edit = window.show_page("plans").findChild(QPlainTextEdit, "premedicationEdit")
    edit.setPlainText("typed just now")  # its debounce has not fired yet
    import_elsewhere(data_dir, tmp_path, example_file, blood_type="B-")
    assert session.check_for_changes()
    stored = reopened(data_dir)["Alex Example"]
    assert stored.premedication == "typed just now" and stored.blood_type == "B-"
    assert session.profile.blood_type == "B-"
    blood = window.page("person").findChild(QLineEdit, "blood_typeEdit")
    qtbot.waitUntil(lambda: blood.text() == "B-", timeout=3000)
    assert edit.toPlainText() == "typed just now"


def test_where_both_changed_a_field_the_edit_here_is_kept_and_named(window, session, data_dir,
                                                                     tmp_path, example_file):
    page = window.show_page("person")
    import_elsewhere(data_dir, tmp_path, example_file, blood_type="O-", weight_kg=80)
    type_into(page.findChild(QLineEdit, "blood_typeEdit"), "B+")
    stored = reopened(data_dir)["Alex Example"]
    assert stored.blood_type == "B+" and stored.weight_kg == 80
    assert "blood_type" in window.statusBar().currentMessage()


# --- start-up: what went wrong, in words ---------------------------------------------------


def smoke(data_dir, *prefix):
    return subprocess.run(
        [*prefix, sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), "gui",
         "--smoke-test"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_a_read_only_folder_is_not_already_running(tmp_path, example_file):
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data), "import",
                    str(example_file)], check=True, capture_output=True)
    prefix = []
    if os.geteuid() == 0:  # root ignores modes; without these capabilities it obeys them
        if shutil.which("setpriv") is None:
            pytest.skip("root without setpriv")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    os.chmod(data, 0o500)
    try:
        result = smoke(data, *prefix)
    finally:
        os.chmod(data, 0o700)
    assert result.returncode == 4
    assert "already running" not in result.stderr
    assert "lock file" in result.stderr and "Permission denied" in result.stderr


def test_a_full_disk_is_not_already_running(tmp_path, tiny_disk, fill_disk, example_file):
    data = tiny_disk / "data"
    subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data), "import",
                    str(example_file)], check=True, capture_output=True)
    fill_disk(tiny_disk)
    result = smoke(data)
    assert result.returncode == 4 and "already running" not in result.stderr
    assert "No space left on device" in result.stderr


def test_recovery_is_offered_only_for_damage(qtbot, tmp_path, example_file, monkeypatch):
    from sm_card.gui.app import run_app

    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data), "import",
                    str(example_file)], check=True, capture_output=True)
    with sqlite3.connect(data / "sm-card.sqlite3") as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    asked, told = [], []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, q: asked.append(q) or True)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: told.append(msg))
    assert run_app(data) == 4
    assert asked == [] and "newer sm-card" in told[0]
    assert not list(data.glob("sm-card.sqlite3.*-*"))  # nothing moved aside


def test_a_backup_that_cannot_be_made_is_a_banner_until_one_is(qtbot, window, session,
                                                               data_dir):
    from sm_card.gui.app import watch_backups

    shutil.rmtree(data_dir / "backups")
    (data_dir / "backups").write_text("a file where the folder should be")
    watch_backups(window, session)
    banner = window.findChild(QLabel, "backupWarning")
    assert banner.isVisible() and "is a file, not a folder" in banner.text()
    (data_dir / "backups").unlink()  # fixed while the app runs: the next save makes a copy
    type_into(window.show_page("person").findChild(QLineEdit, "blood_typeEdit"), "B+")
    assert not banner.isVisible()
    assert len(list((data_dir / "backups").iterdir())) == 1


def test_a_folder_open_to_others_is_a_banner(qtbot, window, session, data_dir):
    from sm_card.gui.app import show_warning_banner, store_warnings

    os.chmod(data_dir, 0o755)
    warnings = store_warnings(session.store, data_dir)
    assert len(warnings) == 1 and "mode 0755" in warnings[0]
    show_warning_banner(window, warnings[0])
    assert window.findChild(QLabel, "storeWarning").isVisible()


def test_the_open_folder_warning_is_translated(session, data_dir, german):
    """core.paths only says the mode; the app words it, here in German."""
    from sm_card.gui.app import store_warnings

    os.chmod(data_dir, 0o750)
    warnings = store_warnings(session.store, data_dir)
    assert warnings == [f"Andere Benutzer können {data_dir} lesen oder ändern (Modus 0750). "
                        f"Mit „chmod 700 {data_dir}“ machen Sie es privat."]


def test_recover_waits_for_the_app_to_quit(tmp_path, example_file):
    """With the app open, moving the store aside would leave it writing to the kept file."""
    data = tmp_path / "data"
    cli = [sys.executable, "-m", "sm_card", "--data-dir", str(data)]
    subprocess.run([*cli, "import", str(example_file)], check=True, capture_output=True)
    subprocess.run([*cli, "backup"], check=True, capture_output=True)
    (data / "sm-card.sqlite3").write_bytes(b"damage" * 500)
    app = app_elsewhere(data)
    try:
        refused = subprocess.run([*cli, "recover"], capture_output=True, text=True, timeout=60)
        assert refused.returncode == 4 and "quit it first" in refused.stderr
        assert (data / "sm-card.sqlite3").read_bytes() == b"damage" * 500
    finally:
        app.kill()
        app.wait()
    done = subprocess.run([*cli, "recover"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
