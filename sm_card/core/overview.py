"""At a glance, per profile: what the record is missing and what is due (the Overview page).

Pure facts for the desktop app's first page; the wording lives in the GUI. Each item names the
record section that fixes it (the same section names as ``core.check``), so the page can lead
the person there. Nothing here needs the catalog, nor ``core.reminders`` (importing it costs
~20 ms, hashlib's OpenSSL among it): the first page must not wait for them. The caller passes
the person's lead days and preparation days (``Settings``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sm_card.core.injectors import (
    DUE_SOON,
    EXPIRED,
    REQUIRED_IN_DATE,
    days_left,
    device_status,
    devices_expiring_before,
    first_procedure_after_expiry,
    in_date_devices,
    places_short,
    soon_days_for,
)
from sm_card.core.models import Profile
from sm_card.core.premedication import step_time

# The record sections, named as core.check names them (not imported: check pulls in the
# catalog's and the surgery module's code, and this runs before the first paint).
AVOID = "avoid"
CONTACTS = "contacts"
DIAGNOSIS = "diagnosis"
INJECTORS = "injectors"
PROCEDURES = "procedures"

# Kinds of item, most urgent first (the order items are listed in).
DEVICE_EXPIRED = "device-expired"
TOO_FEW = "too-few"
NO_INJECTOR = "no-injector"
DEVICE_DUE_SOON = "device-due-soon"
DEVICE_BEFORE_PROCEDURE = "device-before-procedure"  # in date now, not on a planned day
PLACE_TOO_FEW = "place-too-few"  # a place named in devices' locations has fewer than two
PROCEDURE_SOON = "procedure-soon"
NO_AVOID = "no-avoid"
NO_CONTACT = "no-contact"
NO_DIAGNOSIS = "no-diagnosis"
# A premedication step with a clock time on this day (or on the procedure's day): the strip
# names the one due now and sends the person here for the others.
PREMEDICATION_STEP = "premedication-step"
KINDS = (PREMEDICATION_STEP, DEVICE_EXPIRED, TOO_FEW, NO_INJECTOR, DEVICE_DUE_SOON,
         DEVICE_BEFORE_PROCEDURE, PLACE_TOO_FEW, PROCEDURE_SOON, NO_AVOID, NO_CONTACT,
         NO_DIAGNOSIS)
URGENT = frozenset({DEVICE_EXPIRED, TOO_FEW, NO_INJECTOR})
DUE = frozenset({DEVICE_EXPIRED, TOO_FEW, DEVICE_DUE_SOON, DEVICE_BEFORE_PROCEDURE,
                 PLACE_TOO_FEW, PROCEDURE_SOON, PREMEDICATION_STEP})  # the rest: missing


@dataclass(frozen=True)
class Item:
    kind: str
    section: str  # the record section that fixes it (core.check's names)
    subject: str | None = None  # product, procedure or place name
    dose_mg: float | None = None
    on: date | None = None  # expiry date or procedure date
    days: int | None = None  # days until ``on`` (negative: past)
    count: int | None = None  # in-date devices, for TOO_FEW and PLACE_TOO_FEW
    item_id: str | None = None  # device or procedure id
    index: int | None = None  # position in the section's list (as core.check.Finding has)
    procedure: str | None = None  # DEVICE_BEFORE_PROCEDURE: the procedure it will not last to
    procedure_on: date | None = None
    at: datetime | None = None  # PREMEDICATION_STEP: its local clock time
    minutes_before: int | None = None  # PREMEDICATION_STEP: before the procedure's start

    @property
    def urgent(self) -> bool:
        return self.kind in URGENT

    @property
    def due(self) -> bool:
        return self.kind in DUE


@dataclass(frozen=True)
class ProfileOverview:
    name: str
    items: list[Item]

    @property
    def missing(self) -> list[Item]:
        return [i for i in self.items if not i.due]

    @property
    def due(self) -> list[Item]:
        return [i for i in self.items if i.due]

    @property
    def urgent(self) -> bool:
        return any(i.urgent for i in self.items)


def _prepare_from(planned: date, prepare_days: int) -> date:
    """The first day to prepare for a procedure on ``planned`` (held at the calendar's start,
    as core.reminders.shift_days does)."""
    try:
        return planned - timedelta(days=max(0, int(prepare_days)))
    except OverflowError:
        return date.min


def profile_overview(
    profile: Profile,
    today: date,
    lead_days: Iterable[int],
    prepare_days: int,
) -> ProfileOverview:
    """What ``profile`` misses and what is due for it on ``today``, most urgent first."""
    soon = soon_days_for(list(lead_days))
    items: list[Item] = []
    active = profile.active_injectors
    for injector in active:
        status = device_status(injector, today, soon)
        if status in (EXPIRED, DUE_SOON):
            items.append(Item(DEVICE_EXPIRED if status == EXPIRED else DEVICE_DUE_SOON,
                              INJECTORS, injector.product, injector.dose_mg,
                              injector.expiry_date, days_left(injector, today),
                              item_id=injector.id))
    for injector in active:
        if injector.expiry_date < today:
            continue  # out of date already: said above
        procedure = first_procedure_after_expiry(injector, profile.procedures)
        if procedure is not None:
            items.append(Item(DEVICE_BEFORE_PROCEDURE, INJECTORS, injector.product,
                              injector.dose_mg, injector.expiry_date,
                              days_left(injector, today), item_id=injector.id,
                              procedure=procedure.procedure,
                              procedure_on=procedure.planned_on))
    if not active:
        items.append(Item(NO_INJECTOR, INJECTORS, count=0))
    else:
        count = len(in_date_devices(profile, today))
        if count < REQUIRED_IN_DATE:
            items.append(Item(TOO_FEW, INJECTORS, count=count))
        else:
            # Two in date in all, yet a place the person named (home, school, a bag) has
            # fewer: as `reminders`, `check` and the Injectors page say. Under two in all,
            # TOO_FEW says the more pressing thing and the Injectors page lists the places.
            items.extend(Item(PLACE_TOO_FEW, INJECTORS, place.place, count=place.in_date_count)
                         for place in places_short(profile, today))
    for procedure in profile.procedures:
        for step in procedure.premedication_steps:
            at = step_time(procedure, step)
            if at is not None and today in (at.date(), procedure.planned_on):
                items.append(Item(PREMEDICATION_STEP, PROCEDURES, step.what, on=at.date(),
                                  days=(at.date() - today).days, item_id=procedure.id,
                                  procedure=procedure.procedure,
                                  procedure_on=procedure.planned_on, at=at,
                                  minutes_before=step.minutes_before))
        planned = procedure.planned_on
        if planned is not None and _prepare_from(planned, prepare_days) <= today <= planned:
            items.append(Item(PROCEDURE_SOON, PROCEDURES, procedure.procedure, on=planned,
                              days=(planned - today).days, item_id=procedure.id,
                              count=len(devices_expiring_before(profile, planned, today))))
    if not profile.avoid:
        items.append(Item(NO_AVOID, AVOID))
    if not profile.contacts:
        items.append(Item(NO_CONTACT, CONTACTS))
    if profile.diagnosis is None or not profile.diagnosis.subtype:
        items.append(Item(NO_DIAGNOSIS, DIAGNOSIS))
    order = {kind: n for n, kind in enumerate(KINDS)}
    items.sort(key=lambda i: (order[i.kind], i.days if i.days is not None else 0,
                              i.at or datetime.min))
    return ProfileOverview(profile.name, items)


def overview(
    profiles: Iterable[Profile],
    today: date,
    lead_days: Iterable[int],
    prepare_days: int,
) -> list[ProfileOverview]:
    lead = list(lead_days)
    return [profile_overview(p, today, lead, prepare_days) for p in profiles]
