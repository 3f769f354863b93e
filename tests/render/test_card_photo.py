"""The photo on the card's front, when the person chooses it: inside the card, under no text."""

from __future__ import annotations

import copy
import io
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image

from sm_card.core import interchange
from sm_card.core.models import AvoidEntry
from sm_card.core.photo import prepare_photo
from sm_card.render.card import CARD_H, CARD_W, MARGIN, build_card

TODAY = date(2026, 11, 23)


@pytest.fixture
def alex(example_text):
    profile = interchange.loads(example_text, today=TODAY).profiles[0]
    out = io.BytesIO()
    Image.new("RGB", (600, 800), (20, 40, 220)).save(out, "PNG")
    profile.photo_jpeg = prepare_photo(out.getvalue())
    return profile


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def front_layout(pdf: bytes):
    page = pdfium.PdfDocument(pdf)[0]
    images = [o.get_bounds() for o in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,),
                                                        max_depth=3)]
    text = page.get_textpage()
    rects = [text.get_rect(i) for i in range(text.count_rects())]
    return images, rects


def crowded(profile):
    big = copy.deepcopy(profile)
    big.name = "Maximiliana Alexandra Konstantinopoulou-Wiśniewska"
    big.avoid = [AvoidEntry(f"long agent name number {i}", severity="avoid") for i in range(4)]
    return big


@pytest.mark.parametrize("make", [lambda p: p, crowded])
def test_photo_sits_inside_the_card_under_no_text(alex, make):
    profile = make(alex)
    result = build_card(profile, layout="card", today=TODAY, photo=profile.photo_jpeg)
    images, rects = front_layout(result.pdf)
    assert len(images) == 1
    photo = images[0]
    left, bottom, right, top = photo
    assert left >= MARGIN - 0.5 and right <= CARD_W - MARGIN + 0.5
    assert bottom >= MARGIN and top <= CARD_H - 15.5 * 72 / 25.4  # below the band
    assert (right - left) / (top - bottom) == pytest.approx(0.75, abs=0.02)
    for rect in rects:
        assert not overlaps(rect, photo), f"text at {rect} under the photo at {photo}"
    # the back and its QR are untouched by the photo
    back = pdfium.PdfDocument(result.pdf)[1].render(scale=300 / 72).to_pil()
    assert len(zxingcpp.read_barcodes(back)) == 1


def test_no_photo_unless_asked(alex):
    images, _ = front_layout(build_card(alex, layout="card", today=TODAY).pdf)
    assert images == []
    without = copy.deepcopy(alex)
    without.photo_jpeg = None
    images, _ = front_layout(build_card(without, layout="card", today=TODAY, photo=None).pdf)
    assert images == []


def test_the_sheet_prints_the_photo_on_every_copy(alex):
    result = build_card(alex, layout="sheet", paper="a4", today=TODAY, photo=alex.photo_jpeg)
    images, _ = front_layout(result.pdf)
    assert len(images) == result.copies > 1
