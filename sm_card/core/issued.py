"""What each printed output said, so the person learns when it no longer matches the record.

A wallet card, a bracelet engraving, a lock-screen image or an action plan is made once and
then carried for months. When the record changes (an agent added to the avoid list, a new
contact), the paper in the wallet still says the old thing. Each output is remembered here as
its *facts* — the record items it shows, section by section, as the text printed — and the
facts of the record now are compared with them.

Pure data: no wording for people (the CLI and the window say it in their own words).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sm_card.core.models import Profile
from sm_card.core.output_items import avoid_ordered, injector_summary, subtype_name

CARD = "card"
ENGRAVING = "engraving"
LOCKSCREEN = "lockscreen"
ACTION_PLAN = "action_plan"
KINDS = (CARD, ENGRAVING, LOCKSCREEN, ACTION_PLAN)

# The record's sections in the order a person reads them; each holds the items printed.
SECTIONS = ("name", "date_of_birth", "blood_type", "condition", "avoid", "epinephrine",
            "plan", "emergency_number", "contacts", "clinicians", "tolerated", "medications",
            "engraving")

Facts = dict[str, list[str]]
# What a bracelet engraved with the remembered options would read now, line by line
# (render/summary.py's ``engraving_lines``; passed in: the engraving's words are render's).
EngravingLines = Callable[[Profile, Mapping[str, object]], list[str]]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _avoid_item(entry) -> str:
    text = _one_line(entry.agent)
    return text if entry.severity == "avoid" else f"{text} (caution)"


def record_facts(profile: Profile, *, emergency_number: str) -> Facts:
    """The facts a card, lock-screen image or action plan shows, from the record.

    Devices count by product and dose, as the card names them: replacing a pen by the same
    product changes no printed word, so it does not make the card stale.
    """
    diagnosis = profile.diagnosis
    facts: Facts = {
        "name": [_one_line(profile.name)],
        "date_of_birth": [profile.date_of_birth.isoformat()] if profile.date_of_birth else [],
        "blood_type": [profile.blood_type] if profile.blood_type else [],
        "condition": [name] if (name := subtype_name(diagnosis.subtype if diagnosis else None))
        else [],
        "avoid": [_avoid_item(a) for a in avoid_ordered(profile)],
        "epinephrine": list(injector_summary(profile.injectors)),
        "plan": [_one_line(profile.emergency_plan)] if profile.emergency_plan else [],
        "emergency_number": [emergency_number],
        "contacts": [_one_line(f"{c.name} {c.phone}") for c in profile.contacts],
        "clinicians": [_one_line(" ".join(x for x in (c.name, c.phone) if x))
                       for c in profile.clinicians],
        "tolerated": [_one_line(t.agent) for t in profile.tolerated],
        "medications": [_one_line(" ".join(x for x in (m.name, m.dose, m.schedule) if x))
                        for m in profile.medications],
    }
    return {k: v for k, v in facts.items() if v}


# The sections an output prints, when it prints fewer than all: a medication added to the
# record does not make the action plan (which does not print medications) out of date. The
# card and the lock-screen image print all (the lock screen's QR code holds the card's
# summary).
_SHOWN: dict[str, tuple[str, ...]] = {
    ACTION_PLAN: ("name", "date_of_birth", "condition", "avoid", "epinephrine", "plan",
                  "emergency_number", "contacts", "clinicians"),
}


def output_facts(kind: str, profile: Profile, *, emergency_number: str) -> Facts:
    """The facts a card, lock-screen image or action plan made now from the record shows."""
    facts = record_facts(profile, emergency_number=emergency_number)
    shown = _SHOWN.get(kind)
    return facts if shown is None else {k: v for k, v in facts.items() if k in shown}


def engraving_facts(lines: Sequence[str]) -> Facts:
    """An engraving is its own text: it is stale when the same options would now engrave
    something else."""
    return {"engraving": list(lines)}


@dataclass(frozen=True)
class Issued:
    """One output as it was made: when, with which options, saying what."""

    kind: str
    issued_at: datetime
    facts: Facts
    options: Mapping[str, object]


@dataclass(frozen=True)
class Change:
    """One item the output shows but the record no longer has (``added=False``), or the other
    way round. ``noted_on``: when the record says the item was noted, if it says."""

    section: str
    item: str
    added: bool
    noted_on: date | None = None


@dataclass(frozen=True)
class StaleOutput:
    issued: Issued
    changes: tuple[Change, ...]

    @property
    def kind(self) -> str:
        return self.issued.kind


def _ordered_sections(*facts: Facts) -> list[str]:
    present = {s for f in facts for s in f}
    known = [s for s in SECTIONS if s in present]
    return known + sorted(present - set(known))


def _noted_on(profile: Profile, section: str, item: str) -> date | None:
    entries: Iterable = ()
    if section == "avoid":
        entries = ((_avoid_item(a), a.noted_on) for a in profile.avoid)
    elif section == "tolerated":
        entries = ((_one_line(t.agent), t.noted_on) for t in profile.tolerated)
    return next((when for text, when in entries if text == item), None)


def changes(then: Facts, now: Facts, profile: Profile | None = None) -> list[Change]:
    """What differs between an output's facts and the record's, section by section: items
    the record gained first, then items the output still shows but the record dropped.
    Order within a section is ignored (a reordered list prints the same words)."""
    out: list[Change] = []
    for section in _ordered_sections(then, now):
        old, new = then.get(section, []), now.get(section, [])
        for item in new:
            if item not in old:
                noted = _noted_on(profile, section, item) if profile is not None else None
                out.append(Change(section, item, True, noted))
        out.extend(Change(section, item, False) for item in old if item not in new)
    return out


def stale(issued: Issued, now: Facts, profile: Profile | None = None) -> StaleOutput | None:
    found = changes(issued.facts, now, profile)
    return StaleOutput(issued, tuple(found)) if found else None


def facts_now(issued: Issued, profile: Profile, *, emergency_number: str,
              engraving_lines: EngravingLines) -> Facts:
    """The facts the same output would have if it were made from the record now."""
    if issued.kind == ENGRAVING:
        return engraving_facts(engraving_lines(profile, issued.options))
    # A number given for that one print (sm-card card --emergency-number) stays what it says.
    chosen = issued.options.get("emergency_number")
    return output_facts(issued.kind, profile,
                        emergency_number=str(chosen) if chosen else emergency_number)


def stale_outputs(made: Iterable[Issued], profile: Profile, *, emergency_number: str,
                  engraving_lines: EngravingLines) -> list[StaleOutput]:
    """The outputs among ``made`` that no longer match the record, in KINDS order."""
    found = [s for i in made
             if (s := stale(i, facts_now(i, profile, emergency_number=emergency_number,
                                         engraving_lines=engraving_lines),
                            profile)) is not None]
    return sorted(found, key=lambda s: KINDS.index(s.kind) if s.kind in KINDS else len(KINDS))


__all__ = [
    "ACTION_PLAN", "CARD", "Change", "ENGRAVING", "EngravingLines", "Facts", "Issued", "KINDS",
    "LOCKSCREEN", "SECTIONS", "StaleOutput", "changes", "engraving_facts", "facts_now",
    "output_facts", "record_facts", "stale", "stale_outputs",
]
