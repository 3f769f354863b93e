"""After every export a non-modal note says where the file went, with Open and Show in folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from sm_card.gui import dialogs


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(dialogs, "open_url", lambda url: urls.append(url) or True)
    return urls


def _note(window) -> dialogs.ExportedDialog:
    notes = [d for d in window.findChildren(dialogs.ExportedDialog) if d.isVisible()]
    assert len(notes) == 1  # one at a time: an older note is replaced
    return notes[0]


def _check(window, out: Path, opened: list[QUrl]) -> None:
    assert out.exists() and out.stat().st_size > 0
    note = _note(window)
    assert not note.isModal()
    assert note.path_label.text() == str(out)
    note.open_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(out))
    assert not note.isVisible()
    note.show()
    note.folder_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(out.parent))


def test_card_pdf(window, tmp_path, monkeypatch, opened):
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    assert window.show_page("card").export_pdf()
    # what the card leaves out is said with it (the example's QR is shortened)
    assert _note(window).notes.text().startswith("• QR code shortened")
    _check(window, out, opened)


def test_letter_and_fhir(window, tmp_path, monkeypatch, opened):
    page = window.show_page("surgery")
    out = tmp_path / "letter.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    page.export_pdf()
    _check(window, out, opened)
    out = tmp_path / "summary.json"
    page.export_fhir()
    _check(window, out, opened)


def test_calendar(window, tmp_path, monkeypatch, opened):
    out = tmp_path / "devices.ics"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    window.show_page("injectors").export_calendar()
    _check(window, out, opened)


@pytest.mark.parametrize("encrypt", [False, True])
def test_record_export_plain_and_encrypted(window, tmp_path, monkeypatch, opened, encrypt):
    out = tmp_path / ("record.enc" if encrypt else "record.json")
    monkeypatch.setattr(dialogs, "export_choice", lambda *a, **k: dialogs.ExportChoice(
        encrypt, "correct horse" if encrypt else ""))
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(out))
    window.export_file()
    assert ("encrypted" in _note(window).message.text()) is encrypt
    # what the file does not hold is said, not found out after an import elsewhere
    notes = _note(window).notes
    assert notes.isVisible() and notes.text().startswith("Not in this file: the app's settings")
    _check(window, out, opened)


def test_travel_documents(window, tmp_path, monkeypatch, opened):
    page = window.show_page("travel")
    for name, export in (("card.pdf", page.export_card), ("sheet.pdf", page.export_sheet),
                         ("letter.pdf", page.export_letter)):
        out = tmp_path / name
        monkeypatch.setattr(dialogs, "save_file", lambda *a, o=out, **k: str(o))
        assert export()
        _check(window, out, opened)


def test_lock_screen_and_action_plan(window, tmp_path, monkeypatch, opened):
    page = window.show_page("phone_plan")
    for name, export in (("lock.png", page.save_image), ("plan.pdf", page.export_action_plan)):
        out = tmp_path / name
        monkeypatch.setattr(dialogs, "save_file", lambda *a, o=out, **k: str(o))
        assert export()
        _check(window, out, opened)


def test_failed_export_shows_no_saved_note(window, tmp_path, monkeypatch, opened):
    monkeypatch.setattr(dialogs, "export_choice",
                        lambda *a, **k: dialogs.ExportChoice(False))
    monkeypatch.setattr(dialogs, "save_file",
                        lambda *a, **k: str(tmp_path / "missing" / "dir" / "x.json"))
    told = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: told.append(msg))
    window.export_file()
    assert told and "Not saved" in told[0]
    assert not [d for d in window.findChildren(dialogs.ExportedDialog) if d.isVisible()]


def test_long_notes_are_shown_whole_below_the_path(qtbot):
    """The translation card's notes (what it leaves out) overlapped the file's path and were
    cut at the dialog's bottom."""
    notes = "\n".join("• " + "The translation card has no room for: start CPR, if in doubt "
                      "give epinephrine, then to hospital. " * 3 for _ in range(3))
    note = dialogs.exported(None, "/tmp/out/a-rather-long-name-translation-card-de.pdf",
                            "The translation card", notes)
    qtbot.addWidget(note)
    qtbot.waitExposed(note)
    label, path = note.notes, note.path_label
    assert label.geometry().top() >= path.geometry().bottom()  # no overlap
    assert label.height() >= label.heightForWidth(label.width())  # every line shown
    assert label.geometry().bottom() < note.open_button.geometry().top()
