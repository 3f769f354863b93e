"""The iCalendar export, parsed back with icalendar."""

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from sm_card.core import interchange
from sm_card.core.models import Injector, PartialDate, Procedure
from sm_card.core.store import Store
from sm_card.render.ics import alarm_order, render_ics

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


def example_profiles(example_text):
    return interchange.loads(example_text, today=TODAY).profiles


def events(data: bytes):
    cal = Calendar.from_ical(data)
    return cal, [c for c in cal.walk("VEVENT")]


def test_one_all_day_event_per_active_device(example_text):
    profiles = example_profiles(example_text)
    data = render_ics(profiles, now=NOW, lead_events=False)
    cal, evs = events(data)
    assert str(cal["VERSION"]) == "2.0" and "sm-card" in str(cal["PRODID"])
    active = profiles[0].active_injectors
    assert len(evs) == len(active) == 2  # the used Jext (expired in March) has no event
    for ev, device in zip(evs, active, strict=True):
        start = ev.decoded("DTSTART")
        assert type(start) is date and start == device.expiry_date
        assert ev.decoded("DTEND") == device.expiry_date + timedelta(days=1)
        assert ev["DTSTART"].params.get("VALUE") == "DATE"
        assert str(ev["UID"]) == f"{device.id}@sm-card"
        assert ev.decoded("DTSTAMP") == NOW
        text = str(ev["DESCRIPTION"])
        for part in (device.product, "0.3 mg", device.lot, device.location, "Alex Example"):
            assert part in text
    # month-only expiry 2027-09 -> event on 30 September
    assert evs[1].decoded("DTSTART") == date(2027, 9, 30)
    assert b"DTSTART;VALUE=DATE:20270930\r\n" in data


def test_alarms_most_important_first(example_text):
    profiles = example_profiles(example_text)
    data = render_ics(profiles, now=NOW, lead_days=[60, 30, 7, 0])
    _, evs = events(data)
    later = profiles[0].active_injectors[1]  # expires 2027-09-30: every lead day ahead
    (event,) = [ev for ev in evs if str(ev["UID"]) == f"{later.id}@sm-card"]
    alarms = [a for a in event.walk("VALARM")]
    triggers = [a.decoded("TRIGGER") for a in alarms]
    # 09:00 on each lead day; 30 days first (Outlook keeps only the first alarm)
    assert triggers == [timedelta(days=-30, hours=9), timedelta(days=-60, hours=9),
                        timedelta(days=-7, hours=9), timedelta(hours=9)]
    assert all(str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) for a in alarms)
    assert alarm_order([7, 0]) == [7, 0]
    assert alarm_order([90, 60, 14, 1]) == [14, 90, 60, 1]
    assert alarm_order([]) == []


def test_uids_survive_export_and_import_into_another_store(tmp_path, example_text):
    with Store.open(tmp_path / "a") as a:
        a.replace_profiles(example_profiles(example_text))
        first = render_ics(a.load_all(), now=NOW)
        moved = interchange.dumps(a.load_all(), now=NOW)
    with Store.open(tmp_path / "b") as b:
        b.replace_profiles(interchange.loads(moved, today=TODAY).profiles)
        later = NOW + timedelta(days=3)
        second = render_ics(b.load_all(), now=later)
    _, evs1 = events(first)
    _, evs2 = events(second)
    assert [str(e["UID"]) for e in evs1] == [str(e["UID"]) for e in evs2]
    # a later export is a newer revision of the same events
    assert all(int(e2["SEQUENCE"]) > int(e1["SEQUENCE"]) for e1, e2 in zip(evs1, evs2,
                                                                            strict=True))
    assert all(e.decoded("DTSTAMP") == later for e in evs2)


def test_procedure_preparation_event(example_text):
    profiles = example_profiles(example_text)
    op = Procedure(procedure="Knee arthroscopy", planned_on=date(2027, 1, 20),
                   hospital="City Hospital", id="op-1")
    profiles[0].procedures.append(op)
    profiles[0].procedures.append(Procedure(procedure="Undated"))
    _, evs = events(render_ics(profiles, now=NOW, prepare_days=14, lead_events=False))
    (prep,) = [e for e in evs if str(e["UID"]) == "op-1.prepare@sm-card"]
    assert prep.decoded("DTSTART") == date(2027, 1, 6)
    assert "Knee arthroscopy" in str(prep["SUMMARY"])
    assert "City Hospital" in str(prep["DESCRIPTION"])
    assert len(evs) == 3
    # the example's first EpiPen is in date until 2026-12-31 only, before the operation
    assert ("EpiPen 0.3 mg is in date only until 2026-12-31, before this procedure"
            in str(prep["DESCRIPTION"]))
    assert "2027-09-30" not in str(prep["DESCRIPTION"])


def test_wire_format_crlf_and_folding_with_long_non_latin_text(example_text):
    profiles = example_profiles(example_text)
    profiles[0].name = "李小龍 Αλέξανδρος Пример"
    profiles[0].injectors.append(Injector(product="neffy", dose_mg=2, expires_on=PartialDate(
        2028, 2), location="Schublade im Büro, zweites Fach von oben, hinter den Ordnern " * 2))
    data = render_ics(profiles, now=NOW, lead_events=False)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines)  # no bare LF anywhere
    assert max(len(line) for line in lines) <= 75  # folded at 75 octets
    _, evs = events(data)
    neffy = evs[-1]
    assert neffy.decoded("DTSTART") == date(2028, 2, 29)
    assert "Schublade im Büro" in str(neffy["DESCRIPTION"])
    assert "李小龍" in str(neffy["SUMMARY"]) and "2 mg" in str(neffy["SUMMARY"])


def test_expiry_at_the_ends_of_the_calendar_still_exports(example_text):
    profiles = example_profiles(example_text)
    profiles[0].injectors += [
        Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(9999, 12), id="never"),
        Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(1, 1), id="ancient")]
    profiles[0].procedures.append(Procedure(procedure="Scan", planned_on=date(1, 1, 3),
                                            id="op"))
    _, evs = events(render_ics(profiles, now=NOW))
    by_uid = {str(e["UID"]): e for e in evs}
    never = by_uid["never@sm-card"]
    assert never.decoded("DTSTART") == date(9999, 12, 31) and "DTEND" not in never
    assert by_uid["ancient@sm-card"].decoded("DTEND") == date(1, 2, 1)
    assert by_uid["op.prepare@sm-card"].decoded("DTSTART") == date(1, 1, 1)


def test_a_device_retired_before_its_expiry_is_cancelled_in_the_calendar(example_text):
    """The phone keeps the event from an earlier import: the new export must silence it."""
    profiles = example_profiles(example_text)
    device = profiles[0].injectors[1]  # EpiPen, in date until 2027-09-30
    before = {str(e["UID"]): e for e in events(render_ics(profiles, now=NOW))[1]}
    assert list(before[f"{device.id}@sm-card"].walk("VALARM"))
    device.status = "used"
    # exported again at once (the person replaced a pen and exported straight away): the
    # cancellation still has a higher SEQUENCE, or a calendar keeps the old alarms
    later = NOW + timedelta(seconds=20)
    after = {str(e["UID"]): e for e in events(render_ics(profiles, now=later))[1]}
    cancelled = after[f"{device.id}@sm-card"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert list(cancelled.walk("VALARM")) == []
    assert int(cancelled["SEQUENCE"]) > int(before[f"{device.id}@sm-card"]["SEQUENCE"])
    assert cancelled.decoded("DTSTART") == date(2027, 9, 30)
    # The Jext used in March 2026 had expired before this export: nothing to cancel.
    assert f"{profiles[0].injectors[2].id}@sm-card" not in after


def test_replace_soon_events_on_the_lead_days_for_calendars_without_alarms(example_text):
    """Google Calendar drops imported alarms: separate all-day events reach Android."""
    profiles = example_profiles(example_text)
    _, evs = events(render_ics(profiles, now=NOW, lead_days=[60, 30, 7, 0]))
    by_uid = {str(e["UID"]): e for e in evs}
    handbag, drawer = profiles[0].active_injectors  # expiring 2026-12-31 and 2027-09-30
    # 2026-12-31 less 60 days is 2026-11-01, already past on 2026-11-23: left out
    assert f"{handbag.id}-lead60@sm-card" not in by_uid
    for device, leads in ((handbag, (30, 7)), (drawer, (60, 30, 7))):
        for lead in leads:
            ev = by_uid[f"{device.id}-lead{lead}@sm-card"]
            day = device.expiry_date - timedelta(days=lead)
            assert ev.decoded("DTSTART") == day and ev.decoded("DTEND") == day + timedelta(1)
            assert ev["DTSTART"].params.get("VALUE") == "DATE"
            assert str(ev["SUMMARY"]).startswith("Replace soon: epinephrine EpiPen 0.3 mg")
            assert f"in {lead} days" in str(ev["SUMMARY"])
            assert device.expiry_date.isoformat() in str(ev["DESCRIPTION"])
            assert list(ev.walk("VALARM")) == []  # Apple and Outlook keep the expiry alarms
        assert f"{device.id}-lead0@sm-card" not in by_uid  # day 0 is the expiry event
    assert len(evs) == 2 + 2 + 3
    off = events(render_ics(profiles, now=NOW, lead_events=False))[1]
    assert not any("-lead" in str(e["UID"]) for e in off)


def test_lead_event_uids_are_stable_and_cancelled_with_the_device(example_text):
    profiles = example_profiles(example_text)
    drawer = profiles[0].active_injectors[1]
    first = {str(e["UID"]): e for e in events(render_ics(profiles, now=NOW))[1]}
    again = {str(e["UID"]): e for e in events(render_ics(profiles, now=NOW + timedelta(1)))[1]}
    assert set(first) == set(again)
    uid = f"{drawer.id}-lead30@sm-card"
    assert int(again[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
    drawer.status = "disposed"
    later = {str(e["UID"]): e for e in events(render_ics(profiles, now=NOW + timedelta(2)))[1]}
    for lead in (60, 30, 7):
        cancelled = later[f"{drawer.id}-lead{lead}@sm-card"]
        assert str(cancelled["STATUS"]) == "CANCELLED"
        assert cancelled.decoded("DTSTART") == first[f"{drawer.id}-lead{lead}@sm-card"].decoded(
            "DTSTART")
    assert str(later[f"{drawer.id}@sm-card"]["STATUS"]) == "CANCELLED"


def test_premedication_steps_become_alarms_and_events_at_their_times():
    from datetime import time

    from sm_card.core.models import PremedicationStep, Profile

    procedure = Procedure("Knee arthroscopy", date(2027, 1, 14), "City Hospital", id="p1",
                          planned_at=time(8, 30), premedication_steps=[
                              PremedicationStep("prednisone 50 mg by mouth", 13 * 60),
                              PremedicationStep("cetirizine 10 mg", 60),
                              PremedicationStep("no time given")])
    untimed = Procedure("Dental", date(2027, 2, 1), id="p2",
                        premedication_steps=[PremedicationStep("x", 60)])
    profile = Profile(name="Sam", procedures=[procedure, untimed])
    _, evs = events(render_ics([profile], now=NOW, prepare_days=None))
    by_uid = {str(ev["UID"]): ev for ev in evs}
    assert set(by_uid) == {"p1.start@sm-card", "p1.premed0@sm-card", "p1.premed1@sm-card"}
    start = by_uid["p1.start@sm-card"]
    assert start.decoded("DTSTART") == datetime(2027, 1, 14, 8, 30)  # floating local time
    assert str(start["LOCATION"]) == "City Hospital"
    # each step alarms once, from its own event: not also from the procedure's (a calendar
    # that keeps imported alarms rang twice)
    assert list(start.walk("VALARM")) == []
    assert "no time given" in str(start["DESCRIPTION"])  # listed, never alarmed
    assert [by_uid[f"p1.premed{i}@sm-card"].decoded("DTSTART") for i in (0, 1)] == [
        datetime(2027, 1, 13, 19, 30), datetime(2027, 1, 14, 7, 30)]
    first = by_uid["p1.premed0@sm-card"]
    assert "prednisone 50 mg by mouth" in str(first["SUMMARY"])
    assert [a.decoded("TRIGGER") for a in first.walk("VALARM")] == [timedelta(0)]


def test_alarms_already_past_are_left_out(example_text):
    """The example's EpiPen expires 2026-12-31; exported on 2026-11-23 its 60-day alarm
    (2026-11-01) is past: it could only go off late, saying "in 60 days" with 38 left."""
    _, evs = events(render_ics(example_profiles(example_text), now=NOW,
                               lead_days=[60, 30, 7, 0], lead_events=False))
    soon = evs[0]
    assert soon.decoded("DTSTART") == date(2026, 12, 31)
    triggers = [a.decoded("TRIGGER") for a in soon.walk("VALARM")]
    assert triggers == [timedelta(days=-30, hours=9), timedelta(days=-7, hours=9),
                        timedelta(hours=9)]
    assert all("in 60 days" not in str(a["DESCRIPTION"]) for a in soon.walk("VALARM"))
    # on its last day, after 09:00, nothing is left to ring; the event itself stays
    late = datetime(2026, 12, 31, 10, 0)
    _, evs = events(render_ics(example_profiles(example_text), now=late, lead_days=[7, 0],
                               lead_events=False))
    assert evs[0].decoded("DTSTART") == date(2026, 12, 31)
    assert list(evs[0].walk("VALARM")) == []


def test_a_device_carried_out_of_date_rings_on_the_day_of_the_export(example_text):
    """Found by a father setting up his phone: a child's pen expired a week before the export
    was only a past event without an alarm; a calendar alone gave no warning."""
    profiles = example_profiles(example_text)
    pen = profiles[0].active_injectors[0]  # in date until 2026-12-31
    afternoon = datetime(2027, 1, 7, 15, 30)  # local wall-clock time, a week later
    _, evs = events(render_ics(profiles, now=afternoon, lead_events=False))
    (alert,) = [ev for ev in evs if str(ev["UID"]) == f"{pen.id}-expired@sm-card"]
    assert alert.decoded("DTSTART") == date(2027, 1, 7)
    assert str(alert["SUMMARY"]).startswith("OUT OF DATE: epinephrine EpiPen 0.3 mg")
    (alarm,) = alert.walk("VALARM")
    # 09:00 is past: five minutes after the export, relative to the day's start
    assert alarm.decoded("TRIGGER") == timedelta(hours=15, minutes=35)
    morning = datetime(2027, 1, 8, 7, 0)
    _, evs = events(render_ics(profiles, now=morning, lead_events=False))
    (alert,) = [ev for ev in evs if str(ev["UID"]) == f"{pen.id}-expired@sm-card"]
    assert alert.decoded("DTSTART") == date(2027, 1, 8)  # the same UID moves to the new day
    assert alert.walk("VALARM")[0].decoded("TRIGGER") == timedelta(hours=9)
    # a device in date has no such event
    _, evs = events(render_ics(profiles, now=NOW, lead_events=False))
    assert not [ev for ev in evs if "-expired@" in str(ev["UID"])]
