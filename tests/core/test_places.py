"""The "carry two" check per place the person names in a device's location."""

from datetime import date

from sm_card.core import check, reminders
from sm_card.core.catalog import load_catalog
from sm_card.core.injectors import place_key, place_statuses, places_short
from sm_card.core.models import Injector, PartialDate, Profile
from sm_card.render import check_text
from sm_card.render.reminder_text import summary_lines

TODAY = date(2026, 11, 23)


def pen(expires: PartialDate, location: str | None, status: str = "active") -> Injector:
    return Injector(product="EpiPen", dose_mg=0.3, expires_on=expires, location=location,
                    status=status)


GOOD = PartialDate(2027, 9)
GONE = PartialDate(2026, 10)  # expired before TODAY


def test_places_match_ignoring_case_and_spacing_but_not_words():
    assert place_key("  School ") == place_key("SCHOOL") == "school"
    assert place_key("school bag") != place_key("school")
    assert place_key("   ") is None and place_key(None) is None


def test_each_named_place_counts_its_in_date_devices():
    profile = Profile(name="Sam", injectors=[
        pen(GOOD, "Home"), pen(GOOD, " home"), pen(GOOD, "school"), pen(GONE, "school"),
        pen(GOOD, "bag"), pen(GOOD, "bag", status="used"), pen(GOOD, None),
    ])
    places = place_statuses(profile, TODAY)
    assert [(p.place, p.in_date_count, p.active_count) for p in places] == [
        ("Home", 2, 2), ("school", 1, 2), ("bag", 1, 1)]
    assert [p.place for p in places_short(profile, TODAY)] == ["school", "bag"]


def test_devices_without_a_location_count_only_for_the_person():
    profile = Profile(name="Sam", injectors=[pen(GOOD, None), pen(GOOD, None)])
    assert place_statuses(profile, TODAY) == []
    summary = reminders.summarize([profile], TODAY)
    assert summary.profiles[0].places_short == () and not summary.profiles[0].too_few


def test_reminders_lines_and_json_name_the_short_place_without_changing_the_level():
    profile = Profile(name="Sam", injectors=[pen(GOOD, "home"), pen(GOOD, "home"),
                                             pen(GOOD, "school")])
    summary = reminders.summarize([profile], TODAY)
    assert summary.level == reminders.OK  # the person carries three in date
    lines = summary_lines(summary)
    assert lines == ["Sam: WARNING only 1 in-date device at school; carry two there"]
    data = reminders.summary_to_json(summary)
    assert data["profiles"][0]["places_fewer_than_two"] == [
        {"place": "school", "in_date_count": 1}]


def test_check_reports_each_short_place():
    profile = Profile(name="Sam", injectors=[pen(GOOD, "home"), pen(GONE, "home"),
                                             pen(GOOD, "school"), pen(GOOD, "school")])
    found = [f for f in check.check_profile(profile, load_catalog(), TODAY)
             if f.code == check.FEWER_THAN_TWO_AT_PLACE]
    assert [(f.severity, f.place, f.count) for f in found] == [(check.WARNING, "home", 1)]
    assert [check_text.message(f) for f in found] == [
        "only 1 in-date epinephrine device at home: carry two there"]
