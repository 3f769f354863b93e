"""The record as an HL7 FHIR International Patient Summary document (FHIR 4.0.1, R4B models).

Codes come only from docs/formats.md (FHIR IPS) and the catalog (docs/clinical-sources.md): LOINC
for the document and section types, ICD-10-CM for the diagnosis where the catalog gives one,
ATC for an avoided drug class where the catalog gives one, and two SNOMED CT route codes for the
epinephrine device (below). Everything carries its text, so a reader without the code systems
still understands it. FHIR's own status codes (``final``, ``active``, ``unconfirmed``) are
required by the specification itself.

Provenance is explicit (issue 8): the person entered every fact, so the Composition's narrative
says the summary is patient-entered and not a clinical record, each AllergyIntolerance is
``unconfirmed`` with the Patient as recorder and asserter, and agents the catalog lists for
another reason than allergy (beta-blockers, ACE inhibitors: they may worsen anaphylaxis) go to
the Alerts section as Flags, never as allergies.

Ids are UUIDs derived from the record (name, date of birth, entry positions, device ids), so
exporting the same record twice gives the same resource ids; only the document's identifier
also depends on the moment of export, because each export is a new document.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from sm_card.core.catalog import normalized_name
from sm_card.core.models import Profile, Reaction
from sm_card.core.output_items import device_counts
from sm_card.core.reactions import in_order, reactions_for
from sm_card.core.surgery import upcoming_procedures
from sm_card.core.tryptase import baseline_of
from sm_card.render.procedure_text import STEPS_HEADING, procedure_line, step_lines
from sm_card.render.reaction_text import reaction_line, trigger_text
from sm_card.render.tryptase_text import acute_comparison

LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ATC = "http://www.whocc.no/atc"
LIST_EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
SNOMED = "http://snomed.info/sct"

DOC_PATIENT_SUMMARY = "60591-5"
SECTION_PROBLEMS = "11450-4"
SECTION_ALLERGIES = "48765-2"
SECTION_MEDICATIONS = "10160-0"
SECTION_DEVICES = "46264-8"
SECTION_PLAN_OF_CARE = "18776-5"
SECTION_ALERTS = "104605-1"
# Vital signs section (HL7 C-CDA and IPS) and the body weight of the FHIR Body Weight profile
# (hl7.org/fhir/bodyweight.html), checked with the search tool.
SECTION_VITAL_SIGNS = "8716-3"
BODY_WEIGHT = "29463-7"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
UCUM = "http://unitsofmeasure.org"

# SNOMED CT route-of-administration concepts (descendants of 284009009), checked with the
# search tool against several published FHIR implementations: 78421000 "Intramuscular route",
# 46713006 "Nasal route". Keyed by the catalog's Product.route.
ROUTES = {
    "intramuscular": ("78421000", "Intramuscular route", "Into the outer mid-thigh muscle"),
    "nasal": ("46713006", "Nasal route", "Into one nostril"),
}
FORM_NAMES = {"auto-injector": "auto-injector", "nasal spray": "nasal spray"}
EPINEPHRINE_ATC = "C01CA24"

PROVENANCE_TEXT = (
    "Entered by the patient (or their carer) in sm-card, a personal record-keeping app. "
    "This is not a clinical record: no clinician has confirmed its contents, and allergies "
    "and intolerances are listed as the person recorded them (unconfirmed)."
)

# A fixed namespace makes the derived UUIDs stable across runs and machines.
_NAMESPACE = uuid.UUID("3f1d8f7e-2b5c-5a7e-9c61-5d0c6a3b8e42")


def _no_form(_product: str) -> str | None:
    return None


@dataclass(frozen=True)
class CodeLookup:
    """The few catalog facts the summary needs; built from the catalog by ``lookup_from``."""

    subtype_names: dict[str, str]
    subtype_icd10cm: dict[str, str]
    agent_atc: dict[str, str]
    # Subtypes whose code the physician may have to change (MCL remission, congenital CM).
    subtype_code_notes: dict[str, str] = field(default_factory=dict)
    # Agents listed for another reason than allergy, by id, with why (they go to Alerts).
    other_reason: dict[str, str] = field(default_factory=dict)
    # Catalog agent ids by normalised name and alias, for entries recorded without an id.
    agent_ids_by_name: dict[str, str] = field(default_factory=dict)
    # The form ("auto-injector", "nasal spray") of a device from its free-text product name.
    product_form: Callable[[str], str | None] = _no_form


def lookup_from(catalog: Any) -> CodeLookup:
    """Collect subtype names, ICD-10-CM and ATC codes and the agents' roles from the catalog."""
    names: dict[str, str] = {}
    icd: dict[str, str] = {}
    notes: dict[str, str] = {}
    for subtype in catalog.subtypes.values():
        names[subtype.code] = subtype.name
        if subtype.icd10cm:
            icd[subtype.code] = subtype.icd10cm
        if subtype.icd10cm_alternatives and subtype.codes_note:
            notes[subtype.code] = subtype.codes_note
    atc = {agent.id: agent.atc for agent in catalog.agents.values() if agent.atc}
    other = {agent.id: agent.evidence for agent in catalog.not_triggers()}
    by_name = {
        normalized_name(label): agent.id
        for agent in catalog.agents.values()
        for label in (agent.id, agent.name, *agent.aliases)
    }

    def product_form(product: str) -> str | None:
        found = catalog.product_by_name(product)
        return found.form if found else None

    return CodeLookup(names, icd, atc, notes, other, by_name, product_form)


def _agent_id(entry: Any, codes: CodeLookup) -> str | None:
    """The catalog id of an avoid entry: the one recorded, else the one its name matches."""
    if entry.catalog_id:
        return entry.catalog_id
    return codes.agent_ids_by_name.get(normalized_name(entry.agent))


def _text_div(lines: list[str]) -> dict[str, str]:
    """A generated narrative: one escaped paragraph per line (no markup from the record)."""
    body = "".join(f"<p>{escape(line)}</p>" for line in lines) or "<p>None recorded.</p>"
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _loinc(code: str, text: str) -> dict[str, Any]:
    return {"coding": [{"system": LOINC, "code": code}], "text": text}


def _number(value: float) -> str:
    return f"{value:g}"


class _Ids:
    def __init__(self, profile: Profile):
        dob = profile.date_of_birth.isoformat() if profile.date_of_birth else ""
        self._root = f"sm-card/{profile.name}/{dob}"

    def __call__(self, *parts: object) -> str:
        return str(uuid.uuid5(_NAMESPACE, "/".join([self._root, *map(str, parts)])))


def build_bundle(profile: Profile, codes: CodeLookup, now: datetime) -> dict[str, Any]:
    """The IPS document bundle as a plain JSON-ready dict (see ``bundle_json``)."""
    ids = _Ids(profile)
    patient_id = ids("Patient")
    patient_ref = {"reference": f"urn:uuid:{patient_id}"}
    timestamp = now.isoformat(timespec="seconds")
    entries: list[dict[str, Any]] = []

    def add(resource: dict[str, Any]) -> dict[str, str]:
        entries.append({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource})
        return {"reference": f"urn:uuid:{resource['id']}"}

    # Patient, with clinicians as Practitioners and contacts as Patient.contact.
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": patient_id,
        "name": [{"text": profile.name}],
    }
    if profile.date_of_birth:
        patient["birthDate"] = profile.date_of_birth.isoformat()
    if profile.contacts:
        patient["contact"] = [
            {
                **({"relationship": [{"text": c.relation}]} if c.relation else {}),
                "name": {"text": c.name},
                "telecom": [{"system": "phone", "value": c.phone}],
            }
            for c in profile.contacts
        ]
    practitioners = []
    for index, clinician in enumerate(profile.clinicians):
        practitioner: dict[str, Any] = {
            "resourceType": "Practitioner",
            "id": ids("Practitioner", index, clinician.name),
            "name": [{"text": clinician.name}],
        }
        telecom = []
        if clinician.phone:
            telecom.append({"system": "phone", "value": clinician.phone})
        if clinician.email:
            telecom.append({"system": "email", "value": clinician.email})
        if telecom:
            practitioner["telecom"] = telecom
        practitioners.append(practitioner)
    if practitioners:
        patient["generalPractitioner"] = [
            {
                "reference": f"urn:uuid:{p['id']}",
                "display": _clinician_display(c),
            }
            for p, c in zip(practitioners, profile.clinicians, strict=True)
        ]

    sections: list[dict[str, Any]] = []
    resources: list[dict[str, Any]] = []

    # Problems: the diagnosis.
    problem_refs, problem_lines = [], []
    diagnosis = profile.diagnosis
    if diagnosis is not None and diagnosis.subtype:
        name = codes.subtype_names.get(diagnosis.subtype, diagnosis.subtype)
        code: dict[str, Any] = {"text": name}
        if diagnosis.subtype in codes.subtype_icd10cm:
            code = {
                "coding": [{"system": ICD10CM, "code": codes.subtype_icd10cm[diagnosis.subtype]}],
                "text": name,
            }
        condition: dict[str, Any] = {
            "resourceType": "Condition",
            "id": ids("Condition", "diagnosis"),
            "clinicalStatus": {"coding": [{"system": CONDITION_CLINICAL, "code": "active"}]},
            "code": code,
            "subject": patient_ref,
            # Entered by the person: they record and assert it (no clinician confirmed it here).
            "recorder": patient_ref,
            "asserter": patient_ref,
        }
        if diagnosis.diagnosed_on:
            condition["onsetDateTime"] = str(diagnosis.diagnosed_on)
        notes = _diagnosis_notes(diagnosis)
        code_note = codes.subtype_code_notes.get(diagnosis.subtype)
        if code_note and diagnosis.subtype in codes.subtype_icd10cm:
            notes.append(f"Code note: {code_note}")
        if notes:
            condition["note"] = [{"text": n} for n in notes]
        resources.append(condition)
        problem_refs.append(condition["id"])
        problem_lines.append(" — ".join([name, *notes]))
    elif diagnosis is not None and not diagnosis.is_empty():
        # No subtype, so no Condition to state; the facts still belong in the narrative.
        problem_lines.append(" — ".join(["Mastocytosis subtype not recorded",
                                         *_diagnosis_notes(diagnosis)]))
    sections.append(_section("Problems", SECTION_PROBLEMS, problem_refs, problem_lines))

    # Allergies and intolerances: one per avoid entry, in the record's order, except agents
    # the catalog lists for another reason (they may worsen anaphylaxis): those are alerts.
    allergy_refs, allergy_lines = [], []
    baseline = baseline_of(profile.diagnosis)
    linked_ids: set[str] = set()
    alert_refs: list[str] = []
    alert_lines: list[str] = []
    for index, entry in enumerate(profile.avoid):
        agent_id = _agent_id(entry, codes)
        if agent_id in codes.other_reason:
            flag = _alert_flag(entry, codes.other_reason[agent_id], ids("Flag", index, entry.agent),
                               patient_ref)
            resources.append(flag)
            alert_refs.append(flag["id"])
            alert_lines.append(flag["code"]["text"])
            continue
        code = {"text": entry.agent}
        atc = codes.agent_atc.get(agent_id or "")
        if atc:
            code = {"coding": [{"system": ATC, "code": atc}], "text": entry.agent}
        allergy: dict[str, Any] = {
            "resourceType": "AllergyIntolerance",
            "id": ids("AllergyIntolerance", index, entry.agent),
            "clinicalStatus": {"coding": [{"system": ALLERGY_CLINICAL, "code": "active"}]},
            # Recorded by the person, not confirmed by a clinician in this document.
            "verificationStatus": {
                "coding": [{"system": ALLERGY_VERIFICATION, "code": "unconfirmed"}],
                "text": "Entered by the patient; not confirmed by a clinician",
            },
            "code": code,
            "patient": patient_ref,
            "recorder": patient_ref,
            "asserter": patient_ref,
            # The record holds the person's decision ("avoid" or "caution"), not a clinical
            # criticality assessment, so criticality is left out and the decision is a note.
            "note": [{"text": f"Recorded as: {entry.severity}"}],
        }
        if entry.noted_on:
            allergy["recordedDate"] = entry.noted_on.isoformat()
        if entry.reaction:
            allergy["reaction"] = [
                {"manifestation": [{"text": entry.reaction}], "description": entry.reaction}
            ]
        # The reaction log's events linked to this entry, each with its day (issue 13): as
        # recorded, uncoded; the acute tryptase beside the threshold as a note.
        for event in reactions_for(profile, entry):
            allergy.setdefault("reaction", []).append(_logged_reaction(event, baseline))
            linked_ids.add(event.id)
        resources.append(allergy)
        allergy_refs.append(allergy["id"])
        line = f"{entry.agent} ({entry.severity})"
        if entry.reaction:
            line += f": {entry.reaction}"
        allergy_lines.append(line)
    # Reactions not linked to an avoid entry: in the section's narrative only (an
    # AllergyIntolerance would name an agent the person never put on the avoid list).
    for event in in_order(profile):
        if event.id not in linked_ids:
            allergy_lines.append("Reaction log (not linked to an avoid entry): "
                                 + reaction_line(profile, event))
    # Agents the person records as tolerated: the letter and the card list them, and a team
    # choosing an anaesthetic looks for them. Narrative only, worded as the record has them
    # (no resource states a tolerance, and nothing here calls a drug safe).
    for tolerated in profile.tolerated:
        details = "; ".join(x for x in (
            tolerated.note, f"noted {tolerated.noted_on.isoformat()}" if tolerated.noted_on
            else None) if x)
        allergy_lines.append(f"Recorded by the patient as tolerated before: {tolerated.agent}"
                             + (f" ({details})" if details else ""))
    sections.append(_section("Allergies and intolerances", SECTION_ALLERGIES,
                             allergy_refs, allergy_lines))

    # Medications.
    med_refs, med_lines = [], []
    for index, med in enumerate(profile.medications):
        statement: dict[str, Any] = {
            "resourceType": "MedicationStatement",
            "id": ids("MedicationStatement", index, med.name),
            "status": "active",
            "medicationCodeableConcept": {"text": med.name},
            "subject": patient_ref,
            "informationSource": patient_ref,  # the person's own record
        }
        dosage = ", ".join(part for part in (med.dose, med.schedule) if part)
        if dosage:
            statement["dosage"] = [{"text": dosage}]
        if med.purpose:
            statement["reasonCode"] = [{"text": med.purpose}]
        resources.append(statement)
        med_refs.append(statement["id"])
        med_lines.append(" — ".join(p for p in (med.name, dosage, med.purpose) if p))
    # The epinephrine each carried device holds, with the route its form gives it by: FHIR has
    # a place for the route in MedicationStatement.dosage, not on Device.
    # One statement per product and dose (two EpiPens 0.3 mg were two identical statements).
    for product, dose_mg, count in device_counts(profile.active_injectors):
        statement = _epinephrine_statement(product, dose_mg, count, codes.product_form(product),
                                           ids("MedicationStatement", "epinephrine", product,
                                               _number(dose_mg)),
                                           patient_ref)
        resources.append(statement)
        med_refs.append(statement["id"])
        med_lines.append(statement["dosage"][0]["text"])
    sections.append(_section("Medication summary", SECTION_MEDICATIONS, med_refs, med_lines))

    # Medical devices: the epinephrine devices the person carries now.
    device_refs: list[str] = []
    device_lines: list[str] = []
    for injector in profile.active_injectors:
        label = f"{injector.product} {_number(injector.dose_mg)} mg"
        form = codes.product_form(injector.product)
        device: dict[str, Any] = {
            "resourceType": "Device",
            "id": ids("Device", injector.id),
            "status": "active",
            "deviceName": [{"name": label, "type": "user-friendly-name"}],
            "type": {"text": f"Epinephrine (adrenaline) {FORM_NAMES.get(form or '', 'device')}"},
            "expirationDate": injector.expiry_date.isoformat(),
            "patient": patient_ref,
        }
        if injector.lot:
            device["lotNumber"] = injector.lot
        if injector.location:
            device["note"] = [{"text": f"Kept: {injector.location}"}]
        use: dict[str, Any] = {
            "resourceType": "DeviceUseStatement",
            "id": ids("DeviceUseStatement", injector.id),
            "status": "active",
            "subject": patient_ref,
            "device": {"reference": f"urn:uuid:{device['id']}"},
        }
        resources.extend([use, device])
        device_refs.append(use["id"])
        line = f"{label} {FORM_NAMES[form]}" if form and form in FORM_NAMES else label
        line += f", expires {injector.expires_on}"
        if injector.lot:
            line += f", lot {injector.lot}"
        device_lines.append(line)
    sections.append(_section("Medical devices", SECTION_DEVICES, device_refs, device_lines))

    # Vital signs (optional section): the weight the person recorded, which a dose per kg
    # (a child's premedication) needs; the blood type in words only (no code is checked for
    # it). Without a date of measurement: the record has none, and none is made up.
    vital_refs: list[str] = []
    vital_lines: list[str] = []
    if profile.weight_kg is not None:
        weight: dict[str, Any] = {
            "resourceType": "Observation",
            "id": ids("Observation", "body-weight"),
            "status": "final",
            "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "vital-signs"}]}],
            "code": _loinc(BODY_WEIGHT, "Body weight"),
            "subject": patient_ref,
            "performer": [patient_ref],
            "valueQuantity": {"value": profile.weight_kg, "unit": "kg", "system": UCUM,
                              "code": "kg"},
            "note": [{"text": "Entered by the patient; the date it was measured is not "
                              "recorded"}],
        }
        resources.append(weight)
        vital_refs.append(weight["id"])
        vital_lines.append(f"Body weight: {_number(profile.weight_kg)} kg (entered by the "
                           "patient; date of measurement not recorded)")
    if profile.blood_type:
        vital_lines.append(f"Blood type, as the patient recorded it: {profile.blood_type}")
    if vital_lines:
        section: dict[str, Any] = {"title": "Vital signs",
                                   "code": _loinc(SECTION_VITAL_SIGNS, "Vital signs"),
                                   "text": _text_div(vital_lines)}
        if vital_refs:
            section["entry"] = [{"reference": f"urn:uuid:{ref}"} for ref in vital_refs]
        sections.append(section)

    # Alerts: agents recorded to avoid for another reason than allergy (optional section).
    if alert_refs:
        sections.append({
            "title": "Alerts",
            "code": _loinc(SECTION_ALERTS, "Alerts"),
            "text": _text_div(alert_lines),
            "entry": [{"reference": f"urn:uuid:{ref}"} for ref in alert_refs],
        })

    # Plan of care: the physician's plans, as recorded (narrative only, no entries), and the
    # planned procedures.
    # Each plan is quoted exactly: pre-wrap keeps its line breaks and indentation, which an
    # XHTML reader would otherwise fold into one run of words.
    plan_body = "".join(
        f"<p>{escape(title)}</p><p style=\"white-space:pre-wrap\">{escape(plan)}</p>"
        for title, plan in (
            ("Emergency plan (physician's, as recorded):", profile.emergency_plan),
            ("Premedication plan (physician's, as recorded):", profile.premedication),
        )
        if plan and plan.strip()
    )
    # The procedures planned from today on, as the letter selects and orders them, with their
    # premedication steps and clock times (narrative only: the summary had neither).
    for procedure in upcoming_procedures(profile, now.date()):
        plan_body += f"<p>Planned procedure: {escape(procedure_line(procedure))}</p>"
        if procedure.premedication_steps:
            steps = "\n".join(step_lines(procedure))
            plan_body += (f"<p>{escape(STEPS_HEADING.format(procedure=procedure.procedure))}"
                          f"</p><p style=\"white-space:pre-wrap\">{escape(steps)}</p>")
    if plan_body:
        sections.append({
            "title": "Plan of care",
            "code": _loinc(SECTION_PLAN_OF_CARE, "Plan of care"),
            "text": {"status": "generated",
                     "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{plan_body}</div>'},
        })

    composition = {
        "resourceType": "Composition",
        "id": ids("Composition"),
        "status": "final",
        "type": _loinc(DOC_PATIENT_SUMMARY, "Patient summary"),
        "subject": patient_ref,
        "date": timestamp,
        "author": [patient_ref],
        "title": f"Patient summary: {profile.name}",
        # The whole document's provenance, for a reader who sees only the narrative.
        "text": _text_div([PROVENANCE_TEXT]),
        "section": sections,
    }
    add(composition)
    add(patient)
    for practitioner in practitioners:
        add(practitioner)
    for resource in resources:
        add(resource)

    bundle_id = ids("Bundle", timestamp)
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{bundle_id}"},
        "type": "document",
        "timestamp": timestamp,
        "entry": entries,
    }


def _section(title: str, code: str, refs: list[str], lines: list[str]) -> dict[str, Any]:
    section: dict[str, Any] = {"title": title, "code": _loinc(code, title)}
    if refs:
        section["text"] = _text_div(lines)
        section["entry"] = [{"reference": f"urn:uuid:{ref}"} for ref in refs]
    else:
        # The record is the person's own: an empty list means nothing was recorded, not that
        # a clinician established there is none ("nilknown"), so the honest reason is this.
        section["text"] = _text_div(lines or ["No information recorded."])
        section["emptyReason"] = {
            "coding": [{"system": LIST_EMPTY_REASON, "code": "unavailable"}],
            "text": "No information recorded",
        }
    return section


def _logged_reaction(event: Reaction, baseline: float | None) -> dict[str, Any]:
    """One event of the reaction log as an AllergyIntolerance.reaction (text only)."""
    out: dict[str, Any] = {
        "manifestation": [{"text": event.signs or "signs not recorded"}],
        "onset": event.occurred_on.isoformat(),
        "description": f"Reaction log, {event.occurred_on.isoformat()}: after "
                       f"{trigger_text(event)}",
    }
    notes = []
    if event.treatment:
        notes.append(f"Treatment: {event.treatment}")
    if event.acute_tryptase_ng_ml is not None:
        notes.append("Acute serum tryptase "
                     + acute_comparison(event.acute_tryptase_ng_ml, baseline))
    if notes:
        out["note"] = [{"text": n} for n in notes]
    return out


def _alert_flag(entry: Any, why: str, flag_id: str, patient_ref: dict[str, str]) -> dict[str, Any]:
    """A Flag for an agent avoided for another reason than allergy, saying so in its text."""
    # ``why`` is the catalog's evidence note, which begins "Not an allergy: listed for another
    # reason." and says what the sources say; the Flag quotes it whole.
    text = f"{entry.agent}: {why}"
    if entry.reaction:
        text += f" Recorded reaction: {entry.reaction}"
    return {
        "resourceType": "Flag",
        "id": flag_id,
        "status": "active",
        "code": {"text": text},
        "subject": patient_ref,
        "author": patient_ref,
    }


def _epinephrine_statement(
    product: str, dose_mg: float, count: int, form: str | None, statement_id: str,
    patient_ref: dict[str, str],
) -> dict[str, Any]:
    """The epinephrine the devices of one product and dose hold, with its route where the
    product's form is known."""
    dose = f"{_number(dose_mg)} mg"
    carried = f", {count} devices carried" if count > 1 else ""
    route_key = {"auto-injector": "intramuscular", "nasal spray": "nasal"}.get(form or "")
    dosage: dict[str, Any] = {"asNeededBoolean": True}
    if route_key:
        code, display, how = ROUTES[route_key]
        dosage["text"] = (f"Epinephrine {dose} ({product} {FORM_NAMES[form or '']}{carried}): "
                          f"{how.lower()}, when needed for anaphylaxis")
        dosage["route"] = {"coding": [{"system": SNOMED, "code": code, "display": display}],
                           "text": how}
    else:
        # Unknown product: the record does not say how it is given, so no route is claimed.
        dosage["text"] = (f"Epinephrine {dose} ({product}{carried}; route as printed on the "
                          "device), when needed for anaphylaxis")
    return {
        "resourceType": "MedicationStatement",
        "id": statement_id,
        "status": "active",
        "medicationCodeableConcept": {
            "coding": [{"system": ATC, "code": EPINEPHRINE_ATC}],
            "text": "Epinephrine (adrenaline)",
        },
        "subject": patient_ref,
        "informationSource": patient_ref,
        "dosage": [dosage],
    }


def _clinician_display(clinician) -> str:
    return ", ".join(p for p in (clinician.name, clinician.role, clinician.organisation) if p)


def _diagnosis_notes(diagnosis) -> list[str]:
    notes = []
    if diagnosis.baseline_tryptase_ng_ml is not None:
        text = f"Baseline serum tryptase {_number(diagnosis.baseline_tryptase_ng_ml)} ng/mL"
        if diagnosis.tryptase_measured_on:
            text += f" (measured {diagnosis.tryptase_measured_on.isoformat()})"
        notes.append(text)
    if diagnosis.kit_d816v:
        notes.append(f"KIT D816V: {diagnosis.kit_d816v}")
    if diagnosis.anaphylaxis_history is not None:
        answer = "yes" if diagnosis.anaphylaxis_history else "no"
        notes.append(f"History of anaphylaxis: {answer}")
    if diagnosis.notes:
        notes.append(diagnosis.notes)
    return notes


def validate_bundle(bundle: dict[str, Any]) -> None:
    """Raise if fhir.resources (R4B) rejects the bundle's structure (imported lazily: heavy)."""
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)


def bundle_json(profile: Profile, codes: CodeLookup, now: datetime) -> str:
    """The validated bundle as pretty-printed JSON text."""
    bundle = build_bundle(profile, codes, now)
    validate_bundle(bundle)
    return json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"


__all__ = ["CodeLookup", "build_bundle", "bundle_json", "lookup_from", "validate_bundle"]
