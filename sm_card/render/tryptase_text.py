"""The tryptase threshold in words: the rule, the sampling window, the threshold line.

core/tryptase.py does the arithmetic ("20 % + 2" formula, Valent 2012; restated in Valent
2019, both in docs/clinical-sources.md) on the values the person recorded; these sentences
print it on the letter, the action plan, the reaction log and the FHIR summary. They never say
that a value below the threshold rules anything out.
"""

from __future__ import annotations

from sm_card.core.models import Diagnosis
from sm_card.core.tryptase import above_threshold, acute_threshold, baseline_of, format_ng

RULE_TEXT = ("An acute (event-related) serum tryptase above 1.2 × baseline + 2 ng/mL "
             "(the \"20 % + 2\" formula) supports systemic mast-cell activation.")
# NICE CG134's wording (read as reproduced by RCEM Learning); the consensus papers' own
# sampling window could not be read with the search tool (docs/clinical-sources.md).
WINDOW_TEXT = ("Sampling: a first sample as soon as possible after emergency treatment has "
               "started, and a second ideally within 1–2 hours (but no later than 4 hours) "
               "from the onset of symptoms; the baseline is measured when well.")
NO_BASELINE_TEXT = "Baseline tryptase: not recorded, so no acute threshold can be given."
# The threshold alone, beside a line that already says the baseline is not recorded.
NO_THRESHOLD_TEXT = "none (no baseline tryptase is recorded)"



def threshold_line(diagnosis: Diagnosis | None) -> str:
    """One line for any output: the baseline and the threshold, or that none is recorded.

    e.g. "Baseline tryptase 18 ng/mL (measured 2025-02-01) → an acute value above 23.6 ng/mL
    supports mast-cell activation (20 % + 2 formula)."
    """
    baseline = baseline_of(diagnosis)
    if baseline is None:
        return NO_BASELINE_TEXT
    measured = diagnosis.tryptase_measured_on if diagnosis is not None else None
    when = f" (measured {measured.isoformat()})" if measured else ""
    return (f"Baseline tryptase {format_ng(baseline)} ng/mL{when} → an acute value above "
            f"{format_ng(acute_threshold(baseline))} ng/mL supports mast-cell activation "
            "(20 % + 2 formula).")


def threshold_text(baseline_ng_ml: float | None) -> str:
    """The threshold alone, for a line already showing the baseline:
    "an acute value above 23.6 ng/mL (1.2 × 18 + 2) supports mast-cell activation"."""
    if baseline_ng_ml is None:
        return NO_THRESHOLD_TEXT
    return (f"an acute value above {format_ng(acute_threshold(baseline_ng_ml))} ng/mL "
            f"(1.2 × {format_ng(baseline_ng_ml)} + 2) supports mast-cell activation")


def acute_comparison(acute_ng_ml: float, baseline_ng_ml: float | None) -> str:
    """An acute value beside the threshold: "31 ng/mL (threshold 23.6: above)"."""
    text = f"{format_ng(acute_ng_ml)} ng/mL"
    if baseline_ng_ml is None:
        return f"{text} (no baseline recorded: no threshold)"
    threshold = format_ng(acute_threshold(baseline_ng_ml))
    word = "above" if above_threshold(acute_ng_ml, baseline_ng_ml) else "not above"
    return f"{text} (threshold {threshold}: {word})"
