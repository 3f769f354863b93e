"""The reminder summary in words, for a terminal, a cron mail and calendar events.

``core.reminders`` decides what is due and returns facts (statuses, dates, counts); the
sentences are made here, so core stays free of wording and the desktop app words the same
facts in its own, translated way (gui/banner.py).
"""

from __future__ import annotations

from sm_card.core.injectors import DUE_SOON, EXPIRED
from sm_card.core.models import Injector
from sm_card.core.premedication import (
    format_offset,
    procedure_start,
    step_time,
    steps_in_time_order,
)
from sm_card.core.reminders import OK, ProfileSummary, Summary, plain_number


def _in_days(days: int) -> str:
    if days == 0:
        return "today"
    if days < 0:
        return f"{-days} day{'s' if days != -1 else ''} ago"
    return f"in {days} day{'s' if days != 1 else ''}"


def device_label(injector: Injector) -> str:
    dose = plain_number(injector.dose_mg)
    extras = [x for x in (f"lot {injector.lot}" if injector.lot else None, injector.location) if x]
    label = f"{injector.product} {dose} mg"
    return f"{label} ({', '.join(extras)})" if extras else label


def _urgency(p: ProfileSummary) -> tuple[int, int]:
    """A person with a device out of date (or fewer than two) first, then one with a device
    due soon, then the rest (a procedure to prepare for, a place short of two); at the same
    level, the one whose device runs out first."""
    soonest = min((d.days_left for d in p.devices if d.status in (EXPIRED, DUE_SOON)),
                  default=0)
    return (EXPIRED, DUE_SOON, OK).index(p.level), soonest


def summary_lines(summary: Summary) -> list[str]:
    """Plain-text lines for a terminal or a cron mail: only what needs doing, else one line.
    A family's mail leads with the person whose devices need replacing most urgently; each
    person's lines stay together, in the order the record lists the people otherwise."""
    lines = []
    for p in sorted(summary.profiles, key=_urgency):
        for d in p.devices:
            expiry = d.injector.expiry_date.isoformat()
            if d.status == EXPIRED:
                lines.append(f"{p.name}: EXPIRED {device_label(d.injector)}: in date until "
                             f"{expiry}, expired {_in_days(d.days_left + 1)}; replace it")
            elif d.status == DUE_SOON:
                lines.append(f"{p.name}: due soon {device_label(d.injector)}: in date until "
                             f"{expiry} ({_in_days(d.days_left)})")
        if p.too_few:
            count = p.in_date_count
            lines.append(f"{p.name}: WARNING only {count} in-date device{'s' if count != 1 else ''}"
                         "; carry two")
        for place in p.places_short:
            count = place.in_date_count
            lines.append(f"{p.name}: WARNING only {count} in-date device"
                         f"{'s' if count != 1 else ''} at {place.place}; carry two there")
        for pl in p.procedures:
            start = procedure_start(pl.procedure)
            when = (start.strftime("%Y-%m-%d %H:%M") if start is not None
                    else pl.planned_on.isoformat())
            lines.append(f"{p.name}: prepare for {pl.procedure.procedure} on "
                         f"{when} ({_in_days(pl.days_left)})")
            for step in steps_in_time_order(pl.procedure):
                at = step_time(pl.procedure, step)
                if at is not None:
                    lines.append(f"{p.name}: premedication at {at.strftime('%Y-%m-%d %H:%M')}"
                                 f" ({format_offset(step.minutes_before)} before): {step.what}")
                else:  # kept and printed, never alarmed (no start time, or no step time)
                    lines.append(f"{p.name}: premedication (no time set): {step.what}")
            for injector in pl.expiring:
                lines.append(f"{p.name}: {device_label(injector)} is in date only until "
                             f"{injector.expiry_date.isoformat()}, before "
                             f"{pl.procedure.procedure}; replace it first")
    if not lines:
        total = sum(len(p.devices) for p in summary.profiles)
        lines.append(f"Nothing due on {summary.today.isoformat()}: {total} device"
                     f"{'s' if total != 1 else ''} in date.")
    return lines
