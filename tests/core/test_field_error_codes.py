"""Every refusal carries a stable code and its facts as data, so the window can word it in the
person's language while the CLI and the importer keep their English sentence."""

from __future__ import annotations

from datetime import date

import pytest

from sm_card.core import dates
from sm_card.core import validation as v
from sm_card.core.premedication import parse_offset

BAD_INPUT = [
    # (call, expected code, expected params)
    (lambda: v.parse_text(None, required=True), "required", {}),
    (lambda: v.parse_text(5), "not_text", {}),
    (lambda: v.parse_text("x" * 201, key="name"), "too_long", {"limit": 200}),
    (lambda: v.parse_text("abc", max_len=2), "too_long", {"limit": 2}),
    (lambda: v.parse_text("a\ud800"), "lone_surrogate", {}),
    (lambda: v.parse_text("   ", required=True), "empty", {}),
    (lambda: v.parse_text("\u200b", required=True), "invisible_only", {}),
    (lambda: v.parse_text("a\nb"), "line_break", {}),
    (lambda: v.parse_text("a\x1bb", multiline=True), "control_character", {}),
    (lambda: v.parse_text("a\u202eb"), "bidi_override", {}),
    (lambda: v.check_count("contacts", [None] * 21), "too_many", {"limit": 20}),
    (lambda: v.parse_phone("call me"), "not_a_phone", {}),
    (lambda: v.parse_phone("11"), "too_few_digits", {"minimum": 3}),
    (lambda: v.parse_date("2027-13-01"), "not_a_date", {}),
    (lambda: v.parse_date("31.03.2027"), "not_iso_date", {}),
    (lambda: v.parse_date(date(2030, 1, 1), not_after=date(2026, 1, 1)), "in_future", {}),
    (lambda: v.parse_partial_date("2027-13"), "not_a_date", {}),
    (lambda: v.parse_partial_date(2027), "not_iso_partial_date", {}),
    (lambda: dates.read_date("14th of March"), "not_a_typed_date", {}),
    (lambda: dates.read_date("31.02.2018"), "not_a_date", {}),
    (lambda: dates.read_month_or_date("next spring"), "not_a_typed_month", {}),
    (lambda: dates.read_time("half past eight"), "not_a_typed_time", {}),
    (lambda: dates.read_month_or_date("13/2027"), "not_a_date", {}),
    (lambda: v.number_from_input("many"), "not_a_number", {}),
    (lambda: v.parse_number(float("nan")), "not_a_number", {}),
    (lambda: v.parse_number(10**400), "too_large", {}),
    (lambda: v.parse_weight(0.0), "greater_than", {"limit": 0}),
    (lambda: v.parse_weight(600.0), "less_than", {"limit": 500}),
    (lambda: v.parse_tryptase(-1.0), "at_least", {"limit": 0}),
    (lambda: v.parse_dose_mg(30.0), "at_most", {"limit": 10}),
    (lambda: v.parse_minutes_before(1.5), "not_whole_minutes", {}),
    (lambda: v.parse_minutes_before(10**6), "minutes_range", {"low": 0, "high": 43200}),
    (lambda: parse_offset("soon"), "not_an_offset", {}),
    (lambda: parse_offset("1.01 h"), "offset_not_whole", {}),
    (lambda: parse_offset("31 d"), "offset_too_far", {"days": 30}),
    (lambda: v.parse_time("25:00"), "not_a_time", {}),
    (lambda: v.parse_bool("yes"), "not_a_bool", {}),
    (lambda: v.parse_choice("maybe", ("a", "b")), "not_a_choice", {"choices": ("a", "b")}),
    (lambda: v.parse_language("not a tag"), "not_a_language", {}),
]


@pytest.mark.parametrize("call, code, params", BAD_INPUT)
def test_each_refusal_carries_a_known_code_and_its_facts(call, code, params):
    with pytest.raises(v.FieldError) as caught:
        call()
    err = caught.value
    assert err.code == code
    assert err.code in v.FIELD_ERROR_CODES
    assert err.params.items() >= params.items()


def test_every_known_code_is_reached_by_some_bad_input():
    # A code nobody raises is wording a translator is asked for in vain.
    assert {code for _, code, _ in BAD_INPUT} == v.FIELD_ERROR_CODES


def test_the_code_leaves_the_english_message_as_it_was():
    with pytest.raises(v.FieldError) as caught:
        dates.read_month_or_date("2027-13")
    assert caught.value.for_label("Expiry date") == 'Expiry date "2027-13" is not a date'
    with pytest.raises(v.FieldError) as caught:
        v.parse_text("x" * 201, key="name")
    assert caught.value.for_label("Name") == "Name is longer than 200 characters"
