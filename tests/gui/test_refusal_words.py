"""What the store, a file, a photo or a travel sentence refused reads in the person's language
(gui/refusal_words.py), with the path and the system's own words kept as they are."""

from __future__ import annotations

from sm_card.core import encryption
from sm_card.core.refusals import REFUSAL_CODES, Refusal
from sm_card.core.store import Store, StoreError
from sm_card.gui import dialogs
from sm_card.gui.bidi import FSI, PDI
from sm_card.gui.refusal_words import not_written_text, refusal_text

SAMPLE = {"folder": "/home/a/data", "path": "/home/a/data/sm-card.sqlite3",
          "detail": "disk I/O error", "version": 99, "known": 12, "pid": 4242, "minimum": 8,
          "supported": 1, "width": 9000, "height": 9000, "megabytes": 30, "kilobytes": 200,
          "unknown": "xx", "known_languages": "de", "key": "call", "need": "{number}",
          "start": "2026-02-01", "end": "2026-01-01"}


def _sample(code: str) -> Refusal:
    return Refusal("english words", code, **{k: SAMPLE[k] for k in REFUSAL_CODES[code]})


def test_every_code_has_its_own_german_sentence_with_every_fact_filled_in(german):
    for code in sorted(REFUSAL_CODES):
        text = refusal_text(_sample(code))
        assert "english words" not in text and "{" not in text.replace("{number}", ""), (
            code, text)
        for name in REFUSAL_CODES[code]:
            assert f"{FSI}{SAMPLE[name]}{PDI}" in text, (code, name, text)


def test_every_code_has_its_own_spanish_sentence(spanish):
    english = {code: None for code in REFUSAL_CODES}
    for code in sorted(REFUSAL_CODES):
        english[code] = refusal_text(_sample(code))
        assert "english words" not in english[code], code
    assert len(set(english.values())) == len(REFUSAL_CODES)  # no two codes worded alike


def test_an_error_without_a_known_code_is_shown_in_english():
    assert refusal_text(Refusal("the old words", "not_worded_yet")) == "the old words"
    assert refusal_text(OSError(28, "No space left on device")) == \
        "[Errno 28] No space left on device"


def test_a_wrong_passphrase_on_import_reads_in_german(german, window, data_dir, tmp_path,
                                                      monkeypatch):
    sealed = tmp_path / "record.enc"
    sealed.write_bytes(encryption.encrypt(b"{}", "correct horse", log2_n=10))
    messages = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: messages.append(msg))
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(sealed))
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *a, **k: "wrong horse")
    window.import_file()
    assert "Die Passphrase ist falsch" in messages[-1], messages
    assert "passphrase is wrong" not in messages[-1]


def test_an_import_into_a_store_that_cannot_be_written_says_so_and_imports_nothing(
        german, window, data_dir, tmp_path, monkeypatch, example_text):
    file = tmp_path / "mia.json"
    file.write_text(example_text.replace("Alex Example", "Mia"), encoding="utf-8")
    messages = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: messages.append(msg))
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(file))
    monkeypatch.setattr(window.session.store, "read_only", True)
    window.import_file()  # refused by the store: a message, not an exception in the loop
    assert "Nichts wurde importiert" in messages[-1] and "schreibgeschützt" in messages[-1]
    with Store.open(data_dir) as store:
        assert store.profile_names() == ["Alex Example"]


def test_a_card_saved_onto_the_store_itself_is_refused_in_german(german, window, data_dir,
                                                                 monkeypatch):
    messages = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: messages.append(msg))
    target = str(data_dir / "sm-card.sqlite3")
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: target)
    page = window.show_page("card")
    assert page.export_pdf() is False
    assert "eigenen Datenordner von sm-card" in messages[-1], messages
    assert f"{FSI}{target}{PDI}" in messages[-1]


def test_a_store_error_names_its_file_and_keeps_the_systems_words(german):
    err = StoreError("x", "store_cannot_write", path="/d/sm-card.sqlite3",
                     detail="database or disk is full")
    text = refusal_text(err)
    assert text == (f"{FSI}/d/sm-card.sqlite3{PDI}: Schreiben nicht möglich "
                    f"({FSI}database or disk is full{PDI}).")


def test_an_output_the_system_refused_gives_the_systems_reason(german):
    text = not_written_text("/x/card.pdf", PermissionError(13, "Permission denied"))
    assert text == f"{FSI}/x/card.pdf{PDI}: Schreiben nicht möglich (Permission denied)"
