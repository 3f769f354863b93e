"""The QR summary and the bracelet engraving: priority, shortening, what is reported."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sm_card.core import interchange
from sm_card.core.models import (
    AvoidEntry,
    Contact,
    Diagnosis,
    Injector,
    Medication,
    PartialDate,
    Profile,
    ToleratedEntry,
)
from sm_card.core.output_items import avoid_ordered, injector_summary
from sm_card.render.summary import (
    MORE_MARKER,
    PLAN_MORE,
    QR_MAX_BYTES,
    SHORT_MORE_MARKER,
    condition_label,
    display_width,
    engraving,
    plan_sentences,
    qr_summary,
)

TODAY = date(2026, 11, 23)


@pytest.fixture
def example(example_text) -> Profile:
    return interchange.loads(example_text, today=TODAY).profiles[0]


def test_small_record_fits_whole_without_marker():
    profile = Profile(name="Ann Lee", date_of_birth=date(1990, 1, 2),
                      diagnosis=Diagnosis(subtype="ISM"),
                      avoid=[AvoidEntry("NSAIDs")],
                      contacts=[Contact("Bo Lee", "+1 555 0100")],
                      injectors=[Injector("EpiPen", 0.3, PartialDate(2027, 1))])
    summary = qr_summary(profile, "911")
    assert not summary.shortened and MORE_MARKER not in summary.text
    lines = summary.text.splitlines()
    assert lines[0] == "MEDICAL ALERT: Indolent systemic mastocytosis (ISM)"
    assert lines[1] == "RISK OF ANAPHYLAXIS. Epinephrine: EpiPen 0.3 mg (thigh)"
    assert lines[2] == "DO NOT GIVE: NSAIDs"
    assert lines[3] == "Contact: Bo Lee +1 555 0100"
    assert "Name: Ann Lee, born 1990-01-02" in lines
    assert "Emergency number: 911" in lines


def test_priority_order_is_condition_epinephrine_avoid_contact(example):
    text = qr_summary(example).text
    positions = [text.index(s) for s in ("MEDICAL ALERT", "Epinephrine:",
                                         "DO NOT GIVE", "Caution:", "Contact:", "Name:")]
    assert positions == sorted(positions)


def test_example_is_shortened_with_marker_and_report(example):
    summary = qr_summary(example)
    assert len(summary.text.encode()) <= QR_MAX_BYTES
    assert summary.text.endswith("\n" + MORE_MARKER)
    assert any(o.startswith("medications") for o in summary.omitted)
    # the plan ranks above medications: at least where to find it is kept
    assert "physician's emergency plan (shortened)" in summary.omitted
    assert "Physician's plan: see card back" in summary.text
    # the essentials are whole
    assert "DO NOT GIVE: NSAIDs, atracurium" in summary.text
    assert "Contact: Sam Example (partner) +44 7700 900123" in summary.text


def test_long_avoid_list_does_not_push_out_contact_or_name(example):
    example.avoid = [AvoidEntry(f"agent {i}") for i in range(40)]
    example.name = "N" * 200
    summary = qr_summary(example)
    assert len(summary.text.encode()) <= QR_MAX_BYTES
    assert "Contact: Sam Example" in summary.text
    assert "Name: NNNN" in summary.text and "…" in summary.text
    assert "(+" in summary.text  # "(+N more)" on the avoid line
    assert any(o.startswith("avoid list: ") and "more" in o for o in summary.omitted)
    assert "name (shortened)" in summary.omitted


def test_condition_label_and_avoid_order():
    assert condition_label("ISM") == "SYSTEMIC MASTOCYTOSIS"
    assert condition_label(None) is None  # no diagnosis recorded: none is invented
    assert condition_label("SM") == "SYSTEMIC MASTOCYTOSIS"
    assert condition_label("CM") == "CUTANEOUS MASTOCYTOSIS"
    profile = Profile(name="x", avoid=[AvoidEntry("a", severity="caution"), AvoidEntry("b"),
                                       AvoidEntry("c", severity="caution"), AvoidEntry("d")])
    assert [a.agent for a in avoid_ordered(profile)] == ["b", "d", "a", "c"]


def test_injector_summary_counts_active_devices_only():
    injectors = [Injector("EpiPen", 0.3, PartialDate(2027, 1)),
                 Injector("EpiPen", 0.3, PartialDate(2027, 5)),
                 Injector("Jext", 0.15, PartialDate(2027, 5)),
                 Injector("Anapen", 0.5, PartialDate(2027, 5), status="used")]
    assert injector_summary(injectors) == ["EpiPen 0.3 mg ×2", "Jext 0.15 mg"]


def test_qr_never_cuts_a_phone_number():
    phone = "+49 1234567890123456789012345678901234"
    profile = Profile(name="Alex", contacts=[Contact("Sam Example", phone,
                                                     "partner and next of kin, any time")],
                      avoid=[AvoidEntry(f"agent {i} long long name") for i in range(40)]
                      + [AvoidEntry("X" * 160, severity="caution")],
                      injectors=[Injector("EpiPen", 0.3, PartialDate(2027, 1))])
    summary = qr_summary(profile)
    contact = [line for line in summary.text.splitlines() if line.startswith("Contact:")]
    assert contact == [f"Contact: {phone}"]
    assert "emergency contact (shortened)" in summary.omitted


def test_engraving_default_fits_everything_important(example):
    result = engraving(example)
    lines = result.text.splitlines()
    assert len(lines) <= 5 and all(len(line) <= 20 for line in lines)
    assert lines[0] == "SYST. MASTOCYTOSIS"
    assert "NO NSAIDS," in lines and "ATRACURIUM" in lines
    assert lines[-1] == "ICE +44 7700 900123"
    assert result.omitted == []


def test_engraving_small_says_see_wallet_card(example):
    result = engraving(example, lines=3, width=16)
    lines = result.text.splitlines()
    assert len(lines) == 3 and all(len(line) <= 16 for line in lines)
    assert lines[-1] == "SEE WALLET CARD"
    assert lines[0] == "MASTOCYTOSIS"
    assert any("Sam Example" in o for o in result.omitted)


@pytest.mark.parametrize("lines,width,expected", [
    (1, 21, ["SYSTEMIC MASTOCYTOSIS"]),
    (2, 21, ["SYSTEMIC MASTOCYTOSIS", "ANAPHYLAXIS: EPI"]),
    (3, 21, ["SYSTEMIC MASTOCYTOSIS", "ANAPHYLAXIS: EPI", "SEE WALLET CARD"]),
])
def test_engraving_marker_never_displaces_condition_or_danger(example, lines, width, expected):
    result = engraving(example, lines=lines, width=width)
    assert result.text.splitlines() == expected
    assert any("Sam Example" in o for o in result.omitted)


def test_engraving_says_no_before_the_first_avoid_entry_it_can_place():
    profile = Profile(name="A", avoid=[AvoidEntry("X" * 150), AvoidEntry("NSAIDs")])
    result = engraving(profile, lines=5, width=20)
    assert "NO NSAIDS" in result.text.splitlines()
    assert result.omitted == ["avoid list: " + "X" * 150]


def test_engraving_marker_takes_back_whole_items_never_half_a_name():
    profile = Profile(name="A", diagnosis=Diagnosis(subtype="SM"),
                      avoid=[AvoidEntry("NSAIDs"), AvoidEntry("a very long agent name here"),
                                       AvoidEntry("morphine")])
    result = engraving(profile, lines=4, width=20)
    assert result.text.splitlines() == ["SYST. MASTOCYTOSIS", "ANAPHYLAXIS RISK", "NO NSAIDS",
                                        "SEE WALLET CARD"]
    assert result.omitted == ["avoid list: A VERY LONG AGENT NAME HERE",
                              "avoid list: MORPHINE"]


def test_engraving_wide_keeps_full_words(example):
    result = engraving(example, lines=6, width=40)
    assert result.text.splitlines()[0] == "SYSTEMIC MASTOCYTOSIS (ISM)"


@pytest.mark.parametrize(("text", "width"), [
    ("ABC", 3), ("李小龍", 6), ("ＡＢ", 4), ("e\u0301", 1), ("Αλέξανδρος", 10), ("김민준", 6),
    ("प्रियंका", 6),  # प र य क and the spacing vowel signs ि ा; virama and anusvara take none
    ("a\u200db", 2),
])
def test_display_width_counts_columns(text, width):
    assert display_width(text) == width


def _international() -> Profile:
    return Profile(name="x",
                   avoid=[AvoidEntry("ايبوبروفين"), AvoidEntry("阿司匹林"), AvoidEntry("Ασπιρίνη")],
                   contacts=[Contact("Αλέξανδρος", "+30 210 1234567")])


def test_engraving_counts_cjk_as_two_columns():
    result = engraving(_international(), lines=8, width=12)
    for line in result.text.splitlines():
        assert display_width(line) <= 12
    # four CJK characters fill 8 columns: with the comma before them they still fit 12
    assert any("阿司匹林" in line for line in result.text.splitlines())
    narrow = engraving(_international(), lines=8, width=7)
    assert "阿司匹林" not in narrow.text  # 8 columns never fit 7 (len() would say 4)
    assert "avoid list: 阿司匹林" in narrow.omitted


def test_engraving_lists_characters_an_engraver_may_not_take():
    result = engraving(_international(), lines=8, width=20)
    for char in "اي阿司ΑΊ":  # Arabic, CJK and accented Greek (capital iota with tonos)
        assert char in result.not_engravable
    assert all(not ("A" <= c <= "Z") for c in result.not_engravable)


def test_engraving_ascii_transliterates_every_script():
    result = engraving(_international(), lines=8, width=20, ascii_only=True)
    lines = result.text.splitlines()
    assert result.not_engravable == [] and result.text.isascii()
    assert all(set(line) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/+:'&#*")
               for line in lines)
    text = " ".join(lines)
    assert "YBWBRWFYN" in text  # ايبوبروفين (ibuprofen), letter by letter
    assert "ASIPILIN" in text  # 阿司匹林 (aspirin), pinyin
    assert "ASPIRINI" in text  # Ασπιρίνη, accent dropped
    wide = engraving(Profile(name="x", contacts=[Contact("Αλέξανδρος", "+30 210 1234567")]),
                     lines=3, width=40, ascii_only=True)
    assert "ICE ALEXANDROS +30 210 1234567" in wide.text


def test_engraving_ascii_reports_what_transliterates_to_nothing():
    result = engraving(Profile(name="x", avoid=[AvoidEntry("\u200b")]), ascii_only=True)
    assert result.omitted == ["avoid list: \u200b"]


def test_engraving_rejects_zero():
    with pytest.raises(ValueError):
        engraving(Profile(name="x"), lines=0)


_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120)


@settings(max_examples=60, deadline=None)
@given(name=_text, agents=st.lists(_text, max_size=30), plan=st.one_of(st.none(), _text),
       phone=_text, lines=st.integers(1, 8), width=st.integers(1, 40))
def test_any_record_stays_within_limits(name, agents, plan, phone, lines, width):
    profile = Profile(name=name, avoid=[AvoidEntry(a) for a in agents], emergency_plan=plan,
                      contacts=[Contact("c", phone)],
                      medications=[Medication("m" * 50)],
                      injectors=[Injector("EpiPen", 0.3, PartialDate(2027, 1))])
    summary = qr_summary(profile)
    assert len(summary.text.encode("utf-8")) <= QR_MAX_BYTES
    assert summary.text.startswith("MEDICAL ALERT")
    assert summary.shortened == summary.text.endswith((MORE_MARKER, SHORT_MORE_MARKER))
    for line in summary.text.splitlines():
        if line.startswith("Contact: "):  # a phone number is kept whole or left out
            assert " ".join(phone.split()) in line
    result = engraving(profile, lines=lines, width=width)
    out = result.text.splitlines()
    # display columns (a CJK character takes two, a combining mark none): deliberately no
    # longer len(), which let 李小龍 take 3 of a 20-column line
    assert len(out) <= lines and all(display_width(line) <= width for line in out)
    assert result.not_engravable == sorted(
        {c for c in result.text if not " " <= c <= "~" and c != "\n"},
        key=result.text.index)
    plain = engraving(profile, lines=lines, width=width, ascii_only=True)
    out = plain.text.splitlines()
    assert len(out) <= lines and all(len(line) <= width for line in out)
    assert plain.not_engravable == [] and plain.text.isascii()


# --- issue 8: route from the device, plan above medications, nothing invented --------------


def _person(**kw) -> Profile:
    base = dict(name="Ann Lee", date_of_birth=date(1990, 1, 2),
                diagnosis=Diagnosis(subtype="ISM"), avoid=[AvoidEntry("NSAIDs")],
                contacts=[Contact("Bo Lee", "+1 555 0100")],
                injectors=[Injector("neffy", 2, PartialDate(2027, 1)),
                           Injector("neffy", 2, PartialDate(2027, 3))])
    base.update(kw)
    return Profile(**base)


def test_qr_names_the_nasal_route_and_never_the_thigh():
    text = qr_summary(_person(), "911").text
    assert "Epinephrine: neffy 2 mg ×2 (nasal spray, one nostril)" in text
    assert "thigh" not in text


def test_qr_keeps_a_dose_as_recorded_even_if_not_made():
    profile = _person(injectors=[Injector("EpiPen", 0.5, PartialDate(2027, 1)),
                                 Injector("Acme Pen", 0.3, PartialDate(2027, 1))])
    text = qr_summary(profile).text
    # an unknown product beside a known one: each device with its own form and route
    assert "EpiPen auto-injector 0.5 mg (outer mid-thigh), Acme Pen 0.3 mg\n" in text
    alone = qr_summary(_person(injectors=[Injector("Acme Pen", 0.3, PartialDate(2027, 1))]))
    assert "Epinephrine: Acme Pen 0.3 mg\n" in alone.text  # no route invented


def test_qr_names_both_routes_when_both_kinds_are_carried():
    profile = _person(injectors=[Injector("EpiPen", 0.3, PartialDate(2027, 1)),
                                 Injector("neffy", 2, PartialDate(2027, 1))])
    assert ("EpiPen auto-injector 0.3 mg (outer mid-thigh), neffy nasal spray 2 mg "
            "(one nostril)") in qr_summary(profile).text


def test_plan_ranks_above_tolerated_and_medications():
    profile = _person(emergency_plan="Epinephrine first. Then call.",
                      medications=[Medication("cetirizine")],
                      tolerated=[ToleratedEntry("propofol")])
    text = qr_summary(profile).text
    assert text.index("Physician's plan: Epinephrine first. Then call.") < text.index(
        "Medications:") < text.index("Tolerated:")


def test_shortened_plan_ends_at_a_sentence_and_says_where_the_rest_is():
    sentences = [f"Step number {i} of the plan says something useful." for i in range(12)]
    profile = _person(emergency_plan=" ".join(sentences),
                      medications=[Medication("cetirizine")])
    summary = qr_summary(profile)
    assert len(summary.text.encode()) <= QR_MAX_BYTES
    line = next(x for x in summary.text.splitlines() if x.startswith("Physician's plan: "))
    body = line.removeprefix("Physician's plan: ").removesuffix(" " + PLAN_MORE)
    assert line.endswith(PLAN_MORE)
    kept = body.split(". ")
    assert 1 <= len(kept) < 12
    assert body == " ".join(sentences[:len(kept)])  # whole sentences only
    assert "physician's emergency plan (shortened)" in summary.omitted
    if "Medications:" in summary.text:  # only in the room the plan's next sentence left
        assert summary.text.index("Physician's plan") < summary.text.index("Medications:")


def test_plan_sentences_keep_abbreviations_together():
    assert plan_sentences("Call Dr. Vale. Give e.g. Cetirizine 10 mg.\nThen rest") == [
        "Call Dr. Vale.", "Give e.g. Cetirizine 10 mg.", "Then rest"]


@pytest.mark.parametrize("diagnosis", [None, Diagnosis(), Diagnosis(baseline_tryptase_ng_ml=9)])
def test_no_diagnosis_is_never_invented(diagnosis):
    profile = _person(diagnosis=diagnosis)
    text = qr_summary(profile).text
    assert text.splitlines()[0] == "MEDICAL ALERT"
    assert "MASTOCYTOSIS" not in text.upper()
    for lines, width in ((5, 20), (1, 20), (8, 40)):
        assert "MASTOCYTOSIS" not in engraving(profile, lines=lines, width=width).text
    assert engraving(profile, lines=5, width=20).text.splitlines()[0].startswith("ANAPHYLAXIS")


@pytest.mark.parametrize("fmt", ["text", "vcard"])
def test_a_caution_list_never_stands_in_for_a_left_out_avoid_list(fmt):
    """A nasal-spray record's card QR kept "Caution: morphine (+1 more)" and left out
    "DO NOT GIVE: NSAIDs" (a shorter line fitted where the longer did not): a responder would
    read it as nothing to avoid. Where the avoid list cannot be in, the caution list is not."""
    from sm_card.render.qr_payload import qr_payload

    profile = Profile(
        name="Ann Lee", diagnosis=Diagnosis(subtype="ISM"),
        avoid=[AvoidEntry("non-steroidal anti-inflammatory drugs including ibuprofen, "
                          "naproxen and diclofenac"), AvoidEntry("morphine", severity="caution")],
        injectors=[Injector("neffy", 2, PartialDate(2027, 1)),
                   Injector("neffy", 2, PartialDate(2027, 2))])
    both_seen = False
    for budget in range(90, 400, 3):
        if fmt == "text":
            text = qr_summary(profile, "112", budget).text
        else:
            try:
                text = qr_payload(profile, "112", "vcard", budget + 60).text
            except ValueError:
                continue
        assert not ("Caution:" in text and "DO NOT GIVE" not in text), (budget, text)
        both_seen |= "Caution:" in text and "DO NOT GIVE" in text
    assert both_seen  # with room, both are in
