"""What the store, a file, a photo or a travel sentence refused reads in the person's language
(gui/refusal_words.py), with the path and the system's own words kept as they are."""

from __future__ import annotations

import json

from sm_card.core import encryption
from sm_card.core import validation as v
from sm_card.core.refusals import NOTICE_CODES, REFUSAL_CODES, Notice, Refusal
from sm_card.core.store import Store, StoreError
from sm_card.gui import dialogs
from sm_card.gui.bidi import FSI, PDI
from sm_card.gui.refusal_words import not_written_text, notice_text, refusal_text

SAMPLE = {"folder": "/home/a/data", "path": "/home/a/data/sm-card.sqlite3",
          "detail": "disk I/O error", "version": 99, "known": 12, "pid": 4242, "minimum": 8,
          "supported": 1, "width": 9000, "height": 9000, "megabytes": 30, "kilobytes": 200,
          "unknown": "xx", "key": "call", "need": "{number}", "start": "2026-02-01",
          "end": "2026-01-01", "place": "profiles[0].contacts[1]", "value": "soon",
          "name": "Mia", "other": "profiles[0]", "expected": "sm-card", "latest": 3,
          "line": 7, "limit": 40, "text": "NaN"}
# Codes raised from another check's error, whose words they take (__cause__).
CAUSES = {
    "import_value": v.FieldError("is not a date", "soon", code="not_a_date"),
    "import_photo": Refusal("is not a JPEG image", "photo_not_jpeg"),
    "import_envelope": Refusal("the passphrase is wrong", "passphrase_wrong"),
    "import_refused": Refusal("dup", "import_duplicate_key", key="name"),
    "store_import_no_backup": Refusal("no backup", "backup_not_made", folder="/b",
                                      detail="full"),
}


def _sample(code: str) -> Refusal:
    err = Refusal("english words", code, **{k: SAMPLE[k] for k in REFUSAL_CODES[code]})
    err.__cause__ = CAUSES.get(code)
    return err


def test_every_code_has_its_own_german_sentence_with_every_fact_filled_in(german):
    for code in sorted(REFUSAL_CODES):
        text = refusal_text(_sample(code))
        assert "english words" not in text and "{" not in text.replace("{number}", ""), (
            code, text)
        for name in REFUSAL_CODES[code]:
            if code in CAUSES and name != "place":
                continue  # the cause's words stand in for these facts
            assert str(SAMPLE[name]) in text, (code, name, text)
            assert f"{FSI}{SAMPLE[name]}{PDI}" in text or f"„{SAMPLE[name]}“" in text, (
                code, name, text)  # isolated by direction; a value in the language's quotes


def test_a_code_raised_from_another_check_takes_its_words(german):
    assert refusal_text(_sample("import_value")) == (
        f"{FSI}profiles[0].contacts[1]{PDI}: {FSI}„soon“{PDI} ist kein Datum")
    assert "Die Passphrase ist falsch" in refusal_text(_sample("import_envelope"))
    assert "Die Sicherung wurde nicht angelegt" in refusal_text(
        _sample("store_import_no_backup"))
    assert "zweimal" in refusal_text(_sample("import_refused"))


def test_every_notice_has_a_german_sentence(german):
    for code in sorted(NOTICE_CODES):
        text = notice_text(Notice("english words", code,
                                  **{k: SAMPLE[k] for k in NOTICE_CODES[code]}))
        assert "english words" not in text and "{" not in text, (code, text)
        assert "unverändert übernommen" in text, (code, text)


def test_every_code_has_its_own_spanish_sentence(spanish):
    worded = {code: refusal_text(_sample(code)) for code in REFUSAL_CODES}
    for code, text in worded.items():
        assert "english words" not in text, code
    assert len(set(worded.values())) == len(REFUSAL_CODES)  # no two codes worded alike
    notices = [notice_text(Notice("english words", code,
                                  **{k: SAMPLE[k] for k in NOTICE_CODES[code]}))
               for code in NOTICE_CODES]
    assert all("se conserva tal cual" in text for text in notices), notices


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


def test_an_import_refused_for_a_bad_date_and_one_kept_with_a_notice_read_in_german(
        german, window, data_dir, tmp_path, monkeypatch, example_text):
    messages = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, msg: messages.append(msg))
    doc = json.loads(example_text)
    doc["profiles"][0]["name"] = "Mia"
    doc["profiles"][0]["date_of_birth"] = "14.03.1979"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(bad))
    window.import_file()
    assert messages[-1].startswith("Es wurde nichts importiert."), messages
    assert "date_of_birth" in messages[-1] and "ist kein Datum (JJJJ-MM-TT)" in messages[-1]

    doc["profiles"][0]["date_of_birth"] = "1979-03-14"
    doc["profiles"][0]["contacts"][0]["phone"] = "call me"
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(odd))
    window.import_file()
    assert "ist keine Telefonnummer; unverändert übernommen." in messages[-1], messages
    with Store.open(data_dir) as store:
        assert store.profile_names() == ["Alex Example", "Mia"]
