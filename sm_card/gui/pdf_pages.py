"""PDF pages on screen and on paper, shared by the Card and Surgery sections.

The preview is the PDF itself drawn by QtPdf onto white (QPdfDocument.render leaves the page
transparent), and printing draws each page at its exact size in printer pixels, so what the
person sees is what prints, at 100 %.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog (a seam: tests answer it without a modal loop)."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def render_page_on_white(document: QPdfDocument, index: int, size: QSize) -> QImage:
    """One PDF page as an image on white."""
    rendered = document.render(index, size)
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


class PdfPages:
    """A QPdfDocument over PDF bytes (kept alive in a QBuffer, as QtPdf requires)."""

    def __init__(self, parent: QObject):
        self.parent = parent
        self.document = QPdfDocument(parent)
        self.buffer: QBuffer | None = None

    def load(self, pdf: bytes) -> None:
        self.document.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.deleteLater()
        self.buffer = QBuffer(self.parent)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)

    def close(self) -> None:
        self.document.close()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def image(self, index: int, width: int) -> QImage:
        """Page ``index`` scaled to ``width`` pixels, on white."""
        points = self.document.pagePointSize(index)
        size = QSize(width, round(width * points.height() / points.width()))
        return render_page_on_white(self.document, index, size)


class PreviewSchedule(QObject):
    """When a page redraws its preview: once, shortly after a burst of edits, while it is
    visible; when it is next shown, if edits arrived while it was hidden."""

    def __init__(self, page: QWidget, refresh: Callable[[], None], delay_ms: int = 150):
        super().__init__(page)
        self._page = page
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(refresh)
        self._refresh = refresh

    def edited(self) -> None:
        if self._page.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def shown(self) -> None:
        if self._stale:
            self._refresh()

    def refreshing(self) -> None:
        """Called at the start of a refresh: nothing is pending any more."""
        self._timer.stop()
        self._stale = False


def print_pdf(
    parent: QWidget,
    pages: PdfPages,
    page_size: QPageSize,
    doc_name: str,
    max_dpi: int,
) -> bool | None:
    """Ask for a printer, then print every page at 100 %.

    Returns True when printed, False when the person cancelled, None when the printer could
    not start. Pages are rasterised at the printer's resolution, capped at ``max_dpi`` (an A4
    page at 1200 dpi would take half a gigabyte).
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait,
                                      printer.pageLayout().margins()))
    printer.setFullPage(True)
    printer.setDocName(doc_name)
    if not ask_print(parent, printer):
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return None
    try:
        dpi = printer.resolution()
        document = pages.document
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            # The page's exact size in printer pixels: drawn there, it prints at 100 %.
            target = QRectF(0, 0, points.width() * dpi / 72, points.height() * dpi / 72)
            raster = min(dpi, max_dpi)
            size = QSize(round(points.width() * raster / 72), round(points.height() * raster / 72))
            painter.drawImage(target, render_page_on_white(document, index, size))
    finally:
        painter.end()
    return True
