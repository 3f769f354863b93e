"""Dates as typed in the window (core/dates.py)."""

from __future__ import annotations

from datetime import date, time

import pytest

from sm_card.core.dates import read_date, read_month_or_date
from sm_card.core.models import PartialDate
from sm_card.core.validation import FieldError


@pytest.mark.parametrize("text", ["2027-03-31", " 2027-3-31 ", "31.03.2027", "31/03/2027",
                                  "31-03-2027", "31.3.2027"])
def test_common_forms_of_one_day(text):
    assert read_date(text) == date(2027, 3, 31)


def test_month_first_locale_reads_slashes_month_first_but_dots_day_first():
    assert read_date("03/31/2027", day_first=False) == date(2027, 3, 31)
    assert read_date("04/03/2027", day_first=False) == date(2027, 4, 3)
    assert read_date("04/03/2027") == date(2027, 3, 4)
    assert read_date("04.03.2027", day_first=False) == date(2027, 3, 4)


def test_an_order_that_does_not_fit_is_refused_not_guessed():
    with pytest.raises(FieldError) as info:
        read_date("03/31/2027")  # day first: month 31
    assert info.value.for_label("Date of birth") == 'Date of birth "03/31/2027" is not a date'


@pytest.mark.parametrize("text", ["", "tomorrow", "2027-02-30", "31.03.27", "03/2027", "1/2/3"])
def test_not_a_date_says_so_with_examples(text):
    with pytest.raises(FieldError) as info:
        read_date(text)
    assert "is not a date" in info.value.describe()


@pytest.mark.parametrize("text, expected", [
    ("03/2027", PartialDate(2027, 3)), ("03/27", PartialDate(2027, 3)),
    ("3/27", PartialDate(2027, 3)), ("2027-03", PartialDate(2027, 3)),
    ("12.2026", PartialDate(2026, 12)), ("31.03.2027", PartialDate(2027, 3, 31)),
    ("2027-03-31", PartialDate(2027, 3, 31)),
])
def test_expiry_as_printed_on_pens(text, expected):
    assert read_month_or_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("AUG 2028", PartialDate(2028, 8)), ("Aug 2028", PartialDate(2028, 8)),
    ("August 2028", PartialDate(2028, 8)), ("März 2027", PartialDate(2027, 3)),
    ("marzo 2027", PartialDate(2027, 3)), ("ago. 2027", PartialDate(2027, 8)),
    ("DEZ 26", PartialDate(2026, 12)), ("EXP 08/2028", PartialDate(2028, 8)),
    ("Exp.: 2028-08", PartialDate(2028, 8)), ("2028/08", PartialDate(2028, 8)),
    ("08 2028", PartialDate(2028, 8)),
])
def test_expiry_with_the_month_named_or_exp_before_it(text, expected):
    """As some packs print it: "AUG 2028", "EXP 08/2028" were refused."""
    assert read_month_or_date(text) == expected


@pytest.mark.parametrize("text", ["13/27", "00/2027", "soon", "2027", "3/2027/1", "foo 2027",
                                  "marzo", "expired 2027", "2028 08"])
def test_expiry_that_is_not_a_month(text):
    with pytest.raises(FieldError) as info:
        read_month_or_date(text)
    assert "is not a date" in info.value.describe()


def test_phone_rule():
    from sm_card.core.validation import parse_phone, phone_problem

    for ok in ("+44 7700 900123", "+44 20 7946 0001", "112", "030/1234567", "(555) 123-4567 x12"):
        assert phone_problem(ok) is None
    assert "fewer than 3 digits" in phone_problem("12")
    with pytest.raises(FieldError) as info:
        parse_phone("call mum")
    assert "is not a phone number" in info.value.describe()


@pytest.mark.parametrize("text, expected", [("8.30 Uhr", time(8, 30)), ("8:30 Uhr", time(8, 30)),
                                            ("8 Uhr", time(8, 0)), ("20 Uhr", time(20, 0))])
def test_a_time_with_uhr_after_it(text, expected):
    """"8.30 Uhr" was refused while the message itself suggested "8.30"."""
    from sm_card.core.dates import read_time

    assert read_time(text) == expected
