"""Reminder logic with an injected clock: each stage once, catch-up without a flood, DST."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from sm_card.core.models import Injector, PartialDate, Procedure, Profile
from sm_card.core.reminders import (
    LEVEL_DUE_SOON,
    LEVEL_EXPIRED,
    LEVEL_PREPARE,
    LEVEL_TOO_FEW,
    MemoryLog,
    dismiss,
    due_reminders,
    mark_notified,
    pending_reminders,
    snooze,
    snooze_until,
    summarize,
    summary_to_json,
)
from sm_card.core.store import Store
from sm_card.render.reminder_text import summary_lines

LEADS = [60, 30, 7, 0]


def pen(expires: str, **kw) -> Injector:
    y, m, *d = (int(x) for x in expires.split("-"))
    return Injector(product=kw.pop("product", "EpiPen"), dose_mg=0.3,
                    expires_on=PartialDate(y, m, d[0] if d else None), **kw)


def days(start: date, end: date):
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


def run_daily(profiles, start, end, log, leads=LEADS, prepare_days=14):
    """A check once a day, as the app or cron would: [(day, subject, due_key)] delivered."""
    delivered = []
    for day in days(start, end):
        due = due_reminders(profiles, day, leads, log.reminder_log(), prepare_days=prepare_days)
        mark_notified(log, due, datetime.combine(day, time(9)))
        delivered += [(day, r.subject_id, r.due_key) for r in due]
    return delivered


def test_each_lead_time_reminds_once_on_its_day():
    a, b = pen("2027-03-31", id="a"), pen("2027-09", id="b")
    # two devices so the "carry two" warning stays out until one expires
    profile = Profile(name="P", injectors=[a, b, pen("2030-01", id="c")])
    delivered = run_daily([profile], date(2027, 1, 1), date(2027, 4, 30), MemoryLog())
    assert [(d, k) for d, s, k in delivered if s == "a"] == [
        (date(2027, 1, 30), "lead:60@2027-03-31"),
        (date(2027, 3, 1), "lead:30@2027-03-31"),
        (date(2027, 3, 24), "lead:7@2027-03-31"),
        (date(2027, 3, 31), "lead:0@2027-03-31"),
        (date(2027, 4, 1), "expired@2027-03-31"),
    ]
    assert [s for _, s, _ in delivered if s != "a"] == []  # b is still > 60 days away


def test_29_february_month_only_expiry():
    profile = Profile(name="P", injectors=[pen("2028-02", id="leap"), pen("2029-01", id="x"),
                                           pen("2029-02", id="y")])
    delivered = run_daily([profile], date(2028, 2, 1), date(2028, 3, 5), MemoryLog(), leads=[7, 0])
    assert [(d, k) for d, s, k in delivered if s == "leap"] == [
        (date(2028, 2, 22), "lead:7@2028-02-29"),
        (date(2028, 2, 29), "lead:0@2028-02-29"),
        (date(2028, 3, 1), "expired@2028-02-29"),
    ]


def test_31_december_into_the_new_year():
    profile = Profile(name="P", injectors=[pen("2026-12-31", id="nye"), pen("2028-01", id="x"),
                                           pen("2028-02", id="y")])
    delivered = run_daily([profile], date(2026, 12, 1), date(2027, 1, 10), MemoryLog())
    assert [(d, k) for d, s, k in delivered if s == "nye"] == [
        (date(2026, 12, 1), "lead:30@2026-12-31"),  # first check already inside the 30 days
        (date(2026, 12, 24), "lead:7@2026-12-31"),
        (date(2026, 12, 31), "lead:0@2026-12-31"),
        (date(2027, 1, 1), "expired@2026-12-31"),
    ]
    # when the device expires the person is left with one in-date device: said in the same one
    expired = [r for r in pending_reminders([profile], date(2027, 1, 1), LEADS)
               if r.subject_id == "nye"][0]
    assert expired.level == LEVEL_EXPIRED and expired.in_date_count == 2
    profile.injectors.pop(1)  # now only y is in date
    expired = [r for r in pending_reminders([profile], date(2027, 1, 1), LEADS)
               if r.subject_id == "nye"][0]
    assert expired.in_date_count == 1
    assert ("person:P", expired.covers[1][1]) in expired.covers


def test_app_closed_for_90_days_delivers_the_one_that_matters_once(tmp_path):
    """Catch-up after a long absence: the latest stage per device, once, from the real store."""
    soon = pen("2027-02-15", id="soon")  # passes lead 30, 7, 0 and expiry while away
    later = pen("2027-04-20", id="later")  # passes lead 60 while away
    far = pen("2028-06", id="far")
    profile = Profile(name="Alex", injectors=[soon, later, far])
    last_seen = date(2027, 1, 10)
    with Store.open(tmp_path / "d") as store:
        store.replace_profiles([profile])
        first = due_reminders(store.load_all(), last_seen, LEADS, store.reminder_log())
        assert [(r.subject_id, r.due_key) for r in first] == [("soon", "lead:60@2027-02-15")]
        mark_notified(store, first, datetime(2027, 1, 10, 9, tzinfo=UTC))
    back = last_seen + timedelta(days=90)  # 2027-04-10: the machine was off all along
    with Store.open(tmp_path / "d") as store:  # the app starts again
        due = due_reminders(store.load_all(), back, LEADS, store.reminder_log())
        assert [(r.subject_id, r.due_key, r.level) for r in due] == [
            ("soon", "expired@2027-02-15", LEVEL_EXPIRED),
            ("later", "lead:30@2027-04-20", LEVEL_DUE_SOON),
        ]
        assert due[0].in_date_count == 2 and due[0].days_left == -54
        mark_notified(store, due, datetime(2027, 4, 10, 8, tzinfo=UTC))
    with Store.open(tmp_path / "d") as store:
        for hour in range(24):  # checked again and again the same day: nothing new
            assert due_reminders(store.load_all(), back, LEADS, store.reminder_log(),
                                 now=datetime(2027, 4, 10, hour, tzinfo=UTC)) == []
        # still on screen until acted on
        assert {r.subject_id for r in pending_reminders(store.load_all(), back, LEADS,
                                                         store.reminder_log())} == {"soon", "later"}


def hourly(tz: ZoneInfo, start_local: datetime, hours: int):
    utc = start_local.replace(tzinfo=tz).astimezone(UTC)
    for i in range(hours):
        yield (utc + timedelta(hours=i)).astimezone(tz)


@pytest.mark.parametrize("zone, sunday", [
    ("Europe/London", date(2027, 3, 28)),     # clocks go forward 01:00 -> 02:00
    ("Europe/London", date(2027, 10, 31)),    # clocks go back 02:00 -> 01:00
    ("America/New_York", date(2027, 3, 14)),  # 02:00 -> 03:00
    ("America/New_York", date(2027, 11, 7)),  # 02:00 -> 01:00
])
def test_dst_weekend_hourly_checks_fire_once_on_the_local_day(zone, sunday):
    tz = ZoneInfo(zone)
    saturday = sunday - timedelta(days=1)
    # expiry on the DST Sunday: a day before on Saturday, on the day Sunday, expired Monday
    device = pen(sunday.isoformat(), id="dst")
    profile = Profile(name="P", injectors=[device, pen("2030-01"), pen("2030-02")])
    log = MemoryLog()
    delivered = []
    start = datetime.combine(saturday - timedelta(days=8), time(0))
    for now in hourly(tz, start, 24 * 11):
        due = due_reminders([profile], now.date(), [7, 1, 0], log.reminder_log(), now=now)
        mark_notified(log, due, now)
        delivered += [(now, r.due_key) for r in due]
    offsets = {now.utcoffset() for now in hourly(tz, start, 24 * 11)}
    assert len(offsets) == 2  # the walk really crossed the change
    assert [(n.date(), n.hour, k) for n, k in delivered] == [
        (sunday - timedelta(days=7), 0, f"lead:7@{sunday}"),
        (saturday, 0, f"lead:1@{sunday}"),
        (sunday, 0, f"lead:0@{sunday}"),
        (sunday + timedelta(days=1), 0, f"expired@{sunday}"),
    ]


@pytest.mark.parametrize("zone, evening, utc_hour_next_morning", [
    ("Europe/London", datetime(2027, 3, 27, 20), 8),      # 09:00 BST is 08:00 UTC
    ("Europe/London", datetime(2027, 10, 30, 20), 9),     # 09:00 GMT
    ("America/New_York", datetime(2027, 3, 13, 22), 13),  # 09:00 EDT
    ("America/New_York", datetime(2027, 11, 6, 22), 14),  # 09:00 EST
])
def test_snooze_until_tomorrow_morning_by_the_wall_clock(zone, evening, utc_hour_next_morning):
    tz = ZoneInfo(zone)
    now = evening.replace(tzinfo=tz)
    until = snooze_until(now)
    assert (until.date(), until.hour, until.minute) == (evening.date() + timedelta(days=1), 9, 0)
    assert until.astimezone(UTC).hour == utc_hour_next_morning

    device = pen((evening.date() + timedelta(days=3)).isoformat(), id="s")
    profile = Profile(name="P", injectors=[device, pen("2030-01"), pen("2030-02")])
    log = MemoryLog()
    first = due_reminders([profile], now.date(), LEADS, log.reminder_log(), now=now)
    assert [r.due_key for r in first] == [f"lead:7@{device.expiry_date}"]
    mark_notified(log, first, now)
    snooze(log, first[0], until)
    seen = []
    for t in hourly(tz, evening + timedelta(hours=1), 24):
        pending = pending_reminders([profile], t.date(), LEADS, log.reminder_log(), now=t)
        due = [r for r in pending if r.new]
        mark_notified(log, due, t)
        seen.append((t.hour, len(pending), len(due)))
    back = [hour for hour, _, n in seen if n]
    assert back == [9]  # delivered again exactly once, at 09:00 local
    assert all(p == 0 for hour, p, _ in seen[: seen.index((9, 1, 1))])  # hidden until then


def test_dismiss_hides_for_good_and_a_new_stage_still_comes():
    device = pen("2027-03-31", id="d")
    profile = Profile(name="P", injectors=[device, pen("2030-01"), pen("2030-02")])
    log = MemoryLog()
    (r,) = due_reminders([profile], date(2027, 3, 2), LEADS, log.reminder_log())
    dismiss(log, r, datetime(2027, 3, 2, 10))
    assert pending_reminders([profile], date(2027, 3, 10), LEADS, log.reminder_log()) == []
    (r7,) = due_reminders([profile], date(2027, 3, 24), LEADS, log.reminder_log())
    assert r7.due_key == "lead:7@2027-03-31"


def test_a_dismissed_carry_two_warning_comes_back_a_week_later_while_true():
    """One device left after using the other: Dismiss hides "carry two" for seven days, not
    until the devices change (which hid it for months); it is notified again then, daily
    checks in between stay quiet, and it ends when a second device is in date."""
    profile = Profile(name="Kim", injectors=[pen("2029-01", id="only")])
    log = MemoryLog()
    (r,) = due_reminders([profile], date(2027, 1, 1), LEADS, log.reminder_log())
    assert r.level == LEVEL_TOO_FEW
    mark_notified(log, [r], datetime(2027, 1, 1, 9))
    dismiss(log, r, datetime(2027, 1, 1, 10))
    for day in range(2, 8):
        assert pending_reminders([profile], date(2027, 1, day), LEADS, log.reminder_log(),
                                 now=datetime(2027, 1, day, 12)) == []
    (back,) = due_reminders([profile], date(2027, 1, 8), LEADS, log.reminder_log(),
                            now=datetime(2027, 1, 8, 9))
    assert back.level == LEVEL_TOO_FEW and back.new
    profile.injectors.append(pen("2029-06"))
    assert pending_reminders([profile], date(2027, 1, 8), LEADS, log.reminder_log()) == []


def test_carry_two_folded_into_a_device_reminder_comes_back_on_its_own():
    """Dismissing a device's reminder that also says "carry two" hides the device's stage
    until its next one, and the shortfall for a week."""
    profile = Profile(name="Kim", injectors=[pen("2027-03-31", id="d")])
    log = MemoryLog()
    (r,) = due_reminders([profile], date(2027, 3, 2), LEADS, log.reminder_log())
    assert r.subject_id == "d" and len(r.covers) == 2  # the stage and the shortfall
    dismiss(log, r, datetime(2027, 3, 2, 10))
    assert pending_reminders([profile], date(2027, 3, 5), LEADS, log.reminder_log(),
                             now=datetime(2027, 3, 5, 12)) == []
    (back,) = pending_reminders([profile], date(2027, 3, 9), LEADS, log.reminder_log(),
                                now=datetime(2027, 3, 9, 9))
    assert back.level == LEVEL_TOO_FEW and back.new


def test_carry_two_dismissed_for_good_by_an_earlier_version_shows_again():
    profile = Profile(name="Kim", injectors=[pen("2029-01", id="only")])
    log = MemoryLog()
    (r,) = due_reminders([profile], date(2027, 1, 1), LEADS, log.reminder_log())
    log.record_reminders(r.covers, notified_at=datetime(2027, 1, 1, 9), dismissed=True)
    (again,) = pending_reminders([profile], date(2027, 5, 1), LEADS, log.reminder_log())
    assert again.level == LEVEL_TOO_FEW


def test_corrected_expiry_date_rearms_the_reminders():
    device = pen("2027-03-31", id="d")
    profile = Profile(name="P", injectors=[device, pen("2030-01"), pen("2030-02")])
    log = MemoryLog()
    mark_notified(log, due_reminders([profile], date(2027, 3, 2), LEADS, log.reminder_log()),
                  datetime(2027, 3, 2, 9))
    assert due_reminders([profile], date(2027, 3, 3), LEADS, log.reminder_log()) == []
    device.expires_on = PartialDate(2027, 3, 20)  # the person mistyped the date
    (r,) = due_reminders([profile], date(2027, 3, 3), LEADS, log.reminder_log())
    assert r.due_key == "lead:30@2027-03-20"


def test_used_devices_and_other_lead_times():
    profile = Profile(name="P", injectors=[pen("2027-03-31", status="used"), pen("2027-03-31"),
                                           pen("2030-01")])
    log = MemoryLog()
    delivered = run_daily([profile], date(2027, 1, 1), date(2027, 4, 2), log, leads=[14])
    assert [(d, k) for d, _, k in delivered] == [
        (date(2027, 3, 17), "lead:14@2027-03-31"),
        (date(2027, 4, 1), "expired@2027-03-31"),
    ]


def test_fewer_than_two_is_its_own_reminder_once_per_shortfall():
    only = pen("2029-01", id="only")
    profile = Profile(name="Kim", injectors=[only])
    log = MemoryLog()
    (r,) = due_reminders([profile], date(2027, 1, 1), LEADS, log.reminder_log())
    assert r.level == LEVEL_TOO_FEW and r.in_date_count == 1 and r.subject_id == "person:Kim"
    mark_notified(log, [r], datetime(2027, 1, 1, 9))
    assert due_reminders([profile], date(2027, 1, 2), LEADS, log.reminder_log()) == []
    profile.injectors.append(pen("2029-06"))
    assert pending_reminders([profile], date(2027, 1, 2), LEADS, log.reminder_log()) == []
    profile.injectors.pop()
    profile.injectors.append(pen("2026-12", id="old"))  # expired: still only one in date
    due = due_reminders([profile], date(2027, 1, 2), LEADS, log.reminder_log())
    # one message: the expired device, with the shortfall folded in (already told: not new)
    assert [(x.subject_id, x.level) for x in due] == [("old", LEVEL_EXPIRED)]
    assert due[0].in_date_count == 1


def test_new_shortfall_rides_on_the_new_reminder_not_on_one_already_told():
    old, last = pen("2026-12-31", id="old"), pen("2027-09", id="last")
    profile = Profile(name="Kim", injectors=[old, last])
    log = MemoryLog()
    told = due_reminders([profile], date(2027, 1, 1), LEADS, log.reminder_log())
    assert [r.subject_id for r in told] == ["old"]  # expired, "only 1 in date" folded in
    mark_notified(log, told, datetime(2027, 1, 1, 9))
    # "old" stays on screen, not acted on. When "last" expires none is in date: that news
    # comes with "last"; the stage of "old" told on 1 January is not notified a second time.
    on_the_day = due_reminders([profile], date(2027, 10, 1), LEADS, log.reminder_log())
    assert [(r.subject_id, r.due_key) for r in on_the_day] == [("last", "expired@2027-09-30")]
    assert any(subject == "person:Kim" for subject, _ in on_the_day[0].covers)
    mark_notified(log, on_the_day, datetime(2027, 10, 1, 9))
    pending = pending_reminders([profile], date(2027, 10, 1), LEADS, log.reminder_log())
    assert [(r.subject_id, r.new) for r in pending] == [("old", False), ("last", False)]


def test_expiry_at_the_ends_of_the_calendar_stops_no_other_reminder():
    # 9999-12 typed for "never", year 1 by a slip: neither may break the date arithmetic,
    # which would silence every reminder of every person in the store
    never, ancient = pen("9999-12", id="never"), pen("0001-01", id="ancient")
    kim = Profile(name="Kim", injectors=[never, ancient],
                  procedures=[Procedure(procedure="Scan", planned_on=date(1, 1, 3), id="op")])
    other = Profile(name="Lee", injectors=[pen("2027-02-01", id="due"), pen("2030-01")])
    due = due_reminders([kim, other], date(2027, 1, 20), LEADS, {})
    assert ("Lee", "due", "lead:30@2027-02-01") in [(r.profile_name, r.subject_id, r.due_key)
                                                   for r in due]
    assert ("ancient", "expired@0001-01-31") in [(r.subject_id, r.due_key) for r in due]
    assert "never" not in [r.subject_id for r in due]
    summary = summarize([kim, other], date(2027, 1, 20), LEADS)
    assert [(d.injector.id, d.status) for d in summary.profiles[0].devices] == [
        ("ancient", "expired"), ("never", "in_date")]


def test_family_profiles_each_get_their_own():
    a = Profile(name="Parent", injectors=[pen("2027-02-01", id="p1"), pen("2030-01")])
    b = Profile(name="Child", injectors=[pen("2027-02-01", id="c1"), pen("2030-01")])
    due = due_reminders([a, b], date(2027, 1, 20), LEADS, {})
    assert sorted((r.profile_name, r.subject_id) for r in due) == [("Child", "c1"),
                                                                   ("Parent", "p1")]


def test_prepare_for_procedure_reminder():
    surgery = Procedure(procedure="Knee replacement", planned_on=date(2027, 1, 10), id="op",
                        hospital="City Hospital")
    profile = Profile(name="P", injectors=[pen("2030-01"), pen("2030-02")], procedures=[surgery])
    delivered = run_daily([profile], date(2026, 12, 1), date(2027, 1, 20), MemoryLog())
    assert delivered == [(date(2026, 12, 27), "op", "prepare@2027-01-10")]
    (r,) = pending_reminders([profile], date(2027, 1, 1), LEADS, {})
    assert r.level == LEVEL_PREPARE and r.days_left == 9 and r.title == "Knee replacement"
    assert pending_reminders([profile], date(2027, 1, 11), LEADS, {}) == []  # it is over
    assert pending_reminders([profile], date(2027, 1, 1), LEADS, {}, prepare_days=None) == []
    assert r.expiring == ()


def test_prepare_reminder_names_a_device_out_of_date_by_the_procedure():
    surgery = Procedure(procedure="Knee replacement", planned_on=date(2027, 1, 10), id="op")
    profile = Profile(name="P", injectors=[pen("2030-01"), pen("2027-01-09", id="short")],
                      procedures=[surgery])
    (r,) = [r for r in pending_reminders([profile], date(2027, 1, 1), LEADS, {})
            if r.level == LEVEL_PREPARE]
    assert r.expiring == (("EpiPen", 0.3, date(2027, 1, 9)),)
    s = summarize([profile], date(2027, 1, 1))
    assert "P: EpiPen 0.3 mg is in date only until 2027-01-09, before Knee replacement; " \
        "replace it first" in summary_lines(s)
    assert summary_to_json(s)["profiles"][0]["procedures"][0]["devices_expiring_before"] == [
        "short"]


def test_summary_levels_and_json():
    ok = Profile(name="A", injectors=[pen("2028-01"), pen("2028-02")])
    assert summarize([ok], date(2027, 1, 1)).level == "ok"
    soon = Profile(name="B", injectors=[pen("2027-02-15"), pen("2028-02")])
    s = summarize([ok, soon], date(2027, 1, 1))
    assert s.level == "due_soon"
    few = Profile(name="C", injectors=[pen("2028-02")])
    assert summarize([ok, few], date(2027, 1, 1)).level == "expired"
    expired = Profile(name="D", injectors=[pen("2026-12"), pen("2028-01"), pen("2028-02")])
    s = summarize([expired], date(2027, 1, 1))
    assert s.level == "expired"
    data = summary_to_json(s)
    assert data["profiles"][0]["injectors"][0]["status"] == "expired"
    assert data["profiles"][0]["injectors"][0]["days_left"] == -1
    assert data["profiles"][0]["in_date_count"] == 2
    lines = summary_lines(s)
    assert lines == ["D: EXPIRED EpiPen 0.3 mg: in date until 2026-12-31, expired today; "
                     "replace it"]
    assert summary_lines(summarize([ok], date(2027, 1, 1))) == [
        "Nothing due on 2027-01-01: 2 devices in date."]


def test_a_check_with_many_profiles_writes_its_reminders_in_one_transaction(tmp_path):
    """A start with a whole family due commits once (each commit syncs the disk)."""
    profiles = [Profile(name=f"Person {i}", injectors=[pen("2027-01-20", id=f"pen-{i}"),
                                                         pen("2028-06", id=f"spare-{i}")])
                for i in range(30)]
    now = datetime(2027, 1, 10, 9, tzinfo=UTC)
    with Store.open(tmp_path / "d") as store:
        store.replace_profiles(profiles)
        due = due_reminders(store.load_all(), now.date(), LEADS, store.reminder_log())
        assert len(due) == 30
        covered = {pair for r in due for pair in r.covers}
        assert covered == {(f"pen-{i}", "lead:30@2027-01-20") for i in range(30)}
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        try:
            mark_notified(store, due, now)
            snooze(store, due[0], now + timedelta(days=1))
            dismiss(store, due[1], now)
        finally:
            store._conn.set_trace_callback(None)
        commits = [s for s in statements if s.strip().upper() == "COMMIT"]
        assert len(commits) == 3  # one for the 30 notified, one per action
        log = store.reminder_log()
    assert {key for key, entry in log.items() if entry["notified_at"] == now} == covered
    assert log[("pen-0", "lead:30@2027-01-20")]["snoozed_until"] == now + timedelta(days=1)
    assert log[("pen-1", "lead:30@2027-01-20")]["dismissed"] is True
    assert log[("pen-2", "lead:30@2027-01-20")]["dismissed"] is False


def test_a_family_mail_leads_with_the_person_whose_device_has_expired():
    """Listed as the record orders them, a child's expired pen came after a parent's pen due
    next month: a cron mail's first line is the one read."""
    parent = Profile(name="Parent", injectors=[pen("2027-02-15"), pen("2028-02")])
    fine = Profile(name="Fine", injectors=[pen("2028-01"), pen("2028-02")])
    child = Profile(name="Child", injectors=[pen("2026-12"), pen("2028-01"), pen("2028-02")])
    lines = summary_lines(summarize([fine, parent, child], date(2027, 1, 1)))
    assert [line.split(":")[0] for line in lines] == ["Child", "Parent"]
    assert lines[0].startswith("Child: EXPIRED")
    # at the same level, the device that runs out first leads
    sibling = Profile(name="Sibling", injectors=[pen("2027-01-10"), pen("2028-02")])
    lines = summary_lines(summarize([parent, sibling], date(2027, 1, 1)))
    assert [line.split(":")[0] for line in lines] == ["Sibling", "Parent"]
