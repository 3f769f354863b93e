"""A reaction of the log in words: the evidence line, what set it off, the acute tryptase
beside the threshold, and the note beside an avoid entry ("reaction recorded 2025-05-03").

The log itself (which reactions, linked to which avoid entry, in which order) is
core/reactions.py's; the person's words are quoted as recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sm_card.core.models import AvoidEntry, Profile, Reaction
from sm_card.core.reactions import reactions_for
from sm_card.core.tryptase import baseline_of
from sm_card.render.tryptase_text import acute_comparison


def trigger_text(reaction: Reaction) -> str:
    """What set it off: the trigger as written, else the linked agent, else "trigger not
    recorded"."""
    return reaction.trigger or reaction.avoid_agent or "trigger not recorded"


def tryptase_text(profile: Profile, reaction: Reaction) -> str:
    """"31 ng/mL (threshold 23.6: above)", or "" when no acute value is recorded."""
    return acute_text(reaction, baseline_of(profile.diagnosis))


def acute_text(reaction: Reaction, baseline_ng_ml: float | None) -> str:
    """The reaction's acute tryptase beside the threshold from ``baseline_ng_ml``, or ""."""
    if reaction.acute_tryptase_ng_ml is None:
        return ""
    return acute_comparison(reaction.acute_tryptase_ng_ml, baseline_ng_ml)


def reaction_line(profile: Profile, reaction: Reaction) -> str:
    """One line of evidence, e.g. "2025-05-03 — after vancomycin: hives, hypotension;
    treatment: epinephrine; tryptase 31 ng/mL (threshold 23.6: above)"."""
    text = f"{reaction.occurred_on.isoformat()} — after {trigger_text(reaction)}"
    if reaction.signs:
        text += f": {' '.join(reaction.signs.split())}"
    if reaction.treatment:
        text += f"; treatment: {' '.join(reaction.treatment.split())}"
    tryptase = tryptase_text(profile, reaction)
    if tryptase:
        text += f"; tryptase {tryptase}"
    return text


def avoid_note(profile: Profile, entry: AvoidEntry) -> str:
    """"reaction recorded 2025-05-03" (or several dates) for an avoid entry, else ""."""
    return dates_note([r.occurred_on for r in reactions_for(profile, entry)])


def dates_note(dates: Sequence[date]) -> str:
    """"reaction recorded 2025-05-03", "reactions recorded 2024-01-02, 2025-05-03", or ""."""
    if not dates:
        return ""
    return (("reaction recorded " if len(dates) == 1 else "reactions recorded ")
            + ", ".join(d.isoformat() for d in dates))
