"""The pre-operative letter as a PDF (reportlab platypus), A4 or US Letter.

Part one is for the surgical and anesthesia team; part two, the preparation checklist, is for
the person. The content comes from ``sm_card.core.surgery.SurgeryLetter``; this module only
lays it out. Every piece of record text is escaped before it reaches reportlab's Paragraph
markup parser, so a name like ``<b>`` or ``&amp;`` prints literally.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sm_card.core.injectors import first_procedure_after_expiry
from sm_card.core.models import AvoidEntry, Injector, Procedure, Reaction
from sm_card.core.surgery import SurgeryLetter, format_number
from sm_card.render import text as textmod
from sm_card.render.first_aid import FIRST_AID_SOURCES, form_route, steps_for
from sm_card.render.fonts import (
    FontSet,
    clusters,
    discover_sources,
    extra_cjk_sources,
    needs_shaping,
)
from sm_card.render.output_warnings import OutputWarning
from sm_card.render.procedure_text import STEPS_HEADING, step_lines
from sm_card.render.reaction_text import acute_text, dates_note, trigger_text
from sm_card.render.tryptase_text import RULE_TEXT, WINDOW_TEXT, threshold_text

PAPERS = {"a4": A4, "letter": LETTER}
NONE_RECORDED = "none recorded"
# The premedication heading's words when only a procedure's steps are recorded.
STEPS_ONLY = "no written plan recorded; the steps recorded for the procedure follow"
SOURCE_UNVERIFIED = "(Its source could not be verified.)"


def in_record_text(entries: tuple[AvoidEntry, ...]) -> str:
    """"This patient's record lists fentanyl: AVOID." after a published point naming it."""
    named = "; ".join(f"{e.agent}: {'AVOID' if e.severity == 'avoid' else 'caution'}"
                      for e in entries)
    return f"This patient's record lists {named}."
NOT_RECORDED = "not recorded"
_YES_NO: dict[bool | None, str] = {True: "yes", False: "no", None: NOT_RECORDED}


def expiry_remark(injector: Injector, today: date, procedures: Iterable[Procedure]) -> str:
    """What the letter adds after a device's expiry: out of date now, or before the operation.

    ``procedures`` are those the letter lists (from today on); an empty string when neither.
    """
    if injector.expiry_date < today:
        return " (EXPIRED)"
    procedure = first_procedure_after_expiry(injector, procedures)
    if procedure is None or procedure.planned_on is None:
        return ""
    return f" (expires before the operation on {procedure.planned_on.isoformat()})"


def recorded_text(text: str | None) -> str:
    """A physician's plan exactly as recorded, or "none recorded"."""
    return text if text and text.strip() else NONE_RECORDED


def reaction_row(reaction: Reaction, baseline_ng_ml: float | None) -> list[str]:
    """Date, trigger, signs, treatment, acute tryptase with its threshold: as recorded."""
    return [reaction.occurred_on.isoformat(), trigger_text(reaction), reaction.signs or "",
            reaction.treatment or "", acute_text(reaction, baseline_ng_ml)]
MARGIN = 15 * mm
BODY_PT = 9
SMALL_PT = 7.5  # references and source labels; never below 6 pt
HEADING_ROOM = 16 * mm
FRAME_PADDING = 6  # reportlab's default Frame padding, in points


class _LetterFonts:
    """The machine's font chain, reordered so that the first font has a real bold face.

    Paragraph markup cannot draw synthetic bold, and headings and the avoid list must look
    bold, so a family with a bold file (DejaVu Sans) leads; the rest of the chain still
    supplies the scripts it lacks (CJK).
    """

    def __init__(self):
        sources = discover_sources(cjk_extras=False)
        sources.sort(key=lambda src: src.bold_path is None)  # stable: keeps the chain order
        self.set = FontSet(sources, more=extra_cjk_sources)
        self.regular = self.set.regular_font()
        self.bold = self.set.runs("A", bold=True)[0].font

    def markup(self, text: str, bold: bool = False) -> str:
        return self.set.markup(text, bold=bold)


@functools.cache
def letter_fonts() -> _LetterFonts:
    return _LetterFonts()


class _Styles:
    def __init__(self, regular: str, bold: str):
        def style(name: str, size: float, font: str = regular, **kw) -> ParagraphStyle:
            return ParagraphStyle(
                name, fontName=font, fontSize=size, leading=round(size * 1.22, 1),
                alignment=TA_LEFT, splitLongWords=1, **kw,
            )

        self.title = style("title", 15, bold, spaceAfter=1 * mm)
        self.subtitle = style("subtitle", 10, regular, textColor=colors.HexColor("#333333"))
        self.h2 = style("h2", 10.5, bold, spaceBefore=2.2 * mm, spaceAfter=0.8 * mm)
        self.h1 = style("h1", 12.5, bold, spaceAfter=1 * mm)
        self.body = style("body", BODY_PT)
        self.bold = style("bold", BODY_PT, bold)
        self.cell = style("cell", BODY_PT - 0.5)
        self.cell_head = style("cell_head", BODY_PT - 0.5, bold)
        self.small = style("small", SMALL_PT, textColor=colors.HexColor("#222222"))
        self.plan = style("plan", BODY_PT, leftIndent=2 * mm)
        self.item = style("item", BODY_PT, leftIndent=7 * mm, bulletIndent=0,
                          bulletFontName=regular, bulletFontSize=BODY_PT)


class _CheckBox(Flowable):
    """A drawn tick box (not a glyph, so it never depends on a font's coverage)."""

    def __init__(self, ticked: bool, size: float = 3.6 * mm):
        super().__init__()
        self.ticked = ticked
        self.size = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        c = self.canv
        c.setLineWidth(0.8)
        c.rect(0, 0, self.size, self.size)
        if self.ticked:
            c.setLineWidth(1.3)
            s = self.size
            c.lines([(0.2 * s, 0.5 * s, 0.42 * s, 0.22 * s),
                     (0.42 * s, 0.22 * s, 0.82 * s, 0.8 * s)])


class _NotesBox(Flowable):
    """Ruled space for the anesthetist's notes, as tall as the page allows (within limits)."""

    def __init__(self, width: float, min_height: float, max_height: float, line_gap: float):
        super().__init__()
        self.width = width
        self.min_height = min_height
        self.max_height = max_height
        self.line_gap = line_gap
        self.height = min_height

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = max(self.min_height, min(self.max_height, avail_height))
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#777777"))
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        c.setLineWidth(0.3)
        y = self.height - self.line_gap
        while y > 2 * mm:
            c.line(2 * mm, y, self.width - 2 * mm, y)
            y -= self.line_gap


def _keep_spaces(line: str) -> str:
    """A plan line whose indentation and runs of spaces survive Paragraph's whitespace folding.

    Tabs expand to 8 columns; each run of spaces keeps all but its last as no-break spaces, so
    the line can still wrap there; a blank line becomes one no-break space (a line of height).
    """
    line = line.expandtabs(8).rstrip()
    if not line:
        return "\u00a0"
    body = line.lstrip(" ")
    indent = "\u00a0" * (len(line) - len(body))
    return indent + re.sub(r" {2,}", lambda m: "\u00a0" * (len(m.group()) - 1) + " ", body)


class _ShapedParagraph(Flowable):
    """A paragraph drawn line by line through the font chain: for text that must be shaped.

    Paragraph markup cannot carry HarfBuzz's glyphs and positions (Devanagari, Thai, Arabic,
    Hebrew ...), and platypus would wrap right-to-left text after reordering it, printing a
    long Arabic paragraph's last words first. So such text is wrapped here, in logical order
    and between clusters, at the width the paragraph gets; each line is then shaped and put in
    visual order by itself when it is drawn.
    """

    def __init__(self, fonts: _LetterFonts, spans: list[textmod.Span], style: ParagraphStyle,
                 lines: list[textmod.Line] | None = None):
        super().__init__()
        self.fonts, self.spans, self.style = fonts, spans, style
        self._lines = lines
        self._fixed = lines is not None

    def _wrap_lines(self, width: float) -> list[textmod.Line]:
        style = self.style
        # Half a point spare, as platypus leaves rounding room.
        room = width - style.leftIndent - style.rightIndent - 0.5
        return textmod.wrap(self.fonts.set, self.spans, room, style.fontSize)

    def wrap(self, avail_width, avail_height):
        if not self._fixed:
            self._lines = self._wrap_lines(avail_width)
        assert self._lines is not None
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        lines = self._lines if self._fixed else self._wrap_lines(avail_width)
        assert lines is not None
        fit = int((avail_height + 0.01) // self.style.leading)
        # Nothing to split off (it fits whole, or not one line does): callers such as a table
        # splitting its row expect either no split or exactly two parts, never [self].
        if fit >= len(lines) or fit <= 0:
            return []
        return [_ShapedParagraph(self.fonts, self.spans, self.style, lines[:fit]),
                _ShapedParagraph(self.fonts, self.spans, self.style, lines[fit:])]

    def getSpaceBefore(self):  # noqa: N802 (reportlab's name)
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter

    def draw(self):
        style = self.style
        assert self._lines is not None
        y = self.height - style.fontSize  # the first baseline, as Paragraph places it
        for number, line in enumerate(self._lines):
            x = style.leftIndent + (style.firstLineIndent if number == 0 else 0)
            for span in line:
                x += self.fonts.set.draw(self.canv, x, y, span.text, style.fontSize,
                                         bold=span.bold, color=style.textColor)
            y -= style.leading


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _join(parts: Iterable[str | None], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


class _LetterBuilder:
    def __init__(self, letter: SurgeryLetter, width: float):
        self.letter = letter
        self.width = width
        self.fonts = letter_fonts()
        self.s = _Styles(self.fonts.regular, self.fonts.bold)
        self.warnings: list[OutputWarning] = []

    def check(self, text: str) -> None:
        """Record why ``text`` would not print as written (no glyph, cannot be shaped)."""
        for problem in self.fonts.set.problems(text):
            if problem not in self.warnings:
                self.warnings.append(problem)

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup for text that needs no shaping (headings, catalog text)."""
        self.check(text)
        if needs_shaping(text):
            self.warnings.append(OutputWarning(
                f"{text!r} is printed without shaping; it may be misspelled",
                "printed_unshaped", text=text))
        return self.fonts.markup(text, bold=bold)

    # -- small helpers -------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle | None = None, bold: bool = False) -> Flowable:
        """A paragraph of record text: escaped, with per-script font runs."""
        style = style or self.s.body
        if needs_shaping(text):
            self.check(text)
            return _ShapedParagraph(self.fonts, [textmod.Span(text, bold)], style)
        return Paragraph(self.markup(text, bold=bold), style)

    def label_value(self, label: str, value: str, style: ParagraphStyle | None = None) -> Flowable:
        style = style or self.s.body
        if needs_shaping(value):
            self.check(value)
            return _ShapedParagraph(
                self.fonts, [textmod.Span(f"{label}: ", True), textmod.Span(value)], style)
        return Paragraph(self.markup(f"{label}: ", bold=True) + self.markup(value), style)

    def heading(self, text: str, room: float = 0) -> list[Flowable]:
        # A page break when little room is left keeps a heading with what follows it, without
        # pushing a whole long table (a KeepTogether would) to the next page.
        title = Paragraph(self.markup(text, bold=True), self.s.h2)
        return [CondPageBreak(max(room, HEADING_ROOM)), title]

    def table(self, head: list[str], rows: list[list[str]], widths: list[float],
              bold_first: bool = False) -> Table:
        data = [[Paragraph(self.markup(h, bold=True), self.s.cell_head) for h in head]]
        for row in rows:
            cells = []
            for i, text in enumerate(row):
                cells.append(self.p(text, self.s.cell, bold=bold_first and i == 0))
            data.append(cells)
        total = sum(widths)
        table = Table(
            data, colWidths=[self.width * w / total for w in widths], repeatRows=1,
            splitInRow=1, hAlign="LEFT",
        )
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ]))
        return table

    def none_recorded(self) -> Paragraph:
        return self.p(NONE_RECORDED.capitalize() + ".")

    # -- part one: for the team ---------------------------------------------------------
    def part_one(self) -> list[Flowable]:
        L = self.letter  # noqa: N806 - short: it is read on nearly every line below
        s = self.s
        # The title names the condition only when the record holds a diagnosis.
        title = ("Pre-operative information: mastocytosis" if L.diagnosis.subtype_code
                 else "Pre-operative information")
        story: list[Flowable] = [
            self.p(title, s.title, bold=True),
            self.p("For the surgical and anesthesia team", s.subtitle),
            Spacer(1, 2 * mm),
        ]
        identity = [
            self.label_value("Patient", L.name, s.bold),
            self.label_value("Date printed", _date(L.printed_on)),
            self.label_value("Date of birth", f"{_date(L.date_of_birth)} (age {L.age})"
                             if L.age is not None else NONE_RECORDED),
            self.p(_join([
                f"Weight: {format_number(L.weight_kg)} kg" if L.weight_kg is not None else None,
                f"Blood type: {L.blood_type}" if L.blood_type else None,
            ], " · ")),
        ]
        grid = Table([identity[0:2], identity[2:4]], colWidths=[self.width * 0.62,
                                                               self.width * 0.38],
                     hAlign="LEFT", splitInRow=1)
        grid.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        story.append(grid)
        story.append(Spacer(1, 1.5 * mm))
        condition = (
            "The patient's record names mastocytosis, a condition in which mast cells can "
            "release their mediators in response to drugs and other triggers during surgery "
            "and anesthesia. " if L.diagnosis.subtype_code else
            "No diagnosis is recorded in the patient's record. ")
        printed_by = ("This letter was printed by the patient's parent or carer from the "
                      "child's record. Lists and plans are quoted exactly as recorded by them "
                      "and the child's physicians" if L.for_a_child else
                      "This letter was printed by the patient from their own record. Lists "
                      "and plans are quoted exactly as recorded by the patient and their "
                      "physicians")
        story.append(self.p(
            condition + printed_by + "; the standard anaphylaxis first-aid steps come from "
            "published action plans; the software adds no treatment advice of its own.",
            s.body,
        ))

        story.extend(self.heading(
            "Planned procedures" if len(L.procedures) > 1 else "Planned procedure"))
        if L.procedures:
            story.append(self.table(
                ["Date", "Hospital", "Procedure", "Notes"],
                [[_join([_date(p.planned_on) or "date not set",
                         p.planned_at.strftime("%H:%M") if p.planned_at else None], " "),
                  p.hospital or "", p.procedure, p.notes or ""] for p in L.procedures],
                [16, 30, 34, 40],
            ))
        else:
            story.append(self.none_recorded())

        d = L.diagnosis
        story.extend(self.heading("Diagnosis"))
        if d.subtype_name:
            name = d.subtype_name
            if d.subtype_code and d.subtype_code != "SM":
                name = f"{name} ({d.subtype_code})"
            story.append(self.label_value("Diagnosis", name, s.bold))
        else:
            # Never invented: with no subtype recorded, no diagnosis is named.
            story.append(self.label_value("Diagnosis", "not recorded"))
        if d.diagnosed_on:
            story.append(self.label_value("Diagnosed", d.diagnosed_on))
        tryptase = d.tryptase or NONE_RECORDED
        if d.tryptase and d.tryptase_measured_on:
            tryptase += f" (measured {_date(d.tryptase_measured_on)})"
        story.append(self.label_value("Baseline serum tryptase", tryptase))
        story.append(self.label_value("Acute tryptase threshold",
                                      threshold_text(L.baseline_tryptase)))
        for text, numbers in ((RULE_TEXT, L.tryptase_rule_refs),
                              (WINDOW_TEXT, L.tryptase_window_refs)):
            cited = ",\u00a0".join(str(n) for n in numbers)
            story.append(self.p(f"{text}\u00a0[{cited}]" if cited else text, s.small))
        story.append(self.label_value("KIT D816V", d.kit_d816v or NOT_RECORDED))
        story.append(self.label_value("History of anaphylaxis",
                                      _YES_NO[d.anaphylaxis_history]))
        if d.notes:
            story.append(self.label_value("Notes", d.notes))

        story.extend(self.heading("Drugs and agents to avoid (as recorded)"))
        if L.avoid:
            notes = ([dates_note(dates) for dates in L.avoid_reaction_dates]
                     or ("",) * len(L.avoid))
            story.append(self.table(
                ["Agent", "Severity", "Reaction seen", "Noted"],
                [[a.agent, "AVOID" if a.severity == "avoid" else "caution",
                  _join([a.reaction, f"({note})" if note else None], " "),
                  _date(a.noted_on)] for a, note in zip(L.avoid, notes, strict=True)],
                [30, 11, 45, 14], bold_first=True,
            ))
        else:
            story.append(self.none_recorded())

        # The reaction log is evidence, printed only when the person recorded reactions.
        if L.reactions:
            story.extend(self.heading("Reactions recorded (as recorded by the patient)"))
            story.append(self.table(
                ["Date", "Trigger", "Signs", "Treatment given", "Acute tryptase"],
                [reaction_row(r, L.baseline_tryptase) for r in L.reactions],
                [13, 19, 27, 20, 21],
            ))

        # Only what the person recorded as tolerated; catalog suggestions never appear here.
        story.extend(self.heading("Agents the patient records as tolerated"))
        if L.tolerated:
            story.append(self.table(
                ["Agent", "Note", "Noted"],
                [[t.agent, t.note or "", _date(t.noted_on)] for t in L.tolerated],
                [30, 56, 14],
            ))
        else:
            story.append(self.none_recorded())

        story.extend(self.heading("Current medications"))
        if L.medications:
            story.append(self.table(
                ["Medication", "Dose", "Schedule", "Purpose"],
                [[m.name, m.dose or "", m.schedule or "", m.purpose or ""]
                 for m in L.medications],
                [30, 16, 22, 32],
            ))
        else:
            story.append(self.none_recorded())

        story.extend(self.heading(
            "Anaphylaxis: first-aid steps as on the card (any plan below is in addition)",
            room=45 * mm))
        steps = steps_for(L.devices, L.emergency_number) if L.devices is not None else []
        for number, step in enumerate(steps, start=1):
            story.append(Paragraph(self.fonts.markup(step), s.item, bulletText=f"{number}."))
        story.append(self.p("In this app's words, from: " + "; ".join(FIRST_AID_SOURCES)
                            + ".", s.small))

        premedication = recorded_text(L.premedication)
        if premedication == NONE_RECORDED and any(p.premedication_steps for p in L.procedures):
            # Not "none recorded" right above the steps the person did record.
            premedication = STEPS_ONLY
        for title, text in (
            ("Physician's emergency plan (exactly as recorded; in addition to the steps above)",
             recorded_text(L.emergency_plan)),
            ("Physician's premedication plan (exactly as recorded)", premedication),
        ):
            story.extend(self.heading(title))
            # Each recorded line is its own paragraph, with its indentation, runs of spaces
            # and blank lines kept: the plan is quoted exactly.
            for line in text.splitlines() or [""]:
                story.append(self.p(_keep_spaces(line), s.plan))
        # The physician's steps entered per procedure (issue 13), quoted as written.
        for procedure in L.procedures:
            if not procedure.premedication_steps:
                continue
            # Recorded by the patient in the app, from the physician's instructions: said so,
            # under the heading of the physician's own plan. Each step with its clock time
            # when the procedure has one (the team had to count back from the start).
            story.append(self.p(STEPS_HEADING.format(procedure=procedure.procedure),
                                s.bold))
            for line in step_lines(procedure):
                story.append(self.p(_keep_spaces(line), s.plan))

        story.extend(self.heading("Epinephrine devices recorded"))
        if L.injectors:
            routes = [form_route(form) for form in L.injector_forms] or ("",) * len(L.injectors)
            story.append(self.table(
                ["Device (dose as recorded)", "Form and route", "Expires", "Lot"],
                # An out-of-date device is still listed (the person may bring it), but the
                # team must not count on it.
                [[f"{i.product} {format_number(i.dose_mg)} mg", route,
                  str(i.expires_on) + expiry_remark(i, L.printed_on, L.procedures), i.lot or ""]
                 for i, route in zip(L.injectors, routes, strict=True)],
                [27, 30, 29, 14],
            ))
        else:
            story.append(self.none_recorded())

        story.extend(self.heading("Clinicians and emergency contacts"))
        rows = [[c.name, _join([c.role, c.organisation]), _join([c.phone, c.email])]
                for c in L.clinicians]
        rows += [[c.name, _join(["emergency contact", c.relation]), c.phone] for c in L.contacts]
        if rows:
            story.append(self.table(["Name", "Role", "Phone / e-mail"], rows, [30, 38, 32]))
        else:
            story.append(self.none_recorded())

        story.extend(self.heading("Published perioperative considerations in mastocytosis",
                                  room=40 * mm))
        story.append(self.p(
            "Reported from the literature for the team's information. These are not "
            "instructions and not a plan for this patient; the treating physicians decide.",
            s.small,
        ))
        for number, item in enumerate(L.literature, start=1):
            # No-break spaces keep "[1, 2]" whole and with the word before it.
            refs = ",\u00a0".join(str(n) for n in item.references)
            # marked where it is read, not only in the reference list
            text = item.text if item.verified else f"{item.text} {SOURCE_UNVERIFIED}"
            story.append(Paragraph(self.markup(f"{text}\u00a0[{refs}]"), s.item,
                                   bulletText=f"{number}."))
            if item.in_record:  # read with it: never against this patient's own record
                story.append(self.p(in_record_text(item.in_record), s.item, bold=True))
        story.append(Spacer(1, 1.5 * mm))
        story.append(self.p("References", s.small, bold=True))
        for ref in L.references:
            story.append(self.p(f"[{ref.number}] {ref.text}", s.small))

        story.append(CondPageBreak(34 * mm))
        story.extend(self.heading("Anesthetist's notes"))
        story.append(_NotesBox(self.width, 28 * mm, 28 * mm, 7 * mm))
        return story

    # -- part two: for the person ---------------------------------------------------------
    def part_two(self) -> list[Flowable]:
        L = self.letter  # noqa: N806 - short: it is read on nearly every line below
        s = self.s
        head = [
            self.p(f"For the parents or carers of {L.name}: preparing for the operation"
                   if L.for_a_child else f"For {L.name}: preparing for your operation",
                   s.h1, bold=True),
            self.p(
                "Steps that published sources suggest; tick them off as you go. The child's "
                "physicians' advice comes first." if L.for_a_child else
                "Steps that published sources suggest; tick them off as you go. Your "
                "physicians' advice comes first.", s.body,
            ),
            Spacer(1, 2 * mm),
        ]
        rows = []
        for item in L.checklist:
            text = Paragraph(
                self.markup(item.text)
                + f'<font size="{SMALL_PT}"> ' + self.markup(
                    "(source: " + "; ".join(item.sources) + ")") + "</font>",
                s.body,
            )
            rows.append([_CheckBox(item.done), text])
        table = Table(rows, colWidths=[8 * mm, self.width - 8 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        # The person's part stays whole on one page (they may cut it off), rather than leave
        # its last rows alone on a page of their own.
        return [CondPageBreak(60 * mm), KeepTogether([_Rule(self.width), *head, table])]

    def story(self) -> list[Flowable]:
        return [*self.part_one(), *self.part_two()]


class _Rule(Flowable):
    """A dashed line between the team's part and the person's part (cut here if you like)."""

    def __init__(self, width: float):
        super().__init__()
        self.width = width

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 5 * mm

    def draw(self):
        c = self.canv
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.line(0, 2 * mm, self.width, 2 * mm)


def _fit_line(fonts: FontSet, name: str, suffix: str, width: float, size: float) -> str:
    """``name + suffix`` on one line of ``width``, the name shortened with "…" if need be."""
    if fonts.width(name + suffix, size) <= width:
        return name + suffix
    while name and fonts.width(name + "…" + suffix, size) > width:
        name = "".join(clusters(name)[:-1])  # never a consonant without its vowel sign
    return name.rstrip() + "…" + suffix


@dataclass
class LetterRender:
    pdf: bytes
    # What would not print as written (a character no font has, a script that cannot be
    # shaped): shown to the person before printing, as the card's warnings are.
    warnings: list[OutputWarning]


def render_letter(letter: SurgeryLetter, paper: str = "a4") -> bytes:
    """The letter as PDF bytes on ``paper`` ("a4" or "letter"); see :func:`build_letter_pdf`."""
    return build_letter_pdf(letter, paper).pdf


def build_letter_pdf(letter: SurgeryLetter, paper: str = "a4") -> LetterRender:
    """The letter as PDF bytes on ``paper`` ("a4" or "letter"), with its warnings."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    page_size = PAPERS[paper]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=f"Pre-operative information: {letter.name}", author=letter.name,
        subject="Pre-operative information letter",
        creator="sm-card",
    )
    builder = _LetterBuilder(letter, doc.width)

    fonts = builder.fonts.set
    # A loose page names its patient by two identifiers (name and date of birth, as a
    # hospital's own labels do) and says how many pages there are.
    born = (f" · born {letter.date_of_birth.isoformat()}" if letter.date_of_birth is not None
            else "")
    suffix = f"{born} · pre-operative information · printed {letter.printed_on.isoformat()}"
    room = doc.width - 2 * FRAME_PADDING - fonts.width("page 99 of 99", SMALL_PT) - 6 * mm
    footer_text = _fit_line(fonts, " ".join(letter.name.split()), suffix, room, SMALL_PT)
    builder.check(footer_text)
    grey = colors.HexColor("#333333")

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFillColor(grey)
        # Aligned with the text above it: the frame pads its content by FRAME_PADDING.
        fonts.draw(canvas, MARGIN + FRAME_PADDING, MARGIN + 1.5, footer_text, SMALL_PT)
        canvas.restoreState()

    def page_number(canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(grey)
        fonts.draw(canvas, page_size[0] - MARGIN - FRAME_PADDING, MARGIN + 1.5,
                   f"page {page} of {pages}", SMALL_PT, align="right")
        canvas.restoreState()

    doc.build(builder.story(), onFirstPage=footer, onLaterPages=footer,
              canvasmaker=functools.partial(_CountedPages, page_number))
    return LetterRender(buffer.getvalue(), [w.within("Letter") for w in builder.warnings])


class _CountedPages(Canvas):
    """A canvas that holds its pages until the last is known, then numbers each "page N of
    M" (reportlab draws a page's footer before it knows how many pages follow)."""

    def __init__(self, number, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._number = number
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for index, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._number(self, index, total)
            super().showPage()
        super().save()
