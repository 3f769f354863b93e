"""The consistency check: a record read against itself and against the catalog.

Each ``Finding`` has a stable ``code`` (scripts and tests key on it), a severity, a one-line
message and where it points (``section`` is the record list or page it is about, ``index`` the
entry's position in that list, ``item_id`` a device's or procedure's id), so the app can lead
the person to the field. Nothing is changed: a dose the product is not made in, an unknown
product or a contradiction is the person's record, kept as it is and flagged.

The check records and never prescribes: a beta-blocker among the medications is "for your
physician to review", not a reason to stop anything.

Matching is by words, ignoring case, accents and punctuation. A medication or a tolerated agent
"belongs" to an avoided class when it names the class itself or one of the catalog's examples of
it (and their aliases). Beta-blockers and ACE inhibitors are also recognised by the endings the
WHO gives their generic names (INN stems "-olol"/"-alol" and "-pril"/"-prilat": World Health
Organization, The use of stems in the selection of International Nonproprietary Names (INN) for
pharmaceutical substances, WHO/EMP/RHT/TSN/2018.1, 2018), since a person types "bisoprolol"
rather than "beta-blocker". A brand name the catalog does not know is not recognised: the check
can miss things and says nothing is safe when it finds nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sm_card.core.catalog import Agent, Catalog, CatalogEntry
from sm_card.core.injectors import (
    days_left,
    devices_expiring_before,
    person_status,
    places_short,
)
from sm_card.core.models import AvoidEntry, Profile, ToleratedEntry
from sm_card.core.surgery import format_number as format_dose

WARNING = "warning"  # the card, the letter or the devices may mislead or fail the person
REVIEW = "review"  # worth the physician's look; not an error in the record
SEVERITIES = (WARNING, REVIEW)

# Where a finding points: the record's lists, plus the diagnosis.
DIAGNOSIS = "diagnosis"
AVOID = "avoid"
TOLERATED = "tolerated"
MEDICATIONS = "medications"
INJECTORS = "injectors"
CONTACTS = "contacts"
PROCEDURES = "procedures"

# The stable codes (docs/CLI.md lists them).
RECALLED_PRODUCT = "recalled-product"
FEWER_THAN_TWO = "fewer-than-two"
FEWER_THAN_TWO_AT_PLACE = "fewer-than-two-at-place"
DEVICE_EXPIRED = "device-expired"
EXPIRES_BEFORE_PROCEDURE = "expires-before-procedure"
DOSE_NOT_MADE = "dose-not-made"
UNKNOWN_PRODUCT = "unknown-product"
NO_DIAGNOSIS = "no-diagnosis"
NO_EMERGENCY_CONTACT = "no-emergency-contact"
AVOIDED_AND_TOLERATED = "avoided-and-tolerated"
MEDICATION_AVOIDED = "medication-avoided"
BETA_BLOCKER = "beta-blocker"
ACE_INHIBITOR = "ace-inhibitor"
CODES = (
    RECALLED_PRODUCT, FEWER_THAN_TWO, FEWER_THAN_TWO_AT_PLACE, DEVICE_EXPIRED,
    EXPIRES_BEFORE_PROCEDURE, DOSE_NOT_MADE, UNKNOWN_PRODUCT, NO_DIAGNOSIS,
    NO_EMERGENCY_CONTACT, AVOIDED_AND_TOLERATED, MEDICATION_AVOIDED, BETA_BLOCKER, ACE_INHIBITOR,
)

# catalog agent id -> (finding code, readable class name, INN stems of its members)
_REVIEW_CLASSES = {
    "beta-blockers": (BETA_BLOCKER, "a beta-blocker", ("olol", "alol")),
    "ace-inhibitors": (ACE_INHIBITOR, "an ACE inhibitor", ("pril", "prilat")),
}
_MIN_STEM_WORD = 6  # "april" is no ACE inhibitor: a stem match needs a real drug-length word

_WORD = re.compile(r"[0-9a-z]+")

Words = tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    section: str  # DIAGNOSIS, AVOID, TOLERATED, MEDICATIONS, INJECTORS, CONTACTS, PROCEDURES
    index: int | None = None  # position in the section's list
    item_id: str | None = None  # the device's or procedure's id

    def line(self) -> str:
        """One line for a terminal: ``code: message``."""
        return f"{self.code}: {self.message}"


# --- words ------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents: "Métamizole" -> "metamizole"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)  # pure; the catalog's names are folded again per entry
def words(text: str) -> Words:
    """The words compared, singular: "NSAIDs" and "NSAID", "beta-blocker(s)" are the same."""
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                 for w in _WORD.findall(fold(text)))


def _contains(haystack: Words, needle: Words) -> bool:
    """``needle``'s words appear one after another in ``haystack``."""
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def _label_terms(label: str) -> set[Words]:
    """A catalog label and, for "meperidine (pethidine)", each of its two names."""
    terms = {words(label)}
    terms.update(words(part) for part in re.split(r"[()]", label))
    return {t for t in terms if t}


def _entry_terms(entry: CatalogEntry) -> set[Words]:
    terms = {words(entry.id)} | _label_terms(entry.name)
    for alias in entry.aliases:
        terms |= _label_terms(alias)
    return {t for t in terms if t}


def _by_name(catalog: Catalog, text: str) -> CatalogEntry | None:
    """The catalog entry ``text`` names: exactly, else word for word (singular, no accents)."""
    exact = catalog.entry_by_name(fold(text))
    if exact is not None:
        return exact
    wanted = words(text)
    entries: list[CatalogEntry] = [*catalog.agents.values(),
                                   *catalog.tolerated_suggestions.values()]
    return next((e for e in entries if wanted and wanted in _entry_terms(e)), None)


def _resolve(catalog: Catalog, agent: str, catalog_id: str | None) -> list[CatalogEntry]:
    """The catalog entries a record entry names: by its link and by its text."""
    found: list[CatalogEntry] = []
    for entry in (catalog.entry(catalog_id) if catalog_id else None, _by_name(catalog, agent)):
        if entry is not None and entry not in found:
            found.append(entry)
    return found


@dataclass(frozen=True)
class _Agent:
    """One avoided or tolerated entry, ready to compare."""

    index: int
    text: str
    ids: frozenset[str]  # catalog ids it resolves to
    terms: frozenset[Words]  # ways to name the agent itself
    members: tuple[tuple[str, frozenset[Words]], ...]  # for a class: (example, its terms)


def _agent(catalog: Catalog, index: int, entry: AvoidEntry | ToleratedEntry) -> _Agent:
    resolved = _resolve(catalog, entry.agent, entry.catalog_id)
    terms = {words(entry.agent)}
    members: list[tuple[str, frozenset[Words]]] = []
    for item in resolved:
        terms |= _entry_terms(item)
        if isinstance(item, Agent) and item.is_class:
            for example in item.examples:
                example_terms = _label_terms(example)
                linked = _by_name(catalog, example)
                if linked is not None:
                    example_terms |= _entry_terms(linked)
                members.append((example, frozenset(example_terms)))
    return _Agent(index, entry.agent, frozenset(e.id for e in resolved),
                  frozenset(t for t in terms if t), tuple(members))


def _names_agent(text: Words, agent: _Agent) -> bool:
    return any(_contains(text, term) for term in agent.terms)


def _member_named(text: Words, agent: _Agent) -> str | None:
    """The example of ``agent``'s class that ``text`` names, if any."""
    return next((ex for ex, terms in agent.members if any(_contains(text, t) for t in terms)),
                None)


# --- the checks ---------------------------------------------------------------------------------


def check_profile(profile: Profile, catalog: Catalog, today: date) -> list[Finding]:
    """Every finding for ``profile`` as of ``today``: warnings first, then items to review."""
    findings = [
        *_devices(profile, catalog, today),
        *_basics(profile),
        *_agents(profile, catalog),
    ]
    return sorted(findings, key=lambda f: SEVERITIES.index(f.severity))


def _device_name(profile: Profile, index: int) -> str:
    injector = profile.injectors[index]
    return f"{injector.product} {format_dose(injector.dose_mg)} mg"


def _devices(profile: Profile, catalog: Catalog, today: date) -> Iterable[Finding]:
    carried = [(i, d) for i, d in enumerate(profile.injectors) if d.status == "active"]
    for index, injector in carried:
        name = _device_name(profile, index)
        product = catalog.product_by_name(injector.product)
        if product is not None and product.recall:
            yield Finding(RECALLED_PRODUCT, WARNING, f"{name}: {product.recall}",
                          INJECTORS, index, injector.id)

    status = person_status(profile, today)
    if status.too_few:
        count = status.in_date_count
        yield Finding(
            FEWER_THAN_TWO, WARNING,
            f"only {count} in-date epinephrine device{'' if count == 1 else 's'}: carry two",
            INJECTORS)
    for place in places_short(profile, today):
        count = place.in_date_count
        yield Finding(
            FEWER_THAN_TWO_AT_PLACE, WARNING,
            f"only {count} in-date epinephrine device{'' if count == 1 else 's'} at "
            f"{place.place}: carry two there", INJECTORS)

    for index, injector in carried:
        if days_left(injector, today) < 0:
            yield Finding(DEVICE_EXPIRED, WARNING,
                          f"{_device_name(profile, index)}: out of date since "
                          f"{injector.expiry_date.isoformat()}", INJECTORS, index, injector.id)

    positions = {id(d): i for i, d in enumerate(profile.injectors)}
    for procedure in profile.procedures:
        if procedure.planned_on is None or procedure.planned_on < today:
            continue
        # Only devices still in date today: an expired one is reported as out of date.
        for injector in devices_expiring_before(profile, procedure.planned_on, today):
            index = positions[id(injector)]
            yield Finding(
                EXPIRES_BEFORE_PROCEDURE, WARNING,
                f"{_device_name(profile, index)}: in date only until "
                f"{injector.expiry_date.isoformat()}, before {procedure.procedure} on "
                f"{procedure.planned_on.isoformat()}", INJECTORS, index, injector.id)

    for index, injector in carried:
        product = catalog.product_by_name(injector.product)
        name = _device_name(profile, index)
        if product is None or not product.doses_mg:
            yield Finding(UNKNOWN_PRODUCT, WARNING,
                          f"{name}: {injector.product!r} is not a product the catalog knows; "
                          "its route and doses cannot be checked", INJECTORS, index, injector.id)
        elif not any(abs(injector.dose_mg - d) < 1e-9 for d in product.doses_mg):
            made = " / ".join(format_dose(d) for d in product.doses_mg)
            yield Finding(DOSE_NOT_MADE, WARNING,
                          f"{name}: {product.name} is made in {made} mg only; check the dose "
                          "on the device's label", INJECTORS, index, injector.id)


def _basics(profile: Profile) -> Iterable[Finding]:
    if profile.diagnosis is None or not profile.diagnosis.subtype:
        yield Finding(NO_DIAGNOSIS, WARNING, "no diagnosis (subtype) recorded", DIAGNOSIS)
    if not profile.contacts:
        yield Finding(NO_EMERGENCY_CONTACT, WARNING, "no emergency contact recorded", CONTACTS)


def _agents(profile: Profile, catalog: Catalog) -> Iterable[Finding]:
    avoided = [_agent(catalog, i, e) for i, e in enumerate(profile.avoid)]
    tolerated = [_agent(catalog, i, e) for i, e in enumerate(profile.tolerated)]

    for t in tolerated:
        t_words = words(t.text)
        for a in avoided:
            if (t.ids & a.ids) or _names_agent(t_words, a) or _names_agent(words(a.text), t):
                yield Finding(AVOIDED_AND_TOLERATED, WARNING,
                              f"{t.text!r} is both tolerated (entry {t.index + 1}) and to avoid "
                              f"({a.text!r}, entry {a.index + 1})", TOLERATED, t.index)
                break
            member = _member_named(t_words, a)
            if member is not None:
                yield Finding(AVOIDED_AND_TOLERATED, WARNING,
                              f"{t.text!r} is tolerated (entry {t.index + 1}), yet the catalog "
                              f"lists {member} among {a.text!r}, to avoid (entry {a.index + 1})",
                              TOLERATED, t.index)
                break

    avoided_ids = {i: a for a in avoided for i in a.ids}
    for index, medication in enumerate(profile.medications):
        m_words = words(medication.name)
        matched = next(_medication_matches(medication.name, m_words, avoided), None)
        if matched is not None:
            yield Finding(MEDICATION_AVOIDED, WARNING, matched, MEDICATIONS, index)
        for class_id, (code, what, stems) in _REVIEW_CLASSES.items():
            if not _in_review_class(m_words, catalog, class_id, stems):
                continue
            avoided_class = avoided_ids.get(class_id)
            if avoided_class is None:
                yield Finding(code, REVIEW,
                              f"medication {medication.name!r} looks like {what}: for your "
                              "physician to review", MEDICATIONS, index)
            elif matched is None:
                yield Finding(MEDICATION_AVOIDED, WARNING,
                              f"medication {medication.name!r} looks like {what}, and "
                              f"{avoided_class.text!r} is in the avoid list "
                              f"(entry {avoided_class.index + 1})",
                              MEDICATIONS, index)


def _medication_matches(name: str, m_words: Words, avoided: list[_Agent]) -> Iterator[str]:
    """A message for each avoided entry the medication names or is an example of."""
    for a in avoided:
        if _names_agent(m_words, a):
            yield f"medication {name!r} matches {a.text!r} in the avoid list (entry {a.index + 1})"
        else:
            member = _member_named(m_words, a)
            if member is not None:
                yield (f"medication {name!r}: the catalog lists {member} among {a.text!r}, in "
                       f"the avoid list (entry {a.index + 1})")


def _in_review_class(text: Words, catalog: Catalog, class_id: str,
                     stems: tuple[str, ...]) -> bool:
    if any(len(w) >= _MIN_STEM_WORD and w.endswith(stems) for w in text):
        return True
    entry = catalog.agent(class_id)
    if entry is None:
        return False
    fake = _agent(catalog, 0, AvoidEntry(agent=entry.name, catalog_id=class_id))
    return _names_agent(text, fake) or _member_named(text, fake) is not None


def check_lines(profile: Profile, catalog: Catalog, today: date) -> list[str]:
    """The findings as terminal lines (``code: message``), in order."""
    return [f.line() for f in check_profile(profile, catalog, today)]
