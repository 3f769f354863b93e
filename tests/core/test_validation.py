"""The shared field rules: one table of limits, NFC, invisible names, escaped messages."""

from __future__ import annotations

import copy
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from sm_card.core import interchange
from sm_card.core import validation as v

EXAMPLE = json.loads((Path(__file__).parent.parent / "fixtures" /
                      "example-v1.json").read_text("utf-8"))
# Keys whose text is not free text: dates and fixed choices have their own rules.
NOT_FREE_TEXT = {"format", "exported_at", "date_of_birth", "diagnosed_on",
                 "tryptase_measured_on", "noted_on", "expires_on", "planned_on", "subtype",
                 "kit_d816v", "severity", "status"}


def _text_places(node, path=()):
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _text_places(child, (*path, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _text_places(child, (*path, i))
    elif isinstance(node, str):
        yield path


def _v2_example() -> dict:
    doc = copy.deepcopy(EXAMPLE)
    doc["version"] = 2
    alex = doc["profiles"][0]
    alex["procedures"] = [{"id": "p1", "procedure": "Knee", "planned_on": "2027-01-02",
                           "hospital": "St Elsewhere", "notes": "Fasting"}]
    alex["checklist_done"] = ["plan"]
    alex["injectors"][0]["id"] = "d1"
    alex["injectors"][0]["replaces"] = "d0"
    return doc


def test_every_free_text_field_has_a_documented_limit_and_it_is_enforced():
    doc = _v2_example()
    places = [p for p in _text_places(doc) if p[-1] not in NOT_FREE_TEXT]
    docs = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text("utf-8")
    assert len(places) > 30
    for place in places:
        key = place[-1] if isinstance(place[-1], str) else "checklist_item"
        assert key in v.TEXT_LIMITS, f"{place}: no length limit"
        assert f"`{key}`" in docs or key in ("checklist_item", "language"), key
        too_long = copy.deepcopy(doc)
        node = too_long
        for step in place[:-1]:
            node = node[step]
        node[place[-1]] = "x" * (v.TEXT_LIMITS[key] + 1)
        with pytest.raises(interchange.InterchangeError, match="longer than|holds more"):
            interchange.parse_document(too_long, today=date(2026, 11, 23))


def test_every_list_has_a_count_limit():
    doc = _v2_example()
    for key, value in doc["profiles"][0].items():
        if isinstance(value, list):
            assert key in v.LIST_LIMITS, key
    assert "profiles" in v.LIST_LIMITS


def test_escape_shows_controls_bidi_and_surrogates_as_escapes():
    raw = "A\x1b[31m\x07\x85\u202e\u2066\u200b\ufeff\ud800\nB\tC é 日本"
    shown = v.escape(raw)
    assert shown == ("A\\x1b[31m\\x07\\x85\\u202e\\u2066\\u200b\\ufeff\\ud800\\nB\\tC é 日本")
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Cs") for c in shown)


def test_field_messages_never_echo_raw_controls():
    with pytest.raises(v.FieldError) as info:
        v.parse_text("bad\x1b]0;title\x07", key="agent")
    assert "\x1b" not in info.value.describe() and "\\x1b]0;title\\x07" in info.value.describe()


def test_text_is_nfc_and_invisible_only_required_text_is_refused():
    assert v.parse_name(unicodedata.normalize("NFD", "Zoë")) == "Zoë"
    for invisible in ("\u200b", "\u200b\u200c\u200d", "\ufeff", " \u00a0\u3000", "\u2060\u180e"):
        with pytest.raises(v.FieldError):
            v.parse_name(invisible)
    assert v.parse_name("\u200bAlex") == "\u200bAlex"  # visible text around it stays as given


def test_number_limits():
    assert v.parse_dose_mg(0.3) == 0.3
    for bad in (0, -1, 10.01, 300, 10**400, float("inf")):
        with pytest.raises(v.FieldError):
            v.parse_dose_mg(bad)
    assert v.parse_tryptase(100_000) == 100_000
    with pytest.raises(v.FieldError):
        v.parse_tryptase(100_001)
    with pytest.raises(v.FieldError, match="not a number"):
        v.number_from_input("9" * 400)
    with pytest.raises(v.FieldError, match="too large"):
        v.parse_number(10**400)
