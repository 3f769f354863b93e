"""The consistency check: a record read against itself and against the catalog.

Each ``Finding`` has a stable ``code`` (scripts and tests key on it), a severity, where it
points (``section`` is the record list or page it is about, ``index`` the entry's position in
that list, ``item_id`` a device's or procedure's id), so the app can lead the person to the
field, and the facts it is about as data (the names quoted from the record, dates, counts).
No sentence is made here: render/check_text.py words a finding for the terminal, and the
app's Check page words it in the person's language. Nothing is changed: a dose the product
is not made in, an unknown product or a contradiction is the person's record, kept as it is
and flagged.

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


def shift_years(day: date, years: int) -> date:
    """``day`` ``years`` later (29 February becomes 28 February), held at the calendar's end."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        if day.year + years > date.max.year:
            return date.max
        return day.replace(year=day.year + years, day=28)

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
EXPIRY_FAR_AHEAD = "expiry-far-ahead"
EXPIRES_BEFORE_PROCEDURE = "expires-before-procedure"
DOSE_NOT_MADE = "dose-not-made"
UNKNOWN_PRODUCT = "unknown-product"
NO_DIAGNOSIS = "no-diagnosis"
NO_EMERGENCY_CONTACT = "no-emergency-contact"
NO_COUNTRY_CODE = "number-without-country-code"
AVOIDED_AND_TOLERATED = "avoided-and-tolerated"
MEDICATION_AVOIDED = "medication-avoided"
BETA_BLOCKER = "beta-blocker"
ACE_INHIBITOR = "ace-inhibitor"
CODES = (
    RECALLED_PRODUCT, FEWER_THAN_TWO, FEWER_THAN_TWO_AT_PLACE, DEVICE_EXPIRED,
    EXPIRY_FAR_AHEAD, EXPIRES_BEFORE_PROCEDURE, DOSE_NOT_MADE, UNKNOWN_PRODUCT, NO_DIAGNOSIS,
    NO_EMERGENCY_CONTACT, NO_COUNTRY_CODE, AVOIDED_AND_TOLERATED, MEDICATION_AVOIDED,
    BETA_BLOCKER, ACE_INHIBITOR,
)

# catalog agent id -> (finding code, INN stems of its members)
_REVIEW_CLASSES = {
    "beta-blockers": (BETA_BLOCKER, ("olol", "alol")),
    "ace-inhibitors": (ACE_INHIBITOR, ("pril", "prilat")),
}
# An expiry date further ahead than this is most likely a slip ("2072" for "2027"): the device
# would stay "in date" and its reminders silent for decades. Not a fact about shelf lives,
# which the catalog does not record: a point at which the person is asked to look again.
FAR_AHEAD_YEARS = 3
_MIN_STEM_WORD = 6  # "april" is no ACE inhibitor: a stem match needs a real drug-length word

_WORD = re.compile(r"[0-9a-z]+")

Words = tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    """What was found, as data. The fields after ``item_id`` are the facts a sentence about
    the finding quotes; each code fills the ones it needs and leaves the others empty:

    - device findings: ``product`` and ``dose_mg`` as recorded, ``expiry`` (the last day in
      date), ``recall`` (the catalog's note), ``catalog_product`` and ``doses_mg`` (the
      catalog's name of the product and the doses it is made in), ``procedure`` and
      ``planned_on``;
    - ``fewer-than-two``: ``count`` (devices in date), and ``place`` for one place;
    - ``number-without-country-code``: ``contact`` and ``phone``, as recorded;
    - agents: ``agent`` (the tolerated entry or the medication, as typed), ``avoided`` and
      ``avoided_index`` (the avoid-list entry, as typed, and its position), ``member`` (the
      catalog's example of the avoided class that the agent names) and ``looks_like`` (for a
      medication that looks like a beta-blocker or ACE inhibitor: BETA_BLOCKER or
      ACE_INHIBITOR).
    """

    code: str
    severity: str
    section: str  # DIAGNOSIS, AVOID, TOLERATED, MEDICATIONS, INJECTORS, CONTACTS, PROCEDURES
    index: int | None = None  # position in the section's list
    item_id: str | None = None  # the device's or procedure's id
    product: str | None = None
    dose_mg: float | None = None
    expiry: date | None = None
    recall: str | None = None
    catalog_product: str | None = None
    doses_mg: tuple[float, ...] = ()
    procedure: str | None = None
    planned_on: date | None = None
    count: int | None = None
    place: str | None = None
    agent: str | None = None
    avoided: str | None = None
    avoided_index: int | None = None
    member: str | None = None
    looks_like: str | None = None
    contact: str | None = None
    phone: str | None = None


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


def _devices(profile: Profile, catalog: Catalog, today: date) -> Iterable[Finding]:
    carried = [(i, d) for i, d in enumerate(profile.injectors) if d.status == "active"]
    for index, injector in carried:
        product = catalog.product_by_name(injector.product)
        if product is not None and product.recall:
            yield Finding(RECALLED_PRODUCT, WARNING, INJECTORS, index, injector.id,
                          product=injector.product, dose_mg=injector.dose_mg,
                          recall=product.recall)

    status = person_status(profile, today)
    if status.too_few:
        yield Finding(FEWER_THAN_TWO, WARNING, INJECTORS, count=status.in_date_count)
    for place in places_short(profile, today):
        yield Finding(FEWER_THAN_TWO_AT_PLACE, WARNING, INJECTORS,
                      count=place.in_date_count, place=place.place)

    for index, injector in carried:
        if days_left(injector, today) < 0:
            yield Finding(DEVICE_EXPIRED, WARNING, INJECTORS, index, injector.id,
                          product=injector.product, dose_mg=injector.dose_mg,
                          expiry=injector.expiry_date)

    for index, injector in carried:
        if injector.expiry_date > shift_years(today, FAR_AHEAD_YEARS):
            yield Finding(EXPIRY_FAR_AHEAD, WARNING, INJECTORS, index, injector.id,
                          product=injector.product, dose_mg=injector.dose_mg,
                          expiry=injector.expiry_date)

    positions = {id(d): i for i, d in enumerate(profile.injectors)}
    for procedure in profile.procedures:
        if procedure.planned_on is None or procedure.planned_on < today:
            continue
        # Only devices still in date today: an expired one is reported as out of date.
        for injector in devices_expiring_before(profile, procedure.planned_on, today):
            yield Finding(EXPIRES_BEFORE_PROCEDURE, WARNING, INJECTORS,
                          positions[id(injector)], injector.id,
                          product=injector.product, dose_mg=injector.dose_mg,
                          expiry=injector.expiry_date, procedure=procedure.procedure,
                          planned_on=procedure.planned_on)

    for index, injector in carried:
        product = catalog.product_by_name(injector.product)
        if product is None or not product.doses_mg:
            yield Finding(UNKNOWN_PRODUCT, WARNING, INJECTORS, index, injector.id,
                          product=injector.product, dose_mg=injector.dose_mg)
        elif not any(abs(injector.dose_mg - d) < 1e-9 for d in product.doses_mg):
            yield Finding(DOSE_NOT_MADE, WARNING, INJECTORS, index, injector.id,
                          product=injector.product, dose_mg=injector.dose_mg,
                          catalog_product=product.name, doses_mg=tuple(product.doses_mg))


def _basics(profile: Profile) -> Iterable[Finding]:
    if profile.diagnosis is None or not profile.diagnosis.subtype:
        yield Finding(NO_DIAGNOSIS, WARNING, DIAGNOSIS)
    if not profile.contacts:
        yield Finding(NO_EMERGENCY_CONTACT, WARNING, CONTACTS)
    # A number written as at home ("0170 1234567") does not connect from abroad, nor from a
    # helper's phone with a foreign SIM; with "+" (or "00") and the country code it does.
    for index, contact in enumerate(profile.contacts):
        phone = (contact.phone or "").strip()
        if phone and not phone.startswith(("+", "00")):
            yield Finding(NO_COUNTRY_CODE, WARNING, CONTACTS, index, contact=contact.name,
                          phone=phone)


def _agents(profile: Profile, catalog: Catalog) -> Iterable[Finding]:
    avoided = [_agent(catalog, i, e) for i, e in enumerate(profile.avoid)]
    tolerated = [_agent(catalog, i, e) for i, e in enumerate(profile.tolerated)]

    for t in tolerated:
        t_words = words(t.text)
        for a in avoided:
            if (t.ids & a.ids) or _names_agent(t_words, a) or _names_agent(words(a.text), t):
                yield Finding(AVOIDED_AND_TOLERATED, WARNING, TOLERATED, t.index,
                              agent=t.text, avoided=a.text, avoided_index=a.index)
                break
            member = _member_named(t_words, a)
            if member is not None:
                yield Finding(AVOIDED_AND_TOLERATED, WARNING, TOLERATED, t.index,
                              agent=t.text, avoided=a.text, avoided_index=a.index,
                              member=member)
                break

    avoided_ids = {i: a for a in avoided for i in a.ids}
    for index, medication in enumerate(profile.medications):
        m_words = words(medication.name)
        matched = next(_medication_matches(m_words, avoided), None)
        if matched is not None:
            a, member = matched
            yield Finding(MEDICATION_AVOIDED, WARNING, MEDICATIONS, index,
                          agent=medication.name, avoided=a.text, avoided_index=a.index,
                          member=member)
        for class_id, (code, stems) in _REVIEW_CLASSES.items():
            if not _in_review_class(m_words, catalog, class_id, stems):
                continue
            avoided_class = avoided_ids.get(class_id)
            if avoided_class is None:
                yield Finding(code, REVIEW, MEDICATIONS, index, agent=medication.name,
                              looks_like=code)
            elif matched is None:
                yield Finding(MEDICATION_AVOIDED, WARNING, MEDICATIONS, index,
                              agent=medication.name, avoided=avoided_class.text,
                              avoided_index=avoided_class.index, looks_like=code)


def _medication_matches(m_words: Words,
                        avoided: list[_Agent]) -> Iterator[tuple[_Agent, str | None]]:
    """Each avoided entry the medication names (member None) or names an example of."""
    for a in avoided:
        if _names_agent(m_words, a):
            yield a, None
        else:
            member = _member_named(m_words, a)
            if member is not None:
                yield a, member


def _in_review_class(text: Words, catalog: Catalog, class_id: str,
                     stems: tuple[str, ...]) -> bool:
    if any(len(w) >= _MIN_STEM_WORD and w.endswith(stems) for w in text):
        return True
    entry = catalog.agent(class_id)
    if entry is None:
        return False
    fake = _agent(catalog, 0, AvoidEntry(agent=entry.name, catalog_id=class_id))
    return _names_agent(text, fake) or _member_named(text, fake) is not None
