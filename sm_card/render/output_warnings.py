"""What an output could not print as it should, said twice: the English sentence the CLI
prints (the warning itself is that string) and a stable ``code`` with its facts (``params``)
and the places it is about (``places``: "Back", "avoid list"...), which the window words in
the person's language (gui/output_warnings.py).

Every code is listed in WARNING_CODES with the params it carries, every place in PLACES;
tests/render/test_output_warning_codes.py checks the lists against the sites, and
tests/gui/test_output_warnings.py that the window has a German and Spanish sentence for each.
A warning the window does not know is shown in English: never nothing.
"""

from __future__ import annotations

from typing import Any

from sm_card.core.refusals import Notice


class OutputWarning(Notice):
    """A warning of a printed output: the English text, with ``code``, ``params``, ``places``.

    A ``str`` (a core.refusals.Notice) so that the CLI and everything that prints, joins or
    compares warnings keeps its exact words."""

    places: tuple[tuple[str, str], ...]  # (one of PLACES, its detail or "")

    def __new__(cls, english: str, code: str, /, *, places: tuple[tuple[str, str], ...] = (),
                **params: Any) -> OutputWarning:
        self = super().__new__(cls, english, code, **params)
        self.places = places
        return self

    def within(self, place: str, sep: str = ": ", detail: str = "") -> OutputWarning:
        """The same warning about ``place`` (one of PLACES), in English ``place`` + ``sep``
        before it; ``detail`` (a language code) follows the place in brackets."""
        named = f"{place} ({detail})" if detail else place
        return OutputWarning(f"{named}{sep}{self}", self.code,
                             places=((place, detail), *self.places), **self.params)


# code: the params it carries (record text and names are str, counts int, dates ISO str).
WARNING_CODES: dict[str, tuple[str, ...]] = {
    # what a font cannot print (render/fonts.py)
    "no_glyph": ("chars",),
    "unshaped": ("script", "chars", "family"),
    "printed_unshaped": ("text",),
    # what the layout left out
    "no_room": ("cut",),
    "photo_no_room": (),
    "plan_shortened_qr": (),
    "plan_shortened_letter": (),
    "avoid_unprinted": ("missing", "total", "entries"),
    # what the person should fix or know
    "no_contact_card": (),
    "no_device": (),
    "device_expired": ("product", "dose", "date"),
    "qr_shortened_card": ("omitted", "marker"),
    # the lock screen (render/lockscreen.py)
    "qr_shortened": ("omitted",),
    "no_contact": (),
    "device_expired_replace": ("product", "dose", "date"),
    # the action plan (render/action_plan.py)
    "plan_device_expired": ("product", "dose", "date"),
    "plan_no_room": (),
    "plan_shortened_action_plan": (),
    # the travel documents (render/travel.py); status: one of core/travel.py STATUSES
    "translation_unchecked": ("native", "status", "corrected", "unchecked", "total"),
    "translation_no_diagnosis": (),
    "translation_carry_two_left_out": ("carried",),
    "travel_card_no_room": ("sentences", "caution"),
    "sheet_pages": ("pages", "languages"),
    "trip_device_expired": ("product", "dose", "lot", "expiry", "end"),
    "trip_device_expires": ("product", "dose", "lot", "expiry", "end"),
    "trip_device_expires_before": ("product", "dose", "lot", "expiry", "start"),
    "travel_letter_carry_two": (),
    "travel_letter_no_device": (),
}

# Where on an output a warning is (its places), in the English the CLI prints.
PLACES: tuple[str, ...] = (
    # the card's faces and what they hold (render/card.py)
    "Front", "Back", "band", "condition", "subtype", "risk line", "emergency contact",
    "name", "date of birth", "avoid list", "photo", "QR caption", "clinician",
    "tryptase and KIT", "emergency header", "first aid steps", "epinephrine carried",
    "physician's plan", "tolerated agents", "medications",
    # the letters, the translation card and sheet
    "Letter", "Translation card", "Translation sheet", "text",
    # the lock screen (render/lockscreen.py)
    "what to do", "emergency contact's phone",
    # the action plan (render/action_plan.py)
    "title", "subtitle", "details", "mild signs", "mild actions", "signs of anaphylaxis",
    "first-aid steps", "footer", "emergency contacts", "physicians", "devices", "continued",
)


def no_glyph(chars: str) -> OutputWarning:
    return OutputWarning(f"no installed font can draw {chars}; it prints as a box (install a "
                         "font for this script, e.g. Debian's fonts-noto-core)", "no_glyph",
                         chars=chars)


def no_room(cut: str) -> OutputWarning:
    return OutputWarning(f"not enough room, left out: {cut}", "no_room", cut=cut)


def device_expired(product: str, dose_mg: float, expired: str) -> OutputWarning:
    return OutputWarning(f"{product} {dose_mg:g} mg expired on {expired}: replace it (still "
                         "listed as carried).", "device_expired", product=product,
                         dose=f"{dose_mg:g}", date=expired)
