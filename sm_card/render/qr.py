"""QR codes drawn from the ``qrcode`` module matrix as one vector path.

reportlab's own QrCodeWidget draws bloated modules that stop decoding below ~23 mm
(REFERENCE.md §6), so the matrix is drawn here: one rectangle per horizontal run of dark
modules, all in one filled path, on a white square that includes the 4-module quiet zone.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

QUIET_ZONE = 4
MIN_MODULE_MM = 0.35
MAX_VERSION = 40


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


def encode(text: str, max_version: int = MAX_VERSION) -> QrMatrix:
    """``text`` as UTF-8 bytes at error correction level M, smallest version that holds it."""
    import qrcode
    from qrcode.exceptions import DataOverflowError

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(text.encode("utf-8"))
    try:
        qr.make(fit=True)
    except (DataOverflowError, ValueError) as err:
        raise QrTooLong(f"{len(text.encode('utf-8'))} bytes do not fit a QR code") from err
    if qr.version > max_version:
        raise QrTooLong(f"needs QR version {qr.version} (at most {max_version} allowed)")
    modules = tuple(tuple(bool(m) for m in row) for row in qr.get_matrix())
    return QrMatrix(modules, qr.version, text)


def capacity_ok(text: str, max_version: int) -> bool:
    try:
        encode(text, max_version)
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
