"""On a high-density screen (a laptop at 200 %) the previews carry the screen's pixels: the
card, the letter and the lock-screen image are drawn with twice the pixels each way, not drawn
small and blown up, so small print on the preview stays as sharp as the screen allows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

from PySide6.QtGui import QColor, QImage

from sm_card.gui.pdf_pages import PageImages, PdfPages
from sm_card.gui.pixmaps import sharp_pixmap

TODAY = date(2026, 11, 23)


def _letter_pdf(example_text) -> bytes:
    from sm_card.core import interchange
    from sm_card.core.catalog import default_catalog
    from sm_card.core.surgery import build_letter
    from sm_card.render.letter import build_letter_pdf

    profile = interchange.loads(example_text, today=TODAY).profiles[0]
    letter = build_letter(profile, default_catalog(), TODAY, "112")
    return build_letter_pdf(letter, "a4").pdf


def test_a_page_drawn_for_a_dense_screen_has_its_pixels(example_text):
    pages = PdfPages()
    pages.load(_letter_pdf(example_text))
    try:
        plain = pages.image(0, 300)
        dense = pages.image(0, 300, 2.0)
        assert (plain.width(), plain.devicePixelRatio()) == (300, 1.0)
        assert (dense.width(), dense.height()) == (600, 2 * plain.height())
        assert dense.devicePixelRatio() == 2.0
        assert dense.deviceIndependentSize().toSize() == plain.size()  # same room on screen
        # really drawn at that density: more detail than the plain image enlarged
        enlarged = plain.scaled(600, dense.height())
        assert dense != enlarged
        # both on white at the margin
        assert QColor(dense.pixel(4, 4)) == QColor("white")
        images = PageImages(pages)  # the screen's ratio is part of what is kept
        assert images.image(0, 300, 2.0).width() == 600
        assert images.image(0, 300).width() == 300
        assert images.rendered == 2
    finally:
        pages.close()


def test_big_page_images_are_kept_within_a_budget_but_the_last_two_always(example_text):
    """Zoomed in on a dense screen an A4 page is tens of megabytes: the images kept stay
    within the budget, except the two last drawn (both may be on screen)."""
    pages = PdfPages()
    pages.load(_letter_pdf(example_text))
    try:
        assert pages.page_count >= 2
        images = PageImages(pages)
        one_page = pages.image(0, 794, 2.0).sizeInBytes()  # 100 % of A4 at 96 dpi, ratio 2
        images.budget = int(one_page * 1.5)
        for index in (0, 1, 0, 1):
            images.image(index, 794, 2.0)
        assert images.rendered == 2 and len(images._images) == 2  # both kept, over budget
        images.image(0, 600, 2.0)  # a new zoom: the oldest gives way
        assert len(images._images) == 2
        assert list(images._images) == [(1, 794, 2.0), (0, 600, 2.0)]
        small = PageImages(pages)  # at the default budget, four small ones are kept
        for index in (0, 1, 0, 1):
            small.image(index, 300 + index)
            small.image(index, 320 + index)
        assert len(small._images) == small.keep == 4
    finally:
        pages.close()


def test_a_sharp_pixmap_fits_the_room_with_the_screens_pixels(qapp):
    image = QImage(1179, 2556, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    tall = sharp_pixmap(image, 2.0, height=400)
    assert (tall.height(), tall.devicePixelRatio()) == (800, 2.0)
    assert round(tall.deviceIndependentSize().height()) == 400
    boxed = sharp_pixmap(image, 1.5, width=120, height=150)  # kept in proportion
    assert round(boxed.deviceIndependentSize().height()) == 150
    assert boxed.deviceIndependentSize().width() <= 120
    assert sharp_pixmap(image, 1.0, width=100).width() == 100


# In a process of its own: the screen's density is set before the application starts.
DENSE_WINDOW = """
import json, sys, time
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from sm_card.core.catalog import default_catalog
from sm_card.core.store import Store
from sm_card.gui.main_window import MainWindow
from sm_card.gui.services import Services
from sm_card.gui.session import ProfileSession

def settle(done, seconds=20):
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()

store = Store.open(Path(sys.argv[1]))
session = ProfileSession(store, today=lambda: date(2026, 11, 23))
window = MainWindow(Services(session, default_catalog()))
window.resize(1024, 700)
window.show()
out = {"ratio": window.devicePixelRatioF()}
card = window.show_page("card")
settle(lambda: card.result is not None and card.sheet_label.pixmap() is not None
       and not card.sheet_label.pixmap().isNull())
for name, label in (("front", card.front_label), ("sheet", card.sheet_label)):
    p = label.pixmap()
    out[name] = [p.width(), p.deviceIndependentSize().width(), p.devicePixelRatio()]
out["face_width"] = card._face_width
surgery = window.show_page("surgery")
settle(lambda: bool(surgery.page_labels))
view = surgery.page_labels[0]
image = view.image()
out["letter"] = [image.width(), view.width() - 2, image.devicePixelRatio()]
phone = window.show_page("phone_plan")
settle(lambda: phone.result is not None)
p = phone.preview.pixmap()
out["lockscreen"] = [p.height(), p.deviceIndependentSize().height(), p.devicePixelRatio()]
print("RESULT " + json.dumps(out))
store.close()
"""


def test_the_window_on_a_200_percent_screen_draws_its_previews_with_twice_the_pixels(
        data_dir, example_text):
    from sm_card.core import interchange
    from sm_card.core.store import Store
    from sm_card.gui.pages.phone_plan_page import PREVIEW_HEIGHT

    with Store.open(data_dir) as store:
        store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    done = subprocess.run([sys.executable, "-c", DENSE_WINDOW, str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, done.stdout + done.stderr
    out = json.loads(lines[0][len("RESULT "):])
    assert out["ratio"] == 2.0
    face = out["face_width"]
    assert out["front"] == [2 * face, face, 2.0]
    assert out["sheet"][0] == 2 * out["sheet"][1] and out["sheet"][2] == 2.0
    assert out["letter"][0] == 2 * out["letter"][1] and out["letter"][2] == 2.0
    assert out["lockscreen"] == [2 * PREVIEW_HEIGHT, PREVIEW_HEIGHT, 2.0]
