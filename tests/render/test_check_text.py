"""The check's findings in English for the terminal: made here from core's facts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from sm_card.core import check
from sm_card.core.catalog import default_catalog
from sm_card.core.check import Finding, check_profile
from sm_card.core.models import (
    AvoidEntry,
    Diagnosis,
    Injector,
    Medication,
    PartialDate,
    Profile,
    ToleratedEntry,
)
from sm_card.render import check_text

TODAY = date(2026, 11, 23)


def test_core_findings_carry_no_sentence():
    names = {f.name for f in dataclasses.fields(Finding)}
    assert "message" not in names and not hasattr(Finding, "line")
    assert {"product", "dose_mg", "expiry", "count", "agent", "avoided"} <= names


@pytest.mark.parametrize("finding,expected", [
    (Finding(check.FEWER_THAN_TWO, check.WARNING, check.INJECTORS, count=0),
     "only 0 in-date epinephrine devices: carry two"),
    (Finding(check.FEWER_THAN_TWO, check.WARNING, check.INJECTORS, count=1),
     "only 1 in-date epinephrine device: carry two"),
    (Finding(check.DEVICE_EXPIRED, check.WARNING, check.INJECTORS, 1, "x", product="Jext",
             dose_mg=0.15, expiry=date(2026, 10, 31)),
     "Jext 0.15 mg: out of date since 2026-10-31"),
    (Finding(check.DOSE_NOT_MADE, check.WARNING, check.INJECTORS, 0, "x", product="EPIPEN",
             dose_mg=0.5, catalog_product="EpiPen", doses_mg=(0.15, 0.3)),
     "EPIPEN 0.5 mg: EpiPen is made in 0.15 / 0.3 mg only; check the dose on the device's "
     "label"),
    (Finding(check.AVOIDED_AND_TOLERATED, check.WARNING, check.TOLERATED, 1, agent="morphine",
             avoided="Morphine", avoided_index=0),
     "'morphine' is both tolerated (entry 2) and to avoid ('Morphine', entry 1)"),
])
def test_each_finding_worded_from_its_facts(finding, expected):
    assert check_text.message(finding) == expected
    assert check_text.line(finding) == f"{finding.code}: {expected}"


def test_review_items_ask_the_physician_and_never_say_stop():
    profile = Profile(name="Sam", diagnosis=Diagnosis(subtype="ISM"),
                      avoid=[AvoidEntry("NSAIDs", catalog_id="nsaids")],
                      tolerated=[ToleratedEntry("Paracetamol")],
                      medications=[Medication("Bisoprolol"), Medication("Ramipril")],
                      injectors=[Injector(product="EpiPen", dose_mg=0.3,
                                          expires_on=PartialDate(2027, 9))] * 2)
    lines = check_text.check_lines(profile, default_catalog(), TODAY)
    assert [line.split(":")[0] for line in lines][-2:] == ["beta-blocker", "ace-inhibitor"]
    assert lines[-2:] == [
        "beta-blocker: medication 'Bisoprolol' looks like a beta-blocker: for your physician "
        "to review",
        "ace-inhibitor: medication 'Ramipril' looks like an ACE inhibitor: for your physician "
        "to review"]
    assert not any("stop" in line.casefold() for line in lines)
    # the JSON keeps docs/CLI.md's keys, message included
    found = check_profile(profile, default_catalog(), TODAY)
    assert list(check_text.to_json(found[-1])) == [
        "code", "severity", "message", "section", "index", "item_id"]
