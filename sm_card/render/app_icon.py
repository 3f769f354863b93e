"""The app's icon as PNG at any size, drawn from the card's emblem (render/card.py).

One drawing for the card, the window and the launcher: each size is rasterised from the
vector emblem by PDFium, so a 512 px icon is as sharp as a 16 px one (scaling the 256 px
resources/icons/sm-card.png up would blur it).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from sm_card.render.card import ALERT_RED, draw_emblem

# The disk fills this share of the square: icon themes leave a little room around a round
# icon so it looks as large as the square ones beside it.
DISK_SHARE = 0.94


def icon_pdf(size: int) -> bytes:
    """A one-page PDF, ``size`` points square: the emblem in white on a red disk."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(size, size))
    draw_emblem(canvas, size / 2, size / 2, size * DISK_SHARE, disk=ALERT_RED, ink=white)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def icon_png(size: int) -> bytes:
    """The icon as an RGBA PNG, ``size`` pixels square, transparent around the disk."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(icon_pdf(size))
    try:
        # 72 dpi: one PDF point is one pixel. A transparent fill keeps the corners clear.
        bitmap = document[0].render(scale=1, fill_color=(0, 0, 0, 0))
        image = bitmap.to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
