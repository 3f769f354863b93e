"""The reaction log: dated reactions as evidence for the person's physicians.

A reaction may be linked to an avoid entry (by the entry's agent, ignoring case and spacing),
so the avoid list can show "reaction recorded 2025-05-03" next to the agent, and it may carry
an acute tryptase, shown beside the person's threshold (core/tryptase.py). Everything here is
the person's record quoted as recorded; the app adds only the comparison arithmetic. The
lines that print a reaction are render/reaction_text.py's.
"""

from __future__ import annotations

from sm_card.core.models import AvoidEntry, Profile, Reaction


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
