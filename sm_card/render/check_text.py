"""The consistency check's findings in words, for a terminal and ``sm-card check --json``.

``core.check`` returns what it found as data (codes, the names quoted from the record, dates,
counts); the English sentences are made here, so core stays free of wording and the desktop
app words the same facts in its own, translated way (gui/pages/check_page.py). The wording is
the CLI's contract (docs/CLI.md, tests/cli/test_check_cli.py): change it only with them.
"""

from __future__ import annotations

from datetime import date

from sm_card.core import check
from sm_card.core.catalog import Catalog
from sm_card.core.check import Finding, check_profile
from sm_card.core.models import Profile
from sm_card.core.surgery import format_number as format_dose

# What a medication "looks like" when it seems to be one of the classes for review.
_LOOKS_LIKE = {check.BETA_BLOCKER: "a beta-blocker", check.ACE_INHIBITOR: "an ACE inhibitor"}


def _device(f: Finding) -> str:
    dose = format_dose(f.dose_mg) if f.dose_mg is not None else "?"
    return f"{f.product} {dose} mg"


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else "?"


def _entry(index: int | None) -> str:
    return f"entry {index + 1}" if index is not None else "entry ?"


def _devices(count: int | None) -> str:
    return f"only {count} in-date epinephrine device{'' if count == 1 else 's'}"


def message(f: Finding) -> str:
    """The finding as one English sentence (without its code)."""
    code = f.code
    if code == check.RECALLED_PRODUCT:
        return f"{_device(f)}: {f.recall}"
    if code == check.FEWER_THAN_TWO:
        return f"{_devices(f.count)}: carry two"
    if code == check.FEWER_THAN_TWO_AT_PLACE:
        return f"{_devices(f.count)} at {f.place}: carry two there"
    if code == check.DEVICE_EXPIRED:
        return f"{_device(f)}: out of date since {_day(f.expiry)}"
    if code == check.EXPIRY_FAR_AHEAD:
        return (f"{_device(f)}: in date until {_day(f.expiry)}, more than "
                f"{check.FAR_AHEAD_YEARS} years away; check the year against the date printed "
                "on the device (a slip would keep its reminders silent)")
    if code == check.EXPIRES_BEFORE_PROCEDURE:
        return (f"{_device(f)}: in date only until {_day(f.expiry)}, before {f.procedure} on "
                f"{_day(f.planned_on)}")
    if code == check.UNKNOWN_PRODUCT:
        return (f"{_device(f)}: {f.product!r} is not a product the catalog knows; its route "
                "and doses cannot be checked")
    if code == check.DOSE_NOT_MADE:
        made = " / ".join(format_dose(d) for d in f.doses_mg)
        return (f"{_device(f)}: {f.catalog_product} is made in {made} mg only; check the dose "
                "on the device's label")
    if code == check.NO_DIAGNOSIS:
        return "no diagnosis (subtype) recorded"
    if code == check.NO_EMERGENCY_CONTACT:
        return "no emergency contact recorded"
    if code == check.NO_COUNTRY_CODE:
        return (f"{f.contact}'s number {f.phone} has no country code (+…): it may not connect "
                "from abroad or from a phone with a foreign SIM")
    if code == check.AVOIDED_AND_TOLERATED:
        if f.member is None:
            return (f"{f.agent!r} is both tolerated ({_entry(f.index)}) and to avoid "
                    f"({f.avoided!r}, {_entry(f.avoided_index)})")
        return (f"{f.agent!r} is tolerated ({_entry(f.index)}), yet the catalog lists "
                f"{f.member} among {f.avoided!r}, to avoid ({_entry(f.avoided_index)})")
    if code == check.MEDICATION_AVOIDED:
        if f.looks_like is not None:
            return (f"medication {f.agent!r} looks like {_LOOKS_LIKE[f.looks_like]}, and "
                    f"{f.avoided!r} is in the avoid list ({_entry(f.avoided_index)})")
        if f.member is None:
            return (f"medication {f.agent!r} matches {f.avoided!r} in the avoid list "
                    f"({_entry(f.avoided_index)})")
        return (f"medication {f.agent!r}: the catalog lists {f.member} among {f.avoided!r}, "
                f"in the avoid list ({_entry(f.avoided_index)})")
    if code in _LOOKS_LIKE:
        return (f"medication {f.agent!r} looks like {_LOOKS_LIKE[code]}: for your physician "
                "to review")
    return code  # a code this module does not know yet still prints, never crashes


def line(f: Finding) -> str:
    """One line for a terminal: ``code: message``."""
    return f"{f.code}: {message(f)}"


def to_json(f: Finding) -> dict[str, object]:
    """The finding as ``sm-card check --json`` prints it (keys in docs/CLI.md's order)."""
    return {"code": f.code, "severity": f.severity, "message": message(f),
            "section": f.section, "index": f.index, "item_id": f.item_id}


def check_lines(profile: Profile, catalog: Catalog, today: date) -> list[str]:
    """The findings as terminal lines (``code: message``), in order."""
    return [line(f) for f in check_profile(profile, catalog, today)]
