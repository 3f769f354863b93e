"""Field rules shared by the importer, the GUI and the CLI.

Each ``parse_*`` function takes a raw value and returns the typed value or raises
:class:`FieldError` with a short problem ("is not a date"). Callers add where the value came
from: the importer a path (``profiles[0].injectors[1].expires_on``), the GUI a label
("Expiry date").
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, time
from typing import Any

from sm_card.core import fields as entry_fields
from sm_card.core.fields import declared_bounds, declared_labels, declared_limits, field_of
from sm_card.core.models import (
    Diagnosis,
    Injector,
    PartialDate,
    PremedicationStep,
    Profile,
    Reaction,
)

# --- limits ------------------------------------------------------------------------------
# One table for the importer, the GUI and the CLI (documented in docs/interchange.md). The
# limits are far above anything a real record holds and low enough that every output (card,
# letter, FHIR, calendar, QR text) stays fast: a 10 MB "agent" once made `letter` run for
# minutes. Keys are the interchange keys; "name" covers every name (person, medication,
# contact, clinician). The record's fields bring their limits from core/fields.py; the two
# here are the items of lists of plain text.
TEXT_LIMITS: dict[str, int] = {
    "checklist_item": 100,
    "language": 35,  # BCP 47 tags in practice stay far below this
    **declared_limits(),  # every field of the record (core/fields.py)
}
# Entries per list. A long injector history is normal (one device a year for decades, each
# kept with its status), so that list allows many more than the others.
LIST_LIMITS: dict[str, int] = {
    "profiles": 50,
    "injectors": 2_000,
    "avoid": 100,
    "tolerated": 100,
    "medications": 60,
    "contacts": 20,
    "clinicians": 20,
    "procedures": 50,
    "languages": 20,
    "checklist_done": 200,
    "premedication_steps": 30,
    "reactions": 500,
}
# Plausibility bounds of numbers (units in the key), declared with their fields in
# core/fields.py. They catch typing slips (a dose of 300 mg instead of 0.3 mg) and absurd
# files; they say nothing about what is safe.
NUMBER_LIMITS: dict[str, tuple[float, float]] = declared_bounds()
# A number in a file is written with at most this many characters (digits, sign, point,
# exponent): a 5,001-digit integer cannot even be converted to text by Python.
NUMBER_TEXT_MAX = 32
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
# Line breaks are allowed only in free-text fields; other control characters never.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_EXCEPT_NEWLINE = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional override/isolate characters can disguise text (e.g. a reversed drug name).
_BIDI_OVERRIDE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_BCP47 = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")

# Human labels for field keys, used by the GUI and by messages meant for people.
LABELS = declared_labels()  # every field of the record (core/fields.py)


# The stable codes a FieldError carries. The English ``problem`` is for the CLI and the
# importer (tests pin it); the window words each code in the person's language from the code
# and its ``params`` (gui/field_errors.py), so no wording for people lives here twice.
FIELD_ERROR_CODES = frozenset({
    "required",             # nothing given where a value must be
    "too_long",             # params: limit (characters)
    "too_many",             # params: limit (entries)
    "not_text",
    "lone_surrogate",
    "empty",                # only spaces
    "invisible_only",       # only invisible characters
    "control_character",    # multi-line text with a control character
    "line_break",           # one-line text with a line break or control character
    "bidi_override",
    "not_a_phone",
    "too_few_digits",       # params: minimum (digits)
    "not_a_date",           # an impossible date ("31.02.2018")
    "not_iso_date",         # a file's date is not YYYY-MM-DD
    "not_iso_partial_date",  # a file's date is not YYYY-MM-DD or YYYY-MM
    "not_a_typed_date",     # typed in the window: examples of what reads
    "not_a_typed_month",    # typed where a month is enough: examples with 03/2027
    "in_future",
    "not_a_number",
    "too_large",
    "greater_than",         # params: limit
    "at_least",             # params: limit
    "less_than",            # params: limit
    "at_most",              # params: limit
    "not_whole_minutes",
    "minutes_range",        # params: low, high (minutes)
    "not_an_offset",        # a premedication time ("24 h", "30 min")
    "offset_not_whole",     # "1.01 h" is not whole minutes
    "offset_too_far",       # params: days
    "not_a_time",
    "not_a_typed_time",     # typed in the window: examples of what reads
    "not_a_bool",
    "not_a_choice",         # params: choices (tuple)
    "not_a_language",
})


class FieldError(ValueError):
    """A value broke a rule. ``problem`` reads after the value: '"2027-13" is not a date'.
    ``code`` (one of FIELD_ERROR_CODES) and ``params`` say the same as data, for wording it
    in another language. Every raise in core gives a code; the empty default only keeps a
    raise added elsewhere (say, in a merge) from crashing: the window then shows English."""

    def __init__(self, problem: str, value: object = None, show_value: bool = True, *,
                 code: str = "", params: dict[str, Any] | None = None):
        self.problem = problem
        self.value = value
        self.show_value = show_value
        self.code = code
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(problem)

    def describe(self) -> str:
        if self.show_value and self.value is not None:
            return f"{_quote(self.value)} {self.problem}"
        return self.problem

    def for_label(self, label: str) -> str:
        """Message for a person: 'Expiry date "2027-13" is not a date'."""
        return f"{label} {self.describe()}"


def _invisible(char: str) -> bool:
    # Cc control, Cf format (zero-width, bidi marks, BOM), Cs surrogate, Z* separators.
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zs", "Zl", "Zp")


def escape(text: str) -> str:
    """Text safe to print in a message: control, format (bidi, zero-width) and surrogate
    characters are shown as escapes (\\n, \\x1b, \\u202e), never acted on by a terminal."""
    out = []
    for char in text:
        if char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char != " " and _invisible(char):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def _quote(value: object) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return '"' + escape(shown) + '"'
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int) and abs(value) >= 10**20:
        return "a number too large to show"
    return repr(value)


def check_length(key: str, value: object) -> None:
    """Refuse a text longer than the TEXT_LIMITS entry for ``key`` (no entry: no limit)."""
    limit = TEXT_LIMITS.get(key)
    if limit is not None and isinstance(value, str) and len(value) > limit:
        raise FieldError(f"is longer than {limit:,} characters", show_value=False,
                         code="too_long", params={"limit": limit})


def check_count(key: str, items: list) -> None:
    limit = LIST_LIMITS.get(key)
    if limit is not None and len(items) > limit:
        raise FieldError(f"holds more than {limit:,} entries", show_value=False,
                         code="too_many", params={"limit": limit})


def parse_text(
    value: object,
    *,
    required: bool = False,
    multiline: bool = False,
    max_len: int | None = None,
    key: str | None = None,
) -> str | None:
    """Checked text, NFC-normalised (so a name typed on a Mac and one typed on Windows are the
    same name). ``key`` applies that key's TEXT_LIMITS entry."""
    if value is None:
        if required:
            raise FieldError("is required", show_value=False, code="required")
        return None
    if not isinstance(value, str):
        raise FieldError("is not text", value, code="not_text")
    if key is not None:
        check_length(key, value)
    if max_len is not None and len(value) > max_len:
        raise FieldError(f"is longer than {max_len:,} characters", show_value=False,
                         code="too_long", params={"limit": max_len})
    if _SURROGATE.search(value):
        raise FieldError("contains an invalid character (a lone UTF-16 surrogate)", value,
                         code="lone_surrogate")
    if required and all(_invisible(c) for c in value):
        empty = not value.strip()
        problem = "must not be empty" if empty else "holds only invisible characters"
        raise FieldError(problem, show_value=False,
                         code="empty" if empty else "invisible_only")
    pattern = _CONTROL_EXCEPT_NEWLINE if multiline else _CONTROL
    if pattern.search(value):
        problem = "contains a control character" if multiline else (
            "contains a line break or control character"
        )
        raise FieldError(problem, value,
                         code="control_character" if multiline else "line_break")
    if _BIDI_OVERRIDE.search(value):
        raise FieldError("contains a bidirectional override character", value, code="bidi_override")
    return unicodedata.normalize("NFC", value)


def parse_name(value: object) -> str:
    """A profile's name: checked text, its spaces made plain and single and none at its ends.
    The name is what an import matches a profile by: "Alex Example " (or with a no-break space)
    became a second Alex Example beside the first."""
    text = parse_text(value, required=True, key="name")
    assert text is not None
    return profile_name(text)


def profile_name(text: str) -> str:
    return " ".join(text.split())


# Digits with the usual separators (space, no-break space, + - ( ) . /), then an optional
# extension ("ext. 12", "x12", "#12"). Dots and slashes too: "01.23.45.67.89" (France) and
# "030/1234567" (Germany) are how numbers are written there.
_PHONE = re.compile(r"\+?[\d\s\u00a0().\-/]+?(?:\s*(?:ext\.?|x|#)\s*\d{1,6})?", re.IGNORECASE)
PHONE_MIN_DIGITS = 3  # 112, 911, 999: the shortest numbers anyone dials
NOT_A_PHONE = ("is not a phone number (digits, spaces, + - ( ) and an optional extension "
               "such as \"ext. 12\")")


def phone_problem(text: str) -> str | None:
    """Why ``text`` is not a phone number, or None when it is one."""
    found = _phone_code(text)
    if found is None:
        return None
    return NOT_A_PHONE if found == "not_a_phone" else (
        f"has fewer than {PHONE_MIN_DIGITS} digits")


def _phone_code(text: str) -> str | None:
    value = text.strip()
    if not _PHONE.fullmatch(value):
        return "not_a_phone"
    if sum(c.isdigit() for c in value) < PHONE_MIN_DIGITS:
        return "too_few_digits"
    return None


def parse_phone(value: object, *, required: bool = False) -> str | None:
    """A phone number typed in the window (the importer only warns: see interchange)."""
    text = parse_text(value, required=required, key="phone")
    if text is None:
        return None
    problem = phone_problem(text)
    if problem is not None:
        raise FieldError(problem, text, code=_phone_code(text) or "not_a_phone",
                         params={"minimum": PHONE_MIN_DIGITS})
    return text.strip()


def parse_date(
    value: object, *, required: bool = False, not_after: date | None = None
) -> date | None:
    if value is None:
        if required:
            raise FieldError("is required", show_value=False, code="required")
        return None
    if isinstance(value, date):
        result = value
    else:
        if not isinstance(value, str):
            raise FieldError("is not a date (YYYY-MM-DD)", value, code="not_iso_date")
        m = _DATE.match(value.strip())
        if not m:
            raise FieldError("is not a date (YYYY-MM-DD)", value, code="not_iso_date")
        try:
            result = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            raise FieldError("is not a date", value, code="not_a_date") from None
    if not_after is not None and result > not_after:
        raise FieldError("is in the future", str(result), code="in_future")
    return result


def parse_partial_date(value: object, *, required: bool = False) -> PartialDate | None:
    """``YYYY-MM-DD`` or, where a month is enough, ``YYYY-MM``."""
    if value is None:
        if required:
            raise FieldError("is required", show_value=False, code="required")
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if not isinstance(value, str):
        raise FieldError("is not a date (YYYY-MM-DD or YYYY-MM)", value,
                         code="not_iso_partial_date")
    text = value.strip()
    m = _MONTH.match(text)
    if m:
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12 or year < 1:
            raise FieldError("is not a date", value, code="not_a_date")
        return PartialDate(year, month)
    try:
        full = parse_date(text)
    except FieldError:
        raise FieldError("is not a date", value, code="not_a_date") from None
    assert full is not None
    return PartialDate.from_date(full)


def parse_number(
    value: object,
    *,
    required: bool = False,
    gt: float | None = None,
    ge: float | None = None,
    lt: float | None = None,
    le: float | None = None,
) -> float | None:
    if value is None:
        if required:
            raise FieldError("is required", show_value=False, code="required")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError("is not a number", value, code="not_a_number")
    try:
        number = float(value)
    except OverflowError:  # an int beyond the float range
        raise FieldError("is too large", value, code="too_large") from None
    if not math.isfinite(number):
        raise FieldError("is not a number", value, code="not_a_number")
    if gt is not None and not number > gt:
        raise FieldError(f"must be greater than {gt:g}", value, code="greater_than",
                         params={"limit": gt})
    if ge is not None and not number >= ge:
        raise FieldError(f"must be at least {ge:g}", value, code="at_least",
                         params={"limit": ge})
    if lt is not None and not number < lt:
        raise FieldError(f"must be less than {lt:g}", value, code="less_than",
                         params={"limit": lt})
    if le is not None and not number <= le:
        raise FieldError(f"must be at most {le:g}", value, code="at_most",
                         params={"limit": le})
    return number


def number_from_input(text: str) -> float | None:
    """A number typed by a person ("38,5" or "38.5"); empty means absent."""
    text = text.strip()
    if not text:
        return None
    if len(text) > NUMBER_TEXT_MAX:
        raise FieldError("is not a number", text, code="not_a_number")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise FieldError("is not a number", text, code="not_a_number") from None


def _parse_bounded(value: object, bounds: entry_fields.Bounds, *,
                   required: bool) -> float | None:
    low, high = bounds.low, bounds.high
    return parse_number(
        value, required=required,
        gt=None if bounds.low_included else low, ge=low if bounds.low_included else None,
        lt=None if bounds.high_included else high, le=high if bounds.high_included else None)


def _parse_minutes(value: object, bounds: entry_fields.Bounds) -> int | None:
    """Whole minutes (a premedication step's time before the procedure), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError("is not a whole number of minutes", value, code="not_whole_minutes")
    low, high = bounds.low, bounds.high
    if not low <= value <= high:
        raise FieldError(f"must be from {low:g} to {high:g} minutes", value,
                         code="minutes_range", params={"low": low, "high": high})
    return value


_WEIGHT = field_of(Profile, "weight_kg")
_DOSE = field_of(Injector, "dose_mg")
_TRYPTASE = field_of(Diagnosis, "baseline_tryptase_ng_ml")
_ACUTE_TRYPTASE = field_of(Reaction, "acute_tryptase_ng_ml")
_MINUTES_BEFORE = field_of(PremedicationStep, "minutes_before")


def parse_weight(value: object) -> float | None:
    return parse_field(_WEIGHT, value)


def parse_dose_mg(value: object) -> float | None:
    return parse_field(_DOSE, value)


def parse_tryptase(value: object) -> float | None:
    return parse_field(_TRYPTASE, value)


def parse_acute_tryptase(value: object) -> float | None:
    return parse_field(_ACUTE_TRYPTASE, value)


def parse_minutes_before(value: object) -> int | None:
    """Whole minutes before a procedure (a premedication step's time), or None."""
    return parse_field(_MINUTES_BEFORE, value)


def parse_time(value: object) -> time | None:
    """A wall-clock time written ``HH:MM`` (24-hour), or None."""
    if value is None:
        return None
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise FieldError("is not a time (HH:MM, 24-hour)", value, code="not_a_time")
    hours, minutes = int(value[:2]), int(value[3:])
    if hours > 23 or minutes > 59:
        raise FieldError("is not a time (HH:MM, 24-hour)", value, code="not_a_time")
    return time(hours, minutes)


def parse_bool(value: object) -> bool | None:
    if value is None:
        return None
    if not isinstance(value, bool):
        raise FieldError("is not true or false", value, code="not_a_bool")
    return value


def parse_choice(
    value: object, choices: tuple[str, ...], *, default: str | None = None
) -> str | None:
    if value is None:
        return default
    if not isinstance(value, str) or value not in choices:
        raise FieldError("is not one of " + ", ".join(choices), value, code="not_a_choice",
                         params={"choices": choices})
    return value


def parse_language(value: object) -> str:
    if isinstance(value, str):
        check_length("language", value)
    if not isinstance(value, str) or not _BCP47.match(value):
        raise FieldError("is not a language tag (e.g. en, de, pt-BR)", value,
                         code="not_a_language")
    return value


def parse_field(field: entry_fields.Field, value: object, *, today: date | None = None) -> Any:
    """A field of one value as a file or the CLI gives it, by its declared kind. The length
    is the caller's to check first (``check_length``), before any other work on a long text.
    A malformed phone number passes here: the importer keeps it and warns. ``today``: the
    day after which a date declared ``not_in_future`` is refused."""
    kind = field.kind
    if kind == entry_fields.DATE:
        return parse_date(value, required=field.required,
                          not_after=today if field.not_in_future else None)
    if kind == entry_fields.PARTIAL_DATE:
        return parse_partial_date(value, required=field.required)
    if kind == entry_fields.TIME:
        return parse_time(value)
    if kind == entry_fields.NUMBER:
        assert field.bounds is not None
        return _parse_bounded(value, field.bounds, required=field.required)
    if kind == entry_fields.MINUTES:
        assert field.bounds is not None
        return _parse_minutes(value, field.bounds)
    if kind == entry_fields.BOOL:
        return parse_bool(value)
    if kind == entry_fields.CHOICE:
        return parse_choice(value, field.choices, default=field.default)
    if kind not in entry_fields.TEXT_KINDS:
        raise TypeError(f"{field.attr}: a {kind} field is not read as one value")
    multiline = kind == entry_fields.MULTILINE
    return parse_text(value, required=field.required, multiline=multiline)
