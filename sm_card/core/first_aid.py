"""Which forms of epinephrine device the person carries, from the catalog.

The first-aid steps are worded from these facts in render/first_aid.py (the card's back, the
pre-operative letter, the action plan): the route of epinephrine comes from the form of each
device carried (``Product.form`` in the catalog), so a person who carries only a nasal spray
never reads "outer thigh".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sm_card.core.models import Injector

AUTO_INJECTOR = "auto-injector"
NASAL_SPRAY = "nasal spray"

# The forms of device the steps are worded for, in the order they are named.
FORMS = (AUTO_INJECTOR, NASAL_SPRAY)


@dataclass(frozen=True)
class Devices:
    """The forms of the active devices a person carries, as far as the catalog knows them."""

    forms: tuple[str, ...]  # known forms, in catalog order (auto-injector before nasal spray)
    unknown: bool  # at least one device whose product (or its form) the catalog does not know

    @property
    def any(self) -> bool:
        return bool(self.forms) or self.unknown


def product_form(product: str, catalog=None) -> str | None:
    """'auto-injector', 'nasal spray', or None when the product (or its form) is unknown."""
    if catalog is None:
        try:
            from sm_card.core.catalog import default_catalog

            catalog = default_catalog()
        except Exception:  # noqa: BLE001 - a damaged catalog must not stop an emergency card
            return None
    found = catalog.product_by_name(product)
    return found.form if found is not None else None


def carried_devices(injectors: Iterable[Injector], catalog=None) -> Devices:
    forms: set[str] = set()
    unknown = False
    for inj in injectors:
        if inj.status != "active":
            continue
        form = product_form(inj.product, catalog)
        if form in FORMS:
            forms.add(form)
        else:
            unknown = True
    return Devices(tuple(f for f in FORMS if f in forms), unknown)
