"""The packaged catalog: every entry sourced, ids stable, codes as the reference gives them."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sm_card.core import models
from sm_card.core.catalog import (
    CATALOG_FILES,
    CatalogError,
    default_catalog,
    load_catalog,
)
from sm_card.core.paths import resource_path

FIXTURES = Path(__file__).parent.parent / "fixtures"
CATALOG_DIR = resource_path("catalog")
# "safe" as a claim about a drug; "safety" is not used either, so it is refused too.
SAFE_CLAIM = re.compile(r"\b(un)?safe(ly|r|st|ty)?\b", re.IGNORECASE)


def raw(name: str) -> dict[str, Any]:
    return json.loads((CATALOG_DIR / name).read_text(encoding="utf-8"))


def entries_with_sources(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON object below a file's root, except the citations inside a "sources" list."""
    children = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in children:
        # Alternative codes are covered by their subtype's sources, an agent's ATC codes by its.
        if key in ("sources", "icd10cm_alternatives", "atc") or not isinstance(child,
                                                                          dict | list):
            continue
        child_path = f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]"
        if isinstance(child, dict):
            yield child_path, child
        yield from entries_with_sources(child, child_path)


def all_strings(value: Any) -> Iterator[str]:
    """Every text in a file except the titles and addresses of cited works (quoted, not claims)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield key
            if key not in ("title", "identifier"):
                yield from all_strings(child)
    elif isinstance(value, list):
        for child in value:
            yield from all_strings(child)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture
def broken_copy(tmp_path) -> Callable[[str, Callable[[dict[str, Any]], None]], Path]:
    """Copy the real catalog into tmp_path and apply one edit to one file's JSON."""
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)

    def edit(name: str, change: Callable[[dict[str, Any]], None]) -> Path:
        path = folder / name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
        return folder

    return edit


def test_default_folder_holds_every_file_and_loads_once():
    for name in CATALOG_FILES:
        assert (CATALOG_DIR / name).is_file(), name
    assert default_catalog() is default_catalog()


def test_every_entry_in_every_file_cites_a_defined_reference():
    reference_ids = {ref["id"] for ref in raw("sources.json")["references"]}
    checked = 0
    for name in CATALOG_FILES:
        if name == "sources.json":
            continue
        for path, entry in entries_with_sources(raw(name)):
            sources = entry.get("sources")
            assert isinstance(sources, list) and sources, f"{name}{path} has no sources"
            for item in sources:
                ref = item if isinstance(item, str) else item["ref"]
                assert ref in reference_ids, f"{name}{path} cites unknown {ref!r}"
            checked += 1
    # 9 subtypes + 23 agents + 14 tolerated + 8 products + many guidance items at least
    assert checked > 80


def sourced_groups(catalog):
    """Every kind of catalog entry that must carry sources."""
    return [
        catalog.subtypes.values(),
        catalog.agents.values(),
        catalog.tolerated_suggestions.values(),
        catalog.products.values(),
        catalog.device_facts,
        catalog.first_aid,
        catalog.emergency_numbers,
        catalog.perioperative,
        catalog.preparation_checklist,
        catalog.first_aid_steps,
        catalog.tryptase,
        catalog.rema_figures,
        [catalog.tolerance_note, catalog.epinephrine_atc],
    ]


def test_loaded_entries_all_carry_sources(catalog):
    for group in sourced_groups(catalog):
        entries = list(group)
        assert entries
        for entry in entries:
            assert entry.sources, entry
            for citation in entry.sources:
                assert catalog.references[citation.id] is citation.source
                assert citation.label.startswith(citation.source.label)
                assert citation.label.endswith("(unverified)") == (not citation.verified)


def test_every_reference_is_cited_and_has_a_citation(catalog):
    cited = set()
    for group in sourced_groups(catalog):
        for entry in group:
            cited.update(c.id for c in entry.sources)
    assert cited == set(catalog.references)
    for source in catalog.references.values():
        assert source.label and source.citation


def test_ids_are_unique_within_every_list():
    for name in CATALOG_FILES:
        for section, items in raw(name).items():
            if not isinstance(items, list):
                continue
            key = {"subtypes": "code", "emergency_numbers": "number"}.get(section, "id")
            ids = [item[key] for item in items]
            assert len(ids) == len(set(ids)), f"{name} {section} repeats an id"
    agents = raw("agents.json")
    agent_ids = {a["id"] for a in agents["agents"]}
    tolerated_ids = {t["id"] for t in agents["tolerated_suggestions"]}
    assert not agent_ids & tolerated_ids


def test_catalog_ids_in_the_example_record_resolve(catalog):
    example = json.loads((FIXTURES / "example-v1.json").read_text(encoding="utf-8"))
    used = {
        entry["catalog_id"]
        for profile in example["profiles"]
        for kind in ("avoid", "tolerated")
        for entry in profile.get(kind, [])
        if entry.get("catalog_id")
    }
    assert {"nsaids", "atracurium", "morphine"} <= used
    assert used <= catalog.known_ids()
    for catalog_id in used:
        assert catalog.entry(catalog_id) is not None


def test_known_ids_cover_agents_and_tolerated_suggestions(catalog):
    ids = catalog.known_ids()
    assert set(catalog.agents) <= ids
    assert set(catalog.tolerated_suggestions) <= ids
    assert catalog.agent("nsaids").is_class
    assert catalog.agent("propofol") is None
    assert catalog.tolerated("propofol").name == "Propofol"
    assert catalog.entry("no-such-id") is None
    assert catalog.entry_by_name("PETHIDINE").id == "meperidine"
    assert catalog.entry_by_name("acetaminophen").id == "paracetamol"
    assert catalog.entry_by_name("") is None


def test_subtypes_match_the_model_and_the_icd_codes(catalog):
    assert tuple(catalog.subtypes) == models.SUBTYPES
    expected = {
        "ISM": "D47.02",
        "BMM": "D47.02",
        "SSM": "D47.02",
        "SM-AHN": "D47.02",
        "SM": "D47.02",
        "ASM": "C96.21",
        "MCS": "C96.22",
        "CM": "D47.01",
        "MCL": "C94.30",
    }
    assert {code: s.icd10cm for code, s in catalog.subtypes.items()} == expected
    mcl = catalog.subtype("MCL")
    assert mcl.icd10_who == "C94.3"
    assert [a.code for a in mcl.icd10cm_alternatives] == ["C94.31", "C94.32"]
    assert "remission" in mcl.codes_note and "relapse" in mcl.codes_note
    cm = catalog.subtype("CM")
    assert [a.code for a in cm.icd10cm_alternatives] == ["Q82.2"]
    assert "congenital" in cm.icd10cm_alternatives[0].meaning
    assert "physician" in cm.codes_note and "Q82.2" in cm.codes_note
    # Only MCL and CM have a choice the record cannot make.
    assert {c for c, s in catalog.subtypes.items() if s.icd10cm_alternatives} == {"MCL", "CM"}
    assert catalog.subtype("XYZ") is None
    for subtype in catalog.subtypes.values():
        assert subtype.name and subtype.description
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", subtype.description) if s]
        assert 1 <= len(sentences) <= 2, subtype.code


def test_only_codes_the_reference_gives_are_shipped(catalog):
    atc = {agent_id: [(c.code, c.use) for c in a.atc_codes]
           for agent_id, a in catalog.agents.items() if a.atc_codes}
    assert atc == {
        "nsaids": [("M01A", None)],
        "aspirin": [("N02BA", None)],
        "opioids": [("N02A", None)],
        "neuromuscular-blockers": [("M03A", None)],
        # Single substances, each read in its row of the ATC/DDD index (docs/clinical-sources.md)
        "ibuprofen": [("M01AE01", None)],
        "ketorolac": [("M01AB15", None)],
        "diclofenac": [("M01AB05", None)],
        "metamizole": [("N02BB02", None)],
        "morphine": [("N02AA01", None)],
        "codeine": [("R05DA04", None)],
        "meperidine": [("N02AB02", None)],
        "atracurium": [("M03AC04", None)],
        "mivacurium": [("M03AC10", None)],
        "d-tubocurarine": [("M03AA02", None)],
        "succinylcholine": [("M03AB01", None)],
        "thiopental": [("N01AF03", None)],
        "methohexital": [("N01AF01", None)],
        "vancomycin": [("J01XA01", "intravenous"), ("A07AA09", "oral")],
        "polymyxin-b": [("J01XB02", "parenteral"), ("A07AA05", "oral")],
        "chlorhexidine": [("D08AC02", None)],
    }
    # The main code (the one the FHIR summary codes with) is the first.
    assert catalog.agent("vancomycin").atc == "J01XA01"
    assert catalog.epinephrine_atc.code == "C01CA24"
    # Every code on a single substance cites the index it was read in, naming the code.
    for agent in catalog.agents.values():
        if agent.atc_codes and not agent.is_class and agent.id != "aspirin":
            cited = [c.detail for c in agent.sources if c.id == "who-atc-index-2026"]
            assert cited == [", ".join(c.code for c in agent.atc_codes)], agent.id


def test_inns_only_where_a_source_states_them(catalog):
    inns = {agent_id: a.inn for agent_id, a in catalog.agents.items() if a.inn}
    assert inns == {"meperidine": "pethidine", "metamizole": "metamizole"}
    assert not any(a.inn for a in catalog.agents.values() if a.is_class)
    assert {c.id for c in catalog.agent("meperidine").sources} >= {"liquisearch-pethidine"}
    assert {c.id for c in catalog.agent("metamizole").sources} >= {"wikipedia-metamizole"}
    # A record that says "pethidine" finds the entry by its INN as well as by its aliases.
    assert catalog.entry_by_name("Pethidine").id == "meperidine"


def _inn_on_a_class(data):
    next(a for a in data["agents"] if a["id"] == "opioids")["inn"] = "opioids"


def _inn_not_as_who_writes_it(data):
    next(a for a in data["agents"] if a["id"] == "morphine")["inn"] = "Morphine!"


def _inn_not_text(data):
    next(a for a in data["agents"] if a["id"] == "codeine")["inn"] = 42


def _atc_use_missing(data):
    next(a for a in data["agents"] if a["id"] == "vancomycin")["atc"] = [{"code": "J01XA01"}]


def _atc_code_twice(data):
    next(a for a in data["agents"] if a["id"] == "polymyxin-b")["atc"] = [
        {"code": "J01XB02", "use": "systemic"}, {"code": "J01XB02", "use": "oral"}]


def _atc_malformed_in_list(data):
    next(a for a in data["agents"] if a["id"] == "vancomycin")["atc"] = [
        {"code": "J01-XA01", "use": "systemic"}]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_inn_on_a_class, ["opioids", "class has no INN"]),
        (_inn_not_as_who_writes_it, ["morphine", "Morphine!", "INN"]),
        (_inn_not_text, ["codeine", "inn must be non-empty text"]),
        (_atc_use_missing, ["vancomycin", "use"]),
        (_atc_code_twice, ["polymyxin-b", "J01XB02", "twice"]),
        (_atc_malformed_in_list, ["vancomycin", "J01-XA01", "well-formed"]),
    ],
)
def test_malformed_inn_or_atc_is_refused(broken_copy, change, words):
    assert_refused_naming(broken_copy("agents.json", change), "agents.json", words)


def test_no_text_calls_anything_safe():
    assert SAFE_CLAIM.search("this drug is safe")  # the pattern itself can fail the test
    for name in CATALOG_FILES:
        for text in all_strings(raw(name)):
            assert not SAFE_CLAIM.search(text), f"{name}: {text!r}"


def test_tolerated_suggestions_are_worded_as_usual_not_certain(catalog):
    expected = {
        "paracetamol",
        "fentanyl",
        "sufentanil",
        "remifentanil",
        "rocuronium",
        "vecuronium",
        "propofol",
        "etomidate",
        "ketamine",
        "midazolam",
        "sevoflurane",
        "isoflurane",
        "crystalloids",
    }
    assert set(catalog.tolerated_suggestions) == expected
    for suggestion in catalog.tolerated_suggestions.values():
        assert "usually listed as tolerated" in suggestion.note.lower()
        assert "individual" in suggestion.note
        assert "vouches" in suggestion.note  # nothing is presented as safe for a person


def test_conflicting_and_low_quality_evidence_is_said_so(catalog):
    succinylcholine = catalog.agent("succinylcholine")
    assert succinylcholine.verified is False
    assert "disagree" in succinylcholine.evidence
    for agent_id in ("beta-blockers", "ace-inhibitors"):
        assert "low quality" in catalog.agent(agent_id).evidence
    unverified = [a.id for a in catalog.agents.values() if not a.verified]
    assert unverified == ["succinylcholine", "polymyxin-b", "dextran"]
    assert "person to person" in catalog.tolerance_note.text


def test_products_have_positive_doses_and_a_known_form(catalog):
    expected_doses = {
        "epipen": (0.3,),
        "epipen-jr": (0.15,),
        "auvi-q": (0.1, 0.15, 0.3),
        "jext": (0.15, 0.3),
        "emerade": (0.15, 0.3, 0.5),
        "anapen": (0.15, 0.3, 0.5),
        "neffy": (1.0, 2.0),
        "other": (),
    }
    assert {p.id: p.doses_mg for p in catalog.products.values()} == expected_doses
    for product in catalog.products.values():
        assert all(dose > 0 for dose in product.doses_mg)
        assert product.form in ("auto-injector", "nasal spray") or product.id == "other"
    assert catalog.products["neffy"].form == "nasal spray"
    assert any("2023" in note for note in catalog.products["emerade"].notes)
    assert "NatPSA/2023/004" in catalog.products["emerade"].recall
    assert "mhra-natpsa-2023-004" in {c.id for c in catalog.products["emerade"].sources}
    assert {p.id: p.route for p in catalog.products.values()} == {
        "epipen": "intramuscular", "epipen-jr": "intramuscular", "auvi-q": "intramuscular",
        "jext": "intramuscular", "emerade": "intramuscular", "anapen": "intramuscular",
        "neffy": "nasal", "other": None,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EpiPen", "epipen"),
        ("epipen jr", "epipen-jr"),
        ("EPIPEN Jr 0.15 mg", "epipen-jr"),
        ("EpiPen 0.3 mg", "epipen"),
        ("Auvi-Q", "auvi-q"),
        ("AuviQ", "auvi-q"),
        ("neffy®", "neffy"),
        ("Jext 300", "jext"),
        ("Something else", None),
        ("", None),
    ],
)
def test_product_by_name_matches_free_text(catalog, text, expected):
    product = catalog.product_by_name(text)
    assert (product.id if product else None) == expected


def test_device_facts_cover_carrying_expiry_and_shelf_life(catalog):
    ids = {fact.id for fact in catalog.device_facts}
    assert {"carry-two", "shelf-life", "month-only-expiry", "expired-device"} <= ids


def test_first_aid_fits_a_card_and_numbers_are_listed(catalog):
    assert len(catalog.first_aid) >= 4
    for step in catalog.first_aid:
        assert len(step.text) <= 60, step.text
        assert {c.id for c in step.sources} >= {"ascia-2023", "resus-uk-2021"}
    assert [n.number for n in catalog.emergency_numbers] == ["112", "911", "999", "000"]
    assert all(n.applies_in for n in catalog.emergency_numbers)


def test_perioperative_items_report_rather_than_instruct(catalog):
    texts = [item.text for item in catalog.perioperative]
    assert any("726" in text for text in texts)
    assert any("0.4 %" in text for text in texts)
    # The children's REMA figures are printed too, not only the adults' (issue 8).
    assert any("4 %" in text and "2 %" in text and "children" in text for text in texts)
    assert any("Dewachter" in text for text in texts)
    imperative = re.compile(r"^(Give|Use|Avoid|Do not|Never|Administer|Keep|Treat)\b")
    for text in texts:
        assert not imperative.match(text), text


def test_preparation_checklist_ids_are_stable_slugs(catalog):
    ids = [item.id for item in catalog.preparation_checklist]
    assert "reaction-labs" in ids
    for item_id in ids:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", item_id)
    labs = next(i for i in catalog.preparation_checklist if i.id == "reaction-labs")
    assert "nice-cg134" in {c.id for c in labs.sources}


def test_catalog_mappings_cannot_be_changed(catalog):
    with pytest.raises(TypeError):
        catalog.agents["nsaids"] = None  # type: ignore[index]


def _drop_sources_of_morphine(data):
    next(a for a in data["agents"] if a["id"] == "morphine").pop("sources")


def _cite_unknown(data):
    data["first_aid"][0]["sources"] = ["no-such-reference"]


def _negative_dose(data):
    data["products"][0]["doses_mg"] = [-0.3]


def _duplicate_agent(data):
    data["agents"].append(dict(data["agents"][0]))


def _misspelt_key(data):
    data["subtypes"][0]["icd10_cm"] = data["subtypes"][0].pop("icd10cm")


def _unknown_tolerated(data):
    data["agents"][0]["usually_tolerated"] = ["aspirin-free-magic"]


def assert_refused_naming(folder, name: str, words: list[str]) -> None:
    """Loading ``folder`` fails with a message that starts with the file and names each word."""
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder)
    message = str(caught.value)
    assert message.startswith(name)
    for word in words:
        assert word in message


@pytest.mark.parametrize(
    ("name", "change", "words"),
    [
        ("agents.json", _drop_sources_of_morphine, ["morphine", "sources"]),
        ("guidance.json", _cite_unknown, ["first_aid[0]", "no-such-reference"]),
        ("products.json", _negative_dose, ["products[0] (epipen)", "positive"]),
        ("agents.json", _duplicate_agent, ["hymenoptera-venom", "twice"]),
        ("subtypes.json", _misspelt_key, ["subtypes[0] (ISM)", "icd10_cm"]),
        ("agents.json", _unknown_tolerated, ["hymenoptera-venom", "aspirin-free-magic"]),
    ],
)
def test_a_malformed_entry_is_refused_naming_file_and_entry(broken_copy, name, change, words):
    assert_refused_naming(broken_copy(name, change), name, words)


def test_invalid_json_and_missing_file_name_the_file(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)
    (folder / "products.json").write_text('{"version": 1, "products": [', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"^products\.json: is not valid JSON \(line 1"):
        load_catalog(folder)
    (folder / "subtypes.json").unlink()
    with pytest.raises(CatalogError, match=r"^subtypes\.json: file is missing"):
        load_catalog(folder)


def test_an_untouched_copy_loads_the_same(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)
    copy = load_catalog(folder)
    assert dict(copy.agents) == dict(default_catalog().agents)
    assert copy.first_aid == default_catalog().first_aid


# --- Issue 8: a corrected, sourced catalog -------------------------------------------------

IDENTIFIER_PART = re.compile(r"^(PMID \d+|PMC\d+|doi:10\.\d+/\S+|https?://\S+)$")


def test_every_verified_source_names_authors_title_year_and_an_identifier(catalog):
    for source in catalog.references.values():
        assert source.authors and source.title, source.id
        assert source.year == "n.d." or 1800 <= source.year <= 2100, source.id
        if source.verified:
            assert source.identifier, source.id
            assert all(IDENTIFIER_PART.match(p) for p in source.identifier.split("; ")), source.id
            assert "(unverified)" not in source.citation
        else:
            assert source.note, source.id  # says what could not be checked
            assert source.citation.endswith("(unverified)")
    # The key papers carry the identifiers checked for them.
    refs = catalog.references
    assert "PMID 25824492" in refs["bonadonna-2015"].identifier
    assert "PMID 29569284" in refs["hermans-2018"].identifier
    assert "PMID 36545345" in refs["bonadonna-2022"].identifier
    assert refs["blanca-lopez-2016"].identifier == "doi:10.1159/000444798"
    assert "169(4):223" in refs["blanca-lopez-2016"].published_in
    assert "120(3):753" in refs["dewachter-2014"].published_in
    assert "AlertID=103231" in refs["mhra-natpsa-2023-004"].identifier


def test_no_source_is_the_projects_own_notes():
    for name in CATALOG_FILES:
        for text in all_strings(raw(name)):
            assert "project-reference" not in text, f"{name}: {text!r}"
            assert "REFERENCE" + ".md" not in text, f"{name}: {text!r}"  # (parts: see
            # tests/core/test_citations.py, which refuses the name anywhere in the project)


def test_sources_shown_anywhere_are_marked_when_unverified(catalog):
    from sm_card.core.surgery import reference_text

    case_report = next(c for c in catalog.agent("opioids").sources if c.id == "hindawi-2018")
    assert case_report.verified is False
    assert case_report.label == "Case report 2018 (MCAS, not SM), table 5 (unverified)"
    assert reference_text(case_report).endswith("(unverified)")
    verified = next(c for c in catalog.agent("opioids").sources if c.id == "bonadonna-2015")
    assert "(unverified)" not in verified.label + reference_text(verified)
    # The case report is labelled for what it is, with its real title.
    source = catalog.references["hindawi-2018"]
    assert source.title.startswith("Management of a Parturient with Mast Cell Activation Syndrome")
    assert "MCAS" in source.label and "not SM" in source.label


def test_the_mcas_case_report_is_never_the_only_basis_of_a_verified_agent(catalog):
    for agent in catalog.agents.values():
        ids = {c.id for c in agent.sources}
        if ids == {"hindawi-2018"}:
            assert agent.verified is False, agent.id
    paracetamol = catalog.tolerated("paracetamol")
    assert "case report" in paracetamol.note


def test_metamizole_is_not_offered_as_tolerated_and_says_why(catalog):
    assert catalog.tolerated("metamizole") is None
    for agent in catalog.agents.values():
        assert "metamizole" not in agent.usually_tolerated, agent.id
    assert catalog.agent("nsaids").usually_tolerated == ("paracetamol",)
    metamizole = catalog.agent("metamizole")
    assert metamizole.drug_class == "NSAIDs and aspirin"
    # The evidence rests on one study; the other two sources give only its ATC code and INN.
    assert {c.id for c in metamizole.sources} == {"blanca-lopez-2016", "who-atc-index-2026",
                                                  "wikipedia-metamizole"}
    assert "pyrazolone" in metamizole.evidence.lower()
    assert catalog.entry_by_name("dipyrone").id == "metamizole"


def test_hymenoptera_venom_leads_the_non_drug_triggers(catalog):
    non_drug = catalog.non_drug_triggers()
    assert [a.id for a in non_drug] == ["hymenoptera-venom", "alcohol"]
    venom = non_drug[0]
    assert {"bonadonna-2014", "bonadonna-2015"} <= {c.id for c in venom.sources}
    assert "most frequent" in venom.evidence
    assert all(a.category == "drug" for a in catalog.agents.values() if a not in non_drug)


def test_beta_blockers_and_ace_inhibitors_are_listed_for_another_reason(catalog):
    assert [a.id for a in catalog.not_triggers()] == ["beta-blockers", "ace-inhibitors"]
    for agent in catalog.not_triggers():
        assert agent.listed_for == "may-worsen-anaphylaxis" and not agent.is_trigger
        assert agent.evidence.startswith("Not an allergy")
        assert {c.id for c in agent.sources} == {"toogood-1987", "tejedor-alonso-2019"}
    assert all(a.is_trigger for a in catalog.agents.values() if a not in catalog.not_triggers())


@pytest.mark.parametrize(
    ("agent_id", "words"),
    [
        ("local-anaesthetics", ["rare", "amides", "esters"]),
        ("gelatin-colloids", ["gelatin", "unverified"]),
        ("hydroxyethyl-starch", ["hydroxyethyl starch", "unverified"]),
        ("chlorhexidine", ["surgery", "Not specific to mastocytosis"]),
        ("fluoroquinolones", ["MRGPRX2", "laboratory"]),
        ("vancomycin", ["MRGPRX2"]),
        ("polymyxin-b", ["case report"]),
        ("iodinated-contrast", ["premedication"]),
        ("dextran", ["could not be checked"]),
        ("opioids", ["Tolerance is individual"]),
        ("neuromuscular-blockers", ["atracurium", "succinylcholine"]),
        ("thiopental", ["REMA"]),
        ("alcohol", ["not everyone"]),
    ],
)
def test_the_agents_a_clinician_expects_are_there_with_what_sources_say(catalog, agent_id, words):
    agent = catalog.agent(agent_id)
    assert agent is not None and agent.sources
    for word in words:
        assert word in agent.evidence, (agent_id, word)


def test_fluoroquinolones_name_their_common_members(catalog):
    examples = catalog.agent("fluoroquinolones").examples
    assert {"ciprofloxacin", "moxifloxacin"} <= set(examples)


def test_rema_figures_for_adults_and_children(catalog):
    figures = {item.group: item.text for item in catalog.rema_figures}
    assert set(figures) == {"adults", "children"}
    assert "2 %" in figures["adults"] and "0.4 %" in figures["adults"]
    assert "4 %" in figures["children"] and "anaphylaxis in 2 %" in figures["children"]
    for item in catalog.rema_figures:
        assert [c.id for c in item.sources] == ["rema-2015"]


def test_first_aid_steps_give_epinephrine_by_the_route_of_the_device(catalog):
    nasal = [s.id for s in catalog.first_aid_for({"nasal spray"})]
    assert "give-epinephrine-nasal-spray" in nasal
    assert "give-epinephrine-auto-injector" not in nasal
    both = [s.id for s in catalog.first_aid_for(set())]
    assert {"give-epinephrine-nasal-spray", "give-epinephrine-auto-injector"} <= set(both)
    assert both[0] == "lay-flat"
    assert {"if-in-doubt", "cpr", "hospital", "second-dose"} <= set(both)
    for step in catalog.first_aid_steps:
        assert step.sources and all(c.verified for c in step.sources), step.id


def _cite_project_notes(data):
    data["references"].append({
        "id": "project-reference-s3", "label": "notes", "authors": "sm-card",
        "title": "Notes", "year": 2026, "identifier": "https://example.org/notes"})


def _verified_without_identifier(data):
    data["references"][0]["identifier"] = None


def _unverified_without_note(data):
    ref = data["references"][0]
    ref["verified"] = False
    ref.pop("note", None)


def _bad_identifier(data):
    data["references"][0]["identifier"] = "Hindawi 8920921"


def _no_year(data):
    data["references"][0]["year"] = "2015?"


def _metamizole_tolerated(data):
    data["tolerated_suggestions"].append({
        "id": "novaminsulfon", "name": "Metamizole", "class": "Pain relief",
        "note": "Usually listed as tolerated.", "sources": ["bonadonna-2022"]})


def _mcl_without_code(data):
    mcl = next(s for s in data["subtypes"] if s["code"] == "MCL")
    mcl["icd10cm"] = None


def _alcohol_first(data):
    agents = data["agents"]
    agents.insert(0, agents.pop(next(i for i, a in enumerate(agents) if a["id"] == "alcohol")))


def _unknown_listed_for(data):
    data["agents"][-1]["listed_for"] = "allergy"


@pytest.mark.parametrize(
    ("name", "change", "words"),
    [
        ("sources.json", _cite_project_notes, ["project-reference-s3", "own notes"]),
        ("sources.json", _verified_without_identifier, ["references[0]", "PMID, DOI or URL"]),
        ("sources.json", _unverified_without_note, ["references[0]", "note"]),
        ("sources.json", _bad_identifier, ["Hindawi 8920921", "not a PMID"]),
        ("sources.json", _no_year, ["references[0]", "year"]),
        ("agents.json", _metamizole_tolerated, ["metamizole", "pyrazolone"]),
        ("subtypes.json", _mcl_without_code, ["MCL", "C94.3x"]),
        ("agents.json", _alcohol_first, ["alcohol", "hymenoptera-venom", "first"]),
        ("agents.json", _unknown_listed_for, ["ace-inhibitors", "listed_for"]),
    ],
)
def test_issue_8_facts_are_refused_when_broken(broken_copy, name, change, words):
    assert_refused_naming(broken_copy(name, change), name, words)


def test_clinical_sources_doc_lists_every_catalog_sentence_and_reference(catalog):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinical-sources.md").read_text(
        encoding="utf-8")
    texts = [catalog.tolerance_note.text]
    for group in (catalog.first_aid, catalog.first_aid_steps, catalog.perioperative,
                  catalog.rema_figures, catalog.preparation_checklist, catalog.device_facts,
                  catalog.tryptase):
        texts.extend(item.text for item in group)
    texts.extend(a.evidence for a in catalog.agents.values())
    texts.extend(t.note for t in catalog.tolerated_suggestions.values())
    for product in catalog.products.values():
        texts.extend(product.notes)
        if product.recall:
            texts.append(product.recall)
    for subtype in catalog.subtypes.values():
        texts.append(subtype.description)
        if subtype.codes_note:
            texts.append(subtype.codes_note)
    missing = [text for text in texts if text not in doc]
    assert not missing, missing
    for source in catalog.references.values():
        assert f"`{source.id}` — {source.citation}" in doc, source.id
