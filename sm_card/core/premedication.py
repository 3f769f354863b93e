"""The physician's premedication steps before a procedure, and when each falls due.

A step is the physician's wording (kept as written) and a time before the procedure's start
("24 h", "13 h", "1 h"). Only a procedure with a date and a start time has alarms: the app
never guesses an hour. Times are the person's local wall-clock times (naive datetimes), as a
hospital gives them; callers compare them with an aware ``now`` through the local zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sm_card.core.models import PremedicationStep, Procedure
from sm_card.core.validation import NUMBER_LIMITS, FieldError

_PART = re.compile(r"\s*([0-9]+(?:[.,][0-9]+)?)\s*([^\W\d_]+\.?)\s*")
# The units people write, in the languages of the interface (English, German, Spanish).
_MINUTES = {
    **dict.fromkeys(("d", "day", "days", "tag", "tage", "tagen", "día", "días", "dia", "dias"),
                    1440),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "std", "std.", "stunde", "stunden",
                     "hora", "horas"), 60),
    **dict.fromkeys(("m", "min", "mins", "min.", "minute", "minutes", "minuten", "minuto",
                     "minutos"), 1),
}


# "before" written after the time, as people say it: the field asks for a time before anyway.
_BEFORE = re.compile(r"\s*(?:before|prior|vorher|davor|antes)\s*$", re.IGNORECASE)


def parse_offset(text: str) -> int | None:
    """Minutes from a typed offset: "24 h", "1.5 h", "30 min", "1 h 30 min", "2 d", and the
    same in German or Spanish ("13 Std.", "1 Tag", "2 horas"); empty is None (a step without
    a time). Raises FieldError naming what is wrong."""
    if not text.strip():
        return None
    text = _BEFORE.sub("", text.strip()).strip() or text.strip()  # "12 Std. vorher"
    total = 0.0
    pos = 0
    while pos < len(text):
        match = _PART.match(text, pos)
        unit = _MINUTES.get(match.group(2).casefold()) if match is not None else None
        if match is None or unit is None:
            raise FieldError('is not a time before the procedure (e.g. "24 h", "30 min")', text,
                             code="not_an_offset")
        total += float(match.group(1).replace(",", ".")) * unit
        pos = match.end()
    minutes = round(total)
    if abs(total - minutes) > 1e-9:
        raise FieldError("must be whole minutes", text, code="offset_not_whole")
    low, high = NUMBER_LIMITS["minutes_before"]
    if not low <= minutes <= high:
        raise FieldError(f"must be at most {int(high) // 1440} days before", text,
                         code="offset_too_far", params={"days": int(high) // 1440})
    return minutes


def format_offset(minutes: int | None) -> str:
    """1440 → "24 h", 90 → "1 h 30 min", 30 → "30 min"; None → "" (no time given)."""
    if minutes is None:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def steps_in_time_order(procedure: Procedure) -> list[PremedicationStep]:
    """The steps as a reader follows them: the earliest (most time before the start) first,
    steps without a time last; steps at the same time keep the order they were written in.
    (Typed in any order, "1 h" above "48 h" read as the first thing to do.)"""
    timed = [s for s in procedure.premedication_steps if s.minutes_before is not None]
    untimed = [s for s in procedure.premedication_steps if s.minutes_before is None]
    return sorted(timed, key=lambda s: -(s.minutes_before or 0)) + untimed


def procedure_start(procedure: Procedure) -> datetime | None:
    """The local start of a procedure with both a date and a time, else None."""
    if procedure.planned_on is None or procedure.planned_at is None:
        return None
    return datetime.combine(procedure.planned_on, procedure.planned_at)


def step_time(procedure: Procedure, step: PremedicationStep) -> datetime | None:
    """When a step falls due (local), or None when the procedure or the step has no time."""
    start = procedure_start(procedure)
    if start is None or step.minutes_before is None:
        return None
    return start - timedelta(minutes=step.minutes_before)


@dataclass(frozen=True)
class Alarm:
    procedure: Procedure
    step: PremedicationStep
    at: datetime  # local wall-clock time the step falls due

    @property
    def key(self) -> str:
        """Names this alarm in the reminder log: a changed time or wording re-arms it."""
        import hashlib  # on first use: `reminders` runs daily from cron and starts lean

        digest = hashlib.sha256(self.step.what.encode("utf-8")).hexdigest()[:10]
        return f"premed:{self.step.minutes_before}@{self.at.isoformat()}#{digest}"

    @property
    def text(self) -> str:
        """"24 h before Knee arthroscopy (2027-01-14 08:30): prednisone 50 mg" style."""
        start = procedure_start(self.procedure)
        when = start.strftime("%Y-%m-%d %H:%M") if start else ""
        return (f"{format_offset(self.step.minutes_before)} before "
                f"{self.procedure.procedure} ({when}): {self.step.what}")


def alarms(procedure: Procedure) -> list[Alarm]:
    """The procedure's timed steps, earliest first (steps without a time have none)."""
    out = []
    for step in procedure.premedication_steps:
        at = step_time(procedure, step)
        if at is not None:
            out.append(Alarm(procedure, step, at))
    return sorted(out, key=lambda a: a.at)
