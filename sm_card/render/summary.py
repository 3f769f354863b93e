"""What the card's QR code and a medical-alert bracelet say, by a documented priority.

Priority (most important first), shared by the QR summary and the engraving:

1. the condition (systemic mastocytosis and the subtype; nothing when no diagnosis is
   recorded: the app never invents one),
2. anaphylaxis risk and the epinephrine carried, with the route of each form of device,
3. the avoid list ("avoid" entries before "caution" entries),
4. the emergency contacts,
5. the person's name and date of birth, and the emergency number,
6. the physician's emergency plan (the QR summary only; cut only at a sentence end),
7. baseline tryptase and KIT D816V,
8. current medications,
9. tolerated agents,
10. the clinician.

When the text does not fit (the QR is limited so that its modules print at ≥ 0.35 mm on the
card), items are dropped from the end of this list, list items one by one from the end of
their list, and the text ends with :data:`MORE_MARKER` (or :data:`SHORT_MORE_MARKER`, where
its 11 bytes keep more of an essential item); ``omitted`` names each thing left out so the
user can be told.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from sm_card.core.emergency_numbers import DEFAULT_NUMBER
from sm_card.core.first_aid import AUTO_INJECTOR, NASAL_SPRAY, carried_devices, product_form
from sm_card.core.models import Injector, Profile
from sm_card.core.output_items import (
    avoid_ordered,
    device_counts,
    device_label,
    injector_summary,
    subtype_name,
)
from sm_card.render.first_aid import ROUTE

# A 400-byte payload decodes reliably from a 150-dpi render at >= 20 mm (docs/pitfalls.md);
# it needs QR version 15 at level M, 29.75 mm with the quiet zone at 0.35 mm per module.
QR_MAX_BYTES = 400
MORE_MARKER = "[More on the wallet card]"
# The same, 11 bytes shorter: used only when the words above would cost an essential item
# (on a small card QR, the first avoid entry can hang on those bytes).
SHORT_MORE_MARKER = "[More on card]"

# Items every shortened summary tries to keep at least in part, before anything else grows.
_ESSENTIAL = {"condition", "epinephrine", "avoid list", "caution list", "emergency contact",
              "name", "emergency number"}

_CONDITION_BY_SUBTYPE = {"CM": "CUTANEOUS MASTOCYTOSIS", "MCS": "MAST CELL SARCOMA"}


def condition_label(subtype: str | None) -> str | None:
    """The condition in capitals, as on the card's alert band; None when no diagnosis is
    recorded (nothing is printed then: the app never invents a diagnosis)."""
    if not subtype:
        return None
    return _CONDITION_BY_SUBTYPE.get(subtype, "SYSTEMIC MASTOCYTOSIS")


def carried_text(injectors: Sequence[Injector], *, with_form: bool = False,
                 with_route: bool = False, catalog=None) -> list[str]:
    """'EpiPen 0.3 mg ×2' for each product and dose carried (active devices only), as
    core/output_items.py counts them.

    ``with_form``: 'neffy nasal spray 2 mg ×2', the form from the catalog (left out for an
    unknown product, or when the name already says it); ``with_route`` adds where the dose
    goes: 'neffy nasal spray 2 mg ×2 (one nostril)'.
    """
    out = []
    for product, dose, n in device_counts(injectors):
        name = product
        form = product_form(product, catalog) if with_form or with_route else None
        if with_form and form and form.casefold() not in product.casefold():
            name = f"{product} {form}"
        route = f" ({ROUTE[form]})" if with_route and form in ROUTE else ""
        out.append(device_label(name, dose, n) + route)
    return out


def risk_line(profile: Profile) -> str:
    if injector_summary(profile.injectors):
        return "Risk of anaphylaxis — epinephrine carried"
    return "Risk of anaphylaxis"


class Omission(str):
    """One thing a shortened summary left out, as its English words (what the CLI prints),
    with the facts for the window: ``what`` (the item, as _Item names it), ``kind``
    (WHOLE, WHOLE_LIST, SHORTENED or MORE), how many parts were left out and which."""

    what: str
    kind: str
    left: int
    names: str

    def __new__(cls, what: str, kind: str, left: int = 0, names: str = "") -> Omission:
        if kind == WHOLE:
            text = what
        elif kind == WHOLE_LIST:
            text = f"{what}: {names}"
        elif kind == SHORTENED:
            text = f"{what} (shortened)"
        else:
            text = f"{what}: {left} more ({names})"
        omission = super().__new__(cls, text)
        omission.what, omission.kind, omission.left, omission.names = what, kind, left, names
        return omission


WHOLE, WHOLE_LIST, SHORTENED, MORE = "whole", "whole_list", "shortened", "more"


class OmittedList(str):
    """Omissions joined with "; " (the English of a warning), keeping each one."""

    entries: tuple[str, ...]

    def __new__(cls, entries: list[str]) -> OmittedList:
        joined = super().__new__(cls, "; ".join(entries))
        joined.entries = tuple(entries)
        return joined


@dataclass
class Summary:
    text: str
    omitted: list[str] = field(default_factory=list)  # Omission for the QR summary

    @property
    def shortened(self) -> bool:
        return bool(self.omitted)


@dataclass
class _Item:
    """One line of the summary: a fixed ``head`` and a list of parts joined by ``sep``."""

    what: str  # how the user is told about it ("avoid list", "medications"...)
    head: str
    parts: list[str]
    sep: str = ", "
    tail: str = ""
    label_parts: list[str] | None = None  # names of the parts for the omitted list
    # Said instead of "(+N more)" when parts are left out (the plan says where the rest is).
    more_text: str | None = None
    cap: int | None = None  # a single part longer than this (bytes) is always shortened
    # A whole shorter line used instead of cutting with an ellipsis (None: cut instead);
    # a phone number cut short is worse than none.
    short: str | None = None


def _compact(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# The route in the QR, short: every byte of a phone-readable code is worth an avoid entry. An
# auto-injector goes into the thigh as any responder expects; a nasal spray must say so.
QR_ROUTE = {AUTO_INJECTOR: "thigh", NASAL_SPRAY: "nasal spray, one nostril"}


def _items(profile: Profile, emergency_number: str) -> list[_Item]:
    d = profile.diagnosis
    items: list[_Item] = []
    condition = condition_label(d.subtype if d else None)
    sub = subtype_name(d.subtype if d else None)
    # The subtype's name already says "systemic mastocytosis": no need to repeat it. With no
    # diagnosis recorded the alert names none.
    label = sub or condition
    # A long subtype name has a short form (the condition and the code): in a small QR the
    # avoid list and the contact matter more than the subtype's words.
    short_label = (f"{condition.capitalize()} ({d.subtype})"
                   if sub and condition and d is not None and d.subtype else None)
    items.append(_Item("condition", f"MEDICAL ALERT: {label}" if label else "MEDICAL ALERT", [],
                       short=(f"MEDICAL ALERT: {short_label}"
                              if short_label and short_label != label else None)))
    # The route once at the end when every known device has the same form, else per device.
    devices = carried_devices(profile.injectors)
    forms = devices.forms
    # (an unknown product beside a known one must not seem to share its route)
    mixed = len(forms) > 1 or (bool(forms) and devices.unknown)
    carried = carried_text(profile.injectors, with_form=mixed, with_route=mixed)
    if carried:
        tail = f" ({QR_ROUTE[forms[0]]})" if forms and not mixed else ""
        items.append(_Item("epinephrine", "RISK OF ANAPHYLAXIS. Epinephrine: ", carried,
                           tail=tail))
    else:
        items.append(_Item("epinephrine", "RISK OF ANAPHYLAXIS.", []))
    ordered = avoid_ordered(profile)
    avoid = [_compact(a.agent) for a in ordered if a.severity == "avoid"]
    caution = [_compact(a.agent) for a in ordered if a.severity != "avoid"]
    if avoid:
        items.append(_Item("avoid list", "DO NOT GIVE: ", avoid))
    if caution:
        items.append(_Item("caution list", "Caution: ", caution))
    if profile.contacts:
        parts = []
        for c in profile.contacts:
            rel = f" ({_compact(c.relation)})" if c.relation else ""
            parts.append(f"{_compact(c.name)}{rel} {_compact(c.phone)}")
        items.append(_Item("emergency contact", "Contact: ", parts, sep="; ",
                           short=f"Contact: {_compact(profile.contacts[0].phone)}"))
    person = _compact(profile.name)
    if profile.date_of_birth:
        person += f", born {profile.date_of_birth.isoformat()}"
    items.append(_Item("name", "Name: ", [person], sep="", cap=100))
    items.append(_Item("emergency number", "Emergency number: ", [emergency_number], sep=""))
    # The physician's plan ranks above the lab values, medications and tolerated agents: it
    # says what to do. Its parts are sentences, so a shortened plan ends at a sentence end.
    if profile.emergency_plan and profile.emergency_plan.strip():
        sentences = plan_sentences(profile.emergency_plan)
        items.append(_Item("physician's emergency plan", "Physician's plan: ",
                           sentences, sep=" ", label_parts=["plan"] * len(sentences),
                           more_text=PLAN_MORE, short=PLAN_ELSEWHERE))
    if d is not None:
        lab = []
        if d.baseline_tryptase_ng_ml is not None:
            when = f" ({d.tryptase_measured_on.isoformat()})" if d.tryptase_measured_on else ""
            lab.append(f"Baseline tryptase {d.baseline_tryptase_ng_ml:g} ng/mL{when}")
        if d.kit_d816v and d.kit_d816v != "unknown":
            lab.append(f"KIT D816V {d.kit_d816v}")
        if lab:
            items.append(_Item("tryptase and KIT", "", lab, sep="; "))
    if profile.medications:
        meds = [_compact(" ".join(x for x in (m.name, m.dose, m.schedule) if x))
                for m in profile.medications]
        items.append(_Item("medications", "Medications: ", meds, sep="; ",
                           label_parts=[m.name for m in profile.medications]))
    if profile.tolerated:
        items.append(_Item("tolerated agents", "Tolerated: ",
                           [_compact(t.agent) for t in profile.tolerated]))
    if profile.clinicians:
        parts = []
        for clinician in profile.clinicians:
            bits = [_compact(clinician.name)]
            if clinician.role:
                bits.append(_compact(clinician.role))
            text = ", ".join(bits) + (f" {_compact(clinician.phone)}" if clinician.phone
                                      else "")
            parts.append(text)
        items.append(_Item("clinician", "Clinician: ", parts, sep="; ",
                           label_parts=[c.name for c in profile.clinicians]))
    return items


# Where the rest of a shortened plan is: the letter quotes it whole.
PLAN_MORE = "[rest of plan: pre-operative letter]"
# When not even its first sentence fits, the QR still says that a plan exists, and where.
PLAN_ELSEWHERE = "Physician's plan: see card back"


def plan_sentences(plan: str) -> list[str]:
    """The plan cut into sentences (and recorded lines), each kept whole, in order."""
    out: list[str] = []
    for line in plan.splitlines():
        pending = ""
        # A full stop, ! or ? followed by a space and a capital or digit ends a sentence;
        # "Dr. Vale" or "e.g. fentanyl" do not.
        for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", _compact(line)):
            pending = f"{pending} {piece}" if pending else piece
            if not _ABBREVIATION.search(pending):
                out.append(pending)
                pending = ""
        if pending:
            out.append(pending)
    return out


_ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|approx|e\.g|i\.e|vs|No)\.)$",
                           re.IGNORECASE)


def _render(item: _Item, parts: Sequence[str], more: int = 0) -> str:
    body = item.sep.join(parts)
    if more:
        body += f" {item.more_text}" if item.more_text else f" (+{more} more)"
    return f"{item.head}{body}{item.tail}".rstrip()


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _truncate_bytes(text: str, budget: int) -> str:
    """``text`` cut at a word boundary so that it plus '…' fits ``budget`` bytes."""
    if _size(text) <= budget:
        return text
    room = budget - _size("…")
    cut = text.encode("utf-8")[: max(room, 0)].decode("utf-8", "ignore")
    if " " in cut[len(cut) // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


def qr_summary(profile: Profile, emergency_number: str = DEFAULT_NUMBER,
               max_bytes: int = QR_MAX_BYTES) -> Summary:
    """The plain UTF-8 text of the card's QR code (see the module docstring for the order)."""
    items = _items(profile, emergency_number)
    full = "\n".join(_render(i, i.parts) for i in items)
    if _size(full) <= max_bytes:
        return Summary(full)
    # The shorter marker only when it keeps more of the essential items, the more important
    # counting first: an item in before one left out, whole before shortened, more of a list
    # before less (the first agent to avoid before the emergency number).
    summary, kept = _shortened(items, max_bytes, MORE_MARKER)
    short_summary, short_kept = _shortened(items, max_bytes, SHORT_MORE_MARKER)
    return short_summary if short_kept > kept else summary


def _shortened(items: list[_Item], max_bytes: int,
               marker: str) -> tuple[Summary, tuple[tuple[bool, bool, int], ...]]:
    """The summary shortened to ``max_bytes`` and ending in ``marker``, with how much of each
    essential item it keeps, in priority order: (in, whole, parts)."""
    # Every item first gets its smallest form (one part), in priority order, so that a long
    # avoid list cannot push the contact out; then lists grow again in priority order.
    budget = max_bytes - _size("\n" + marker)
    kept = [0] * len(items)
    shortened: dict[int, str] = {}

    def line(i: int) -> str:
        item = items[i]
        if i in shortened:
            return shortened[i]
        return _render(item, item.parts[: kept[i]], len(item.parts) - kept[i])

    included = [False] * len(items)

    def add_minimal(i: int, smallest: bool = False) -> None:
        """Include item ``i`` in its least form that fits; with ``smallest``, in its short
        form when it has one (upgraded later if room is left)."""
        item = items[i]
        if item.what == "caution list" and any(
                other.what == "avoid list" and not included[j]
                for j, other in enumerate(items)):
            # "Caution: morphine" with the avoid list left out reads as "nothing to avoid".
            return
        kept[i] = min(1, len(item.parts))
        included[i] = True
        if smallest and item.short is not None:
            shortened[i] = item.short
            if _total(items, kept, included, line) <= budget:
                return
            del shortened[i]
        if item.cap and len(item.parts) == 1 and _size(_render(item, item.parts)) > item.cap:
            shortened[i] = _truncate_bytes(_render(item, item.parts), item.cap)
        if _total(items, kept, included, line) <= budget:
            return
        if item.short is not None:
            included[i] = False
            room = budget - _total(items, kept, included, line) - 1
            if _size(item.short) <= room:
                included[i] = True
                shortened[i] = item.short
                return
        elif len(item.parts) == 1 and not item.more_text:  # a plan is never cut mid-sentence
            included[i] = False
            room = budget - _total(items, kept, included, line) - 1
            included[i] = True
            if room - _size(item.head) >= 24:
                shortened[i] = _truncate_bytes(_render(item, item.parts), room)
                return
        included[i] = False
        kept[i] = 0

    def grow(i: int) -> None:
        while included[i] and i not in shortened and kept[i] < len(items[i].parts):
            kept[i] += 1
            if _total(items, kept, included, line) > budget:
                kept[i] -= 1
                return

    def upgrade(i: int) -> None:
        """A short form back to the whole line, if it fits now."""
        if not included[i] or items[i].short is None or shortened.get(i) != items[i].short:
            return
        short = shortened.pop(i)
        if _total(items, kept, included, line) > budget:
            shortened[i] = short

    # Every essential item first in its least form (so that a long subtype name cannot push
    # the avoid list out), then each, in priority order, back to its whole form, then grown.
    essential = [i for i, item in enumerate(items) if item.what in _ESSENTIAL]
    for i in essential:
        add_minimal(i, smallest=True)
    for i in essential:
        upgrade(i)
    for i in essential:
        grow(i)
    for i in range(len(items)):
        if i not in essential:
            add_minimal(i)
            grow(i)

    omitted: list[str] = []
    for i, item in enumerate(items):
        labels = item.label_parts or item.parts
        if not included[i]:
            omitted.append(Omission(item.what, WHOLE) if len(labels) <= 1 or item.more_text
                           else Omission(item.what, WHOLE_LIST, len(labels),
                                         ", ".join(_compact(x) for x in labels)))
        elif i in shortened or (item.more_text and kept[i] < len(item.parts)):
            omitted.append(Omission(item.what, SHORTENED))
        elif kept[i] < len(labels):
            rest = [_compact(x) for x in labels[kept[i]:]]
            names = _truncate_bytes(", ".join(rest), 80)
            omitted.append(Omission(item.what, MORE, len(rest), names))
    lines = [line(i) for i in range(len(items)) if included[i]]
    lines.append(marker)
    return Summary("\n".join(lines), omitted), tuple(
        (included[i], included[i] and i not in shortened, kept[i] if included[i] else 0)
        for i in essential)


def _total(items: list[_Item], kept: list[int], included: list[bool], line) -> int:
    chosen = [line(i) for i in range(len(items)) if included[i]]
    return _size("\n".join(chosen)) if chosen else 0


# --- bracelet engraving -------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns ``text`` takes on an engraving or a terminal: East Asian wide and fullwidth
    characters take two, combining marks and invisible format characters none."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


# What an engraver that takes "A-Z" reliably takes: capitals, digits and plain punctuation.
_ENGRAVABLE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/+:'&#*")


def transliterate(text: str) -> str:
    """``text`` in capital A-Z letters, digits and plain punctuation (``anyascii``: every
    script, e.g. محمد -> MHMD, 李小龍 -> LIXIAOLONG, Αλέξανδρος -> ALEXANDROS)."""
    from anyascii import anyascii

    upper = anyascii(text).upper()
    return _compact("".join(c if c in _ENGRAVABLE else " " if c.isspace() else ""
                            for c in upper))


def not_engravable(text: str) -> list[str]:
    """Characters of ``text`` outside printable ASCII, which an engraver may not take."""
    seen: list[str] = []
    for char in text:
        if not (" " <= char <= "~") and char != "\n" and char not in seen:
            seen.append(char)
    return seen


def _engrave_items(profile: Profile,
                   form: Callable[[str], str] = str.upper) -> list[tuple[str, list[list[str]]]]:
    """(what, variants) in priority order; each variant is a list of words, longest first.

    ``form`` turns record text into engraved text (capitals, or transliterated capitals).
    """
    d = profile.diagnosis
    condition = condition_label(d.subtype if d else None)
    code = d.subtype if d and d.subtype and d.subtype not in ("SM", "CM", "MCS") else None
    items: list[tuple[str, list[list[str]]]] = []
    if condition:  # no diagnosis recorded: the bracelet names none
        variants = [condition.split() + ([f"({code})"] if code else []), condition.split()]
        if condition == "SYSTEMIC MASTOCYTOSIS":
            variants += [["SYST.", "MASTOCYTOSIS"], ["MASTOCYTOSIS"]]
        items.append(("condition", variants))
    if injector_summary(profile.injectors):
        items.append(("epinephrine", [["ANAPHYLAXIS", "RISK:", "EPINEPHRINE", "CARRIED"],
                                      ["ANAPHYLAXIS:", "EPINEPHRINE"], ["ANAPHYLAXIS:", "EPI"],
                                      ["ANAPHYLAXIS"]]))
    else:
        items.append(("epinephrine", [["ANAPHYLAXIS", "RISK"], ["ANAPHYLAXIS"]]))
    avoid = [_compact(a.agent) for a in avoid_ordered(profile) if a.severity == "avoid"]
    for agent in avoid:  # engraving() puts "NO" before the first one it can place
        words = form(agent).split()
        # nothing left after transliteration: reported as left out, never dropped silently
        items.append((f"avoid list: {agent.upper()}", [words] if words else []))
    for c in profile.contacts:
        phone = form(_compact(c.phone))
        items.append((f"emergency contact: {c.name}",
                      [["ICE", *form(c.name).split(), phone], ["ICE", phone]]))
    return items


def _wrap_words(words: Sequence[str], width: int) -> list[str] | None:
    lines: list[str] = []
    current = ""
    for word in words:
        if display_width(word) > width:
            return None
        candidate = f"{current} {word}" if current else word
        if display_width(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


@dataclass
class Engraving(Summary):
    # Characters outside printable ASCII in the text (an engraver may not take them).
    not_engravable: list[str] = field(default_factory=list)


def engraving(profile: Profile, lines: int = 5, width: int = 20, *,
              ascii_only: bool = False) -> Engraving:
    """Bracelet engraving text: ``lines`` lines of at most ``width`` columns.

    Width is counted in display columns (:func:`display_width`): a CJK character takes two.
    ``ascii_only`` transliterates names and agents to A-Z (:func:`transliterate`);
    otherwise the result lists the characters an engraver may not take.

    Items follow the module's priority; avoid entries run on after "NO" separated by commas.
    When something does not fit, the last line says "SEE WALLET CARD", unless that line is
    needed for the condition or the anaphylaxis risk (a bracelet must never lose them to it).
    """
    if lines < 1 or width < 1:
        raise ValueError("lines and width must be at least 1")
    items = _engrave_items(profile, transliterate if ascii_only else str.upper)
    out: list[str] = []
    omitted: list[str] = []
    avoid_line = False  # the last line holds avoid entries: continue it with a comma
    placed_avoid = False  # "NO" goes before the first avoid entry placed, whichever it is
    history: list[tuple[str, list[str]]] = []  # (item placed, the lines before it)
    for what, variants in items:
        is_avoid = what.startswith("avoid list:")
        if is_avoid and not placed_avoid:
            variants = [["NO", *words] for words in variants]
        # Among the forms that fit, the one using the fewest new lines (earliest on a tie).
        best: tuple[int, int, list[str]] | None = None
        for rank, words in enumerate(variants):
            options = []
            if is_avoid and avoid_line and out:
                cont = _wrap_words((out[-1] + ",").split(" ") + list(words), width)
                if cont is not None:
                    options.append((len(cont) - 1, out[:-1] + cont))
            wrapped = _wrap_words(words, width)
            if wrapped is not None:
                options.append((len(wrapped), out + wrapped))
            for added, result in options:
                if len(result) <= lines and (best is None or (added, rank) < best[:2]):
                    best = (added, rank, result)
        if best is None:
            omitted.append(what)  # a later avoid entry still continues the avoid line
        else:
            history.append((what, out))
            out = best[2]
            avoid_line = is_avoid
            placed_avoid = placed_avoid or is_avoid
    marker = "SEE WALLET CARD"
    if omitted and display_width(marker) <= width:
        # Make room by taking back whole items (never half a drug name), last placed first;
        # never the condition or the anaphylaxis risk.
        kept = out
        dropped: list[str] = []
        while len(kept) >= lines and history and history[-1][0] not in ("condition",
                                                                         "epinephrine"):
            what, kept = history.pop()
            dropped.insert(0, what)
        if len(kept) < lines:
            out = [*kept, marker]
            omitted = dropped + omitted
    text = "\n".join(out)
    return Engraving(text, omitted, not_engravable(text))


def engraving_lines(profile: Profile, options: Mapping[str, object]) -> list[str]:
    """The lines the bracelet engraving made with ``options`` (``lines``, ``width``,
    ``ascii_only``, as core/issued.py remembers them) would have now."""
    result = engraving(profile, lines=int(options.get("lines", 5)),  # type: ignore[call-overload]
                       width=int(options.get("width", 20)),  # type: ignore[call-overload]
                       ascii_only=bool(options.get("ascii_only", False)))
    return result.text.splitlines()
