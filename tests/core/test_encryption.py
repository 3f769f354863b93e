"""The encrypted envelope: round trip, wrong passphrase, every byte authenticated, bounded work."""

from __future__ import annotations

from datetime import date

import pytest

from sm_card.core import encryption, interchange
from sm_card.core.encryption import EnvelopeError

TODAY = date(2026, 11, 23)
# Cheap scrypt settings keep the tests fast; the default is exercised once below.
FAST = {"log2_n": 10, "r": 8, "p": 1}


def test_round_trip_and_layout():
    sealed = encryption.encrypt(b'{"x": 1}', "correct horse", **FAST)
    assert sealed.startswith(b"sm-card-encrypted\n")
    assert sealed[18:22] == bytes([1, 10, 8, 1])  # version, log2 N, r, p
    assert len(sealed) == encryption.HEADER_BYTES + len(b'{"x": 1}') + encryption.TAG_BYTES
    assert b'"x"' not in sealed
    assert encryption.decrypt(sealed, "correct horse") == b'{"x": 1}'


def test_two_exports_of_one_text_differ():  # fresh salt and nonce every time
    a = encryption.encrypt(b"same", "passphrase", **FAST)
    b = encryption.encrypt(b"same", "passphrase", **FAST)
    assert a != b and a[22:50] != b[22:50]


def test_passphrase_is_nfc_normalised():
    import unicodedata

    sealed = encryption.encrypt(b"data", "Zoë-Ångström", **FAST)
    assert encryption.decrypt(sealed, unicodedata.normalize("NFD", "Zoë-Ångström")) == b"data"


def test_wrong_passphrase_is_refused():
    sealed = encryption.encrypt(b"data", "correct horse", **FAST)
    with pytest.raises(EnvelopeError, match="passphrase is wrong"):
        encryption.decrypt(sealed, "wrong horse!")


@pytest.mark.parametrize("position", [18, 19, 20, 21, 25, 40, 55, -1, -17])
def test_any_changed_byte_is_refused(position):
    sealed = bytearray(encryption.encrypt(b"the record", "correct horse", **FAST))
    sealed[position] ^= 0x01
    with pytest.raises(EnvelopeError):
        encryption.decrypt(bytes(sealed), "correct horse")


def test_cut_short_and_forged_settings_are_refused_without_work():
    sealed = encryption.encrypt(b"the record", "correct horse", **FAST)
    with pytest.raises(EnvelopeError, match="cut short"):
        encryption.decrypt(sealed[:40], "correct horse")
    forged = sealed[:19] + bytes([30, 255, 255]) + sealed[22:]  # 2**30 * 255 * 128 bytes
    with pytest.raises(EnvelopeError, match="beyond this app's limits"):
        encryption.decrypt(forged, "correct horse")
    future = sealed[:18] + bytes([2]) + sealed[19:]
    with pytest.raises(EnvelopeError, match="version 2"):
        encryption.decrypt(future, "correct horse")


def test_short_new_passphrase_is_refused():
    with pytest.raises(EnvelopeError, match="at least 8"):
        encryption.encrypt(b"x", "short")


def test_interchange_round_trip_with_default_settings(example_text):
    profiles = interchange.loads(example_text, today=TODAY).profiles
    sealed = interchange.dumps_encrypted(profiles, "correct horse battery")
    assert sealed[19:22] == bytes([encryption.DEFAULT_LOG2_N, encryption.DEFAULT_R,
                                   encryption.DEFAULT_P])
    with pytest.raises(interchange.InterchangeError, match="passphrase is needed"):
        interchange.loads(sealed, today=TODAY)
    again = interchange.loads_encrypted(sealed, "correct horse battery", today=TODAY).profiles
    assert interchange.dumps(again) == interchange.dumps(profiles)
    with pytest.raises(interchange.InterchangeError, match="passphrase is wrong"):
        interchange.loads_encrypted(sealed, "not the one", today=TODAY)
