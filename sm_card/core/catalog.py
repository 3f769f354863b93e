"""The catalog: subtypes, agents, epinephrine products and guidance text, each with sources.

The data lives in ``resources/catalog/*.json``; this module reads it into frozen data classes
and checks it on load, so a broken catalog fails loudly with the file and entry named instead
of reaching a printed card. References are defined once in ``sources.json``; every entry
cites them by id, optionally with a ``detail`` such as a table number.

Catalog entries are suggestions with their evidence, never verdicts: the person's own lists
live in the record (``models.AvoidEntry`` / ``models.ToleratedEntry`` via ``catalog_id``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

from sm_card.core.paths import resource_path

CATALOG_VERSION = 1
SOURCES_FILE = "sources.json"
SUBTYPES_FILE = "subtypes.json"
AGENTS_FILE = "agents.json"
PRODUCTS_FILE = "products.json"
GUIDANCE_FILE = "guidance.json"
CATALOG_FILES = (SOURCES_FILE, SUBTYPES_FILE, AGENTS_FILE, PRODUCTS_FILE, GUIDANCE_FILE)

AGENT_KINDS = ("class", "agent")
# Non-drug triggers (insect venom, alcohol) are listed apart from drugs, hymenoptera venom first.
AGENT_CATEGORIES = ("drug", "non-drug")
# Beta-blockers and ACE inhibitors are listed because they may worsen anaphylaxis or blunt
# epinephrine, not because they trigger it: outputs must never present them as allergies.
LISTED_FOR = ("possible-trigger", "may-worsen-anaphylaxis")
PRODUCT_FORMS = ("auto-injector", "nasal spray")
# The route each form gives its dose by, as the product labels say.
PRODUCT_ROUTES = {"auto-injector": "intramuscular", "nasal spray": "nasal"}
REMA_GROUPS = ("adults", "children")
UNVERIFIED = "(unverified)"

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SUBTYPE_CODE = re.compile(r"^[A-Z]+(-[A-Z]+)*$")
_ICD10 = re.compile(r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")
_ATC = re.compile(r"^[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$")
_WORD = re.compile(r"[0-9a-z]+")
# An international non-proprietary name as WHO writes it: lower case words, a space or hyphen
# between them ("pethidine", "polymyxin b" is written "polymyxin B", so one capital is allowed).
_INN = re.compile(r"^[a-z][a-z0-9]*([ -][a-zA-Z0-9]+)*$")
# One identifier a reader can look up: a PubMed or PMC id, a DOI, or a web address.
_IDENTIFIER = re.compile(r"^(PMID \d+|PMC\d+|doi:10\.\d+/\S+|https?://\S+)$")
_FORBIDDEN_SOURCE_PREFIX = "project-reference"


class CatalogError(ValueError):
    """The catalog data is missing or malformed; the message names the file and the entry."""

    def __init__(self, file: str, where: str | None, problem: str) -> None:
        self.file = file
        self.where = where
        self.problem = problem
        super().__init__(f"{file}: {where}: {problem}" if where else f"{file}: {problem}")


@dataclass(frozen=True)
class Source:
    """One work the catalog cites (defined in sources.json).

    ``verified`` is False where authors, title, year or identifier could not all be checked;
    every text built from such a source carries "(unverified)" so it is never shown as fact.
    """

    id: str
    label: str  # short, for inline citations: "Hermans 2018"
    authors: str  # authors, or the organisation responsible
    title: str
    year: int | str  # a year, or "n.d." for an undated web page
    identifier: str | None = None  # "PMID n; PMC n; doi:10.x/y" or a web address
    published_in: str | None = None  # journal, volume and pages, where there are any
    verified: bool = True
    note: str | None = None  # how it was checked, or what is missing

    @property
    def citation(self) -> str:
        """The full reference for reference lists, marked when it is unverified."""
        parts = [_short_authors(self.authors), self.title]
        if self.published_in:
            parts.append(self.published_in)
        text = ". ".join(part.rstrip(".") for part in parts)
        # The year once: journal references already carry it ("Allergy 2015;70:755").
        text += "." if self.published_in and str(self.year) in self.published_in else (
            f" ({self.year}).")
        if self.identifier:
            text = f"{text} {self.identifier}."
        return f"{text} {UNVERIFIED}" if not self.verified else text


@dataclass(frozen=True)
class Citation:
    """A reference as cited by one entry, with an optional locator ("table 5")."""

    source: Source
    detail: str | None = None

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def verified(self) -> bool:
        return self.source.verified

    @property
    def label(self) -> str:
        """The short citation every list of sources shows, marked when it is unverified."""
        text = f"{self.source.label}, {self.detail}" if self.detail else self.source.label
        return text if self.verified else f"{text} {UNVERIFIED}"


@dataclass(frozen=True)
class CodeAlternative:
    """A code that may apply instead of the subtype's own, in a case the record cannot tell."""

    code: str
    meaning: str


@dataclass(frozen=True)
class Subtype:
    code: str
    name: str
    description: str
    icd10cm: str | None  # the code for the subtype as recorded (the default)
    sources: tuple[Citation, ...]
    icd10_who: str | None = None  # WHO ICD-10, where it differs from ICD-10-CM
    codes_note: str | None = None
    # Codes the physician may choose instead (MCL in remission, congenital CM); never guessed.
    icd10cm_alternatives: tuple[CodeAlternative, ...] = ()


@dataclass(frozen=True)
class AtcCode:
    """One ATC code of a substance, with the use it covers where the index gives several."""

    code: str
    use: str | None = None  # "intravenous", "oral": the route its anatomical group is for


@dataclass(frozen=True)
class Agent:
    """A drug, drug class or substance commonly listed as a possible trigger."""

    id: str
    name: str
    kind: str  # "class" or "agent"
    drug_class: str  # "class" in the JSON
    evidence: str
    sources: tuple[Citation, ...]
    # Every ATC code the index gives for the use that matters here, the main one first; a
    # substance in several anatomical groups (vancomycin: intravenous and oral) has one per use.
    atc_codes: tuple[AtcCode, ...] = ()
    aliases: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    usually_tolerated: tuple[str, ...] = ()  # ids of tolerated suggestions
    verified: bool = True  # False where the sources conflict about listing it at all
    category: str = "drug"  # or "non-drug" (insect venom, alcohol)
    listed_for: str = "possible-trigger"  # or "may-worsen-anaphylaxis" (not an allergy)
    # The international non-proprietary name, for single substances only, where a source read
    # gives it; a foreign pharmacist knows "pethidine" where the catalog says "Meperidine".
    inn: str | None = None

    @property
    def atc(self) -> str | None:
        """The main ATC code (the FHIR summary codes with this one), or None."""
        return self.atc_codes[0].code if self.atc_codes else None

    @property
    def is_class(self) -> bool:
        return self.kind == "class"

    @property
    def is_trigger(self) -> bool:
        """False for agents listed for another reason (beta-blockers, ACE inhibitors)."""
        return self.listed_for == "possible-trigger"


@dataclass(frozen=True)
class ToleratedSuggestion:
    """An agent the sources usually list as tolerated; tolerance is still individual."""

    id: str
    name: str
    drug_class: str
    note: str
    sources: tuple[Citation, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Product:
    """An epinephrine device. ``form`` is None only for the catch-all "other"."""

    id: str
    name: str
    doses_mg: tuple[float, ...]
    form: str | None
    sources: tuple[Citation, ...]
    notes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    # A recall of this product from patients (who recalled it, when, what to do); None if none.
    recall: str | None = None

    @property
    def route(self) -> str | None:
        """"intramuscular" or "nasal", from the form; None for the catch-all "other"."""
        return PRODUCT_ROUTES.get(self.form) if self.form else None


@dataclass(frozen=True)
class GuidanceItem:
    id: str
    text: str
    sources: tuple[Citation, ...]
    form: str | None = None  # first-aid step for one device form only ("nasal spray")
    group: str | None = None  # study figures for one group only ("children")


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    applies_in: str
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class CodedValue:
    code: str
    sources: tuple[Citation, ...]


CatalogEntry = Agent | ToleratedSuggestion


@dataclass(frozen=True, eq=False)
class Catalog:
    references: Mapping[str, Source]
    subtypes: Mapping[str, Subtype]
    agents: Mapping[str, Agent]
    tolerated_suggestions: Mapping[str, ToleratedSuggestion]
    tolerance_note: GuidanceItem
    products: Mapping[str, Product]
    device_facts: tuple[GuidanceItem, ...]
    epinephrine_atc: CodedValue
    first_aid: tuple[GuidanceItem, ...]
    emergency_numbers: tuple[EmergencyNumber, ...]
    perioperative: tuple[GuidanceItem, ...]
    preparation_checklist: tuple[GuidanceItem, ...]
    # The full anaphylaxis steps (ASCIA 2023, Resus UK 2021), with one epinephrine step per
    # device form; outputs pick the steps for the forms the person carries.
    first_aid_steps: tuple[GuidanceItem, ...] = ()
    # REMA figures per age group, so a letter can print the figures that apply to the person.
    rema_figures: tuple[GuidanceItem, ...] = ()
    # The acute tryptase rule ("20 % + 2") and its sampling window (core/tryptase.py).
    tryptase: tuple[GuidanceItem, ...] = ()

    def non_drug_triggers(self) -> tuple[Agent, ...]:
        """Non-drug triggers in catalog order (hymenoptera venom first)."""
        return tuple(a for a in self.agents.values() if a.category == "non-drug")

    def not_triggers(self) -> tuple[Agent, ...]:
        """Agents listed for another reason than triggering (they may worsen anaphylaxis)."""
        return tuple(a for a in self.agents.values() if not a.is_trigger)

    def first_aid_for(self, forms: set[str] | frozenset[str]) -> tuple[GuidanceItem, ...]:
        """The full steps with the epinephrine step for each form in ``forms`` (all if empty)."""
        return tuple(s for s in self.first_aid_steps if s.form is None or not forms
                     or s.form in forms)

    def known_ids(self) -> set[str]:
        """Every id a record's ``catalog_id`` may hold."""
        return set(self.agents) | set(self.tolerated_suggestions)

    def subtype(self, code: str) -> Subtype | None:
        return self.subtypes.get(code)

    def agent(self, agent_id: str) -> Agent | None:
        return self.agents.get(agent_id)

    def tolerated(self, suggestion_id: str) -> ToleratedSuggestion | None:
        return self.tolerated_suggestions.get(suggestion_id)

    def entry(self, catalog_id: str) -> CatalogEntry | None:
        """The agent or tolerated suggestion a ``catalog_id`` names (None if unknown)."""
        return self.agents.get(catalog_id) or self.tolerated_suggestions.get(catalog_id)

    def entry_by_name(self, name: str) -> CatalogEntry | None:
        """The entry whose name or alias equals ``name``, ignoring case and punctuation."""
        wanted = _joined(name)
        if not wanted:
            return None
        entries: list[CatalogEntry] = [*self.agents.values(), *self.tolerated_suggestions.values()]
        for entry in entries:
            names = {_joined(entry.id), _joined(entry.name), *map(_joined, entry.aliases)}
            if isinstance(entry, Agent) and entry.inn:
                names.add(_joined(entry.inn))
            if wanted in names:
                return entry
        return None

    def product_by_name(self, name: str) -> Product | None:
        """Match an injector's free-text product ("EPIPEN jr 0.15 mg") to a catalog product.

        An exact match of name or alias (ignoring case, spaces and punctuation) wins; otherwise
        the product whose name's words begin the text, the longest such name first, so that
        "EpiPen Jr 0.15" finds EpiPen Jr rather than EpiPen.
        """
        words = _words(name)
        if not words:
            return None
        joined = "".join(words)
        best: Product | None = None
        best_len = 0
        for product in self.products.values():
            for label in (product.name, *product.aliases):
                label_words = _words(label)
                if "".join(label_words) == joined:
                    return product
                if words[: len(label_words)] == label_words and len(label_words) > best_len:
                    best, best_len = product, len(label_words)
        return best


def _short_authors(authors: str) -> str:
    """The first three authors then "et al.", as reference lists print long author lists."""
    names = [n.strip() for n in authors.split(",")]
    if len(names) <= 3 or ";" in authors:  # an organisation, or a short list
        return authors
    return ", ".join(names[:3]) + ", et al."


def normalized_name(text: str) -> str:
    """``text`` as the catalog compares names: lower case, letters and digits only."""
    return _joined(text)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _joined(text: str) -> str:
    return "".join(_words(text))


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The packaged catalog, read once per process (the data never changes at run time)."""
    return load_catalog()


def load_catalog(root: Path | None = None) -> Catalog:
    """Read and check the catalog folder (default: the packaged ``resources/catalog``)."""
    folder = resource_path("catalog") if root is None else Path(root)
    sources_doc = _File(folder, SOURCES_FILE, ("references",))
    references = _read_references(sources_doc)

    subtypes_doc = _File(folder, SUBTYPES_FILE, ("subtypes",), references)
    agents_doc = _File(
        folder, AGENTS_FILE, ("tolerance_note", "agents", "tolerated_suggestions"), references
    )
    products_doc = _File(
        folder, PRODUCTS_FILE, ("epinephrine_atc", "products", "facts"), references
    )
    guidance_doc = _File(
        folder,
        GUIDANCE_FILE,
        ("first_aid", "emergency_numbers", "perioperative", "preparation_checklist"),
        references,
        optional_sections=("first_aid_steps", "rema_figures", "tryptase"),
    )

    tolerated = _keyed(agents_doc, "tolerated_suggestions", _read_tolerated)
    agents = _keyed(agents_doc, "agents", _read_agent)
    for agent_id in agents:
        if agent_id in tolerated:
            agents_doc.fail(f"agents ({agent_id})", "id is also used by a tolerated suggestion")
    for agent in agents.values():
        for suggestion_id in agent.usually_tolerated:
            if suggestion_id not in tolerated:
                agents_doc.fail(
                    f"agents ({agent.id})",
                    f"usually_tolerated names {suggestion_id!r}, not a tolerated suggestion",
                )

    subtypes = _keyed(subtypes_doc, "subtypes", _read_subtype)
    first_aid_steps = _optional_items(guidance_doc, "first_aid_steps", ("form",))
    for step in first_aid_steps:
        if step.form is not None and step.form not in PRODUCT_FORMS:
            guidance_doc.fail(f"first_aid_steps ({step.id})",
                              f"form {step.form!r} must be one of {', '.join(PRODUCT_FORMS)}")
    rema_figures = _optional_items(guidance_doc, "rema_figures", ("group",))
    if {item.group for item in rema_figures} - set(REMA_GROUPS):
        guidance_doc.fail("rema_figures", f"group must be one of {', '.join(REMA_GROUPS)}")
    _check_content(subtypes_doc, agents_doc, subtypes, agents, tolerated)

    return Catalog(
        references=MappingProxyType(references),
        subtypes=MappingProxyType(subtypes),
        agents=MappingProxyType(agents),
        tolerated_suggestions=MappingProxyType(tolerated),
        tolerance_note=_read_item(agents_doc, agents_doc.data["tolerance_note"], "tolerance_note"),
        products=MappingProxyType(_keyed(products_doc, "products", _read_product)),
        device_facts=_items(products_doc, "facts"),
        epinephrine_atc=_read_coded(products_doc),
        first_aid=_items(guidance_doc, "first_aid"),
        emergency_numbers=_emergency_numbers(guidance_doc),
        perioperative=_items(guidance_doc, "perioperative"),
        preparation_checklist=_items(guidance_doc, "preparation_checklist"),
        first_aid_steps=first_aid_steps,
        rema_figures=rema_figures,
        tryptase=_optional_items(guidance_doc, "tryptase", ()),
    )


# Facts the catalog must keep because outputs are read by people who act on them; a change
# that breaks one is refused on load (issue 8), not discovered on a printed card.
_PYRAZOLONES = ("metamizole", "dipyrone")
_LEADING_NON_DRUG_TRIGGER = "hymenoptera-venom"
_MCL_CODES = re.compile(r"^C94\.3[0-2]$")


def _check_content(
    subtypes_doc: _File,
    agents_doc: _File,
    subtypes: Mapping[str, Subtype],
    agents: Mapping[str, Agent],
    tolerated: Mapping[str, ToleratedSuggestion],
) -> None:
    for suggestion in tolerated.values():
        names = {_joined(n) for n in (suggestion.id, suggestion.name, *suggestion.aliases)}
        if any(_joined(p) in name for p in _PYRAZOLONES for name in names):
            agents_doc.fail(f"tolerated_suggestions ({suggestion.id})",
                            "a pyrazolone (metamizole) must not be suggested as tolerated: "
                            "pyrazolones are the most frequent cause of selective NSAID "
                            "hypersensitivity")
    mcl = subtypes.get("MCL")
    if mcl is not None and not (mcl.icd10cm and _MCL_CODES.match(mcl.icd10cm)):
        subtypes_doc.fail("subtypes (MCL)", "mast cell leukemia needs its ICD-10-CM code C94.3x")
    non_drug = [a.id for a in agents.values() if a.category == "non-drug"]
    if non_drug and non_drug[0] != _LEADING_NON_DRUG_TRIGGER:
        agents_doc.fail(f"agents ({non_drug[0]})",
                        f"{_LEADING_NON_DRUG_TRIGGER} (the leading trigger of anaphylaxis in "
                        "adults with mastocytosis) must come first among non-drug triggers")


class _File:
    """One catalog file, parsed, with helpers that raise CatalogError naming file and entry."""

    def __init__(
        self,
        folder: Path,
        name: str,
        sections: tuple[str, ...],
        references: Mapping[str, Source] | None = None,
        optional_sections: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.references = references or {}
        path = folder / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CatalogError(name, None, f"file is missing from {folder}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogError(name, None, f"cannot be read ({exc})") from None
        try:
            data = json.loads(text, object_pairs_hook=self._no_duplicate_keys)
        except json.JSONDecodeError as exc:
            raise CatalogError(
                name, None, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        self.data = self.mapping(
            data, None, required=("version", *sections), optional=("about", *optional_sections)
        )
        if self.data["version"] != CATALOG_VERSION:
            self.fail(None, f"version {self.data['version']!r} is not {CATALOG_VERSION}")

    def _no_duplicate_keys(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                self.fail(None, f"key {key!r} appears twice in one object")
            result[key] = value
        return result

    def fail(self, where: str | None, problem: str) -> NoReturn:
        raise CatalogError(self.name, where, problem)

    def mapping(
        self,
        value: Any,
        where: str | None,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "must be a JSON object")
        # Both at once: a misspelt key shows up as one missing and one unknown.
        problems = []
        missing = [key for key in required if key not in value]
        if missing:
            problems.append(f"missing {', '.join(missing)}")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            problems.append(f"unknown key(s) {', '.join(unknown)}")
        if problems:
            self.fail(where, "; ".join(problems))
        return value

    def items(self, section: str) -> list[Any]:
        value = self.data[section]
        if not isinstance(value, list) or not value:
            self.fail(section, "must be a non-empty list")
        return value

    def text(self, entry: Mapping[str, Any], key: str, where: str) -> str:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            self.fail(where, f"{key} must be non-empty text without surrounding spaces")
        return value

    def optional_text(self, entry: Mapping[str, Any], key: str, where: str) -> str | None:
        if entry.get(key) is None:
            return None
        return self.text(entry, key, where)

    def texts(self, entry: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = entry.get(key, [])
        if not isinstance(value, list):
            self.fail(where, f"{key} must be a list of text")
        return tuple(self.text({key: item}, key, where) for item in value)

    def coded(
        self, entry: Mapping[str, Any], key: str, where: str, pattern: re.Pattern[str]
    ) -> str | None:
        value = self.optional_text(entry, key, where)
        if value is not None and not pattern.match(value):
            self.fail(where, f"{key} {value!r} is not a well-formed code")
        return value

    def slug(self, entry: Mapping[str, Any], key: str, where: str) -> str:
        value = self.text(entry, key, where)
        if not _SLUG.match(value):
            self.fail(where, f"{key} {value!r} must be a lowercase slug like 'polymyxin-b'")
        return value

    def sources(self, entry: Mapping[str, Any], where: str) -> tuple[Citation, ...]:
        raw = entry.get("sources")
        if not isinstance(raw, list) or not raw:
            self.fail(where, "sources must be a non-empty list")
        citations: list[Citation] = []
        for item in raw:
            if isinstance(item, str):
                ref, detail = item, None
            else:
                cited = self.mapping(item, where, required=("ref",), optional=("detail",))
                ref = self.text(cited, "ref", where)
                detail = self.optional_text(cited, "detail", where)
            if ref not in self.references:
                self.fail(where, f"cites {ref!r}, which is not defined in {SOURCES_FILE}")
            citations.append(Citation(self.references[ref], detail))
        if len({c.id for c in citations}) != len(citations):
            self.fail(where, "cites the same reference twice")
        return tuple(citations)


def _where(section: str, index: int, entry: Any, key: str = "id") -> str:
    label = entry.get(key) if isinstance(entry, dict) else None
    return f"{section}[{index}] ({label})" if isinstance(label, str) else f"{section}[{index}]"


def _keyed(doc: _File, section: str, read: Callable[[_File, Any, str], Any]) -> dict[str, Any]:
    """Read a list section into a dict keyed by each entry's id (or code), refusing duplicates."""
    result: dict[str, Any] = {}
    key = "code" if section == "subtypes" else "id"
    for index, raw in enumerate(doc.items(section)):
        where = _where(section, index, raw, key)
        entry = read(doc, raw, where)
        entry_key = getattr(entry, key)
        if entry_key in result:
            doc.fail(where, f"{key} {entry_key!r} is used twice")
        result[entry_key] = entry
    return result


def _read_references(doc: _File) -> dict[str, Source]:
    result: dict[str, Source] = {}
    for index, raw in enumerate(doc.items("references")):
        where = _where("references", index, raw)
        entry = doc.mapping(
            raw,
            where,
            required=("id", "label", "authors", "title", "year", "identifier"),
            optional=("published_in", "verified", "note"),
        )
        verified = entry.get("verified", True)
        if not isinstance(verified, bool):
            doc.fail(where, "verified must be true or false")
        source = Source(
            id=doc.slug(entry, "id", where),
            label=doc.text(entry, "label", where),
            authors=doc.text(entry, "authors", where),
            title=doc.text(entry, "title", where),
            year=_year(doc, entry, where),
            identifier=doc.optional_text(entry, "identifier", where),
            published_in=doc.optional_text(entry, "published_in", where),
            verified=verified,
            note=doc.optional_text(entry, "note", where),
        )
        if source.id.startswith(_FORBIDDEN_SOURCE_PREFIX):
            doc.fail(where, "the project's own notes are not a source; cite the work itself")
        if source.identifier is not None:
            for part in source.identifier.split("; "):
                if not _IDENTIFIER.match(part):
                    doc.fail(where, f"identifier part {part!r} is not a PMID, PMC id, DOI or URL")
        if source.verified and source.identifier is None:
            doc.fail(where, "a verified source needs a PMID, DOI or URL; else mark it unverified")
        if not source.verified and source.note is None:
            doc.fail(where, "an unverified source needs a note saying what could not be checked")
        if source.id in result:
            doc.fail(where, f"id {source.id!r} is used twice")
        result[source.id] = source
    return result


def _year(doc: _File, entry: Mapping[str, Any], where: str) -> int | str:
    year = entry.get("year")
    if year == "n.d.":  # an undated page, as reference styles write it
        return year
    if isinstance(year, bool) or not isinstance(year, int) or not 1800 <= year <= 2100:
        doc.fail(where, "year must be a year like 2015, or \"n.d.\" for an undated page")
    return year


def _read_subtype(doc: _File, raw: Any, where: str) -> Subtype:
    entry = doc.mapping(
        raw,
        where,
        required=("code", "name", "description", "icd10cm", "sources"),
        optional=("icd10_who", "codes_note", "icd10cm_alternatives"),
    )
    code = doc.text(entry, "code", where)
    if not _SUBTYPE_CODE.match(code):
        doc.fail(where, f"code {code!r} must be upper case like 'SM-AHN'")
    subtype = Subtype(
        code=code,
        name=doc.text(entry, "name", where),
        description=doc.text(entry, "description", where),
        icd10cm=doc.coded(entry, "icd10cm", where, _ICD10),
        sources=doc.sources(entry, where),
        icd10_who=doc.coded(entry, "icd10_who", where, _ICD10),
        codes_note=doc.optional_text(entry, "codes_note", where),
        icd10cm_alternatives=_alternatives(doc, entry, where),
    )
    if subtype.icd10cm is None and subtype.codes_note is None:
        doc.fail(where, "a subtype without an ICD-10-CM code needs a codes_note saying why")
    if subtype.icd10cm_alternatives and subtype.codes_note is None:
        doc.fail(where, "alternative codes need a codes_note saying who chooses between them")
    return subtype


def _alternatives(doc: _File, entry: Mapping[str, Any], where: str) -> tuple[CodeAlternative, ...]:
    raw = entry.get("icd10cm_alternatives", [])
    if not isinstance(raw, list):
        doc.fail(where, "icd10cm_alternatives must be a list")
    result = []
    for item in raw:
        alt = doc.mapping(item, where, required=("code", "meaning"))
        code = doc.coded(alt, "code", where, _ICD10)
        assert code is not None  # required above
        result.append(CodeAlternative(code, doc.text(alt, "meaning", where)))
    return tuple(result)


def _read_agent(doc: _File, raw: Any, where: str) -> Agent:
    entry = doc.mapping(
        raw,
        where,
        required=("id", "name", "kind", "class", "evidence", "sources"),
        optional=("atc", "aliases", "examples", "usually_tolerated", "verified", "category",
                  "listed_for", "inn"),
    )
    kind = doc.text(entry, "kind", where)
    if kind not in AGENT_KINDS:
        doc.fail(where, f"kind {kind!r} must be one of {', '.join(AGENT_KINDS)}")
    verified = entry.get("verified", True)
    if not isinstance(verified, bool):
        doc.fail(where, "verified must be true or false")
    category = entry.get("category", "drug")
    if category not in AGENT_CATEGORIES:
        doc.fail(where, f"category {category!r} must be one of {', '.join(AGENT_CATEGORIES)}")
    listed_for = entry.get("listed_for", "possible-trigger")
    if listed_for not in LISTED_FOR:
        doc.fail(where, f"listed_for {listed_for!r} must be one of {', '.join(LISTED_FOR)}")
    inn = doc.optional_text(entry, "inn", where)
    if inn is not None:
        if kind == "class":
            doc.fail(where, "a class has no INN; give one only for a single substance")
        if not _INN.match(inn):
            doc.fail(where, f"inn {inn!r} must be written as WHO writes INNs, e.g. 'pethidine'")
    return Agent(
        id=doc.slug(entry, "id", where),
        name=doc.text(entry, "name", where),
        kind=kind,
        drug_class=doc.text(entry, "class", where),
        evidence=doc.text(entry, "evidence", where),
        sources=doc.sources(entry, where),
        atc_codes=_atc_codes(doc, entry, where),
        aliases=doc.texts(entry, "aliases", where),
        examples=doc.texts(entry, "examples", where),
        usually_tolerated=doc.texts(entry, "usually_tolerated", where),
        verified=verified,
        category=category,
        listed_for=listed_for,
        inn=inn,
    )


def _atc_codes(doc: _File, entry: Mapping[str, Any], where: str) -> tuple[AtcCode, ...]:
    """``atc``: one code, or a list of ``{"code", "use"}`` when the index gives one per use."""
    raw = entry.get("atc")
    if raw is None:
        return ()
    if isinstance(raw, str):
        code = doc.coded(entry, "atc", where, _ATC)
        assert code is not None
        return (AtcCode(code),)
    if not isinstance(raw, list) or not raw:
        doc.fail(where, "atc must be a code or a non-empty list of {code, use}")
    result: list[AtcCode] = []
    for item in raw:
        pair = doc.mapping(item, where, required=("code", "use"))
        code = doc.coded(pair, "code", where, _ATC)
        assert code is not None
        if any(c.code == code for c in result):
            doc.fail(where, f"atc code {code!r} is listed twice")
        result.append(AtcCode(code, doc.text(pair, "use", where)))
    return tuple(result)


def _read_tolerated(doc: _File, raw: Any, where: str) -> ToleratedSuggestion:
    entry = doc.mapping(
        raw, where, required=("id", "name", "class", "note", "sources"), optional=("aliases",)
    )
    return ToleratedSuggestion(
        id=doc.slug(entry, "id", where),
        name=doc.text(entry, "name", where),
        drug_class=doc.text(entry, "class", where),
        note=doc.text(entry, "note", where),
        sources=doc.sources(entry, where),
        aliases=doc.texts(entry, "aliases", where),
    )


def _read_product(doc: _File, raw: Any, where: str) -> Product:
    entry = doc.mapping(
        raw,
        where,
        required=("id", "name", "doses_mg", "form", "sources"),
        optional=("notes", "aliases", "recall"),
    )
    doses = entry["doses_mg"]
    if not isinstance(doses, list) or not all(
        isinstance(d, int | float) and not isinstance(d, bool) and math.isfinite(d) and d > 0
        for d in doses
    ):
        doc.fail(where, "doses_mg must be a list of positive numbers")
    form = entry["form"]
    if form is not None and form not in PRODUCT_FORMS:
        doc.fail(where, f"form {form!r} must be one of {', '.join(PRODUCT_FORMS)} or null")
    return Product(
        id=doc.slug(entry, "id", where),
        name=doc.text(entry, "name", where),
        doses_mg=tuple(float(d) for d in doses),
        form=form,
        sources=doc.sources(entry, where),
        notes=doc.texts(entry, "notes", where),
        aliases=doc.texts(entry, "aliases", where),
        recall=doc.optional_text(entry, "recall", where),
    )


def _read_item(
    doc: _File, raw: Any, where: str, optional: tuple[str, ...] = ()
) -> GuidanceItem:
    entry = doc.mapping(raw, where, required=("id", "text", "sources"), optional=optional)
    return GuidanceItem(
        id=doc.slug(entry, "id", where),
        text=doc.text(entry, "text", where),
        sources=doc.sources(entry, where),
        form=doc.optional_text(entry, "form", where),
        group=doc.optional_text(entry, "group", where),
    )


def _items(doc: _File, section: str) -> tuple[GuidanceItem, ...]:
    return tuple(_keyed(doc, section, _read_item).values())


def _optional_items(
    doc: _File, section: str, optional: tuple[str, ...]
) -> tuple[GuidanceItem, ...]:
    if section not in doc.data:
        return ()
    def read(d: _File, raw: Any, where: str) -> GuidanceItem:
        return _read_item(d, raw, where, optional)
    return tuple(_keyed(doc, section, read).values())


def _read_coded(doc: _File) -> CodedValue:
    where = "epinephrine_atc"
    entry = doc.mapping(doc.data[where], where, required=("code", "sources"))
    code = doc.text(entry, "code", where)
    if not _ATC.match(code):
        doc.fail(where, f"code {code!r} is not a well-formed ATC code")
    return CodedValue(code=code, sources=doc.sources(entry, where))


def _emergency_numbers(doc: _File) -> tuple[EmergencyNumber, ...]:
    result: list[EmergencyNumber] = []
    for index, raw in enumerate(doc.items("emergency_numbers")):
        where = _where("emergency_numbers", index, raw, "number")
        entry = doc.mapping(raw, where, required=("number", "applies_in", "sources"))
        number = doc.text(entry, "number", where)
        if not number.isdigit():
            doc.fail(where, f"number {number!r} must be digits only")
        if any(n.number == number for n in result):
            doc.fail(where, f"number {number!r} is listed twice")
        result.append(
            EmergencyNumber(number, doc.text(entry, "applies_in", where), doc.sources(entry, where))
        )
    return tuple(result)
