"""The user's settings, kept in the store (so they move with the data folder)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sm_card.core.emergency_numbers import number_for_locale

if TYPE_CHECKING:  # only its methods are used: modules needing the defaults stay light
    from sm_card.core.store import Store

# Letter paper is the norm in the United States, Canada and Mexico; A4 elsewhere.
_LETTER_COUNTRIES = {"US", "CA", "MX"}


@dataclass(frozen=True)
class Preferences:
    """Every setting with its type and default, declared here only. Core functions, the CLI
    and the window take their defaults from ``DEFAULTS``; ``Settings`` reads them with a
    typed property each. (Paper and the emergency number default to the locale's.)"""

    # Days before a device's last day in date to remind; 0 is the day itself.
    lead_days: tuple[int, ...] = (60, 30, 7, 0)
    # Days before a planned procedure to remind the person to prepare.
    prepare_days: int = 14
    close_to_tray: bool = True
    autostart: bool = False
    notifications: bool = True
    # What the card's QR code holds: "vcard" (phones offer it as a contact, iPhones too) or
    # "text" (render/qr_payload.py says why vCard is the default).
    qr_format: str = "vcard"
    # Separate all-day "replace soon" events on the lead days in the calendar export, for
    # calendars that drop imported alarms (Google Calendar).
    lead_events: bool = True
    # The window's geometry (QMainWindow.saveGeometry(), base64) and the key of the page shown
    # last (gui/window_state.py); empty until the window first closes.
    window_geometry: str = ""
    window_page: str = ""
    # How the Surgery page shows the letter: "fit" (each page as wide as the preview) or a
    # percentage of its true size on screen ("100").
    letter_zoom: str = "fit"


DEFAULTS = Preferences()
# Settings whose default depends on the locale rather than being one value.
_LOCALE_KEYS = ("paper", "emergency_number")
KEYS = frozenset(f.name for f in fields(Preferences)) | frozenset(_LOCALE_KEYS)


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
    import locale  # only when the environment names none: `sm-card reminders` starts faster

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
        _known(key)
        if key == "paper":
            return self._store.get_setting("paper") or paper_for_locale(self._locale_name())
        if key == "emergency_number":
            return self._store.get_setting(key) or number_for_locale(self._locale_name())
        return self._store.get_setting(key, getattr(DEFAULTS, key, None))

    def set(self, key: str, value: Any) -> None:
        _known(key)
        self._store.set_setting(key, list(value) if key == "lead_days" else value)

    @property
    def paper(self) -> str:
        return str(self.get("paper"))

    @property
    def lead_days(self) -> list[int]:
        return sorted({int(d) for d in self.get("lead_days")}, reverse=True)

    @property
    def prepare_days(self) -> int:
        return int(self.get("prepare_days"))

    @property
    def close_to_tray(self) -> bool:
        return bool(self.get("close_to_tray"))

    @property
    def autostart(self) -> bool:
        return bool(self.get("autostart"))

    @property
    def notifications(self) -> bool:
        return bool(self.get("notifications"))

    @property
    def qr_format(self) -> str:
        return str(self.get("qr_format"))

    @property
    def lead_events(self) -> bool:
        return bool(self.get("lead_events"))

    @property
    def window_geometry(self) -> str:
        return str(self.get("window_geometry") or "")

    @property
    def window_page(self) -> str:
        return str(self.get("window_page") or "")

    @property
    def letter_zoom(self) -> str:
        return str(self.get("letter_zoom") or DEFAULTS.letter_zoom)

    @property
    def emergency_number(self) -> str:
        """The number set for every profile, else the locale's (911 in en_US, 112 elsewhere)."""
        return str(self.get("emergency_number"))

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


# Settings kept per profile (or per item) as "<prefix>:<id>", read and written through the
# store by the methods above and by the pages that own them.
PREFIXED_KEYS = ("emergency_number", "card_photo", "travel_corrections", "travel_trip")


def _known(key: str) -> None:
    if key in KEYS or key.partition(":")[0] in PREFIXED_KEYS and ":" in key:
        return
    raise KeyError(f"unknown setting {key!r}: declare it in Preferences "
                   "(sm_card/core/settings.py)")
