"""Field rules shared by the importer, the GUI and the CLI.

Each ``parse_*`` function takes a raw value and returns the typed value or raises
:class:`FieldError` with a short problem ("is not a date"). Callers add where the value came
from: the importer a path (``profiles[0].injectors[1].expires_on``), the GUI a label
("Expiry date").
"""

from __future__ import annotations

import math
import re
from datetime import date

from sm_card.core.models import PartialDate

NAME_MAX = 200
# Line breaks are allowed only in free-text fields; other control characters never.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_EXCEPT_NEWLINE = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional override/isolate characters can disguise text (e.g. a reversed drug name).
_BIDI_OVERRIDE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_BCP47 = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")

# Human labels for field keys, used by the GUI and by messages meant for people.
LABELS = {
    "name": "Name",
    "date_of_birth": "Date of birth",
    "weight_kg": "Weight (kg)",
    "blood_type": "Blood type",
    "languages": "Languages",
    "subtype": "Subtype",
    "diagnosed_on": "Diagnosed on",
    "baseline_tryptase_ng_ml": "Baseline tryptase (ng/mL)",
    "tryptase_measured_on": "Tryptase measured on",
    "kit_d816v": "KIT D816V",
    "anaphylaxis_history": "History of anaphylaxis",
    "notes": "Notes",
    "agent": "Agent",
    "catalog_id": "Catalog entry",
    "severity": "Severity",
    "reaction": "Reaction",
    "noted_on": "Noted on",
    "note": "Note",
    "dose": "Dose",
    "schedule": "Schedule",
    "purpose": "Purpose",
    "product": "Product",
    "dose_mg": "Dose (mg)",
    "expires_on": "Expiry date",
    "lot": "Lot",
    "location": "Kept at",
    "status": "Status",
    "relation": "Relation",
    "phone": "Phone",
    "role": "Role",
    "organisation": "Organisation",
    "email": "Email",
    "emergency_plan": "Emergency plan",
    "premedication": "Premedication plan",
    "procedure": "Procedure",
    "planned_on": "Planned on",
    "hospital": "Hospital",
}


class FieldError(ValueError):
    """A value broke a rule. ``problem`` reads after the value: '"2027-13" is not a date'."""

    def __init__(self, problem: str, value: object = None, show_value: bool = True):
        self.problem = problem
        self.value = value
        self.show_value = show_value
        super().__init__(problem)

    def describe(self) -> str:
        if self.show_value and self.value is not None:
            return f"{_quote(self.value)} {self.problem}"
        return self.problem

    def for_label(self, label: str) -> str:
        """Message for a person: 'Expiry date "2027-13" is not a date'."""
        return f"{label} {self.describe()}"


def _quote(value: object) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return '"' + shown.replace("\n", "\\n") + '"'
    return repr(value) if not isinstance(value, bool) else str(value).lower()


def label_for(key: str) -> str:
    return LABELS.get(key, key.replace("_", " ").capitalize())


def parse_text(
    value: object,
    *,
    required: bool = False,
    multiline: bool = False,
    max_len: int | None = None,
) -> str | None:
    if value is None:
        if required:
            raise FieldError("is required", show_value=False)
        return None
    if not isinstance(value, str):
        raise FieldError("is not text", value)
    if required and not value.strip():
        raise FieldError("must not be empty", show_value=False)
    pattern = _CONTROL_EXCEPT_NEWLINE if multiline else _CONTROL
    if pattern.search(value):
        problem = "contains a control character" if multiline else (
            "contains a line break or control character"
        )
        raise FieldError(problem, value)
    if _BIDI_OVERRIDE.search(value):
        raise FieldError("contains a bidirectional override character", value)
    if max_len is not None and len(value) > max_len:
        raise FieldError(f"is longer than {max_len} characters", show_value=False)
    return value


def parse_name(value: object) -> str:
    text = parse_text(value, required=True, max_len=NAME_MAX)
    assert text is not None
    return text


def parse_date(
    value: object, *, required: bool = False, not_after: date | None = None
) -> date | None:
    if value is None:
        if required:
            raise FieldError("is required", show_value=False)
        return None
    if isinstance(value, date):
        result = value
    else:
        if not isinstance(value, str):
            raise FieldError("is not a date (YYYY-MM-DD)", value)
        m = _DATE.match(value.strip())
        if not m:
            raise FieldError("is not a date (YYYY-MM-DD)", value)
        try:
            result = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            raise FieldError("is not a date", value) from None
    if not_after is not None and result > not_after:
        raise FieldError("is in the future", str(result))
    return result


def parse_partial_date(value: object, *, required: bool = False) -> PartialDate | None:
    """``YYYY-MM-DD`` or, where a month is enough, ``YYYY-MM``."""
    if value is None:
        if required:
            raise FieldError("is required", show_value=False)
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if not isinstance(value, str):
        raise FieldError("is not a date (YYYY-MM-DD or YYYY-MM)", value)
    text = value.strip()
    m = _MONTH.match(text)
    if m:
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12 or year < 1:
            raise FieldError("is not a date", value)
        return PartialDate(year, month)
    try:
        full = parse_date(text)
    except FieldError:
        raise FieldError("is not a date", value) from None
    assert full is not None
    return PartialDate.from_date(full)


def parse_number(
    value: object,
    *,
    required: bool = False,
    gt: float | None = None,
    ge: float | None = None,
    lt: float | None = None,
) -> float | None:
    if value is None:
        if required:
            raise FieldError("is required", show_value=False)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError("is not a number", value)
    number = float(value)
    if not math.isfinite(number):
        raise FieldError("is not a number", value)
    if gt is not None and not number > gt:
        raise FieldError(f"must be greater than {gt:g}", value)
    if ge is not None and not number >= ge:
        raise FieldError(f"must be at least {ge:g}", value)
    if lt is not None and not number < lt:
        raise FieldError(f"must be less than {lt:g}", value)
    return number


def number_from_input(text: str) -> float | None:
    """A number typed by a person ("38,5" or "38.5"); empty means absent."""
    text = text.strip()
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise FieldError("is not a number", text) from None


def parse_weight(value: object) -> float | None:
    return parse_number(value, gt=0, lt=500)


def parse_bool(value: object) -> bool | None:
    if value is None:
        return None
    if not isinstance(value, bool):
        raise FieldError("is not true or false", value)
    return value


def parse_choice(
    value: object, choices: tuple[str, ...], *, default: str | None = None
) -> str | None:
    if value is None:
        return default
    if not isinstance(value, str) or value not in choices:
        raise FieldError("is not one of " + ", ".join(choices), value)
    return value


def parse_language(value: object) -> str:
    if not isinstance(value, str) or not _BCP47.match(value):
        raise FieldError("is not a language tag (e.g. en, de, pt-BR)", value)
    return value
