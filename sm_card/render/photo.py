"""Drawing the person's photo (a JPEG kept by core/photo.py) into a PDF box."""

from __future__ import annotations

import io

from reportlab.lib.colors import Color

FRAME_GREY = Color(0.45, 0.45, 0.45)


def draw_photo(canvas, jpeg: bytes, x: float, y: float, width: float, height: float) -> None:
    """Fill the ``width`` × ``height`` box at (x, y) (bottom-left) with the photo, cropped
    about its centre to the box's shape (never stretched), with a thin frame."""
    from reportlab.lib.utils import ImageReader

    image = ImageReader(io.BytesIO(jpeg))
    iw, ih = image.getSize()
    scale = max(width / iw, height / ih)
    dw, dh = iw * scale, ih * scale
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.drawImage(image, x + (width - dw) / 2, y + (height - dh) / 2, dw, dh)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(FRAME_GREY)
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.restoreState()
