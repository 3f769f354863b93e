"""The personal anaphylaxis action plan as a one-page PDF, A4 or US Letter.

Laid out like the ASCIA and FARE plans people know: a red title band, the photo beside the
name, the signs of a mild and of a severe reaction side by side, the numbered action for
anaphylaxis with the person's own devices, the physician's plan, the contacts, and a box for
the physician's name, signature, date and review date. Drawn on a canvas in fixed regions
(not flowed) so the plan is always exactly one page: each region's text shrinks to a minimum
size and is then cut, and every cut is reported in ``ActionPlanRender.warnings``; the
physician's plan, the only long text, ends with a "continued" line that says where the whole
plan is printed (the pre-operative letter).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from sm_card.render import action_plan_text as ap
from sm_card.render import text as textmod
from sm_card.render.card import ALERT_RED, draw_emblem
from sm_card.render.fonts import FontSet
from sm_card.render.output_warnings import OutputWarning, no_room
from sm_card.render.photo import draw_photo
from sm_card.render.text import Span

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 13 * mm
GAP = 3.5 * mm
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.93, 0.93, 0.93)
AMBER = Color(0.98, 0.91, 0.75)  # the mild column's heading: prints as light grey
PHOTO_W, PHOTO_H = 30 * mm, 40 * mm
PLAN_MIN = 28 * mm  # the physician's plan keeps at least this much of the page
CONTINUED = ("Continued: the whole plan, exactly as recorded, is printed on the "
             "pre-operative letter (sm-card letter).")


@dataclass
class ActionPlanRender:
    pdf: bytes
    warnings: list[OutputWarning]
    lines: list[str] = field(default_factory=list)  # the text drawn, in order
    plan_complete: bool = True


class _Page:
    def __init__(self, c: Canvas, fonts: FontSet):
        self.c = c
        self.fonts = fonts
        self.warnings: list[OutputWarning] = []
        self.lines: list[str] = []

    def text(self, what: str, paragraphs: Sequence[Sequence[Span]], x: float, top: float,
             width: float, height: float, size: float, *, min_size: float = 7.0,
             max_lines: int | None = None, color=black, report: bool = True
             ) -> tuple[float, textmod.Fitted]:
        for p in paragraphs:
            for problem in self.fonts.problems(textmod.plain(p)):
                if problem.within(what) not in self.warnings:
                    self.warnings.append(problem.within(what))
        fitted = textmod.fit(self.fonts, paragraphs, width, height, size, min_size=min_size,
                             max_lines=max_lines)
        if fitted.truncated and report:
            self.warnings.append(no_room(_short(fitted.cut)).within(what))
        self.lines.extend(textmod.visible("".join(s.text for s in line))
                          for line in fitted.lines)
        return textmod.draw(self.c, self.fonts, fitted, x, top, color=color), fitted

    def heading(self, text: str, x: float, top: float, width: float, *, fill=ALERT_RED,
                color=white, size: float = 9.5) -> float:
        """A filled heading bar; returns the y below it."""
        h = size * 1.7
        self.c.setFillColor(fill)
        self.c.rect(x, top - h, width, h, stroke=0, fill=1)
        self.fonts.draw(self.c, x + 2 * mm, top - h + 0.55 * size, text, size, bold=True,
                        color=color)
        self.lines.append(text)
        return top - h - 1.5 * mm


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bullets(items: Sequence[str]) -> list[list[Span]]:
    return [[Span("\u2022 " + item)] for item in items]


def _natural(fonts: FontSet, paragraphs, width: float, size: float) -> float:
    return textmod.fit(fonts, paragraphs, width, 1e6, size, min_size=size).height


def build_action_plan_pdf(plan: ap.ActionPlan, paper: str = "a4",
                          fonts: FontSet | None = None) -> ActionPlanRender:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    fonts = fonts or FontSet.default()
    page_w, page_h = PAPERS[paper]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(page_w, page_h), pageCompression=1, invariant=1)
    c.setTitle(f"Anaphylaxis action plan \u2014 {plan.name}")
    c.setAuthor("sm-card")
    c.setSubject("Personal anaphylaxis action plan")
    pg = _Page(c, fonts)
    x0, width = MARGIN, page_w - 2 * MARGIN
    top = page_h - MARGIN

    # --- title band ---------------------------------------------------------------------
    band_h = 15 * mm
    c.setFillColor(ALERT_RED)
    c.rect(x0, top - band_h, width, band_h, stroke=0, fill=1)
    draw_emblem(c, x0 + 3 * mm + 5 * mm, top - band_h / 2, 10.5 * mm)
    tx = x0 + 16 * mm
    pg.text("title", [[Span("ACTION PLAN FOR ANAPHYLAXIS", True)]], tx, top - 2.5 * mm,
            width - 18 * mm, 7.5 * mm, 17, min_size=12, max_lines=1, color=white)
    pg.text("subtitle", [[Span("For school, work and carers \u2014 keep it with the "
                               "epinephrine devices")]], tx, top - 10 * mm, width - 18 * mm,
            4.5 * mm, 9, min_size=7, max_lines=1, color=white)
    y = top - band_h - GAP

    # --- identity: photo, name, condition, avoid ----------------------------------------
    if plan.photo is not None:
        draw_photo(c, plan.photo, x0, y - PHOTO_H, PHOTO_W, PHOTO_H)
    else:
        c.saveState()
        c.setStrokeColor(GREY)
        c.setDash(2, 2)
        c.setLineWidth(0.6)
        c.rect(x0, y - PHOTO_H, PHOTO_W, PHOTO_H, stroke=1, fill=0)
        c.restoreState()
        fonts.draw(c, x0 + PHOTO_W / 2, y - PHOTO_H / 2, "Photo", 8, align="center",
                   color=GREY)
    ix = x0 + PHOTO_W + 5 * mm
    iw = width - PHOTO_W - 5 * mm
    iy, _ = pg.text("name", [[Span(plan.name or "(no name)", True)]], ix, y, iw, 14 * mm, 16,
                    min_size=10, max_lines=2)
    facts: list[list[Span]] = [[Span("Date of birth: ", True),
                                Span(plan.date_of_birth.isoformat() if plan.date_of_birth
                                     else "not recorded")]]
    facts.append([Span("Condition: ", True),
                  Span(plan.condition or "no diagnosis recorded")])
    facts.extend([[Span(line)] for line in plan.tryptase])
    iy, _ = pg.text("details", facts, ix, iy - 0.8 * mm, iw, 16 * mm, 9.5, min_size=7.5)
    avoid: list[list[Span]] = []
    if plan.avoid:
        avoid.append([Span("DO NOT GIVE: ", True), Span(", ".join(plan.avoid), True)])
    if plan.caution:
        avoid.append([Span("Caution: ", True), Span(", ".join(plan.caution))])
    if not avoid:
        avoid.append([Span("Drugs to avoid: none recorded")])
    room = iy - 0.8 * mm - (y - PHOTO_H - 1 * mm)
    if room > 7 * textmod.LEADING:
        pg.text("avoid list", avoid, ix, iy - 0.8 * mm, iw, room, 9.5, min_size=7)
    else:
        pg.warnings.append(no_room(_short(" ".join(textmod.plain(p) for p in avoid)))
                           .within("avoid list"))
    y = y - PHOTO_H - GAP

    # --- signs: mild (left) and severe (right) ------------------------------------------
    left_w = width * 0.46
    right_x = x0 + left_w + GAP
    right_w = width - left_w - GAP
    sign_size = 9
    ly = pg.heading(ap.MILD_SIGNS_TITLE, x0, y, left_w, fill=AMBER, color=black, size=8.5)
    ly, _ = pg.text("mild signs", _bullets(ap.MILD_SIGNS), x0 + 1 * mm, ly, left_w - 2 * mm,
                    40 * mm, sign_size)
    ly = pg.heading("Action for a mild to moderate reaction", x0, ly - 1.5 * mm, left_w,
                    fill=AMBER, color=black, size=8.5)
    ly, _ = pg.text("mild actions", _bullets(ap.MILD_ACTIONS) + [[Span(ap.MILD_NOTE, True)]],
                    x0 + 1 * mm, ly, left_w - 2 * mm, 30 * mm, sign_size)
    ry = pg.heading("Watch for any one of these signs of anaphylaxis", right_x, y, right_w,
                    size=8.5)
    ry, _ = pg.text("signs of anaphylaxis", _bullets(ap.SEVERE_SIGNS), right_x + 1 * mm, ry,
                    right_w - 2 * mm, 60 * mm, sign_size + 0.5)
    y = min(ly, ry) - GAP

    # --- the bottom, laid out first: footer, signature box, contacts ---------------------
    footer_top = MARGIN + 2 * 6.5 * textmod.LEADING
    sources = "; ".join(ap.SOURCE_LABELS)
    footer = [[Span("Printed from the person's own record with sm-card on "
                    f"{plan.printed_on.isoformat()}. Signs and first-aid steps: {sources}. "
                    "Devices, drugs to avoid, the physician's plan and contacts are quoted as "
                    "recorded; sm-card adds no treatment advice of its own.")]]
    pg.text("footer", footer, x0, footer_top, width, footer_top - MARGIN + 0.5, 6.5,
            min_size=6, color=GREY)
    sig_h = 21 * mm
    sig_bottom = footer_top + 1.5 * mm
    _signature_box(pg, x0, sig_bottom, width, sig_h)

    people_w = (width - GAP) / 2
    contacts = [[Span(textmod.name_text(who) + "  "), Span(textmod.phone_text(phone), True)]
                for who, phone in plan.contacts] or [[Span("None recorded")]]
    doctors = [[Span(who + ("  " if reach else "")),
                Span(reach.replace(" ", "\u00a0").replace("\u00a0·\u00a0", " · "), True)]
               for who, reach in plan.clinicians] or [[Span("None recorded")]]
    people_size = 8.5
    people_h = min(24 * mm, max(_natural(fonts, contacts, people_w - 2 * mm, people_size),
                                _natural(fonts, doctors, people_w - 2 * mm, people_size))
                   + 9.5 * 1.7 + 2 * mm)
    people_top = sig_bottom + sig_h + GAP + people_h
    for i, (title, paras) in enumerate((("Emergency contacts", contacts),
                                        ("Physicians", doctors))):
        px = x0 + i * (people_w + GAP)
        py = pg.heading(title, px, people_top, people_w, fill=LIGHT, color=black, size=8.5)
        pg.text(title.lower(), paras, px + 1 * mm, py, people_w - 2 * mm,
                py - (people_top - people_h), people_size, min_size=6.5)

    # --- action for anaphylaxis, devices ------------------------------------------------
    y = pg.heading(ap.SEVERE_ACTION_TITLE.upper(), x0, y, width, size=10)
    steps = [[Span(f"{i}. ", True), Span(step, i == 2)]
             for i, step in enumerate(plan.steps, start=1)]
    y, _ = pg.text("first-aid steps", steps, x0 + 1 * mm, y, width - 2 * mm, 60 * mm, 10,
                   min_size=8)
    y -= 1.2 * mm
    device_paras: list[list[Span]] = []
    for dev in plan.devices:
        bits = [f"expires {dev.expires}" + (" (OUT OF DATE)" if dev.expired else "")]
        if dev.route:
            bits.insert(0, dev.route)
        if dev.location:
            bits.append(f"kept: {dev.location}")
        device_paras.append([Span(f"{dev.product} {dev.dose}".replace(" mg", "\u00a0mg"),
                                  True), Span(" \u2014 " + ", ".join(bits))])
        if dev.expired:
            pg.warnings.append(OutputWarning(f"{dev.product} {dev.dose} expired "
                                             f"({dev.expires}): replace it (still listed)",
                                             "plan_device_expired", product=dev.product,
                                             dose=dev.dose, date=dev.expires))
    head = [Span("Epinephrine devices carried (from the record): ", True)]
    device_paras = [head, *device_paras] if device_paras else [head + [Span("none recorded")]]
    plan_bottom = people_top + GAP
    # The physician's plan keeps room for its heading and a few lines before the devices
    # take what they need (a long device history is cut, and said so, before the plan is).
    plan_reserve = (PLAN_MIN + 8.5 * 1.7 + 1.5 * mm) if plan.plan else 0
    device_room = min(y - plan_bottom,
                      max(4 * 7 * textmod.LEADING, min(22 * mm, y - plan_bottom - plan_reserve)))
    y, _ = pg.text("devices", device_paras, x0 + 1 * mm, y, width - 2 * mm, device_room, 9,
                   min_size=7)
    y -= GAP

    # --- the physician's plan: the rest of the page -------------------------------------
    complete = True
    if plan.plan:
        y = pg.heading("Physician's plan (as recorded)", x0, y, width, fill=LIGHT,
                       color=black, size=8.5)
        room = y - plan_bottom
        paras = [[Span(line if line.strip() else "\u00a0")] for line in plan.plan.splitlines()]
        if room < 7 * textmod.LEADING:
            complete = False
            pg.warnings.append(OutputWarning("not enough room on the page; the plan points to "
                                             "the pre-operative letter", "plan_no_room")
                               .within("physician's plan"))
            paras = []
        whole = textmod.fit(fonts, paras, width - 2 * mm, room, 9, min_size=7) if paras \
            else None
        if whole is not None and not whole.truncated:
            pg.text("physician's plan", paras, x0 + 1 * mm, y, width - 2 * mm, room, 9,
                    min_size=7)
        else:
            complete = False
            note = [[Span(CONTINUED, True)]]
            note_h = _natural(fonts, note, width - 2 * mm, 7.5)
            if paras and room - note_h >= 7 * textmod.LEADING:
                y, _ = pg.text("physician's plan", paras, x0 + 1 * mm, y, width - 2 * mm,
                               room - note_h, 9, min_size=7, report=False)
            if room >= note_h:
                pg.text("continued", note, x0 + 1 * mm, y, width - 2 * mm, room, 7.5,
                        min_size=7.5)
            pg.warnings.append(OutputWarning("shortened on the action plan; it says the whole "
                                             "plan is on the pre-operative letter",
                                             "plan_shortened_action_plan")
                               .within("physician's plan"))
    elif y - plan_bottom > 12 * mm:
        y = pg.heading("Physician's plan", x0, y, width, fill=LIGHT, color=black, size=8.5)
        pg.text("physician's plan", [[Span("No plan recorded: the physician may write it "
                                           "here.")]], x0 + 1 * mm, y, width - 2 * mm,
                y - plan_bottom, 8.5)

    c.showPage()
    c.save()
    return ActionPlanRender(buf.getvalue(), _dedupe(pg.warnings), pg.lines, complete)


def _signature_box(pg: _Page, x: float, bottom: float, width: float, height: float) -> None:
    c = pg.c
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.rect(x, bottom, width, height, stroke=1, fill=0)
    c.restoreState()
    pg.fonts.draw(c, x + 2 * mm, bottom + height - 4.5 * mm,
                  "Plan prepared by the physician (or nurse practitioner)", 8.5, bold=True,
                  color=black)
    pg.lines.append("Plan prepared by the physician (or nurse practitioner)")
    fields = (("Name", 0.0, 0.5), ("Signature", 0.5, 1.0), ("Date", 0.0, 0.5),
              ("Review by", 0.5, 1.0))
    for i, (label, start, end) in enumerate(fields):
        row = i // 2
        base = bottom + height - (10.5 + row * 7.5) * mm
        lx = x + 2 * mm + start * (width - 4 * mm)
        rx = x + 2 * mm + end * (width - 4 * mm) - 3 * mm
        w = pg.fonts.draw(c, lx, base, label + ":", 8.5, color=black)
        c.saveState()
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(lx + w + 1.5 * mm, base - 1, rx, base - 1)
        c.restoreState()
        pg.lines.append(label + ":")


def _dedupe(items: list[OutputWarning]) -> list[OutputWarning]:
    return list(dict.fromkeys(items))
