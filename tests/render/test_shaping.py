"""Complex scripts print as HarfBuzz shapes them: the glyphs (and their positions) drawn in the
PDF are compared with uharfbuzz's shaping of the same text with the same font file.

The glyphs drawn are read back from the PDF itself: each Tj/TJ string's codes are looked up in
the embedded TrueType subset (its own cmap), and each glyph is identified by its outline
(components decomposed) and advance, which the subset copies from the original font; so no
part of the code under test is trusted to say what was drawn.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
import uharfbuzz as hb
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

from sm_card.core.catalog import default_catalog
from sm_card.core.models import AvoidEntry, Profile
from sm_card.core.surgery import build_letter
from sm_card.render.card import build_card
from sm_card.render.fonts import FontSet, clusters
from sm_card.render.letter import build_letter_pdf, letter_fonts

TODAY = date(2026, 11, 23)

# name, the family that must draw it on the card
NAMES = [
    ("प्रियंका शर्मा", "Noto Sans"),  # Noto Sans has Devanagari and its layout tables
    ("किरण", "Noto Sans"),
    ("สมชาย ใจดี", "Noto Sans Thai"),
    ("محمد", "Noto Sans Arabic"),
    ("محمد علي", "Noto Sans Arabic"),
    ("דוד", "DejaVu Sans"),
    ("Zoe\u0308 Ngu\u0323\u0302n", "Noto Sans"),  # decomposed accents (NFD, as macOS types)
]


def _signature(glyphset, hmtx, name: str) -> tuple:
    pen = DecomposingRecordingPen(glyphset)
    glyphset[name].draw(pen)
    return hmtx[name][0], tuple(pen.value)


class _Program:
    """An embedded TrueType subset: code -> (glyph signature, width in 1/1000 em)."""

    def __init__(self, font):
        descriptor = font["/FontDescriptor"].get_object()
        data = descriptor["/FontFile2"].get_object().get_data()
        self.tt = TTFont(io.BytesIO(data))
        self.glyphset = self.tt.getGlyphSet()
        self.cmap: dict[int, str] = {}
        for table in self.tt["cmap"].tables:
            self.cmap.update(table.cmap)
        first = int(font.get("/FirstChar", 0))
        self.widths = {first + i: float(w) for i, w in enumerate(font["/Widths"])}

    def glyph(self, code: int) -> tuple:
        return _signature(self.glyphset, self.tt["hmtx"], self.cmap.get(code, ".notdef"))


def drawn_glyphs(pdf: bytes) -> list[tuple[tuple, float, float]]:
    """Every glyph drawn, in content order: (signature, x, rise), x in points along the line.

    x is the pen position in text space as the TJ adjustments and widths move it (from the
    start of each text object), so relative positions within a run can be compared.
    """
    reader = PdfReader(io.BytesIO(pdf))
    programs: dict[int, _Program] = {}
    out: list[tuple[tuple, float, float]] = []

    def walk(contents, resources) -> None:
        fonts = resources.get("/Font", {}) if resources else {}
        xobjects = resources.get("/XObject", {}) if resources else {}
        program: _Program | None = None
        size = 0.0
        x = 0.0
        rise = 0.0
        for operands, op in ContentStream(contents, reader).operations:
            if op == b"BT":
                x, rise = 0.0, 0.0
            elif op == b"Tf":
                font = fonts[operands[0]].get_object()
                size = float(operands[1])
                key = id(font)
                if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"]:
                    if key not in programs:
                        programs[key] = _Program(font)
                    program = programs[key]
                else:
                    program = None
            elif op == b"Ts":
                rise = float(operands[0])
            elif op in (b"Tj", b"TJ"):
                items = operands[0] if op == b"TJ" else [operands[0]]
                for item in items:
                    if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
                        data = item.original_bytes if hasattr(item, "original_bytes") else item
                        for code in data:
                            if program is not None:
                                out.append((program.glyph(code), x, rise))
                                x += program.widths.get(code, 0) * size / 1000
                    else:
                        x -= float(item) * size / 1000
            elif op == b"Do":
                xobject = xobjects[operands[0]].get_object()
                if xobject.get("/Subtype") == "/Form":
                    walk(xobject, xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get_contents(), page.get("/Resources"))
    return out


def harfbuzz_glyphs(text: str, path: Path, size: float) -> list[tuple[tuple, float, float]]:
    """uharfbuzz's shaping of ``text`` with the font file: (signature, x, y offset) per glyph."""
    face = hb.Face(path.read_bytes())
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    tt = TTFont(str(path))
    glyphset, hmtx = tt.getGlyphSet(), tt["hmtx"]
    scale = size / face.upem
    pen_x = 0.0
    out = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        name = tt.getGlyphName(info.codepoint)
        out.append((_signature(glyphset, hmtx, name), (pen_x + pos.x_offset) * scale,
                    pos.y_offset * scale))
        pen_x += pos.x_advance
    return out


def _cmap_only(text: str, path: Path) -> list[tuple]:
    """The glyphs an unshaped renderer would draw: one per character, in logical order."""
    tt = TTFont(str(path))
    glyphset, hmtx, cmap = tt.getGlyphSet(), tt["hmtx"], tt.getBestCmap()
    return [_signature(glyphset, hmtx, cmap[ord(c)]) for c in text if ord(c) in cmap]


def _find(drawn, expected) -> list[int]:
    """Start indices where the expected glyph sequence is drawn, positions included (0.02 pt)."""
    starts = []
    n = len(expected)
    for i in range(len(drawn) - n + 1):
        window = drawn[i:i + n]
        if any(d[0] != e[0] for d, e in zip(window, expected, strict=True)):
            continue
        x0, e0 = window[0][1], expected[0][1]
        if all(abs((d[1] - x0) - (e[1] - e0)) < 0.02 and abs(d[2] - e[2]) < 0.02
               for d, e in zip(window, expected, strict=True)):
            starts.append(i)
    return starts


def _path(fonts: FontSet, family: str) -> Path:
    return next(s.path for s in fonts.sources if s.family == family)


def _files(fonts: FontSet, family: str) -> list[Path]:
    """The family's regular file and its bold file when it has one (bold text uses it)."""
    source = next(s for s in fonts.sources if s.family == family)
    return [source.path] + ([source.bold_path] if source.bold_path else [])


@pytest.mark.parametrize(("name", "family"), NAMES)
def test_card_draws_harfbuzz_glyphs_for_the_name(name, family):
    fonts = FontSet.default()
    assert fonts.fonts_used(name) == [family]
    result = build_card(Profile(name=name), layout="card", today=TODAY)
    assert not [w for w in result.warnings if "font" in w or "shaped" in w]
    drawn = drawn_glyphs(result.pdf)
    # The name is fitted to its box, bold: it is drawn at one of text.fit's sizes.
    found = [(path, size) for path in _files(fonts, family) for size in _sizes_tried()
             if _find(drawn, harfbuzz_glyphs(name, path, size))]
    assert found, f"{name}: HarfBuzz's glyph sequence for {family} is not on the card"


def _sizes_tried() -> list[float]:
    return [x / 2 for x in range(12, 41)]


@pytest.mark.parametrize("name", ["प्रियंका शर्मा", "محمد", "किरण", "Zoe\u0308 Ngu\u0323\u0302n"])
def test_the_comparison_would_catch_unshaped_text(name):
    # Without shaping these names draw other glyphs (ि after its consonant, a visible virama,
    # unjoined Arabic letters): the test above could not pass on unshaped output.
    path = _path(FontSet.default(), dict(NAMES)[name])
    assert [g[0] for g in harfbuzz_glyphs(name, path, 10)] != _cmap_only(name, path)


@pytest.mark.parametrize(("name", "family"), NAMES)
def test_letter_draws_harfbuzz_glyphs_and_warns_of_nothing(name, family):
    profile = Profile(name=name)
    profile.avoid = [AvoidEntry(agent=name, severity="avoid")]
    result = build_letter_pdf(build_letter(profile, default_catalog(), TODAY))
    assert result.warnings == []
    fonts = letter_fonts().set
    used = fonts.fonts_used(name)
    assert len(used) == 1  # one font draws the whole name (DejaVu Sans leads in the letter)
    drawn = drawn_glyphs(result.pdf)
    # The "Patient" line (9 pt), the avoid table's cell (8.5 pt, bold), part two's heading
    # (12.5 pt, bold) and the footer (7.5 pt).
    regular, *bold = _files(fonts, used[0])
    bold_file = bold[0] if bold else regular
    for path, size in ((regular, 9), (bold_file, 8.5), (bold_file, 12.5), (regular, 7.5)):
        assert _find(drawn, harfbuzz_glyphs(name, path, size)), (path.name, size)


def test_mixed_line_is_in_visual_order():
    # An Arabic name with digits inside a left-to-right line: the Arabic run reads right to
    # left, the number inside it left to right, and the whole run sits where bidi puts it.
    fonts = FontSet.default()
    runs = fonts.runs("Patient: محمد 123 (x)")
    assert [r.text for r in runs] == ["Patient: ", "123", "محمد ", " (x)"]
    assert [r.rtl for r in runs] == [False, False, True, False]


def test_letter_warns_about_a_character_without_a_glyph():
    fonts = letter_fonts().set
    missing = next((c for c in ["\U0001D11E", "\U00013000", "\U0001F9A0", "\uE000"]
                    if not fonts.covers(c)), None)
    if missing is None:
        pytest.skip("this machine has a font for every candidate")
    profile = Profile(name=f"Ann {missing}")
    result = build_letter_pdf(build_letter(profile, default_catalog(), TODAY))
    assert any(f"U+{ord(missing):04X}" in w for w in result.warnings)


def test_a_script_the_font_cannot_shape_is_reported(tmp_path):
    # A font with the Devanagari letters but no OpenType layout for them (made here from Noto
    # Sans with fontTools) would print the name misspelled: that is reported.
    from fontTools import subset

    from sm_card.render.fonts import FontSource

    source = _path(FontSet.default(), "Noto Sans")
    options = subset.Options()
    options.layout_features = []  # keep the glyphs, drop the OpenType layout
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    font = TTFont(str(source))
    sub = subset.Subsetter(options)
    sub.populate(text="किरण abc")
    sub.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 4, 6):  # its own name: reportlab keeps one font per name
            record.string = "NoLayoutTest"
    target = tmp_path / "NoLayoutDeva.ttf"
    font.save(str(target))
    plain = FontSet([FontSource("No Layout", target)], fontconfig=False)
    problems = plain.problems("किरण")
    assert len(problems) == 1 and "Devanagari" in problems[0] and "No Layout" in problems[0]
    assert plain.problems("abc") == []


@pytest.mark.parametrize("text", ["प्रियंका", "สมชาย ใจดี", "क्षत्रिय"])
def test_clusters_keep_spelling_units_whole(text):
    pieces = clusters(text)
    assert "".join(pieces) == text
    for piece in pieces:
        # no piece starts with a mark, a virama-joined consonant or after a Thai preposed vowel
        assert piece[0] not in "\u093f\u094d\u0e35\u0e34"
    if text.startswith("प्रि"):
        assert pieces[0] == "प्रि"
    if text.startswith("สม"):
        assert "ใจ" in pieces


@pytest.mark.parametrize("text", ["Glyph jumping quay", "الأنصاري الخزرجي", "ย่ำฤๅ ปฏิญญา",
                                  "प्रियंका शर्मा", "鬱龍"])
def test_a_block_ends_below_its_ink(text):
    """The next block starts where a drawn block says it ended. An Arabic name's tails went
    deeper than a Latin line's leading leaves room for and ran into the date of birth under
    it on the card. Measured on the rendered page, not on the code's own figures."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    from sm_card.render import text as textmod
    from sm_card.render.fonts import discover_sources

    fonts = FontSet(discover_sources())
    fitted = textmod.fit(fonts, [[textmod.Span(text, True)]], 400, 100, 12, max_lines=1)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(420, 60))
    bottom = textmod.draw(canvas, fonts, fitted, 10, 50)
    canvas.showPage()
    canvas.save()
    scale = 600 / 72
    image = pdfium.PdfDocument(out.getvalue())[0].render(scale=scale).to_pil().convert("L")
    ink = image.point(lambda v: 255 if v < 160 else 0).getbbox()
    assert ink is not None
    lowest_ink = 60 - ink[3] / scale  # page y of the ink's lowest edge
    assert lowest_ink >= bottom - 0.1, (lowest_ink, bottom)
