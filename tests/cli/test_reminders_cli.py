"""`sm-card reminders` and `sm-card ics` as a script runs them: a real process, real store."""

import json
import subprocess
import sys
from datetime import date

import pytest
from icalendar import Calendar


def sm_card(data_dir, *args, input_text=None):
    return subprocess.run(
        [sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, input=input_text, timeout=60,
    )


@pytest.fixture
def store_dir(data_dir, example_file):
    done = sm_card(data_dir, "import", str(example_file))
    assert done.returncode == 0, done.stderr
    return data_dir


def one_place(store_dir):
    """The example keeps one pen in the handbag and one in the office drawer: each place is
    short of two. Tests about the devices' dates put both in one place."""
    from sm_card.core.store import Store

    with Store.open(store_dir) as store:
        (profile,) = store.load_all()
        for device in profile.injectors:
            device.location = "handbag"
        store.save_profile(profile)
    return store_dir


def test_each_place_short_of_two_is_named_without_changing_the_exit_code(store_dir):
    done = sm_card(store_dir, "reminders", "--today", "2026-10-01")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Alex Example: WARNING only 1 in-date device at handbag; carry two there",
        "Alex Example: WARNING only 1 in-date device at office drawer; carry two there"]
    # a standing state, not news: a cron job's --quiet does not mail it every day...
    quiet = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-10-01")
    assert (quiet.returncode, quiet.stdout) == (0, "")
    # ...and names it in a mail sent for something else
    due = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-12-01")
    assert due.returncode == 10
    assert "Alex Example: WARNING only 1 in-date device at handbag; carry two there" in (
        due.stdout.splitlines())
    data = json.loads(sm_card(store_dir, "reminders", "--json", "--today", "2026-10-01").stdout)
    assert [p["place"] for p in data["profiles"][0]["places_fewer_than_two"]] == [
        "handbag", "office drawer"]
    assert sm_card(one_place(store_dir), "reminders", "--quiet",
                   "--today", "2026-10-01").stdout == ""


@pytest.mark.parametrize("today, code, expect", [
    ("2026-10-01", 0, "Nothing due on 2026-10-01: 2 devices in date."),
    ("2026-11-23", 10, "Alex Example: due soon EpiPen 0.3 mg (lot LX2491, handbag): in date "
                       "until 2026-12-31 (in 38 days)"),
    ("2026-12-31", 10, "in date until 2026-12-31 (today)"),
    ("2027-01-01", 11, "Alex Example: WARNING only 1 in-date device; carry two"),
])
def test_exit_codes_follow_the_contract(store_dir, today, code, expect):
    done = sm_card(one_place(store_dir), "reminders", "--today", today)
    assert done.returncode == code, done.stdout + done.stderr
    assert expect in done.stdout


def test_quiet_prints_only_when_something_is_due(store_dir):
    nothing = sm_card(one_place(store_dir), "reminders", "--quiet", "--today", "2026-10-01")
    assert (nothing.returncode, nothing.stdout) == (0, "")
    due = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-12-01")
    assert due.returncode == 10 and "LX2491" in due.stdout


def test_quiet_still_prints_a_procedure_to_prepare_for(store_dir):
    from sm_card.core.models import Procedure
    from sm_card.core.store import Store

    one_place(store_dir)
    with Store.open(store_dir) as store:
        (profile,) = store.load_all()
        profile.procedures.append(Procedure(procedure="Knee arthroscopy",
                                            planned_on=date(2026, 10, 10)))
        store.save_profile(profile)
    done = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-10-01")
    assert done.returncode == 0  # devices all in date: the exit code is unchanged
    assert "prepare for Knee arthroscopy on 2026-10-10" in done.stdout
    after = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-10-11")
    assert (after.returncode, after.stdout) == (0, "")


def test_premedication_steps_are_listed_with_their_time(store_dir):
    """The physician's steps come with the procedure to prepare for: at their minute when the
    procedure has a start time, else said to have no time (they are never alarmed then)."""
    from datetime import time

    from sm_card.core.models import PremedicationStep, Procedure
    from sm_card.core.store import Store

    one_place(store_dir)
    with Store.open(store_dir) as store:
        (profile,) = store.load_all()
        profile.procedures.append(Procedure(
            procedure="Knee arthroscopy", planned_on=date(2026, 10, 10), planned_at=time(8, 30),
            premedication_steps=[PremedicationStep("prednisone 50 mg", 13 * 60),
                                 PremedicationStep("cetirizine 10 mg", 60),
                                 PremedicationStep("bring the pens", None)]))
        profile.procedures.append(Procedure(
            procedure="Dental implant", planned_on=date(2026, 10, 12),
            premedication_steps=[PremedicationStep("montelukast 10 mg", 24 * 60)]))
        store.save_profile(profile)
    done = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-10-01")
    lines = done.stdout.splitlines()
    assert "Alex Example: prepare for Knee arthroscopy on 2026-10-10 08:30 (in 9 days)" in lines
    assert ("Alex Example: premedication at 2026-10-09 19:30 (13 h before): prednisone 50 mg"
            in lines)
    assert ("Alex Example: premedication at 2026-10-10 07:30 (1 h before): cetirizine 10 mg"
            in lines)
    assert "Alex Example: premedication (no time set): bring the pens" in lines
    # No start time: the step cannot fall due at a minute, and says so.
    assert "Alex Example: premedication (no time set): montelukast 10 mg" in lines
    data = json.loads(sm_card(store_dir, "reminders", "--today", "2026-10-01", "--json").stdout)
    knee = next(p for p in data["profiles"][0]["procedures"]
                if p["procedure"] == "Knee arthroscopy")
    assert knee["planned_at"] == "08:30"
    assert knee["premedication_steps"] == [
        {"what": "prednisone 50 mg", "minutes_before": 780, "at": "2026-10-09T19:30"},
        {"what": "cetirizine 10 mg", "minutes_before": 60, "at": "2026-10-10T07:30"},
        {"what": "bring the pens", "minutes_before": None, "at": None}]


def test_json_shape(store_dir):
    done = sm_card(store_dir, "reminders", "--today", "2027-01-01", "--json")
    assert done.returncode == 11
    data = json.loads(done.stdout)
    assert data["today"] == "2027-01-01" and data["status"] == "expired"
    assert data["exit_code"] == 11 and data["due_soon_days"] == 60
    (person,) = data["profiles"]
    assert person["name"] == "Alex Example"
    assert person["in_date_count"] == 1 and person["fewer_than_two_in_date"] is True
    assert [(i["lot"], i["status"], i["days_left"], i["expiry_date"]) for i in
            person["injectors"]] == [("LX2491", "expired", -1, "2026-12-31"),
                                     ("MB0317", "in_date", 272,
                                      "2027-09-30")]
    assert set(person["injectors"][0]) == {"id", "product", "dose_mg", "lot", "location",
                                           "expires_on", "expiry_date", "days_left", "status"}
    assert person["procedures"] == []


def test_family_store_and_profile_option(store_dir, tmp_path):
    child = {"format": "sm-card", "version": 1, "profiles": [{
        "name": "Kim Example",
        "injectors": [
            {"product": "EpiPen Jr", "dose_mg": 0.15, "expires_on": "2026-11-30"},
            {"product": "EpiPen Jr", "dose_mg": 0.15, "expires_on": "2027-08"},
        ]}]}
    path = tmp_path / "child.json"
    path.write_text(json.dumps(child), encoding="utf-8")
    assert sm_card(store_dir, "import", str(path)).returncode == 0
    both = sm_card(store_dir, "reminders", "--today", "2026-10-15", "--json")
    assert both.returncode == 10  # only the child's pen is within 60 days
    assert [p["name"] for p in json.loads(both.stdout)["profiles"]] == ["Alex Example",
                                                                      "Kim Example"]
    alone = sm_card(store_dir, "--profile", "Alex Example", "reminders", "--today", "2026-10-15")
    assert alone.returncode == 0
    missing = sm_card(store_dir, "--profile", "Nobody", "reminders")
    assert missing.returncode == 3 and "Nobody" in missing.stderr


def test_lead_days_setting_moves_the_due_soon_window(store_dir):
    from sm_card.core.settings import Settings
    from sm_card.core.store import Store

    with Store.open(store_dir) as store:
        Settings(store).set("lead_days", [30, 7])
    assert sm_card(store_dir, "reminders", "--today", "2026-11-23").returncode == 0
    assert sm_card(store_dir, "reminders", "--today", "2026-12-01").returncode == 10


def test_usage_and_empty_store(data_dir, tmp_path):
    assert sm_card(data_dir, "reminders", "--today", "2027-02-30").returncode == 2
    empty = sm_card(tmp_path / "empty", "reminders")
    assert empty.returncode == 3 and "no profile" in empty.stderr


def test_ics_with_nothing_to_put_in_it_writes_no_empty_calendar(data_dir, tmp_path):
    retired = {"format": "sm-card", "version": 1, "profiles": [{"name": "Kim", "injectors": [
        {"product": "Jext", "dose_mg": 0.3, "expires_on": "2020-12", "status": "used"}]}]}
    path = tmp_path / "kim.json"
    path.write_text(json.dumps(retired), encoding="utf-8")
    assert sm_card(data_dir, "import", str(path)).returncode == 0
    out = tmp_path / "kim.ics"
    done = sm_card(data_dir, "ics", "-o", str(out))
    assert done.returncode == 3 and "no device in use" in done.stderr
    assert not out.exists()
    # A device used before its expiry: the file cancels the event an earlier export made.
    retired["profiles"][0]["injectors"][0]["expires_on"] = "2099-12"
    path.write_text(json.dumps(retired), encoding="utf-8")
    assert sm_card(data_dir, "import", str(path)).returncode == 0
    assert sm_card(data_dir, "ics", "-o", str(out)).returncode == 0
    # the expiry event and its three "replace soon" lead events, all cancelled
    evs = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(evs) == 4 and all(str(e["STATUS"]) == "CANCELLED" for e in evs)


def test_ics_file_parses_and_matches_the_store(store_dir, tmp_path):
    out = tmp_path / "cal" / "injectors.ics"
    out.parent.mkdir()
    done = sm_card(store_dir, "ics", "-o", str(out))
    assert done.returncode == 0, done.stderr
    cal = Calendar.from_ical(out.read_bytes())
    # the expiry events (the "replace soon" lead events: test below)
    evs = [e for e in cal.walk("VEVENT") if "-lead" not in str(e["UID"])]
    assert [e.decoded("DTSTART") for e in evs] == [date(2026, 12, 31), date(2027, 9, 30)]
    exported = json.loads(sm_card(store_dir, "export", "-").stdout)
    ids = [i["id"] for i in exported["profiles"][0]["injectors"] if i["status"] == "active"]
    assert [str(e["UID"]) for e in evs] == [f"{i}@sm-card" for i in ids]
    again = sm_card(store_dir, "ics", "-o", "-")
    assert [str(e["UID"]) for e in Calendar.from_ical(again.stdout).walk("VEVENT")] == [
        str(e["UID"]) for e in cal.walk("VEVENT")]


def test_ics_lead_events_follow_the_option_and_the_setting(store_dir):
    def lead_uids(*args):
        done = sm_card(store_dir, "ics", "-o", "-", *args)
        assert done.returncode == 0, done.stderr
        return {str(e["UID"]) for e in Calendar.from_ical(done.stdout).walk("VEVENT")
                if "-lead" in str(e["UID"])}

    exported = json.loads(sm_card(store_dir, "export", "-").stdout)
    drawer = exported["profiles"][0]["injectors"][1]["id"]  # in date until 2027-09-30
    assert {f"{drawer}-lead{d}@sm-card" for d in (60, 30, 7)} <= lead_uids()  # default on
    assert lead_uids("--no-lead-events") == set()
    from sm_card.core.settings import Settings
    from sm_card.core.store import Store

    with Store.open(store_dir) as st:
        Settings(st).set("lead_events", False)
    assert lead_uids() == set()
    assert lead_uids("--lead-events")


@pytest.mark.parametrize("command", [["reminders", "--json"], ["ics", "-o", "-"]])
def test_reminder_commands_never_load_qt(store_dir, command):
    code = (
        "import sys\n"
        "from sm_card import cli\n"
        f"rc = cli.main(['--data-dir', {str(store_dir)!r}, *{command!r}])\n"
        "sys.stderr.write('QT=' + ','.join(m for m in sys.modules if m.startswith('PySide6')))\n"
        "sys.stderr.write(' RC=%d' % rc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert "QT= RC=" in done.stderr, done.stderr


def test_reminders_say_when_the_printed_card_is_out_of_date(store_dir, tmp_path):
    from sm_card.core.models import AvoidEntry
    from sm_card.core.store import Store

    one_place(store_dir)  # no place short of two: only the card's news below
    made = sm_card(store_dir, "card", "-o", str(tmp_path / "card.pdf"))
    assert made.returncode == 0, made.stderr
    engraved = sm_card(store_dir, "engrave", "--engraved")
    assert engraved.returncode == 0, engraved.stderr
    fresh = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-10-01")
    assert (fresh.returncode, fresh.stdout) == (0, "")  # both match the record

    with Store.open(store_dir) as store:
        (profile,) = store.load_all()
        profile.avoid.append(AvoidEntry("vancomycin", noted_on=date(2026, 12, 3)))
        store.save_profile(profile)
    done = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-10-01")
    assert done.returncode == 0  # the devices decide the exit code
    devices, card, bracelet = done.stdout.splitlines()
    assert devices.startswith("Nothing due on 2026-10-01")
    assert card.startswith("Alex Example: your wallet card made on ")
    assert "it lacks vancomycin (avoid list, added 2026-12-03); make a new one" in card
    # A fifth agent leaves no room for the ICE line: the bracelet points to the card instead.
    assert bracelet.endswith("its changed lines would now read: SEE WALLET CARD")
    data = json.loads(sm_card(store_dir, "reminders", "--json", "--today", "2026-10-01").stdout)
    assert [(s["output"], s["changes"][0]["item"]) for s in data["stale_outputs"]] == [
        ("card", "vancomycin"), ("engraving", "SEE WALLET CARD")]

    again = sm_card(store_dir, "card", "-o", str(tmp_path / "card2.pdf"))
    assert again.returncode == 0, again.stderr
    assert sm_card(store_dir, "engrave", "--engraved").returncode == 0
    settled = sm_card(store_dir, "reminders", "--quiet", "--today", "2026-10-01")
    assert (settled.returncode, settled.stdout) == (0, "")


def test_a_device_gone_from_the_record_is_cancelled_by_the_next_ics(store_dir, tmp_path,
                                                                    example_file):
    """Found by a father keeping his family's calendar from the command line: a device whose
    expiry he corrected in a version-1 file (no device ids) came back under a new id, and the
    phone kept the old event's alarms beside the new one: the next file did not cancel it."""
    first = tmp_path / "first.ics"
    assert sm_card(store_dir, "ics", "-o", str(first)).returncode == 0
    old_uids = {str(e["UID"]) for e in Calendar.from_ical(first.read_bytes()).walk("VEVENT")}
    doc = json.loads(example_file.read_text(encoding="utf-8"))
    doc["profiles"][0]["injectors"][1]["expires_on"] = "2027-10"  # corrected by a month
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    assert sm_card(store_dir, "import", str(changed)).returncode == 0
    second = tmp_path / "second.ics"
    assert sm_card(store_dir, "ics", "-o", str(second)).returncode == 0
    events = {str(e["UID"]): e for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")}
    assert old_uids <= set(events)  # every event the phone holds is in the new file...
    cancelled = {uid for uid in old_uids if str(events[uid].get("STATUS", "")) == "CANCELLED"}
    assert cancelled and all(  # ...the old device's cancelled, on its old day
        events[uid].decoded("DTSTART") <= date(2027, 9, 30) for uid in cancelled)
    live = [e for uid, e in events.items() if uid not in cancelled and "-lead" not in uid]
    assert date(2027, 10, 31) in {e.decoded("DTSTART") for e in live}
