"""QR codes drawn from the ``qrcode`` module matrix as one vector path.

reportlab's own QrCodeWidget draws bloated modules that stop decoding below ~23 mm
(docs/pitfalls.md), so the matrix is drawn here: one rectangle per horizontal run of dark
modules, all in one filled path, on a white square that includes the 4-module quiet zone.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

QUIET_ZONE = 4
MIN_MODULE_MM = 0.35
MAX_VERSION = 40

# The card's symbol, chosen so that it survives a phone photo of a printed card (measured in
# tests/render/test_qr_photo.py: blur sigma 2 px at 300 dpi, far edge 15 % shorter, JPEG quality
# 30, modules printed 50 % grey; zxing-cpp and ZBar both decode it). ZBar stops decoding such a
# tilted photo from version 12 upwards whatever the module size (and version 11 only sometimes),
# so the version is capped at 10. At level M that holds 213 bytes, too few for the condition,
# the epinephrine, the avoid list and a contact in a vCard; level L holds 271 bytes and still
# decoded in every measured photo (24 of 24, both decoders, 0.50 to 0.60 mm modules). L
# recovers 7 % of the codewords (M 15 %): less tolerance of stains and scratches, the price of
# a code the photo test shows both decoders read. Modules of 0.55 mm: 6.5 px at 300 dpi.
# One place for the size decision: render/card.py draws what these give.
CARD_QR_VERSION = 10
CARD_QR_ECC = "L"
CARD_QR_MAX_BYTES = 271
CARD_QR_MODULE_MM = 0.55


@dataclass(frozen=True)
class QrMatrix:
    modules: tuple[tuple[bool, ...], ...]  # without the quiet zone
    version: int
    text: str

    @property
    def count(self) -> int:
        return len(self.modules)

    @property
    def count_with_quiet_zone(self) -> int:
        return self.count + 2 * QUIET_ZONE

    def min_side(self, module_mm: float = MIN_MODULE_MM) -> float:
        """Smallest printed side in points (quiet zone included) for ``module_mm`` modules."""
        return self.count_with_quiet_zone * module_mm * mm


class QrTooLong(ValueError):
    pass


def encode(text: str, max_version: int = MAX_VERSION, ecc: str = "M") -> QrMatrix:
    """``text`` as UTF-8 bytes at error correction level ``ecc`` (L, M, Q or H), smallest
    version that holds it.

    No ECI designator: readers guess the encoding (UTF-8 for zxing-cpp). ZBar guessed Shift
    JIS for a record with a Polish name; an ECI for UTF-8 (tried with segno) did not change
    its guess, so the bytes are kept plain and the README says so.
    """
    import qrcode
    from qrcode.exceptions import DataOverflowError

    levels = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
              "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}
    qr = qrcode.QRCode(error_correction=levels[ecc], border=0)
    qr.add_data(text.encode("utf-8"))
    try:
        qr.make(fit=True)
    except (DataOverflowError, ValueError) as err:
        raise QrTooLong(f"{len(text.encode('utf-8'))} bytes do not fit a QR code") from err
    if qr.version > max_version:
        raise QrTooLong(f"needs QR version {qr.version} (at most {max_version} allowed)")
    modules = tuple(tuple(bool(m) for m in row) for row in qr.get_matrix())
    return QrMatrix(modules, qr.version, text)


def encode_for_card(text: str) -> QrMatrix:
    return encode(text, CARD_QR_VERSION, CARD_QR_ECC)


def capacity_ok(text: str, max_version: int, ecc: str = "M") -> bool:
    try:
        encode(text, max_version, ecc)
    except QrTooLong:
        return False
    return True


def draw(canvas, matrix: QrMatrix, x: float, y: float, side: float) -> float:
    """Draw the symbol with its quiet zone as a ``side`` × ``side`` square at (x, y) bottom-left.

    Returns the module size in points.
    """
    n = matrix.count_with_quiet_zone
    module = side / n
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # In module units (origin top-left of the quiet zone, y down) every rectangle has whole
    # numbers: the content stream stays small and is written without float formatting.
    canvas.transform(module, 0, 0, -module, x, y + side)
    ops: list[str] = []
    for r, row in enumerate(matrix.modules):
        c = 0
        width = len(row)
        while c < width:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < width and row[c]:
                c += 1
            ops.append(f"{start + QUIET_ZONE} {r + QUIET_ZONE} {c - start} 1 re")
    ops.append("f")
    canvas.addLiteral("\n".join(ops))
    canvas.restoreState()
    return module
