"""The lock-screen PNG: its size, its QR decoded by zxing-cpp, and empty clock/control zones."""

from __future__ import annotations

import copy
import io
from datetime import date

import pytest
import zxingcpp
from hypothesis import given
from PIL import Image
from test_outputs_at_limits import RENDERS, records_at_limits, timed  # tests/render is on sys.path

from sm_card.core import interchange
from sm_card.core.models import AvoidEntry, Contact
from sm_card.render.lockscreen import (
    BACKGROUND_RGB,
    BOTTOM_CLEAR,
    PRESETS,
    TOP_CLEAR,
    SizeError,
    build_lockscreen,
    parse_size,
)
from sm_card.render.qr import CARD_QR_MAX_BYTES
from sm_card.render.qr_payload import qr_payload

TODAY = date(2026, 11, 23)


@pytest.fixture
def alex(example_text):
    return interchange.loads(example_text, today=TODAY).profiles[0]


def image_of(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def assert_blank(image: Image.Image, top: int, bottom: int) -> None:
    """Rows top..bottom-1 hold only the background colour (within a rendering tolerance)."""
    region = image.crop((0, top, image.width, bottom))
    lo, hi = zip(*region.getextrema(), strict=True)
    for channel, expected in enumerate(BACKGROUND_RGB):
        assert abs(lo[channel] - expected) <= 2 and abs(hi[channel] - expected) <= 2, \
            f"something drawn in rows {top}-{bottom}: channel {channel} spans {lo}..{hi}"


def decode(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("preset", ["iphone-15", "iphone-se", "pixel-8", "galaxy-s24-ultra"])
def test_preset_image_is_exact_size_readable_and_clear_of_the_clock_and_controls(alex, preset):
    size = PRESETS[preset]
    result = build_lockscreen(alex, size.width, size.height, emergency_number="112",
                              today=TODAY)
    image = image_of(result.png)
    assert image.size == (size.width, size.height)
    # the clock, date and widgets (top 30 %) and the bottom controls (12 %) see nothing
    assert_blank(image, 0, round(TOP_CLEAR * size.height))
    assert_blank(image, size.height - round(BOTTOM_CLEAR * size.height), size.height)
    # ...and the content does reach into the middle (not a blank image passing the above)
    middle = image.crop((0, result.zones.content_top, size.width, result.zones.content_bottom))
    assert len(middle.getcolors(maxcolors=1 << 20)) > 50
    # the QR holds exactly the card's payload and decodes from the image as a phone sees it
    expected = qr_payload(alex, "112", "vcard", CARD_QR_MAX_BYTES).text
    assert result.qr_text == expected
    assert decode(image) == [expected]
    left, top, right, bottom = result.zones.qr_box
    assert result.zones.content_top <= top < bottom <= result.zones.content_bottom
    # the essentials are all there, whole
    drawn = " ".join(result.lines)
    for text in ("MEDICAL ALERT", "SYSTEMIC MASTOCYTOSIS", "Alex Example",
                 "Epinephrine: auto-injector, outer mid-thigh.", "Call\u00a0112.",
                 "DO NOT GIVE: NSAIDs, atracurium", "Sam Example (partner)",
                 "+44\u00a07700\u00a0900123"):
        assert text in drawn
    assert not [w for w in result.warnings if "not enough room" in w]


def test_qr_still_decodes_when_the_image_is_shown_scaled_down(alex):
    """A phone shows the wallpaper at its size; a screenshot or a smaller screen scales it."""
    size = PRESETS["iphone-15"]
    image = image_of(build_lockscreen(alex, size.width, size.height, today=TODAY).png)
    smaller = image.resize((image.width * 2 // 3, image.height * 2 // 3), Image.LANCZOS)
    assert len(decode(smaller)) == 1


def test_a_long_record_is_cut_from_the_end_and_says_so_never_into_the_zones(alex):
    crowded = copy.deepcopy(alex)
    crowded.name = "Maximiliana Alexandra Konstantinopoulou-Wiśniewska " * 2
    crowded.avoid = [AvoidEntry(f"agent number {i} with a long name", severity="avoid")
                     for i in range(10)]
    crowded.contacts = [Contact("Bartholomew Fitzgerald-Montgomery " * 3, "+44 7700 900123",
                                "brother-in-law")]
    result = build_lockscreen(crowded, 750, 1334, today=TODAY)
    image = image_of(result.png)
    assert_blank(image, 0, round(TOP_CLEAR * 1334))
    assert_blank(image, 1334 - round(BOTTOM_CLEAR * 1334), 1334)
    assert len(decode(image)) == 1
    assert any("not enough room" in w for w in result.warnings)


def test_other_scripts_are_drawn_with_real_glyphs(alex):
    other = copy.deepcopy(alex)
    other.name = "محمد العلي"
    other.avoid[0].agent = "Аспирин"
    result = build_lockscreen(other, 1080, 2400, today=TODAY)
    assert not [w for w in result.warnings if "font" in w or "shaped" in w]
    assert "Аспирин" in " ".join(result.lines)
    assert len(decode(image_of(result.png))) == 1


def test_no_diagnosis_is_not_invented(alex):
    bare = copy.deepcopy(alex)
    bare.diagnosis = None
    result = build_lockscreen(bare, 1080, 2400, today=TODAY)
    drawn = " ".join(result.lines)
    assert "MASTOCYTOSIS" not in drawn and "Diagnosis not recorded" in drawn


@pytest.mark.parametrize("text, size", [("1179x2556", (1179, 2556)), (" 750×1334 ", (750, 1334))])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["1179", "axb", "100x200", "5000x6000", "2556x1179", "12x-3"])
def test_parse_size_refuses(text):
    with pytest.raises(SizeError):
        parse_size(text)


@RENDERS
@given(records_at_limits())
def test_lockscreen_at_the_limits(profile):
    """Every text at its length limit, in several scripts: quick, zones empty, QR decodes."""
    result = timed(lambda: build_lockscreen(profile, 750, 1334, today=TODAY))
    image = image_of(result.png)
    assert image.size == (750, 1334)
    assert_blank(image, 0, round(TOP_CLEAR * 1334))
    assert_blank(image, 1334 - round(BOTTOM_CLEAR * 1334), 1334)
    assert decode(image) == [result.qr_text]


def test_entries_beyond_the_first_four_are_counted_and_named(alex):
    """Found by a traveller: ten agents to avoid showed four, "atracurium" among those left
    out, with no "more" on the image and no warning."""
    many = copy.deepcopy(alex)
    many.avoid = [AvoidEntry(f"agent{i}", severity="avoid") for i in range(10)]
    result = build_lockscreen(many, 1179, 2556, today=TODAY)
    shown = " ".join(result.lines)
    assert "DO NOT GIVE: agent0, agent1, agent2, agent3 + 6 more" in shown
    assert any("avoid list" in w and "agent4" in w and "agent9" in w for w in result.warnings)
