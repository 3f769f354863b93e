"""Direction isolation for the person's own text placed inside a translated sentence.

A name typed in Arabic or Hebrew at the start of an English sentence makes the whole paragraph
right-to-left ("Unicode bidi", rule P2 takes the first strong letter). Wrapping the inserted
text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE keeps its own direction for itself and
leaves the sentence around it alone; Qt's text layout honours the isolates.
"""

from __future__ import annotations

FSI = "\u2068"  # FIRST STRONG ISOLATE: the inserted text picks its own direction
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE: back to the sentence's direction


def isolate(text: object) -> str:
    """``text`` set apart by direction, for inserting into a sentence; empty stays empty."""
    value = "" if text is None else str(text)
    if not value or (value.startswith(FSI) and value.endswith(PDI)):
        return value
    return f"{FSI}{value}{PDI}"
