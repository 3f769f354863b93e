"""Which emergency number to print by default, from the locale (as paper size is chosen).

Compiled from national telecom and health-service pages; the numbers the catalog prints carry
their sources in docs/clinical-sources.md ("Emergency numbers"), the other defaults here are
not yet checked against a cited source: 112 in the EU and on mobile phones in most of the world;
911 in the United States, Canada and Mexico; 999 in the United Kingdom (Ireland: 999 and 112);
000 in Australia; 111 in New Zealand; 119 for an ambulance in Japan; 120 for an ambulance in
China (110 there is the police). The person can always type another number; the default only
saves a US card from saying "call 112".
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_NUMBER = "112"


@dataclass(frozen=True)
class EmergencyNumber:
    """An emergency number and where it is the one to call."""
    number: str
    applies_in: str
    regions: tuple[str, ...]  # ISO 3166-1 alpha-2 codes it is the default for


NUMBERS: tuple[EmergencyNumber, ...] = (
    EmergencyNumber("112", "European Union, and mobile phones in most of the world", ()),
    EmergencyNumber("911", "United States, Canada, Mexico", ("US", "CA", "MX")),
    EmergencyNumber("999", "United Kingdom, Ireland (also 112)", ("GB", "UK", "IE")),
    EmergencyNumber("000", "Australia", ("AU",)),
    EmergencyNumber("111", "New Zealand", ("NZ",)),
    EmergencyNumber("119", "Japan (ambulance)", ("JP",)),
    EmergencyNumber("120", "China (ambulance)", ("CN",)),
)

_BY_REGION = {region: entry.number for entry in NUMBERS for region in entry.regions}


def region_of(locale_name: str | None) -> str | None:
    """'US' from 'en_US.UTF-8' or 'en-US'; None when the locale names no region."""
    if not locale_name:
        return None
    parts = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")
    return parts[1].upper() if len(parts) > 1 and parts[1] else None


def number_for_locale(locale_name: str | None) -> str:
    """The emergency number for the locale's region; 112 elsewhere and when unknown."""
    return _BY_REGION.get(region_of(locale_name) or "", DEFAULT_NUMBER)


def describe(number: str) -> str | None:
    """Where ``number`` applies, for a tooltip or a label; None for a number not in the table."""
    for entry in NUMBERS:
        if entry.number == number:
            return entry.applies_in
    return None
