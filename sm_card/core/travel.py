"""Travel: the fixed emergency sentences in the language of the trip, and what they say about
one person's record (for the translation card, the translation sheet and the airline letter).

The sentences live in ``resources/travel/<language>.json``, one file per language. ``en.json``
is the source, in the wallet card's own English wording; every other file must hold every key
of it, with the same ``{placeholders}``. Each file and each sentence carries its review status:
the files shipped so far are machine translations that no native speaker has checked, and the
app says so wherever it shows or prints them. A person's own correction of a sentence is kept
in the store's settings, per profile, and replaces the shipped sentence, marked "corrected by
the user".

Drug and agent names: an avoid entry linked to the catalog prints under its international
non-proprietary name (INN) where the catalog gives one, with the catalog's name beside it, and
with its ATC codes where the catalog has them (one per use where the index gives several, e.g.
vancomycin intravenous and oral); no name or code is ever made up here (classes have no INN, and
an entry without a code prints its name alone). An entry not linked to the catalog prints as
recorded.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sm_card.core.models import Injector, Profile
from sm_card.core.refusals import Refusal

SOURCE_LANGUAGE = "en"
SOURCE = "source"
NOT_REVIEWED = "machine-translated, not reviewed by a native speaker"
REVIEWED = "reviewed"
CORRECTED = "corrected by the user"
STATUSES = (SOURCE, NOT_REVIEWED, REVIEWED, CORRECTED)

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")


class TravelError(Refusal, ValueError):
    """A language file that cannot be used, or a language that is not shipped."""


@dataclass(frozen=True)
class Review:
    status: str
    reviewer: str | None = None
    date: str | None = None

    @property
    def reviewed(self) -> bool:
        """Whether a person (a native speaker, or the card's owner) has checked the text."""
        return self.status in (SOURCE, REVIEWED, CORRECTED)


@dataclass(frozen=True)
class Sentence:
    key: str
    text: str
    review: Review


@dataclass(frozen=True)
class LocalNumber:
    """The number a language's card gives when the language is spoken in one country only
    and that country's ambulance number is not the person's own (Japanese: 119)."""
    number: str
    country: str
    source: str  # where it was checked


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in English ("German")
    native_name: str  # in the language itself ("Deutsch")
    review: Review
    sentences: Mapping[str, Sentence]
    variant: str | None = None  # a BCP 47 tag when the file is for one variant ("pt-PT")
    local_number: LocalNumber | None = None

    def text(self, key: str, **values: str) -> str:
        """The sentence ``key`` with its placeholders filled (values are never re-parsed, so
        a name holding braces prints as it is)."""
        return fill(self.sentences[key].text, values)

    @property
    def unreviewed_keys(self) -> list[str]:
        return [k for k, s in self.sentences.items() if not s.review.reviewed]

    @property
    def corrected_count(self) -> int:
        """How many sentences the person corrected (worded with the status in render/travel.py
        and the window)."""
        return sum(1 for s in self.sentences.values() if s.review.status == CORRECTED)


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def fill(text: str, values: Mapping[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)


def travel_folder() -> Path:
    from sm_card.core.paths import resource_path

    return resource_path("travel")


def _review(raw: Any, where: str) -> Review:
    if not isinstance(raw, dict) or not isinstance(raw.get("status"), str):
        raise TravelError(f"{where}: review must be an object with a status")
    status = raw["status"]
    if status not in (SOURCE, NOT_REVIEWED, REVIEWED):
        raise TravelError(f"{where}: unknown review status {status!r}")
    reviewer, when = raw.get("reviewer"), raw.get("date")
    if status == REVIEWED and not (isinstance(reviewer, str) and reviewer.strip()
                                   and isinstance(when, str) and when.strip()):
        raise TravelError(f"{where}: a reviewed text names its reviewer and date")
    return Review(status, reviewer if isinstance(reviewer, str) else None,
                  when if isinstance(when, str) else None)


def load_language(path: Path) -> Language:
    """One language file, checked for its own shape (not yet against English)."""
    where = path.name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise TravelError(f"{where}: cannot read ({err})") from err
    if not isinstance(doc, dict) or doc.get("format") != 1:
        raise TravelError(f"{where}: not a travel sentence file of format 1")
    code = doc.get("language")
    if not isinstance(code, str) or not _LANG_CODE.match(code) or path.stem != code:
        raise TravelError(f"{where}: language code must be the file's name")
    for key in ("name", "native_name"):
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            raise TravelError(f"{where}: {key} missing")
    review = _review(doc.get("review"), f"{where}: review")
    raw = doc.get("sentences")
    if not isinstance(raw, dict) or not raw:
        raise TravelError(f"{where}: no sentences")
    sentences: dict[str, Sentence] = {}
    for key, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) \
                or not entry["text"].strip():
            raise TravelError(f"{where}: sentence {key!r} has no text")
        sentences[key] = Sentence(key, entry["text"],
                                  _review(entry.get("review"), f"{where}: {key}: review"))
    variant = doc.get("variant")
    return Language(code, doc["name"], doc["native_name"], review, sentences,
                    variant if isinstance(variant, str) else None,
                    _local_number(doc.get("emergency_number"), where))


def _local_number(raw: object, where: str) -> LocalNumber | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), str) and raw[k].strip() for k in ("number", "country",
                                                                      "source")):
        raise TravelError(f"{where}: emergency_number needs its number, country and source")
    return LocalNumber(raw["number"], raw["country"], raw["source"])


def check_against_source(source: Language, lang: Language) -> list[str]:
    """What makes ``lang`` unusable beside the English source: a missing or unknown key, a
    placeholder lost or added."""
    problems = []
    for key, sentence in source.sentences.items():
        if key not in lang.sentences:
            problems.append(f"{lang.code}: sentence {key!r} missing")
            continue
        want, got = placeholders(sentence.text), placeholders(lang.sentences[key].text)
        if want != got:
            problems.append(f"{lang.code}: sentence {key!r} has placeholders "
                            f"{sorted(got)}, English has {sorted(want)}")
    for key in lang.sentences:
        if key not in source.sentences:
            problems.append(f"{lang.code}: sentence {key!r} is not in the English source")
    return problems


def load_languages(folder: Path | None = None) -> dict[str, Language]:
    """Every language file of ``folder`` (default: the shipped ones), checked; English first,
    then by code. A file that does not match the source is refused with every problem named."""
    folder = folder or travel_folder()
    source_path = folder / f"{SOURCE_LANGUAGE}.json"
    if not source_path.is_file():
        raise TravelError(f"{folder}: the English source {source_path.name} is missing")
    source = load_language(source_path)
    if source.review.status != SOURCE:
        raise TravelError(f"{source_path.name}: the English file's status must be 'source'")
    languages = {SOURCE_LANGUAGE: source}
    problems: list[str] = []
    for path in sorted(folder.glob("*.json")):
        if path.stem == SOURCE_LANGUAGE:
            continue
        lang = load_language(path)
        found = check_against_source(source, lang)
        problems.extend(found)
        if not found:
            languages[lang.code] = lang
    if problems:
        raise TravelError("; ".join(problems))
    return languages


def parse_language_list(text: str, available: Iterable[str]) -> list[str]:
    """``"de,fr"`` -> ["de", "fr"]; unknown codes are refused with the list of shipped ones."""
    codes = [c.strip().lower() for c in text.split(",") if c.strip()]
    if not codes:
        raise TravelError("no language given", "travel_no_language")
    known = list(available)
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise TravelError(f"no sentences for {', '.join(unknown)} (have: {', '.join(known)})",
                          "travel_unknown_language", unknown=", ".join(unknown),
                          known=", ".join(known))
    return list(dict.fromkeys(codes))


# -- the person's corrections ---------------------------------------------------------------

def _corrections_key(profile_id: int | None) -> str:
    # Per profile, like the emergency number: a correction is the person's own wording.
    return "travel_corrections" if profile_id is None else f"travel_corrections:{profile_id}"


def load_corrections(store, profile_id: int | None) -> dict[str, dict[str, str]]:
    """{language: {key: text}} as stored; anything malformed is ignored, never fatal."""
    raw = store.get_setting(_corrections_key(profile_id)) or {}
    out: dict[str, dict[str, str]] = {}
    if isinstance(raw, dict):
        for code, entries in raw.items():
            if isinstance(code, str) and isinstance(entries, dict):
                out[code] = {k: v for k, v in entries.items()
                             if isinstance(k, str) and isinstance(v, str) and v.strip()}
    return out


def save_correction(store, profile_id: int | None, source: Language, lang: Language,
                    key: str, text: str | None) -> None:
    """Keep (or, with None or blank text, forget) the person's wording of one sentence.

    Refused when the key is unknown or the text drops or adds a placeholder: the printed
    sentence would lose the emergency number or the dates.
    """
    if key not in source.sentences:
        raise TravelError(f"no sentence {key!r}", "travel_no_sentence", key=key)
    if lang.code == SOURCE_LANGUAGE:
        raise TravelError("the English source is the card's own wording; it is not corrected",
                          "travel_source_not_corrected")
    corrections = load_corrections(store, profile_id)
    entries = corrections.setdefault(lang.code, {})
    if text is None or not text.strip():
        entries.pop(key, None)
    else:
        text = " ".join(text.split())
        want = placeholders(source.sentences[key].text)
        if placeholders(text) != want:
            need = ", ".join("{" + p + "}" for p in sorted(want))
            if not need:
                raise TravelError("the sentence must keep exactly no placeholder",
                                  "travel_no_placeholders")
            raise TravelError(f"the sentence must keep exactly {need}", "travel_placeholders",
                              need=need)
        entries[key] = text
    if not entries:
        corrections.pop(lang.code, None)
    store.set_setting(_corrections_key(profile_id), corrections or None)


# -- the trip being prepared ------------------------------------------------------------------

TRIP_DAYS = 14  # a new trip's default length


@dataclass(frozen=True)
class Trip:
    """The trip a person is preparing documents for: its dates and the languages chosen."""

    start: date
    end: date
    languages: tuple[str, ...] = ()


def _trip_key(profile_id: int) -> str:
    # Per profile, like the corrections: one child's trip is not another's.
    return f"travel_trip:{profile_id}"


def load_trip(store, profile_id: int | None, today: date) -> Trip:
    """The trip kept for the profile until its last day has passed (the languages stay);
    otherwise one from today. A malformed setting gives the default, never an error."""
    default = Trip(today, today + timedelta(days=TRIP_DAYS))
    saved = store.get_setting(_trip_key(profile_id)) if profile_id is not None else None
    if not isinstance(saved, dict):
        return default
    languages = saved.get("languages")
    codes = tuple(c for c in languages if isinstance(c, str)) if isinstance(languages, list) \
        else ()
    try:
        start, end = date.fromisoformat(saved["start"]), date.fromisoformat(saved["end"])
    except (KeyError, TypeError, ValueError):
        return replace(default, languages=codes)
    if end >= today and end >= start:  # not over yet
        return Trip(start, end, codes)
    return replace(default, languages=codes)


def save_trip(store, profile_id: int, trip: Trip) -> None:
    store.set_setting(_trip_key(profile_id), {"start": trip.start.isoformat(),
                                              "end": trip.end.isoformat(),
                                              "languages": list(trip.languages)})


def with_corrections(lang: Language, corrections: Mapping[str, str]) -> Language:
    """``lang`` with the person's wording in place of the shipped sentences it corrects."""
    if not corrections:
        return lang
    sentences = dict(lang.sentences)
    for key, text in corrections.items():
        if key in sentences and placeholders(text) == placeholders(sentences[key].text):
            sentences[key] = Sentence(key, text, Review(CORRECTED, "the user"))
    return replace(lang, sentences=sentences)


# -- what the sentences say about one record -----------------------------------------------

@dataclass(frozen=True)
class AgentName:
    """An avoid entry as printed abroad: its INN (with the catalog's name beside it when that
    differs) and its ATC codes, when it is linked to the catalog and the catalog has them."""

    name: str
    atc: str | None
    severity: str  # "avoid" or "caution"
    from_catalog: bool
    inn: str | None = None
    # (code, use) for every ATC code the catalog gives; ``atc`` is the first of them.
    atc_codes: tuple[tuple[str, str | None], ...] = ()

    @property
    def display_name(self) -> str:
        """"pethidine / Meperidine": the INN a pharmacist abroad knows, then the name the person
        knows; the catalog's name alone where it already begins with the INN."""
        if not self.inn or _squashed(self.name).startswith(_squashed(self.inn)):
            return self.name
        # "Meperidine (pethidine)" would repeat the INN: drop the bracket that only holds it.
        other = _BRACKET.sub(lambda m: "" if _squashed(m.group(1)) == _squashed(self.inn or "")
                             else m.group(0), self.name).strip()
        return f"{self.inn} / {other}"

    @property
    def label(self) -> str:
        codes = self.atc_codes
        if not codes and self.atc:
            codes = ((self.atc, None),)
        if not codes:
            return self.display_name
        # Labels are joined with commas on the card: keep commas out of the bracket.
        parts = [f"{code} {use}" if use else code for code, use in codes]
        return f"{self.display_name} (ATC {'; '.join(parts)})"


_BRACKET = re.compile(r"\s*\(([^()]*)\)")


def _squashed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def agent_names(profile: Profile, catalog=None) -> list[AgentName]:
    """The avoid list, "avoid" entries first, each under its international name if known."""
    from sm_card.core.output_items import avoid_ordered

    if catalog is None:
        try:
            from sm_card.core.catalog import default_catalog

            catalog = default_catalog()
        except Exception:  # noqa: BLE001 - a damaged catalog must not stop an emergency document
            catalog = None
    out = []
    for entry in avoid_ordered(profile):
        agent = catalog.agent(entry.catalog_id) if catalog and entry.catalog_id else None
        if agent is not None:
            codes = tuple((c.code, c.use) for c in agent.atc_codes)
            out.append(AgentName(agent.name, agent.atc, entry.severity, True, agent.inn, codes))
        else:
            out.append(AgentName(" ".join(entry.agent.split()), None, entry.severity, False))
    return out


@dataclass
class TravelContent:
    """The sentence keys (in order) and the record's facts for one person.

    ``steps`` are printed as a numbered list after ``emergency_intro``; ``facts`` are the
    person's own data (name, date of birth, contacts), printed as recorded in every language.
    """

    condition_key: str
    steps: list[str]
    carry_two: bool
    agents: list[AgentName]
    emergency_number: str
    name: str
    date_of_birth: date | None
    contacts: list[tuple[str, str]]  # (name and relation, phone)
    devices: list[str]  # "EpiPen 0.3 mg ×2"
    carried: int = 0  # epinephrine devices recorded as carried (active)
    # The number was chosen for this print (sm-card --emergency-number): every language
    # gives it. Otherwise a language spoken in one country gives that country's number.
    number_chosen: bool = False

    def number_for(self, lang: Language) -> str:
        """The number the ``lang`` card gives ("Call the emergency number: 119" in Japanese
        and on its English face: a card from home said 112 to a responder in Japan)."""
        if self.number_chosen or lang.local_number is None:
            return self.emergency_number
        return lang.local_number.number

    def for_language(self, lang: Language) -> TravelContent:
        """This content as the ``lang`` card and its English face both print it."""
        return dataclasses.replace(self, emergency_number=self.number_for(lang),
                                   number_chosen=True)


_CONDITION_KEYS = {"CM": "condition_cm", "MCS": "condition_mcs"}


def travel_content(profile: Profile, emergency_number: str, catalog=None,
                   number_chosen: bool = False) -> TravelContent:
    from sm_card.core.first_aid import AUTO_INJECTOR, NASAL_SPRAY, carried_devices
    from sm_card.core.output_items import injector_summary

    d = profile.diagnosis
    if d is not None and d.subtype:
        condition_key = _CONDITION_KEYS.get(d.subtype, "condition_sm")
    else:
        # No diagnosis recorded: none is named, as on the wallet card.
        condition_key = "risk_only"
    devices = carried_devices(profile.injectors, catalog)
    epi = []
    if AUTO_INJECTOR in devices.forms:
        epi.append("epi_auto_injector")
    if NASAL_SPRAY in devices.forms:
        epi.append("epi_nasal_spray")
    if devices.unknown or not epi:
        epi.append("epi_other")
    steps = ["lay_flat", *epi, "call_number", "second_dose", "in_doubt", "cpr", "hospital"]
    carried = injector_summary(profile.injectors)
    active = len(profile.active_injectors)
    contacts = []
    for c in profile.contacts:
        who = " ".join(c.name.split())
        if c.relation:
            who += f" ({' '.join(c.relation.split())})"
        contacts.append((who, " ".join(c.phone.split())))
    return TravelContent(condition_key, steps, active >= 2, agent_names(profile, catalog),
                         emergency_number, " ".join(profile.name.split()),
                         profile.date_of_birth, contacts, carried, active, number_chosen)


def numbered_steps(steps: Sequence[str]) -> list[tuple[str, int | None]]:
    """(key, number) for each first-aid step; a second epinephrine device's step shares the
    step before it and has no number of its own (None: printed as "or: …"). Numbered apart,
    "2. Inject my auto-injector…" and "3. Give my nasal spray…" read as two doses to give."""
    out: list[tuple[str, int | None]] = []
    number = 0
    for key in steps:
        if key.startswith("epi_") and out and out[-1][0].startswith("epi_"):
            out.append((key, None))
        else:
            number += 1
            out.append((key, number))
    return out


# -- the airline letter --------------------------------------------------------------------

EXPIRED = "expired"
EXPIRES_ON_TRIP = "expires_on_trip"


@dataclass(frozen=True)
class DeviceLine:
    injector: Injector
    flag: str | None  # None, EXPIRED or EXPIRES_ON_TRIP

    @property
    def dose(self) -> str:
        return f"{self.injector.dose_mg:g} mg"


def trip_devices(injectors: Sequence[Injector], today: date, start: date,
                 end: date) -> list[DeviceLine]:
    """The devices carried (active), each flagged EXPIRED when it is out of date now or by the
    trip's first day (on the trip it is out of date throughout), EXPIRES_ON_TRIP when it
    will be before the trip's last day (a device good until the end of its last day counts
    as in date on that day)."""
    if end < start:
        raise TravelError(f"the trip ends ({end.isoformat()}) before it starts "
                          f"({start.isoformat()})", "travel_trip_order",
                          start=start.isoformat(), end=end.isoformat())
    out = []
    for inj in injectors:
        if inj.status != "active":
            continue
        if inj.expiry_date < max(today, start):
            flag: str | None = EXPIRED
        elif inj.expiry_date < end:
            flag = EXPIRES_ON_TRIP
        else:
            flag = None
        out.append(DeviceLine(inj, flag))
    return out
