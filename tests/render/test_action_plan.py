"""The action plan PDF: one page of the asked size, its text (pypdf), its look (PDFium)."""

from __future__ import annotations

import copy
import io
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import given
from PIL import Image
from pypdf import PdfReader
from test_outputs_at_limits import RENDERS, records_at_limits, timed  # tests/render is on sys.path

from sm_card.core import interchange
from sm_card.core.models import AvoidEntry, Clinician, Contact, Injector, PartialDate
from sm_card.core.photo import prepare_photo
from sm_card.render import action_plan_text as ap
from sm_card.render.action_plan import CONTINUED, build_action_plan_pdf
from sm_card.render.first_aid import first_aid_steps

TODAY = date(2026, 11, 23)
SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
DOCS = Path(__file__).parents[2] / "docs" / "clinical-sources.md"


@pytest.fixture
def alex(example_text):
    return interchange.loads(example_text, today=TODAY).profiles[0]


def text_of(pdf: bytes) -> tuple[int, str, tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    box = (float(page.mediabox.width), float(page.mediabox.height))
    # pypdf puts line breaks where the PDF moves to a new line; compare on single spaces
    return len(reader.pages), " ".join(page.extract_text().split()), box


def squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_one_page_with_everything_an_action_plan_holds(alex, paper):
    plan = ap.build_action_plan(alex, TODAY, "999")
    result = build_action_plan_pdf(plan, paper)
    pages, text, box = text_of(result.pdf)
    assert pages == 1
    assert box == pytest.approx(SIZES[paper], abs=0.05)
    text = squash(text)
    for expected in [
        "ACTION PLAN FOR ANAPHYLAXIS", "Alex Example", "1981-04-12",
        "Indolent systemic mastocytosis (ISM)", "Baseline tryptase 38.5 ng/mL",
        "DO NOT GIVE: NSAIDs, atracurium", "Caution: morphine, iodinated contrast media",
        *ap.SEVERE_SIGNS, "Hives or welts", "Call the emergency number: 999",
        "Give epinephrine (adrenaline): auto-injector into the outer mid-thigh",
        "EpiPen 0.3 mg", "expires 2027-09", "Epinephrine 0.3 mg IM at first sign of anaphylaxis",
        "Sam Example (partner) +44 7700 900123", "Dr Robin Vale", "Signature:", "Review by:",
        "ASCIA Action Plan for Anaphylaxis 2023",
    ]:
        assert squash(expected) in text, expected
    for step in first_aid_steps(alex.injectors, "999"):
        assert squash(step) in text
    assert result.warnings == [] and result.plan_complete


def test_the_photo_is_printed_where_the_frame_is(alex, tmp_path):
    img = Image.new("RGB", (600, 800), (20, 40, 220))
    out = io.BytesIO()
    img.save(out, "PNG")
    with_photo = copy.deepcopy(alex)
    with_photo.photo_jpeg = prepare_photo(out.getvalue())

    def blue(profile) -> int:
        pdf = build_action_plan_pdf(ap.build_action_plan(profile, TODAY, "112")).pdf
        image = pdfium.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("RGB")
        image.save(tmp_path / "plan.png")
        raw = image.tobytes()
        return sum(1 for i in range(0, len(raw), 3)
                   if raw[i + 2] > 180 and raw[i] < 80 and raw[i + 1] < 100)

    assert blue(alex) == 0
    # 30 × 40 mm at 72 dpi is about 85 × 113 px, nearly all of it the photo's blue
    assert blue(with_photo) > 0.8 * 85 * 113
    assert "Photo" not in text_of(build_action_plan_pdf(
        ap.build_action_plan(with_photo, TODAY, "112")).pdf)[1]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_crowded_record_stays_on_one_page_and_says_what_was_cut(alex, paper):
    big = copy.deepcopy(alex)
    big.name = "Maximiliana Alexandra Konstantinopoulou-Wiśniewska " * 3
    big.avoid = [AvoidEntry(f"agent {i} with a long name", severity="avoid") for i in range(60)]
    big.contacts = [Contact(f"Contact {i}", "+44 7700 900123", "friend") for i in range(15)]
    big.clinicians = [Clinician(f"Dr {i}", "allergist", "Hospital", "+44 20 7946 0001")
                      for i in range(10)]
    big.injectors = [Injector("EpiPen", 0.3, PartialDate(2027, 1 + i % 12)) for i in range(20)]
    big.emergency_plan = "\n".join(f"Line {i} of the physician's plan, quoted exactly."
                                   for i in range(200))
    result = build_action_plan_pdf(ap.build_action_plan(big, TODAY, "112"), paper)
    pages, text, _ = text_of(result.pdf)
    assert pages == 1
    assert not result.plan_complete
    assert squash(CONTINUED) in squash(text)
    assert "Line 0 of the physician's plan" in text  # the start of the plan is kept
    assert "Line 199" not in text
    for what in ("avoid list", "emergency contacts", "physicians", "devices",
                 "physician's plan"):
        assert any(w.startswith(what) for w in result.warnings), what
    # everything drawn stays on the page, inside the margins, with the steps whole
    doc = pdfium.PdfDocument(result.pdf)
    page = doc[0]
    textpage = page.get_textpage()
    width, height = page.get_size()
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        assert left > 30 and right < width - 30 and bottom > 30 and top < height - 30
    for step in first_aid_steps(big.injectors, "112"):
        assert squash(step) in squash(text)


def test_no_diagnosis_no_plan_no_devices_invent_nothing(alex):
    bare = copy.deepcopy(alex)
    bare.diagnosis = None
    bare.emergency_plan = None
    bare.injectors = []
    text = squash(text_of(build_action_plan_pdf(ap.build_action_plan(bare, TODAY, "112")).pdf)[1])
    assert "Condition: no diagnosis recorded" in text
    assert "mastocytosis" not in text.lower()
    assert "none recorded" in text
    assert "No plan recorded" in text
    assert "Give epinephrine (adrenaline)" in text


def test_every_sign_and_action_sentence_is_listed_with_its_source():
    """The signs are not the app's invention: docs/clinical-sources.md lists each one."""
    listed = DOCS.read_text(encoding="utf-8")
    for sentence in (*ap.MILD_SIGNS, *ap.MILD_ACTIONS, ap.MILD_NOTE, *ap.SEVERE_SIGNS):
        assert f"| {sentence} |" in listed, sentence


@RENDERS
@given(records_at_limits())
def test_action_plan_at_the_limits(profile):
    """Every text at its length limit, in several scripts: quick, one page, nothing off it."""
    for paper in ("a4", "letter"):
        plan = ap.build_action_plan(profile, TODAY, "112")
        result = timed(lambda p=paper, pl=plan: build_action_plan_pdf(pl, p))
        assert text_of(result.pdf)[0] == 1
        page = pdfium.PdfDocument(result.pdf)[0]
        width, height = page.get_size()
        textpage = page.get_textpage()
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            assert left > 30 and right < width - 30 and bottom > 30 and top < height - 30
