"""A refused value worded in the person's language.

core/validation.FieldError says what went wrong twice: an English sentence for the CLI and
the importer, and a stable ``code`` with its facts (``params``) as data. The window words the
code here, one sentence per code under the context "FieldErrors", with the field's label, the
value as typed (quoted and isolated by direction: it is the person's text) and the limits.
A code this module does not know yet falls back to the English sentence, never to nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from sm_card.core import validation as v
from sm_card.gui.bidi import isolate
from sm_card.gui.i18n import translate

_SHOWN_MAX = 60  # characters of a typed value shown in a message, as the CLI shows


def _number(value: object) -> str:
    """A limit or value written the way the person's locale writes numbers."""
    locale = QLocale()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return locale.toString(value) if abs(value) < 2**63 else str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return locale.toString(int(value))
    if isinstance(value, float):
        return locale.toString(value, "g", 12)
    return str(value)


def shown_value(value: object) -> str:
    """The value for a sentence: text quoted the language's way, escaped (no control or bidi
    character acts on the message), cut at 60 characters, and isolated by direction."""
    if isinstance(value, str):
        text = value if len(value) <= _SHOWN_MAX else value[:_SHOWN_MAX - 3] + "..."
        quoted = translate("FieldErrors", '"{text}"',
                           "quotation marks around a value the person typed")
        return isolate(quoted.format(text=v.escape(text)))
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
        return translate("FieldErrors", "a number too large to show")
    return isolate(_number(value))


def _sentence(code: str) -> str | None:
    """The translated sentence for ``code`` with {label}, {value} and the code's params."""
    # One literal translate() per sentence: lupdate reads only literal calls.
    if code == "required":
        return translate("FieldErrors", "{label} is required")
    if code == "too_long":
        return translate("FieldErrors", "{label} is longer than {limit} characters")
    if code == "too_many":
        return translate("FieldErrors", "{label} holds more than {limit} entries")
    if code == "not_text":
        return translate("FieldErrors", "{label} {value} is not text")
    if code == "lone_surrogate":
        return translate("FieldErrors", "{label} {value} contains an invalid character")
    if code == "empty":
        return translate("FieldErrors", "{label} must not be empty")
    if code == "invisible_only":
        return translate("FieldErrors", "{label} holds only invisible characters")
    if code == "control_character":
        return translate("FieldErrors", "{label} {value} contains a control character")
    if code == "line_break":
        return translate("FieldErrors",
                         "{label} {value} contains a line break or control character")
    if code == "bidi_override":
        return translate("FieldErrors",
                         "{label} {value} contains a bidirectional override character")
    if code == "not_a_phone":
        return translate("FieldErrors",
                         '{label} {value} is not a phone number (digits, spaces, + - ( ) '
                         'and an optional extension such as "ext. 12")')
    if code == "too_few_digits":
        return translate("FieldErrors", "{label} {value} has fewer than {minimum} digits")
    if code == "not_a_date":
        return translate("FieldErrors", "{label} {value} is not a date")
    if code == "not_iso_date":
        return translate("FieldErrors", "{label} {value} is not a date (YYYY-MM-DD)")
    if code == "not_iso_partial_date":
        return translate("FieldErrors",
                         "{label} {value} is not a date (YYYY-MM-DD or YYYY-MM)")
    if code == "not_a_typed_date":
        return translate("FieldErrors",
                         "{label} {value} is not a date (e.g. 2027-03-31 or 31.03.2027)")
    if code == "not_a_typed_month":
        return translate("FieldErrors",
                         "{label} {value} is not a date (e.g. 2027-03-31, 31.03.2027, "
                         "or 03/2027 for a month)")
    if code == "in_future":
        return translate("FieldErrors", "{label} {value} is in the future")
    if code == "not_a_number":
        return translate("FieldErrors", "{label} {value} is not a number")
    if code == "too_large":
        return translate("FieldErrors", "{label} {value} is too large")
    if code == "greater_than":
        return translate("FieldErrors", "{label} {value} must be greater than {limit}")
    if code == "at_least":
        return translate("FieldErrors", "{label} {value} must be at least {limit}")
    if code == "less_than":
        return translate("FieldErrors", "{label} {value} must be less than {limit}")
    if code == "at_most":
        return translate("FieldErrors", "{label} {value} must be at most {limit}")
    if code == "not_whole_minutes":
        return translate("FieldErrors", "{label} {value} is not a whole number of minutes")
    if code == "minutes_range":
        return translate("FieldErrors",
                         "{label} {value} must be from {low} to {high} minutes")
    if code == "not_an_offset":
        return translate("FieldErrors",
                         '{label} {value} is not a time before the procedure '
                         '(e.g. "24 h", "30 min")')
    if code == "offset_not_whole":
        return translate("FieldErrors", "{label} {value} must be whole minutes")
    if code == "offset_too_far":
        return translate("FieldErrors", "{label} {value} must be at most {days} days before")
    if code == "not_a_time":
        return translate("FieldErrors", "{label} {value} is not a time (HH:MM, 24-hour)")
    if code == "not_a_typed_time":
        return translate("FieldErrors", "{label} {value} is not a time (e.g. 08:30, 8.30 or "
                         "2:15 pm)")
    if code == "not_a_bool":
        return translate("FieldErrors", "{label} {value} is not true or false")
    if code == "not_a_choice":
        return translate("FieldErrors", "{label} {value} is not one of {choices}")
    if code == "not_a_language":
        return translate("FieldErrors",
                         "{label} {value} is not a language tag (e.g. en, de, pt-BR)")
    return None


def field_error_text(label: str, err: v.FieldError) -> str:
    """What the window shows for ``err`` in the field called ``label`` (already translated):
    'Ablaufdatum „2027-13“ ist kein Datum'."""
    sentence = _sentence(err.code)
    if sentence is None:  # a code added in core and not worded here yet: English, not silence
        return err.for_label(label)
    facts = {key: (", ".join(map(str, value)) if isinstance(value, tuple) else _number(value))
             for key, value in err.params.items()}
    value = shown_value(err.value) if err.value is not None else ""
    return sentence.format(label=label, value=value, **facts)
