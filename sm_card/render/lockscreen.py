"""The phone lock-screen image: the card's essentials, readable at arm's length, as a PNG.

Apple's and Android's own emergency screens hold a few fields a responder may not think to
open; a wallpaper is seen by whoever picks the phone up. So the image carries what the card's
front says (condition, risk, name, what not to give, the emergency contact), the epinephrine
step, and the card's QR code.

How it is drawn: the page is laid out with reportlab exactly as the card is (the same font
chain, with fallback for every script, HarfBuzz shaping and bidi from render/fonts.py, the
same fitting rules from render/text.py, the same vector QR), on a page of W × H points, and
PDFium (pypdfium2, already what the app previews PDFs with) rasterises it at one pixel a
point. Drawing with Pillow instead would need a second text engine: Pillow's own text has no
font fallback and shapes only when built with libraqm, so Arabic or Devanagari names would
print wrong, unlike on the card.

Safe areas are approximations (phones differ, and each OS release moves things): the top
``TOP_CLEAR`` of the height is left empty for the clock, date and lock-screen widgets, the
bottom ``BOTTOM_CLEAR`` for the flashlight and camera buttons, the home indicator and the
unlock hint. Notifications may still cover the middle of the screen; the person can hide
them on the lock screen in the phone's settings.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.colors import Color, white
from reportlab.pdfgen.canvas import Canvas

from sm_card.core.first_aid import carried_devices
from sm_card.core.models import Profile
from sm_card.core.output_items import avoid_ordered, expired_injectors
from sm_card.render import qr as qrmod
from sm_card.render import text as textmod
from sm_card.render.card import ALERT_RED, draw_emblem, qr_caption
from sm_card.render.first_aid import epinephrine_step
from sm_card.render.fonts import FontSet
from sm_card.render.output_warnings import OutputWarning, no_room
from sm_card.render.qr_payload import DEFAULT_FORMAT as DEFAULT_QR_FORMAT
from sm_card.render.qr_payload import qr_payload
from sm_card.render.summary import OmittedList, Summary, condition_label, risk_line
from sm_card.render.text import Span

TOP_CLEAR = 0.30
BOTTOM_CLEAR = 0.12
BACKGROUND = Color(0.07, 0.07, 0.08)  # near black: the clock (white) stays legible over it
BACKGROUND_RGB = (18, 18, 20)  # the same colour as PDFium renders it (for tests)
MIN_SIDE = 320
MAX_SIDE = 4096


@dataclass(frozen=True)
class Preset:
    width: int
    height: int
    label: str


# Native screen resolutions in pixels, portrait, as the makers publish them (Apple's tech
# specs pages, Google's Pixel and Samsung's Galaxy specifications). The lock screen shows the
# image at this size; a phone that zooms wallpapers (iOS "perspective zoom") crops a little
# off every edge, which the side margins allow for.
PRESETS: dict[str, Preset] = {
    "iphone-se": Preset(750, 1334, "iPhone SE (2nd and 3rd generation)"),
    "iphone-13-mini": Preset(1080, 2340, "iPhone 12 mini, 13 mini"),
    "iphone-14": Preset(1170, 2532, "iPhone 12, 13, 14"),
    "iphone-15": Preset(1179, 2556, "iPhone 15, 15 Pro, 16"),
    "iphone-15-plus": Preset(1290, 2796, "iPhone 15 Plus, 15 Pro Max, 16 Plus"),
    "pixel-7a": Preset(1080, 2400, "Google Pixel 7a"),
    "pixel-8": Preset(1080, 2400, "Google Pixel 8"),
    "pixel-8-pro": Preset(1344, 2992, "Google Pixel 8 Pro"),
    "galaxy-s24": Preset(1080, 2340, "Samsung Galaxy S24"),
    "galaxy-s24-ultra": Preset(1440, 3120, "Samsung Galaxy S24 Ultra"),
}
DEFAULT_PRESET = "iphone-15"


class SizeError(ValueError):
    pass


def parse_size(text: str) -> tuple[int, int]:
    """'1179x2556' (or with ×) as (width, height) in pixels, portrait, within sane bounds."""
    cleaned = text.strip().lower().replace("×", "x")
    parts = cleaned.split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise SizeError(f"{text!r} is not a size in pixels such as 1179x2556")
    width, height = (int(p) for p in parts)
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise SizeError(f"{text!r}: each side must be {MIN_SIDE} to {MAX_SIDE} pixels")
    if height < width:
        raise SizeError(f"{text!r}: a lock screen is portrait (height larger than width)")
    return width, height


@dataclass
class Zones:
    """Where content may go, in pixels from the top (y grows downwards, as in the PNG)."""

    width: int
    height: int
    content_top: int  # first row that may hold content
    content_bottom: int  # first row below the content area
    qr_box: tuple[int, int, int, int] = (0, 0, 0, 0)  # left, top, right, bottom (quiet zone in)


@dataclass
class LockScreen:
    png: bytes
    warnings: list[OutputWarning]
    qr_text: str  # exactly what the QR code holds
    zones: Zones
    lines: list[str] = field(default_factory=list)  # the text drawn, in order


def _one_line(text: str) -> str:
    return " ".join(text.split())


# How many entries the image names (it is read at arm's length); the rest are counted.
AVOID_SHOWN, CAUTION_SHOWN = 4, 2


def _more(every: list[str], shown: list[str]) -> str:
    return f" + {len(every) - len(shown)} more" if len(every) > len(shown) else ""


def build_lockscreen(profile: Profile, width: int, height: int, *,
                     emergency_number: str = "112", today: date | None = None,
                     qr_format: str = DEFAULT_QR_FORMAT,
                     fonts: FontSet | None = None) -> LockScreen:
    """The lock-screen image, ``width`` × ``height`` pixels (see parse_size for bounds)."""
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise SizeError(f"each side must be {MIN_SIDE} to {MAX_SIDE} pixels")
    fonts = fonts or FontSet.default()
    today = today or date.today()
    warnings: list[OutputWarning] = []
    lines: list[str] = []
    payload = qr_payload(profile, emergency_number, qr_format, qrmod.CARD_QR_MAX_BYTES)
    matrix = qrmod.encode_for_card(payload.text)
    if payload.omitted:
        omitted = OmittedList(payload.omitted)
        warnings.append(OutputWarning(f"QR code shortened; left out: {omitted}",
                                      "qr_shortened", omitted=omitted))

    W, H = float(width), float(height)  # noqa: N806 - the page's width and height
    u = W / 100  # one unit: 1 % of the width; every size follows the screen
    margin = 7 * u
    inner_w = W - 2 * margin
    top = H - round(TOP_CLEAR * H) - 2 * u  # reportlab's y grows upwards
    bottom = round(BOTTOM_CLEAR * H) + 2 * u

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(W, H), pageCompression=1, invariant=1)
    c.setTitle(f"Lock screen \u2014 {_one_line(profile.name)}")
    c.setAuthor("sm-card")
    c.setFillColor(BACKGROUND)
    c.rect(0, 0, W, H, stroke=0, fill=1)

    def block(what: str, paragraphs, y: float, height_room: float, size: float, *,
              min_size: float, color=white, max_lines: int | None = None,
              x: float = margin, w: float = inner_w) -> float:
        for p in paragraphs:
            for problem in fonts.problems(textmod.plain(p)):
                warnings.append(problem.within(what))
        fitted = textmod.fit(fonts, paragraphs, w, height_room, size, min_size=min_size,
                             max_lines=max_lines)
        if fitted.truncated:
            warnings.append(no_room(fitted.cut).within(what))
        lines.extend(textmod.visible("".join(s.text for s in line)) for line in fitted.lines)
        return textmod.draw(c, fonts, fitted, x, y, color=color)

    # The band: emblem, MEDICAL ALERT and the condition (none invented when none recorded).
    band_h = 17 * u
    band_top = top
    c.setFillColor(ALERT_RED)
    c.roundRect(margin - 2 * u, band_top - band_h, inner_w + 4 * u, band_h, 2.5 * u,
                stroke=0, fill=1)
    emblem_d = band_h - 5 * u
    draw_emblem(c, margin + emblem_d / 2 + 0.5 * u, band_top - band_h / 2, emblem_d)
    tx = margin + emblem_d + 3 * u
    tw = margin + inner_w - tx
    d = profile.diagnosis
    condition = condition_label(d.subtype if d else None)
    y = band_top - 2.2 * u
    y = block("band", [[Span("MEDICAL ALERT", True)]], y, 5.5 * u, 4.4 * u, min_size=3 * u,
              x=tx, w=tw, max_lines=1)
    block("condition", [[Span(condition or "Diagnosis not recorded", True)]], y, 9 * u,
          6.2 * u if condition else 4.5 * u, min_size=3.5 * u, x=tx, w=tw, max_lines=2)
    text_top = band_top - band_h - 2.5 * u

    # What matters most first: when room runs out the later blocks are cut first.
    # (what, paragraphs, size, smallest size, at most this many lines)
    blocks: list[tuple[str, list[list[Span]], float, float, int]] = [
        ("risk line", [[Span(risk_line(profile), True)]], 5.6 * u, 4.2 * u, 2),
        ("name", [[Span(_one_line(profile.name) or "(no name)", True)]], 7.5 * u, 4.5 * u, 2),
    ]
    devices = carried_devices(profile.injectors)
    blocks.append(("what to do", [[Span(epinephrine_step(devices, short=True) + ". ", True),
                                   Span(f"Call\u00a0{textmod.nobreak(emergency_number)}.")]],
                   4.6 * u, 3.6 * u, 3))
    ordered = avoid_ordered(profile)
    every_avoid = [_one_line(e.agent) for e in ordered if e.severity == "avoid"]
    every_caution = [_one_line(e.agent) for e in ordered if e.severity != "avoid"]
    avoid, caution = every_avoid[:AVOID_SHOWN], every_caution[:CAUTION_SHOWN]
    if avoid or caution:
        paras = []
        # The image holds the first few; it says how many more there are (six entries,
        # atracurium among them, were left out without a word) and the warning names them.
        if avoid:
            paras.append([Span("DO NOT GIVE: " + ", ".join(avoid) + _more(every_avoid, avoid),
                               True)])
        if caution:
            paras.append([Span("Caution: ", True),
                          Span(", ".join(caution) + _more(every_caution, caution))])
        blocks.append(("avoid list", paras, 4.6 * u, 3.6 * u, 4))
        left = [*every_avoid[AVOID_SHOWN:], *every_caution[CAUTION_SHOWN:]]
        if left:
            warnings.append(no_room(", ".join(left)).within("avoid list"))
    if profile.contacts:
        ct = profile.contacts[0]
        rel = f" ({_one_line(ct.relation)})" if ct.relation else ""
        blocks.append(("emergency contact", [
            [Span("Emergency contact: "), Span(textmod.name_text(ct.name + rel))]], 4.4 * u,
            3.4 * u, 1))
        # the number as a block of its own, last: the layout keeps a line for it whatever
        # comes before, and it is never cut for the name
        blocks.append(("emergency contact's phone", [[Span(textmod.nobreak(ct.phone), True)]],
                       4.4 * u, 3.4 * u, 2))
    else:
        warnings.append(OutputWarning("No emergency contact recorded.", "no_contact"))
    gap = 1.6 * u

    def sizes(t: float) -> list[float]:
        """Each block's size, from its smallest (t = 0) to its full size (t = 1)."""
        return [low + t * (size - low) for _, _, size, low, _ in blocks]

    def need(t: float) -> float:
        return sum(textmod.fit(fonts, paras, inner_w, 1e6, sz, max_lines=most).height + gap
                   for (_, paras, _, _, most), sz in zip(blocks, sizes(t), strict=True)) - gap

    # The QR code at the bottom of the content area, centred, in whole pixels a module (crisp
    # edges). Phones are about 6-7 cm wide, so a module of W/280 px is about 0.22 mm on the
    # glass, the smallest a phone camera reads well from a screen; half as large again reads
    # from farther. Preferred, in order: the text whole at full size beside a comfortable
    # symbol; the text whole, smaller, beside one; the text whole beside the smallest symbol;
    # else the smallest symbol and the smallest text, cut from the end.
    n = matrix.count_with_quiet_zone
    caption_size = 3.2 * u
    qr_floor = bottom + caption_size * 1.6
    smallest = max(3, round(W / 280))
    comfortable = max(smallest + 1, round(1.5 * smallest))
    largest = max(comfortable, int(min(0.46 * W, 0.45 * (top - bottom)) // n))
    module, scale = smallest, 0.0
    steps = [1 - k / 8 for k in range(9)]
    choices = [(comfortable, t) for t in steps] + [(smallest, t) for t in steps]
    for lowest, t in choices:
        needed = need(t)
        fitting = [m for m in range(largest, lowest - 1, -1)
                   if text_top - (qr_floor + m * n + 2.5 * u) >= needed]
        if fitting:
            module, scale = fitting[0], t
            break
    block_sizes = sizes(scale)
    side = module * n
    qx = round((W - side) / 2)
    qy = round(qr_floor)
    qrmod.draw(c, matrix, qx, qy, side)
    caption = qr_caption(Summary(payload.text, payload.omitted))
    caption_size = min(caption_size, caption_size * inner_w / fonts.width(caption, caption_size))
    fonts.draw(c, W / 2, bottom + 0.35 * caption_size, caption, caption_size, align="center",
               color=Color(0.8, 0.8, 0.8))
    text_bottom = qy + side + 2.5 * u

    y = text_top
    for i, (what, paras, _, min_size, most) in enumerate(blocks):
        # each later block keeps room for one line at its smallest size
        reserve = sum(low * textmod.LEADING + gap for _, _, _, low, _ in blocks[i + 1:])
        if y - text_bottom < min_size * textmod.LEADING:
            warnings.append(no_room(" ".join(textmod.plain(p) for p in paras)).within(what))
            continue
        room = max(y - text_bottom - reserve, min_size * textmod.LEADING)
        y = block(what, paras, y, min(room, y - text_bottom), block_sizes[i],
                  min_size=min_size, max_lines=most) - gap
    lines.append(caption)

    for inj in expired_injectors(profile, today):
        expired = inj.expiry_date.isoformat()
        warnings.append(OutputWarning(f"{inj.product} {inj.dose_mg:g} mg expired on {expired}: "
                                      "replace it.", "device_expired_replace",
                                      product=inj.product, dose=f"{inj.dose_mg:g}", date=expired))
    c.showPage()
    c.save()
    png = _rasterise(buf.getvalue(), width, height)
    zones = Zones(width, height, round(TOP_CLEAR * H), height - round(BOTTOM_CLEAR * H),
                  (qx, round(H - qy - side), qx + side, round(H - qy)))
    return LockScreen(png, warnings, payload.text, zones, lines)


def _rasterise(pdf: bytes, width: int, height: int) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=1, draw_annots=False)
        image = bitmap.to_pil().convert("RGB")
    finally:
        document.close()
    if image.size != (width, height):  # PDFium rounds the page size; never off by more
        image = image.resize((width, height))
    out = io.BytesIO()
    # optimize=True would take 0.5 s of a 0.75 s render to save 4 % of ~190 KB
    image.save(out, "PNG")
    return out.getvalue()
