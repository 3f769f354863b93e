"""The consistency check: each finding from a record made here, and none for a sound record."""

from __future__ import annotations

from datetime import date

import pytest

from sm_card.core import check
from sm_card.core.catalog import default_catalog
from sm_card.core.check import Finding, check_profile
from sm_card.core.injectors import devices_expiring_before
from sm_card.core.models import (
    AvoidEntry,
    Contact,
    Diagnosis,
    Injector,
    Medication,
    PartialDate,
    Procedure,
    Profile,
    ToleratedEntry,
)
from sm_card.render.check_text import message
from sm_card.render.letter import expiry_remark

TODAY = date(2026, 11, 23)


SEPTEMBER_2027 = PartialDate(2027, 9)


def device(product="EpiPen", dose=0.3, expires=SEPTEMBER_2027, **kw) -> Injector:
    return Injector(product=product, dose_mg=dose, expires_on=expires, **kw)


def sound(**changes) -> Profile:
    """A record the check has nothing to say about; each test breaks one thing."""
    profile = Profile(
        name="Sam",
        diagnosis=Diagnosis(subtype="ISM"),
        avoid=[AvoidEntry("NSAIDs", catalog_id="nsaids"), AvoidEntry("Morphine")],
        tolerated=[ToleratedEntry("Paracetamol"), ToleratedEntry("Fentanyl")],
        medications=[Medication("Cetirizine", dose="10 mg"), Medication("Famotidine")],
        injectors=[device(), device("Jext", 0.3, PartialDate(2027, 6))],
        contacts=[Contact("Robin", "+44 20 7946 0000")],
    )
    for name, value in changes.items():
        setattr(profile, name, value)
    return profile


def findings(profile: Profile, today: date = TODAY) -> list[Finding]:
    return check_profile(profile, default_catalog(), today)


def codes(profile: Profile, today: date = TODAY) -> list[str]:
    return [f.code for f in findings(profile, today)]


def only(profile: Profile, code: str, today: date = TODAY) -> Finding:
    found = findings(profile, today)
    assert [f.code for f in found] == [code], found
    return found[0]


def test_a_sound_record_has_no_finding():
    assert findings(sound()) == []


def test_dose_the_product_is_not_made_in_is_kept_and_flagged():
    profile = sound(injectors=[device(), device("EpiPen", 0.5)])
    f = only(profile, "dose-not-made")
    assert (f.section, f.index, f.item_id) == ("injectors", 1, profile.injectors[1].id)
    assert f.severity == check.WARNING
    assert (f.product, f.dose_mg, f.catalog_product, f.doses_mg) == ("EpiPen", 0.5, "EpiPen",
                                                                      (0.3,))
    assert profile.injectors[1].dose_mg == 0.5  # the record is never changed


def test_product_matched_loosely_and_every_dose_it_is_made_in_accepted():
    profile = sound(injectors=[device("EPIPEN jr", 0.15), device("Anapen", 0.5)])
    assert findings(profile) == []


def test_unknown_product_is_flagged():
    profile = sound(injectors=[device(), device("Zzyxx rescue pen", 0.3)])
    f = only(profile, "unknown-product")
    assert f.index == 1 and (f.product, f.dose_mg) == ("Zzyxx rescue pen", 0.3)


def test_recalled_product_names_the_recall():
    profile = sound(injectors=[device(), device("Emerade", 0.3)])
    f = only(profile, "recalled-product")
    assert f.index == 1 and (f.product, f.dose_mg) == ("Emerade", 0.3)
    assert f.recall is not None and "MHRA" in f.recall  # the catalog's own note


def test_retired_devices_are_not_checked():
    profile = sound()
    profile.injectors.append(device("Emerade", 0.7, PartialDate(2020, 1), status="used"))
    assert findings(profile) == []


@pytest.mark.parametrize("carried,count", [([], 0), ([device()], 1)])
def test_fewer_than_two_in_date_devices(carried, count):
    f = only(sound(injectors=carried), "fewer-than-two")
    assert f.count == count and f.section == "injectors" and f.index is None


def test_an_expired_device_counts_against_two_and_is_reported():
    profile = sound(injectors=[device(), device(expires=PartialDate(2026, 10))])
    found = findings(profile)
    assert [f.code for f in found] == ["fewer-than-two", "device-expired"]
    assert found[1].index == 1 and found[1].expiry == date(2026, 10, 31)
    # the last day of the month is still in date
    assert findings(profile, date(2026, 10, 31)) == []


def test_device_expiring_before_a_planned_procedure():
    soon = device(expires=PartialDate(2027, 1))
    profile = sound(injectors=[device(), soon],
                    procedures=[Procedure("Knee arthroscopy", planned_on=date(2027, 2, 10)),
                                Procedure("Past", planned_on=date(2026, 1, 5)),
                                Procedure("Undated")])
    f = only(profile, "expires-before-procedure")
    assert (f.index, f.item_id) == (1, soon.id)
    assert (f.product, f.dose_mg, f.expiry, f.procedure, f.planned_on) == (
        "EpiPen", 0.3, date(2027, 1, 31), "Knee arthroscopy", date(2027, 2, 10))
    # in date through the procedure's day: nothing to say
    profile.procedures[0].planned_on = date(2027, 1, 31)
    assert findings(profile) == []


def test_devices_expiring_before_and_the_letter_remark():
    soon, later = device(expires=PartialDate(2027, 1)), device()
    profile = sound(injectors=[later, soon])
    assert devices_expiring_before(profile, date(2027, 2, 10)) == [soon]
    # with today: only devices still in date today (an expired one has its own warning)
    assert devices_expiring_before(profile, date(2027, 2, 10), date(2027, 1, 31)) == [soon]
    assert devices_expiring_before(profile, date(2027, 2, 10), date(2027, 2, 1)) == []
    surgery = [Procedure("Late", planned_on=date(2027, 12, 1)),
               Procedure("Knee", planned_on=date(2027, 2, 10)), Procedure("Undated")]
    assert expiry_remark(soon, TODAY, surgery) == \
        " (expires before the operation on 2027-02-10)"
    assert expiry_remark(later, TODAY, surgery) == \
        " (expires before the operation on 2027-12-01)"
    assert expiry_remark(later, TODAY, surgery[1:]) == ""
    assert expiry_remark(soon, date(2027, 2, 1), surgery) == " (EXPIRED)"


def test_no_diagnosis_and_no_emergency_contact():
    assert only(sound(diagnosis=None), "no-diagnosis").section == "diagnosis"
    # a diagnosis with facts but no subtype is still no diagnosis
    assert codes(sound(diagnosis=Diagnosis(baseline_tryptase_ng_ml=20.0))) == ["no-diagnosis"]
    assert only(sound(contacts=[]), "no-emergency-contact").section == "contacts"


@pytest.mark.parametrize("avoided,tolerated", [
    ("Morphine", "morphine"),  # case
    ("Métamizole", "metamizole"),  # accents
    ("Pethidine", "Meperidine (pethidine)"),  # catalog alias
    ("Paracetamol", "Acetaminophen"),  # alias of a tolerated suggestion
])
def test_agent_both_avoided_and_tolerated(avoided, tolerated):
    profile = sound(avoid=[AvoidEntry("Alcohol"), AvoidEntry(avoided)],
                    tolerated=[ToleratedEntry("Fentanyl"), ToleratedEntry(tolerated)])
    f = only(profile, "avoided-and-tolerated")
    assert (f.section, f.index) == ("tolerated", 1)
    # the facts quote the record as typed: both entries and where the avoided one is
    assert (f.agent, f.avoided, f.avoided_index, f.member) == (tolerated, avoided, 1, None)


def test_agent_avoided_and_tolerated_through_catalog_links():
    profile = sound(avoid=[AvoidEntry("the painkiller in Voltaren", catalog_id="diclofenac")],
                    tolerated=[ToleratedEntry("Diclofenac gel")])
    assert codes(profile) == ["avoided-and-tolerated"]


def test_tolerated_agent_listed_among_an_avoided_class():
    profile = sound(tolerated=[ToleratedEntry("Ibuprofen")])
    f = only(profile, "avoided-and-tolerated")
    assert (f.agent, f.member, f.avoided, f.avoided_index) == ("Ibuprofen", "ibuprofen",
                                                                "NSAIDs", 0)


@pytest.mark.parametrize("medication,avoided,member", [
    ("Ibuprofen 400 mg", ("NSAIDs", 0), "ibuprofen"),  # an example of the avoided class
    ("Aspirin", ("NSAIDs", 0), "aspirin"),
    ("MORPHINE sulfate", ("Morphine", 1), None),  # the avoided agent itself
])
def test_medication_matching_an_avoided_agent_or_class(medication, avoided, member):
    profile = sound(medications=[Medication("Cetirizine"), Medication(medication)])
    f = only(profile, "medication-avoided")
    assert (f.section, f.index, f.agent) == ("medications", 1, medication)
    assert ((f.avoided, f.avoided_index), f.member, f.looks_like) == (avoided, member, None)


def test_avoided_class_typed_in_the_singular_still_finds_its_examples():
    profile = sound(avoid=[AvoidEntry("NSAID")], medications=[Medication("Diclofenac")])
    assert only(profile, "medication-avoided").member == "diclofenac"


def test_medication_matching_a_class_example_with_an_alias():
    profile = sound(avoid=[AvoidEntry("Opioids")], medications=[Medication("Pethidine")])
    f = only(profile, "medication-avoided")
    assert f.member == "meperidine (pethidine)"


def test_a_word_inside_another_does_not_match():
    # "aspirin" is not inside "aspiring"; words are compared whole
    assert findings(sound(medications=[Medication("Aspiring-vitamins")])) == []


@pytest.mark.parametrize("name,code", [
    ("Bisoprolol 2.5 mg", "beta-blocker"),
    ("Propranolol", "beta-blocker"),
    ("Labetalol", "beta-blocker"),
    ("Ramipril", "ace-inhibitor"),
    ("Enalaprilat", "ace-inhibitor"),
    ("beta-blocker eye drops", "beta-blocker"),
])
def test_beta_blocker_or_ace_inhibitor_is_for_the_physician_to_review(name, code):
    f = only(sound(medications=[Medication(name)]), code)
    assert f.severity == check.REVIEW
    assert (f.agent, f.looks_like, f.avoided) == (name, code, None)


def test_review_class_already_avoided_is_a_medication_avoided_warning():
    profile = sound(avoid=[AvoidEntry("Beta-blockers", catalog_id="beta-blockers")],
                    medications=[Medication("Metoprolol")])
    f = only(profile, "medication-avoided")
    assert (f.agent, f.looks_like, f.avoided, f.avoided_index) == (
        "Metoprolol", check.BETA_BLOCKER, "Beta-blockers", 0)


def test_short_words_with_a_stem_ending_are_not_drugs():
    assert findings(sound(medications=[Medication("Vitamin D every April")])) == []


def test_warnings_come_before_items_to_review_and_every_code_is_listed():
    profile = sound(diagnosis=None, medications=[Medication("Atenolol"), Medication("Ibuprofen")])
    found = findings(profile)
    assert [f.code for f in found] == ["no-diagnosis", "medication-avoided", "beta-blocker"]
    assert all(f.code in check.CODES and f.severity in check.SEVERITIES for f in found)
    assert found[0] == Finding("no-diagnosis", check.WARNING, "diagnosis")  # no facts to quote


def test_core_check_makes_no_sentence():
    """Wording lives in render/check_text.py (English) and the Check page (translated): a
    string literal with spaces in core/check.py, other than a docstring, would be a sentence
    that the app shows in English."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(check.__file__).read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    sentences = [node.value for node in ast.walk(tree)
                 if isinstance(node, ast.Constant) and isinstance(node.value, str)
                 and " " in node.value and id(node) not in docstrings]
    assert sentences == []
    assert not any(isinstance(node, ast.JoinedStr) for node in ast.walk(tree))


def test_a_contact_number_without_country_code_is_found():
    """A parent typed "0170 1234567": right at home, but from abroad or a helper's phone
    with a foreign SIM it may not connect; with + or 00 and the country code it does."""
    from sm_card.core.catalog import default_catalog
    from sm_card.core.models import Contact, Diagnosis, Profile

    profile = Profile(name="Lina", diagnosis=Diagnosis(subtype="ISM"),
                      contacts=[Contact("Sara", "0170 1234567"), Contact("Tom", "+49 170 1"),
                                Contact("Ana", "0049 170 2"), Contact("Bo", " 030 123 ")])
    found = [f for f in check.check_profile(profile, default_catalog(), date(2026, 11, 23))
             if f.code == check.NO_COUNTRY_CODE]
    assert [(f.index, f.contact, f.phone, f.severity, f.section) for f in found] == [
        (0, "Sara", "0170 1234567", check.WARNING, check.CONTACTS),
        (3, "Bo", "030 123", check.WARNING, check.CONTACTS)]


def test_an_expiry_year_far_ahead_is_flagged_as_a_likely_slip():
    """Found in a walk through the command line: "2072-12" typed for "2027-12" imported
    without a word, and that device would never be reminded of."""
    profile = sound(injectors=[device(), device(expires=PartialDate(2072, 12))])
    f = only(profile, "expiry-far-ahead")
    assert (f.index, f.expiry) == (1, date(2072, 12, 31))
    assert "more than 3 years away" in message(f)
    # three years ahead to the day is still a date a device may carry
    assert findings(sound(injectors=[device(), device(expires=PartialDate(2029, 11, 23))])) == []
    assert codes(sound(injectors=[device(), device(expires=PartialDate(2029, 11, 24))])) == [
        "expiry-far-ahead"]
    # a 29 February today is held at 28 February three years on, never an error
    assert check.shift_years(date(2028, 2, 29), 3) == date(2031, 2, 28)
    assert check.shift_years(date(9998, 1, 1), 3) == date.max
