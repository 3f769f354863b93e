"""What a printed output could not print as it should, worded in the person's language.

render/output_warnings.OutputWarning is the English sentence the CLI prints, with a ``code``,
its facts (``params``) and the places it is about ("Back", "avoid list"); the window words
the code here, one sentence per code under the context "OutputWarnings", and each place.
Record text (agent and product names, what was cut) is shown as it is, isolated by
direction. A warning without a code this module knows is shown in English: never nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sm_card.core.travel import CORRECTED, NOT_REVIEWED, REVIEWED, SOURCE
from sm_card.gui.bidi import isolate
from sm_card.gui.i18n import translate
from sm_card.render.output_warnings import OutputWarning
from sm_card.render.summary import MORE, SHORTENED, WHOLE, Omission, OmittedList


def _sentence(code: str) -> str | None:
    # One literal translate() per sentence: lupdate reads only literal calls.
    # What a font cannot print
    if code == "no_glyph":
        return translate("OutputWarnings", "no installed font can draw {chars}; it prints as a "
                         "box (install a font for this script, e.g. Debian's fonts-noto-core)")
    if code == "unshaped":
        return translate("OutputWarnings", "{script} text ({chars}) cannot be shaped: the font "
                         "that has it ({family}) has no OpenType layout for {script}, so it "
                         "would print misspelled (install Debian's fonts-noto-core)")
    if code == "printed_unshaped":
        return translate("OutputWarnings", "“{text}” is printed without shaping; it "
                         "may be misspelled")
    # What the layout left out
    if code == "no_room":
        return translate("OutputWarnings", "not enough room, left out: {cut}")
    if code == "photo_no_room":
        return translate("OutputWarnings", "not enough room below the risk line; left out")
    if code == "plan_shortened_qr":
        return translate("OutputWarnings", "shortened at a sentence end; the card points to "
                         "the QR code")
    if code == "plan_shortened_letter":
        return translate("OutputWarnings", "shortened at a sentence end; the card points to "
                         "the pre-operative letter")
    if code == "avoid_unprinted":
        return translate("OutputWarnings", "{missing} of {total} entries not printed in full: "
                         "{entries}")
    # What the person should fix or know
    if code == "no_contact_card":
        return translate("OutputWarnings", "No emergency contact recorded: the card says "
                         "“none recorded”.")
    if code == "no_device":
        return translate("OutputWarnings", "No epinephrine device recorded as carried.")
    if code == "device_expired":
        return translate("OutputWarnings", "{product} {dose} mg expired on {date}: replace it "
                         "(still listed as carried).")
    if code == "qr_shortened_card":
        return translate("OutputWarnings", "QR code shortened (it ends “{marker}”); left "
                         "out: {omitted}")
    # The lock screen
    if code == "qr_shortened":
        return translate("OutputWarnings", "QR code shortened; left out: {omitted}")
    if code == "no_contact":
        return translate("OutputWarnings", "No emergency contact recorded.")
    if code == "device_expired_replace":
        return translate("OutputWarnings", "{product} {dose} mg expired on {date}: replace it.")
    # The action plan
    if code == "plan_device_expired":
        return translate("OutputWarnings", "{product} {dose} expired ({date}): replace it "
                         "(still listed)")
    if code == "plan_no_room":
        return translate("OutputWarnings", "not enough room on the page; the plan points to "
                         "the pre-operative letter")
    if code == "plan_shortened_action_plan":
        return translate("OutputWarnings", "shortened on the action plan; it says the whole "
                         "plan is on the pre-operative letter")
    # The travel documents
    if code == "translation_unchecked":
        return translate("OutputWarnings", "{native}: {status}; {unchecked} of {total} "
                         "sentences not checked by a native speaker. Have it read by one if "
                         "you can, and correct it in the app (Travel page).")
    if code == "translation_no_diagnosis":
        return translate("OutputWarnings", "No diagnosis recorded: the translation names none.")
    if code == "translation_carry_two_left_out":
        return translate("OutputWarnings", "Fewer than two epinephrine devices recorded as "
                         "carried ({carried}): the sentence “I carry two…” is left out.")
    if code == "travel_card_no_room":
        return translate("OutputWarnings", "not enough room for {sentences} (the translation "
                         "sheet has them)")
    if code == "sheet_pages":
        return translate("OutputWarnings", "The translation sheet runs to {pages} pages "
                         "(languages: {languages}): long lists continue on the next page.")
    if code == "trip_device_expired":
        return translate("OutputWarnings", "{product} {dose} (lot {lot}), expiry {expiry}: "
                         "expired (trip ends {end}): replace it before you travel.")
    if code == "trip_device_expires":
        return translate("OutputWarnings", "{product} {dose} (lot {lot}), expiry {expiry}: "
                         "expires before the end of the trip (trip ends {end}): replace it "
                         "before you travel.")
    if code == "trip_device_expires_before":
        return translate("OutputWarnings", "{product} {dose} (lot {lot}), expiry {expiry}: "
                         "out of date before the trip starts ({start}): replace it before "
                         "you travel.")
    if code == "travel_letter_carry_two":
        return translate("OutputWarnings", "Fewer than two devices recorded as carried: the "
                         "letter leaves out the reason for carrying two.")
    if code == "travel_letter_no_device":
        return translate("OutputWarnings", "No epinephrine device is recorded as carried: the "
                         "letter lists none.")
    return None


def status_text(status: str, corrected: int = 0) -> str:
    """A translation's review status (core/travel.py STATUSES) with how many sentences the
    person corrected, in the person's language."""
    if status == NOT_REVIEWED:
        text = translate("OutputWarnings", "machine-translated, not reviewed by a native "
                         "speaker")
    elif status == REVIEWED:
        text = translate("OutputWarnings", "reviewed")
    elif status == CORRECTED:
        text = translate("OutputWarnings", "corrected by the user")
    elif status == SOURCE:
        text = translate("OutputWarnings", "the original")
    else:
        text = status
    if corrected == 1:
        text = translate("OutputWarnings", "{status}; 1 sentence corrected by the user").format(
            status=text)
    elif corrected:
        text = translate("OutputWarnings", "{status}; {n} sentences corrected by the "
                         "user").format(status=text, n=corrected)
    return text


def _place(place: str) -> str | None:
    # The faces and what they hold, as the English names them (render/output_warnings.PLACES)
    if place == "Front":
        return translate("OutputWarnings", "Front")
    if place == "Back":
        return translate("OutputWarnings", "Back")
    if place == "band":
        return translate("OutputWarnings", "band")
    if place == "condition":
        return translate("OutputWarnings", "condition")
    if place == "subtype":
        return translate("OutputWarnings", "subtype")
    if place == "risk line":
        return translate("OutputWarnings", "risk line")
    if place == "emergency contact":
        return translate("OutputWarnings", "emergency contact")
    if place == "name":
        return translate("OutputWarnings", "name")
    if place == "date of birth":
        return translate("OutputWarnings", "date of birth")
    if place == "avoid list":
        return translate("OutputWarnings", "avoid list")
    if place == "photo":
        return translate("OutputWarnings", "photo")
    if place == "QR caption":
        return translate("OutputWarnings", "QR caption")
    if place == "clinician":
        return translate("OutputWarnings", "clinician")
    if place == "tryptase and KIT":
        return translate("OutputWarnings", "tryptase and KIT")
    if place == "emergency header":
        return translate("OutputWarnings", "emergency header")
    if place == "first aid steps":
        return translate("OutputWarnings", "first aid steps")
    if place == "epinephrine carried":
        return translate("OutputWarnings", "epinephrine carried")
    if place == "physician's plan":
        return translate("OutputWarnings", "physician's plan")
    if place == "tolerated agents":
        return translate("OutputWarnings", "tolerated agents")
    if place == "medications":
        return translate("OutputWarnings", "medications")
    if place == "Letter":
        return translate("OutputWarnings", "Letter")
    if place == "Translation card":
        return translate("OutputWarnings", "Translation card")
    if place == "Translation sheet":
        return translate("OutputWarnings", "Translation sheet")
    # the lock screen and the action plan
    if place == "what to do":
        return translate("OutputWarnings", "what to do")
    if place == "emergency contact's phone":
        return translate("OutputWarnings", "emergency contact's phone")
    if place == "title":
        return translate("OutputWarnings", "title")
    if place == "subtitle":
        return translate("OutputWarnings", "subtitle")
    if place == "details":
        return translate("OutputWarnings", "details")
    if place == "mild signs":
        return translate("OutputWarnings", "mild signs")
    if place == "mild actions":
        return translate("OutputWarnings", "mild actions")
    if place == "signs of anaphylaxis":
        return translate("OutputWarnings", "signs of anaphylaxis")
    if place == "first-aid steps":
        return translate("OutputWarnings", "first-aid steps")
    if place == "footer":
        return translate("OutputWarnings", "footer")
    if place == "emergency contacts":
        return translate("OutputWarnings", "emergency contacts")
    if place == "physicians":
        return translate("OutputWarnings", "physicians")
    if place == "devices":
        return translate("OutputWarnings", "devices")
    if place == "continued":
        return translate("OutputWarnings", "continued")
    if place == "text":
        return translate("OutputWarnings", "text")
    return None


def _entries(entries: Iterable[tuple[str, str]]) -> str:
    words = []
    for agent, severity in entries:
        if severity == "avoid":
            words.append(translate("OutputWarnings", "{agent} (avoid)").format(
                agent=isolate(agent)))
        else:
            words.append(translate("OutputWarnings", "{agent} (caution)").format(
                agent=isolate(agent)))
    return "; ".join(words)


def _qr_item(what: str) -> str:
    """An item of the QR summary, as render/summary names it."""
    if what == "epinephrine":
        return translate("OutputWarnings", "epinephrine")
    if what == "caution list":
        return translate("OutputWarnings", "caution list")
    if what == "emergency number":
        return translate("OutputWarnings", "emergency number")
    if what == "physician's emergency plan":
        return translate("OutputWarnings", "physician's emergency plan")
    return _place(what) or what  # the items the card's places share


def _omission(entry: str) -> str:
    """One thing the QR summary left out; record text (names) isolated by direction."""
    if not isinstance(entry, Omission):
        return isolate(entry)
    what = _qr_item(entry.what)
    if entry.kind == WHOLE:
        return what
    if entry.kind == SHORTENED:
        return translate("OutputWarnings", "{what} (shortened)").format(what=what)
    if entry.kind == MORE:
        return translate("OutputWarnings", "{what}: {n} more ({names})").format(
            what=what, n=entry.left, names=isolate(entry.names))
    return translate("OutputWarnings", "{what}: {names}").format(
        what=what, names=isolate(entry.names))


def _left_out(sentences: str, caution: bool) -> str:
    if not caution:
        return isolate(sentences)
    if not sentences:
        return translate("OutputWarnings", "the caution list")
    return translate("OutputWarnings", "{sentences}, the caution list").format(
        sentences=isolate(sentences))


def warning_text(warning: str) -> str:
    """What the window shows for ``warning``: its code worded in the person's language, with
    its places before it; else its English words."""
    if not isinstance(warning, OutputWarning):
        return str(warning)
    sentence = _sentence(warning.code)
    if sentence is None:
        return str(warning)
    facts = {key: isolate(str(value)) for key, value in warning.params.items()}
    if warning.code == "avoid_unprinted":
        facts["entries"] = _entries(warning.params["entries"])
    omitted = warning.params.get("omitted")
    if isinstance(omitted, OmittedList):
        facts["omitted"] = "; ".join(_omission(e) for e in omitted.entries)
    if warning.code == "translation_unchecked":
        facts["status"] = status_text(warning.params["status"], warning.params["corrected"])
    if warning.code == "travel_card_no_room":
        facts["sentences"] = _left_out(warning.params["sentences"], warning.params["caution"])
    if warning.code in ("trip_device_expired", "trip_device_expires",
                        "trip_device_expires_before") and not \
            warning.params["lot"]:
        facts["lot"] = translate("OutputWarnings", "not recorded")
    text = sentence.format(**facts)
    if not warning.places:
        return text
    named = []
    for place, detail in warning.places:
        word = _place(place) or place
        named.append(f"{word} ({isolate(detail)})" if detail else word)
    return f"{', '.join(named)}: {text}"  # as the English: "Back, avoid list: ..."


def warning_lines(warnings: Iterable[str]) -> str:
    """The warnings as the pages list them: one "• " line each, in the person's language."""
    return "\n".join("• " + warning_text(w) for w in warnings)
