"""The pre-operative letter PDF: every part present, 1-2 pages, no overflow, real glyphs."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from sm_card.core import interchange
from sm_card.core.catalog import default_catalog
from sm_card.core.models import AvoidEntry, Diagnosis, Procedure, Profile
from sm_card.core.surgery import build_letter
from sm_card.render.letter import MARGIN, render_letter

TODAY = date(2026, 11, 23)
PAPER_POINTS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}


@pytest.fixture
def profile(example_text) -> Profile:
    profile = interchange.loads(example_text, today=TODAY).profiles[0]
    profile.procedures = [
        Procedure("Laparoscopic cholecystectomy", date(2027, 1, 14), "City Hospital", "day case"),
        Procedure("Old operation", date(2020, 1, 1), "Elsewhere"),
    ]
    profile.checklist_done = [default_catalog().preparation_checklist[0].id]
    return profile


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces folded, for phrase checks."""
    return re.sub(r"\s+", " ", text)


def _letter(profile: Profile, paper: str = "a4") -> bytes:
    return render_letter(build_letter(profile, default_catalog(), TODAY), paper)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_example_letter_holds_every_part_on_one_or_two_pages(profile, paper):
    pdf = _letter(profile, paper)
    reader = PdfReader(io.BytesIO(pdf))
    # The standard first-aid steps (always printed since issue 8) and the device routes push
    # the person's part, kept whole, to a third page.
    assert 1 <= len(reader.pages) <= 3
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == PAPER_POINTS[paper]
    text = _flat(_text(pdf))
    expected = [
        "Alex Example", "1981-04-12",
        "Indolent systemic mastocytosis (ISM)", "38.5 ng/mL", "2025-03-02",
        "KIT D816V: positive", "History of anaphylaxis: yes",
        "NSAIDs", "AVOID", "hives and low blood pressure after ibuprofen", "atracurium",
        "morphine", "caution", "flushing", "iodinated contrast media",
        "propofol", "general anaesthesia 2021, no reaction", "paracetamol",
        "cetirizine", "10 mg", "twice daily", "famotidine", "cromolyn sodium",
        "EpiPen 0.3 mg", "LX2491", "MB0317", "2027-09",
        "Dr Robin Vale", "+44 20 7946 0001", "Sam Example", "+44 7700 900123",
        "Laparoscopic cholecystectomy", "2027-01-14", "City Hospital",
        "Date printed: 2026-11-23", "Anesthetist's notes",
        "Published perioperative considerations", "not instructions", "References",
        "PMID 25824492",
    ]
    for phrase in expected:
        assert phrase in text, phrase
    assert "Old operation" not in text  # a past procedure is not planned
    assert "J88120" not in text  # the used device is not brought
    # The physician's plans, word for word.
    assert _flat(profile.emergency_plan) in text
    assert _flat(profile.premedication) in text
    catalog = default_catalog()
    adults = next(i for i in catalog.rema_figures if i.group == "adults")
    for item in catalog.perioperative:  # an adult: the study's figures for adults
        item = adults if item.id == "rema-figures" else item
        assert _flat(item.text) in text, item.id
    for item in catalog.preparation_checklist:
        assert _flat(item.text) in text, item.id


def test_missing_plans_say_none_recorded():
    pdf = _letter(Profile(name="Plain Person"))
    text = _flat(_text(pdf))
    assert text.count("None recorded.") >= 5  # procedure, avoid, tolerated, meds, devices
    assert re.search(r"emergency plan \(exactly as recorded; in addition to the steps above\) "
                     r"none recorded", text)
    assert re.search(r"premedication plan \(exactly as recorded\) none recorded", text)


def _chars_out_of_bounds(pdf: bytes) -> list[tuple[int, str]]:
    """Characters drawn outside the page's printable area (margin minus a small tolerance)."""
    out = []
    document = pdfium.PdfDocument(pdf)
    for index, page in enumerate(document):
        width, height = page.get_size()
        textpage = page.get_textpage()
        limit = MARGIN - 2
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            if not char.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            if left < limit or right > width - limit or bottom < limit - 4 or top > height - limit:
                out.append((index, char))
    return out


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_hostile_record_never_overflows_and_prints_markup_literally(paper):
    name = ("Ana <b>Bold</b> &amp; Co & " + "x" * 200)[:200]
    profile = Profile(
        name=name,
        avoid=[AvoidEntry(f"agent {i} <i>&", reaction="r" * (i * 7)) for i in range(40)],
        emergency_plan="Step & <b>not bold</b> &amp; " + "word " * 390,
        premedication="W" * 600,  # one unbreakable word
        procedures=[Procedure("p" * 300, None, "h <br/>", "n\n" * 30)],
    )
    assert len(profile.emergency_plan) >= 1950
    pdf = _letter(profile, paper)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 1
    assert _chars_out_of_bounds(pdf) == []
    text = _text(pdf)
    flat = _flat(text)
    assert "Ana <b>Bold</b> &amp; Co &" in flat
    assert "Step & <b>not bold</b> &amp;" in flat
    assert "agent 39 <i>&" in flat
    assert "h <br/>" in flat
    assert text.count("W") >= 600


@pytest.mark.parametrize("name", ["李" * 200, "Ж" * 200, ("محمد علي " * 30)[:200].strip()])
def test_long_names_in_wide_scripts_stay_inside_the_page(name):
    profile = Profile(name=name, avoid=[AvoidEntry("漢字" * 100)])
    for paper in ("a4", "letter"):
        assert _chars_out_of_bounds(_letter(profile, paper)) == []


def test_example_has_no_overflow(profile):
    for paper in ("a4", "letter"):
        assert _chars_out_of_bounds(_letter(profile, paper)) == []


def _drawn_characters(pdf: bytes) -> dict[str, set[str]]:
    """For each embedded TrueType font: the characters it draws with a real (non-empty) glyph.

    Uses the font's ToUnicode map (code → character) and the embedded subset's own cmap
    (code → glyph); a character whose glyph is .notdef or has no outline would print as a
    box or nothing, and is left out.
    """
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, set[str]] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                continue
            data = descriptor.get_object()["/FontFile2"].get_object().get_data()
            tt = TTFont(io.BytesIO(data))
            cmap = {}
            for table in tt["cmap"].tables:
                cmap.update(table.cmap)
            glyf = tt["glyf"]
            to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            chars = found.setdefault(str(font["/BaseFont"]), set())
            blocks = re.findall(r"beginbfchar(.*?)endbfchar", to_unicode, re.S)
            pairs = re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>", "".join(blocks))
            for code, target in pairs:
                char = bytes.fromhex(target).decode("utf-16-be")
                glyph = cmap.get(int(code, 16))
                if glyph is None or glyph == ".notdef":
                    continue
                if glyf[glyph].numberOfContours != 0 or not char.strip():
                    chars.add(char)
    return found


@pytest.mark.parametrize(
    "name",
    [
        "Łukasz Żółć-Šťastný Ærøskøbing",
        "Αλέξανδρος Παπαδόπουλος",
        "Жанна Иванова-Щукина",
        "李小龍 山田太郎 김민준",
        "שרה כהן",
        # Arabic, Devanagari and Thai are drawn as HarfBuzz's glyphs, some of which have no
        # character of their own: tests/render/test_shaping.py compares them glyph by glyph.
    ],
)
def test_every_script_is_drawn_with_real_glyphs(name):
    pdf = _letter(Profile(name=name))
    drawn = set().union(*_drawn_characters(pdf).values())
    wanted = {c for c in name if c.strip() and c.isprintable()}
    missing = sorted(wanted - drawn)
    assert missing == [], f"drawn without a glyph: {missing}"
    fonts = _drawn_characters(pdf)
    assert not any("Helvetica" in f for f in fonts)


def _char_boxes(pdf: bytes) -> tuple[str, list[tuple[int, float, float]]]:
    """All drawn text of ``pdf`` and, per character, (page, left, bottom)."""
    text, boxes = [], []
    for index, page in enumerate(pdfium.PdfDocument(pdf)):
        textpage = page.get_textpage()
        for i in range(textpage.count_chars()):
            text.append(textpage.get_text_range(i, 1))
            left, bottom, _, _ = textpage.get_charbox(i)
            boxes.append((index, left, bottom))
    return "".join(text), boxes


def test_plans_keep_indentation_runs_of_spaces_and_blank_lines():
    profile = Profile(
        name="Plain Person",
        emergency_plan="1. Epinephrine IM\n\n   a) repeat\n\tb) tabbed\nQ1  R1\nQ2 R2",
        premedication="P1 top\nP2 next",
    )
    text, boxes = _char_boxes(_letter(profile))

    def at(word: str) -> tuple[int, float, float]:
        return boxes[text.index(word)]

    top, indented, tabbed = at("1. Epi"), at("a) repeat"), at("b) tab")
    line = at("P1 top")[2] - at("P2 next")[2]  # one line of plan text
    assert line > 0
    # The blank line is kept: "a) repeat" is two lines below "1. Epinephrine", not one.
    assert top[2] - indented[2] == pytest.approx(2 * line, abs=0.5)
    # Leading spaces and the tab indent the line (3 and 8 spaces' worth).
    assert indented[1] > top[1] + 5
    assert tabbed[1] > indented[1] + 5
    # A run of two spaces inside a line is not folded into one.
    assert at("Q1")[1] == pytest.approx(at("Q2")[1])
    assert at("R1")[1] > at("R2")[1] + 1


def test_a_wrapped_hebrew_paragraph_prints_its_lines_in_reading_order():
    first, last = "ראשון", "אחרון"
    plan = " ".join([first] + ["מילה"] * 80 + [last])
    reaction = " ".join(["בהתחלה"] + ["תגובה"] * 30 + ["בסוף"])
    profile = Profile(name="Plain Person", emergency_plan=plan,
                      avoid=[AvoidEntry("agent", reaction=reaction)])
    lines = _text(_letter(profile)).splitlines()

    def line_of(word: str) -> int:
        found = [i for i, text in enumerate(lines) if word in text or word[::-1] in text]
        assert len(found) == 1, word
        return found[0]

    # Both paragraphs wrap over several lines; the first words must come on the first line.
    assert line_of(first) < line_of(last)
    assert line_of("בהתחלה") < line_of("בסוף")
    assert _flat(" ".join(lines)).count("מילה") == 80


def test_an_expired_device_is_marked_expired(profile):
    text = _flat(_text(_letter(profile)))
    assert "2026-12 (EXPIRED)" not in text and "2026-12-31 (EXPIRED)" not in text
    later = render_letter(build_letter(profile, default_catalog(), date(2027, 1, 1)), "a4")
    text = _flat(_text(later))
    assert "2026-12-31 (EXPIRED)" in text
    assert "2027-09 (EXPIRED)" not in text and "2027-09" in text


def test_a_device_expiring_before_the_operation_is_marked_next_to_it(profile):
    # The fixture plans a cholecystectomy on 2027-01-14; the first EpiPen is in date until
    # 2026-12-31 only, the second until 2027-09.
    text = _flat(_text(_letter(profile)))
    devices = text[text.index("Epinephrine devices recorded"):]
    devices = devices[:devices.index("Clinicians and emergency contacts")]
    assert "2026-12-31 (expires before the operation on 2027-01-14)" in devices
    assert "2027-09 (expires" not in devices
    profile.procedures = []
    assert "expires before" not in _flat(_text(_letter(profile)))


# --- issue 8 -------------------------------------------------------------------------------


def _person(**kw) -> Profile:
    from sm_card.core.models import Injector, PartialDate

    base = dict(name="Noa Brook", date_of_birth=date(1985, 5, 6),
                diagnosis=Diagnosis(subtype="ISM"),
                injectors=[Injector("neffy", 2, PartialDate(2027, 6))])
    base.update(kw)
    return Profile(**base)


def test_nasal_spray_letter_prints_the_steps_and_never_the_thigh():
    pdf = render_letter(build_letter(_person(emergency_plan="Cetirizine 20 mg first."),
                                     default_catalog(), TODAY, "911"))
    text = _flat(_text(pdf))
    assert "thigh" not in text
    assert "nasal spray into one nostril" in text
    assert "Call the emergency number: 911" in text
    assert "If in doubt, give epinephrine" in text
    assert "not breathing normally: start CPR" in text
    # the plan is printed as well, after the steps and labelled as in addition
    steps_at = text.index("first-aid steps as on the card")
    assert text.index("Cetirizine 20 mg first.") > steps_at
    assert "in addition to the steps above" in text


def test_child_letter_prints_the_child_figures():
    text = _flat(_text(_letter(_person(date_of_birth=date(2018, 3, 14)))))
    assert "children had symptoms from mast cell mediators in 4 % and anaphylaxis in 2 %" in text
    assert "0.4 %" not in text


def test_no_diagnosis_letter_names_none():
    profile = _person(diagnosis=Diagnosis(kit_d816v="positive"),
                      tolerated=[], avoid=[AvoidEntry("NSAIDs", catalog_id="nsaids")])
    text = _flat(_text(_letter(profile)))
    assert "Diagnosis: not recorded" in text
    # (the titles in the reference list may name the condition; the letter's own text not)
    assert "systemic mastocytosis" not in text[:text.index("References")].casefold()
    assert "No diagnosis is recorded" in text
    # catalog suggestions (paracetamol for NSAIDs) are never listed as tolerated
    tolerated = text[text.index("records as tolerated"):text.index("Current medications")]
    assert "paracetamol" not in tolerated and "None recorded" in tolerated
    assert "tolerated before" not in text


def test_a_device_expiring_before_the_procedure_is_marked_next_to_it():
    from sm_card.core.models import Injector, PartialDate

    profile = _person(injectors=[Injector("EpiPen", 0.3, PartialDate(2027, 1), lot="EARLY"),
                                 Injector("EpiPen", 0.3, PartialDate(2027, 9), lot="LATE")],
                      procedures=[Procedure("Knee", date(2027, 2, 10))])
    text = _flat(_text(_letter(profile)))
    assert "2027-01 (expires before the operation on 2027-02-10) EARLY" in text
    assert "2027-09 LATE" in text


def test_letter_prints_the_tryptase_threshold_window_and_sources(profile):
    profile.diagnosis.baseline_tryptase_ng_ml = 18
    text = _flat(_text(_letter(profile)))
    assert ("Baseline serum tryptase: 18 ng/mL (measured 2025-03-02) Acute tryptase threshold: "
            "an acute value above 23.6 ng/mL (1.2 × 18 + 2) supports mast-cell activation") in text
    assert "1.2 × baseline + 2 ng/mL" in text
    assert "within 1–2 hours (but no later than 4 hours)" in text
    for cited in ("Definitions, criteria and global classification of mast cell disorders",
                  "PMID 22041891", "doi:10.1159/000501079", "PMID 30737190"):
        assert cited in text


def test_letter_without_a_baseline_gives_no_threshold(profile):
    profile.diagnosis.baseline_tryptase_ng_ml = None
    text = _flat(_text(_letter(profile)))
    # One label, said once (it read "Acute tryptase threshold: Baseline tryptase: not
    # recorded, so no ..." before the persona read-through).
    assert "Acute tryptase threshold: none (no baseline tryptase is recorded)" in text
    assert "threshold: Baseline tryptase" not in text
    assert "acute value above" not in text


def test_letter_carries_the_reaction_log_as_evidence_and_marks_linked_avoid_entries(profile):
    from sm_card.core.models import Reaction

    profile.diagnosis.baseline_tryptase_ng_ml = 18
    profile.avoid.insert(0, AvoidEntry("vancomycin"))
    profile.reactions = [Reaction(date(2025, 5, 3), "vancomycin", "vancomycin",
                                  "hives, hypotension", "epinephrine given", 31)]
    text = _flat(_text(_letter(profile)))
    assert "Reactions recorded (as recorded by the patient)" in text
    for part in ("2025-05-03", "hives, hypotension", "epinephrine given",
                 "31 ng/mL (threshold 23.6: above)"):
        assert part in text
    assert "(reaction recorded 2025-05-03)" in text


def test_letter_without_reactions_has_no_reaction_section(profile):
    assert "Reactions recorded" not in _flat(_text(_letter(profile)))


def test_letter_prints_the_start_time_and_the_premedication_steps(profile):
    from datetime import time

    from sm_card.core.models import PremedicationStep

    knee = profile.procedures[0]
    knee.planned_at = time(8, 30)
    # typed as a person might: the last step first, a step without a time in between
    knee.premedication_steps = [PremedicationStep("famotidine 20 mg", 0),
                                PremedicationStep("montelukast 10 mg"),
                                PremedicationStep("cetirizine 10 mg", 60),
                                PremedicationStep("prednisone 50 mg by mouth", 780)]
    text = _flat(_text(_letter(profile)))
    assert "2027-01-14 08:30" in text
    assert ("Steps before Laparoscopic cholecystectomy (recorded by the patient, as the "
            "physician wrote them):") in text
    # in the order they are taken, each with its clock time (the team counted back from the
    # start); a step without a time says so, else it read as part of the step above it
    assert ("13 h before the start (2027-01-13 19:30): prednisone 50 mg by mouth "
            "1 h before the start (2027-01-14 07:30): cetirizine 10 mg "
            "At the start (2027-01-14 08:30): famotidine 20 mg "
            "Time not recorded: montelukast 10 mg") in text
    assert "as agreed with my allergist" in text  # the free-text plan is still printed


def test_steps_without_a_written_plan_are_not_announced_as_none_recorded(profile):
    """Found in a walk through the window: "Physician's premedication plan: none recorded"
    stood right above "Steps before Tonsillectomy: 12 h before the start: cetirizine"."""
    from sm_card.core.models import PremedicationStep

    profile.premedication = None
    text = _flat(_text(_letter(profile)))
    assert re.search(r"premedication plan \(exactly as recorded\) none recorded", text)
    profile.procedures[0].premedication_steps = [PremedicationStep("cetirizine 10 mg", 720)]
    text = _flat(_text(_letter(profile)))
    assert "none recorded Steps before" not in text
    assert re.search(r"premedication plan \(exactly as recorded\) no written plan recorded; "
                     r"the steps recorded for the procedure follow Steps before "
                     r"Laparoscopic cholecystectomy \(recorded by the patient, as the "
                     r"physician wrote them\): 12 h before the start: cetirizine 10 mg", text)


def test_a_literature_point_no_verified_source_backs_is_marked_where_it_is_read(profile):
    """The TMS paper's list (opioids "it regards as acceptable, such as fentanyl") stood as a
    plain statement; its source, an unchecked copy, was marked only in the reference list."""
    text = _flat(_text(_letter(profile)))
    assert re.search(r"such as fentanyl; H1 and H2 blockers; and having epinephrine ready\. "
                     r"\(Its source could not be verified\.\)", text)
    # a point with a verified source is not marked
    assert not re.search(r"contraindication to anesthesia\. \(Its source", text)


def test_a_published_point_naming_an_agent_the_patient_avoids_says_so(profile):
    """Found by an anesthetist reading the letter: the literature's "opioids it regards as
    acceptable, such as fentanyl" stood without a word for a patient who must avoid it."""
    profile.avoid.append(AvoidEntry("Fentanyl citrate", "fentanyl", "avoid",
                                    "anaphylaxis 2023"))
    text = _flat(_text(_letter(profile)))
    point = text.index("such as fentanyl")
    # atracurium, avoided in the example record, is named by the same point
    note = text.index("This patient's record lists atracurium: AVOID; Fentanyl citrate: AVOID.")
    assert 0 < note - point < 200  # under that point, not elsewhere
    assert text.count("This patient's record lists") == 1
    assert "lists morphine" not in text  # a caution entry the literature does not name


def test_names_are_matched_as_whole_words(profile):
    from sm_card.core.surgery import named_in

    catalog = default_catalog()
    iodine = AvoidEntry("iodine")
    assert named_in("iodinated contrast", [iodine], catalog) == ()
    assert named_in("Iodine-based agents", [iodine], catalog) == (iodine,)


def test_every_page_names_the_patient_twice_and_counts_the_pages(profile):
    """A loose page of the letter could not be matched to its patient nor known to be the
    last: the footer had the name only and "page N"."""
    pdf = _letter(profile)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        text = " ".join(page.extract_text().split())
        assert f"page {number} of {len(pages)}" in text
        assert "Alex Example · born 1981-04-12 · pre-operative information" in text


def test_a_childs_letter_is_worded_for_the_parents(profile):
    """Read by an anesthetist: a four-year-old's letter said it was "printed by the patient"
    and addressed part two to the child ("preparing for your operation"), with no age."""
    from datetime import date

    profile.name = "Mia Example"
    profile.date_of_birth = date(2022, 3, 1)
    text = _flat(_text(_letter(profile)))
    assert "Date of birth: 2022-03-01 (age 4)" in text
    assert "printed by the patient's parent or carer from the child's record" in text
    assert "printed by the patient from their own record" not in text
    assert "For the parents or carers of Mia Example: preparing for the operation" in text
    assert "your operation" not in text
    # an adult's letter is as before, with the age beside the date of birth
    profile.date_of_birth = date(1981, 4, 12)
    adult = _flat(_text(_letter(profile)))
    assert "Date of birth: 1981-04-12 (age 45)" in adult
    assert "For Mia Example: preparing for your operation" in adult
