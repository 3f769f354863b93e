"""The wallet card PDF: true size, QR codes that decode, text inside the margins."""

from __future__ import annotations

import ctypes
import io
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
import zxingcpp
from PIL import ImageOps
from pypdf import PdfReader

from sm_card.core import interchange
from sm_card.core.models import (
    AvoidEntry,
    Contact,
    Injector,
    Medication,
    PartialDate,
    Profile,
    ToleratedEntry,
)
from sm_card.render.card import (
    CARD_H,
    CARD_W,
    PAPERS,
    build_card,
    render_card_pdf,
    sheet_slots,
)
from sm_card.render.qr import CARD_QR_MAX_BYTES
from sm_card.render.qr_payload import qr_payload
from sm_card.render.summary import MORE_MARKER, SHORT_MORE_MARKER, qr_summary

TODAY = date(2026, 11, 23)
MM = 72 / 25.4
MARGIN = 3 * MM
ID1_W, ID1_H = 242.65, 153.01


@pytest.fixture
def example(example_text) -> Profile:
    return interchange.loads(example_text, today=TODAY).profiles[0]


@pytest.fixture
def hostile(example) -> Profile:
    example.name = ("Łukasz Żółć Αλέξανδρος Жанна 李小龍 محمد דוד <b>&amp; & "
                    + "Very-Long-Surname " * 12)[:200]
    example.avoid = [AvoidEntry(f"agent number {i} with a long name",
                                severity="avoid" if i % 3 else "caution") for i in range(40)]
    example.emergency_plan = ("Give epinephrine 0.3 mg into the outer thigh & call <emergency>. "
                              * 40)[:2000]
    return example


def decode_all(pdf: bytes, dpi: int) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    texts = []
    for page in doc:
        image = page.render(scale=dpi / 72).to_pil()
        for result in zxingcpp.read_barcodes(image):
            assert result.bytes.decode("utf-8") == result.text
            texts.append(result.text)
    return texts


def char_boxes(pdf: bytes) -> list[list[tuple[str, float, float, float, float, float]]]:
    """Per page: (char, left, bottom, right, top, font size) of every visible character."""
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for page in doc:
        textpage = page.get_textpage()
        chars = []
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if not ch.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            size = pdfium_raw.FPDFText_GetFontSize(textpage, i)
            chars.append((ch, left, bottom, right, top, size))
        pages.append(chars)
    return pages


def assert_inside(chars, x0, y0, x1, y1, tol=0.05):
    for ch, left, bottom, right, top, _ in chars:
        assert left >= x0 - tol and right <= x1 + tol, f"{ch!r} x {left:.2f}..{right:.2f}"
        assert bottom >= y0 - tol and top <= y1 + tol, f"{ch!r} y {bottom:.2f}..{top:.2f}"


def test_card_layout_is_two_exact_id1_pages(example):
    pdf, _ = render_card_pdf(example, layout="card", today=TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    for page in reader.pages:
        box = page.mediabox
        assert abs(float(box.width) - ID1_W) <= 0.01
        assert abs(float(box.height) - ID1_H) <= 0.01
    assert abs(CARD_W - 85.60 * MM) < 1e-9 and abs(CARD_H - 53.98 * MM) < 1e-9


@pytest.mark.parametrize("paper,size", [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_sheet_is_one_page_of_the_paper(example, paper, size):
    result = build_card(example, layout="sheet", paper=paper, today=TODAY)
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - size[0]) < 0.01 and abs(float(box.height) - size[1]) < 0.01
    assert result.copies == len(sheet_slots(paper)) >= 4


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_sheet_pairs_and_marks_stay_on_the_paper(paper):
    page_w, page_h = PAPERS[paper]
    slots = sheet_slots(paper)
    for x, y in slots:
        # crop marks reach 5.5 mm beyond the trim; keep them and the pair on the paper
        assert x - 5.5 * MM >= 0 and x + CARD_W + 5.5 * MM <= page_w
        assert y - 5.5 * MM >= 0 and y + 2 * CARD_H + 5.5 * MM <= page_h - 10 * MM
    for i, (xa, ya) in enumerate(slots):  # no two pairs overlap, marks fit in the gutters
        for xb, yb in slots[i + 1:]:
            apart_x = abs(xa - xb) >= CARD_W + 10 * MM - 1e-6
            apart_y = abs(ya - yb) >= 2 * CARD_H + 10 * MM - 1e-6
            assert apart_x or apart_y


@pytest.mark.parametrize("layout", ["card", "sheet"])
@pytest.mark.parametrize("dpi", [150, 300])
def test_qr_decodes_to_the_summary(example, layout, dpi):
    result = build_card(example, layout=layout, paper="a4", today=TODAY)
    decoded = decode_all(result.pdf, dpi)
    # the QR holds the vCard by default (render/qr_payload.py), the summary in its note
    expected = qr_payload(example, "112", "vcard", CARD_QR_MAX_BYTES).text
    assert decoded == [expected] * result.copies
    assert result.qr.text == expected
    text = build_card(example, layout=layout, paper="a4", today=TODAY, qr_format="text")
    assert decode_all(text.pdf, dpi) == [qr_summary(example, "112", CARD_QR_MAX_BYTES).text] * (
        text.copies)


@pytest.mark.parametrize("dpi", [150, 300])
def test_qr_of_hostile_record_decodes_and_is_shortened(hostile, dpi):
    result = build_card(hostile, layout="card", today=TODAY)
    assert decode_all(result.pdf, dpi) == [result.qr.text]
    marker = next(m for m in (MORE_MARKER, SHORT_MORE_MARKER)
                  if result.qr.text.endswith(m + "\nEND:VCARD"))
    assert len(result.qr.text.encode("utf-8")) <= CARD_QR_MAX_BYTES
    # the warning quotes the marker the code really ends with
    assert any(w.startswith(f"QR code shortened (it ends \u201c{marker}\u201d)")
               for w in result.warnings)


def test_qr_modules_are_at_least_035_mm(example, hostile):
    from sm_card.render import qr

    for profile in (example, hostile):
        matrix = qr.encode(qr_summary(profile).text)
        side = max(25 * MM, matrix.min_side())
        assert side / matrix.count_with_quiet_zone >= 0.35 * MM - 1e-9
        assert side >= 25 * MM


@pytest.mark.parametrize("which", ["example", "hostile"])
@pytest.mark.parametrize("layout,paper", [("card", "a4"), ("sheet", "a4"), ("sheet", "letter")])
def test_qr_as_drawn_has_035_mm_modules_and_a_clear_quiet_zone(which, layout, paper, request):
    import re

    result = build_card(request.getfixturevalue(which), layout=layout, paper=paper,
                        today=TODAY)
    reader = PdfReader(io.BytesIO(result.pdf))
    page = reader.pages[-1]
    back = page["/Resources"]["/XObject"]["/FormXob.smcBack"].get_object()
    stream = back.get_data().decode("latin1")
    square = re.search(r"1 1 1 rg\s+n ([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+) re f", stream)
    scale = re.search(r"([\d.]+) 0 0 -([\d.]+) ([-\d.]+) ([-\d.]+) cm\s+\d+ \d+ \d+ 1 re",
                      stream)
    x, y, side, _ = (float(v) for v in square.groups())
    module = float(scale.group(1))
    assert module >= 0.35 * MM - 1e-5
    assert abs(side - module * (result.matrix.count + 8)) < 0.01
    # the faces are placed at 1:1 (translated, or turned by 180° on the sheet)
    placements = re.findall(r"([-\d.]+) 0 0 ([-\d.]+) [-\d.]+ [-\d.]+ cm\s*/FormXob",
                            page.get_contents().get_data().decode("latin1"))
    assert all(abs(abs(float(a)) - 1) < 1e-9 and a == d for a, d in placements)
    if layout == "sheet":
        assert len(placements) == 2 * result.copies
    else:  # nothing printed on the quiet zone (the white square)
        for ch, left, bottom, right, top, _ in char_boxes(result.pdf)[1]:
            assert right <= x or left >= x + side or top <= y or bottom >= y + side, ch


@pytest.mark.parametrize("which", ["example", "hostile"])
def test_card_text_keeps_the_margin_and_minimum_size(which, request):
    profile = request.getfixturevalue(which)
    pdf, _ = render_card_pdf(profile, layout="card", today=TODAY)
    pages = char_boxes(pdf)
    assert len(pages) == 2
    for chars in pages:
        assert chars, "a face without text"
        assert_inside(chars, MARGIN, MARGIN, CARD_W - MARGIN, CARD_H - MARGIN)
        assert min(c[5] for c in chars) >= 6.0


def test_sheet_text_keeps_the_margin_inside_each_face(hostile):
    result = build_card(hostile, layout="sheet", paper="a4", today=TODAY)
    (chars,) = char_boxes(result.pdf)
    page_w, page_h = PAPERS["a4"]
    faces = []
    for x, y in sheet_slots("a4"):
        faces += [(x, y + CARD_H), (x, y)]  # front above the fold, back below
    placed = 0
    for char in chars:
        _, left, bottom, right, top, size = char
        cx, cy = (left + right) / 2, (bottom + top) / 2
        face = next(((fx, fy) for fx, fy in faces
                     if fx <= cx <= fx + CARD_W and fy <= cy <= fy + CARD_H), None)
        if face is None:  # the instruction line, above every card
            assert bottom > max(fy for _, fy in faces) + CARD_H
            continue
        fx, fy = face
        assert_inside([char], fx + MARGIN, fy + MARGIN, fx + CARD_W - MARGIN,
                      fy + CARD_H - MARGIN)
        assert size >= 6.0
        placed += 1
    assert placed > 100


def test_nothing_is_printed_in_the_margin_band(hostile):
    """Pixels, not just text boxes: the 3 mm band is blank except the red alert band."""
    pdf, _ = render_card_pdf(hostile, layout="card", today=TODAY)
    doc = pdfium.PdfDocument(pdf)
    dpi = 300
    px = MARGIN * dpi / 72
    back = doc[1].render(scale=dpi / 72).to_pil().convert("L")
    w, h = back.size
    inner = ImageOps.invert(back).getbbox()
    assert inner[0] >= px - 1 and inner[1] >= px - 1
    assert inner[2] <= w - px + 1 and inner[3] <= h - px + 1
    front = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    band_bottom = int(15.5 * MM * dpi / 72) + 2
    lower = front.crop((0, band_bottom, w, h)).convert("L")
    bbox = ImageOps.invert(lower).getbbox()
    assert bbox[0] >= px - 1 and bbox[2] <= w - px + 1 and bbox[3] <= h - band_bottom - px + 1


def test_hostile_input_is_cut_and_reported(hostile):
    result = build_card(hostile, layout="card", today=TODAY)
    joined = "\n".join(result.warnings)
    assert "Front, name: not enough room" in joined
    assert ("physician's plan: not enough room" in joined
            or "physician's plan: shortened at a sentence end" in joined)
    assert "avoid list: not enough room" in joined
    front = "\n".join(result.front_text)
    assert "more on back" in front
    assert result.front_text[0] == "MEDICAL ALERT"


def test_every_avoid_entry_the_back_cannot_print_is_named(hostile):
    result = build_card(hostile, layout="card", today=TODAY)
    back = "".join("".join(line.split()) for line in result.back_text)
    unprinted = [a.agent for a in hostile.avoid if "".join(a.agent.split()) not in back]
    assert len(unprinted) > 5  # the hostile list overflows the back
    [warning] = [w for w in result.warnings if "entries not printed in full" in w]
    assert warning.startswith(f"Back, avoid list: {len(unprinted)} of 40 ")
    for agent in unprinted:
        assert agent in warning
    assert "more on back (not all fit)" in " ".join(result.front_text)


def test_front_refers_to_the_back_plainly_when_it_holds_the_rest(example):
    example.avoid = [AvoidEntry(f"agent {i}") for i in range(7)]
    result = build_card(example, layout="card", today=TODAY)
    assert not any("not printed" in w for w in result.warnings)
    front = " ".join(result.front_text)
    assert "+ 3 more on back" in front and "not all fit" not in front


def test_front_counts_what_the_back_holds_by_severity(example):
    """Five agents to avoid and three to use with caution: the front shows four to avoid;
    "+ N more" after DO NOT GIVE counts only agents not to give, and the caution entries are
    announced as such."""
    example.avoid = ([AvoidEntry(f"avoid {i}") for i in range(5)]
                     + [AvoidEntry(f"careful {i}", severity="caution") for i in range(3)])
    front = " ".join(build_card(example, layout="card", today=TODAY).front_text)
    assert "avoid 3 + 1 more on back" in front
    assert "Caution: 3 on back" in front
    assert "4 more" not in front and "careful" not in front
    # Three to avoid and two with caution: one caution entry shown, one on the back.
    example.avoid = example.avoid[:3] + example.avoid[5:7]
    front = " ".join(build_card(example, layout="card", today=TODAY).front_text)
    assert "avoid 2 Caution: careful 0 + 1 more on back" in front


def test_see_back_has_its_arrow_and_a_latin_card_needs_one_font_family(example):
    pdf, _ = render_card_pdf(example, layout="card", today=TODAY)
    # The arrow is drawn as a shape: typed, it would load and embed two more font faces
    # (the bundled Noto Sans has no U+2192) in every card.
    doc = pdfium.PdfDocument(pdf)
    used = set()
    for page in doc:
        textpage = page.get_textpage()
        for i in range(textpage.count_chars()):
            name = ctypes.create_string_buffer(128)
            if pdfium_raw.FPDFText_GetFontInfo(textpage, i, name, 128, None):
                used.add(name.value)
    used.discard(b"")  # spaces and line ends pdfium generates itself
    assert used == {b"NotoSans-Regular"}, used
    front = char_boxes(pdf)[0]
    text = "".join(ch for ch, *_ in front)
    k = text.index("Seeback") + len("Seeback") - 1
    _, _, bottom, right, top, _ = front[k]
    page = doc[0]
    scale = 600 / 72
    image = page.render(scale=scale).to_pil().convert("L")
    # what lies right of "back", up to the margin, on the text's line
    box = (int((right + 1) * scale), int((CARD_H - top) * scale),
           int((CARD_W - MARGIN - 0.5) * scale), int((CARD_H - bottom) * scale))
    assert box[2] > box[0] + 4 * scale  # room for an arrow of about 6 pt
    region = image.crop(box)
    dark_columns = sum(1 for x in range(region.width)
                       if min(region.getpixel((x, y)) for y in range(region.height)) < 96)
    assert dark_columns >= 4.5 * scale, dark_columns  # a shape about 6 pt wide, not a speck


def test_emergency_number_is_never_split_across_lines(example):
    example.emergency_plan = None
    number = "+1 800 555 0100 1234"
    result = build_card(example, layout="card", emergency_number=number, today=TODAY)
    lines = [line.replace("\u00a0", " ") for line in result.back_text]
    # the header takes a second line for a long number next to the larger QR code
    assert lines.count(f"IN AN EMERGENCY \u2014 call {number}") == 1 or (
        "IN AN EMERGENCY \u2014 call" in lines and number in lines)
    assert not any(w.startswith("Back, emergency header") for w in result.warnings)
    # in the header and in the "call the emergency number" step, each time on one line
    assert sum(number in line for line in lines) == 2


def test_text_is_never_markup():
    profile = Profile(name="<b>Tom</b> &amp; & Jerry")
    profile.avoid = [AvoidEntry("<i>x</i> & y")]
    pdf, _ = render_card_pdf(profile, layout="card", today=TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    front = reader.pages[0].extract_text()
    back = reader.pages[1].extract_text()
    assert "<b>Tom</b> &amp; & Jerry" in front
    assert "<i>x</i> & y" in back


def test_front_says_condition_danger_avoid_and_contact(example):
    result = build_card(example, layout="card", today=TODAY)
    front = " ".join(result.front_text).replace("\u00a0", " ")
    for needle in ("MEDICAL ALERT", "SYSTEMIC MASTOCYTOSIS", "Indolent systemic mastocytosis",
                   "Risk of anaphylaxis — epinephrine carried", "Alex Example", "1981-04-12",
                   "DO NOT GIVE: NSAIDs, atracurium", "+44 7700 900123", "See back"):
        assert needle in front, needle
    back = " ".join(result.back_text).replace("\u00a0", " ")
    for needle in ("IN AN EMERGENCY — call 112", "Physician’s plan: Epinephrine 0.3 mg IM",
                   "AVOID: NSAIDs, atracurium", "Caution: morphine", "Tolerated: propofol",
                   "cetirizine 10 mg", "Dr Robin Vale",
                   "EpiPen 0.3 mg ×2", "Scan: contact card with a shortened summary",
                   "1. Lay flat", "2. Epinephrine: auto-injector, outer mid-thigh"):
        assert needle in back, needle
    # The baseline tryptase sits under the QR code when there is room, else it is named as
    # left out: never dropped in silence.
    assert "38.5 ng/mL" in back or any("38.5 ng/mL" in w for w in result.warnings)


def test_first_aid_and_emergency_number_without_a_plan(example):
    from sm_card.render.first_aid import first_aid_steps

    example.emergency_plan = None
    result = build_card(example, layout="card", emergency_number="999", today=TODAY)
    back = " ".join(result.back_text).replace("\u00a0", " ")
    assert "call 999" in back
    steps = first_aid_steps(example.injectors, "999", short=True)
    assert len(steps) == 7
    for i, step in enumerate(steps, start=1):
        assert f"{i}. {step}".replace("\u00a0", " ") in back
    assert "3. Call 999" in back


def test_warnings_for_no_contact_and_expired_devices():
    profile = Profile(name="Ann", contacts=[], injectors=[
        Injector("EpiPen", 0.3, PartialDate(2026, 10)),
        Injector("Jext", 0.3, PartialDate(2027, 5)),
    ])
    result = build_card(profile, layout="card", today=TODAY)
    joined = "\n".join(result.warnings)
    assert "No emergency contact" in joined
    assert "EpiPen 0.3 mg expired on 2026-10-31" in joined
    assert "Jext" not in joined
    profile.contacts = [Contact("Bo", "+1 555 0100")]
    result = build_card(profile, layout="card", today=date(2026, 10, 31))
    assert not result.warnings


def test_severity_is_a_word_not_only_a_colour(example):
    result = build_card(example, layout="card", today=TODAY)
    front = "\n".join(result.front_text)
    assert "Caution: morphine, iodinated contrast media" in front
    assert "DO NOT GIVE: NSAIDs, atracurium" in front
    back = "\n".join(result.back_text)
    assert "AVOID:" in back and "Caution:" in back


def test_unknown_layout_or_paper_is_refused(example):
    with pytest.raises(ValueError):
        build_card(example, layout="poster")
    with pytest.raises(ValueError):
        build_card(example, paper="a3")


def test_qr_matrix_is_reused_only_for_the_same_text(example):
    first = build_card(example, layout="card", today=TODAY)
    again = build_card(example, layout="sheet", today=TODAY, reuse_qr=first.matrix)
    assert again.matrix is first.matrix
    example.name = "Someone Else"
    other = build_card(example, layout="card", today=TODAY, reuse_qr=first.matrix)
    assert other.matrix is not first.matrix
    assert decode_all(other.pdf, 150) == [other.qr.text]


# --- issue 8: first aid never dropped, route from the device, nothing invented -------------


def _person(**kw) -> Profile:
    from sm_card.core.models import Diagnosis

    base = dict(name="Noa Brook", date_of_birth=date(1985, 5, 6),
                diagnosis=Diagnosis(subtype="ISM"), avoid=[AvoidEntry("NSAIDs")],
                contacts=[Contact("Kim Brook", "+1 555 0100", "sister")],
                injectors=[Injector("neffy", 2, PartialDate(2027, 6)),
                           Injector("neffy", 2, PartialDate(2027, 8))])
    base.update(kw)
    return Profile(**base)


def _flat(lines: list[str]) -> str:
    return " ".join(lines).replace("\u00a0", " ")


def _assert_all_steps(result, profile, number):
    from sm_card.render.first_aid import first_aid_steps

    back = _flat(result.back_text)
    for i, step in enumerate(first_aid_steps(profile.injectors, number, short=True), start=1):
        assert f"{i}. {step}".replace("\u00a0", " ") in back, step
    assert not any("first aid" in w for w in result.warnings)


def _min_font_size(pdf: bytes) -> float:
    return min(size for page in char_boxes(pdf) for *_, size in page)


def test_nasal_spray_card_gives_the_nostril_never_the_thigh():
    profile = _person()
    result = build_card(profile, layout="card", emergency_number="911", today=TODAY)
    back = _flat(result.back_text)
    assert "2. Epinephrine: nasal spray, one nostril" in back
    assert "thigh" not in back and "thigh" not in result.qr.text
    assert "Epinephrine carried: neffy 2 mg ×2" in back
    _assert_all_steps(result, profile, "911")
    decoded = decode_all(result.pdf, 300)
    assert decoded == [result.qr.text] and "(nasal spray\\, one nostril)" in decoded[0]


def test_both_kinds_of_device_name_both_routes_and_forms():
    profile = _person(injectors=[Injector("EpiPen", 0.3, PartialDate(2027, 6)),
                                 Injector("neffy", 2, PartialDate(2027, 6))])
    back = _flat(build_card(profile, layout="card", today=TODAY).back_text)
    assert "auto-injector, outer mid-thigh; or nasal spray, one nostril" in back
    assert "EpiPen auto-injector 0.3 mg" in back and "neffy nasal spray 2 mg" in back


@pytest.mark.parametrize("plan_sentences", [1, 3, 40])
def test_plan_is_printed_beside_the_steps_and_cut_only_at_a_sentence_end(plan_sentences):
    sentences = [f"Sentence {i} of the allergist's plan with some detail." for i in
                 range(plan_sentences)]
    profile = _person(emergency_plan=" ".join(sentences),
                      medications=[Medication("cetirizine", "10 mg")],
                      tolerated=[ToleratedEntry("propofol")])
    result = build_card(profile, layout="card", today=TODAY)
    _assert_all_steps(result, profile, "112")
    back = _flat(result.back_text)
    assert "Physician’s plan:" in back
    printed = [s for s in sentences if s in back]
    assert printed == sentences[:len(printed)]
    if len(printed) < len(sentences):
        assert ("→ rest: pre-operative letter" in back if printed
                else "Physician’s plan: see pre-operative letter" in back)
        assert any("physician's plan: shortened at a sentence end" in w
                   for w in result.warnings)
        # no sentence is printed in part
        cut = sentences[len(printed)]
        assert cut.split(" with")[0] not in back
    assert _min_font_size(result.pdf) >= 6 - 0.01


def test_hostile_record_keeps_every_step(hostile):
    result = build_card(hostile, layout="card", today=TODAY)
    _assert_all_steps(result, hostile, "112")
    assert _min_font_size(result.pdf) >= 6 - 0.01


@pytest.mark.parametrize("subtype", [None, "none-object"])
def test_no_diagnosis_prints_none(subtype):
    from sm_card.core.models import Diagnosis

    profile = _person(diagnosis=None if subtype is None else Diagnosis(kit_d816v="positive"))
    result = build_card(profile, layout="card", today=TODAY)
    everything = _flat(result.front_text + result.back_text) + result.qr.text
    assert "MASTOCYTOSIS" not in everything.upper()
    assert result.front_text[0] == "MEDICAL ALERT"
    assert "Diagnosis not recorded" in _flat(result.front_text)


def test_caption_says_what_the_qr_holds_and_never_full(example):
    small = build_card(_person(), layout="card", today=TODAY, qr_format="text")
    assert not small.qr.shortened
    assert "Scan: text summary (works offline)" in _flat(small.back_text)
    long = build_card(example, layout="card", today=TODAY, qr_format="text")
    assert long.qr.shortened
    assert "Scan: shortened text summary" in _flat(long.back_text)
    contact_card = build_card(example, layout="card", today=TODAY)  # the default, a vCard
    assert contact_card.qr.text.startswith("BEGIN:VCARD") and contact_card.qr.shortened
    assert "Scan: contact card with a shortened summary" in _flat(contact_card.back_text)
    for result in (small, long, contact_card):
        assert "full" not in _flat(result.back_text).casefold().replace("fully", "")


@pytest.mark.parametrize(("name", "relation"), [
    ("Maximiliana Wilhelmina Bartholomäa von Habsburg-Lothringen-Sachsen", "grandmother"),
    ("Sam", "legal guardian and next of kin, father's side of the family, call any time"),
    ("Kim " * 40, "sister " * 20),
])
def test_contact_phone_is_never_cut(name, relation):
    phone = "+44 20 7946 0958 ext 1234"
    profile = _person(contacts=[Contact(name, phone, relation)])
    result = build_card(profile, layout="card", today=TODAY)
    front = _flat(result.front_text)
    assert phone in front
    assert not any(w.startswith("Front, emergency contact") for w in result.warnings)


def test_longest_steps_still_fit_whole_at_6_pt_or_more(hostile):
    hostile.injectors = [Injector("EpiPen", 0.3, PartialDate(2027, 6)),
                         Injector("neffy", 2, PartialDate(2027, 6)),
                         Injector("Mystery Pen", 0.3, PartialDate(2027, 6))]
    number = "+44 20 7946 0958 12"
    result = build_card(hostile, layout="card", emergency_number=number, today=TODAY)
    _assert_all_steps(result, hostile, number)
    assert "one nostril; or other device: as its label says" in _flat(result.back_text)
    assert _min_font_size(result.pdf) >= 6 - 0.01


def test_a_plan_with_no_room_says_where_it_is(hostile):
    hostile.emergency_plan = "A first sentence " + "that goes on and on " * 30 + "to the end."
    back = _flat(build_card(hostile, layout="card", today=TODAY).back_text)
    assert "Physician’s plan: see pre-operative letter" in back
    assert "A first sentence" not in back


def test_a_long_subtype_keeps_its_code_on_the_front(example):
    """Read through for SM-AHN: the band cut "Systemic mastocytosis with an associated
    hematologic…" and lost the code; it now drops the words the band already says."""
    from dataclasses import replace

    profile = replace(example, diagnosis=replace(example.diagnosis, subtype="SM-AHN"))
    result = build_card(profile, layout="card", today=TODAY)
    front = PdfReader(io.BytesIO(result.pdf)).pages[0].extract_text()
    assert "with an associated hematologic neoplasm (SM-AHN)" in " ".join(front.split())
    assert not [w for w in result.warnings if "subtype" in w]
    short = replace(example, diagnosis=replace(example.diagnosis, subtype="ISM"))
    front = PdfReader(io.BytesIO(build_card(short, layout="card", today=TODAY).pdf)
                      ).pages[0].extract_text()
    assert "Indolent systemic mastocytosis (ISM)" in " ".join(front.split())


def test_the_clinicians_role_gives_way_to_the_number(example):
    """Read by an anesthetist: the card's back printed "Dr Robin Vale (allergist)…" and cut
    the number, the one thing a team can use. The role goes first, and is reported."""
    result = build_card(example, layout="card", today=TODAY)
    back = "\n".join(result.back_text).replace("\u00a0", " ")  # a number is never split
    assert "Clinician: Dr Robin Vale\n+44 20 7946 0001" in back
    assert "Back, clinician: not enough room, left out: role: allergist" in result.warnings
    # with room for it, the role stays
    example.clinicians[0].name, example.clinicians[0].role = "Dr Vale", "GP"
    roomy = build_card(example, layout="card", today=TODAY)
    assert "Clinician: Dr Vale (GP)" in roomy.back_text
    assert not [w for w in roomy.warnings if w.startswith("Back, clinician")]
