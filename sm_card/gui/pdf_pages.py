"""PDF pages on screen and on paper, shared by the Card and Surgery sections.

The preview is the PDF itself rasterised by PDFium (pypdfium2) onto white, and printing draws
each page at its exact size in printer pixels, so what the person sees is what prints, at 100 %.
PDFium rather than QtPdf: the only PySide6_Pdf wheel requires PySide6-Essentials 6.12.0, whose
binding leaks references to None on CPython 3.11 until the interpreter aborts.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

import pypdfium2
from PySide6.QtCore import QObject, QRectF, QSize, QSizeF, QTimer
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog (a seam: tests answer it without a modal loop)."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def render_page_on_white(document: pypdfium2.PdfDocument, index: int, size: QSize) -> QImage:
    """One PDF page as an image of ``size`` pixels on white."""
    page = document[index]
    try:
        width, height = page.get_size()
        bitmap = page.render(scale=size.width() / width, fill_color=(255, 255, 255, 255),
                             force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGRx)
        try:
            # BGRx in memory is what Qt calls RGB32 on a little-endian machine.
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32).copy()
        finally:
            bitmap.close()
    finally:
        page.close()
    if image.size() != size:
        image = image.scaled(size)
    return image


class PdfPages:
    """A PDF held in memory, rasterised page by page for the screen or the printer."""

    def __init__(self, parent: QObject | None = None):
        self.document: pypdfium2.PdfDocument | None = None

    def load(self, pdf: bytes) -> None:
        self.close()
        self.document = pypdfium2.PdfDocument(pdf)

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None

    @property
    def page_count(self) -> int:
        return 0 if self.document is None else len(self.document)

    def point_size(self, index: int) -> QSizeF:
        assert self.document is not None
        width, height = self.document[index].get_size()
        return QSizeF(width, height)

    def image(self, index: int, width: int, ratio: float = 1.0) -> QImage:
        """Page ``index`` ``width`` pixels wide on screen, on white. ``ratio`` is the screen's
        device pixels per pixel (2.0 at 200 %): the page is drawn with that many more, so
        that small print stays sharp on a high-density screen rather than blown up."""
        assert self.document is not None
        points = self.point_size(index)
        height = round(width * points.height() / points.width())
        image = render_page_on_white(self.document, index,
                                     QSize(round(width * ratio), round(height * ratio)))
        image.setDevicePixelRatio(ratio)
        return image


# The commits of one action (a flush of several fields, an undo) arrive in the same pass of
# the event loop: a zero delay draws once after all of them, and the preview is on screen well
# within 100 ms of the edit (a render takes about 50 ms). Typing itself is debounced where the
# text is edited (forms.TextBinding), not here.
PREVIEW_DELAY_MS = 0


class PageImages:
    """Page images for the screen, rendered when first drawn; only the last few are kept.

    A letter with a long list runs to twenty pages and more: held as pixmaps all at once they
    took tens of megabytes, although a person sees one or two of them at a time. Zoomed in on a
    high-density screen one A4 page is some 50 MB, so beyond the two last drawn (both may be on
    screen) the images kept also stay within ``budget`` bytes."""

    def __init__(self, pages: PdfPages, keep: int = 4, budget: int = 64 * 1024 * 1024):
        self.pages = pages
        self.keep = keep
        self.budget = budget
        self._images: OrderedDict[tuple[int, int, float], QImage] = OrderedDict()
        self.rendered = 0  # how many page images were made (what a test counts)

    def clear(self) -> None:
        self._images.clear()

    def size_in_bytes(self) -> int:
        return sum(image.sizeInBytes() for image in self._images.values())

    def image(self, index: int, width: int, ratio: float = 1.0) -> QImage:
        key = (index, width, ratio)
        image = self._images.get(key)
        if image is None:
            image = self.pages.image(index, width, ratio)
            self.rendered += 1
            self._images[key] = image
            while len(self._images) > self.keep or (len(self._images) > 2
                                                    and self.size_in_bytes() > self.budget):
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        return image


class PageView(QWidget):
    """One page of a PDF on screen at ``width`` pixels, with a thin frame; its image is made
    when the page is painted (scrolled into view), not before."""

    def __init__(self, images: PageImages, index: int, width: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._images = images
        self._width = width
        self.set_page(index)

    def set_width(self, width: int) -> None:
        """Draw the page at ``width`` pixels; a hidden view (no page of the current PDF)
        takes the width when it is next given a page."""
        self._width = width
        if not self.isHidden():
            self.set_page(self.index)

    def set_page(self, index: int) -> None:
        """Show page ``index`` of the images' current PDF (a view is reused, never deleted:
        see PageViews)."""
        self.index: int = index
        points = self._images.pages.point_size(index)
        self.setFixedSize(self._width + 2,
                          round(self._width * points.height() / points.width()) + 2)
        self.update()

    def image(self) -> QImage:
        return self._images.image(self.index, self.width() - 2, self.devicePixelRatioF())

    def pixmap(self) -> QPixmap:
        return QPixmap.fromImage(self.image())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setPen(QColor("#999999"))
            painter.drawRect(0, 0, self.width() - 1, self.height() - 1)
            painter.drawImage(1, 1, self.image())
        finally:
            painter.end()


class PageViews:
    """The page views of a preview, one per page of the current PDF.

    Views are made when a longer PDF first needs them and then kept: a shorter PDF hides the
    views it does not need. They were once deleted (``deleteLater``) and made anew on every
    redraw; with PySide6 6.11.3 on CPython 3.11 that crashed the app after a few hundred
    redraws, later and elsewhere: a segfault in shiboken's ``releaseWrapper`` when Qt next
    deleted table items, on a Python wrapper already freed (tests/gui/test_endurance.py;
    docs/pitfalls.md)."""

    def __init__(self, images: PageImages, width: int, parent: QWidget, layout,
                 name: str):
        self._images = images
        self._width = width
        self._parent = parent
        self._layout = layout
        self._name = name
        self._views: list[PageView] = []
        self.shown: list[PageView] = []

    @property
    def width(self) -> int:
        return self._width

    def set_width(self, width: int) -> None:
        """Show the pages at ``width`` pixels from now on (a zoom); each is drawn anew when
        next painted."""
        if width == self._width:
            return
        self._width = width
        for view in self._views:
            view.set_width(width)

    def hide_all(self) -> None:
        """Before the PDF behind the views changes: no view paints a page that is gone."""
        for view in self._views:
            view.hide()
        self.shown = []

    def show_pages(self, count: int) -> list[PageView]:
        """Views for the first ``count`` pages of the (new) PDF, on screen; the rest hidden."""
        while len(self._views) < count:
            view = PageView(self._images, len(self._views), self._width, self._parent)
            view.setObjectName(f"{self._name}{len(self._views) + 1}")
            view.hide()
            self._layout.addWidget(view)
            self._views.append(view)
        for index, view in enumerate(self._views):
            if index < count:
                view.set_page(index)
                view.show()
            else:
                view.hide()
        self.shown = self._views[:count]
        return self.shown


class PreviewSchedule(QObject):
    """When a page redraws its preview: once, right after a burst of edits, while it is
    visible; when it is next shown, if the record changed while it was hidden (a hidden page
    never renders: a rename would otherwise redraw every preview built so far)."""

    def __init__(self, page: QWidget, refresh: Callable[[], None],
                 delay_ms: int = PREVIEW_DELAY_MS, *, today: Callable[[], date] | None = None):
        super().__init__(page)
        self._page = page
        self._stale = False
        # A preview prints the day's date (and says what is out of date by then): one drawn
        # yesterday is redrawn when next shown (a window left open until the day of an
        # operation showed "Date printed" of the day it was opened).
        self._today = today
        self._drawn_on: date | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._due)
        self._refresh = refresh

    @property
    def stale(self) -> bool:
        """The record changed since the last render (the page renders when next shown)."""
        return self._stale

    def edited(self) -> None:
        if self._page.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def changed(self) -> None:
        """Another profile, or one restored: render now if visible, else when shown."""
        if self._page.isVisible():
            self._refresh()
        else:
            self._timer.stop()
            self._stale = True

    def _due(self) -> None:
        # A page closed while its redraw was pending (its data may be gone) redraws when it is
        # shown again, not now.
        if self._page.isVisible():
            self._refresh()
        else:
            self._stale = True

    def shown(self) -> None:
        if self._stale or (self._today is not None and self._drawn_on is not None
                           and self._today() != self._drawn_on):
            self._refresh()

    def refreshing(self) -> None:
        """Called at the start of a refresh: nothing is pending any more."""
        self._timer.stop()
        self._stale = False
        if self._today is not None:
            self._drawn_on = self._today()


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
        for index in range(pages.page_count):
            if index:
                printer.newPage()
            points = pages.point_size(index)
            # The page's exact size in printer pixels: drawn there, it prints at 100 %.
            target = QRectF(0, 0, points.width() * dpi / 72, points.height() * dpi / 72)
            raster = min(dpi, max_dpi)
            size = QSize(round(points.width() * raster / 72), round(points.height() * raster / 72))
            painter.drawImage(target, render_page_on_white(pages.document, index, size))
    finally:
        painter.end()
    return True
