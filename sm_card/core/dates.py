"""Dates and times as people type them: ISO, day-first with dots or slashes, month-only
expiry, and clock times with or without a leading zero.

The interchange file stays strict ISO (core/validation.parse_date); these readers are for what
a person types in the window. Accepted:

- ``2027-03-31`` (ISO, always);
- ``31.03.2027``, ``31/03/2027``, ``31-03-2027`` — day first, as in most of the world. Where the
  locale writes the month first (the United States), the GUI passes ``day_first=False`` and
  ``03/31/2027`` reads as 31 March. Dotted dates are day first everywhere (no locale writes
  ``MM.DD.YYYY``). A value that does not fit the order is refused, never guessed;
- for an expiry (``read_month_or_date``): ``2027-03``, ``2027/03``, ``03/2027``, ``03 2027`` and
  ``03/27`` as printed on pens, and the month by name in English, German or Spanish
  (``AUG 2028``, ``März 2027``, ``marzo 2027``), each meaning the whole month (a two-digit
  year is 20YY); an ``EXP`` printed before it may be typed too;
- a time of day (``read_time``): ``08:30``, ``8:30``, ``8.30`` and ``8h30`` (24-hour), also
  with ``Uhr`` after it (``8.30 Uhr``, ``8 Uhr``), and ``8:30 am`` / ``8:30 PM`` / ``8 pm``
  (12-hour). The file keeps ``HH:MM``.
"""

from __future__ import annotations

import re
from datetime import date, time

from sm_card.core.models import PartialDate
from sm_card.core.validation import FieldError

NOT_A_DATE = "is not a date (e.g. 2027-03-31 or 31.03.2027)"
NOT_A_MONTH = "is not a date (e.g. 2027-03-31, 31.03.2027, or 03/2027 for a month)"
NOT_A_TIME = "is not a time (e.g. 08:30, 8.30 or 2:15 pm)"

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})\s*[-/]\s*(\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})\s*(?:[/.-]|\s)\s*(\d{4}|\d{2})")
_NAMED_MONTH = re.compile(r"([^\W\d_]+)\.?\s*[/.-]?\s*(\d{4}|\d{2})")
_EXP = re.compile(r"^exp(?:iry)?\.?\s*:?\s*", re.IGNORECASE)  # "EXP 08/2028"
# Month names and the abbreviations printed on packs, in English, German and Spanish (no
# spelling means one month in one language and another month in another).
_MONTHS = {
    name: number
    for number, names in enumerate((
        "january jan januar jän enero ene",
        "february feb februar febrero",
        "march mar märz mär maerz marzo",
        "april apr abril abr",
        "may mai mayo",
        "june jun juni junio",
        "july jul juli julio",
        "august aug agosto ago",
        "september sep sept septiembre setiembre set",
        "october oct oktober okt octubre",
        "november nov noviembre",
        "december dec dezember dez diciembre dic",
    ), start=1)
    for name in names.split()
}
_UHR = re.compile(r"\s*uhr\.?$", re.IGNORECASE)
_TIME = re.compile(r"(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?",
                   re.IGNORECASE)


def _full(text: str, day_first: bool) -> date | None:
    """The date in ``text``, None when it has no full-date form; FieldError when impossible."""
    m = _ISO.fullmatch(text)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DAY_MONTH_YEAR.fullmatch(text)
        if not m:
            return None
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        day, month = (first, second) if day_first or m[2] == "." else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        raise FieldError("is not a date", text, code="not_a_date") from None


def read_date(text: str, *, day_first: bool = True) -> date:
    """A full date typed by a person; FieldError (with examples) when it is not one."""
    value = text.strip()
    result = _full(value, day_first)
    if result is None:
        raise FieldError(NOT_A_DATE, text, code="not_a_typed_date")
    return result


def read_month_or_date(text: str, *, day_first: bool = True) -> PartialDate:
    """An expiry or diagnosis date: a full date or a month (``03/2027``, ``03/27``)."""
    value = _EXP.sub("", text.strip(), count=1)
    full = _full(value, day_first)
    if full is not None:
        return PartialDate.from_date(full)
    m = _ISO_MONTH.fullmatch(value)
    named = _NAMED_MONTH.fullmatch(value)
    if m:
        year_text, month = m[1], int(m[2])
    elif named and named[1].casefold() in _MONTHS:
        year_text, month = named[2], _MONTHS[named[1].casefold()]
    else:
        m = _MONTH_YEAR.fullmatch(value)
        if not m:
            raise FieldError(NOT_A_MONTH, text, code="not_a_typed_month")
        year_text, month = m[2], int(m[1])
    # pens print MM/YY (or AUG 28); none expire in the 1900s
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    if not 1 <= month <= 12 or year < 1:
        raise FieldError("is not a date", text, code="not_a_date")
    return PartialDate(year, month)


def read_time(text: str) -> time:
    """A time of day typed by a person (see the module docstring); FieldError when it is not
    one. A bare hour needs am or pm: "8" alone could be a duration or a typo."""
    value = text.strip()
    # "8.30 Uhr", "8 Uhr": the German clock word, 24-hour (a bare hour is clear with it)
    with_uhr = bool(_UHR.search(value))
    m = _TIME.fullmatch(_UHR.sub("", value))
    if not m or (m[2] is None and m[3] is None and not with_uhr):
        raise FieldError(NOT_A_TIME, text, code="not_a_typed_time")
    hours, minutes = int(m[1]), int(m[2] or 0)
    if m[3] is not None:  # 12-hour: 12 am is midnight, 12 pm noon
        if not 1 <= hours <= 12:
            raise FieldError(NOT_A_TIME, text, code="not_a_typed_time")
        hours = hours % 12 + (12 if m[3].lower() == "p" else 0)
    if hours > 23 or minutes > 59:
        raise FieldError(NOT_A_TIME, text, code="not_a_typed_time")
    return time(hours, minutes)
