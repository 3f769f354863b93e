"""Translation card, translation sheet and airline letter: real PDFs, parsed and rendered."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

# tests/render is on sys.path
from test_card import ID1_H, ID1_W, _min_font_size, assert_inside, char_boxes
from test_fonts import drawable_characters

from sm_card.core import interchange
from sm_card.core.models import AvoidEntry, Injector, PartialDate
from sm_card.core.travel import load_languages, travel_content, with_corrections
from sm_card.render.card import CARD_H, CARD_W, MARGIN
from sm_card.render.travel import build_travel_card, build_travel_letter, build_travel_sheet

TODAY = date(2026, 12, 6)
ALL = ["de", "fr", "es", "it", "pt", "nl", "pl", "el", "tr", "ja", "zh"]


@pytest.fixture(scope="module")
def langs():
    return load_languages()


@pytest.fixture
def example(example_text):
    return interchange.loads(example_text, today=TODAY).profiles[0]


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("code", ALL)
def test_card_is_two_exact_id1_pages_with_real_glyphs_inside_the_margin(example, langs, code):
    content = travel_content(example, "112")
    result = build_travel_card(example, content, [langs[code]], langs["en"], layout="card")
    reader = PdfReader(io.BytesIO(result.pdf))
    assert [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in reader.pages] == [(ID1_W, ID1_H)] * 2
    face = "".join(result.text[code])
    # the language's own sentences are on the face, and every character has a real glyph
    lang = langs[code]
    for key in (content.condition_key, "emergency_intro", "label_do_not_give"):
        assert _squash(lang.text(key)) in _squash(face), key
    number = content.number_for(lang)  # 119 on the Japanese card
    assert _squash(lang.text("call_number", number=number)) in _squash(face)
    missing = {ch for ch in face if not ch.isspace()} - drawable_characters(result.pdf)
    assert not missing, f"{code}: no glyph for {sorted(missing)}"
    assert not [w for w in result.warnings if "prints as a box" in w or "cannot be shaped" in w]
    # the other face is the English of the same sentences
    assert "I have systemic mastocytosis" in " ".join(result.text[f"{code}:en"])
    for page in char_boxes(result.pdf):
        assert page
        assert_inside(page, MARGIN, MARGIN, CARD_W - MARGIN, CARD_H - MARGIN)
    assert _min_font_size(result.pdf) >= 6.0
    assert any("not reviewed by a native speaker" in w for w in result.warnings)


def test_band_is_red_and_text_is_dark_when_rendered(example, langs):
    content = travel_content(example, "112")
    result = build_travel_card(example, content, [langs["el"]], langs["en"], layout="card")
    page = pdfium.PdfDocument(result.pdf)[0]
    image = page.render(scale=300 / 72).to_pil().convert("RGB")
    w, h = image.size
    r, g, b = image.getpixel((w - 20, 10))  # top-right corner of the band
    assert r > 150 and g < 60 and b < 80
    body = image.crop((40, int(h * 0.3), w - 40, h - 40)).convert("L")
    assert min(body.tobytes()) < 60  # dark text in the body


def test_sheet_layout_fills_the_page_with_one_pair_per_language(example, langs):
    content = travel_content(example, "112")
    result = build_travel_card(example, content, [langs["de"], langs["zh"]], langs["en"],
                               layout="sheet", paper="letter")
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == 612
    text = _squash(reader.pages[0].extract_text())
    assert _squash(langs["de"].text("alert")) in text
    assert _squash(langs["zh"].text("alert")) in text
    assert text.count("MEDICALALERT") >= 2


def test_a_long_avoid_list_is_cut_and_said_never_overflowing(example, langs):
    example.avoid = [AvoidEntry(f"Agent number {i} with a long name") for i in range(40)]
    content = travel_content(example, "112")
    result = build_travel_card(example, content, [langs["pl"]], langs["en"], layout="card")
    assert any("not enough room, left out" in w for w in result.warnings)
    for page in char_boxes(result.pdf):
        assert_inside(page, MARGIN, MARGIN, CARD_W - MARGIN, CARD_H - MARGIN)
    assert _min_font_size(result.pdf) >= 6.0


def test_a_correction_is_printed_instead_of_the_shipped_sentence(example, langs):
    fixed = with_corrections(langs["de"], {"call_contact": "Rufen Sie bitte Sam an."})
    content = travel_content(example, "112")
    sheet = build_travel_sheet(example, content, [fixed], langs["en"], today=TODAY)
    text = _squash(PdfReader(io.BytesIO(sheet.pdf)).pages[0].extract_text())
    assert "RufenSiebitteSaman." in text
    assert "1sentencecorrectedbytheuser" in text


@pytest.mark.parametrize("code", ALL)
def test_translation_sheet_has_each_sentence_beside_its_english(example, langs, code):
    content = travel_content(example, "112")
    result = build_travel_sheet(example, content, [langs[code]], langs["en"], today=TODAY,
                                paper="a4")
    assert result.pages == 1
    reader = PdfReader(io.BytesIO(result.pdf))
    text = _squash(reader.pages[0].extract_text())
    for key in [content.condition_key, *content.steps, "avoid_intro", "call_contact"]:
        for lang in (langs[code], langs["en"]):
            number = content.number_for(langs[code])  # 119 on the Japanese sheet
            assert _squash(lang.text(key, number=number)) in text, (code, key)
    for agent in content.agents:
        assert _squash(agent.label) in text
    assert "Translationstatus:machine-translated,notreviewedbyanativespeaker" in text
    printed = "".join(result.text[code])
    missing = {ch for ch in printed if not ch.isspace()} - drawable_characters(result.pdf)
    assert not missing, sorted(missing)


def test_letter_flags_a_device_that_expires_during_the_trip(example, langs):
    example.injectors = [
        Injector("EpiPen", 0.3, PartialDate(2027, 2), lot="LATE1"),
        Injector("Jext", 0.3, PartialDate(2028, 1), lot="FINE2"),
        Injector("Old", 0.3, PartialDate(2026, 1), lot="GONE3"),
        Injector("Used", 0.3, PartialDate(2028, 1), status="used"),
    ]
    content = travel_content(example, "112")
    result = build_travel_letter(example, content, [langs["de"]], langs["en"], today=TODAY,
                                 start=date(2027, 1, 20), end=date(2027, 2, 28 - 1),
                                 epinephrine_atc="C01CA24")
    text = _squash(PdfReader(io.BytesIO(result.pdf)).pages[0].extract_text())
    # product, dose, lot and expiry of each device carried; never a device no longer carried
    for part in ("EpiPen", "0.3mg", "LATE1", "2027-02", "Jext", "FINE2", "2028-01", "GONE3"):
        assert part in text, part
    assert "Used" not in text
    # February 2027 ends on the 28th: a trip to the 27th is still covered by "2027-02"
    assert "EXPIRESBEFORETHEEND" not in text
    assert "!EXPIRED/Abgelaufen" in text
    late = build_travel_letter(example, content, [langs["de"]], langs["en"], today=TODAY,
                               start=date(2027, 1, 20), end=date(2027, 3, 2))
    text = _squash(PdfReader(io.BytesIO(late.pdf)).pages[0].extract_text())
    assert "!EXPIRESBEFORETHEENDOFTHETRIP/LäuftvorReiseendeab" in text
    assert any("LATE1" in w and "expires before the end of the trip" in w
               for w in late.warnings)
    assert not any("FINE2" in w for w in late.warnings)


def test_letter_is_bilingual_with_reason_condition_and_a_blank_signature_block(example, langs):
    content = travel_content(example, "112")
    assert content.carry_two
    result = build_travel_letter(example, content, [langs["fr"], langs["zh"]], langs["en"],
                                 today=TODAY, start=date(2027, 1, 1), end=date(2027, 1, 15),
                                 paper="letter")
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == 2 and round(float(reader.pages[0].mediabox.width)) == 612
    for page, code in zip(reader.pages, ("fr", "zh"), strict=True):
        text = _squash(page.extract_text())
        lang = langs[code]
        for key in ("letter_title", "letter_purpose", "letter_carry_two", "diag_sm",
                    "letter_confirm", "label_signature"):
            assert _squash(lang.text(key)) in text, (code, key)
            assert _squash(langs["en"].text(key)) in text, key
        assert _squash(lang.text("letter_trip", start="2027-01-01", end="2027-01-15")) in text
        assert "AlexExample" in text
    missing = {ch for ch in "".join(result.text["zh"]) if not ch.isspace()} \
        - drawable_characters(result.pdf)
    assert not missing


@pytest.mark.parametrize("code", ["tr", "zh"])
def test_hostile_record_never_overflows_and_prints_markup_literally(example, langs, code):
    example.name = ("Łukasz Żółć Αλέξανδρος 李小龍 محمد דוד <b>&amp; & "
                    + "Very-Long-Surname " * 12)[:200]
    example.avoid = [AvoidEntry(f"agent <i>{i}</i> with a long name") for i in range(60)]
    content = travel_content(example, "112")
    card = build_travel_card(example, content, [langs[code]], langs["en"], layout="card")
    for page in char_boxes(card.pdf):
        assert_inside(page, MARGIN, MARGIN, CARD_W - MARGIN, CARD_H - MARGIN)
    assert any("left out" in w for w in card.warnings)
    sheet = build_travel_sheet(example, content, [langs[code]], langs["en"], today=TODAY)
    text = _squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(sheet.pdf)).pages))
    assert "agent<i>59</i>withalongname" in text  # continued, never cut, never markup
    assert sheet.pages >= 2 and any("continue on the next page" in w for w in sheet.warnings)
    letter = build_travel_letter(example, content, [langs[code]], langs["en"], today=TODAY,
                                 start=date(2027, 1, 1), end=date(2027, 1, 2))
    assert "<b>&amp;&" in _squash(PdfReader(io.BytesIO(letter.pdf)).pages[0].extract_text())
    # Arabic and Hebrew are shaped and drawn, not reported as boxes
    assert not [w for w in sheet.warnings + letter.warnings + card.warnings
                if "prints as a box" in w or "cannot be shaped" in w]


def test_sheet_prints_the_inn_and_atc_code_of_a_catalog_agent(example, langs):
    # Issue 13: a pharmacist abroad knows pethidine, not the US name Meperidine.
    example.avoid = [AvoidEntry("Demerol", catalog_id="meperidine"),
                     AvoidEntry("Vancomycin", catalog_id="vancomycin", severity="caution"),
                     AvoidEntry("my own syrup")]
    content = travel_content(example, "112")
    sheet = build_travel_sheet(example, content, [langs["ja"]], langs["en"], today=TODAY)
    text = _squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(sheet.pdf)).pages))
    assert "pethidine/Meperidine(ATCN02AB02)" in text
    assert "Vancomycin(ATCJ01XA01intravenous;A07AA09oral)" in text
    assert "myownsyrup" in text and "Demerol" not in text  # the catalog's names, not the record's
    assert "internationalnon-proprietaryname(INN)" in text  # the footnote says what they are
    printed = "".join(sheet.text["ja"])
    missing = {ch for ch in printed if not ch.isspace()} - drawable_characters(sheet.pdf)
    assert not missing, sorted(missing)
    card = build_travel_card(example, content, [langs["el"]], langs["en"], layout="card")
    face = _squash("".join(card.text["el"]))
    assert "pethidine/Meperidine(ATCN02AB02)" in face
    for page in char_boxes(card.pdf):
        assert_inside(page, MARGIN, MARGIN, CARD_W - MARGIN, CARD_H - MARGIN)


@pytest.mark.parametrize("code", ["ja", "zh", "de"])
def test_an_atc_code_never_starts_a_card_line_without_its_atc(example, langs, code):
    example.avoid = [AvoidEntry(x, catalog_id=x) for x in
                     ("meperidine", "metamizole", "nsaids", "morphine", "codeine", "ketorolac")]
    content = travel_content(example, "112")
    card = build_travel_card(example, content, [langs[code]], langs["en"], layout="card")
    lines = [" ".join(line.split()) for line in card.text[code]]
    codes = ("N02AB02", "N02BB02", "M01A)", "N02AA01", "R05DA04", "M01AB15")
    printed = [c for c in codes if any(c in line for line in lines)]
    assert printed  # the avoid list is on the face, so the check below has lines to check
    for line in lines:
        for c in codes:
            if c in line:
                assert f"ATC {c}" in line, (code, line)


def test_a_device_out_of_date_by_departure_is_flagged_expired_not_expiring_on_the_trip(
        example, langs):
    """A pen in date today (2026-11-23) but out of date on 2026-12-31, for a trip from
    2027-01-15: the letter said "expires before the end of the trip", as if it were good for
    part of it. On the trip it is out of date throughout."""
    example.injectors = [Injector("EpiPen", 0.3, PartialDate(2026, 12, 31), lot="LX2491"),
                         Injector("Jext", 0.3, PartialDate(2028, 1), lot="FINE2")]
    content = travel_content(example, "112")
    result = build_travel_letter(example, content, [langs["es"]], langs["en"], today=TODAY,
                                 start=date(2027, 1, 15), end=date(2027, 2, 5))
    text = _squash(PdfReader(io.BytesIO(result.pdf)).pages[0].extract_text())
    assert "EXPIRESBEFORETHEEND" not in text
    assert "!EXPIRED/" in text
    (warning,) = [w for w in result.warnings if "LX2491" in w]
    assert warning.code == "trip_device_expires_before"
    assert warning == ("EpiPen 0.3 mg (lot LX2491), expiry 2026-12-31: out of date before the "
                       "trip starts (2027-01-15): replace it before you travel.")
    assert not any("FINE2" in w for w in result.warnings)


def test_two_kinds_of_device_are_one_step_with_or_in_every_language(example, langs):
    """Found by a traveller carrying a nasal spray and an auto-injector: the card printed
    "2. Inject my auto-injector…" and "3. Give my nasal spray…", read as two doses to give.
    The second device's step shares the number, as "or: …", in each language."""
    from sm_card.core.travel import numbered_steps

    steps = ["lay_flat", "epi_auto_injector", "epi_nasal_spray", "call_number", "cpr"]
    assert numbered_steps(steps) == [("lay_flat", 1), ("epi_auto_injector", 2),
                                     ("epi_nasal_spray", None), ("call_number", 3), ("cpr", 4)]
    example.injectors[0].product, example.injectors[0].dose_mg = "neffy", 2.0
    content = travel_content(example, "112")
    assert {"epi_auto_injector", "epi_nasal_spray"} <= set(content.steps)
    card = build_travel_card(example, content, [langs["de"]], langs["en"], layout="card")
    for code, lang in (("de", langs["de"]), ("de:en", langs["en"])):
        face = _squash(" ".join(card.text[code]))
        assert _squash(f"2. {lang.text('epi_auto_injector')}") in face, code
        assert _squash(f"{lang.text('or')}: {lang.text('epi_nasal_spray')}") in face, code
        assert _squash("3. " + lang.text("call_number", number="112")) in face, code
    sheet = build_travel_sheet(example, content, [langs["de"]], langs["en"], today=TODAY)
    text = _squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(sheet.pdf)).pages))
    assert _squash("oder: " + langs["de"].text("epi_nasal_spray")) in text


def _arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"


def test_a_phone_number_after_an_arabic_name_reads_whole_and_after_it(example, langs):
    """Found on a traveller's sheet: "緊急連絡先: 49 160 9876543+ (الأم) فاطمة", the number
    taking the Arabic name's direction, its "+" at the wrong end, before the name. Measured
    where each character is drawn, on the sheet and on the wallet card."""
    from sm_card.render.card import build_card

    example.contacts[0].name, example.contacts[0].relation = "فاطمة الحسيني", "الأم"
    example.contacts[0].phone = "+49 160 9876543"
    content = travel_content(example, "112")
    sheet = build_travel_sheet(example, content, [langs["ja"]], langs["en"], today=TODAY)
    card = build_card(example, layout="card", today=TODAY)
    checked = 0
    for pdf in (sheet.pdf, card.pdf):
        chars = char_boxes(pdf)[0]
        for i, (ch, left, bottom, *_rest) in enumerate(chars):
            if ch != "+" or "".join(c[0] for c in chars[i + 1:i + 3]) != "49":
                continue
            # the number reads left to right from its "+"...
            assert chars[i + 1][1] > left and chars[i + 2][1] > chars[i + 1][1]
            # ...and the Arabic name on its line is drawn before it (to its left), none of it
            # just after it (further right on the sheet's line is the other column)
            same_line = [c for c in chars if abs(c[2] - bottom) < 1 and _arabic(c[0])]
            if same_line:
                assert [c for c in same_line if c[3] <= left + 0.1]
                assert not [c for c in same_line if left < c[1] < left + 150]
                checked += 1
    assert checked  # the sheet's Japanese line (the card puts the number on a line of its own)


def test_the_japanese_card_gives_japans_number_unless_one_was_chosen(example, langs):
    """Found by a traveller to Japan, Greece and Turkey: the Japanese card said "call 112",
    which a responder in Japan does not dial (119 for an ambulance). A language spoken in
    one country gives that country's number, on both faces; a number chosen for the print
    is given on every language."""
    assert langs["ja"].local_number is not None and langs["ja"].local_number.number == "119"
    assert langs["el"].local_number is None
    content = travel_content(example, "112")
    card = build_travel_card(example, content, [langs["ja"], langs["el"]], langs["en"],
                             layout="card")
    for code, number in (("ja", "119"), ("ja:en", "119"), ("el", "112"), ("el:en", "112")):
        lang = langs[code.split(":")[1] if ":" in code else code]
        face = _squash(" ".join(card.text[code]))
        assert _squash(lang.text("call_number", number=number)) in face, code
    sheet = build_travel_sheet(example, content, [langs["ja"]], langs["en"], today=TODAY)
    text = _squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(sheet.pdf)).pages))
    assert _squash(langs["en"].text("call_number", number="119")) in text
    chosen = travel_content(example, "112", number_chosen=True)
    card = build_travel_card(example, chosen, [langs["ja"]], langs["en"], layout="card")
    assert _squash(langs["ja"].text("call_number", number="112")) in _squash(
        " ".join(card.text["ja"]))
