"""The record's items as every printed output lists them: the avoid list in its printed order,
the devices carried counted by product and dose, the subtype's name from the catalog.

Facts only: the outputs' sentences around these items are made in ``sm_card.render``
(render/summary.py for the QR code and the engraving, render/card.py...), and core/issued.py
compares these items to tell when a printed output no longer matches the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sm_card.core.models import AvoidEntry, Injector, Profile


def subtype_name(subtype: str | None) -> str | None:
    """'Indolent systemic mastocytosis (ISM)', from the catalog; the bare code if unknown."""
    if not subtype or subtype == "SM":
        return None
    try:
        from sm_card.core.catalog import default_catalog

        entry = default_catalog().subtype(subtype)
    except Exception:  # noqa: BLE001 - a damaged catalog must not stop an emergency card
        entry = None
    return f"{entry.name} ({subtype})" if entry else subtype


def dose_text(dose_mg: float) -> str:
    return f"{dose_mg:g} mg"


def device_counts(injectors: Sequence[Injector]) -> list[tuple[str, float, int]]:
    """(product, dose in mg, how many) for each product and dose carried (active devices
    only), in the order first recorded; the product's spacing made single."""
    counts: dict[tuple[str, float], int] = {}
    for inj in injectors:
        if inj.status == "active":
            key = (" ".join(inj.product.split()), inj.dose_mg)
            counts[key] = counts.get(key, 0) + 1
    return [(product, dose, n) for (product, dose), n in counts.items()]


def device_label(product: str, dose_mg: float, count: int) -> str:
    """'EpiPen 0.3 mg ×2' ('EpiPen 0.3 mg' for one)."""
    return f"{product} {dose_text(dose_mg)}" + (f" ×{count}" if count > 1 else "")


def injector_summary(injectors: Sequence[Injector]) -> list[str]:
    """'EpiPen 0.3 mg ×2' for each product and dose carried (active devices only). The dose
    is printed as recorded, also one the product is not made in: it is the person's record."""
    return [device_label(*counted) for counted in device_counts(injectors)]


def avoid_ordered(profile: Profile) -> list[AvoidEntry]:
    """'avoid' entries first, then 'caution', each in the order the person listed them."""
    return [a for a in profile.avoid if a.severity == "avoid"] + [
        a for a in profile.avoid if a.severity != "avoid"
    ]


def expired_injectors(profile: Profile, today: date) -> list[Injector]:
    return [i for i in profile.active_injectors if i.expiry_date < today]
