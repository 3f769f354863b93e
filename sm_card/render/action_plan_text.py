"""The personal anaphylaxis action plan: what it says, from the record (render/action_plan.py
lays it out on one page).

The layout is the one schools, workplaces and carers know from the ASCIA and FARE plans: the
person's photo and name, the signs of a reaction, what to do with the person's own device,
the physician's plan, the contacts, and a signature with a review date for the physician.

Nothing here is new medical content. The first-aid steps are ``render/first_aid.py``'s (the same
sentences as the card's back and the letter). The signs of a reaction are those of the ASCIA
plans (``ascia-2023``: the ASCIA Action Plan for Anaphylaxis and ASCIA's First Aid Plan for
Anaphylaxis, allergy.org.au, read with the search tool), in the project's words;
docs/clinical-sources.md lists each sentence with its source. The physician's plan, the
devices, the avoid list and the contacts are the person's record, quoted as recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sm_card.core.first_aid import product_form
from sm_card.core.models import Profile
from sm_card.core.output_items import avoid_ordered, subtype_name
from sm_card.core.surgery import format_number
from sm_card.render.first_aid import ROUTE, first_aid_steps

SOURCES = ("ascia-2023", "resus-uk-2021")
SOURCE_LABELS = ("ASCIA Action Plan for Anaphylaxis 2023", "Resuscitation Council UK 2021")

MILD_SIGNS_TITLE = "Signs of a mild to moderate allergic reaction"
MILD_SIGNS = (
    "Swelling of the lips, face or eyes",
    "Hives or welts",
    "Tingling mouth",
    "Abdominal pain, vomiting (after an insect sting these are signs of anaphylaxis)",
)
MILD_ACTIONS = (
    "Stay with the person, call for help and get the epinephrine device",
    "Phone the emergency contact",
)
MILD_NOTE = "A mild reaction does not always come before anaphylaxis."
SEVERE_SIGNS_TITLE = "Watch for any one of these signs of anaphylaxis (a severe reaction)"
SEVERE_SIGNS = (
    "Difficult or noisy breathing",
    "Swelling of the tongue",
    "Swelling or tightness in the throat",
    "Difficulty talking or a hoarse voice",
    "Wheeze or persistent cough",
    "Persistent dizziness or collapse",
    "Pale and floppy (young children)",
)
SEVERE_ACTION_TITLE = "Action for anaphylaxis"


@dataclass
class DeviceLine:
    product: str  # as recorded
    dose: str  # "0.3 mg", from the record
    route: str | None  # "outer mid-thigh" from the catalog's form, None when unknown
    expires: str
    location: str | None
    expired: bool


@dataclass
class ActionPlan:
    name: str
    date_of_birth: date | None
    printed_on: date
    condition: str | None  # "Indolent systemic mastocytosis (ISM)", None when not recorded
    avoid: list[str]
    caution: list[str]
    steps: list[str]  # the full first-aid steps, worded for the devices carried
    devices: list[DeviceLine]
    plan: str | None  # the physician's emergency plan, as recorded
    contacts: list[tuple[str, str]]  # (who, phone)
    clinicians: list[tuple[str, str]]  # (who, phone / e-mail)
    tryptase: list[str] = field(default_factory=list)
    photo: bytes | None = None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tryptase_lines(profile: Profile, catalog=None) -> list[str]:
    """The baseline tryptase and the acute threshold it gives (core/tryptase.py, the same
    line as the letter's), with the consensus sources named when the catalog is at hand."""
    from sm_card.core import tryptase
    from sm_card.render import tryptase_text

    d = profile.diagnosis
    if d is None or d.baseline_tryptase_ng_ml is None:
        return []
    line = tryptase_text.threshold_line(d)
    labels = tryptase.source_labels(catalog, tryptase.RULE_SOURCE_IDS) if catalog else ()
    if labels:
        line += " Sources: " + "; ".join(labels) + "."
    return [line]


def build_action_plan(profile: Profile, today: date, emergency_number: str,
                      catalog=None) -> ActionPlan:
    d = profile.diagnosis
    condition = None
    if d is not None and d.subtype:
        condition = subtype_name(d.subtype) or "Systemic mastocytosis"
    ordered = avoid_ordered(profile)
    devices = []
    for inj in profile.active_injectors:
        form = product_form(inj.product, catalog)
        devices.append(DeviceLine(
            product=_one_line(inj.product), dose=f"{format_number(inj.dose_mg)} mg",
            route=ROUTE.get(form) if form else None, expires=str(inj.expires_on),
            location=_one_line(inj.location) if inj.location else None,
            expired=inj.expiry_date < today))
    contacts = [(_one_line(c.name) + (f" ({_one_line(c.relation)})" if c.relation else ""),
                 _one_line(c.phone)) for c in profile.contacts]
    clinicians = []
    for cl in profile.clinicians:
        who = ", ".join(_one_line(x) for x in (cl.name, cl.role, cl.organisation) if x)
        reach = " · ".join(_one_line(x) for x in (cl.phone, cl.email) if x)
        clinicians.append((who, reach))
    plan = (profile.emergency_plan or "").strip() or None
    return ActionPlan(
        name=_one_line(profile.name),
        date_of_birth=profile.date_of_birth,
        printed_on=today,
        condition=condition,
        avoid=[_one_line(a.agent) for a in ordered if a.severity == "avoid"],
        caution=[_one_line(a.agent) for a in ordered if a.severity != "avoid"],
        steps=first_aid_steps(profile.injectors, emergency_number, catalog),
        devices=devices,
        plan=plan,
        contacts=contacts,
        clinicians=clinicians,
        tryptase=tryptase_lines(profile, catalog),
        photo=profile.photo_jpeg,
    )
