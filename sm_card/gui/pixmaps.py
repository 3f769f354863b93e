"""Images on screen as sharp as the screen allows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def sharp_pixmap(image: QImage, ratio: float, *, width: int | None = None,
                 height: int | None = None) -> QPixmap:
    """``image`` scaled to fit ``width`` × ``height`` pixels on screen (either may be left
    out), with ``ratio`` device pixels per pixel, so that it is as sharp as the screen allows
    (a 200 % screen gets twice the pixels each way rather than an enlarged small image)."""
    pixmap = QPixmap.fromImage(image)
    smooth = Qt.TransformationMode.SmoothTransformation
    if width is None and height is not None:
        pixmap = pixmap.scaledToHeight(round(height * ratio), smooth)
    elif height is None and width is not None:
        pixmap = pixmap.scaledToWidth(round(width * ratio), smooth)
    elif width is not None and height is not None:
        pixmap = pixmap.scaled(round(width * ratio), round(height * ratio),
                               Qt.AspectRatioMode.KeepAspectRatio, smooth)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
