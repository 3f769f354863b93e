"""The FHIR patient summary: validates with fhir.resources (R4B) and has the IPS shape."""

from __future__ import annotations

import json
from datetime import date, datetime, UTC

import pytest
from fhir.resources.R4B.bundle import Bundle

from sm_card.core import interchange
from sm_card.core.catalog import default_catalog
from sm_card.core.models import Diagnosis, Profile
from sm_card.render.fhir import (
    ATC,
    ICD10CM,
    LIST_EMPTY_REASON,
    LOINC,
    bundle_json,
    build_bundle,
    lookup_from,
)

NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


@pytest.fixture
def profile(example_text) -> Profile:
    return interchange.loads(example_text, today=TODAY).profiles[0]


@pytest.fixture
def codes():
    return lookup_from(default_catalog())


def _resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _sections(bundle: dict) -> dict[str, dict]:
    composition = bundle["entry"][0]["resource"]
    return {s["code"]["coding"][0]["code"]: s for s in composition["section"]}


def _references(node) -> list[str]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_references(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_references(item))
    return found


def test_bundle_validates_and_is_a_document(profile, codes):
    text = bundle_json(profile, codes, NOW)
    parsed = Bundle.model_validate_json(text)
    assert parsed.type == "document"
    data = json.loads(text)
    assert data["identifier"]["value"].startswith("urn:uuid:")
    assert data["timestamp"] == "2026-11-23T20:00:00+00:00"
    composition = data["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert composition["type"]["coding"] == [{"system": LOINC, "code": "60591-5"}]
    patient = _resources(data, "Patient")[0]
    patient_url = f"urn:uuid:{patient['id']}"
    assert composition["subject"]["reference"] == patient_url
    assert composition["author"] == [{"reference": patient_url}]
    assert patient["name"] == [{"text": "Alex Example"}]
    assert patient["birthDate"] == "1981-04-12"


def test_every_reference_resolves_inside_the_bundle(profile, codes):
    data = json.loads(bundle_json(profile, codes, NOW))
    full_urls = [e["fullUrl"] for e in data["entry"]]
    assert len(set(full_urls)) == len(full_urls)
    assert all(url.startswith("urn:uuid:") for url in full_urls)
    references = _references(data)
    assert len(references) > 10
    assert set(references) <= set(full_urls)


def test_sections_and_their_entries(profile, codes):
    data = json.loads(bundle_json(profile, codes, NOW))
    sections = _sections(data)
    assert set(sections) >= {"11450-4", "48765-2", "10160-0", "46264-8"}
    by_url = {e["fullUrl"]: e["resource"] for e in data["entry"]}

    def kinds(code):
        return [by_url[r["reference"]]["resourceType"] for r in sections[code]["entry"]]

    assert kinds("11450-4") == ["Condition"]
    assert kinds("48765-2") == ["AllergyIntolerance"] * 4
    assert kinds("10160-0") == ["MedicationStatement"] * 3
    assert kinds("46264-8") == ["DeviceUseStatement"] * 2
    for section in sections.values():
        assert section["text"]["div"].startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
        assert "emptyReason" not in section


def test_codes_only_where_the_catalog_gives_them_and_text_always(profile, codes):
    data = json.loads(bundle_json(profile, codes, NOW))
    condition = _resources(data, "Condition")[0]
    assert condition["code"] == {
        "coding": [{"system": ICD10CM, "code": "D47.02"}],
        "text": "Indolent systemic mastocytosis",
    }
    allergies = _resources(data, "AllergyIntolerance")
    assert [a["code"]["text"] for a in allergies] == [
        "NSAIDs", "atracurium", "morphine", "iodinated contrast media"
    ]
    assert allergies[0]["code"]["coding"] == [{"system": ATC, "code": "M01A"}]
    # atracurium and morphine have no ATC code in the catalog: text only
    assert all("coding" not in a["code"] for a in allergies[1:])
    assert allergies[0]["reaction"][0]["description"] == (
        "hives and low blood pressure after ibuprofen"
    )
    assert allergies[0]["recordedDate"] == "2017-08-01"
    assert "criticality" not in allergies[0]
    statements = _resources(data, "MedicationStatement")
    assert statements[0]["medicationCodeableConcept"] == {"text": "cetirizine"}
    assert statements[0]["dosage"] == [{"text": "10 mg, twice daily"}]


def test_mast_cell_leukemia_has_no_icd10cm_code(codes):
    profile = Profile(name="P", diagnosis=Diagnosis(subtype="MCL"))
    condition = _resources(build_bundle(profile, codes, NOW), "Condition")[0]
    assert condition["code"] == {"text": "Mast cell leukemia"}


def test_devices_carry_expiry_and_lot(profile, codes):
    data = json.loads(bundle_json(profile, codes, NOW))
    devices = _resources(data, "Device")
    assert [(d["expirationDate"], d["lotNumber"]) for d in devices] == [
        ("2026-12-31", "LX2491"), ("2027-09-30", "MB0317")
    ]
    uses = _resources(data, "DeviceUseStatement")
    assert [u["device"]["reference"] for u in uses] == [f"urn:uuid:{d['id']}" for d in devices]


def test_empty_record_sections_carry_empty_reason(codes):
    profile = Profile(name="Ω <b>&amp;")
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    data = json.loads(text)
    sections = _sections(data)
    for code in ("11450-4", "48765-2", "10160-0", "46264-8"):
        section = sections[code]
        assert "entry" not in section
        assert section["emptyReason"]["coding"] == [
            {"system": LIST_EMPTY_REASON, "code": "unavailable"}
        ]
    assert "birthDate" not in _resources(data, "Patient")[0]
    assert "Plan of care" not in [s["title"] for s in sections.values()]
    assert _resources(data, "Patient")[0]["name"] == [{"text": "Ω <b>&amp;"}]


def test_physician_plans_go_to_plan_of_care_as_narrative(profile, codes):
    data = json.loads(bundle_json(profile, codes, NOW))
    section = _sections(data)["18776-5"]
    assert "entry" not in section and "emptyReason" not in section
    assert "Epinephrine 0.3 mg IM at first sign of anaphylaxis" in section["text"]["div"]


def test_record_text_is_escaped_in_narratives(profile, codes):
    profile.avoid[0].agent = "<script>x</script> & co"
    data = json.loads(bundle_json(profile, codes, NOW))
    div = _sections(data)["48765-2"]["text"]["div"]
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in div
    assert "<script>" not in div


def test_ids_are_stable_for_the_same_record(profile, codes):
    first = build_bundle(profile, codes, NOW)
    second = build_bundle(profile, codes, NOW)
    assert first == second
    later = build_bundle(profile, codes, datetime(2026, 12, 1, tzinfo=UTC))
    assert [e["fullUrl"] for e in later["entry"]] == [e["fullUrl"] for e in first["entry"]]
    assert later["identifier"] != first["identifier"]


def test_diagnosis_without_subtype_keeps_its_facts_in_the_narrative(codes):
    profile = Profile(name="P", diagnosis=Diagnosis(baseline_tryptase_ng_ml=12.0))
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    section = _sections(json.loads(text))["11450-4"]
    assert "emptyReason" in section and "entry" not in section
    assert "Baseline serum tryptase 12 ng/mL" in section["text"]["div"]


def test_plans_keep_their_line_breaks_and_indentation_in_the_narrative(codes):
    plan = "1. Epinephrine <IM> & call\n\n   a) repeat after 5 min"
    profile = Profile(name="P", emergency_plan=plan, premedication="  \n ")
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    div = _sections(json.loads(text))["18776-5"]["text"]["div"]
    escaped = "1. Epinephrine &lt;IM&gt; &amp; call\n\n   a) repeat after 5 min"
    assert f'<p style="white-space:pre-wrap">{escaped}</p>' in div
    assert "Premedication" not in div  # blank text is no plan


def _unusual(profile: Profile, case: str) -> Profile:
    if case == "no diagnosis":
        profile.diagnosis = None
    elif case == "nothing to avoid":
        profile.avoid = []
    elif case == "no medications":
        profile.medications = []
    elif case == "no injectors":
        profile.injectors = []
    elif case == "only used injectors":
        for injector in profile.injectors:
            injector.status = "used"
    elif case == "no date of birth, CJK name":
        profile.date_of_birth = None
        profile.name = "山田 太郎"
    return profile


@pytest.mark.parametrize("case", [
    "no diagnosis", "nothing to avoid", "no medications", "no injectors",
    "only used injectors", "no date of birth, CJK name",
])
def test_unusual_records_still_make_a_sound_document(profile, codes, case):
    profile = _unusual(profile, case)
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    data = json.loads(text)
    assert data["identifier"]["value"] and data["timestamp"]
    composition = data["entry"][0]["resource"]
    patient_url = f"urn:uuid:{_resources(data, 'Patient')[0]['id']}"
    assert composition["author"] == [{"reference": patient_url}]
    assert set(_references(data)) <= {e["fullUrl"] for e in data["entry"]}
    sections = _sections(data)
    for code in ("11450-4", "48765-2", "10160-0", "46264-8"):
        section = sections[code]
        assert ("entry" in section) != ("emptyReason" in section), (case, code)
    empty = {
        "no diagnosis": "11450-4", "nothing to avoid": "48765-2", "no medications": "10160-0",
        "no injectors": "46264-8", "only used injectors": "46264-8",
    }.get(case)
    if empty:
        assert "emptyReason" in sections[empty]
    else:
        assert _resources(data, "Patient")[0]["name"] == [{"text": "山田 太郎"}]
        assert "birthDate" not in _resources(data, "Patient")[0]
