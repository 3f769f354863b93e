"""Reminders in words: one sentence per reminder for the strip (gui/reminder_strip.py) and
the tray, and the strip's state (one colour each) for a reminder.
"""

from __future__ import annotations

from datetime import date

from sm_card.core.reminders import (
    INJECTOR,
    LEVEL_DUE_SOON,
    LEVEL_EXPIRED,
    LEVEL_PREMEDICATION,
    LEVEL_PREPARE,
    LEVEL_TOO_FEW,
    Reminder,
)
from sm_card.gui import carry_two
from sm_card.gui.bidi import isolate
from sm_card.gui.i18n import translate


def _dose(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value) if float(value).is_integer() else value} mg"


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def device_words(r: Reminder) -> str:
    words = isolate(" ".join(x for x in (r.title, _dose(r.dose_mg)) if x))
    if r.location:
        words = translate("Reminders", "{device} (kept in: {location})").format(
            device=words, location=isolate(r.location))
    return words


def describe(r: Reminder) -> str:
    """One sentence for the strip and the tray, in the person's language.

    The person's own words (names, products, places) are isolated by direction: an Arabic
    name must not turn an English sentence right-to-left (gui/bidi.py)."""
    name = isolate(r.profile_name)
    if r.level == LEVEL_EXPIRED:
        text = translate(
            "Reminders", "{name}: {device} is out of date (last day in date: {date}). "
            "Replace it.").format(name=name, device=device_words(r), date=_day(r.target_on))
    elif r.level == LEVEL_DUE_SOON and r.days_left == 0:
        text = translate(
            "Reminders", "{name}: today is the last day {device} is in date. "
            "Replace it.").format(name=name, device=device_words(r))
    elif r.level == LEVEL_DUE_SOON:
        text = translate(
            "Reminders", "{name}: {device} is in date until {date} ({days} days left). "
            "Get a new one.").format(name=name, device=device_words(r),
                                     date=_day(r.target_on), days=r.days_left)
    elif r.level == LEVEL_PREPARE and r.days_left == 0:  # not "(0 days)"
        text = translate(
            "Reminders", "{name}: {procedure} is today ({date}). Take the pre-operative "
            "letter and your devices.").format(
            name=name, procedure=isolate(r.title), date=_day(r.target_on))
    elif r.level == LEVEL_PREPARE:
        text = translate(
            "Reminders", "{name}: {procedure} is planned on {date} ({days} days). Prepare: "
            "print the pre-operative letter and check your devices.").format(
            name=name, procedure=isolate(r.title), date=_day(r.target_on),
            days=r.days_left)
        for product, dose, last_day in r.expiring:
            text += " " + translate(
                "Reminders", "{device} is in date only until {date}, before the procedure: "
                "replace it first.").format(
                device=isolate(" ".join(x for x in (product, _dose(dose)) if x)),
                date=last_day.isoformat())
    elif r.level == LEVEL_PREMEDICATION:
        # The physician's wording, quoted as recorded; the app adds only the time.
        text = translate(
            "Reminders", "{name}: premedication {offset} before {procedure} ({start}): "
            "{what}").format(
            name=r.profile_name, offset=r.offset, procedure=r.title,
            start=r.target_at.strftime("%Y-%m-%d %H:%M") if r.target_at else "",
            what=r.detail)
    else:
        text = ""
    if carries_too_few(r):
        short = carry_two.too_few(r.in_date_count or 0)
        text = short if not text else f"{text} {short}"
        if r.level == LEVEL_TOO_FEW:
            text = f"{name}: {text}"
    return text


def carries_too_few(r: Reminder) -> bool:
    """The reminder says "carry two" (alone, or folded into a device's reminder)."""
    return r.level == LEVEL_TOO_FEW or (r.kind == INJECTOR and r.in_date_count is not None
                                        and r.in_date_count < 2 and len(r.covers) > 1)


# The strip's states (gui/reminder_strip.py gives each one colour). "Act now" covers an
# expired device and fewer than two in date, whether the shortfall comes alone or folded into
# a device's reminder: the same state never shows in two colours.
STATE_NONE = "none"
STATE_ACT_NOW = "act_now"
STATE_SOON = "soon"
STATE_PREPARE = "prepare"


def state_of(r: Reminder | None) -> str:
    if r is None:
        return STATE_NONE
    if r.level in (LEVEL_EXPIRED, LEVEL_TOO_FEW) or carries_too_few(r):
        return STATE_ACT_NOW
    # A premedication step is due at its minute: yellow, as a device due soon.
    return STATE_SOON if r.level in (LEVEL_DUE_SOON, LEVEL_PREMEDICATION) else STATE_PREPARE
