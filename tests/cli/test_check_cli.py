"""`sm-card check` and the same findings as warnings of card, letter and qr-text."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from sm_card import cli
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
from sm_card.core.store import Store


def run(*args) -> int:
    try:
        return cli.main([str(a) for a in args])
    except SystemExit as exit_:  # argparse usage errors
        return int(exit_.code)


# In date on the tests' --today (2026-11-23) and less than three years on (further ahead is
# flagged as a likely slip in the year).
IN_DATE = PartialDate(2028, 12)


def in_date_on_the_real_clock() -> PartialDate:
    """For the commands that take no --today (card, letter, qr-text): in date today and
    less than three years ahead, whenever the tests run."""
    return PartialDate(date.today().year + 2, 12)


def pen(product="EpiPen", dose=0.3, expires=IN_DATE) -> Injector:
    return Injector(product=product, dose_mg=dose, expires_on=expires)


def sound(name: str, expires: PartialDate = IN_DATE) -> Profile:
    return Profile(name=name, diagnosis=Diagnosis(subtype="ISM"),
                   avoid=[AvoidEntry("NSAIDs", catalog_id="nsaids")],
                   medications=[Medication("Cetirizine")],
                   injectors=[pen(expires=expires), pen("Jext", expires=expires)],
                   contacts=[Contact("Robin", "+44 20 7946 0000")])


def flawed(name: str, expires: PartialDate = IN_DATE) -> Profile:
    profile = sound(name, expires)
    profile.injectors = [pen("EpiPen", 0.5, expires), pen("Emerade", 0.3, PartialDate(2027, 1))]
    profile.medications.append(Medication("Ibuprofen 400 mg"))
    profile.procedures = [Procedure("Knee arthroscopy", planned_on=date(2027, 2, 10))]
    return profile


@pytest.fixture
def store_dir(data_dir):
    def make(*profiles: Profile):
        with Store.open(data_dir) as store:
            store.replace_profiles(list(profiles))
        return data_dir
    return make


def test_no_finding_exits_0_and_prints_nothing(store_dir, capsys):
    data = store_dir(sound("Sam"))
    assert run("--data-dir", data, "check", "--today", "2026-11-23") == 0
    assert capsys.readouterr().out == ""


def test_findings_one_a_line_exit_12(store_dir, capsys):
    data = store_dir(flawed("Sam"))
    assert run("--data-dir", data, "check", "--today", "2026-11-23") == 12
    lines = capsys.readouterr().out.splitlines()
    # the recall's wording is the catalog's
    assert lines[0].startswith("Sam: recalled-product: Emerade 0.3 mg: ") and "MHRA" in lines[0]
    assert lines[1:] == [
        "Sam: expires-before-procedure: Emerade 0.3 mg: in date only until 2027-01-31, before "
        "Knee arthroscopy on 2027-02-10",
        "Sam: dose-not-made: EpiPen 0.5 mg: EpiPen is made in 0.3 mg only; check the dose on "
        "the device's label",
        "Sam: medication-avoided: medication 'Ibuprofen 400 mg': the catalog lists ibuprofen "
        "among 'NSAIDs', in the avoid list (entry 1)",
    ]
    # --today moves the check: after the Emerade's expiry it counts against "carry two"
    assert run("--data-dir", data, "check", "--today", "2027-02-01") == 12
    out = capsys.readouterr().out
    assert "Sam: fewer-than-two: only 1 in-date epinephrine device: carry two" in out
    assert "Sam: device-expired: Emerade 0.3 mg: out of date since 2027-01-31" in out


def test_json_names_where_each_finding_points(store_dir, capsys):
    data = store_dir(flawed("Sam"))
    assert run("--data-dir", data, "check", "--today", "2026-11-23", "--json") == 12
    out = json.loads(capsys.readouterr().out)
    assert out["exit_code"] == 12 and out["today"] == "2026-11-23"
    dose = next(f for f in out["findings"] if f["code"] == "dose-not-made")
    assert (dose["profile"], dose["severity"], dose["section"], dose["index"]) == (
        "Sam", "warning", "injectors", 0)
    assert isinstance(dose["item_id"], str) and dose["message"].startswith("EpiPen 0.5 mg")


def test_every_profile_unless_one_is_named(store_dir, capsys):
    data = store_dir(sound("Parent"), flawed("Child"))
    assert run("--data-dir", data, "check", "--today", "2026-11-23") == 12
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all(line.startswith("Child: ") for line in lines)
    assert run("--data-dir", data, "--profile", "Parent", "check", "--today", "2026-11-23") == 0
    assert capsys.readouterr().out == ""
    assert run("--data-dir", data, "--profile", "Nobody", "check") == 3


def test_bad_date_is_a_usage_error(store_dir, capsys):
    data = store_dir(sound("Sam"))
    assert run("--data-dir", data, "check", "--today", "2026-13-01") == 2
    assert "is not a date" in capsys.readouterr().err


def test_card_letter_and_qr_text_warn_with_the_findings(store_dir, tmp_path):
    """Run as a script would (real processes): stderr carries the findings, exit stays 0."""
    data = store_dir(flawed("Sam", in_date_on_the_real_clock()))
    expected = "warning: dose-not-made: EpiPen 0.5 mg: EpiPen is made in 0.3 mg only"
    for args in (("card", "-o", tmp_path / "card.pdf"), ("letter", "-o", tmp_path / "l.pdf"),
                 ("qr-text",)):
        done = subprocess.run(
            [sys.executable, "-m", "sm_card", "--data-dir", str(data), *map(str, args)],
            capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert expected in done.stderr, (args, done.stderr)
        assert "warning: recalled-product: Emerade 0.3 mg" in done.stderr
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")


def test_a_sound_record_adds_no_warning(store_dir, capsys):
    data = store_dir(sound("Sam", in_date_on_the_real_clock()))
    assert run("--data-dir", data, "qr-text") == 0
    # The QR may still be shortened (its own warning); no finding of the check is added.
    warnings = [line for line in capsys.readouterr().err.splitlines()
                if line.startswith("warning:") and "QR text shortened" not in line]
    assert warnings == []


def test_every_code_worded_as_before(store_dir, capsys):
    """The wording moved from core/check.py to render/check_text.py: each of the 13 codes
    prints exactly what it printed before the move (lines taken from the old code's output);
    number-without-country-code came later."""
    sam = flawed("Sam")
    sam.diagnosis, sam.contacts = None, []
    sam.avoid += [AvoidEntry("Morphine"), AvoidEntry("Beta-blockers", catalog_id="beta-blockers")]
    sam.tolerated = [ToleratedEntry("morphine"), ToleratedEntry("Ibuprofen")]
    sam.medications = [Medication(m) for m in ("Ibuprofen 400 mg", "MORPHINE sulfate",
                                               "Metoprolol", "Ramipril", "Diclofenac")]
    sam.injectors = [pen("EpiPen", 0.5), pen("Emerade", 0.3, PartialDate(2027, 1)),
                     pen("Zzyxx rescue pen"), pen("Jext", 0.3, PartialDate(2026, 10))]
    sam.injectors[2].location = sam.injectors[3].location = "school"
    other = Profile(name="مريم", diagnosis=Diagnosis(subtype="ISM"),
                    medications=[Medication("Bisoprolol")], contacts=[Contact("R", "1")])
    data = store_dir(sam, other)
    assert run("--data-dir", data, "check", "--today", "2026-11-23") == 12
    lines = capsys.readouterr().out.splitlines()
    recall = lines.pop(0)
    assert recall.startswith("Sam: recalled-product: Emerade 0.3 mg: ") and "MHRA" in recall
    assert lines == [
        "Sam: fewer-than-two-at-place: only 1 in-date epinephrine device at school: carry two "
        "there",
        "Sam: device-expired: Jext 0.3 mg: out of date since 2026-10-31",
        "Sam: expires-before-procedure: Emerade 0.3 mg: in date only until 2027-01-31, before "
        "Knee arthroscopy on 2027-02-10",
        "Sam: dose-not-made: EpiPen 0.5 mg: EpiPen is made in 0.3 mg only; check the dose on "
        "the device's label",
        "Sam: unknown-product: Zzyxx rescue pen 0.3 mg: 'Zzyxx rescue pen' is not a product the "
        "catalog knows; its route and doses cannot be checked",
        "Sam: no-diagnosis: no diagnosis (subtype) recorded",
        "Sam: no-emergency-contact: no emergency contact recorded",
        "Sam: avoided-and-tolerated: 'morphine' is both tolerated (entry 1) and to avoid "
        "('Morphine', entry 2)",
        "Sam: avoided-and-tolerated: 'Ibuprofen' is tolerated (entry 2), yet the catalog lists "
        "ibuprofen among 'NSAIDs', to avoid (entry 1)",
        "Sam: medication-avoided: medication 'Ibuprofen 400 mg': the catalog lists ibuprofen "
        "among 'NSAIDs', in the avoid list (entry 1)",
        "Sam: medication-avoided: medication 'MORPHINE sulfate' matches 'Morphine' in the avoid "
        "list (entry 2)",
        "Sam: medication-avoided: medication 'Metoprolol' looks like a beta-blocker, and "
        "'Beta-blockers' is in the avoid list (entry 3)",
        "Sam: medication-avoided: medication 'Diclofenac': the catalog lists diclofenac among "
        "'NSAIDs', in the avoid list (entry 1)",
        "Sam: ace-inhibitor: medication 'Ramipril' looks like an ACE inhibitor: for your "
        "physician to review",
        "مريم: fewer-than-two: only 0 in-date epinephrine devices: carry two",
        "مريم: number-without-country-code: R's number 1 has no country code (+…): it may not "
        "connect from abroad or from a phone with a foreign SIM",
        "مريم: beta-blocker: medication 'Bisoprolol' looks like a beta-blocker: for your "
        "physician to review",
    ]
