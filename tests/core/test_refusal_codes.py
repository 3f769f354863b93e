"""Errors a person meets in the window carry a stable code and their facts, besides the English
message the CLI prints (core/refusals.py); the window words the code (gui/refusal_words.py)."""

from __future__ import annotations

import ast
import io
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from sm_card.core import atomic, backups, encryption, interchange, photo, store, travel
from sm_card.core.refusals import NOTICE_CODES, REFUSAL_CODES, Refusal
from sm_card.core.store import Store, StoreError

CORE = Path(store.__file__).parent


def _refusal_classes() -> set[str]:
    modules = (atomic, backups, encryption, interchange, photo, store, travel)
    return {name for module in modules for name, obj in vars(module).items()
            if isinstance(obj, type) and issubclass(obj, Refusal) and obj is not Refusal}


# InterchangeError(place, problem, code, **facts): the place is a fact of every code.
_CODE_AT = {"InterchangeError": 2}
_IMPLIED = {"InterchangeError": {"place"}}


def _coded(classes: set[str]) -> list[tuple[str, str, set[str]]]:
    """(file:line, code, fact names) of every construction of ``classes`` in core/, with or
    without a code (an empty code is reported as "")."""
    found = []
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in classes):
                continue
            at = _CODE_AT.get(node.func.id, 1)
            code = node.args[at] if len(node.args) > at else None
            value = ""
            if code is not None:
                assert isinstance(code, ast.Constant) and isinstance(code.value, str), (
                    f"{path.name}:{node.lineno}: the code must be a literal")
                value = code.value
            found.append((f"{path.name}:{node.lineno}", value,
                          {k.arg for k in node.keywords if k.arg}
                          | _IMPLIED.get(node.func.id, set())))
    return found


# Refusals the window never shows: the shipped travel sentence files' own checks (a broken
# file is the app's fault, reported in English to whoever builds it).
_UNCODED_FILES = {"travel.py"}


def test_every_code_raised_in_core_is_declared_with_exactly_its_facts():
    raised = _coded(_refusal_classes())
    assert len(raised) >= 70
    for where, code, params in raised:
        if not code:
            assert where.split(":")[0] in _UNCODED_FILES, f"{where}: a refusal without a code"
            continue
        assert code in REFUSAL_CODES, f"{where}: {code} is not in REFUSAL_CODES"
        assert params == set(REFUSAL_CODES[code]), (where, code, params)
    assert {code for _, code, _ in raised if code} == set(REFUSAL_CODES)  # none unused


def test_every_notice_is_declared_with_exactly_its_facts():
    noticed = _coded({"Notice"})
    assert len(noticed) >= 3
    for where, code, params in noticed:
        assert code in NOTICE_CODES, f"{where}: {code!r} is not in NOTICE_CODES"
        assert params == set(NOTICE_CODES[code]), (where, code, params)
    assert {code for _, code, _ in noticed} == set(NOTICE_CODES)


def test_the_classes_the_window_catches_are_refusals():
    assert _refusal_classes() >= {"StoreError", "StoreDamaged", "StoreChanged", "BackupError",
                                  "RecoverRefused", "OutputRefused", "EnvelopeError",
                                  "PhotoError", "TravelError"}
    assert issubclass(backups.BackupError, OSError)  # callers catch it as an OSError too


def _png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


def _sealed() -> bytes:
    return encryption.encrypt(b"{}", "correct horse", log2_n=10)


def _too_new(tmp_path: Path) -> None:
    with Store.open(tmp_path):
        pass
    conn = sqlite3.connect(tmp_path / "sm-card.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    Store.open(tmp_path)


def _own_output(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s:
        atomic.check_output_path(s.path, tmp_path)


def _recover_sound(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s:
        s.backup("test")
    backups.recover(tmp_path, datetime(2026, 12, 6, 9, 0))


def _correction(need_kept: bool):
    source = travel.Language("en", "English", "English", travel.Review(travel.SOURCE),
                             {"call": travel.Sentence("call", "Call {number}.",
                                                      travel.Review(travel.SOURCE))})
    german = travel.Language("de", "German", "Deutsch", travel.Review(travel.NOT_REVIEWED),
                             {"call": travel.Sentence("call", "Rufen Sie {number} an.",
                                                      travel.Review(travel.NOT_REVIEWED))})

    def run(tmp_path: Path) -> None:
        with Store.open(tmp_path) as s:
            travel.save_correction(s, None, source, german, "call" if need_kept else "nope",
                                   "Rufen Sie an.")
    return run


REAL = [
    # (what the person did, expected class, code, params)
    (lambda p: encryption.decrypt(_sealed(), "wrong horse"), encryption.EnvelopeError,
     "passphrase_wrong", {}),
    (lambda p: encryption.encrypt(b"{}", "short"), encryption.EnvelopeError,
     "passphrase_too_short", {"minimum": 8}),
    (lambda p: encryption.decrypt(b"{}", "x"), encryption.EnvelopeError,
     "not_encrypted_file", {}),
    (lambda p: encryption.decrypt(_sealed()[:40], "x"), encryption.EnvelopeError,
     "encrypted_cut_short", {}),
    (_own_output, atomic.OutputRefused, "output_own_file", {}),
    (lambda p: atomic.check_output_path(p, None), atomic.OutputRefused,
     "output_not_regular", {}),
    (lambda p: photo.prepare_photo(b"not a picture"), photo.PhotoError, "photo_not_image", {}),
    (lambda p: photo.prepare_photo(_png(4, 4)[:45]), photo.PhotoError, "photo_damaged", None),
    (lambda p: photo.check_stored_photo(_png(4, 4)), photo.PhotoError, "photo_not_jpeg", {}),
    (_too_new, StoreError, "store_too_new", None),
    (_recover_sound, backups.RecoverRefused, "recover_sound", None),
    (_correction(True), travel.TravelError, "travel_placeholders", {"need": "{number}"}),
    (_correction(False), travel.TravelError, "travel_no_sentence", {"key": "nope"}),
    (lambda p: travel.trip_devices([], date(2026, 1, 1), date(2026, 2, 1), date(2026, 1, 1)),
     travel.TravelError, "travel_trip_order", {"start": "2026-02-01", "end": "2026-01-01"}),
    (lambda p: travel.parse_language_list("xx", ["de"]), travel.TravelError,
     "travel_unknown_language", {"unknown": "xx", "known": "de"}),
]


@pytest.mark.parametrize("call, cls, code, params", REAL)
def test_a_real_refusal_carries_its_code_and_facts(tmp_path, call, cls, code, params):
    with pytest.raises(cls) as caught:
        call(tmp_path)
    err = caught.value
    assert err.code == code
    assert set(err.params) == set(REFUSAL_CODES[code])
    if params is not None:
        assert err.params == params
    assert str(err)  # the English message the CLI prints is still there


def test_the_too_new_store_names_both_schema_versions(tmp_path):
    with pytest.raises(StoreError) as caught:
        _too_new(tmp_path)
    assert caught.value.params["version"] == 999
    assert caught.value.params["known"] == store.SCHEMA_VERSION
    assert "newer sm-card" in str(caught.value)  # the CLI's words, unchanged
