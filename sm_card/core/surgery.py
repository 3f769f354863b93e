"""The pre-operative letter's content, as plain data built from the record and the catalog.

Everything here is either the person's own record (quoted as it is) or catalog text with its
references. The app adds no medical advice of its own: the physician's emergency and
premedication plans are carried word for word, or reported as not recorded, and the
perioperative items are what published sources say, each with its numbered reference.

The renderer (``sm_card.render.letter``) and the desktop page both read a ``SurgeryLetter``;
the preparation checklist helpers are shared with the page that lets the person tick items.
The letter's own sentences (first-aid steps, the tryptase rule, "none recorded"...) are made
by the renderer from these facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeGuard

from sm_card.core import reactions as reaction_log
from sm_card.core import tryptase
from sm_card.core.catalog import Agent, Catalog, Citation, GuidanceItem
from sm_card.core.emergency_numbers import DEFAULT_NUMBER
from sm_card.core.first_aid import Devices, carried_devices, product_form
from sm_card.core.models import (
    AvoidEntry,
    Clinician,
    Contact,
    Injector,
    Medication,
    Procedure,
    Profile,
    Reaction,
    ToleratedEntry,
)

# The KIT D816V results a letter names; another recorded value counts as not recorded.
KIT_RESULTS = ("positive", "negative", "unknown")

# The perioperative item with the REMA study's combined adult and child figures is replaced on
# the letter by the catalog's figures for this person's age group (guidance.json,
# "rema_figures", sourced there).
REMA_FIGURES_ID = "rema-figures"
ADULT_AGE = 18


def age_on(born: date, on: date) -> int:
    """Whole years of age on ``on`` (a 29 February birthday counts from 1 March)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def rema_figures(catalog: Catalog, date_of_birth: date | None,
                 on: date) -> tuple[GuidanceItem, ...]:
    """The REMA figures that apply: adults' for an adult, children's for a child (< 18 on
    the letter's date), both (each saying whose they are) when no date of birth is recorded."""
    if date_of_birth is None:
        groups: tuple[str, ...] = ("adults", "children")
    else:
        groups = ("adults",) if age_on(date_of_birth, on) >= ADULT_AGE else ("children",)
    by_group = {item.group: item for item in catalog.rema_figures}
    return tuple(by_group[group] for group in groups if group in by_group)


@dataclass(frozen=True)
class Reference:
    """One numbered entry of the letter's reference list."""

    number: int
    source_id: str
    text: str  # full citation with its identifier (PMID, PMC, web site), as the catalog has it


@dataclass(frozen=True)
class LiteratureItem:
    """A published perioperative consideration, reported as literature with its references."""

    id: str
    text: str
    references: tuple[int, ...]  # numbers into SurgeryLetter.references
    # False when no verified source backs it: the letter says so where it is read (the TMS
    # paper's list of drugs, from an unchecked copy, stood as a plain statement).
    verified: bool = True
    # The person's avoid and caution entries the text names ("opioids it regards as
    # acceptable, such as fentanyl" for a person who must avoid fentanyl): the letter says
    # so where the sentence is read, so that the literature never reads against the record.
    in_record: tuple[AvoidEntry, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    """A step for the person to prepare; ``done`` mirrors ``Profile.checklist_done``."""

    id: str
    text: str
    done: bool
    sources: tuple[str, ...]  # short labels, e.g. "TMS Emergency Room Protocols"


@dataclass(frozen=True)
class DiagnosisFacts:
    subtype_code: str | None
    subtype_name: str | None  # spelled out from the catalog; None when no subtype is recorded
    diagnosed_on: str | None  # "2019-06" or "2019-06-14" as recorded
    tryptase: str | None  # "38.5 ng/mL"
    tryptase_measured_on: date | None
    kit_d816v: str | None  # one of KIT_RESULTS; None: not recorded
    anaphylaxis_history: bool | None  # None: not recorded
    notes: str | None


@dataclass(frozen=True)
class SurgeryLetter:
    name: str
    date_of_birth: date | None
    weight_kg: float | None
    blood_type: str | None
    printed_on: date
    diagnosis: DiagnosisFacts
    avoid: tuple[AvoidEntry, ...]
    tolerated: tuple[ToleratedEntry, ...]
    medications: tuple[Medication, ...]
    emergency_plan: str | None  # the physician's text exactly as recorded, or None
    premedication: str | None  # the physician's text exactly as recorded, or None
    injectors: tuple[Injector, ...]  # the active devices the person brings
    clinicians: tuple[Clinician, ...]
    contacts: tuple[Contact, ...]
    procedures: tuple[Procedure, ...]  # planned from the print date on, soonest first
    literature: tuple[LiteratureItem, ...]
    references: tuple[Reference, ...]
    checklist: tuple[ChecklistItem, ...]
    emergency_number: str = DEFAULT_NUMBER
    # The forms of the devices carried, for the standard anaphylaxis steps (always printed);
    # None: no steps (a letter not built by build_letter).
    devices: Devices | None = None
    # For each of ``injectors``: its form from the catalog (None: not known).
    injector_forms: tuple[str | None, ...] = ()
    # The recorded baseline the acute threshold is computed from (core/tryptase.py), and
    # the numbers into ``references`` of the rule's and the sampling window's sources.
    baseline_tryptase: float | None = None
    tryptase_rule_refs: tuple[int, ...] = ()
    tryptase_window_refs: tuple[int, ...] = ()
    # The reaction log as evidence, oldest first; and for each of ``avoid`` the dates of the
    # reactions linked to it, oldest first.
    reactions: tuple[Reaction, ...] = ()
    avoid_reaction_dates: tuple[tuple[date, ...], ...] = ()

    @property
    def age(self) -> int | None:
        """Whole years on the day printed; None without a date of birth."""
        if self.date_of_birth is None:
            return None
        return age_on(self.date_of_birth, self.printed_on)

    @property
    def for_a_child(self) -> bool:
        """Under 18 on the day printed: a parent or carer keeps the record and reads part two."""
        return self.age is not None and self.age < ADULT_AGE


def _recorded(text: str | None) -> TypeGuard[str]:
    return bool(text and text.strip())


def format_number(value: float) -> str:
    """38.5 → "38.5", 40.0 → "40" (no invented precision)."""
    return f"{value:g}"


def format_tryptase(value: float | None) -> str | None:
    return None if value is None else f"{format_number(value)} ng/mL"


def reference_text(citation: Citation) -> str:
    source = citation.source
    text = source.citation
    if source.identifier and source.identifier not in text:
        text = f"{text} {source.identifier}."
    return text


def diagnosis_facts(profile: Profile, catalog: Catalog) -> DiagnosisFacts:
    d = profile.diagnosis
    if d is None:
        return DiagnosisFacts(None, None, None, None, None, None, None, None)
    subtype_name = None
    if d.subtype:
        subtype = catalog.subtype(d.subtype)
        subtype_name = subtype.name if subtype else d.subtype
    return DiagnosisFacts(
        subtype_code=d.subtype,
        subtype_name=subtype_name,
        diagnosed_on=str(d.diagnosed_on) if d.diagnosed_on else None,
        tryptase=format_tryptase(d.baseline_tryptase_ng_ml),
        tryptase_measured_on=d.tryptase_measured_on,
        kit_d816v=d.kit_d816v if d.kit_d816v in KIT_RESULTS else None,
        anaphylaxis_history=d.anaphylaxis_history,
        notes=d.notes if _recorded(d.notes) else None,
    )


def checklist_items(profile: Profile, catalog: Catalog) -> tuple[ChecklistItem, ...]:
    """The catalog's preparation checklist with the person's ticks."""
    done = set(profile.checklist_done)
    return tuple(
        ChecklistItem(
            id=item.id,
            text=item.text,
            done=item.id in done,
            sources=tuple(c.label for c in item.sources),
        )
        for item in catalog.preparation_checklist
    )


def set_checklist_done(profile: Profile, item_id: str, done: bool) -> None:
    """Tick or untick one item in ``profile.checklist_done`` (kept free of duplicates)."""
    ticked = [i for i in profile.checklist_done if i != item_id]
    if done:
        ticked.append(item_id)
    profile.checklist_done = ticked


def upcoming_procedures(profile: Profile, today: date) -> tuple[Procedure, ...]:
    """Procedures planned today or later, soonest first, then those without a date."""
    dated = sorted(
        (p for p in profile.procedures if p.planned_on is not None and p.planned_on >= today),
        key=lambda p: p.planned_on or date.min,  # (all dated here)
    )
    undated = [p for p in profile.procedures if p.planned_on is None]
    return (*dated, *undated)


def _perioperative(catalog: Catalog, date_of_birth: date | None,
                   on: date) -> tuple[GuidanceItem, ...]:
    """The catalog's perioperative items, with the REMA figures for this person's age in
    place of the catalog's adult-only item."""
    items: list[GuidanceItem] = []
    for item in catalog.perioperative:
        if item.id == REMA_FIGURES_ID and catalog.rema_figures:
            items.extend(rema_figures(catalog, date_of_birth, on))
            continue
        items.append(item)
    return tuple(items)


def _names_of(entry: AvoidEntry, catalog: Catalog) -> set[str]:
    """What a text may call an avoid entry: its own words, and its catalog item's name,
    INN and aliases."""
    names = {entry.agent}
    known = catalog.entry(entry.catalog_id) if entry.catalog_id else None
    if known is not None:
        names |= {known.name, *known.aliases}
        if isinstance(known, Agent) and known.inn:
            names.add(known.inn)
    return {n.strip() for n in names if n and n.strip()}


def named_in(text: str, avoid: Iterable[AvoidEntry], catalog: Catalog) -> tuple[AvoidEntry, ...]:
    """The entries of ``avoid`` that ``text`` names as a whole word (ignoring case)."""
    folded = text.casefold()
    return tuple(
        entry for entry in avoid
        if any(re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded)
               for name in _names_of(entry, catalog)))


def _literature(
    items: tuple[GuidanceItem, ...], avoid: tuple[AvoidEntry, ...], catalog: Catalog,
) -> tuple[tuple[LiteratureItem, ...], tuple[Reference, ...]]:
    numbers: dict[str, int] = {}
    references: list[Reference] = []
    literature: list[LiteratureItem] = []
    for item in items:
        cited: list[int] = []
        for citation in item.sources:
            if citation.id not in numbers:
                numbers[citation.id] = len(numbers) + 1
                references.append(
                    Reference(numbers[citation.id], citation.id, reference_text(citation))
                )
            cited.append(numbers[citation.id])
        literature.append(LiteratureItem(item.id, item.text, tuple(cited),
                                         any(c.verified for c in item.sources),
                                         named_in(item.text, avoid, catalog)))
    return tuple(literature), tuple(references)


def _cite(references: tuple[Reference, ...], citations: tuple[Citation, ...],
          ) -> tuple[tuple[Reference, ...], tuple[int, ...]]:
    """``references`` with ``citations`` added where missing, and their numbers."""
    refs = list(references)
    numbers = {r.source_id: r.number for r in refs}
    cited = []
    for citation in citations:
        if citation.id not in numbers:
            numbers[citation.id] = len(refs) + 1
            refs.append(Reference(numbers[citation.id], citation.id, reference_text(citation)))
        cited.append(numbers[citation.id])
    return tuple(refs), tuple(cited)


def build_letter(profile: Profile, catalog: Catalog, today: date,
                 emergency_number: str = DEFAULT_NUMBER) -> SurgeryLetter:
    """Everything the pre-operative letter shows, for ``profile`` as of ``today``."""
    literature, references = _literature(_perioperative(catalog, profile.date_of_birth, today),
                                         tuple(profile.avoid), catalog)
    references, rule_refs = _cite(references,
                                  tryptase.citations(catalog, tryptase.RULE_SOURCE_IDS))
    references, window_refs = _cite(references,
                                    tryptase.citations(catalog, tryptase.WINDOW_SOURCE_IDS))
    return SurgeryLetter(
        name=profile.name,
        date_of_birth=profile.date_of_birth,
        weight_kg=profile.weight_kg,
        blood_type=profile.blood_type,
        printed_on=today,
        diagnosis=diagnosis_facts(profile, catalog),
        avoid=tuple(profile.avoid),
        tolerated=tuple(profile.tolerated),
        medications=tuple(profile.medications),
        emergency_plan=profile.emergency_plan if _recorded(profile.emergency_plan) else None,
        premedication=profile.premedication if _recorded(profile.premedication) else None,
        injectors=tuple(profile.active_injectors),
        clinicians=tuple(profile.clinicians),
        contacts=tuple(profile.contacts),
        procedures=upcoming_procedures(profile, today),
        literature=literature,
        references=references,
        checklist=checklist_items(profile, catalog),
        emergency_number=emergency_number,
        injector_forms=tuple(product_form(i.product, catalog) for i in profile.active_injectors),
        devices=carried_devices(profile.active_injectors, catalog),
        baseline_tryptase=tryptase.baseline_of(profile.diagnosis),
        tryptase_rule_refs=rule_refs,
        tryptase_window_refs=window_refs,
        reactions=tuple(reaction_log.in_order(profile)),
        avoid_reaction_dates=tuple(
            tuple(r.occurred_on for r in reaction_log.reactions_for(profile, a))
            for a in profile.avoid),
    )
