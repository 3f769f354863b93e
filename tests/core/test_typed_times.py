"""Times of day as people type them in the window (core/dates.read_time)."""

from __future__ import annotations

from datetime import time

import pytest

from sm_card.core.dates import read_time
from sm_card.core.validation import FieldError, parse_time


@pytest.mark.parametrize("typed,expected", [
    ("08:30", time(8, 30)), ("8:30", time(8, 30)), ("8.30", time(8, 30)),
    ("8h30", time(8, 30)), (" 14:05 ", time(14, 5)), ("0:00", time(0, 0)),
    ("23.59", time(23, 59)), ("8:30 am", time(8, 30)), ("8:30 PM", time(20, 30)),
    ("2:15pm", time(14, 15)), ("8 pm", time(20, 0)), ("12 am", time(0, 0)),
    ("12:10 p.m.", time(12, 10)), ("12:00 AM", time(0, 0)),
    ("١٢:٣٠", time(12, 30)),  # Arabic-Indic digits, as the date fields read them
])
def test_the_forms_people_type_are_read(typed, expected):
    assert read_time(typed) == expected


@pytest.mark.parametrize("typed", [
    "8", "24:00", "8:60", "13:00 pm", "0 am", "8:3", "830", "8:30:00", "half past eight",
    "", "08-30",
])
def test_anything_else_is_refused_with_examples(typed):
    with pytest.raises(FieldError) as refused:
        read_time(typed)
    assert refused.value.code == "not_a_typed_time"
    assert "08:30" in str(refused.value)


def test_the_file_format_stays_strict():
    """An interchange file keeps HH:MM: what the window reads loosely, the importer does not."""
    assert parse_time("08:30") == time(8, 30)
    for loose in ("8:30", "8.30", "8:30 pm"):
        with pytest.raises(FieldError):
            parse_time(loose)
