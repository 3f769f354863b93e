"""The QR payload: the text summary as is, or in a vCard that phone cameras offer as a contact."""

from __future__ import annotations

from datetime import date

import pytest
import zxingcpp
from pyzbar import pyzbar

from sm_card.core import interchange
from sm_card.core.models import Contact, Profile
from sm_card.render import qr as qrmod
from sm_card.render.qr_payload import DEFAULT_FORMAT, escape_text, qr_payload
from sm_card.render.summary import MORE_MARKER, qr_summary

TODAY = date(2026, 11, 23)


@pytest.fixture
def example(example_text) -> Profile:
    return interchange.loads(example_text, today=TODAY).profiles[0]


def unfold_vcard(text: str) -> dict[str, str]:
    """A minimal vCard 3.0 reader: property name -> unescaped value."""
    out = {}
    for line in text.split("\n"):
        name, _, value = line.partition(":")
        out[name] = (value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
                     .replace("\\\\", "\\"))
    return out


def test_default_is_a_vcard_with_the_alert_the_contact_and_the_avoid_list(example):
    assert DEFAULT_FORMAT == "vcard"
    payload = qr_payload(example, "112", max_bytes=qrmod.CARD_QR_MAX_BYTES)
    text = payload.text
    assert len(text.encode("utf-8")) <= qrmod.CARD_QR_MAX_BYTES
    assert text.startswith("BEGIN:VCARD\nVERSION:3.0\n") and text.endswith("\nEND:VCARD")
    card = unfold_vcard(text)
    assert card["FN"] == "Alex Example" and card["N"] == "Alex Example;;;;"
    assert card["TEL"] == example.contacts[0].phone
    note = card["NOTE"]
    assert note == payload.summary.text
    assert note.startswith("MEDICAL ALERT: Indolent systemic mastocytosis (ISM)\n")
    assert "RISK OF ANAPHYLAXIS. Epinephrine: EpiPen 0.3 mg ×2 (thigh)" in note
    assert "DO NOT GIVE: NSAIDs, atracurium" in note
    assert note.endswith(MORE_MARKER) and payload.omitted


@pytest.mark.parametrize("fmt", ["vcard", "text"])
def test_both_formats_decode_with_zxing_and_zbar(example, fmt, qr_image):
    text = qr_payload(example, "112", fmt, qrmod.CARD_QR_MAX_BYTES).text
    img = qr_image(qrmod.encode_for_card(text))
    assert [r.text for r in zxingcpp.read_barcodes(img)] == [text]
    assert [r.data.decode("utf-8") for r in pyzbar.decode(img)] == [text]


def test_zxing_reads_the_vcard_as_a_contact_and_the_text_as_text(example, qr_image):
    """zxing-cpp's content type: what a ZXing-based scanner app offers to do with it."""
    vcard = qr_payload(example, "112", "vcard", qrmod.CARD_QR_MAX_BYTES).text
    text = qr_payload(example, "112", "text", qrmod.CARD_QR_MAX_BYTES).text
    (a,) = zxingcpp.read_barcodes(qr_image(qrmod.encode_for_card(vcard)))
    (b,) = zxingcpp.read_barcodes(qr_image(qrmod.encode_for_card(text)))
    assert a.text.startswith("BEGIN:VCARD") and b.text.startswith("MEDICAL ALERT")
    assert a.content_type == b.content_type == zxingcpp.ContentType.Text


def test_text_format_is_the_summary(example):
    payload = qr_payload(example, "999", "text", 400)
    assert payload.text == qr_summary(example, "999", 400).text


def test_escaping_and_hostile_names(example):
    assert escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    example.name = "Dr; Evil, Jr\\\nBEGIN:VCARD " + "x" * 300
    example.contacts = [Contact(name="A", phone="+1 555; 0100\nEND:VCARD")]
    text = qr_payload(example, "112", "vcard", qrmod.CARD_QR_MAX_BYTES).text
    lines = text.split("\n")
    # no value can end the card or start a property: one line each, in order
    assert [line.split(":")[0] for line in lines] == ["BEGIN", "VERSION", "N", "FN", "TEL",
                                                      "NOTE", "END"]
    assert len(text.encode("utf-8")) <= qrmod.CARD_QR_MAX_BYTES
    assert len(lines[3].encode("utf-8")) <= 3 + 24 + 10  # the name cut in FN
    assert "RISK OF ANAPHYLAXIS" in lines[5]


def test_no_contact_no_tel_and_unknown_format(example):
    example.contacts = []
    text = qr_payload(example, "112", "vcard", qrmod.CARD_QR_MAX_BYTES).text
    assert "\nTEL:" not in text
    with pytest.raises(ValueError):
        qr_payload(example, "112", "mecard")


def _long_subtype_profile(plan: str) -> Profile:
    from sm_card.core.models import AvoidEntry, Diagnosis, Injector, PartialDate

    return Profile(
        name="Plan Holder", diagnosis=Diagnosis(subtype="SM-AHN", anaphylaxis_history=True),
        avoid=[AvoidEntry(agent="vancomycin")],
        injectors=[Injector(product="Emerade", dose_mg=0.5, expires_on=PartialDate(2027, 3, 31)),
                   Injector(product="Emerade", dose_mg=0.5, expires_on=PartialDate(2027, 3, 31))],
        contacts=[Contact(name="Lee Holder", relation="husband", phone="+44 7700 900456")],
        emergency_plan=plan)


@pytest.mark.parametrize("fmt", ["vcard", "text"])
def test_a_long_subtype_name_never_pushes_the_avoid_list_out_of_the_card_qr(fmt, qr_image):
    """Read through as a person whose physician wrote a plan: the card's vCard had kept the
    whole "Systemic mastocytosis with an associated hematologic neoplasm" and lost
    "DO NOT GIVE: vancomycin". The condition now gives way to its short form first."""
    profile = _long_subtype_profile(
        "My haematologist's plan: epinephrine 0.5 mg IM, lie flat with legs raised, then call "
        "999. Second dose after 5 minutes if no better.")
    payload = qr_payload(profile, "112", fmt, max_bytes=qrmod.CARD_QR_MAX_BYTES)
    assert len(payload.text.encode("utf-8")) <= qrmod.CARD_QR_MAX_BYTES
    (decoded,) = zxingcpp.read_barcodes(qr_image(qrmod.encode_for_card(payload.text)))
    text = unfold_vcard(decoded.text)["NOTE"] if fmt == "vcard" else decoded.text
    assert "\nDO NOT GIVE: vancomycin\n" in text
    assert "(SM-AHN)" in text
    if fmt == "vcard":  # the vCard's name and number leave the note less room
        assert "condition (shortened)" in payload.summary.omitted


@pytest.mark.parametrize("budget", range(160, 401, 7))
def test_every_budget_keeps_the_avoid_list_when_the_condition_can_shrink(budget):
    """What a summary keeps must not depend on luck with the budget: with room for the short
    condition, the device line and the avoid list, the avoid list is in."""
    profile = _long_subtype_profile("Lie flat. Call 999.")
    summary = qr_summary(profile, "112", budget)
    assert len(summary.text.encode("utf-8")) <= budget
    assert "DO NOT GIVE: vancomycin" in summary.text
    payload = qr_payload(profile, "112", "vcard", max_bytes=budget + 100)
    assert "DO NOT GIVE: vancomycin" in unfold_vcard(payload.text)["NOTE"]


def _child_profile() -> Profile:
    """As a parent entered a child's record (found by a walk through the window): a name in
    two scripts, four agents to avoid, a junior device at each of two places."""
    from sm_card.core.models import AvoidEntry, Diagnosis, Injector, PartialDate

    return Profile(
        name="Lina محمد Müller", date_of_birth=date(2017, 3, 14),
        diagnosis=Diagnosis(subtype="ISM", baseline_tryptase_ng_ml=12.4,
                            tryptase_measured_on=date(2026, 10, 2), kit_d816v="positive"),
        avoid=[AvoidEntry(agent="Ibuprofen"), AvoidEntry(agent="Iodinated contrast media"),
               AvoidEntry(agent="Chlorhexidine (skin antiseptic)"),
               AvoidEntry(agent="Strawberries / Erdbeeren")],
        injectors=[Injector(product="EpiPen Jr", dose_mg=0.15,
                            expires_on=PartialDate(2027, 8), location="school bag"),
                   Injector(product="EpiPen Jr", dose_mg=0.15,
                            expires_on=PartialDate(2027, 6), location="home")],
        contacts=[Contact(name="Sara Müller", relation="mother", phone="0170 1234567")])


def test_a_childs_card_qr_keeps_the_avoid_list_before_the_number(qr_image):
    """The card's small QR had dropped "DO NOT GIVE" whole, for want of 3 bytes, and spent
    the room on the emergency number (printed on the card anyway). With the marker's short
    form the first agent to avoid is in."""
    from sm_card.render.summary import SHORT_MORE_MARKER

    profile = _child_profile()
    payload = qr_payload(profile, "112", "vcard", qrmod.CARD_QR_MAX_BYTES)
    assert len(payload.text.encode("utf-8")) <= qrmod.CARD_QR_MAX_BYTES
    (decoded,) = zxingcpp.read_barcodes(qr_image(qrmod.encode_for_card(payload.text)))
    card = unfold_vcard(decoded.text)
    assert card["FN"] == "Lina محمد Müller"  # the name is whole in the contact's name...
    note = card["NOTE"].splitlines()
    assert note[2] == "DO NOT GIVE: Ibuprofen (+3 more)" and note[-1] == SHORT_MORE_MARKER
    assert "Epinephrine: EpiPen Jr 0.15 mg ×2 (thigh)" in note[1]
    # ...so the note's left-out "Name:" line costs only the date of birth, and says so
    assert "name" not in payload.omitted and "date of birth" in payload.omitted


def test_a_long_name_cut_in_the_vcard_is_reported_as_left_out():
    profile = _child_profile()
    profile.name = "Lina Sophia Alexandra محمد Müller-Schwarzenberg"
    payload = qr_payload(profile, "112", "vcard", qrmod.CARD_QR_MAX_BYTES)
    # N and FN hold only its first 24 bytes
    assert any(o == "name" or o.startswith("name (") for o in payload.omitted)


@pytest.mark.parametrize("fmt", ["vcard", "text"])
def test_the_avoid_list_is_in_whenever_the_essentials_fit_with_the_short_marker(fmt):
    """For every size of QR: when the short condition, the device line, the first agent to
    avoid and the short marker fit, the avoid list is in; the long marker is kept when it
    costs nothing."""
    from sm_card.render.summary import SHORT_MORE_MARKER

    profile = _child_profile()
    rest = Profile(**{**profile.__dict__, "contacts": []}) if fmt == "vcard" else profile
    essentials = "\n".join([
        "MEDICAL ALERT: Systemic mastocytosis (ISM)",
        "RISK OF ANAPHYLAXIS. Epinephrine: EpiPen Jr 0.15 mg ×2 (thigh)",
        "DO NOT GIVE: Ibuprofen (+3 more)", SHORT_MORE_MARKER])
    need = len(essentials.encode("utf-8"))
    seen_long = seen_short = 0
    for budget in range(need - 40, need + 200):
        summary = qr_summary(rest, "112", budget)
        assert len(summary.text.encode("utf-8")) <= budget
        if budget >= need:
            assert "\nDO NOT GIVE: Ibuprofen" in summary.text, budget
        if summary.text.endswith("\n" + SHORT_MORE_MARKER):
            seen_short += 1
        elif summary.text.endswith(MORE_MARKER):
            seen_long += 1
    assert seen_short and seen_long


def test_a_long_name_in_a_two_byte_script_gives_way_to_the_avoid_list(qr_image):
    """Found by a clinician's read of a card: an Arabic name (two bytes a letter, twice in the
    vCard) left the card's QR without "DO NOT GIVE" while the name came later in priority.
    The name is cut shorter in N and FN (it is printed whole on the card) before the avoid
    list is left out."""
    from sm_card.core.models import AvoidEntry

    profile = _child_profile()
    profile.name = "محمد عبد الرحمن بن عبد العزيز آل سعود الأنصاري"
    profile.contacts[0].phone = "+86 138 0000 0000"
    profile.avoid = [AvoidEntry(f"agent number {i}") for i in range(30)]
    payload = qr_payload(profile, "112", "vcard", qrmod.CARD_QR_MAX_BYTES)
    assert len(payload.text.encode("utf-8")) <= qrmod.CARD_QR_MAX_BYTES
    (decoded,) = zxingcpp.read_barcodes(qr_image(qrmod.encode_for_card(payload.text)))
    card = unfold_vcard(decoded.text)
    assert "\nDO NOT GIVE: agent number 0 (+29 more)\n" in card["NOTE"]
    # cut at the end of a word
    assert card["FN"] in ("محمد", "محمد عبد") and profile.name.startswith(card["FN"] + " ")
    assert "name" in payload.omitted or any(o.startswith("name") for o in payload.omitted)
    # with the avoid list in anyway, a long name keeps its 24 bytes (to a word's end)
    roomy = _child_profile()
    roomy.name = "Lina Sophia Alexandra Müller-Schwarzenberg"
    card = unfold_vcard(qr_payload(roomy, "112", "vcard", qrmod.CARD_QR_MAX_BYTES).text)
    assert card["FN"] == "Lina Sophia Alexandra" and "DO NOT GIVE: Ibuprofen" in card["NOTE"]
