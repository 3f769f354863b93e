"""The reaction log: dated reactions as evidence for the person's physicians.

A reaction may be linked to an avoid entry (by the entry's agent, ignoring case and spacing),
so the avoid list can show "reaction recorded 2025-05-03" next to the agent, and it may carry
an acute tryptase, shown beside the person's threshold (core/tryptase.py). Everything here is
the person's record quoted as recorded; the app adds only the comparison arithmetic.
"""

from __future__ import annotations

from sm_card.core.models import AvoidEntry, Profile, Reaction
from sm_card.core.tryptase import acute_comparison, baseline_of


def agent_key(agent: str | None) -> str | None:
    if agent is None:
        return None
    key = " ".join(agent.split()).casefold()
    return key or None


def linked_avoid(profile: Profile, reaction: Reaction) -> AvoidEntry | None:
    """The avoid entry the reaction is linked to, if it is still in the avoid list."""
    key = agent_key(reaction.avoid_agent)
    if key is None:
        return None
    return next((a for a in profile.avoid if agent_key(a.agent) == key), None)


def reactions_for(profile: Profile, entry: AvoidEntry) -> list[Reaction]:
    """The reactions linked to ``entry``, oldest first."""
    key = agent_key(entry.agent)
    return sorted((r for r in profile.reactions if agent_key(r.avoid_agent) == key),
                  key=lambda r: r.occurred_on)


def in_order(profile: Profile) -> list[Reaction]:
    """The log, oldest first (the order a physician reads a history in)."""
    return sorted(profile.reactions, key=lambda r: r.occurred_on)


def trigger_text(reaction: Reaction) -> str:
    """What set it off: the trigger as written, else the linked agent, else "trigger not
    recorded"."""
    return reaction.trigger or reaction.avoid_agent or "trigger not recorded"


def tryptase_text(profile: Profile, reaction: Reaction) -> str:
    """"31 ng/mL (threshold 23.6: above)", or "" when no acute value is recorded."""
    if reaction.acute_tryptase_ng_ml is None:
        return ""
    return acute_comparison(reaction.acute_tryptase_ng_ml, baseline_of(profile.diagnosis))


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
    dates = [r.occurred_on.isoformat() for r in reactions_for(profile, entry)]
    if not dates:
        return ""
    return ("reaction recorded " if len(dates) == 1 else "reactions recorded ") + ", ".join(dates)
