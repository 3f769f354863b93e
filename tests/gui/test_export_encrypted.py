"""The app's Export offers a passphrase; Import recognises an encrypted file and asks for it."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog

from sm_card.core import encryption
from sm_card.core.store import Store
from sm_card.gui import dialogs


def names(data_dir):
    with Store.open(data_dir) as store:
        return store.profile_names()


def test_encrypted_export_then_import_with_the_passphrase(window, data_dir, tmp_path,
                                                          monkeypatch):
    out = tmp_path / "record.enc"
    suggested = []

    def save_file(parent, title, name, filters):
        suggested.append(name)
        return str(out)

    monkeypatch.setattr(dialogs, "export_choice",
                        lambda *a, **k: dialogs.ExportChoice(True, "correct horse"))
    monkeypatch.setattr(dialogs, "save_file", save_file)
    window.export_file()
    data = out.read_bytes()
    assert encryption.is_encrypted(data) and b"Alex Example" not in data
    assert suggested[0].endswith(".enc")
    assert out.stat().st_mode & 0o777 == 0o600
    doc = json.loads(encryption.decrypt(data, "correct horse"))
    assert [p["name"] for p in doc["profiles"]] == ["Alex Example"]

    # The same file with the profile renamed, sealed again: importing it adds "Mia".
    doc["profiles"][0]["name"] = "Mia"
    out.write_bytes(encryption.encrypt(json.dumps(doc).encode(), "correct horse", log2_n=10))
    messages = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: messages.append(msg))
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(out))
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *a, **k: "wrong horse")
    window.import_file()
    assert "Nothing was imported" in messages[-1] and "passphrase is wrong" in messages[-1]
    assert names(data_dir) == ["Alex Example"]

    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *a, **k: "correct horse")
    window.import_file()
    assert names(data_dir) == ["Alex Example", "Mia"]


def test_cancelled_passphrase_imports_nothing(window, data_dir, tmp_path, monkeypatch):
    sealed = tmp_path / "x.enc"
    sealed.write_bytes(encryption.encrypt(b"{}", "correct horse", log2_n=10))
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(sealed))
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "inform", lambda *a: (_ for _ in ()).throw(AssertionError))
    window.import_file()
    assert names(data_dir) == ["Alex Example"]


def test_export_dialog_checks_the_passphrase(window, qtbot):
    dialog = dialogs._ExportDialog(window, encryption.MIN_PASSPHRASE)
    qtbot.addWidget(dialog)
    assert not dialog.first.isEnabled()
    dialog.encrypt.setChecked(True)
    assert dialog.first.isEnabled() and dialog.second.isEnabled()
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "at least 8" in dialog.hint.text()
    dialog.first.setText("correct horse")
    dialog.second.setText("correct horsf")
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "differ" in dialog.hint.text()
    dialog.second.setText("correct horse")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_export_onto_the_store_is_refused(window, data_dir, monkeypatch):
    store_file = data_dir / "sm-card.sqlite3"
    before = store_file.read_bytes()
    messages = []
    monkeypatch.setattr(dialogs, "export_choice", lambda *a, **k: dialogs.ExportChoice(False))
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(store_file))
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: messages.append(msg))
    window.export_file()
    assert "Not saved" in messages[-1] and "data folder" in messages[-1]
    assert store_file.read_bytes() == before
