"""The acute tryptase threshold ("20 % + 2" formula) for the letter, the action plan, the log.

The arithmetic and the sources are here; the sentences that print them are
render/tryptase_text.py's.

The consensus group's formula (Valent 2012; restated in Valent 2019, both in
docs/clinical-sources.md): an event-related serum tryptase above 1.2 × the person's baseline
+ 2 ng/mL supports systemic mast-cell activation. The app only does this arithmetic on values
the person recorded; it says nothing when no baseline is recorded, and it never says that a
value below the threshold rules anything out.

Arithmetic is decimal, so a baseline of 18 gives exactly 23.6 and an acute value equal to the
threshold is not "above" it by a rounding slip.
"""

from __future__ import annotations

from decimal import Decimal

from sm_card.core.catalog import Catalog, Citation  # the sources: guidance.json "tryptase"
from sm_card.core.models import Diagnosis

# Ids in resources/catalog/sources.json.
RULE_SOURCE_IDS = ("valent-2012", "valent-2019-iaai", "valent-2019-jaip")
WINDOW_SOURCE_IDS = ("nice-cg134",)

def _dec(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def acute_threshold(baseline_ng_ml: float) -> float:
    """1.2 × baseline + 2 ng/mL, e.g. 18 → 23.6."""
    if baseline_ng_ml < 0:
        raise ValueError("a tryptase level is never negative")
    return float(_dec(baseline_ng_ml) * Decimal("1.2") + 2)


def above_threshold(acute_ng_ml: float, baseline_ng_ml: float | None) -> bool | None:
    """Whether an acute value is above the threshold; None without a baseline."""
    if baseline_ng_ml is None:
        return None
    return _dec(acute_ng_ml) > _dec(baseline_ng_ml) * Decimal("1.2") + 2


def format_ng(value: float) -> str:
    """23.6 → "23.6", 24.0 → "24" (no invented precision)."""
    text = format(_dec(value).normalize(), "f")
    return text


def baseline_of(diagnosis: Diagnosis | None) -> float | None:
    return None if diagnosis is None else diagnosis.baseline_tryptase_ng_ml


def citations(catalog: Catalog, ids: tuple[str, ...]) -> tuple[Citation, ...]:
    """The catalog's citations for ``ids`` (RULE_SOURCE_IDS, WINDOW_SOURCE_IDS): those of the
    catalog's tryptase item citing them, so a "(unverified)" mark travels with them."""
    found = {c.id: c for item in catalog.tryptase for c in item.sources}
    return tuple(found[i] for i in ids if i in found)


def source_labels(catalog: Catalog, ids: tuple[str, ...]) -> tuple[str, ...]:
    """Short labels, e.g. ("Valent 2012", ...), for a line that cites its sources."""
    return tuple(c.label for c in citations(catalog, ids))
