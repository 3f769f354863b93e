"""The injectors' expiry dates as an iCalendar file (RFC 5545), so the phone reminds too.

One all-day event per active device on its last in-date day, with a UID made from the device id
so importing a newer export updates the event instead of adding a second one (the id travels in
the interchange file, so this holds across stores too). A device used or disposed before its
expiry is exported as the same event with STATUS:CANCELLED, so its old alarms stop. Alarms
fire at 09:00 local time on each lead day. Outlook keeps only the first alarm, so the first one
is the most useful alone: the first lead time that still leaves two weeks to get a new
prescription (30 days by default). Google Calendar is reported to drop imported alarms; the
event itself still shows.

So that an Android phone on Google Calendar also sees the warning before the day itself, each
lead day (60, 30, 7 days before by default; not 0, the expiry event's own day) also gets a
separate all-day "Replace soon" event without alarms (Apple and Outlook keep the alarms and
would remind twice). Its UID is ``<device id>-lead<days>@sm-card``: stable across exports like
the expiry event's, and cancelled with the device. Lead days already past are left out.
``lead_events=False`` (setting ``lead_events``, ``sm-card ics --no-lead-events``) leaves them all
out; events of an earlier export stay in the calendar until deleted there.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from sm_card import __version__
from sm_card.core.injectors import devices_expiring_before
from sm_card.core.models import Injector, Procedure, Profile
from sm_card.core.premedication import alarms, procedure_start
from sm_card.core.reminders import (
    DEFAULT_LEAD_DAYS,
    DEFAULT_PREPARE_DAYS,
    shift_days,
)
from sm_card.render.calendar_words import ENGLISH, CalendarWords

UID_DOMAIN = "sm-card"
ALARM_HOUR = 9
# An out-of-date device exported after 09:00 rings this long after the export (a trigger in
# the past would never ring).
EXPIRED_ALARM_AFTER_EXPORT = timedelta(minutes=5)
# A lead time that leaves at least this long to obtain a new device is preferred first.
_TIME_TO_REPLACE_DAYS = 14
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def device_uid(injector: Injector) -> str:
    return f"{injector.id}@{UID_DOMAIN}"


def lead_uid(injector: Injector, lead: int) -> str:
    return f"{injector.id}-lead{int(lead)}@{UID_DOMAIN}"


def procedure_uid(procedure: Procedure) -> str:
    return f"{procedure.id}.prepare@{UID_DOMAIN}"


def operation_uid(procedure: Procedure) -> str:
    return f"{procedure.id}.start@{UID_DOMAIN}"


def expired_uid(injector: Injector) -> str:
    return f"{injector.id}-expired@{UID_DOMAIN}"


def premedication_uid(procedure: Procedure, index: int) -> str:
    return f"{procedure.id}.premed{index}@{UID_DOMAIN}"


def alarm_order(lead_days: Iterable[int]) -> list[int]:
    """Lead times with the most important first, then the rest from the earliest."""
    leads = sorted({int(d) for d in lead_days if int(d) >= 0}, reverse=True)
    if not leads:
        return []
    roomy = [d for d in leads if d >= _TIME_TO_REPLACE_DAYS]
    first = min(roomy) if roomy else leads[0]
    return [first, *(d for d in leads if d != first)]


def _trigger(lead: int) -> timedelta:
    """From the event's start (midnight of the expiry day) to 09:00 on the lead day."""
    return timedelta(hours=ALARM_HOUR) - timedelta(days=lead)


def _alarm_passed(expiry: date, lead: int, local_now: datetime) -> bool:
    """Whether the alarm ``lead`` days before ``expiry`` is already behind ``local_now``."""
    try:
        return datetime.combine(expiry, time()) + _trigger(lead) < local_now
    except OverflowError:  # before year 1: long past
        return True


def _sequence(now: datetime) -> int:
    """Grows with every export, so calendars accept the newer copy as an update: seconds
    since 2024 (minutes gave two exports in the same minute the same number, and a calendar may
    ignore the second: a pen replaced and exported again at once kept its old alarms).
    Larger than any minute count written before, and within 32 bits until 2092."""
    moment = now if now.tzinfo else now.astimezone()
    return max(0, int((moment - _SEQUENCE_EPOCH).total_seconds()))


def render_ics(
    profiles: Iterable[Profile],
    *,
    now: datetime,
    lead_days: Iterable[int] = DEFAULT_LEAD_DAYS,
    prepare_days: int | None = DEFAULT_PREPARE_DAYS,
    lead_events: bool = True,
    gone: Iterable[tuple[str, Injector]] = (),
    words: CalendarWords = ENGLISH,
) -> bytes:
    """The calendar as bytes (CRLF line ends and line folding done by icalendar).

    ``gone``: (person, device) for devices an earlier export held that the record no longer
    has (core/calendar_export.gone_since): their events are cancelled like a used one's.
    ``words``: the sentences (the window's are in the person's language)."""
    from icalendar import Alarm, Calendar, Event

    stamp = (now if now.tzinfo else now.astimezone()).astimezone(UTC)
    sequence = _sequence(now)
    stamp_day = (now if now.tzinfo else now.astimezone()).date()
    # The wall-clock time now, to compare with alarms on all-day (floating) events.
    local_now = (now.astimezone() if now.tzinfo else now).replace(tzinfo=None)
    leads = alarm_order(lead_days)

    cal = Calendar()
    cal.add("prodid", f"-//sm-card//sm-card {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", words.calendar_name())

    def all_day(event: Event, day: date) -> None:
        event.add("dtstart", day)
        if day < date.max:  # without DTEND an all-day event lasts that one day (RFC 5545)
            event.add("dtend", day + timedelta(days=1))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("transp", "TRANSPARENT")

    def cancel(person: str, injector: Injector) -> None:
        """A device used, replaced or removed since an earlier export still has events with
        alarms in the phone's calendar: the same UIDs, cancelled, silence them."""
        if injector.expiry_date < stamp_day:
            return
        event = Event()
        event.add("uid", device_uid(injector))
        event.add("summary", words.cancelled_summary(injector, person))
        all_day(event, injector.expiry_date)
        event.add("status", "CANCELLED")
        event.add("description", words.cancelled_description(injector))
        cal.add_component(event)
        if lead_events:
            for lead, day in _lead_days(injector.expiry_date, leads, stamp_day):
                event = Event()
                event.add("uid", lead_uid(injector, lead))
                event.add("summary", words.cancelled_lead_summary(injector, person))
                all_day(event, day)
                event.add("status", "CANCELLED")
                cal.add_component(event)

    def out_of_date(person: str, injector: Injector) -> Event:
        """A device carried though already out of date: its expiry day and every alarm lie in
        the past, so nothing would ring. An event today rings soon (at 09:00, or a few
        minutes after the export when that has passed); exported again on a later day, the
        same UID moves it to that day."""
        event = Event()
        event.add("uid", expired_uid(injector))
        event.add("summary", words.out_of_date_summary(injector, person))
        all_day(event, stamp_day)
        event.add("description", words.out_of_date_description(injector, person))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words.out_of_date_alarm(injector, person))
        since_midnight = local_now - datetime.combine(stamp_day, time())
        alarm.add("trigger", max(timedelta(hours=ALARM_HOUR),
                                 since_midnight + EXPIRED_ALARM_AFTER_EXPORT))
        event.add_component(alarm)
        return event

    for person, injector in gone:
        cancel(person, injector)
    for profile in profiles:
        for injector in profile.active_injectors:
            expiry = injector.expiry_date
            event = Event()
            event.add("uid", device_uid(injector))
            event.add("summary", words.expires_summary(injector, profile.name))
            all_day(event, expiry)
            event.add("description",
                      "\n".join(words.device_description(injector, profile.name)))
            for lead in leads:
                if _alarm_passed(expiry, lead, local_now):
                    # It could only go off late: "in 90 days" for a device with 25 days left.
                    continue
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", words.expiry_alarm(injector, profile.name, lead))
                alarm.add("trigger", _trigger(lead))
                event.add_component(alarm)
            cal.add_component(event)
            if expiry < stamp_day:
                cal.add_component(out_of_date(profile.name, injector))
            if lead_events:
                for lead, day in _lead_days(expiry, leads, stamp_day):
                    event = Event()
                    event.add("uid", lead_uid(injector, lead))
                    event.add("summary", words.lead_summary(injector, profile.name, lead))
                    all_day(event, day)
                    event.add("description",
                              words.lead_description(injector, profile.name, lead))
                    cal.add_component(event)
        for injector in profile.injectors:
            if injector.status != "active":
                cancel(profile.name, injector)
        for procedure in profile.procedures:
            _add_premedication(cal, profile, procedure, stamp, sequence, words)
        if prepare_days is None:
            continue
        for procedure in profile.procedures:
            if procedure.planned_on is None:
                continue
            day = shift_days(procedure.planned_on, -max(0, int(prepare_days)))
            event = Event()
            event.add("uid", procedure_uid(procedure))
            event.add("summary", words.prepare_summary(procedure, profile.name))
            all_day(event, day)
            expiring = devices_expiring_before(profile, procedure.planned_on, stamp_day)
            event.add("description", "\n".join(words.prepare_description(
                procedure, profile.name, procedure.planned_on, list(expiring))))
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", words.prepare_alarm(procedure, procedure.planned_on))
            alarm.add("trigger", timedelta(hours=ALARM_HOUR))
            event.add_component(alarm)
            cal.add_component(event)
    return cal.to_ical()


def _add_premedication(cal, profile: Profile, procedure: Procedure, stamp: datetime,
                       sequence: int, words: CalendarWords) -> None:
    """A timed procedure: an event at its start, and each premedication step as an event of
    its own at its time with one alarm. (The steps were once alarms on the procedure's event
    as well: a calendar that keeps imported alarms then rang twice for each step; one that
    drops them still shows each step's event at its time.)

    Times are floating local times (no zone): the hour the hospital gave, wherever the phone
    is. A procedure without a start time gets none of these: the app never guesses an hour.
    """
    from icalendar import Alarm, Event

    start = procedure_start(procedure)
    if start is None:
        return
    steps = alarms(procedure)
    event = Event()
    event.add("uid", operation_uid(procedure))
    event.add("summary", f"{procedure.procedure} ({profile.name})")
    event.add("dtstart", start)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    if procedure.hospital:
        event.add("location", procedure.hospital)
    event.add("description",
              "\n".join(words.procedure_description(procedure, profile.name, start)))
    cal.add_component(event)
    for index, alarm_ in enumerate(steps):
        step_event = Event()
        step_event.add("uid", premedication_uid(procedure, index))
        step_event.add("summary", words.premedication_summary(alarm_, profile.name))
        step_event.add("dtstart", alarm_.at)
        step_event.add("dtstamp", stamp)
        step_event.add("sequence", sequence)
        step_event.add("description", words.premedication_text(alarm_))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words.premedication_alarm(alarm_, profile.name))
        alarm.add("trigger", timedelta(0))
        step_event.add_component(alarm)
        cal.add_component(step_event)


def _lead_days(expiry: date, leads: Iterable[int], today: date) -> list[tuple[int, date]]:
    """(lead, day) of each "replace soon" event: lead days before the expiry day, not past."""
    days = []
    for lead in sorted(set(leads), reverse=True):
        if lead <= 0:
            continue
        day = shift_days(expiry, -lead)
        if day >= today:
            days.append((lead, day))
    return days
