"""Travel documents: the translation card, the translation sheet and the airline letter.

* The **translation card** is an ID-1 card (the wallet card's true size): one face in the
  language of the trip, the other the same sentences in English. ``layout="card"`` gives two
  ID-1 pages per language; ``"sheet"`` gives fold-over pairs on A4 or Letter with the wallet
  card's geometry, crop marks and fold line, one pair per language, repeated to fill the page.
  A face holds the essentials first (condition, epinephrine, the number to call, what not to
  give, the contact); the other steps are added while everything still fits at 6 pt or more;
  whatever is left out is named in the warnings (the sheet holds it all).
* The **translation sheet** (A4 or Letter, one page per language if it fits, continued on the
  next page if not) prints every sentence in the language with the English beside it, the
  avoid list by INN and catalog name with ATC codes, the contacts and the devices.
* The **airline letter** (one per language) lists the devices with product, dose, lot and
  expiry, flags any that is out of date or expires before the trip ends, says why two are
  carried, in English and the language side by side, and leaves a blank signature block for
  the physician.

The sentences come from ``sm_card.core.travel``; their review status is printed and warned
about, never hidden.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sm_card.core.models import Profile
from sm_card.core.travel import (
    EXPIRED,
    Language,
    TravelContent,
    numbered_steps,
    trip_devices,
)
from sm_card.render import text as textmod
from sm_card.render.card import (
    ALERT_RED,
    CARD_H,
    CARD_W,
    INSTRUCTION,
    MARGIN,
    MARK_LENGTH,
    MARK_OFFSET,
    RULE_GREY,
    SHEET_MARGIN,
    _crop_marks,
    _Face,
    _save_binary,
    draw_emblem,
    sheet_slots,
)
from sm_card.render.fonts import FontSet, needs_shaping
from sm_card.render.letter import _LetterFonts, _ShapedParagraph, _Styles, letter_fonts
from sm_card.render.output_warnings import OutputWarning
from sm_card.render.text import Span

PAPERS = {"a4": A4, "letter": LETTER}
LAYOUTS = ("card", "sheet")
PAGE_MARGIN = 15 * mm


@dataclass
class TravelRender:
    pdf: bytes
    warnings: list[OutputWarning]
    pages: int
    # What each face or page shows, by language code (for the person's check and tests).
    text: dict[str, list[str]] = field(default_factory=dict)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def status_line(lang: Language) -> str:
    """How far the person can trust this language, for lists and printed footers."""
    corrected = lang.corrected_count
    line = lang.review.status
    if corrected:
        line += f"; {corrected} sentence{'s' if corrected > 1 else ''} corrected by the user"
    return line


def _status_warnings(languages: Sequence[Language]) -> list[OutputWarning]:
    out = []
    for lang in languages:
        if lang.unreviewed_keys:
            unchecked, total = len(lang.unreviewed_keys), len(lang.sentences)
            out.append(OutputWarning(
                f"{lang.name} ({lang.native_name}): {status_line(lang)}; {unchecked} of {total} "
                "sentences not checked by a native speaker. Have it read by one if you can, "
                "and correct it in the app (Travel page).", "translation_unchecked",
                native=lang.native_name, status=lang.review.status,
                corrected=lang.corrected_count, unchecked=unchecked, total=total))
    return out


def content_notes(content: TravelContent) -> list[OutputWarning]:
    """What the person should know about what the translation leaves out."""
    notes = []
    if content.condition_key == "risk_only":
        notes.append(OutputWarning("No diagnosis recorded: the translation names none.",
                                   "translation_no_diagnosis"))
    if content.carried < 2:
        notes.append(OutputWarning(
            f"{content.carried} epinephrine device{'s' if content.carried != 1 else ''} "
            "recorded as carried: the sentence \u201cI carry two\u2026\u201d is left out.",
            "translation_carry_two_left_out", carried=content.carried))
    return notes


# -- the translation card ------------------------------------------------------------------

# Optional steps in the order they are added while the face still fits (most useful first).
_OPTIONAL = ("lay_flat", "second_dose", "cpr", "in_doubt", "hospital", "carry_two", "caution")


def _agents_text(content: TravelContent, severity: str) -> str:
    # "ATC" stays on the line of its code: a code alone at the start of a line reads as noise.
    return ", ".join(a.label.replace("(ATC ", "(ATC\u00a0") for a in content.agents
                     if (a.severity == "avoid") == (severity == "avoid"))


# CJK punctuation that never starts a line (kept with the character before it) and that never
# ends one (kept with the character after it): a simple form of Japanese kinsoku rules.
_NO_LINE_START = set("、。，．・：；！？）」』】〕〉》ー々"
                     "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％～\u2026")
_NO_LINE_END = set("（「『【〔〈《")


def _breakable(span: Span) -> list[Span]:
    """A span of Chinese or Japanese text cut into pieces the wrapper may break between.

    text.wrap breaks only at spaces, and CJK writes none: one span per character (Latin words
    and numbers inside stay whole) lets a line break anywhere a CJK line may.
    """
    if not _is_cjk(span.text):
        return [span]
    pieces: list[str] = []
    glue_next = False
    for ch in span.text:
        latin = ch.isascii() and not ch.isspace()
        # A no-break space ("ATC N02AB02", a phone number) holds both its neighbours.
        nbsp = ch == "\u00a0"
        if pieces and (glue_next or nbsp or ch in _NO_LINE_START
                       or (latin and pieces[-1][-1:].isascii()
                           and not pieces[-1][-1:].isspace())):
            pieces[-1] += ch
        else:
            pieces.append(ch)
        glue_next = ch in _NO_LINE_END or nbsp
    return [Span(p, span.bold) for p in pieces]


def _face_paragraphs(lang: Language, content: TravelContent,
                     chosen: set[str]) -> list[list[Span]]:
    return [[piece for span in para for piece in _breakable(span)]
            for para in _face_paragraphs_whole(lang, content, chosen)]


def _face_paragraphs_whole(lang: Language, content: TravelContent,
                           chosen: set[str]) -> list[list[Span]]:
    """The face's paragraphs in reading order, with the optional ones in ``chosen``."""
    paras: list[list[Span]] = []
    who = [Span(content.name or "(no name)", True)]
    if content.date_of_birth:
        who.append(Span(f"   {lang.text('label_dob')}: {content.date_of_birth.isoformat()}"))
    paras.append(who)
    paras.append([Span(lang.text(content.condition_key), True)])
    steps = [k for k in content.steps
             if k in chosen or k.startswith("epi_") or k == "call_number"]
    paras.append([Span(lang.text("emergency_intro"), True)])
    for key, step_no in numbered_steps(steps):
        text = lang.text(key, number=textmod.nobreak(content.emergency_number))
        label = f"{step_no}. " if step_no is not None else f"{lang.text('or')}: "
        paras.append([Span(label, True), Span(text, key == "call_number")])
    if content.carry_two and "carry_two" in chosen:
        paras.append([Span(lang.text("carry_two"))])
    avoid = _agents_text(content, "avoid")
    caution = _agents_text(content, "caution")
    if avoid:
        paras.append([Span(f"{lang.text('label_do_not_give')}: {avoid}", True)])
    if caution and "caution" in chosen:
        paras.append([Span(f"{lang.text('label_caution')}: ", True), Span(caution)])
    if content.contacts:
        who_c, phone = content.contacts[0]
        paras.append([Span(f"{lang.text('label_contact')}: ", True),
                      Span(textmod.name_text(who_c) + "  "),
                      Span(textmod.phone_text(phone), True)])
    return paras


BAND_H = 12 * mm
BODY_TOP_GAP = 1.2 * mm


def _body_box() -> tuple[float, float, float, float]:
    """x, top, width, height of the text below the band."""
    top = CARD_H - BAND_H - BODY_TOP_GAP
    # Inset a little more: some capitals (J in Noto Sans) reach left of their advance box.
    inset = MARGIN + 0.75
    return inset, top, CARD_W - 2 * inset, top - MARGIN


def _choose(fonts: FontSet, faces: Sequence[Language], content: TravelContent) -> set[str]:
    """The optional sentences that fit on every face (so the two faces say the same)."""
    _x, _top, width, height = _body_box()
    chosen: set[str] = set()
    for key in _OPTIONAL:
        trial = chosen | {key}
        if all(not textmod.fit(fonts, _face_paragraphs(lang, content, trial), width, height,
                               7.0, min_size=6.0).truncated for lang in faces):
            chosen = trial
    return chosen


def _draw_face(c: Canvas, fonts: FontSet, lang: Language, content: TravelContent,
               chosen: set[str], warnings: list[OutputWarning], drawn: list[str]) -> None:
    face = _Face(c, fonts, "Translation card", warnings, drawn, detail=lang.code)
    c.setFillColor(ALERT_RED)
    c.rect(0, CARD_H - BAND_H, CARD_W, BAND_H, stroke=0, fill=1)
    emblem_d = BAND_H - 2 * 1.6 * mm
    draw_emblem(c, MARGIN + emblem_d / 2, CARD_H - BAND_H / 2, emblem_d)
    tx = MARGIN + emblem_d + 2 * mm
    tw = CARD_W - MARGIN - tx
    # Accented capitals (É, Ż, İ) and CJK reach above the usual cap height: room for them.
    y = CARD_H - MARGIN - 0.3 * 9.5
    y = face.block("band", [[Span(lang.text("alert"), True)]], tx, y, tw, 11.5, 9.5,
                   min_size=9, max_lines=1, color=white)
    face.block("band", [[Span(lang.text("card_title"))]], tx, y, tw, 8, 6.5, max_lines=1,
               color=white)
    x, top, width, height = _body_box()
    face.block("text", _face_paragraphs(lang, content, chosen), x, top, width, height, 7.0,
               min_size=6.0)


def _left_out(content: TravelContent, chosen: set[str]) -> list[str]:
    """Optional sentences the record calls for that the face had no room for."""
    out = []
    for key in _OPTIONAL:
        if key in chosen or (key == "carry_two" and not content.carry_two) or (
                key == "caution" and not _agents_text(content, "caution")):
            continue
        out.append(key)
    return out


def build_travel_card(profile: Profile, content: TravelContent, languages: Sequence[Language],
                      source: Language, *, layout: str = "sheet", paper: str = "a4",
                      fonts: FontSet | None = None) -> TravelRender:
    """Translation cards for ``languages`` (English on the other face)."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    if not languages:
        raise ValueError("no language")
    fonts = fonts or FontSet.default()
    warnings = _status_warnings(languages) + content_notes(content)
    buf = io.BytesIO()
    page = (CARD_W, CARD_H) if layout == "card" else PAPERS[paper]
    c = Canvas(buf, pagesize=page, pageCompression=1, invariant=1)
    c.setTitle(f"Medical alert card, translated \u2014 {_one_line(profile.name)}")
    c.setAuthor("sm-card")
    c.setSubject("Translation of the medical alert card: "
                 + ", ".join(lang.name for lang in languages))
    forms: list[tuple[str, str]] = []
    text: dict[str, list[str]] = {}
    every = content
    for lang in languages:
        content = every.for_language(lang)  # its number on both faces
        chosen = _choose(fonts, [lang, source], content)
        left = _left_out(content, chosen)
        if left:
            sentences = ", ".join(source.text(k) for k in left if k != "caution")
            caution = "caution" in left
            named = ", ".join(source.text(k) if k != "caution" else "the caution list"
                              for k in left)
            warnings.append(OutputWarning(
                f"not enough room for {named} (the translation sheet has them)",
                "travel_card_no_room", sentences=sentences, caution=caution)
                .within("Translation card", detail=lang.code))
        lang_drawn: list[str] = []
        en_drawn: list[str] = []
        front, back = f"smcTravel{lang.code}", f"smcTravel{lang.code}En"
        c.beginForm(front, 0, 0, CARD_W, CARD_H)
        _draw_face(c, fonts, lang, content, chosen, warnings, lang_drawn)
        c.endForm()
        c.beginForm(back, 0, 0, CARD_W, CARD_H)
        _draw_face(c, fonts, source, content, chosen, warnings, en_drawn)
        c.endForm()
        forms.append((front, back))
        text[lang.code] = lang_drawn
        text[f"{lang.code}:en"] = en_drawn
    if layout == "card":
        for front, back in forms:
            for form in (front, back):
                c.setPageSize((CARD_W, CARD_H))
                c.doForm(form)
                c.showPage()
        pages = 2 * len(forms)
    else:
        _draw_pairs(c, fonts, forms, paper)
        c.showPage()
        pages = 1
    _save_binary(c)
    return TravelRender(buf.getvalue(), list(dict.fromkeys(warnings)), pages, text)


def _draw_pairs(c: Canvas, fonts: FontSet, forms: list[tuple[str, str]], paper: str) -> None:
    """Fold-over pairs as on the wallet card's sheet: the language above the fold, English
    below it turned by 180°, one pair per language, repeated while slots remain."""
    page_w, page_h = PAPERS[paper]
    fonts.draw(c, page_w / 2, page_h - SHEET_MARGIN - 4, INSTRUCTION, 8, align="center")
    for index, (x, y) in enumerate(sheet_slots(paper)):
        front, back = forms[index % len(forms)]
        fold_y = y + CARD_H
        c.saveState()
        c.translate(x, fold_y)
        c.doForm(front)
        c.restoreState()
        c.saveState()
        c.translate(x + CARD_W, fold_y)
        c.rotate(180)
        c.doForm(back)
        c.restoreState()
        _crop_marks(c, x, y, x + CARD_W, y + 2 * CARD_H)
        c.saveState()
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.4)
        c.setDash(3, 2)
        c.line(x - MARK_OFFSET - MARK_LENGTH, fold_y, x + CARD_W + MARK_OFFSET + MARK_LENGTH,
               fold_y)
        c.restoreState()


# -- pages (sheet and letter) ----------------------------------------------------------------

def _is_cjk(text: str) -> bool:
    return any(0x3000 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF
               or 0xFF00 <= ord(ch) <= 0xFFEF for ch in text)


class _Pages:
    """Paragraph helpers over the letter's font chain, recording every text printed."""

    def __init__(self, width: float):
        self.fonts: _LetterFonts = letter_fonts()
        self.s = _Styles(self.fonts.regular, self.fonts.bold)
        self.width = width
        self.warnings: list[OutputWarning] = []
        self.printed: list[str] = []
        self.heading = ParagraphStyle("travel_h", parent=self.s.title, fontSize=13,
                                      leading=16)
        self.grey = ParagraphStyle("travel_grey", parent=self.s.body,
                                   textColor=colors.HexColor("#333333"))

    def check(self, text: str) -> None:
        for problem in self.fonts.set.problems(text):
            if problem not in self.warnings:
                self.warnings.append(problem)

    def p(self, text: str, style: ParagraphStyle | None = None, bold: bool = False,
          spans: list[Span] | None = None) -> Flowable:
        style = style or self.s.body
        spans = spans or [Span(text, bold)]
        whole = "".join(s.text for s in spans)
        self.check(whole)
        self.printed.append(textmod.visible(whole))
        if needs_shaping(whole):
            return _ShapedParagraph(self.fonts, spans, style)
        if _is_cjk(whole):
            # CJK text has no spaces: break between characters, not only at the end of a
            # "word" that is the whole sentence.
            style = ParagraphStyle(style.name + "_cjk", parent=style, wordWrap="CJK")
        markup = "".join(self.fonts.markup(s.text, bold=s.bold) for s in spans)
        return Paragraph(markup, style)

    def two_columns(self, rows: list[tuple[Flowable, Flowable]],
                    left_share: float = 0.5) -> Table:
        table = Table([list(r) for r in rows],
                      colWidths=[self.width * left_share, self.width * (1 - left_share)],
                      hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
            ("LINEAFTER", (0, 0), (0, -1), 0.25, colors.HexColor("#999999")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return table


def _doc(buffer, paper: str, title: str, subject: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(buffer, pagesize=PAPERS[paper], leftMargin=PAGE_MARGIN,
                             rightMargin=PAGE_MARGIN, topMargin=PAGE_MARGIN,
                             bottomMargin=PAGE_MARGIN, title=title, author="sm-card",
                             subject=subject, creator="sm-card")


# -- the translation sheet ---------------------------------------------------------------------

def _sheet_story(b: _Pages, content: TravelContent, lang: Language, source: Language,
                 today: date) -> list[Flowable]:
    s = b.s
    number = textmod.nobreak(content.number_for(lang))
    story: list[Flowable] = [
        b.p(lang.text("card_title"), b.heading, bold=True),
        b.p(f"{source.text('card_title')} \u2014 {lang.name} ({lang.native_name})", b.grey),
        b.p(f"Translation status: {status_line(lang)}. The English beside each sentence is "
            "the original.", s.small),
        Spacer(1, 2 * mm),
    ]
    who = content.name or "(no name)"
    if content.date_of_birth:
        who += (f"   {lang.text('label_dob')} / {source.text('label_dob')}: "
                f"{content.date_of_birth.isoformat()}")
    story.append(b.p(who, s.bold))
    story.append(Spacer(1, 1.5 * mm))

    rows: list[tuple[Flowable, Flowable]] = []

    def row(key: str | None, *, bold: bool = False, prefix: str = "", suffix: str = "",
            label_of: str | None = None, value: str = "",
            more: tuple[Span, ...] = ()) -> None:
        if label_of:
            # ``more``: spans of their own (a phone number after a name: one span, the two
            # took an Arabic name's direction and the number printed before it)
            spans_l = [Span(f"{lang.text(label_of)}: ", True), Span(value), *more]
            spans_e = [Span(f"{source.text(label_of)}: ", True), Span(value), *more]
            rows.append((b.p("", s.body, spans=spans_l), b.p("", s.body, spans=spans_e)))
            return
        assert key is not None
        left = prefix + lang.text(key, number=number) + suffix
        right = prefix + source.text(key, number=number) + suffix
        rows.append((b.p(left, s.body, bold=bold), b.p(right, s.body, bold=bold)))

    row("alert", bold=True)
    row(content.condition_key, bold=True)
    row("emergency_intro", bold=True)
    for key, step_no in numbered_steps(content.steps):
        if step_no is None:  # a second device: the same step ("or: …"), in each language
            left = f"{lang.text('or')}: {lang.text(key)}"
            right = f"{source.text('or')}: {source.text(key)}"
            rows.append((b.p(left, s.body), b.p(right, s.body)))
            continue
        row(key, prefix=f"{step_no}. ", bold=key == "call_number")
    if content.carry_two:
        row("carry_two")
    if content.agents:
        row("avoid_intro", bold=True)
        avoid = _agents_text(content, "avoid")
        caution = _agents_text(content, "caution")
        if avoid:
            row(None, label_of="label_do_not_give", value=avoid)
        if caution:
            row(None, label_of="label_caution", value=caution)
    if content.devices:
        row(None, label_of="label_epinephrine", value=", ".join(content.devices))
    if content.contacts:
        row("call_contact")
        for who_c, phone in content.contacts:
            row(None, label_of="label_contact",
                value=f"{textmod.name_text(who_c)}  ",
                more=(Span(textmod.phone_text(phone)),))
    story.append(b.two_columns(rows))
    story.append(Spacer(1, 2 * mm))
    story.append(b.p(
        "Drug and agent names: the international non-proprietary name (INN) where sm-card's "
        "catalog gives one, then the catalog's name, with the WHO ATC codes where the catalog "
        "has them (no name or code is printed where it has none); an entry not linked to the "
        f"catalog is printed as the person recorded it. Printed {today.isoformat()} by sm-card "
        "from the person's own record.", s.small))
    return story


def build_travel_sheet(profile: Profile, content: TravelContent, languages: Sequence[Language],
                       source: Language, *, today: date, paper: str = "a4") -> TravelRender:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    if not languages:
        raise ValueError("no language")
    buffer = io.BytesIO()
    doc = _doc(buffer, paper, f"Medical alert, translated \u2014 {_one_line(profile.name)}",
               "Translation sheet: " + ", ".join(lang.name for lang in languages))
    b = _Pages(doc.width)
    story: list[Flowable] = []
    text: dict[str, list[str]] = {}
    for index, lang in enumerate(languages):
        if index:
            story.append(PageBreak())
        start = len(b.printed)
        story.extend(_sheet_story(b, content, lang, source, today))
        text[lang.code] = b.printed[start:]
    doc.build(story)
    pdf = buffer.getvalue()
    pages = doc.page
    warnings = _status_warnings(languages) + content_notes(content)
    if pages > len(languages):
        warnings.append(OutputWarning(
            f"The translation sheet runs to {pages} pages for {len(languages)} "
            f"language{'s' if len(languages) != 1 else ''}: "
            "long lists continue on the next page.", "sheet_pages", pages=pages,
            languages=len(languages)))
    warnings += [w.within("Translation sheet") for w in b.warnings]
    return TravelRender(pdf, list(dict.fromkeys(warnings)), pages, text)


# -- the airline letter ----------------------------------------------------------------------

_DIAGNOSIS_KEYS = {"condition_sm": "diag_sm", "condition_cm": "diag_cm",
                   "condition_mcs": "diag_mcs", "risk_only": "diag_none"}


class _SignatureBox(Flowable):
    """A blank line to sign on (drawn, not underscores, so it never depends on a font)."""

    def __init__(self, height: float):
        super().__init__()
        self.height = height

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.height

    def draw(self):
        self.canv.setStrokeColor(black)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1.5, self.width - 4, 1.5)


def _letter_story(b: _Pages, profile: Profile, content: TravelContent, lang: Language,
                  source: Language, today: date, start: date, end: date,
                  epinephrine_atc: str | None) -> tuple[list[Flowable], list[OutputWarning]]:
    s = b.s
    flags: list[OutputWarning] = []
    story: list[Flowable] = [
        b.p(source.text("letter_title"), b.heading, bold=True),
        b.p(lang.text("letter_title"), s.h1),
        Spacer(1, 1.5 * mm),
    ]

    def both(key: str, *, bold: bool = False, **values: str) -> tuple[Flowable, Flowable]:
        return (b.p(source.text(key, **values), s.body, bold=bold),
                b.p(lang.text(key, **values), s.body, bold=bold))

    def labelled(label: str, value_en: str, value_lang: str) -> tuple[Flowable, Flowable]:
        return (b.p("", s.body, spans=[Span(f"{source.text(label)}: ", True), Span(value_en)]),
                b.p("", s.body, spans=[Span(f"{lang.text(label)}: ", True),
                                       Span(value_lang)]))

    dates = {"start": start.isoformat(), "end": end.isoformat()}
    diag = _DIAGNOSIS_KEYS[content.condition_key]
    rows = [both("letter_to", bold=True),
            labelled("label_name", content.name, content.name)]
    if content.date_of_birth:
        dob = content.date_of_birth.isoformat()
        rows.append(labelled("label_dob", dob, dob))
    rows.append(labelled("label_diagnosis", source.text(diag), lang.text(diag)))
    rows.append(both("letter_purpose"))
    rows.append(both("letter_trip", bold=True, **dates))
    if content.carry_two:
        rows.append(both("letter_carry_two"))
    story.append(b.two_columns(rows))
    story.append(Spacer(1, 2.5 * mm))

    story.append(b.p(f"{source.text('label_devices')} / {lang.text('label_devices')}",
                     s.h2, bold=True))
    lines = trip_devices(profile.injectors, today, start, end)
    if lines:
        head = [b.p(f"{source.text(k)}\n{lang.text(k)}".replace("\n", " / "), s.cell_head,
                    bold=True)
                for k in ("label_product", "label_dose", "label_lot", "label_expiry")]
        data: list[list[Flowable]] = [head + [b.p("", s.cell_head)]]
        for line in lines:
            inj = line.injector
            flag_cell: Flowable = b.p("", s.cell)
            if line.flag:
                key = "flag_expired" if line.flag == EXPIRED else "flag_expires_during"
                flag_text = f"! {source.text(key).upper()} / {lang.text(key)}"
                flag_cell = b.p(flag_text, s.cell, bold=True)
                lot = _one_line(inj.lot) if inj.lot else ""
                product = _one_line(inj.product)
                expiry = str(inj.expires_on)
                device = f"{product} {line.dose} (lot {lot or 'not recorded'}), expiry {expiry}: "
                if line.flag == EXPIRED and inj.expiry_date >= today:
                    # In date today, out of date by the day of departure.
                    flags.append(OutputWarning(
                        device + f"out of date before the trip starts ({start.isoformat()}): "
                        "replace it before you travel.", "trip_device_expires_before",
                        product=product, dose=line.dose, lot=lot, expiry=expiry,
                        start=start.isoformat()))
                else:
                    flags.append(OutputWarning(
                        device + ("expired" if line.flag == EXPIRED else
                                  "expires before the end of the trip")
                        + f" (trip ends {end.isoformat()}): replace it before you travel.",
                        "trip_device_expired" if line.flag == EXPIRED
                        else "trip_device_expires", product=product, dose=line.dose, lot=lot,
                        expiry=expiry, end=end.isoformat()))
            data.append([b.p(_one_line(inj.product), s.cell, bold=True), b.p(line.dose, s.cell),
                         b.p(_one_line(inj.lot or "\u2014"), s.cell),
                         b.p(str(inj.expires_on), s.cell), flag_cell])
        widths = [0.27, 0.11, 0.17, 0.15, 0.30]
        table = Table(data, colWidths=[b.width * w for w in widths], repeatRows=1,
                      hAlign="LEFT", splitInRow=1)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        # A flagged row is framed as well as worded: it still prints in greyscale.
        for number, line in enumerate(lines, start=1):
            if line.flag:
                style.append(("BOX", (0, number), (-1, number), 1.2, black))
        table.setStyle(TableStyle(style))
        story.append(table)
        if epinephrine_atc:
            story.append(Spacer(1, 1 * mm))
            story.append(b.p(f"Epinephrine (adrenaline): ATC {epinephrine_atc}", s.small))
    else:
        story.append(b.p("No epinephrine device is recorded as carried.", s.bold))
        flags.append(OutputWarning("No epinephrine device is recorded as carried: the letter "
                                   "lists none.", "travel_letter_no_device"))
    story.append(Spacer(1, 4 * mm))

    sign_rows = [both("letter_confirm")]
    signature = []
    for key, height in (("label_physician", 9 * mm), ("label_date", 9 * mm),
                        ("label_signature", 18 * mm)):
        signature.append([b.p(f"{source.text(key)} / {lang.text(key)}:", s.body, bold=True),
                          _SignatureBox(height)])
    table = Table(signature, colWidths=[b.width * 0.38, b.width * 0.62], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    story.append(KeepTogether([
        b.p(f"{source.text('label_physician')} / {lang.text('label_physician')}", s.h2,
            bold=True),
        b.two_columns(sign_rows), Spacer(1, 2 * mm), table]))
    story.append(Spacer(1, 3 * mm))
    story.append(b.p(
        f"Printed {today.isoformat()} by sm-card from the person's own record; it is valid "
        f"with the physician's signature. Translation into {lang.name}: {status_line(lang)}.",
        s.small))
    return story, flags


def build_travel_letter(profile: Profile, content: TravelContent, languages: Sequence[Language],
                        source: Language, *, today: date, start: date, end: date,
                        paper: str = "a4", epinephrine_atc: str | None = None) -> TravelRender:
    """The airline and border letter, one per language (each in English and that language)."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    if not languages:
        raise ValueError("no language")
    buffer = io.BytesIO()
    doc = _doc(buffer, paper, f"Carrying epinephrine \u2014 {_one_line(profile.name)}",
               "Airline and border letter")
    b = _Pages(doc.width)
    story: list[Flowable] = []
    flags: list[OutputWarning] = []
    text: dict[str, list[str]] = {}
    for index, lang in enumerate(languages):
        if index:
            story.append(PageBreak())
        first = len(b.printed)
        part, found = _letter_story(b, profile, content, lang, source, today, start, end,
                                    epinephrine_atc)
        story.extend(part)
        if not flags:
            flags = found
        text[lang.code] = b.printed[first:]
    doc.build(story)
    pdf = buffer.getvalue()
    warnings = flags + _status_warnings(languages)
    if not content.carry_two:
        warnings.append(OutputWarning("Fewer than two devices recorded as carried: the letter "
                                      "leaves out the reason for carrying two.",
                                      "travel_letter_carry_two"))
    warnings += [w.within("Letter") for w in b.warnings]
    return TravelRender(pdf, list(dict.fromkeys(warnings)), doc.page, text)
