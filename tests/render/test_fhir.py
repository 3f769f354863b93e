"""The FHIR patient summary: validates with fhir.resources (R4B) and has the IPS shape."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

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
    build_bundle,
    bundle_json,
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
    # Three recorded medications, then the epinephrine of the two carried devices (one
    # product and dose: one statement, not two identical ones).
    assert kinds("10160-0") == ["MedicationStatement"] * 4
    epinephrine = _resources(data, "MedicationStatement")[3]
    assert epinephrine["dosage"][0]["text"].startswith(
        "Epinephrine 0.3 mg (EpiPen auto-injector, 2 devices carried): into the outer")
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
    # Single substances carry the code read in the ATC index; contrast media have none.
    assert allergies[1]["code"]["coding"] == [{"system": ATC, "code": "M03AC04"}]
    assert allergies[2]["code"]["coding"] == [{"system": ATC, "code": "N02AA01"}]
    assert "coding" not in allergies[3]["code"]
    assert allergies[0]["reaction"][0]["description"] == (
        "hives and low blood pressure after ibuprofen"
    )
    assert allergies[0]["recordedDate"] == "2017-08-01"
    assert "criticality" not in allergies[0]
    statements = _resources(data, "MedicationStatement")
    assert statements[0]["medicationCodeableConcept"] == {"text": "cetirizine"}
    assert statements[0]["dosage"] == [{"text": "10 mg, twice daily"}]


def test_mast_cell_leukemia_carries_c94_30_with_a_note_on_the_other_codes(codes):
    # Issue 8: the catalog used to give MCL no ICD-10-CM code, so the Condition had none.
    profile = Profile(name="P", diagnosis=Diagnosis(subtype="MCL"))
    bundle = build_bundle(profile, codes, NOW)
    Bundle.model_validate(bundle)
    condition = _resources(bundle, "Condition")[0]
    assert condition["code"] == {
        "coding": [{"system": ICD10CM, "code": "C94.30"}],
        "text": "Mast cell leukemia",
    }
    note = " ".join(n["text"] for n in condition["note"])
    assert "C94.31" in note and "C94.32" in note and "physician" in note


def test_cutaneous_mastocytosis_notes_the_congenital_code_the_physician_may_choose(codes):
    profile = Profile(name="Child", diagnosis=Diagnosis(subtype="CM"))
    condition = _resources(build_bundle(profile, codes, NOW), "Condition")[0]
    assert condition["code"]["coding"] == [{"system": ICD10CM, "code": "D47.01"}]
    assert "Q82.2" in " ".join(n["text"] for n in condition["note"])
    # A subtype without alternatives gets no code note.
    ism = _resources(build_bundle(Profile(name="P", diagnosis=Diagnosis(subtype="ISM")), codes,
                                  NOW), "Condition")[0]
    assert "note" not in ism


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


def test_plan_of_care_holds_the_planned_procedures_and_their_steps(profile, codes):
    """The summary had neither the operation nor its premedication steps, though the letter
    prints both; one already past is left out."""
    from datetime import time

    from sm_card.core.models import PremedicationStep, Procedure

    profile.procedures = [
        Procedure("Knee arthroscopy", date(2026, 12, 28), hospital="Klinikum Nord",
                  planned_at=time(8, 30),
                  premedication_steps=[PremedicationStep("cetirizine 10 mg", 720),
                                       PremedicationStep("bring the signed plan")]),
        Procedure("Dental surgery", date(2026, 10, 1)),  # before NOW: left out
    ]
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    div = _sections(json.loads(text))["18776-5"]["text"]["div"]
    assert "Planned procedure: Knee arthroscopy, 2026-12-28 08:30, Klinikum Nord" in div
    assert ("Steps before Knee arthroscopy (recorded by the patient, as the physician wrote "
            "them):") in div
    assert ("12 h before the start (2026-12-27 20:30): cetirizine 10 mg\n"
            "Time not recorded: bring the signed plan") \
        in div
    assert "Dental surgery" not in div


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
        "no diagnosis": "11450-4", "nothing to avoid": "48765-2",
        "no injectors": "46264-8", "only used injectors": "46264-8",
    }.get(case)
    if case == "no medications":
        # The carried devices' epinephrine is still listed, and nothing else.
        by_url = {e["fullUrl"]: e["resource"] for e in data["entry"]}
        meds = [by_url[r["reference"]] for r in sections["10160-0"]["entry"]]
        assert [m["medicationCodeableConcept"]["text"] for m in meds] == [
            "Epinephrine (adrenaline)"]
    if empty:
        assert "emptyReason" in sections[empty]
    elif case != "no medications":
        assert _resources(data, "Patient")[0]["name"] == [{"text": "山田 太郎"}]
        assert "birthDate" not in _resources(data, "Patient")[0]


# --- Issue 8: provenance, alerts, codes and routes -----------------------------------------

def _avoid(agent, catalog_id=None, reaction=None):
    from sm_card.core.models import AvoidEntry

    return AvoidEntry(agent=agent, catalog_id=catalog_id, reaction=reaction)


def _injector(product, dose):
    from sm_card.core.models import Injector, PartialDate

    return Injector(product=product, dose_mg=dose, expires_on=PartialDate(2027, 5))


def _valid(profile, codes) -> dict:
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    data = json.loads(text)
    assert set(_references(data)) <= {e["fullUrl"] for e in data["entry"]}
    return data


def test_composition_narrative_says_patient_entered_and_not_a_clinical_record(profile, codes):
    data = _valid(profile, codes)
    composition = data["entry"][0]["resource"]
    div = composition["text"]["div"]
    assert composition["text"]["status"] == "generated"
    assert div.startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
    assert "Entered by the patient" in div and "not a clinical record" in div


def test_every_allergy_is_unconfirmed_and_recorded_and_asserted_by_the_patient(profile, codes):
    data = _valid(profile, codes)
    patient = {"reference": f"urn:uuid:{_resources(data, 'Patient')[0]['id']}"}
    allergies = _resources(data, "AllergyIntolerance")
    assert allergies
    for allergy in allergies:
        assert allergy["verificationStatus"]["coding"] == [{
            "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
            "code": "unconfirmed",
        }]
        assert allergy["recorder"] == patient and allergy["asserter"] == patient
    condition = _resources(data, "Condition")[0]
    assert condition["recorder"] == patient and condition["asserter"] == patient
    for statement in _resources(data, "MedicationStatement"):
        assert statement["informationSource"] == patient


def test_beta_blockers_and_ace_inhibitors_are_alerts_not_allergies(codes):
    profile = Profile(name="P", avoid=[
        _avoid("NSAIDs", "nsaids"),
        _avoid("Beta-blockers", "beta-blockers"),
        _avoid("ACE inhibitors"),  # recorded by name only: matched to the catalog entry
        _avoid("morphine", "morphine", reaction="flushing"),
    ])
    data = _valid(profile, codes)
    allergies = _resources(data, "AllergyIntolerance")
    assert [a["code"]["text"] for a in allergies] == ["NSAIDs", "morphine"]
    flags = _resources(data, "Flag")
    assert len(flags) == 2
    for flag, name in zip(flags, ("Beta-blockers", "ACE inhibitors"), strict=True):
        assert flag["status"] == "active"
        assert flag["code"]["text"].startswith(f"{name}: Not an allergy: listed for another")
        assert "anaphylaxis" in flag["code"]["text"]
    sections = _sections(data)
    alerts = sections["104605-1"]
    assert alerts["code"]["coding"] == [{"system": LOINC, "code": "104605-1"}]
    assert [r["reference"] for r in alerts["entry"]] == [f"urn:uuid:{f['id']}" for f in flags]
    assert "Not an allergy" in alerts["text"]["div"]
    assert "Beta-blockers" not in sections["48765-2"]["text"]["div"]


def test_no_alerts_section_without_such_agents(profile, codes):
    assert "104605-1" not in _sections(_valid(profile, codes))


@pytest.mark.parametrize(
    ("product", "dose", "route", "form"),
    [
        ("neffy", 2, ("46713006", "Nasal route"), "nasal spray"),
        ("EpiPen Jr", 0.15, ("78421000", "Intramuscular route"), "auto-injector"),
        ("Mystery pen", 0.3, None, None),
    ],
)
def test_the_epinephrine_route_follows_the_device_form(codes, product, dose, route, form):
    profile = Profile(name="P", injectors=[_injector(product, dose)])
    data = _valid(profile, codes)
    statement = next(s for s in _resources(data, "MedicationStatement")
                     if s["medicationCodeableConcept"]["text"] == "Epinephrine (adrenaline)")
    assert statement["medicationCodeableConcept"]["coding"] == [{"system": ATC, "code": "C01CA24"}]
    dosage = statement["dosage"][0]
    assert dosage["asNeededBoolean"] is True
    device = _resources(data, "Device")[0]
    if route is None:
        assert "route" not in dosage  # an unknown product's route is never guessed
        assert device["type"]["text"] == "Epinephrine (adrenaline) device"
    else:
        assert dosage["route"]["coding"] == [
            {"system": "http://snomed.info/sct", "code": route[0], "display": route[1]}]
        assert device["type"]["text"] == f"Epinephrine (adrenaline) {form}"
        assert form in dosage["text"]
    if form == "nasal spray":
        assert "nostril" in dosage["route"]["text"] and "thigh" not in dosage["text"]


def test_the_reaction_log_goes_with_its_avoid_entry_and_the_rest_into_the_narrative(
        profile, codes):
    """Issue 13's reaction log in the summary: a linked event becomes a reaction of that
    AllergyIntolerance (uncoded, with its day, treatment and acute tryptase against the
    threshold); an unlinked one is only told in the section's narrative."""
    from sm_card.core.models import Reaction
    from sm_card.render.fhir import SECTION_ALLERGIES

    profile.reactions = [
        Reaction(occurred_on=date(2025, 5, 3), avoid_agent="NSAIDs", signs="hives, hypotension",
                 treatment="epinephrine 0.3 mg", acute_tryptase_ng_ml=60),
        Reaction(occurred_on=date(2024, 1, 9), trigger="wasp sting", signs="flushing")]
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    data = json.loads(text)
    nsaids = next(a for a in _resources(data, "AllergyIntolerance")
                  if a["code"]["text"] == "NSAIDs")
    logged = [r for r in nsaids["reaction"] if r.get("onset") == "2025-05-03"]
    assert logged == [{
        "manifestation": [{"text": "hives, hypotension"}],
        "onset": "2025-05-03",
        "description": "Reaction log, 2025-05-03: after NSAIDs",
        "note": [{"text": "Treatment: epinephrine 0.3 mg"},
                 {"text": "Acute serum tryptase 60 ng/mL (threshold 48.2: above)"}]}]
    assert not any("wasp" in json.dumps(a) for a in _resources(data, "AllergyIntolerance"))
    narrative = _sections(data)[SECTION_ALLERGIES]["text"]["div"]
    assert "Reaction log (not linked to an avoid entry): 2024-01-09 — after wasp sting" in narrative


def test_the_summary_carries_tolerated_agents_weight_and_blood_type(profile, codes):
    """Read by an anesthetist: the letter and the card list what was tolerated, the weight
    and the blood type, the FHIR summary had none of them (a child's "prednisolone 1 mg/kg"
    meant nothing without the weight)."""
    from fhir.resources.R4B.observation import Observation

    profile.weight_kg = 14.5
    text = bundle_json(profile, codes, NOW)
    Bundle.model_validate_json(text)
    bundle = json.loads(text)
    allergies = _sections(bundle)["48765-2"]["text"]["div"]
    assert ("Recorded by the patient as tolerated before: propofol "
            "(general anaesthesia 2021, no reaction") in allergies
    vitals = _sections(bundle)["8716-3"]
    (weight,) = _resources(bundle, "Observation")
    Observation.model_validate(weight)
    assert weight["code"]["coding"] == [{"system": "http://loinc.org", "code": "29463-7"}]
    assert weight["valueQuantity"] == {"value": 14.5, "unit": "kg",
                                       "system": "http://unitsofmeasure.org", "code": "kg"}
    assert "effectiveDateTime" not in weight  # no date of measurement is made up
    assert vitals["entry"] == [{"reference": f"urn:uuid:{weight['id']}"}]
    assert "Body weight: 14.5 kg" in vitals["text"]["div"]
    assert f"Blood type, as the patient recorded it: {profile.blood_type}" in vitals["text"]["div"]
    # nothing recorded, no section
    profile.weight_kg, profile.blood_type = None, None
    assert "8716-3" not in _sections(json.loads(bundle_json(profile, codes, NOW)))
