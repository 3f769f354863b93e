"""Epinephrine devices: whether each is in date, and whether the person carries enough.

A device is in date through its expiry date and expired from the next day; a month-only expiry
means the last day of that month (``Injector.expiry_date``). People are told to carry two
devices (docs/clinical-sources.md, "Facts about carrying devices"), so fewer than two in-date
active devices is a warning of its own.
Dates are the person's local calendar dates: the caller passes ``today``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sm_card.core.models import Injector, Procedure, Profile
from sm_card.core.settings import DEFAULTS

IN_DATE = "in_date"
DUE_SOON = "due_soon"
EXPIRED = "expired"
DEVICE_STATUSES = (IN_DATE, DUE_SOON, EXPIRED)

# Without a user setting, "due soon" starts at the first default lead time.
DEFAULT_SOON_DAYS = max(DEFAULTS.lead_days)
REQUIRED_IN_DATE = 2


def days_left(injector: Injector, today: date) -> int:
    """Days until the last in-date day: 0 on the expiry day itself, negative once expired."""
    return (injector.expiry_date - today).days


def device_status(injector: Injector, today: date, soon_days: int = DEFAULT_SOON_DAYS) -> str:
    """``expired`` from the day after expiry, ``due_soon`` within ``soon_days``, else in date."""
    left = days_left(injector, today)
    if left < 0:
        return EXPIRED
    if left <= soon_days:
        return DUE_SOON
    return IN_DATE


def soon_days_for(lead_days: list[int] | tuple[int, ...]) -> int:
    """The "due soon" window: the earliest reminder the user asked for (60 days by default)."""
    return max(lead_days, default=0)


def in_date_devices(profile: Profile, today: date) -> list[Injector]:
    """Active devices that can still be used as in date today (due soon counts)."""
    return [i for i in profile.active_injectors if days_left(i, today) >= 0]


@dataclass(frozen=True)
class PersonStatus:
    """How well one person is covered today."""

    in_date_count: int
    active_count: int
    worst_device: str | None  # the worst device status among active devices, None if none

    @property
    def too_few(self) -> bool:
        return self.in_date_count < REQUIRED_IN_DATE


def person_status(
    profile: Profile, today: date, soon_days: int = DEFAULT_SOON_DAYS
) -> PersonStatus:
    statuses = {device_status(i, today, soon_days) for i in profile.active_injectors}
    worst = next((s for s in (EXPIRED, DUE_SOON, IN_DATE) if s in statuses), None)
    return PersonStatus(
        in_date_count=len(in_date_devices(profile, today)),
        active_count=len(profile.active_injectors),
        worst_device=worst,
    )


@dataclass(frozen=True)
class PlaceStatus:
    """The devices kept at one place the person named (a device's ``location``)."""

    place: str  # as the person first wrote it
    in_date_count: int
    active_count: int

    @property
    def too_few(self) -> bool:
        return self.in_date_count < REQUIRED_IN_DATE


def place_key(location: str | None) -> str | None:
    """The place a location names: "School ", "school" and "SCHOOL" are one place.

    Only case and spacing are ignored: "school bag" and "school" stay two places, since the
    app cannot know whether the bag stays at school.
    """
    if location is None:
        return None
    key = " ".join(location.split()).casefold()
    return key or None


def place_statuses(profile: Profile, today: date) -> list[PlaceStatus]:
    """Each named place with an active device, in the order the places first appear.

    The "carry two" advice holds wherever an emergency may happen, so it is checked per place
    as well as for the person. Devices without a location belong to no place: they count only
    in the person's total (``person_status``), as before.
    """
    names: dict[str, str] = {}
    active: dict[str, int] = {}
    in_date: dict[str, int] = {}
    for injector in profile.active_injectors:
        key = place_key(injector.location)
        if key is None:
            continue
        names.setdefault(key, " ".join((injector.location or "").split()))
        active[key] = active.get(key, 0) + 1
        if days_left(injector, today) >= 0:
            in_date[key] = in_date.get(key, 0) + 1
    return [PlaceStatus(names[k], in_date.get(k, 0), active[k]) for k in names]


def places_short(profile: Profile, today: date) -> list[PlaceStatus]:
    """The named places with fewer than two in-date devices."""
    return [p for p in place_statuses(profile, today) if p.too_few]


def devices_expiring_before(
    profile: Profile, procedure_date: date, today: date | None = None
) -> list[Injector]:
    """Active devices no longer in date on ``procedure_date``.

    With ``today``, only those still in date today: an expired device has its own warning.
    """
    return [i for i in profile.active_injectors if i.expiry_date < procedure_date
            and (today is None or i.expiry_date >= today)]


def first_procedure_after_expiry(
    injector: Injector, procedures: Iterable[Procedure]
) -> Procedure | None:
    """The soonest dated procedure the device will be out of date for, if any."""
    expiry = injector.expiry_date
    after = [(p.planned_on, i, p) for i, p in enumerate(procedures)
             if p.planned_on is not None and p.planned_on > expiry]
    return min(after, default=(None, 0, None))[2]


# --- changing the list of devices ------------------------------------------------------------


def find_injector(profile: Profile, injector_id: str) -> Injector:
    for injector in profile.injectors:
        if injector.id == injector_id:
            return injector
    raise KeyError(injector_id)


def mark_used(profile: Profile, injector_id: str, status: str = "used") -> Injector:
    """The device was used (or thrown away): it stays in the record as history."""
    if status not in ("used", "disposed"):
        raise ValueError(f"status must be 'used' or 'disposed', not {status!r}")
    injector = find_injector(profile, injector_id)
    injector.status = status
    return injector


def replace_injector(
    profile: Profile, old_id: str, new: Injector, old_status: str = "disposed"
) -> Injector:
    """"I replaced it": record ``new`` in the old device's place, keep the old one as history.

    The new device points back with ``replaces``; the old one is marked used or disposed (a
    device replaced after use is "used"). The new one takes the old one's position so the list
    keeps the person's order; the old one moves to the end with the rest of the history.
    """
    old = mark_used(profile, old_id, old_status)
    new.replaces = old.id
    new.status = "active"
    position = profile.injectors.index(old)
    profile.injectors[position] = new
    profile.injectors.append(old)
    return new


def replace_with_recorded(profile: Profile, old_id: str, recorded_id: str,
                          old_status: str = "disposed") -> Injector:
    """"I replaced it" when the new device is already in the list (added before the old one
    was marked): it takes the old one's place and points back to it; no second copy."""
    recorded = find_injector(profile, recorded_id)
    profile.injectors.remove(recorded)
    return replace_injector(profile, old_id, recorded, old_status)


def same_device(new: Injector, devices: Iterable[Injector]) -> Injector | None:
    """A device carried that ``new`` looks like the same pen as: the same product, lot and
    expiry. (A second pen from the same pack matches too: the person is asked, never
    refused.) None without a lot to tell by."""
    lot = (new.lot or "").strip().casefold()
    if not lot:
        return None
    product = " ".join(new.product.split()).casefold()
    return next((d for d in devices if d.status == "active" and d is not new
                 and (d.lot or "").strip().casefold() == lot
                 and " ".join(d.product.split()).casefold() == product
                 and d.expires_on == new.expires_on), None)


def history(profile: Profile) -> list[Injector]:
    """Devices no longer carried (used or disposed), in the order they were retired."""
    return [i for i in profile.injectors if i.status != "active"]


def replaced_by(profile: Profile, injector_id: str) -> Injector | None:
    """The device recorded as this one's replacement, if any."""
    return replacements(profile).get(injector_id)


def replacements(profile: Profile) -> dict[str, Injector]:
    """Each replaced device's id mapped to its replacement, in one pass over a long history."""
    found: dict[str, Injector] = {}
    for injector in profile.injectors:
        if injector.replaces is not None:
            found.setdefault(injector.replaces, injector)
    return found
