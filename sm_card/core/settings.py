"""The user's settings, kept in the store (so they move with the data folder)."""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Mapping
from typing import Any

from sm_card.core.emergency_numbers import number_for_locale
from sm_card.core.store import Store

# Letter paper is the norm in the United States, Canada and Mexico; A4 elsewhere.
_LETTER_COUNTRIES = {"US", "CA", "MX"}

DEFAULTS: dict[str, Any] = {
    "lead_days": [60, 30, 7, 0],
    "prepare_days": 14,
    "close_to_tray": True,
    "autostart": False,
    "notifications": True,
    # What the card's QR code holds: "vcard" (phones offer it as a contact, iPhones too) or
    # "text" (core/qr_payload.py says why vCard is the default).
    "qr_format": "vcard",
    # Separate all-day "replace soon" events on the lead days in the calendar export, for
    # calendars that drop imported alarms (Google Calendar).
    "lead_events": True,
}


def paper_for_locale(locale_name: str | None) -> str:
    """'letter' for en_US, fr_CA, es_MX…; 'a4' otherwise (also when unknown)."""
    if not locale_name:
        return "a4"
    region = locale_name.split(".")[0].replace("-", "_").split("_")
    return "letter" if len(region) > 1 and region[1].upper() in _LETTER_COUNTRIES else "a4"


def _current_locale(environ: Mapping[str, str] | None = None) -> str | None:
    """The locale that decides paper: LC_ALL, then LC_PAPER, then LANG (POSIX order).

    Read from the environment first because Python reports "C.UTF-8" as en_US, which would
    give Letter paper to every machine left in the C locale.
    """
    environ = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = environ.get(var)
        if value:
            return None if value.split(".")[0] in ("C", "POSIX") else value
    try:
        return locale.getlocale(locale.LC_CTYPE)[0]
    except ValueError:
        return None


class Settings:
    """Typed access to settings; a value never set comes from DEFAULTS (or the locale)."""

    def __init__(self, store: Store, locale_name: Callable[[], str | None] = _current_locale):
        self._store = store
        self._locale_name = locale_name

    def get(self, key: str) -> Any:
        if key == "paper":
            return self._store.get_setting("paper") or paper_for_locale(self._locale_name())
        if key == "emergency_number":
            return self._store.get_setting(key) or number_for_locale(self._locale_name())
        return self._store.get_setting(key, DEFAULTS.get(key))

    def set(self, key: str, value: Any) -> None:
        self._store.set_setting(key, value)

    @property
    def paper(self) -> str:
        return self.get("paper")

    @property
    def emergency_number(self) -> str:
        """The number set for every profile, else the locale's (911 in en_US, 112 elsewhere)."""
        return self.get("emergency_number")

    # One number per profile, kept as a setting keyed by the profile's store id, so that a
    # family on holiday abroad can give one child's card another number without a schema
    # change. A profile with none set falls back to the shared setting, then to the locale.
    @staticmethod
    def _profile_key(profile_id: int) -> str:
        return f"emergency_number:{profile_id}"

    def emergency_number_for(self, profile_id: int | None) -> str:
        if profile_id is not None:
            own = self._store.get_setting(self._profile_key(profile_id))
            if own:
                return own
        return self.emergency_number

    def emergency_number_source(self, profile_id: int | None) -> str:
        """'profile' (set for this profile), 'setting' (set for all) or 'region' (locale)."""
        if profile_id is not None and self._store.get_setting(self._profile_key(profile_id)):
            return "profile"
        return "setting" if self._store.get_setting("emergency_number") else "region"

    def set_emergency_number_for(self, profile_id: int | None, number: str | None) -> None:
        """Set (or with None, forget) the profile's own number; no profile id: the shared one."""
        key = "emergency_number" if profile_id is None else self._profile_key(profile_id)
        self._store.set_setting(key, number or None)

    @property
    def lead_days(self) -> list[int]:
        return sorted({int(d) for d in self.get("lead_days")}, reverse=True)

    # Whether the card prints the person's photo: per profile, off until the person turns it
    # on (a photo on a card that is lost tells a finder more than the person may want).
    @staticmethod
    def _card_photo_key(profile_id: int) -> str:
        return f"card_photo:{profile_id}"

    def card_photo_for(self, profile_id: int | None) -> bool:
        if profile_id is None:
            return False
        return bool(self._store.get_setting(self._card_photo_key(profile_id), False))

    def set_card_photo_for(self, profile_id: int, on: bool) -> None:
        self._store.set_setting(self._card_photo_key(profile_id), bool(on))
