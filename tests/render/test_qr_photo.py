"""The card's QR code survives a phone photo of the printed card, for zxing-cpp and ZBar.

The real card PDF is rendered at 300 dpi with PDFium, the QR cropped, then "printed" grey (dark
modules at 50 % grey: a worn cartridge or a draft setting) and "photographed": the far edge 15 %
shorter than the near one (a 15 % perspective, each far corner moved in by 7.5 % of the side),
in each of the four directions, a Gaussian blur of sigma 2 px and JPEG at quality 30.
"""

from __future__ import annotations

import io
from datetime import date

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageFilter
from pyzbar import pyzbar

from sm_card.core import interchange
from sm_card.core.models import AvoidEntry, Contact, Profile
from sm_card.render import qr as qrmod
from sm_card.render.card import CARD_H, CARD_W, MARGIN, build_card, qr_side

TODAY = date(2026, 11, 23)
DPI = 300
PERSPECTIVE = 0.15
SIDES = ("top", "bottom", "left", "right")


@pytest.fixture
def example(example_text) -> Profile:
    return interchange.loads(example_text, today=TODAY).profiles[0]


@pytest.fixture
def worst(example) -> Profile:
    """As long as a record gets: every list far beyond what a QR code can hold."""
    # ASCII: ZBar guesses the encoding of non-ASCII bytes (Shift JIS for a Polish name);
    # test_non_ascii_name_for_zxing below covers other scripts.
    example.name = "Maria-Fernanda Gonzalez-Oberhauser de la Vega y Smith " * 4
    example.avoid = [AvoidEntry(f"agent {i}, with; commas", severity="avoid" if i % 2 else
                                "caution") for i in range(40)]
    example.contacts = [Contact(name=f"Contact {i}", phone=f"+44 7700 900{i:03d}",
                                relation="friend") for i in range(6)]
    example.emergency_plan = "Give epinephrine 0.3 mg IM, call 112; repeat. " * 40
    return example


def _solve(rows: list[list[float]], rhs: list[float]) -> list[float]:
    """Gauss-Jordan for the 8 perspective coefficients (no numpy in the environment)."""
    m = [row + [b] for row, b in zip(rows, rhs, strict=True)]
    n = len(m)
    for i in range(n):
        pivot = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[pivot] = m[pivot], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [a - f * b for a, b in zip(m[r], m[i], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def tilt(img: Image.Image, side: str, amount: float = PERSPECTIVE) -> Image.Image:
    """The ``side`` edge shortened by ``amount`` of its length, as a camera tilted towards it."""
    w, h = img.size
    s = amount / 2 * w
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    moved = {"top": [(s, 0), (w - s, 0), (w, h), (0, h)],
             "bottom": [(0, 0), (w, 0), (w - s, h), (s, h)],
             "left": [(0, s), (w, 0), (w, h), (0, h - s)],
             "right": [(0, 0), (w, s), (w, h - s), (0, h)]}[side]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(moved, corners, strict=True):  # output point -> input point
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return img.transform((w, h), Image.Transform.PERSPECTIVE, tuple(_solve(rows, rhs)),
                         Image.Resampling.BICUBIC, fillcolor=255)


def grey_print(img: Image.Image, level: int = 128) -> Image.Image:
    """Dark modules at ``level`` (128: 50 % grey) on white paper."""
    return img.point(lambda v: 255 - (255 - v) * (255 - level) // 255)


def jpeg(img: Image.Image, quality: int = 30) -> Image.Image:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def photo(img: Image.Image, side: str) -> Image.Image:
    return jpeg(tilt(grey_print(img), side).filter(ImageFilter.GaussianBlur(2)))


def qr_crop(pdf: bytes, matrix: qrmod.QrMatrix) -> Image.Image:
    """The back's QR code with its quiet zone and a little paper around it, at 300 dpi."""
    back = pdfium.PdfDocument(pdf)[1].render(scale=DPI / 72).to_pil().convert("L")
    px = DPI / 72
    side = qr_side(matrix)
    module = side / matrix.count_with_quiet_zone
    right = CARD_W - MARGIN + qrmod.QUIET_ZONE * module
    top = MARGIN - qrmod.QUIET_ZONE * module  # from the top edge (images run downwards)
    pad = 3 * px
    box = (right - side) * px - pad, top * px - pad, right * px + pad, (top + side) * px + pad
    crop = back.crop(tuple(round(v) for v in box))
    assert crop.width < CARD_W * px / 2 and crop.height < CARD_H * px
    return crop


def decoded(img: Image.Image) -> tuple[list[str], list[str]]:
    zx = [r.text for r in zxingcpp.read_barcodes(img)]
    zb = [r.data.decode("utf-8") for r in pyzbar.decode(img)]
    return zx, zb


@pytest.mark.parametrize("fmt", ["vcard", "text"])
@pytest.mark.parametrize("which", ["example", "worst"])
def test_card_qr_survives_a_phone_photo_of_a_grey_print(which, fmt, request):
    result = build_card(request.getfixturevalue(which), layout="card", today=TODAY,
                        qr_format=fmt)
    assert result.matrix.version <= qrmod.CARD_QR_VERSION
    clean = qr_crop(result.pdf, result.matrix)
    assert decoded(clean) == ([result.qr.text], [result.qr.text])  # the crop holds the code
    for side in SIDES:
        zx, zb = decoded(photo(clean, side))
        assert zx == [result.qr.text], f"zxing-cpp, {side} edge tilted away"
        assert zb == [result.qr.text], f"ZBar, {side} edge tilted away"


def test_each_degradation_really_degrades(example, qr_image):
    """The photo is not a no-op: the old symbol (version 15, 0.35 mm modules, level M) that
    decoded cleanly is lost to the same photo, for ZBar at least."""
    text = build_card(example, layout="card", today=TODAY, qr_format="text").qr.text * 2
    matrix = qrmod.encode(text[:400], ecc="M")
    assert matrix.version >= 12
    img = qr_image(matrix, round(0.35 / 25.4 * DPI))
    assert decoded(img) == ([text[:400]], [text[:400]])
    lost = [side for side in SIDES if decoded(photo(img, side))[1] != [text[:400]]]
    assert lost, "the photo left the old symbol readable for ZBar"


def test_card_qr_size_is_the_one_decision_in_render_qr(example):
    result = build_card(example, layout="card", today=TODAY)
    side = qr_side(result.matrix)
    module_mm = side / result.matrix.count_with_quiet_zone / (72 / 25.4)
    assert module_mm >= qrmod.CARD_QR_MODULE_MM - 1e-9
    assert result.matrix.version == 10  # the example fills the cap
    # the byte cap is exactly what version 10 holds at the chosen level
    assert qrmod.capacity_ok("x" * qrmod.CARD_QR_MAX_BYTES, qrmod.CARD_QR_VERSION,
                             qrmod.CARD_QR_ECC)
    assert not qrmod.capacity_ok("x" * (qrmod.CARD_QR_MAX_BYTES + 1), qrmod.CARD_QR_VERSION,
                                 qrmod.CARD_QR_ECC)


def test_non_ascii_name_for_zxing(example):
    """zxing-cpp reads UTF-8 from the photo; ZBar's encoding guess is reported in README."""
    example.name = "Łukasz Żółć Αλέξανδρος Жанна 李小龍"
    result = build_card(example, layout="card", today=TODAY)
    clean = qr_crop(result.pdf, result.matrix)
    for side in SIDES:
        assert decoded(photo(clean, side))[0] == [result.qr.text]
