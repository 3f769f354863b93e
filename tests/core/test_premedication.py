"""Procedure start times and the physician's premedication steps: parse, store, file, alarm."""

import json
import sqlite3
from datetime import UTC, date, datetime, time

import pytest

from sm_card.core import interchange
from sm_card.core.models import PremedicationStep, Procedure, Profile
from sm_card.core.premedication import alarms, format_offset, parse_offset, step_time
from sm_card.core.reminders import (
    LEVEL_PREMEDICATION,
    PREMEDICATION,
    MemoryLog,
    mark_notified,
    next_alarm,
    pending_reminders,
)
from sm_card.core.store import MIGRATIONS, Store
from sm_card.core.validation import FieldError

TODAY = date(2027, 1, 10)


def knee() -> Procedure:
    return Procedure("Knee arthroscopy", date(2027, 1, 14), "City Hospital", id="proc-1",
                     planned_at=time(8, 30), premedication_steps=[
                         PremedicationStep("prednisone 50 mg by mouth", 13 * 60),
                         PremedicationStep("cetirizine 10 mg", 60),
                         PremedicationStep("bring the plan (no time given)"),
                     ])


@pytest.mark.parametrize("text, minutes", [("24 h", 1440), ("13h", 780), ("1 h", 60),
                                           ("30 min", 30), ("1 h 30 min", 90), ("1,5 h", 90),
                                           ("2 d", 2880), ("", None), ("  ", None),
                                           # German and Spanish, as the interface is
                                           ("13 Std.", 780), ("13 Stunden", 780),
                                           ("1 Tag", 1440), ("2 Tage", 2880),
                                           ("45 Minuten", 45), ("1 Std. 30 Min.", 90),
                                           ("2 horas", 120), ("1 día", 1440),
                                           ("30 minutos", 30), ("12 HOURS", 720),
                                           # "before" after it, as said aloud
                                           ("12 Std. vorher", 720), ("2 h before", 120),
                                           ("30 min antes", 30)])
def test_offsets_as_people_type_them(text, minutes):
    assert parse_offset(text) == minutes


@pytest.mark.parametrize("text", ["soon", "24", "h", "-1 h", "31 d", "0.5 min", "2 weeks",
                                  "1 hx", "3 Wochen", "1 h then", "vorher", "before 2 h"])
def test_offsets_that_are_not_times_are_refused(text):
    with pytest.raises(FieldError):
        parse_offset(text)


def test_offsets_are_shown_as_written_back():
    assert [format_offset(m) for m in (1440, 780, 60, 90, 30, None)] == [
        "24 h", "13 h", "1 h", "1 h 30 min", "30 min", ""]


def test_each_timed_step_falls_due_before_the_start():
    procedure = knee()
    assert step_time(procedure, procedure.premedication_steps[0]) == datetime(2027, 1, 13, 19, 30)
    assert [a.at for a in alarms(procedure)] == [datetime(2027, 1, 13, 19, 30),
                                                  datetime(2027, 1, 14, 7, 30)]
    procedure.planned_at = None  # no hour: the app never guesses one
    assert alarms(procedure) == []


def test_store_keeps_time_and_steps_and_upgrades_an_old_store(data_dir):
    # A store of the first schema, as shipped before issue 13, with a procedure in it.
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "sm-card.sqlite3")
    conn.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn.execute("INSERT INTO profiles (name, premedication) VALUES ('Sam', 'old free text')")
    conn.execute("INSERT INTO procedures VALUES (1, 0, 'p-old', 'Dental', '2027-02-01', "
                 "NULL, NULL)")
    conn.commit()
    conn.close()
    with Store.open(data_dir) as store:
        sam = store.load_profile("Sam")
        assert sam.premedication == "old free text"  # never lost
        assert (sam.procedures[0].planned_at, sam.procedures[0].premedication_steps) == (None, [])
        sam.procedures.append(knee())
        store.save_profile(sam)
    with Store.open(data_dir) as store:
        saved = store.load_profile("Sam").procedures[1]
    assert saved == knee()


def test_version_3_file_carries_time_and_steps_and_older_versions_refuse_them():
    profile = Profile(name="Sam", premedication="as agreed", procedures=[knee()])
    text = interchange.dumps([profile])
    doc = json.loads(text)
    assert doc["version"] == 3
    procedure = doc["profiles"][0]["procedures"][0]
    assert procedure["planned_at"] == "08:30"
    assert procedure["premedication_steps"][0] == {"what": "prednisone 50 mg by mouth",
                                                  "minutes_before": 780}
    assert procedure["premedication_steps"][2] == {"what": "bring the plan (no time given)"}
    back = interchange.loads(text, today=TODAY).profiles[0]
    assert back.procedures == [knee()] and back.premedication == "as agreed"
    v2 = json.loads(interchange.dumps([profile], version=2))
    assert "planned_at" not in v2["profiles"][0]["procedures"][0]
    v2["profiles"][0]["procedures"][0]["planned_at"] = "08:30"
    with pytest.raises(interchange.InterchangeError, match="planned_at: is not a known key"):
        interchange.loads(json.dumps(v2), today=TODAY)


@pytest.mark.parametrize("change, words", [
    (lambda p: p.update(planned_at="8:30"), "planned_at: \"8:30\" is not a time"),
    (lambda p: p.update(planned_at="24:00"), "is not a time"),
    (lambda p: p["premedication_steps"][0].update(minutes_before=-5), "must be from 0"),
    (lambda p: p["premedication_steps"][0].update(minutes_before=1.5), "whole number"),
    (lambda p: p["premedication_steps"][0].update(what=""), "what: must not be empty"),
])
def test_bad_version_3_values_are_refused_naming_the_place(change, words):
    doc = json.loads(interchange.dumps([Profile(name="Sam", procedures=[knee()])]))
    change(doc["profiles"][0]["procedures"][0])
    with pytest.raises(interchange.InterchangeError) as err:
        interchange.loads(json.dumps(doc), today=TODAY)
    assert "profiles[0].procedures[0]" in str(err.value) and words in str(err.value)


def test_a_step_reminds_from_its_minute_until_the_procedure_starts():
    profile = Profile(name="Sam", procedures=[knee()])

    def due(now):
        return [r for r in pending_reminders([profile], now.date(), now=now, prepare_days=None)
                if r.kind == PREMEDICATION]

    assert due(datetime(2027, 1, 13, 19, 29).astimezone()) == []  # a minute early
    first = due(datetime(2027, 1, 13, 19, 30).astimezone())
    assert [(r.level, r.detail, r.offset, r.due_at) for r in first] == [
        (LEVEL_PREMEDICATION, "prednisone 50 mg by mouth", "13 h", datetime(2027, 1, 13, 19, 30))]
    log = MemoryLog()
    mark_notified(log, first, datetime(2027, 1, 13, 19, 31, tzinfo=UTC))
    later = pending_reminders([profile], date(2027, 1, 14), log=log.reminder_log(),
                              now=datetime(2027, 1, 14, 7, 45).astimezone(), prepare_days=None)
    # the step due last first: it is the one to take now (the older one was told already)
    assert [(r.detail, r.new) for r in later if r.kind == PREMEDICATION] == [
        ("cetirizine 10 mg", True), ("prednisone 50 mg by mouth", False)]
    assert later[0].kind == PREMEDICATION  # due at an hour: listed before everything else
    after = pending_reminders([profile], date(2027, 1, 14),
                              now=datetime(2027, 1, 14, 8, 30).astimezone(), prepare_days=None)
    assert [r for r in after if r.kind == PREMEDICATION] == []  # the procedure has started


def test_next_alarm_is_the_soonest_step_still_to_come():
    profile = Profile(name="Sam", procedures=[knee()])
    assert next_alarm([profile], datetime(2027, 1, 10, 12).astimezone()) == datetime(
        2027, 1, 13, 19, 30)
    assert next_alarm([profile], datetime(2027, 1, 13, 20).astimezone()) == datetime(
        2027, 1, 14, 7, 30)
    assert next_alarm([profile], datetime(2027, 1, 14, 9).astimezone()) is None
