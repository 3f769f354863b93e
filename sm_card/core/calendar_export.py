"""Whether the calendar file last exported still holds a person's devices as recorded.

A phone's calendar keeps what was imported: after a pen is replaced, used or corrected, its
old alarms ring on (and the new pen has none) until the person exports the file again and
imports it (the same UIDs, a higher SEQUENCE: render/ics.py). The window records what an
export held (``record_export``) and says when a person's devices have moved on since
(``changed_since``). A device that is no longer in the record at all (an added one undone,
a profile deleted) cannot cancel its own events: ``gone_since`` gives it back from the record
of the export, so that the next file cancels them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from sm_card.core.models import Injector, Profile
from sm_card.core.validation import parse_partial_date

# The store's settings: {"at": ISO time, "devices": {profile: digest}, "held": [device, ...]}
KEY = "calendar_export"


def devices_digest(profile: Profile) -> str:
    """What the calendar says of a person's devices: each one's id, product, dose, expiry,
    place and status (a used or replaced device's events are cancelled in the next file)."""
    lines = sorted(
        "\x1f".join((i.id, i.product, repr(i.dose_mg), str(i.expires_on), i.location or "",
                     i.status))
        for i in profile.injectors)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _profile_key(profile: Profile) -> str:
    return str(profile.db_id) if profile.db_id is not None else profile.name


def record_export(store, profiles: Iterable[Profile], at: datetime) -> None:
    """Remember what the calendar file written ``at`` holds: every profile's devices, and
    the devices in use with what a cancelled event needs (whose, product, dose, expiry)."""
    profiles = list(profiles)
    held = [{"id": i.id, "person": p.name, "product": i.product, "dose_mg": i.dose_mg,
             "expires": str(i.expires_on)}
            for p in profiles for i in p.active_injectors]
    store.set_setting(KEY, {"at": at.isoformat(), "held": held,
                            "devices": {_profile_key(p): devices_digest(p) for p in profiles}})


def gone_since(store, profiles: Iterable[Profile]) -> list[tuple[str, Injector]]:
    """(person, device) for each device in use in the last export that no record holds now
    (``profiles``: all of them), rebuilt from the export's record; entries that cannot be
    read are skipped."""
    saved = store.get_setting(KEY)
    held = saved.get("held") if isinstance(saved, dict) else None
    if not isinstance(held, list):
        return []
    present = {i.id for p in profiles for i in p.injectors}
    gone = []
    for entry in held:
        try:
            if entry["id"] in present:
                continue
            expires = parse_partial_date(str(entry["expires"]), required=True)
            assert expires is not None  # (required)
            device = Injector(product=str(entry["product"]), dose_mg=float(entry["dose_mg"]),
                              expires_on=expires, status="removed", id=str(entry["id"]))
            gone.append((str(entry["person"]), device))
        except (KeyError, TypeError, ValueError):  # (FieldError is a ValueError)
            continue
    return gone


def changed_since(store, profile: Profile) -> datetime | None:
    """When the last calendar file was exported, if this person's devices changed since
    (or they were added since with devices); None when no file was exported or it is still
    right. A malformed entry counts as no export."""
    saved = store.get_setting(KEY)
    if not isinstance(saved, dict) or not isinstance(saved.get("devices"), dict):
        return None
    try:
        at = datetime.fromisoformat(saved["at"])
    except (KeyError, TypeError, ValueError):
        return None
    held = saved["devices"].get(_profile_key(profile))
    if held is None:
        return at if profile.injectors else None
    return None if held == devices_digest(profile) else at
