"""Interchange format: the example imports, round trips are exact, every error rule holds."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sm_card.core import interchange
from sm_card.core.interchange import InterchangeError
from sm_card.core.models import PartialDate

FIXTURES = Path(__file__).parent.parent / "fixtures"

TODAY = date(2026, 11, 23)


def load(doc, known=None):
    return interchange.parse_document(doc, today=TODAY, known_catalog=known)


@pytest.fixture
def doc(example_text):
    return json.loads(example_text)


def error_of(doc) -> str:
    with pytest.raises(InterchangeError) as info:
        load(doc)
    return str(info.value)


def test_example_imports_whole(doc):
    result = load(doc)
    assert result.version == 1
    (alex,) = result.profiles
    assert alex.name == "Alex Example"
    assert alex.date_of_birth == date(1981, 4, 12)
    assert alex.diagnosis.subtype == "ISM"
    assert alex.diagnosis.diagnosed_on == PartialDate(2019, 6)
    assert alex.diagnosis.baseline_tryptase_ng_ml == 38.5
    assert [a.agent for a in alex.avoid] == [
        "NSAIDs", "atracurium", "morphine", "iodinated contrast media"]
    assert alex.avoid[2].severity == "caution"
    assert alex.injectors[1].expires_on.is_month_only
    assert alex.injectors[1].expiry_date == date(2027, 9, 30)
    assert alex.injectors[2].status == "used"
    assert alex.contacts[0].phone == "+44 7700 900123"
    assert alex.emergency_plan.startswith("Epinephrine 0.3 mg IM")


def test_export_import_export_is_identical(doc):
    first = load(doc).profiles
    text1 = interchange.dumps(first)
    second = interchange.loads(text1, today=TODAY).profiles
    assert second == first
    assert interchange.dumps(second) == text1


def test_version1_export_is_the_published_format(doc):
    profiles = load(doc).profiles
    v1 = json.loads(interchange.dumps(profiles, version=1))
    assert v1["version"] == 1
    # Strict v1 readers refuse unknown keys: none of the v2 additions may appear.
    assert "id" not in v1["profiles"][0]["injectors"][0]
    assert "procedures" not in v1["profiles"][0]
    reimported = load(v1).profiles[0]
    for device in reimported.injectors:  # v1 carries no ids: new ones are made
        device.id = None
    for device in profiles[0].injectors:
        device.id = None
    assert reimported == profiles[0]
    # The month-only expiry keeps its form.
    assert v1["profiles"][0]["injectors"][1]["expires_on"] == "2027-09"
    assert v1["profiles"][0] == json.loads(_example())["profiles"][0]


def _example() -> str:
    return (FIXTURES / "example-v1.json").read_text(encoding="utf-8")


def test_v2_keeps_device_ids_across_stores(doc):
    profiles = load(doc).profiles
    again = interchange.loads(interchange.dumps(profiles), today=TODAY).profiles
    assert [i.id for i in again[0].injectors] == [i.id for i in profiles[0].injectors]


def test_exported_at_is_rfc3339_utc(doc):
    text = interchange.dumps(load(doc).profiles,
                             now=datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    assert json.loads(text)["exported_at"] == "2026-11-23T10:00:00Z"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["profiles"][0]["injectors"][1].update(expires_on="2027-13"),
         'profiles[0].injectors[1].expires_on: "2027-13" is not a date'),
        (lambda d: d["profiles"][0].update(nickname="Al"),
         "profiles[0].nickname: is not a known key"),
        (lambda d: d.update(extra=1), "extra: is not a known key"),
        (lambda d: d["profiles"][0].update(name=None), "profiles[0].name: is required"),
        (lambda d: d["profiles"][0].update(name=""), "profiles[0].name: must not be empty"),
        (lambda d: d["profiles"][0].update(name="x" * 201),
         "profiles[0].name: is longer than 200 characters"),
        (lambda d: d["profiles"][0].update(weight_kg="64"),
         'profiles[0].weight_kg: "64" is not a number'),
        (lambda d: d["profiles"][0].update(weight_kg=500), "must be less than 500"),
        (lambda d: d["profiles"][0].update(weight_kg=0), "must be greater than 0"),
        (lambda d: d["profiles"][0].update(weight_kg=True), "is not a number"),
        (lambda d: d["profiles"][0].update(date_of_birth="2030-01-01"),
         'profiles[0].date_of_birth: "2030-01-01" is in the future'),
        (lambda d: d["profiles"][0].update(date_of_birth="2021-02-29"), "is not a date"),
        (lambda d: d["profiles"][0].update(date_of_birth="1981-04"), "is not a date"),
        (lambda d: d["profiles"][0]["diagnosis"].update(subtype="XYZ"),
         "profiles[0].diagnosis.subtype"),
        (lambda d: d["profiles"][0]["diagnosis"].update(kit_d816v="yes"), "kit_d816v"),
        (lambda d: d["profiles"][0]["diagnosis"].update(anaphylaxis_history="yes"),
         "is not true or false"),
        (lambda d: d["profiles"][0]["diagnosis"].update(baseline_tryptase_ng_ml=-1),
         "must be at least 0"),
        (lambda d: d["profiles"][0]["avoid"][0].update(severity="never"),
         "profiles[0].avoid[0].severity"),
        (lambda d: d["profiles"][0]["avoid"][0].update(agent=None),
         "profiles[0].avoid[0].agent: is required"),
        (lambda d: d["profiles"][0]["injectors"][0].update(dose_mg=0), "greater than 0"),
        (lambda d: d["profiles"][0]["injectors"][0].pop("expires_on"),
         "profiles[0].injectors[0].expires_on: is required"),
        (lambda d: d["profiles"][0]["injectors"][0].update(status="lost"), "status"),
        (lambda d: d["profiles"][0]["injectors"][0].update(id="abc"),
         "profiles[0].injectors[0].id: is not a known key"),  # v1 has no ids
        (lambda d: d["profiles"][0]["contacts"][0].update(phone=None),
         "profiles[0].contacts[0].phone: is required"),
        (lambda d: d["profiles"][0].update(languages="en"), "languages: is not a list"),
        (lambda d: d["profiles"][0].update(languages=["english!"]), "languages[0]"),
        (lambda d: d["profiles"][0].update(avoid={"agent": "x"}), "avoid: is not a list"),
        (lambda d: d["profiles"][0].update(name="Alex\nExample"), "control character"),
        (lambda d: d["profiles"][0].update(name="Alex\u202eelpmaxE"),
         "bidirectional override"),
        (lambda d: d["profiles"][0]["medications"][0].update(name="ceti\u2066rizine"),
         "bidirectional override"),
        (lambda d: d["profiles"][0]["avoid"][0].update(reaction="a\x07b"), "control character"),
        (lambda d: d["profiles"].append(copy.deepcopy(d["profiles"][0])),
         'profiles[1].name: "Alex Example" is the same name as profiles[0]'),
        (lambda d: d.update(profiles=[]), "profiles: must be a list of at least one profile"),
        (lambda d: d.update(format="other"), 'format: must be "sm-card"'),
        (lambda d: d.update(version="1"), "version: must be a whole number"),
        (lambda d: d.update(version=99), "this file is format version 99"),
        (lambda d: d.update(exported_at="yesterday"), "exported_at"),
    ],
)
def test_every_error_names_the_place(doc, mutate, expected):
    mutate(doc)
    assert expected in error_of(doc)


def test_line_breaks_allowed_only_in_free_text(doc):
    doc["profiles"][0]["emergency_plan"] = "Step 1\nStep 2\r\nStep 3"
    doc["profiles"][0]["diagnosis"]["notes"] = "line\nline"
    assert load(doc).profiles[0].emergency_plan.count("Step") == 3
    doc["profiles"][0]["medications"][0]["dose"] = "10\nmg"
    assert "profiles[0].medications[0].dose" in error_of(doc)


def test_unknown_catalog_id_is_kept_with_a_warning(doc):
    doc["profiles"][0]["avoid"][0]["catalog_id"] = "brand-new-id"
    result = load(doc, known={"atracurium", "morphine", "nsaids"})
    assert result.profiles[0].avoid[0].catalog_id == "brand-new-id"
    assert result.profiles[0].avoid[0].agent == "NSAIDs"
    assert len(result.warnings) == 1 and "brand-new-id" in result.warnings[0]


def test_optional_fields_may_be_null_or_absent(doc):
    doc["profiles"][0]["weight_kg"] = None
    doc["profiles"][0].pop("diagnosis")
    doc["profiles"][0]["injectors"][0].pop("status")
    doc.pop("exported_at")
    profile = load(doc).profiles[0]
    assert profile.weight_kg is None and profile.diagnosis is None
    assert profile.injectors[0].status == "active"


def test_not_json_and_not_utf8_are_refused():
    with pytest.raises(InterchangeError, match="not valid JSON"):
        interchange.loads("{", today=TODAY)
    with pytest.raises(InterchangeError, match="not UTF-8"):
        interchange.loads(b"\xff\xfe{}", today=TODAY)


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"),
                           blacklist_characters="\u202a\u202b\u202c\u202d\u202e"
                                                "\u2066\u2067\u2068\u2069"),
    min_size=1, max_size=200,
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(name=_names, agent=_names, plan=st.text(max_size=300).filter(
    lambda s: all(c in "\n\r" or not (ord(c) < 32 or 0x7f <= ord(c) <= 0x9f) for c in s)
    and not any(c in s for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    and all(not (0xd800 <= ord(c) <= 0xdfff) for c in s)))
def test_any_valid_text_round_trips(name, agent, plan):
    d = json.loads((FIXTURES / "example-v1.json").read_text(encoding="utf-8"))
    d["profiles"][0]["name"] = name
    d["profiles"][0]["avoid"][0]["agent"] = agent
    d["profiles"][0]["emergency_plan"] = plan or None
    profiles = load(d).profiles
    again = interchange.loads(interchange.dumps(profiles), today=TODAY).profiles
    assert again == profiles


def test_a_file_without_ids_gives_the_same_ids_every_time(doc):
    """Re-importing a version-1 file (or importing it into another store) must not make new
    devices: calendar UIDs and the reminder log are keyed by device id."""
    first, again = load(copy.deepcopy(doc)).profiles[0], load(copy.deepcopy(doc)).profiles[0]
    assert [i.id for i in first.injectors] == [i.id for i in again.injectors]
    assert len({i.id for i in first.injectors}) == 3 and all(i.id for i in first.injectors)
    # Two identical devices (same box, same lot) still get distinct ids.
    twin = copy.deepcopy(doc["profiles"][0]["injectors"][0])
    doc["profiles"][0]["injectors"].append(twin)
    ids = [i.id for i in load(doc).profiles[0].injectors]
    assert len(set(ids)) == 4 and ids[:3] == [i.id for i in first.injectors]


def test_ids_in_a_version2_file_are_kept_as_written(doc):
    doc["version"] = 2
    doc["profiles"][0]["injectors"][0]["id"] = "my-device"
    doc["profiles"][0]["procedures"] = [{"procedure": "hip", "id": "p-1"}, {"procedure": "knee"}]
    profile = load(doc).profiles[0]
    assert profile.injectors[0].id == "my-device"
    assert profile.procedures[0].id == "p-1" and profile.procedures[1].id
