"""The wallet card: a true-size ID-1 card (85.60 × 53.98 mm) with a QR code.

Two layouts share the same drawing of the two faces:

* ``card``: a two-page PDF, each page exactly ID-1 (front, back);
* ``sheet``: an A4 or Letter page at 100 % with as many fold-over pairs as fit. In a pair the
  front sits above the back and they share their long edge, which is the fold line; the back
  is printed turned by 180° so that, folded with the faces outward and turned over like a
  page, both faces stand upright and line up. Crop marks sit outside the trim, the fold line
  is dashed, and one line at the top says how to print, cut and fold.

Each face is drawn once into a PDF form XObject and placed as often as needed, so the sheet
costs little more than the card. Everything the layout had to leave out, every character no
font can draw, and anything the person should fix (no contact, expired devices) is reported
in ``CardRender.warnings``; the design rules are in docs/card-design.md.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from sm_card.core.emergency_numbers import DEFAULT_NUMBER
from sm_card.core.first_aid import carried_devices
from sm_card.core.models import Profile
from sm_card.core.output_items import (
    avoid_ordered,
    expired_injectors,
    injector_summary,
    subtype_name,
)
from sm_card.render import qr as qrmod
from sm_card.render import text as textmod
from sm_card.render.first_aid import first_aid_steps
from sm_card.render.fonts import FontSet
from sm_card.render.output_warnings import OutputWarning, device_expired, no_room
from sm_card.render.photo import draw_photo
from sm_card.render.qr_payload import DEFAULT_FORMAT as DEFAULT_QR_FORMAT
from sm_card.render.qr_payload import qr_payload
from sm_card.render.summary import (
    OmittedList,
    Summary,
    carried_text,
    condition_label,
    plan_sentences,
    risk_line,
)
from sm_card.render.text import Span

CARD_W = 85.60 * mm
CARD_H = 53.98 * mm
# No text closer than 3 mm to the trim; the extra 0.75 pt covers synthetic-bold strokes and
# glyphs whose outline reaches a little past their advance box.
MARGIN = 3 * mm + 0.75
CORNER_RADIUS = 3.18 * mm
ALERT_RED = Color(0.74, 0.05, 0.13)  # deep red: prints as a dark grey in greyscale
RULE_GREY = Color(0.55, 0.55, 0.55)
PAPERS = {"a4": A4, "letter": LETTER}
LAYOUTS = ("card", "sheet")
# The photo on the front (3:4, as passport photos): as tall as the room between the risk line
# and the contact line allows, within these bounds.
PHOTO_MAX_H = 20 * mm
PHOTO_MIN_H = 12 * mm

# Sheet geometry: room between pairs for crop marks, which never touch a card.
GUTTER = 10 * mm
MARK_OFFSET = 1.5 * mm
MARK_LENGTH = 4 * mm
SHEET_MARGIN = 10 * mm
INSTRUCTION = ("Print at 100 % (actual size, not \u201cfit to page\u201d). Cut on the marks, "
               "fold on the dashed line with the printing outside. The card is 85.6 mm wide.")

# What the QR holds: a text summary (alone, or as the note of a contact card), never "full"
# (it leaves out what the back holds, and a long record is shortened to fit).
QR_CAPTION = "Scan: text summary (works offline)"
QR_CAPTION_SHORTENED = "Scan: shortened text summary (works offline)"
QR_CAPTION_VCARD = "Scan: contact card with a text summary (works offline)"
QR_CAPTION_VCARD_SHORTENED = "Scan: contact card with a shortened summary (works offline)"


def qr_caption(summary: Summary) -> str:
    if summary.text.startswith("BEGIN:VCARD"):
        return QR_CAPTION_VCARD_SHORTENED if summary.shortened else QR_CAPTION_VCARD
    return QR_CAPTION_SHORTENED if summary.shortened else QR_CAPTION


@dataclass
class CardRender:
    pdf: bytes
    warnings: list[OutputWarning]
    qr: Summary
    pages: int
    copies: int
    matrix: qrmod.QrMatrix | None = None
    front_text: list[str] = field(default_factory=list)  # what each face shows, in order
    back_text: list[str] = field(default_factory=list)


class _Face:
    """Draws one face and keeps account of what was drawn, cut and not drawable."""

    def __init__(self, canvas: Canvas, fonts: FontSet, label: str, warnings: list[OutputWarning],
                 drawn: list[str], detail: str = ""):
        self.c = canvas
        self.fonts = fonts
        self.label = label  # one of output_warnings.PLACES; ``detail`` follows it in brackets
        self.detail = detail
        self.warnings = warnings
        self.drawn = drawn

    def check_glyphs(self, what: str, text: str) -> None:
        # No glyph in any font (a box) or a script its font cannot shape (misspelled).
        for problem in self.fonts.problems(text):
            self.warnings.append(problem.within(what).within(self.label, ", ", self.detail))

    def block(self, what: str, paragraphs: Sequence[Sequence[Span]], x: float, top: float,
              width: float, height: float, size: float, *, min_size: float = 6.0,
              max_lines: int | None = None, color=black) -> float:
        """Fit and draw; returns the y below what was drawn."""
        for p in paragraphs:
            self.check_glyphs(what, textmod.plain(p))
        fitted = textmod.fit(self.fonts, paragraphs, width, height, size, min_size=min_size,
                             max_lines=max_lines)
        if fitted.truncated:
            self.warnings.append(no_room(_short(fitted.cut)).within(what)
                                 .within(self.label, ", ", self.detail))
        for line in fitted.lines:
            self.drawn.append(textmod.visible("".join(s.text for s in line)))
        return textmod.draw(self.c, self.fonts, fitted, x, top, color=color)


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _subtype_line(name: str, condition: str, code: str | None, fits) -> str:
    """The subtype under the band's condition, in the longest form that fits one line: the
    whole name, then without the words the band already says ("Systemic mastocytosis with an
    associated hematologic neoplasm (SM-AHN)" -> "with an associated hematologic neoplasm
    (SM-AHN)"), then the code alone. Cut with an ellipsis, the code was what got lost."""
    candidates = [name]
    if name.lower().startswith(condition.lower() + " "):
        candidates.append(name[len(condition) + 1:])
    if code and code != name:
        candidates.append(code)
    return next((c for c in candidates if fits(c)), candidates[-1])


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- the emblem ---------------------------------------------------------------------------


def draw_emblem(c: Canvas, cx: float, cy: float, d: float, *, disk=white,
                ink=ALERT_RED) -> None:
    """The project's Rod of Asclepius: one serpent around a staff, on a round disk.

    Drawn from scratch for sm-card (the symbol itself is ancient and owned by no one). Not the
    red cross or crescent (protected emblems) and not the Star of Life (a certification mark).
    """
    r = d / 2
    c.saveState()
    c.setFillColor(disk)
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(ink)
    # the staff, with a rounded knob on top
    staff_w = 0.15 * r
    c.roundRect(cx - staff_w / 2, cy - 0.80 * r, staff_w, 1.58 * r, staff_w / 2, stroke=0,
                fill=1)
    c.circle(cx, cy + 0.76 * r, staff_w * 0.72, stroke=0, fill=1)

    # the serpent: lobes left and right of the staff, crossing it; drawn first wide in the
    # disk colour so that a thin gap separates it from the staff
    ys = [-0.72, -0.30, 0.12, 0.50]
    xs = [-0.14, 0.0, 0.0, 0.08]
    bulges = [0.42, -0.42, 0.36]

    def serpent(width: float, colour) -> None:
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        c.setLineCap(1)
        c.setLineJoin(1)
        s = c.beginPath()
        s.moveTo(cx + xs[0] * r, cy + ys[0] * r)
        for i, bulge in enumerate(bulges):
            k = bulge * 1.33 * r
            s.curveTo(cx + k, cy + ys[i] * r, cx + k, cy + ys[i + 1] * r,
                      cx + xs[i + 1] * r, cy + ys[i + 1] * r)
        c.drawPath(s, stroke=1, fill=0)

    serpent(0.21 * r, disk)
    serpent(0.12 * r, ink)
    # where the serpent passes behind the staff, the staff is drawn over it
    gap = 0.045 * r
    for y in (ys[1], ys[3] - 0.02):
        c.setFillColor(disk)
        c.rect(cx - staff_w / 2 - gap, cy + (y - 0.13) * r, staff_w + 2 * gap, 0.26 * r,
               stroke=0, fill=1)
        c.setFillColor(ink)
        c.rect(cx - staff_w / 2, cy + (y - 0.13 - 0.05) * r, staff_w, 0.36 * r, stroke=0,
               fill=1)
    # the head, looking up and away from the staff
    c.setFillColor(disk)
    c.ellipse(cx + 0.10 * r, cy + 0.43 * r, cx + 0.50 * r, cy + 0.67 * r, stroke=0, fill=1)
    c.setFillColor(ink)
    c.ellipse(cx + 0.14 * r, cy + 0.47 * r, cx + 0.46 * r, cy + 0.63 * r, stroke=0, fill=1)
    c.restoreState()


# --- the faces ----------------------------------------------------------------------------


@dataclass
class _CardContent:
    profile: Profile
    emergency_number: str
    first_aid: list[str]
    summary: Summary
    matrix: qrmod.QrMatrix
    back_unprinted: int = 0  # avoid entries the back could not print (it is drawn first)
    photo: bytes | None = None  # printed on the front only when the person chose it


_ARROW_W = 6.0  # pt: the width of a bold 7 pt U+2192 in DejaVu Sans, which drew it before
_ARROW_GAP = 1.8  # pt: a bold 7 pt space


def _draw_arrow(c: Canvas, x: float, baseline: float, color) -> None:
    """A right-pointing arrow for 7 pt bold text, ``x`` its left end: a shaft at the height of
    a hyphen and a filled head."""
    axis = baseline + 2.5
    head_w, head_h = 2.6, 2.0
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(0.95)
    c.setLineCap(0)
    c.line(x, axis, x + _ARROW_W - head_w + 0.2, axis)
    path = c.beginPath()
    path.moveTo(x + _ARROW_W, axis)
    path.lineTo(x + _ARROW_W - head_w, axis + head_h)
    path.lineTo(x + _ARROW_W - head_w, axis - head_h)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _draw_front(c: Canvas, fonts: FontSet, content: _CardContent, warnings: list[OutputWarning],
                drawn: list[str]) -> None:
    face = _Face(c, fonts, "Front", warnings, drawn)
    profile = content.profile
    d = profile.diagnosis
    inner_w = CARD_W - 2 * MARGIN

    # The alert band, full bleed across the top.
    band_h = 15.5 * mm
    c.setFillColor(ALERT_RED)
    c.rect(0, CARD_H - band_h, CARD_W, band_h, stroke=0, fill=1)
    emblem_d = band_h - 2 * 2.2 * mm
    emblem_cx = MARGIN + emblem_d / 2
    draw_emblem(c, emblem_cx, CARD_H - band_h / 2, emblem_d)
    tx = MARGIN + emblem_d + 2.2 * mm
    tw = CARD_W - MARGIN - tx
    y = CARD_H - MARGIN
    condition = condition_label(d.subtype if d else None)
    if condition:
        y = face.block("band", [[Span("MEDICAL ALERT", True)]], tx, y, tw, 8, 6.5,
                       color=white)
        y = face.block("condition", [[Span(condition, True)]], tx, y, tw, 16, 13.5,
                       min_size=11, color=white)
        sub = subtype_name(d.subtype if d else None)
    else:
        # No diagnosis recorded: none is invented; the band says so in small type.
        y -= 1.5
        y = face.block("band", [[Span("MEDICAL ALERT", True)]], tx, y, tw, 16, 13.5,
                       min_size=11, color=white)
        sub = "Diagnosis not recorded"
    if sub and condition:
        sub = _subtype_line(sub, condition, d.subtype if d else None,
                            lambda text: fonts.width(text, 6.5, False) <= tw)
    if sub:
        face.block("subtype", [[Span(sub)]], tx, y, tw, 8.5, 6.5, max_lines=1, color=white)

    # The danger and what to do about it.
    top = CARD_H - band_h - 1.8 * mm
    y = face.block("risk line", [[Span(risk_line(profile), True)]],
                   MARGIN, top, inner_w, 12, 9.5, min_size=9)

    # Bottom: contact and "see back", pinned to the bottom margin. The arrow is drawn, not
    # typed: the bundled Noto Sans has no U+2192, and that one character would load and embed
    # two DejaVu faces (regular and bold) in every card (~20 ms of each `card`).
    see_back = "See back"
    see_w = fonts.width(see_back, 7, True) + _ARROW_GAP + _ARROW_W
    contact_h = 2 * 7.5 * textmod.LEADING
    bottom_top = MARGIN + contact_h
    contact_w = inner_w - see_w - 2 * mm
    face.block("emergency contact", [_contact_spans(fonts, profile, contact_w, contact_h)],
               MARGIN, bottom_top, contact_w, contact_h, 7.5, max_lines=2)
    _draw_arrow(c, CARD_W - MARGIN - _ARROW_W, MARGIN + 0.25 * 7, black)
    fonts.draw(c, CARD_W - MARGIN - _ARROW_W - _ARROW_GAP, MARGIN + 0.25 * 7, see_back, 7,
               bold=True, align="right", color=black)
    drawn.append(see_back)

    # The photo, when chosen: right of the name and the avoid list, above the contact line.
    text_w = inner_w
    if content.photo is not None:
        photo_top = y - 1.2 * mm
        photo_h = min(PHOTO_MAX_H, photo_top - (bottom_top + 0.8 * mm))
        if photo_h >= PHOTO_MIN_H:
            photo_w = photo_h * 3 / 4
            draw_photo(c, content.photo, CARD_W - MARGIN - photo_w, photo_top - photo_h,
                       photo_w, photo_h)
            text_w = inner_w - photo_w - 2 * mm
        else:
            warnings.append(OutputWarning("not enough room below the risk line; left out",
                                          "photo_no_room").within("photo")
                            .within("Front", ", "))

    # Name and date of birth.
    y -= 1.2 * mm
    y = face.block("name", [[Span(_one_line(profile.name) or "(no name)", True)]], MARGIN, y,
                   text_w, 2 * 12 * textmod.LEADING, 12, min_size=8, max_lines=2)
    dob_bits = []
    if profile.date_of_birth:
        dob_bits.append(f"Date of birth {profile.date_of_birth.isoformat()}")
    if profile.blood_type:
        dob_bits.append(f"Blood type {_one_line(profile.blood_type)}")
    if dob_bits:
        y = face.block("date of birth", [[Span("   ·   ".join(dob_bits))]], MARGIN, y,
                       inner_w, 9, 7, max_lines=1)

    # The avoid list: the first entries, "avoid" in bold, "caution" regular and marked.
    y -= 1.2 * mm
    ordered = avoid_ordered(profile)
    room = y - bottom_top - 1 * mm
    if ordered:
        # "avoid" entries in bold after DO NOT GIVE; "caution" ones in regular type on a
        # line of their own, so severity never rests on type weight alone.
        shown = ordered[:4]
        avoid = [_one_line(e.agent) for e in shown if e.severity == "avoid"]
        caution = [_one_line(e.agent) for e in shown if e.severity != "avoid"]
        # What the back holds beyond these, counted by severity: "+ 4 more" after DO NOT
        # GIVE must not count caution entries as agents not to give.
        rest = ordered[len(shown):]
        more_avoid = sum(e.severity == "avoid" for e in rest)
        more_caution = len(rest) - more_avoid
        # the back is drawn first: say so when even it could not hold them all
        partial = " (not all fit)" if content.back_unprinted else ""

        def more(count: int) -> list[Span]:
            return [Span(f" + {count} more on back{partial}")] if count else []

        paras: list[list[Span]] = []
        if avoid:
            paras.append([Span("DO NOT GIVE: " + ", ".join(avoid), True)] + more(more_avoid))
        if caution:
            paras.append([Span("Caution: ", True), Span(", ".join(caution))]
                         + more(more_caution))
        elif more_caution:
            paras.append([Span("Caution: ", True), Span(f"{more_caution} on back{partial}")])
        face.block("avoid list", paras, MARGIN, y, text_w, room, 9, min_size=7)
    else:
        face.block("avoid list", [[Span("No drug to avoid recorded")]], MARGIN, y, text_w,
                   room, 7)


def qr_side(matrix: qrmod.QrMatrix) -> float:
    """The printed side of the card's QR code, quiet zone included (size: render/qr.py)."""
    return max(25 * mm, matrix.min_side(qrmod.CARD_QR_MODULE_MM))
def _contact_spans(fonts: FontSet, profile: Profile, width: float, height: float) -> list[Span]:
    """The first contact, shortened so that the phone number always prints whole: the
    relation goes first, then the name is cut with an ellipsis, then the name goes."""
    if not profile.contacts:
        return [Span("Emergency contact: none recorded")]
    ct = profile.contacts[0]
    phone = Span(textmod.phone_text(ct.phone), True)
    name = _one_line(ct.name)
    rel = f" ({_one_line(ct.relation)})" if ct.relation else ""
    candidates = [name + rel, name] if rel else [name]
    words = name.split()
    for keep in range(len(name) - 1, 0, -1):  # ever shorter, cut at a word end if possible
        cut = name[:keep].rstrip()
        if len(words) > 1 and " " in cut:
            cut = cut[: cut.rfind(" ")]
        candidates.append(cut.rstrip(" ,;:") + "\u2026")
    candidates.append("")
    for who in dict.fromkeys(candidates):  # in order, without repeats
        spans = [Span("Emergency contact: "), Span(textmod.name_text(who) + "  ")] if who else \
            [Span("Emergency contact: ")]
        spans.append(phone)
        fitted = textmod.fit(fonts, [spans], width, height, 7.5, max_lines=2)
        if not fitted.truncated:
            return spans
    return [Span("Emergency contact: "), phone]  # a very long number may wrap, never be cut


# The model records no author or date for the plan: it is labelled as the physician's, as the
# person recorded it.
PLAN_LABEL = "Physician\u2019s plan: "


def _plan_paras(fonts: FontSet, plan: str, width: float, height: float, size: float,
                where: str) -> tuple[list[list[Span]], bool]:
    """The physician's plan, as many whole sentences as fit, then where the rest is.

    Returns the paragraphs and whether it was shortened. Never cut inside a sentence: when
    not even one fits, only the label and where to read the plan are printed.
    """
    label = Span(PLAN_LABEL, True)
    sentences = plan_sentences(plan)
    for keep in range(len(sentences), -1, -1):
        text = " ".join(sentences[:keep])
        shortened = keep < len(sentences)
        spans = [label, Span(text)] if text else [label]
        if shortened:
            pointer = f" \u2192 rest: {where}" if text else f"see {where}"
            spans.append(Span(pointer, True))
        fitted = textmod.fit(fonts, [spans], width, height, size, min_size=size)
        if not fitted.truncated:
            return [spans], shortened
    return [[label, Span(f"see {where}", True)]], True


def _draw_back(c: Canvas, fonts: FontSet, content: _CardContent, warnings: list[OutputWarning],
               drawn: list[str]) -> None:
    face = _Face(c, fonts, "Back", warnings, drawn)
    profile = content.profile
    d = profile.diagnosis
    matrix = content.matrix

    # QR code top right: its dark modules keep the 3 mm margin; the white quiet zone may
    # reach into it (it is blank paper either way).
    quiet = qrmod.QUIET_ZONE
    side = qr_side(matrix)
    module = side / matrix.count_with_quiet_zone
    qx = CARD_W - MARGIN + quiet * module - side
    qtop = CARD_H - MARGIN + quiet * module
    qrmod.draw(c, matrix, qx, qtop - side, side)
    symbol_left = qx + quiet * module
    symbol_w = side - 2 * quiet * module
    cap_top = qtop - side - 0.3 * mm  # below the quiet zone, which stays blank
    y_right = face.block("QR caption", [[Span(qr_caption(content.summary))]], symbol_left,
                         cap_top, symbol_w, 3 * 6 * textmod.LEADING, 6, max_lines=3)

    # Under the QR: the clinician, then the baseline tryptase and KIT (the left column is
    # kept for what to do: first aid, the avoid list, the devices and the physician's plan).
    right_w = CARD_W - MARGIN - symbol_left
    y_right -= 0.8 * mm
    right: list[tuple[str, list[list[Span]]]] = []
    def clinician_lines(with_role: bool) -> list[list[Span]]:
        paras: list[list[Span]] = []
        for cl in profile.clinicians[:2]:
            role = f" ({_one_line(cl.role)})" if cl.role and with_role else ""
            paras.append([Span("Clinician: ", True), Span(_one_line(cl.name) + role)])
            if cl.phone:
                paras.append([Span(textmod.nobreak(cl.phone), True)])
        return paras

    clinician_paras = clinician_lines(with_role=True)
    if clinician_paras:
        right.append(("clinician", clinician_paras))
    lab_paras: list[list[Span]] = []
    kit = ([Span("KIT\u00a0D816V: ", True), Span(d.kit_d816v)]
           if d is not None and d.kit_d816v else [])
    if d is not None and d.baseline_tryptase_ng_ml is not None:
        value = f"{d.baseline_tryptase_ng_ml:g}\u00a0ng/mL"
        when = f" ({d.tryptase_measured_on.isoformat()})" if d.tryptase_measured_on else ""
        lab_paras.append([Span("Baseline tryptase: ", True), Span(value + when)])
    if kit:
        lab_paras.append(kit)
    if lab_paras:
        right.append(("tryptase and KIT", lab_paras))
    for what, paras in right:
        if y_right - MARGIN < 6 * textmod.LEADING:
            warnings.append(no_room(_short(" ".join(textmod.plain(p) for p in paras)))
                            .within(what).within("Back", ", "))
            continue
        if what == "clinician" and textmod.fit(fonts, paras, right_w, y_right - MARGIN,
                                                6).truncated:
            # without the role when that lets the number in: the number is what a team
            # uses, and it came last ("Dr Robin Vale (allergist)…", the number cut)
            paras = clinician_lines(with_role=False)
            roles = ", ".join(_one_line(cl.role) for cl in profile.clinicians[:2] if cl.role)
            warnings.append(no_room(f"role: {roles}").within(what).within("Back", ", "))
        if what == "tryptase and KIT" and d is not None and d.baseline_tryptase_ng_ml:
            # without the date of the measurement when that is what makes it fit
            compact = [[Span("Tryptase: ", True),
                        Span(f"{d.baseline_tryptase_ng_ml:g}\u00a0ng/mL")]] + ([kit] if kit else [])
            if textmod.fit(fonts, paras, right_w, y_right - MARGIN, 6).truncated:
                paras = compact
        y_right = face.block(what, paras, symbol_left, y_right, right_w, y_right - MARGIN,
                             6) - 0.5 * mm

    # Left column.
    x = MARGIN
    col_w = symbol_left - 2.2 * mm - MARGIN
    top = CARD_H - MARGIN
    bottom = MARGIN

    plan = (profile.emergency_plan or "").strip()
    number = textmod.nobreak(content.emergency_number)
    header = [Span(f"IN AN EMERGENCY \u2014 call {number}", True)]
    # Two lines for a long number: the column narrowed for the larger QR code (render/qr.py).
    y = face.block("emergency header", [header], x, top, col_w, 2 * 9.5, 7.5, max_lines=2)
    steps = [[Span(f"{i}. ", True), Span(step)]
             for i, step in enumerate(content.first_aid, start=1)]

    sections: list[tuple[str, list[list[Span]]]] = []
    ordered = avoid_ordered(profile)
    avoid_names = [_one_line(a.agent) for a in ordered if a.severity == "avoid"]
    caution_names = [_one_line(a.agent) for a in ordered if a.severity != "avoid"]
    avoid_paras: list[list[Span]] = []
    if avoid_names:
        avoid_paras.append([Span("AVOID: " + ", ".join(avoid_names), True)])
    if caution_names:
        avoid_paras.append([Span("Caution: ", True), Span(", ".join(caution_names))])
    if not ordered:
        avoid_paras.append([Span("Avoid: none recorded")])
    sections.append(("avoid list", avoid_paras))
    # The form is named when more than one is carried (step 2 names it otherwise).
    carried = carried_text(profile.injectors,
                           with_form=len(carried_devices(profile.injectors).forms) > 1)
    if carried:
        sections.append(("epinephrine carried", [[
            Span("Epinephrine carried: ", True),
            Span(", ".join(x.replace(" mg", "\u00a0mg") for x in carried))]]))
    if plan:
        sections.append(("physician's plan", []))  # laid out below, by whole sentences
    if profile.tolerated:
        sections.append(("tolerated agents", [[Span("Tolerated: ", True), Span(", ".join(
            _one_line(t.agent) for t in profile.tolerated))]]))
    if profile.medications:
        meds = "; ".join(_one_line(" ".join(x for x in (m.name, m.dose, m.schedule) if x))
                         for m in profile.medications)
        sections.append(("medications", [[Span("Medications: ", True), Span(meds)]]))
    gap = 0.5 * mm
    whole_plan = [[Span(PLAN_LABEL, True), Span(_one_line(plan))]]

    def natural(candidate: float) -> float:
        return sum(textmod.fit(fonts, paras or whole_plan, col_w, 1e6, candidate).height + gap
                   for _, paras in sections) + 0.8 * mm

    # The standard steps always print, whole, whatever else the record holds: they get all
    # the room they need before anything below them; at 6.5 pt when the rest then still fits
    # whole at 6 pt, else at 6 pt (never less).
    steps_size = 6.5
    if (textmod.fit(fonts, steps, col_w, 1e6, 6.5).height + natural(6.0)
            > y - bottom + gap):
        steps_size = 6.0
    y = face.block("first aid steps", steps, x, y, col_w, y - bottom, steps_size,
                   min_size=steps_size)
    y -= 0.8 * mm
    # One size for all these sections: the largest at which they all fit whole; if none
    # does, the minimum size, cutting from the later (less important) sections.
    size = 6.0
    fits_whole = False
    for candidate in (6.5, 6.0):
        if natural(candidate) - 0.8 * mm <= y - bottom + gap:
            size, fits_whole = candidate, True
            break
    for i, (what, paras) in enumerate(sections):
        room = y - bottom
        first_line = len(drawn)
        if room < 6 * textmod.LEADING:
            left_out = _short(" ".join(textmod.plain(p) for p in paras) or _one_line(plan))
            warnings.append(no_room(left_out).within(what).within("Back", ", "))
        else:
            later = len(sections) - i - 1
            # earlier sections matter more, but each later one keeps at least one line
            reserve = later * (size * textmod.LEADING + gap)
            cap = room if fits_whole else max(room - reserve,
                                                       min(room, size * textmod.LEADING))
            if what == "physician's plan":
                # the label and the pointer at least (two lines), before later sections
                cap = max(cap, min(room, 2 * size * textmod.LEADING))
                # The QR holds the plan above the lab values and medications: when it holds
                # more of the plan than fits here, the reader is sent there, else to the letter.
                in_qr = all(s in content.summary.text for s in plan_sentences(plan))
                where = "the QR code" if in_qr else "pre-operative letter"
                paras, cut = _plan_paras(fonts, plan, col_w, cap, size, where)
                if cut:
                    warnings.append((OutputWarning(
                        "shortened at a sentence end; the card points to the QR code",
                        "plan_shortened_qr") if in_qr else OutputWarning(
                        "shortened at a sentence end; the card points to the pre-operative "
                        "letter", "plan_shortened_letter"))
                        .within("physician's plan").within("Back", ", "))
            y = face.block(what, paras, x, y, col_w, cap, size, min_size=size)
            y -= gap
        if what == "avoid list" and ordered:
            content.back_unprinted = _warn_unprinted(ordered, drawn[first_line:], warnings)


def _warn_unprinted(ordered, lines: list[str], warnings: list[OutputWarning]) -> int:
    """Name every avoid entry the back could not print whole: a generic "left out: …" may
    hide them behind its own ellipsis, and the back is the only place for the full list."""
    printed = "".join("".join(line.split()) for line in lines)
    missing = [e for e in ordered if "".join(e.agent.split()) not in printed]
    if missing:
        entries = tuple((_short(e.agent, 40), e.severity) for e in missing)
        names = "; ".join(f"{agent} ({severity})" for agent, severity in entries)
        warnings.append(OutputWarning(
            f"{len(missing)} of {len(ordered)} entries not printed in full: {names}",
            "avoid_unprinted", missing=len(missing), total=len(ordered), entries=entries)
            .within("avoid list").within("Back", ", "))
    return len(missing)


def _face_forms(c: Canvas, fonts: FontSet, content: _CardContent, warnings: list[OutputWarning],
                front: list[str], back: list[str]) -> tuple[str, str]:
    # The back first: the front says whether the back holds the rest of the avoid list.
    back_warnings: list[OutputWarning] = []
    c.beginForm("smcBack", 0, 0, CARD_W, CARD_H)
    _draw_back(c, fonts, content, back_warnings, back)
    c.endForm()
    c.beginForm("smcFront", 0, 0, CARD_W, CARD_H)
    _draw_front(c, fonts, content, warnings, front)
    c.endForm()
    warnings.extend(back_warnings)
    return "smcFront", "smcBack"


def _crop_marks(c: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    c.setStrokeColor(black)
    c.setLineWidth(0.3)
    for x in (x0, x1):
        for y in (y0, y1):
            dx = -1 if x == x0 else 1
            dy = -1 if y == y0 else 1
            # horizontal mark on the line y, outside the card to the side
            c.line(x + dx * MARK_OFFSET, y, x + dx * (MARK_OFFSET + MARK_LENGTH), y)
            # vertical mark on the line x, outside the card above/below
            c.line(x, y + dy * MARK_OFFSET, x, y + dy * (MARK_OFFSET + MARK_LENGTH))


def sheet_slots(paper: str) -> list[tuple[float, float]]:
    """Bottom-left corners of each fold-over pair (85.60 × 107.96 mm) on the page."""
    page_w, page_h = PAPERS[paper]
    pair_w, pair_h = CARD_W, 2 * CARD_H
    top_reserved = SHEET_MARGIN + 8 * mm  # the instruction line
    cols = max(1, math.floor((page_w - 2 * SHEET_MARGIN + GUTTER) / (pair_w + GUTTER)))
    rows = max(1, math.floor((page_h - SHEET_MARGIN - top_reserved + GUTTER)
                             / (pair_h + GUTTER)))
    grid_w = cols * pair_w + (cols - 1) * GUTTER
    grid_h = rows * pair_h + (rows - 1) * GUTTER
    x_start = (page_w - grid_w) / 2
    y_top = page_h - top_reserved - ((page_h - top_reserved - SHEET_MARGIN) - grid_h) / 2
    slots = []
    for r in range(rows):
        for col in range(cols):
            x = x_start + col * (pair_w + GUTTER)
            y = y_top - (r + 1) * pair_h - r * GUTTER
            slots.append((x, y))
    return slots


def _draw_sheet(c: Canvas, fonts: FontSet, front: str, back: str, paper: str) -> int:
    page_w, page_h = PAPERS[paper]
    fonts.draw(c, page_w / 2, page_h - SHEET_MARGIN - 4, INSTRUCTION, 8, align="center")
    slots = sheet_slots(paper)
    for x, y in slots:
        fold_y = y + CARD_H
        c.saveState()
        c.translate(x, fold_y)
        c.doForm(front)
        c.restoreState()
        c.saveState()  # the back, turned by 180° about the centre of its panel
        c.translate(x + CARD_W, fold_y)
        c.rotate(180)
        c.doForm(back)
        c.restoreState()
        _crop_marks(c, x, y, x + CARD_W, y + 2 * CARD_H)
        c.saveState()  # the fold line: dashed across, with ticks outside the pair
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.4)
        c.setDash(3, 2)
        c.line(x - MARK_OFFSET - MARK_LENGTH, fold_y, x + CARD_W + MARK_OFFSET + MARK_LENGTH,
               fold_y)
        c.restoreState()
    return len(slots)


def build_card(profile: Profile, *, emergency_number: str = DEFAULT_NUMBER,
               today: date | None = None, layout: str = "sheet", paper: str = "a4",
               fonts: FontSet | None = None, reuse_qr: qrmod.QrMatrix | None = None,
               qr_format: str = DEFAULT_QR_FORMAT, photo: bytes | None = None) -> CardRender:
    """Render the card. ``today`` decides which injectors count as expired.

    ``qr_format``: "vcard" (default) or "text", see render/qr_payload.py; ``CardRender.qr.text``
    is exactly what the QR code holds.

    ``photo``: the person's photo (``profile.photo_jpeg``) when they chose to print it on the
    card (a setting, off by default); None prints none.

    ``reuse_qr``: the matrix of an earlier render (``CardRender.matrix``), used when it holds
    the same text, to spare a second encoding (the preview renders card and sheet).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    fonts = fonts or FontSet.default()
    today = today or date.today()
    warnings: list[OutputWarning] = []
    payload = qr_payload(profile, emergency_number, qr_format, qrmod.CARD_QR_MAX_BYTES)
    summary = Summary(payload.text, payload.omitted)
    if reuse_qr is not None and reuse_qr.text == summary.text:
        matrix = reuse_qr
    else:
        matrix = qrmod.encode_for_card(summary.text)
    content = _CardContent(profile, emergency_number,
                           first_aid_steps(profile.injectors, emergency_number, short=True),
                           summary, matrix, photo=photo)

    if not profile.contacts:
        warnings.append(OutputWarning("No emergency contact recorded: the card says "
                                      "\u201cnone recorded\u201d.", "no_contact_card"))
    if not injector_summary(profile.injectors):
        warnings.append(OutputWarning("No epinephrine device recorded as carried.",
                                      "no_device"))
    for inj in expired_injectors(profile, today):
        warnings.append(device_expired(inj.product, inj.dose_mg, inj.expiry_date.isoformat()))
    if summary.omitted:
        omitted = OmittedList(summary.omitted)
        marker = payload.summary.text.rsplit("\n", 1)[-1]  # a shortened summary's last line
        warnings.append(OutputWarning(f"QR code shortened (it ends \u201c{marker}\u201d); left "
                                      f"out: {omitted}", "qr_shortened_card", omitted=omitted,
                                      marker=marker))

    buf = io.BytesIO()
    page = (CARD_W, CARD_H) if layout == "card" else PAPERS[paper]
    c = Canvas(buf, pagesize=page, pageCompression=1, invariant=1)
    c.setTitle(f"Medical alert card \u2014 {_one_line(profile.name)}")
    c.setAuthor("sm-card")
    c.setSubject("Medical alert wallet card")
    front_text: list[str] = []
    back_text: list[str] = []
    front, back = _face_forms(c, fonts, content, warnings, front_text, back_text)
    if layout == "card":
        c.doForm(front)
        c.showPage()
        c.setPageSize((CARD_W, CARD_H))
        c.doForm(back)
        c.showPage()
        pages, copies = 2, 1
    else:
        copies = _draw_sheet(c, fonts, front, back, paper)
        c.showPage()
        pages = 1
    _save_binary(c)
    return CardRender(buf.getvalue(), _dedupe(warnings), summary, pages, copies, matrix,
                      front_text, back_text)


def _save_binary(c: Canvas) -> None:
    """Save with binary (not ASCII85) streams: reportlab's pure-Python ASCII85 encoder was a
    third of the card's time, and a binary PDF is also smaller."""
    from reportlab import rl_config

    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        c.save()
    finally:
        rl_config.useA85 = saved


def _dedupe(items: list[OutputWarning]) -> list[OutputWarning]:
    return list(dict.fromkeys(items))  # first of each, in order


def render_card_pdf(profile: Profile, *, emergency_number: str = DEFAULT_NUMBER,
                    today: date | None = None, layout: str = "sheet",
                    paper: str = "a4", qr_format: str = DEFAULT_QR_FORMAT,
                    photo: bytes | None = None) -> tuple[bytes, list[OutputWarning]]:
    """The card as PDF bytes plus the warnings to show the user (see :func:`build_card`)."""
    result = build_card(profile, emergency_number=emergency_number, today=today,
                        layout=layout, paper=paper, qr_format=qr_format, photo=photo)
    return result.pdf, result.warnings
