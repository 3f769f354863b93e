"""Which reminders are due: pure functions of the record, today's date and the reminder log.

Nothing here reads a clock: callers pass ``today`` (the person's local calendar date) and, for
snoozes, ``now``. So the same code serves the desktop app's periodic check, the cron-friendly
``sm-card reminders`` and the tests, which walk through daylight-saving weekends, leap days and
year ends without patching anything.

Each device has stages: one per lead time (``lead:N``, N days before the expiry date, 0 = on the
day) and ``expired`` (the day after the expiry date). Only the latest stage reached is ever
offered, so a reminder whose day fell while the app was closed or the computer asleep is
delivered at the next check, and after 90 days away the person hears the one reminder that
matters now rather than a flood of stale ones. Each stage is delivered once: the log
(``Store.reminder_log``) remembers it by ``(device id, due_key)``. The due_key carries the
expiry date (``lead:30@2027-09-30``) so that correcting a mistyped expiry date re-arms the
reminders instead of leaving them silenced.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from sm_card.core.injectors import (
    DUE_SOON,
    EXPIRED,
    IN_DATE,
    REQUIRED_IN_DATE,
    PlaceStatus,
    days_left,
    device_status,
    devices_expiring_before,
    in_date_devices,
    places_short,
    soon_days_for,
)
from sm_card.core.models import Injector, Procedure, Profile
from sm_card.core.premedication import alarms, format_offset, procedure_start, step_time
from sm_card.core.settings import DEFAULTS

INJECTOR = "injector"
PERSON = "person"
PROCEDURE = "procedure"
PREMEDICATION = "premedication"  # a physician's premedication step before a procedure

# Reminder levels, most urgent first (the order reminders are listed in).
LEVEL_EXPIRED = "expired"
LEVEL_TOO_FEW = "too_few"
LEVEL_DUE_SOON = "due_soon"
LEVEL_PREPARE = "prepare"
LEVEL_PREMEDICATION = "premedication"
# A premedication step is due at an hour and passes with it: it leads the list.
_LEVEL_ORDER = {LEVEL_PREMEDICATION: -1, LEVEL_EXPIRED: 0, LEVEL_TOO_FEW: 1, LEVEL_DUE_SOON: 2,
                LEVEL_PREPARE: 3}

DEFAULT_LEAD_DAYS = DEFAULTS.lead_days
DEFAULT_PREPARE_DAYS = DEFAULTS.prepare_days
SNOOZE_HOUR = time(9, 0)
# A dismissed "carry two" warning comes back after this many days while it is still true: it
# has no stages of its own to come back at, and dismissed for good it stayed hidden for months
# for a person carrying one device after using the other.
CARRY_TWO_BACK_DAYS = 7
# Snooze on a premedication step: it is due now, not tomorrow morning (the next step, or the
# operation, may come before that).
PREMEDICATION_SNOOZE = timedelta(minutes=10)

LogEntry = Mapping[str, Any]  # notified_at, snoozed_until (datetime | None), dismissed (bool)
ReminderLog = Mapping[tuple[str, str], LogEntry]


class ReminderSink(Protocol):
    """Where delivered, snoozed and dismissed reminders are remembered (``Store`` is one).
    All the pairs of one call are remembered together (one transaction in the store)."""

    def record_reminders(
        self,
        keys: Iterable[tuple[str, str]],
        *,
        notified_at: datetime | None = None,
        snoozed_until: datetime | None = None,
        dismissed: bool | None = None,
    ) -> None: ...


@dataclass(frozen=True)
class Reminder:
    kind: str  # INJECTOR, PERSON or PROCEDURE
    level: str  # LEVEL_*
    profile_name: str
    subject_id: str  # device id, procedure id, or "person:<profile name>"
    due_key: str
    due_on: date  # the day this reminder fell due
    target_on: date | None  # expiry date or procedure date
    days_left: int | None  # target_on - today; negative once a device has expired
    lead_days: int | None = None
    title: str = ""  # product or procedure name
    dose_mg: float | None = None
    lot: str | None = None
    location: str | None = None
    in_date_count: int | None = None  # the person's in-date devices (for "carry two")
    new: bool = True  # not yet notified (or its snooze ran out)
    # Every (subject_id, due_key) this reminder settles when delivered, snoozed or dismissed:
    # its own, and the person's "fewer than two" warning when folded into a device's reminder.
    covers: tuple[tuple[str, str], ...] = field(default=())
    # For a procedure: the devices carried now that will be out of date on its day, as
    # (product, dose in mg, last day in date), so the reminder can say to replace them first.
    expiring: tuple[tuple[str, float, date], ...] = ()
    # For a premedication step: the physician's wording, its offset ("24 h"), the local time
    # it fell due and the procedure's local start.
    detail: str = ""
    offset: str = ""
    due_at: datetime | None = None
    target_at: datetime | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.subject_id, self.due_key)

    @property
    def says_carry_two(self) -> bool:
        """It holds the "carry two" warning (its own, or folded into a device's reminder)."""
        return any(_is_carry_two(k) for k in self.covers)


# --- what is due -----------------------------------------------------------------------------


def shift_days(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the ends of the calendar Python can represent.

    An expiry typed as 9999-12 ("never") or year 1 must not make the date arithmetic raise:
    that would stop every reminder of every person, not only that device's.
    """
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _lead_list(lead_days: Iterable[int]) -> list[int]:
    return sorted({int(d) for d in lead_days if int(d) >= 0}, reverse=True)


Stage = tuple[str, date, int | None]  # due_key, due date, lead days (None for expired)


def device_stages(injector: Injector, lead_days: Iterable[int]) -> list[Stage]:
    """(due_key, due date, lead days) for each stage of a device, in date order."""
    expiry = injector.expiry_date
    stages: list[Stage] = [
        (f"lead:{lead}@{expiry.isoformat()}", shift_days(expiry, -lead), lead)
        for lead in _lead_list(lead_days)
    ]
    if expiry < date.max:  # a device in date through the last representable day never expires
        stages.append((f"expired@{expiry.isoformat()}", shift_days(expiry, 1), None))
    return stages


def _current_stage(injector: Injector, today: date, lead_days: Iterable[int]) -> Stage | None:
    reached = [s for s in device_stages(injector, lead_days) if s[1] <= today]
    return reached[-1] if reached else None


def _aware_pair(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    """Make two datetimes comparable: a naive one is taken as the machine's local time."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.astimezone(), b.astimezone()
    return a, b


def _passed(moment: datetime, today: date, now: datetime | None) -> bool:
    if now is None:
        return moment.date() <= today
    now_, moment_ = _aware_pair(now, moment)
    return now_ >= moment_


def _is_carry_two(key: tuple[str, str]) -> bool:
    return key[1].startswith("too_few:")


def _state(entry: LogEntry | None, today: date, now: datetime | None,
           key: tuple[str, str] | None = None) -> str:
    """"new" (deliver), "seen" (keep showing, no new notification) or "hidden".

    A "carry two" warning is never hidden for good: dismissing it snoozes it (``dismiss``),
    and a flag written by an earlier version, which did hide it for good, is not obeyed.
    """
    if entry is None:
        return "new"
    if entry.get("dismissed") and not (key is not None and _is_carry_two(key)):
        return "hidden"
    snoozed = entry.get("snoozed_until")
    notified = entry.get("notified_at")
    if snoozed is not None:
        if not _passed(snoozed, today, now):
            return "hidden"
        if notified is None:
            return "new"
        notified_, snoozed_ = _aware_pair(notified, snoozed)
        return "new" if notified_ < snoozed_ else "seen"
    return "seen" if notified is not None else "new"


def _combined_state(keys: Sequence[tuple[str, str]], log: ReminderLog, today: date,
                    now: datetime | None) -> str:
    """A reminder covering several keys is new if any is new, hidden only if all are."""
    states = {_state(log.get(k), today, now, k) for k in keys}
    if "new" in states:
        return "new"
    return "seen" if "seen" in states else "hidden"


def _too_few_key(profile: Profile, today: date) -> tuple[str, str]:
    """Keyed on which devices are still in date, so a new shortfall reminds again."""
    ids = sorted(i.id for i in in_date_devices(profile, today))
    import hashlib  # here: `sm-card reminders` starts without OpenSSL unless needed

    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:12]
    return (f"person:{profile.name}", f"too_few:{len(ids)}@{digest}")


def pending_reminders(
    profiles: Iterable[Profile],
    today: date,
    lead_days: Iterable[int] = DEFAULT_LEAD_DAYS,
    log: ReminderLog | None = None,
    *,
    now: datetime | None = None,
    prepare_days: int | None = DEFAULT_PREPARE_DAYS,
) -> list[Reminder]:
    """Every reminder that should be on screen now: reached, not dismissed, not snoozed.

    ``new`` tells which of them still need a notification (see ``due_reminders``).
    ``prepare_days=None`` leaves procedures out.
    """
    log = log or {}
    leads = _lead_list(lead_days)
    out: list[Reminder] = []
    for profile in profiles:
        in_date = len(in_date_devices(profile, today))
        device_reminders: list[Reminder] = []
        for injector in profile.active_injectors:
            stage = _current_stage(injector, today, leads)
            if stage is None:
                continue
            due_key, due_on, lead = stage
            left = days_left(injector, today)
            device_reminders.append(Reminder(
                kind=INJECTOR,
                level=LEVEL_EXPIRED if left < 0 else LEVEL_DUE_SOON,
                profile_name=profile.name,
                subject_id=injector.id,
                due_key=due_key,
                due_on=due_on,
                target_on=injector.expiry_date,
                days_left=left,
                lead_days=lead,
                title=injector.product,
                dose_mg=injector.dose_mg,
                lot=injector.lot,
                location=injector.location,
                in_date_count=in_date,
                covers=((injector.id, due_key),),
            ))
        device_reminders.sort(key=_urgency)

        person_key = _too_few_key(profile, today) if in_date < REQUIRED_IN_DATE else None
        # The "carry two" warning rides on the most urgent reminder that is notified now
        # anyway, else on the most urgent one on screen: folding a new shortfall into a
        # reminder already told would notify that device's stage a second time.
        own_states = [_combined_state(r.covers, log, today, now) for r in device_reminders]
        fold_into = next((i for i, st in enumerate(own_states) if st == "new"),
                         next((i for i, st in enumerate(own_states) if st != "hidden"), None))
        folded = False
        for index, r in enumerate(device_reminders):
            keys = list(r.covers)
            if own_states[index] == "hidden":
                continue
            if person_key is not None and not folded and index == fold_into:
                # One message says both "this device is running out" and "carry two".
                keys.append(person_key)
                folded = True
            state = _combined_state(keys, log, today, now)
            if state != "hidden":
                out.append(_replace(r, new=state == "new", covers=tuple(keys)))
        if person_key is not None and not folded:
            state = _combined_state([person_key], log, today, now)
            if state != "hidden":
                out.append(Reminder(
                    kind=PERSON,
                    level=LEVEL_TOO_FEW,
                    profile_name=profile.name,
                    subject_id=person_key[0],
                    due_key=person_key[1],
                    due_on=today,
                    target_on=None,
                    days_left=None,
                    in_date_count=in_date,
                    new=state == "new",
                    covers=(person_key,),
                ))
        if prepare_days is not None:
            for procedure in profile.procedures:
                reminder = _procedure_reminder(profile, procedure, today, prepare_days, log, now)
                if reminder is not None:
                    out.append(reminder)
        out.extend(_premedication_reminders(profile, today, log, now))
    out.sort(key=_urgency)
    return out


def hidden_names(profiles: Iterable[Profile], pending: Iterable[Reminder], today: date,
                 lead_days: Iterable[int] = DEFAULT_LEAD_DAYS, *, now: datetime | None = None,
                 prepare_days: int | None = DEFAULT_PREPARE_DAYS) -> set[str]:
    """The people with a reminder that has fallen due but is hidden now (snoozed or
    dismissed): ``pending`` is what pending_reminders gave with the log."""
    shown = {key for r in pending for key in r.covers}
    reached = pending_reminders(profiles, today, lead_days, None, now=now,
                                prepare_days=prepare_days)
    return {r.profile_name for r in reached if any(key not in shown for key in r.covers)}


def _premedication_reminders(profile: Profile, today: date, log: ReminderLog,
                             now: datetime | None) -> list[Reminder]:
    """Each timed premedication step from its time until the procedure starts.

    Without ``now`` (a script that knows only the day) a step is due from its day on.
    """
    out = []
    for procedure in profile.procedures:
        start = procedure_start(procedure)
        if start is None:
            continue
        over = _passed(start, today, now) if now is not None else start.date() < today
        if over:
            continue
        for alarm in alarms(procedure):
            if not _passed(alarm.at, today, now):
                continue
            key = (procedure.id, alarm.key)
            state = _combined_state([key], log, today, now)
            if state == "hidden":
                continue
            out.append(Reminder(
                kind=PREMEDICATION,
                level=LEVEL_PREMEDICATION,
                profile_name=profile.name,
                subject_id=key[0],
                due_key=key[1],
                due_on=alarm.at.date(),
                target_on=procedure.planned_on,
                days_left=(start.date() - today).days,
                title=procedure.procedure,
                location=procedure.hospital,
                new=state == "new",
                covers=(key,),
                detail=alarm.step.what,
                offset=format_offset(alarm.step.minutes_before),
                due_at=alarm.at,
                target_at=start,
            ))
    return out


def next_alarm(profiles: Iterable[Profile], now: datetime) -> datetime | None:
    """The soonest premedication step still to come after ``now`` (local, naive), so the app
    can check at that minute instead of at its next periodic check."""
    moments = []
    for profile in profiles:
        for procedure in profile.procedures:
            for alarm in alarms(procedure):
                at, now_ = _aware_pair(alarm.at, now)
                if at > now_:
                    moments.append(alarm.at)
    return min(moments, default=None)


def _procedure_reminder(profile: Profile, procedure: Procedure, today: date, prepare_days: int,
                        log: ReminderLog, now: datetime | None) -> Reminder | None:
    if procedure.planned_on is None:
        return None
    due_on = shift_days(procedure.planned_on, -max(0, int(prepare_days)))
    if not due_on <= today <= procedure.planned_on:
        return None  # not yet, or the procedure is over
    key = (procedure.id, f"prepare@{procedure.planned_on.isoformat()}")
    state = _combined_state([key], log, today, now)
    if state == "hidden":
        return None
    return Reminder(
        kind=PROCEDURE,
        level=LEVEL_PREPARE,
        profile_name=profile.name,
        subject_id=key[0],
        due_key=key[1],
        due_on=due_on,
        target_on=procedure.planned_on,
        days_left=(procedure.planned_on - today).days,
        lead_days=prepare_days,
        title=procedure.procedure,
        location=procedure.hospital,
        new=state == "new",
        covers=(key,),
        expiring=_expiring(profile, procedure, today),
    )


def _expiring(profile: Profile, procedure: Procedure,
              today: date) -> tuple[tuple[str, float, date], ...]:
    """Devices in date today but not on the procedure's day (an expired one has its own)."""
    if procedure.planned_on is None:
        return ()
    return tuple((i.product, i.dose_mg, i.expiry_date)
                 for i in devices_expiring_before(profile, procedure.planned_on, today))


def due_reminders(
    profiles: Iterable[Profile],
    today: date,
    lead_days: Iterable[int] = DEFAULT_LEAD_DAYS,
    log: ReminderLog | None = None,
    *,
    now: datetime | None = None,
    prepare_days: int | None = DEFAULT_PREPARE_DAYS,
) -> list[Reminder]:
    """The reminders to notify now: at most one per device, each stage once."""
    return [r for r in pending_reminders(profiles, today, lead_days, log, now=now,
                                         prepare_days=prepare_days) if r.new]


def _urgency(r: Reminder) -> tuple:
    # Premedication steps: the one due last first. On the morning of the operation the
    # strip led with the step taken the evening before, and the one due now was among
    # "(and 5 more)".
    latest_first = -r.due_at.timestamp() if r.due_at is not None else 0.0
    return (_LEVEL_ORDER[r.level], r.days_left if r.days_left is not None else 0,
            latest_first, r.profile_name, r.title, r.subject_id)


def _replace(r: Reminder, **changes: Any) -> Reminder:
    return replace(r, **changes)


# --- remembering what the person was told ---------------------------------------------------


def mark_notified(sink: ReminderSink, reminders: Iterable[Reminder], now: datetime) -> None:
    sink.record_reminders([pair for r in reminders for pair in r.covers], notified_at=now)


def snooze(sink: ReminderSink, reminder: Reminder, until: datetime) -> None:
    sink.record_reminders(reminder.covers, snoozed_until=until)


def dismiss(sink: ReminderSink, reminder: Reminder, now: datetime) -> None:
    """Hide ``reminder``: a device's stage until the device's next stage; a "carry two"
    warning (alone, or folded into a device's reminder) for CARRY_TWO_BACK_DAYS, after which
    it is notified again while fewer than two devices are in date."""
    stages = [k for k in reminder.covers if not _is_carry_two(k)]
    carry_two = [k for k in reminder.covers if _is_carry_two(k)]
    if stages:
        sink.record_reminders(stages, dismissed=True)
    if carry_two:
        sink.record_reminders(carry_two,
                              snoozed_until=snooze_until(now, CARRY_TWO_BACK_DAYS))


def snooze_until(now: datetime, days: int = 1, at: time = SNOOZE_HOUR) -> datetime:
    """``at`` o'clock local time ``days`` later, by the wall clock (right across DST changes).

    With a zone-aware ``now`` (zoneinfo) the zone's rules apply; with a fixed-offset or naive
    ``now`` the machine's local rules for the target day do.
    """
    target = datetime.combine(now.date() + timedelta(days=days), at)
    tz = now.tzinfo
    if tz is not None and hasattr(tz, "key"):  # a zoneinfo zone knows its future offsets
        return target.replace(tzinfo=tz)
    if tz is None:
        return target
    return target.astimezone()


class MemoryLog:
    """The reminder log kept in memory, with the store's semantics (for scripts and tests)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], dict[str, Any]] = {}

    def reminder_log(self) -> dict[tuple[str, str], dict[str, Any]]:
        return {k: dict(v) for k, v in self._entries.items()}

    def record_reminder(self, subject_id: str, due_key: str, *,
                        notified_at: datetime | None = None,
                        snoozed_until: datetime | None = None,
                        dismissed: bool | None = None) -> None:
        self.record_reminders([(subject_id, due_key)], notified_at=notified_at,
                              snoozed_until=snoozed_until, dismissed=dismissed)

    def record_reminders(self, keys: Iterable[tuple[str, str]], *,
                         notified_at: datetime | None = None,
                         snoozed_until: datetime | None = None,
                         dismissed: bool | None = None) -> None:
        for subject_id, due_key in keys:
            entry = self._entries.setdefault(
                (subject_id, due_key),
                {"notified_at": None, "snoozed_until": None, "dismissed": False},
            )
            if notified_at is not None:
                entry["notified_at"] = notified_at
            if snoozed_until is not None:
                entry["snoozed_until"] = snoozed_until
            if dismissed is not None:
                entry["dismissed"] = dismissed


# --- the summary behind `sm-card reminders` --------------------------------------------------

OK = "ok"


@dataclass(frozen=True)
class DeviceLine:
    injector: Injector
    status: str  # IN_DATE, DUE_SOON, EXPIRED
    days_left: int


@dataclass(frozen=True)
class ProcedureLine:
    procedure: Procedure
    prepare_on: date
    days_left: int
    expiring: tuple[Injector, ...] = ()  # carried devices out of date by the procedure's day

    @property
    def planned_on(self) -> date:
        assert self.procedure.planned_on is not None  # summarize lists dated procedures only
        return self.procedure.planned_on


@dataclass(frozen=True)
class ProfileSummary:
    name: str
    devices: list[DeviceLine]
    in_date_count: int
    procedures: list[ProcedureLine]
    # Named places (a device's location) with fewer than two in-date devices. They do not
    # change the exit code, which stays about the person's devices as documented.
    places_short: tuple[PlaceStatus, ...] = ()

    @property
    def too_few(self) -> bool:
        return self.in_date_count < REQUIRED_IN_DATE

    @property
    def level(self) -> str:
        statuses = {d.status for d in self.devices}
        if EXPIRED in statuses or self.too_few:
            return EXPIRED
        return DUE_SOON if DUE_SOON in statuses else OK


@dataclass(frozen=True)
class Summary:
    today: date
    soon_days: int
    profiles: list[ProfileSummary]

    @property
    def level(self) -> str:
        """``expired`` (a device expired or fewer than two in date), ``due_soon`` or ``ok``."""
        levels = {p.level for p in self.profiles}
        return next((lv for lv in (EXPIRED, DUE_SOON) if lv in levels), OK)


def summarize(
    profiles: Iterable[Profile],
    today: date,
    lead_days: Iterable[int] = DEFAULT_LEAD_DAYS,
    prepare_days: int = DEFAULT_PREPARE_DAYS,
) -> Summary:
    """Every active device's status and the procedures to prepare for, for scripts."""
    soon = soon_days_for(_lead_list(lead_days))
    out = []
    for profile in profiles:
        devices = [DeviceLine(i, device_status(i, today, soon), days_left(i, today))
                   for i in profile.active_injectors]
        devices.sort(key=lambda d: d.days_left)
        procedures = []
        for pr in profile.procedures:
            if pr.planned_on is None:
                continue
            prepare_on = shift_days(pr.planned_on, -max(0, int(prepare_days)))
            if prepare_on <= today <= pr.planned_on:
                procedures.append(ProcedureLine(
                    pr, prepare_on, (pr.planned_on - today).days,
                    tuple(devices_expiring_before(profile, pr.planned_on, today))))
        out.append(ProfileSummary(profile.name, devices,
                                  len(in_date_devices(profile, today)), procedures,
                                  tuple(places_short(profile, today))))
    return Summary(today, soon, out)


def plain_number(value: float) -> float | int:
    """A dose as JSON and text show it: 0.3 stays 0.3, 2.0 becomes 2."""
    return int(value) if float(value).is_integer() else value


def _minute(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment is not None else None


def summary_to_json(summary: Summary) -> dict[str, Any]:
    return {
        "today": summary.today.isoformat(),
        "status": summary.level,
        "due_soon_days": summary.soon_days,
        "profiles": [
            {
                "name": p.name,
                "status": p.level,
                "in_date_count": p.in_date_count,
                "fewer_than_two_in_date": p.too_few,
                "places_fewer_than_two": [
                    {"place": pl.place, "in_date_count": pl.in_date_count}
                    for pl in p.places_short
                ],
                "injectors": [
                    {
                        "id": d.injector.id,
                        "product": d.injector.product,
                        "dose_mg": plain_number(d.injector.dose_mg),
                        "lot": d.injector.lot,
                        "location": d.injector.location,
                        "expires_on": str(d.injector.expires_on),
                        "expiry_date": d.injector.expiry_date.isoformat(),
                        "days_left": d.days_left,
                        "status": d.status,
                    }
                    for d in p.devices
                ],
                "procedures": [
                    {
                        "id": pl.procedure.id,
                        "procedure": pl.procedure.procedure,
                        "planned_on": pl.procedure.planned_on.isoformat()
                        if pl.procedure.planned_on else None,
                        "prepare_from": pl.prepare_on.isoformat(),
                        "days_left": pl.days_left,
                        "devices_expiring_before": [i.id for i in pl.expiring],
                        "planned_at": pl.procedure.planned_at.strftime("%H:%M")
                        if pl.procedure.planned_at else None,
                        # The physician's steps in their order; "at" only when the
                        # procedure has a date and a start time and the step a time.
                        "premedication_steps": [
                            {"what": step.what, "minutes_before": step.minutes_before,
                             "at": _minute(step_time(pl.procedure, step))}
                            for step in pl.procedure.premedication_steps
                        ],
                    }
                    for pl in p.procedures
                ],
            }
            for p in summary.profiles
        ],
    }


__all__ = [
    "DEFAULT_LEAD_DAYS", "DUE_SOON", "EXPIRED", "IN_DATE", "MemoryLog", "Reminder", "Summary",
    "due_reminders", "dismiss", "hidden_names", "mark_notified", "pending_reminders", "snooze",
    "snooze_until", "summarize", "summary_to_json",
]
