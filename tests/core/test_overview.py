"""core.overview: what each record misses and what is due, from the record and today only."""

from datetime import date

from sm_card.core import check
from sm_card.core import overview as ov
from sm_card.core.models import (
    AvoidEntry,
    Contact,
    Diagnosis,
    Injector,
    PartialDate,
    Procedure,
    Profile,
)

TODAY = date(2026, 11, 23)
LEAD, PREPARE = [60, 30, 7, 0], 14  # the settings' defaults


def complete() -> Profile:
    return Profile(
        name="Alex", diagnosis=Diagnosis(subtype="ISM"),
        avoid=[AvoidEntry("NSAIDs")], contacts=[Contact("Sam", "+44 7700 900123")],
        injectors=[Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2028, 1)),
                   Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2028, 2))])


def kinds(profile: Profile, lead_days=LEAD, prepare_days=PREPARE) -> list[str]:
    return [i.kind for i in ov.profile_overview(profile, TODAY, lead_days, prepare_days).items]


def test_a_complete_record_with_nothing_due_has_no_items():
    assert kinds(complete()) == []


def test_a_new_profile_misses_everything_and_lists_the_injector_first():
    entry = ov.profile_overview(Profile(name="Mia"), TODAY, LEAD, PREPARE)
    assert [i.kind for i in entry.items] == [ov.NO_INJECTOR, ov.NO_AVOID, ov.NO_CONTACT,
                                             ov.NO_DIAGNOSIS]
    assert entry.urgent and entry.due == [] and len(entry.missing) == 4
    assert [i.section for i in entry.items] == ["injectors", "avoid", "contacts", "diagnosis"]


def test_devices_expired_and_expiring_are_due_with_their_dates():
    profile = complete()
    profile.injectors[0].expires_on = PartialDate(2026, 10)  # expired on 2026-10-31
    profile.injectors[1].expires_on = PartialDate(2026, 12, 20)  # 27 days left
    entry = ov.profile_overview(profile, TODAY, LEAD, PREPARE)
    expired, too_few, soon = entry.items
    assert (expired.kind, expired.on, expired.days) == (ov.DEVICE_EXPIRED, date(2026, 10, 31),
                                                        -23)
    assert expired.item_id == profile.injectors[0].id and expired.subject == "EpiPen"
    assert (too_few.kind, too_few.count) == (ov.TOO_FEW, 1)
    assert (soon.kind, soon.days) == (ov.DEVICE_DUE_SOON, 27)
    assert entry.due == entry.items and entry.missing == []


def test_due_soon_follows_the_persons_earliest_lead_time():
    profile = complete()
    profile.injectors[1].expires_on = PartialDate(2027, 1, 10)  # 48 days left
    assert kinds(profile) == [ov.DEVICE_DUE_SOON]
    assert kinds(profile, lead_days=[30, 7]) == []


def test_a_procedure_inside_the_preparation_window_is_due():
    profile = complete()
    profile.injectors[0].expires_on = PartialDate(2026, 11, 30)
    profile.procedures.append(Procedure("Knee arthroscopy", planned_on=date(2026, 12, 1)))
    profile.procedures.append(Procedure("Later", planned_on=date(2027, 3, 1)))
    items = ov.profile_overview(profile, TODAY, LEAD, PREPARE).items
    procedure = next(i for i in items if i.kind == ov.PROCEDURE_SOON)
    assert (procedure.subject, procedure.days, procedure.count) == ("Knee arthroscopy", 8, 1)
    assert procedure.section == "procedures"
    # (the device expiring the day before says so too, whatever the preparation window)
    assert kinds(profile, prepare_days=3) == [ov.DEVICE_DUE_SOON, ov.DEVICE_BEFORE_PROCEDURE]


def test_premedication_steps_of_the_day_are_listed_first_in_clock_order():
    """The strip names the step due now and sends the person to the Overview "for N more";
    the Overview had no premedication at all. On the evening before and on the procedure's
    day its timed steps are listed, first, in clock order; a step without a time is not."""
    from datetime import datetime, time

    from sm_card.core.models import PremedicationStep

    profile = complete()
    profile.procedures.append(Procedure(
        "Knee arthroscopy", planned_on=date(2026, 11, 24), planned_at=time(8, 30),
        premedication_steps=[PremedicationStep("cetirizine 10 mg", 720),
                             PremedicationStep("montelukast 10 mg", 60),
                             PremedicationStep("bring the plan")]))
    evening = ov.profile_overview(profile, TODAY, LEAD, PREPARE).items
    steps = [(i.subject, i.at) for i in evening if i.kind == ov.PREMEDICATION_STEP]
    assert steps == [("cetirizine 10 mg", datetime(2026, 11, 23, 20, 30))]
    assert evening[0].kind == ov.PREMEDICATION_STEP and evening[0].due
    morning = ov.profile_overview(profile, date(2026, 11, 24), LEAD, PREPARE).items
    assert [i.subject for i in morning if i.kind == ov.PREMEDICATION_STEP] == [
        "cetirizine 10 mg", "montelukast 10 mg"]
    after = ov.profile_overview(profile, date(2026, 11, 25), LEAD, PREPARE).items
    assert not any(i.kind == ov.PREMEDICATION_STEP for i in after)


def test_sections_are_the_ones_core_check_names():
    assert (ov.AVOID, ov.CONTACTS, ov.DIAGNOSIS, ov.INJECTORS, ov.PROCEDURES) == (
        check.AVOID, check.CONTACTS, check.DIAGNOSIS, check.INJECTORS, check.PROCEDURES)


def test_used_devices_do_not_count():
    profile = complete()
    for injector in profile.injectors:
        injector.status = "used"
    assert kinds(profile) == [ov.NO_INJECTOR]


def test_the_defaults_here_are_the_settings_defaults():
    from sm_card.core.settings import DEFAULTS

    assert (list(DEFAULTS.lead_days), DEFAULTS.prepare_days) == (LEAD, PREPARE)


def test_a_procedure_at_the_calendars_start_does_not_fail():
    profile = complete()
    profile.procedures.append(Procedure("Typo", planned_on=date(1, 1, 3)))
    assert kinds(profile, prepare_days=14) == []


def test_a_device_that_will_not_last_to_a_planned_procedure_is_due():
    profile = complete()
    profile.injectors[0].expires_on = PartialDate(2027, 6)  # in date now, not in September
    profile.procedures.append(Procedure("Hip replacement", planned_on=date(2027, 9, 1)))
    profile.procedures.append(Procedure("Dental", planned_on=date(2027, 8, 1)))
    (item,) = ov.profile_overview(profile, TODAY, LEAD, PREPARE).items
    assert item.kind == ov.DEVICE_BEFORE_PROCEDURE and item.due
    assert (item.procedure, item.procedure_on) == ("Dental", date(2027, 8, 1))  # the soonest
    assert (item.on, item.item_id) == (date(2027, 6, 30), profile.injectors[0].id)
    profile.injectors[0].expires_on = PartialDate(2027, 12)  # now lasts to both
    assert kinds(profile) == []


def test_a_place_with_fewer_than_two_is_due_once_the_person_has_two():
    profile = complete()
    profile.injectors[0].location = "School "
    profile.injectors[1].location = "home"
    entry = ov.profile_overview(profile, TODAY, LEAD, PREPARE)
    assert [(i.kind, i.subject, i.count) for i in entry.items] == [
        (ov.PLACE_TOO_FEW, "School", 1), (ov.PLACE_TOO_FEW, "home", 1)]
    assert entry.due == entry.items and not entry.urgent  # as `reminders`: no exit code
    assert {i.section for i in entry.items} == {ov.INJECTORS}
    profile.injectors[1].location = "school"  # one place, two in date: nothing to say
    assert kinds(profile) == []
    profile.injectors[1].expires_on = PartialDate(2026, 10)  # one in date in all:
    # the person's shortfall says it; the Injectors page lists the places
    assert kinds(profile) == [ov.DEVICE_EXPIRED, ov.TOO_FEW]
