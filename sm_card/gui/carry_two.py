"""How many epinephrine devices are in date, worded once for the Overview, the Check page,
the Injectors page and the reminder strip.

"Fewer than two" is always none or one, so each case is a sentence of its own (no "device(s)"
and no plural rules needed): "Only one epinephrine device in date: carry two." Places are the
person's own words, isolated by direction.
"""

from __future__ import annotations

from sm_card.gui.bidi import isolate
from sm_card.gui.i18n import translate


def too_few(count: int) -> str:
    """The person has fewer than two devices in date (``count`` is 0 or 1)."""
    if count <= 0:
        return translate("Devices", "No epinephrine device in date: carry two.")
    return translate("Devices", "Only one epinephrine device in date: carry two.")


def too_few_at(place: str, count: int) -> str:
    """A place the person named has fewer than two devices in date."""
    if count <= 0:
        text = translate("Devices", "No epinephrine device in date at {place}: carry two "
                         "there.")
    else:
        text = translate("Devices", "Only one epinephrine device in date at {place}: carry "
                         "two there.")
    return text.format(place=isolate(place))


def in_date_short(count: int) -> str:
    """The Injectors page's first line, which the catalog's sourced "carry two" fact follows."""
    if count <= 0:
        return translate("Devices", "No device in date.")
    return translate("Devices", "Only one device in date.")
