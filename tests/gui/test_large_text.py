"""Large text on a small screen: a person with poor eyesight sets a 14–16 pt font, on a
1366×768 screen at 150 % (911×512 px for the window). Nothing may vanish or be cut: tables keep
a few rows in view (the page scrolls instead), the window fits the screen, the section list
shows its names whole, dialogs show their labels whole."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtGui import QFont

SMALL_SCREEN = (911, 512)  # 1366×768 at 150 %, in the window's pixels
LARGE_PT = 15


@contextmanager
def app_font(qapp, points: int):
    """The application's font at ``points``, as the desktop's text size sets it; put back
    afterwards (the tests share one QApplication)."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSize(points)
    qapp.setFont(font)
    try:
        yield font
    finally:
        qapp.setFont(before)


@pytest.fixture
def large_text(qapp):
    with app_font(qapp, LARGE_PT) as font:
        yield font


def three_rows(table) -> int:
    """A table's height with its header and three rows of the font's height."""
    vertical = table.verticalHeader()
    row = max(vertical.defaultSectionSize(), table.fontMetrics().height())
    return table.horizontalHeader().height() + 3 * row


TABLES = {"injectors": ("table", "history_table"), "travel": ("languages", "sentences")}


@pytest.mark.parametrize("key", sorted(TABLES))
def test_tables_keep_three_rows_in_view_and_the_page_scrolls(large_text, window, qapp, key):
    """At 15 pt in a 911×512 window the device table was 0 px high (the header alone or
    nothing), the History and the translation tables too: each keeps three rows now, and the
    page scrolls to them."""
    window.resize(*SMALL_SCREEN)
    page = window.show_page(key)
    qapp.processEvents()
    frame = window.stack.currentWidget()
    assert frame.widget() is page
    for name in TABLES[key]:
        table = getattr(page, name)
        assert table.fontMetrics().height() > 20  # the large font, really
        assert table.height() >= three_rows(table), name
    assert frame.verticalScrollBar().maximum() > 0  # the page scrolls, rather than squeeze
    assert frame.horizontalScrollBar().maximum() == 0  # but never sideways
    assert cut_labels(page) == []  # the rows' room was not taken from the words above them
    last = getattr(page, TABLES[key][-1])
    frame.ensureWidgetVisible(last, 0, 0)
    qapp.processEvents()
    top = last.mapTo(frame.viewport(), last.rect().topLeft()).y()
    assert top >= 0 and top + three_rows(last) <= frame.viewport().height()


def test_a_font_made_larger_while_the_app_runs_keeps_three_rows(window, qapp):
    """The desktop's text size changed with the window open: the tables' least height
    follows the font."""
    page = window.show_page("injectors")
    qapp.processEvents()
    before = page.table.minimumHeight()
    assert before >= three_rows(page.table)
    with app_font(qapp, 20):
        qapp.processEvents()
        assert page.table.minimumHeight() > before
        assert page.table.minimumHeight() >= three_rows(page.table)
        assert page.history_table.minimumHeight() >= three_rows(page.history_table)
    qapp.processEvents()
    assert page.table.minimumHeight() == before


def cut_labels(widget) -> list[str]:
    """The labels shown narrower or shorter than their words need."""
    from PySide6.QtWidgets import QLabel

    cut = []
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
        elif label.width() < label.sizeHint().width():
            cut.append(label.text())
    return cut


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("replacing", [False, True])
def test_the_device_dialog_shows_its_labels_whole(large_text, request, qtbot, qapp, language,
                                                  replacing):
    """A fixed minimum width of 380 px overrode the form's, and Qt opens a dialog at most 2/3
    of the screen wide: "Expiry date" showed as "Expiry d" ("Fecha de caducidad" as "Fecha de
    cadu"). The form's own minimum decides now, and the expiry example wraps under the field
    rather than widen it past the screen."""
    from sm_card.core.catalog import default_catalog
    from sm_card.core.models import Injector
    from sm_card.gui.pages.injectors_page import InjectorDialog

    if language != "en":
        request.getfixturevalue({"es": "spanish"}[language])
    old = Injector(product="EpiPen", dose_mg=0.3, expires_on=None)  # type: ignore[arg-type]
    dialog = InjectorDialog(None, "Add a device", old if replacing else None,
                            default_catalog(), replacing=old if replacing else None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qapp.processEvents()
    screen = dialog.screen().availableGeometry()
    assert dialog.sizeHint().width() > screen.width() * 2 // 3  # Qt's cap is in play
    assert dialog.width() <= screen.width()
    assert dialog.width() >= dialog.minimumSizeHint().width()
    assert cut_labels(dialog) == []
    hint = dialog.expiry_hint
    assert "08/2027" in hint.text() and hint.isVisible()


def assert_names_whole(nav, *, one_line: bool) -> None:
    """Every section's name whole within the list, on one line or wrapped onto more, with no
    sideways scrolling."""
    from PySide6.QtCore import QRect, Qt

    assert nav.horizontalScrollBar().maximum() == 0
    metrics = nav.fontMetrics()
    # The style's margins around a name: those of the first, a single word.
    margins = nav.sizeHintForIndex(nav.model().index(0, 0)).width() - \
        metrics.horizontalAdvance(nav.item(0).text())
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        assert rect.left() >= 0 and rect.right() < nav.viewport().width(), item.text()
        room = rect.width() - margins
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap,
                                      item.text())
        assert needed.width() <= room and needed.height() <= rect.height(), item.text()
        if one_line:
            assert rect.height() < 2 * metrics.height(), item.text()


def new_window(session, qtbot, size):
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services

    window = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_section_list_shows_every_name_whole(large_text, request, session, qtbot, qapp,
                                                  language):
    """At 15 pt the list's fixed 180 px cut "Phone and action plan" and "Reminder settings"
    (and "Teléfono y plan de acción" in Spanish) behind a sideways scroll bar. Where the
    window has room, the list is as wide as its longest name; in a small window it takes a
    fifth of the width at most, and a longer name wraps."""
    if language != "en":
        request.getfixturevalue({"de": "german", "es": "spanish"}[language])
    window = new_window(session, qtbot, (1280, 720))  # 1920×1080 at 150 %
    qapp.processEvents()
    nav = window.nav
    assert nav.fontMetrics().height() > 20  # the large font, really
    assert_names_whole(nav, one_line=True)
    window.resize(*SMALL_SCREEN)
    qapp.processEvents()
    assert nav.width() <= SMALL_SCREEN[0] // 5  # the pages keep the room
    assert_names_whole(nav, one_line=False)


def test_the_section_list_follows_the_font(window, qapp, qtbot):
    """The desktop's text size changed with the window open: the list's width follows."""
    window.resize(1600, 1000)
    nav = window.nav
    qapp.processEvents()
    assert_names_whole(nav, one_line=True)
    normal = nav.width()
    with app_font(qapp, 18):
        qtbot.waitUntil(lambda: nav.width() > normal)
        assert_names_whole(nav, one_line=True)
    qtbot.waitUntil(lambda: nav.width() == normal)


def test_a_name_longer_than_the_cap_wraps_rather_than_widen_the_list(qtbot, session, qapp):
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import PAGES, MainWindow, PageSpec, SectionList
    from sm_card.gui.services import Services

    long_title = "A section whose name goes on and on, far longer than any of the app's own"
    pages = [*PAGES[:2], PageSpec("long", long_title, PAGES[1].factory)]
    window = MainWindow(Services(session, default_catalog()), pages=pages)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    qapp.processEvents()
    nav = window.nav
    cap = nav.fontMetrics().averageCharWidth() * SectionList.MAX_CHARS
    assert cap < nav.fontMetrics().horizontalAdvance(long_title)
    assert nav.width() <= cap + 2 * nav.frameWidth() + nav.verticalScrollBar().sizeHint().width()
    assert nav.horizontalScrollBar().maximum() == 0
    item = nav.item(2)
    assert nav.visualItemRect(item).height() >= 2 * nav.fontMetrics().height()  # wrapped


def test_the_window_opens_within_the_screen(window, qtbot):
    """It opened at 1000×700 on a screen with 911×512 px of room, its bottom and right edge
    out of reach (the offscreen screen here has 800×800)."""
    room = window.screen().availableGeometry()
    assert room.width() < 1000
    qtbot.waitUntil(lambda: room.contains(window.frameGeometry()))
    assert window.height() == 700  # what fits is kept


def test_the_window_shown_again_comes_back_within_the_screen(window, qtbot):
    """Hidden to the tray and shown again (after a move to a smaller screen, or as here
    made larger meanwhile): within the screen again."""
    room = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: room.contains(window.frameGeometry()))
    window.hide()
    window.resize(1500, 1000)
    window.move(600, 500)
    window.show()
    qtbot.waitExposed(window)
    assert room.contains(window.frameGeometry())
