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
        if key == "sources" or not isinstance(child, dict | list):
            continue
        child_path = f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]"
        if isinstance(child, dict):
            yield child_path, child
        yield from entries_with_sources(child, child_path)


def all_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield key
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
        "MCL": None,
    }
    assert {code: s.icd10cm for code, s in catalog.subtypes.items()} == expected
    mcl = catalog.subtype("MCL")
    assert mcl.icd10_who == "C94.3"
    assert "C94.3" in mcl.codes_note
    assert "verified" in mcl.codes_note
    assert catalog.subtype("XYZ") is None
    for subtype in catalog.subtypes.values():
        assert subtype.name and subtype.description
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", subtype.description) if s]
        assert 1 <= len(sentences) <= 2, subtype.code


def test_only_codes_the_reference_gives_are_shipped(catalog):
    atc = {agent_id: a.atc for agent_id, a in catalog.agents.items() if a.atc}
    assert atc == {
        "nsaids": "M01A",
        "aspirin": "N02BA",
        "opioids": "N02A",
        "neuromuscular-blockers": "M03A",
    }
    assert catalog.epinephrine_atc.code == "C01CA24"


def test_no_text_calls_anything_safe():
    assert SAFE_CLAIM.search("this drug is safe")  # the pattern itself can fail the test
    for name in CATALOG_FILES:
        for text in all_strings(raw(name)):
            assert not SAFE_CLAIM.search(text), f"{name}: {text!r}"


def test_tolerated_suggestions_are_worded_as_usual_not_certain(catalog):
    expected = {
        "paracetamol",
        "metamizole",
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


def test_conflicting_and_low_quality_evidence_is_said_so(catalog):
    succinylcholine = catalog.agent("succinylcholine")
    assert succinylcholine.verified is False
    assert "disagree" in succinylcholine.evidence
    for agent_id in ("beta-blockers", "ace-inhibitors"):
        assert "low quality" in catalog.agent(agent_id).evidence
    unverified = [a.id for a in catalog.agents.values() if not a.verified]
    assert unverified == ["succinylcholine"]
    assert "person to person" in catalog.tolerance_note.text


def test_products_have_positive_doses_and_a_known_form(catalog):
    expected_doses = {
        "epipen": (0.3,),
        "epipen-jr": (0.15,),
        "auvi-q": (0.1, 0.15, 0.3),
        "jext": (0.15, 0.3),
        "emerade": (0.3, 0.5),
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
        assert {c.id for c in step.sources} & {"ascia-action-plan", "mhra-aai"}
    assert [n.number for n in catalog.emergency_numbers] == ["112", "911", "999", "000"]
    assert all(n.applies_in for n in catalog.emergency_numbers)


def test_perioperative_items_report_rather_than_instruct(catalog):
    texts = [item.text for item in catalog.perioperative]
    assert any("726" in text for text in texts)
    assert any("0.4 %" in text for text in texts)
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


@pytest.mark.parametrize(
    ("name", "change", "words"),
    [
        ("agents.json", _drop_sources_of_morphine, ["morphine", "sources"]),
        ("guidance.json", _cite_unknown, ["first_aid[0]", "no-such-reference"]),
        ("products.json", _negative_dose, ["products[0] (epipen)", "positive"]),
        ("agents.json", _duplicate_agent, ["nsaids", "twice"]),
        ("subtypes.json", _misspelt_key, ["subtypes[0] (ISM)", "icd10_cm"]),
        ("agents.json", _unknown_tolerated, ["nsaids", "aspirin-free-magic"]),
    ],
)
def test_a_malformed_entry_is_refused_naming_file_and_entry(broken_copy, name, change, words):
    folder = broken_copy(name, change)
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder)
    message = str(caught.value)
    assert message.startswith(name)
    for word in words:
        assert word in message


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
