"""Destructive buttons say what they do and are never the default; printing is reviewed in a
scrolling dialog; duplicates already in a list are flagged."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QTableWidget

from sm_card.core.models import AvoidEntry
from sm_card.gui import dialogs


def test_every_remove_button_names_what_goes(window):
    names = {}
    for key in ("avoid", "tolerated", "medications", "contacts", "clinicians", "surgery"):
        page = window.show_page(key)
        names[key] = [b.text() for b in page.findChildren(QPushButton)
                      if b.objectName() == "removeButton"]
    assert names == {"avoid": ["Remove agent"], "tolerated": ["Remove agent"],
                     "medications": ["Remove medication"], "contacts": ["Remove contact"],
                     "clinicians": ["Remove clinician"], "surgery": ["Remove procedure"]}
    bare = [b.text() for b in window.findChildren(QPushButton)
            if b.text().replace("&", "") in ("Remove", "Delete", "Yes", "OK")]
    assert bare == []


def test_confirm_names_its_button_instead_of_yes(monkeypatch):
    seen = {}

    def fake_exec(box):
        seen["names"] = sorted(b.text() for b in box.buttons())
        seen["default"] = box.defaultButton().text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialogs.confirm(None, "Restore", "Restore?", "Restore the backup") is False
    assert "Restore the backup" in seen["names"]
    assert not {"Yes", "&Yes", "No", "&No"} & set(seen["names"])


def test_marking_a_device_used_is_named_and_cancel_is_the_default(window, monkeypatch):
    page = window.show_page("injectors")
    device = window.session.profile.active_injectors[0]
    page.select_device(device.id)
    asked = []
    monkeypatch.setattr(dialogs, "confirm_destructive",
                        lambda parent, title, question, action: asked.append(action) or False)
    page.used_button.click()
    assert asked and asked[0].startswith("Mark ") and asked[0].endswith(" as used")
    assert device.status != "used"


def test_import_over_a_profile_names_the_replacement(window, monkeypatch, example_file):
    asked = []
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(example_file))
    monkeypatch.setattr(dialogs, "confirm_destructive",
                        lambda parent, title, question, action: asked.append(action) or False)
    window.import_file()
    assert asked == ["Replace the record of \u2068Alex Example\u2069"]


def test_print_review_scrolls_and_names_its_buttons(qtbot, window, monkeypatch):
    page = window.show_page("card")
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        seen["buttons"] = [b.text() for b in dialog.findChildren(QPushButton)]
        seen["text"] = dialog.report.toPlainText()
        seen["default"] = dialog.go.isDefault()
        dialog.report.verticalScrollBar()  # a QPlainTextEdit scrolls a long card
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs.ReviewDialog, "exec", fake_exec)
    assert page.print_card() is False
    assert "Choose printer…" in seen["buttons"] and "Cancel" in seen["buttons"]
    assert not {"Yes", "&Yes", "No", "&No"} & set(seen["buttons"])
    assert "The QR code holds:" in seen["text"]
    assert "Continue?" not in seen["text"]
    dialog = seen["dialog"]
    dialog.resize(400, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.report.verticalScrollBar().maximum() > 0  # longer than the box: scrolls
    assert dialog.height() < 400
    dialog.close()


def test_duplicates_already_in_the_list_are_flagged(window):
    session = window.session
    first = session.profile.avoid[0].agent
    session.profile.avoid.append(AvoidEntry(agent="  " + first.upper()))
    session.commit()
    page = window.show_page("avoid")
    page.load()
    table = page.findChild(QTableWidget, "listTable")
    last = len(session.profile.avoid) - 1
    assert page.duplicate_rows() == [last]
    assert "Listed twice" in table.item(last, 0).toolTip()
    assert not page.error.isHidden() and "Listed twice" in page.error.text()
    assert table.item(0, 0).toolTip() == ""
    table.selectRow(last)
    page.remove_selected()
    assert page.duplicate_rows() == [] and page.error.isHidden()
