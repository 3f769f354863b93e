"""Every script prints with real glyphs: checked against the embedded fonts' own cmaps."""

from __future__ import annotations

import io
from datetime import date

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from sm_card.core.models import Profile
from sm_card.render.card import build_card
from sm_card.render.fonts import FontSet, shape_line
from sm_card.render.text import Span, fit

NAMES = ["Łukasz Żółć", "Αλέξανδρος", "Жанна", "李小龍", "محمد", "דוד", "عبد الله"]
# Arabic is drawn as HarfBuzz's joined glyphs, which have no character of their own: those
# names are checked glyph by glyph against HarfBuzz in test_shaping.py.
UNSHAPED_GLYPH_NAMES = [n for n in NAMES if not any("\u0600" <= c <= "\u06ff" for c in n)]


def _fonts_in(resources, seen: set) -> list:
    found = []
    if resources is None:
        return found
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        if id(font) not in seen:
            seen.add(id(font))
            found.append(font)
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            found += _fonts_in(xobject.get("/Resources"), seen)
    return found


def _to_unicode(font) -> dict[int, str]:
    """code -> text from the font's ToUnicode CMap (bfchar entries, as reportlab writes)."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    mapping = {}
    block = data.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
    for line in block.strip().splitlines():
        code, uni = line.strip().split()
        mapping[int(code[1:-1], 16)] = bytes.fromhex(uni[1:-1]).decode("utf-16-be")
    return mapping


def drawable_characters(pdf: bytes) -> set[str]:
    """Characters for which an embedded font program holds a glyph with an outline."""
    reader = PdfReader(io.BytesIO(pdf))
    seen: set = set()
    chars: set[str] = set()
    for page in reader.pages:
        for font in _fonts_in(page.get("/Resources"), seen):
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                continue  # the unused default Helvetica reportlab declares
            program = descriptor.get_object()["/FontFile2"].get_object().get_data()
            tt = TTFont(io.BytesIO(program))
            cmap: dict[int, str] = {}
            for table in tt["cmap"].tables:  # reportlab writes a (1, 0) code -> glyph table
                cmap.update(table.cmap)
            glyf = tt["glyf"]
            for code, text in _to_unicode(font).items():
                name = cmap.get(code)
                # glyph 0 is .notdef: the box drawn for a character the font lacks
                if name and tt.getGlyphID(name) != 0 and glyf[name].numberOfContours != 0:
                    chars.add(text)
    return chars


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.default()


@pytest.mark.parametrize("name", NAMES)
def test_every_script_has_a_font(fonts, name):
    assert fonts.missing(name) == []


def test_cjk_comes_from_a_cjk_font(fonts):
    families = fonts.fonts_used("李小龍")
    assert families and families[0] != "Noto Sans"


@pytest.mark.parametrize("name", UNSHAPED_GLYPH_NAMES)
def test_names_are_embedded_with_real_glyphs(fonts, name):
    result = build_card(Profile(name=name), layout="card", today=date(2026, 11, 23))
    drawable = drawable_characters(result.pdf)
    shaped = shape_line(name)
    needed = {c for c in shaped if not c.isspace()}
    assert needed <= drawable, f"no glyph for {sorted(needed - drawable)}"
    assert not any("no installed font" in w for w in result.warnings)


def test_arabic_is_in_visual_order():
    # first logical letter drawn rightmost (joining is HarfBuzz's: test_shaping.py)
    assert shape_line("محمد") == "دمحم"
    # a number inside right-to-left text keeps its own left-to-right order
    assert shape_line("Dr محمد 12") == "Dr 12 دمحم"


@pytest.mark.parametrize(("text", "family"), [
    ("জয়া", "Noto Sans Bengali"), ("தமிழ்", "Noto Sans Tamil"), ("ગુજરાત", "Noto Sans Gujarati"),
])
def test_other_scripts_come_from_system_fonts_through_fontconfig(text, family):
    # fonts-noto-core (README, .ci/run) has them; fontconfig finds them by character.
    fonts = FontSet.default()
    if not any(family in line for line in _fc_families()):
        pytest.skip(f"{family} is not installed")
    assert fonts.fonts_used(text) == [family]
    assert fonts.problems(text) == []


def _fc_families() -> list[str]:
    import subprocess

    return subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout \
        .splitlines()


@pytest.mark.parametrize("name", ["प्रियंका शर्मा", "สมชาย ใจดี", "محمد", "דוד"])
def test_complex_scripts_have_fonts_that_can_shape_them(fonts, name):
    assert fonts.problems(name) == []


def test_hebrew_is_in_visual_order():
    assert shape_line("שלום") == "םולש"


def test_uncovered_character_is_reported(fonts):
    candidates = ["\U00010000", "\U0001D11E", "\uE000", "\U00013000"]
    missing = next((c for c in candidates if not fonts.covers(c)), None)
    if missing is None:
        pytest.skip("this machine has fonts for every candidate character")
    result = build_card(Profile(name=f"Ann {missing}"), layout="card", today=date(2026, 1, 1))
    assert any(f"U+{ord(missing):04X}" in w and "name" in w for w in result.warnings)
    assert fonts.missing(f"a{missing}b") == [missing]


def test_markup_escapes_and_names_fonts(fonts):
    markup = fonts.markup('<b>&amp; "x" 李')
    assert "&lt;b&gt;&amp;amp;" in markup
    assert "<b>" not in markup  # regular text: no bold tag
    assert markup.count("<font ") == 2  # Latin run and CJK run


def test_markup_paragraph_renders_literally(fonts):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    buf = io.BytesIO()
    canvas = Canvas(buf)
    style = ParagraphStyle("x", fontName=fonts.regular_font(), fontSize=10)
    para = Paragraph(fonts.markup("Tom & Jerry <i>x</i> Жанна", bold=True), style)
    para.wrapOn(canvas, 400, 100)
    para.drawOn(canvas, 10, 700)
    canvas.save()
    text = PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()
    assert "Tom & Jerry <i>x</i> Жанна" in text


def test_width_grows_with_text_and_size(fonts):
    assert fonts.width("ab", 10) < fonts.width("abc", 10) < fonts.width("abc", 12)


def test_fit_wraps_shrinks_then_cuts(fonts):
    text = [[Span("word " * 20)]]
    roomy = fit(fonts, text, 300, 100, 9)
    assert not roomy.truncated and roomy.size == 9
    tight = fit(fonts, text, 100, 30, 9)
    assert tight.size >= 6
    long = fit(fonts, [[Span("word " * 200)]], 100, 30, 9)
    assert long.truncated and long.size == 6 and long.cut
    assert "".join(s.text for s in long.lines[-1]).endswith("…")
    assert len(long.lines) * long.leading <= 30 + 0.01


def test_unbreakable_text_is_split_not_overflowing(fonts):
    fitted = fit(fonts, [[Span("李" * 60)]], 50, 200, 8)
    for line in fitted.lines:
        assert sum(fonts.width(s.text, fitted.size, s.bold) for s in line) <= 50 + 1e-6
