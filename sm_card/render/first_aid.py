"""The standard anaphylaxis first-aid steps, worded for the devices the person carries.

Every output that carries first aid (the card's back, the pre-operative letter) prints these
steps, always: a physician's plan is printed beside them, never instead of them. The route of
epinephrine comes from the form of each device carried (core/first_aid.py, from
``Product.form`` in the catalog), so a person who carries only a nasal spray never reads
"outer thigh".

Sources (the steps are in the project's own words; see docs/clinical-sources.md):
ASCIA Action Plan for Anaphylaxis, 2023 edition (Australasian Society of Clinical Immunology
and Allergy); Resuscitation Council UK, Emergency treatment of anaphylaxis, 2021; the route of
the nasal spray from the neffy US label (one nostril; a second dose from a new device in the
same nostril after 5 minutes). Kept here, not in the catalog JSON, because the wording depends
on the devices: the catalog's ``first_aid`` items are the device-independent source record.
"""

from __future__ import annotations

from collections.abc import Sequence

from sm_card.core.first_aid import (
    AUTO_INJECTOR,
    NASAL_SPRAY,
    Devices,
    carried_devices,
)
from sm_card.core.models import Injector

# Where each form of device puts the dose (docs/clinical-sources.md: `ascia-2023`, `neffy-label`).
ROUTE = {AUTO_INJECTOR: "outer mid-thigh", NASAL_SPRAY: "one nostril"}

# Short labels, as printed under the steps on the letter (full titles in the docstring).
FIRST_AID_SOURCES = (
    "ASCIA Action Plan for Anaphylaxis 2023",
    "Resuscitation Council UK 2021",
    "neffy US label (nasal route)",
)


def route_text(devices: Devices) -> str | None:
    """'auto-injector: outer mid-thigh; nasal spray: one nostril', or None if no form is known."""
    if not devices.forms:
        return None
    return "; ".join(f"{form}: {ROUTE[form]}" for form in devices.forms)


def epinephrine_step(devices: Devices, *, short: bool = False) -> str:
    """Step 2, worded for the devices carried; it always says to give epinephrine."""
    if short:  # the card's narrow column
        routes = {AUTO_INJECTOR: "auto-injector, outer mid-thigh",
                  NASAL_SPRAY: "nasal spray, one nostril"}
        head, other, unknown_only = ("Epinephrine", "other device: as its label says",
                                     "Give epinephrine with the device carried")
    else:
        routes = {AUTO_INJECTOR: "auto-injector into the outer mid-thigh",
                  NASAL_SPRAY: "nasal spray into one nostril"}
        head, other, unknown_only = (
            "Give epinephrine (adrenaline)", "any other device as its label says",
            "Give epinephrine (adrenaline) with the device carried, as its label says")
    parts = [routes[f] for f in devices.forms]
    if devices.unknown and parts:
        parts.append(other)
    if parts:
        joined = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; or " + parts[-1]
        return f"{head}: {joined}"
    if devices.unknown:
        return unknown_only
    return "Give epinephrine" if short else "Give epinephrine (adrenaline)"


def first_aid_steps(injectors: Sequence[Injector], emergency_number: str, catalog=None, *,
                    short: bool = False) -> list[str]:
    """The steps in the order they are done (without numbers); ``short`` for the card."""
    return steps_for(carried_devices(injectors, catalog), emergency_number, short=short)


def steps_for(devices: Devices, emergency_number: str, *, short: bool = False) -> list[str]:
    """The steps for ``devices`` (core/first_aid.py's ``carried_devices``)."""
    # A no-break space keeps the number whole on a narrow card column.
    number = " ".join(emergency_number.split()).replace(" ", "\u00a0")
    if short:
        return [
            "Lay flat; do not stand or walk (breathing hard: sit, legs out)",
            epinephrine_step(devices, short=True),
            f"Call {number}",
            "No better after 5 min: second dose",
            "If in doubt, give epinephrine",
            "Unresponsive, not breathing normally: CPR",
            "To hospital, to be observed",
        ]
    return [
        "Lay the person flat; never let them stand or walk. If breathing is hard, let them "
        "sit with legs out straight",
        epinephrine_step(devices),
        f"Call the emergency number: {number}",
        "No better after 5 minutes: give a second dose (a new device)",
        "If in doubt, give epinephrine",
        "Unresponsive and not breathing normally: start CPR",
        "Then to hospital, to be observed for at least 4 hours",
    ]


def form_route(form: str | None) -> str:
    """'auto-injector: outer mid-thigh', or that the form is not known."""
    if form in ROUTE:
        return f"{form}: {ROUTE[form]}"
    return "form not known (product not in the catalog): see the device's label"
