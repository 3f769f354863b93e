"""The window fits a 1024×700 screen whatever page was visited, and grows sensibly to 1600."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QScrollArea

from sm_card.gui.main_window import READABLE_WIDTH, SCROLLS_ITSELF
from sm_card.gui.services import Services


@pytest.fixture
def small(window, qapp, qtbot):
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    qapp.processEvents()
    return window


# Pages that may hold more than a 1024×700 window's room: the Card page's warnings in Spanish
# (17 px). Every other page shows all of itself without a scroll bar (one that moves a few
# pixels is only noise; the Travel page's export buttons were below the window).
TALLER_THAN_700 = {"card"}


def test_every_page_fits_1024_by_700(small, qapp):
    window = small
    for spec in window.pages_spec:
        page = window.show_page(spec.key)
        qapp.processEvents()
        assert window.width() <= 1024 and window.height() <= 700, spec.key
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, (spec.key, hint)
        frame = window.stack.currentWidget()
        if spec.key in SCROLLS_ITSELF:
            assert frame is page
            room = window.stack.width()
        else:
            assert isinstance(frame, QScrollArea) and frame.widget() is page
            room = frame.viewport().width()
        # Usable: no sideways scrolling; a tall page scrolls down instead of growing.
        assert page.minimumSizeHint().width() <= room, spec.key
        assert page.width() <= room, spec.key
        if frame is not page and spec.key not in TALLER_THAN_700:
            assert frame.verticalScrollBar().maximum() == 0, spec.key
    assert window.width() <= 1024


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_nothing_scrolls_sideways_at_1024_or_1600(language, request, session, qapp, qtbot):
    """No scroll area on any page needs sideways scrolling, in English, German or Spanish:
    not the page, not a form within it, not the letter's preview (which fits its pages to
    the room at the default zoom)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import MainWindow

    if language != "en":
        request.getfixturevalue({"de": "german", "es": "spanish"}[language])
    window = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(QAction, "undoAction") is not None)
    for size in ((1024, 700), (1600, 1000)):
        window.resize(*size)
        for spec in window.pages_spec:
            page = window.show_page(spec.key)
            qapp.processEvents()
            frame = window.stack.currentWidget()
            areas = [frame, *frame.findChildren(QAbstractScrollArea)]
            areas = [a for a in areas if isinstance(a, QAbstractScrollArea) and a.isVisible()]
            assert areas, spec.key
            wide = {a.objectName() or type(a).__name__: a.horizontalScrollBar().maximum()
                    for a in areas if a.horizontalScrollBar().maximum() > 0}
            assert wide == {}, (size, spec.key)
            if spec.key == "surgery":
                assert page.page_labels  # the letter is on screen, at a fitting width
                assert page.letter_scroll.horizontalScrollBar().maximum() == 0


def test_at_1600_forms_keep_a_readable_width(window, qapp, qtbot):
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    for key, width in READABLE_WIDTH.items():
        page = window.show_page(key)
        qapp.processEvents()
        frame = window.stack.currentWidget()
        room = window.stack.width() if key in SCROLLS_ITSELF else frame.viewport().width()
        assert room > width + 200  # the room is there
        assert page.width() <= width, key
    preview = window.show_page("card")  # the previews use the room there is
    qapp.processEvents()
    assert preview.width() == window.stack.currentWidget().viewport().width() > 1300


def test_longer_words_still_fit_1024(qtbot, qapp, session, pseudo_locale):
    """With every string ~40 % longer (as in German or Finnish), no page needs sideways
    scrolling at 1024x700 and the window does not grow."""
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import MainWindow

    window = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(window)
    window.show()
    # (after showing: shown, the window fits itself to the offscreen screen's 800 px)
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    assert window.nav.item(0).text().startswith("[")  # the pseudo-locale is on
    for spec in window.pages_spec:
        page = window.show_page(spec.key)
        qapp.processEvents()
        frame = window.stack.currentWidget()
        room = window.stack.width() if spec.key in SCROLLS_ITSELF else frame.viewport().width()
        assert page.minimumSizeHint().width() <= room, spec.key
        assert window.width() <= 1024, spec.key


def test_at_1024_a_list_gives_its_free_texts_the_room(small, qapp):
    """Dates and choices take the width of their words; the agent and the reaction seen
    share the rest, so the example's reactions show whole."""
    page = small.show_page("avoid")
    qapp.processEvents()
    table = page.table
    agent, severity, reaction, noted = (table.columnWidth(i) for i in range(4))
    assert severity < agent and noted < agent and severity < reaction and noted < reaction
    longest = max((table.item(r, 2).text() for r in range(table.rowCount())), key=len)
    assert longest == "hives and low blood pressure after ibuprofen"
    assert reaction >= table.fontMetrics().horizontalAdvance(longest) + 8


def test_at_1600_the_letter_preview_fits_and_the_lists_take_the_rest(window, qapp, qtbot):
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    page = window.show_page("surgery")
    qtbot.waitUntil(lambda: bool(page.page_views.shown))
    qapp.processEvents()
    # the letter's page whole, no sideways scrolling
    assert page.letter_scroll.horizontalScrollBar().maximum() == 0
    assert page.letter_scroll.viewport().width() >= page.page_views.shown[0].width()
    # and the room beyond it goes to the procedures and the premedication steps
    table = page.procedures.table
    assert table.width() > page.letter_scroll.width() * 0.9
    typical = table.fontMetrics().horizontalAdvance("Laparoscopic cholecystectomy")
    assert table.columnWidth(0) >= typical + 8  # a procedure's name shows whole


def test_the_card_preview_grows_with_the_window_and_shrinks_back(window, qapp, qtbot):
    from sm_card.gui.pages.card_page import FACE_MAX_WIDTH, FACE_WIDTH

    def faces(page) -> tuple[int, int]:
        return page.front_label.pixmap().width(), page.back_label.pixmap().width()

    window.resize(1024, 700)
    qtbot.waitExposed(window)
    page = window.show_page("card")
    qtbot.waitUntil(lambda: page.result is not None)
    qapp.processEvents()
    # At 1024 px the faces are near their least (the section list is only as wide as its
    # names: the room it leaves may make them a step larger).
    small = faces(page)
    assert small[0] == small[1] and FACE_WIDTH <= small[0] < FACE_WIDTH + 50
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: faces(page)[0] > small[0] + 100)
    assert faces(page)[0] == faces(page)[1] <= FACE_MAX_WIDTH
    scroll = window.findChild(QScrollArea, "cardPreview")
    assert scroll.horizontalScrollBar().maximum() == 0  # whole, no sideways scrolling
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: faces(page) == small)
    assert window.width() <= 1024 and scroll.horizontalScrollBar().maximum() == 0



def hover(table, row: int, col: int) -> str:
    """The tooltip a pointer resting on the cell brings up ("" for none)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    at = table.visualRect(table.model().index(row, col)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, at, table.viewport().mapToGlobal(at))
    QApplication.sendEvent(table.viewport(), event)
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return shown


def narrow(table, column: int, width: int = 90) -> None:
    """A narrow column, as on a small screen or made by hand."""
    from PySide6.QtWidgets import QHeaderView

    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, width)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a tooltip is a popup
def test_a_cut_cell_shows_its_words_whole_on_hover(small, qapp):
    page = small.show_page("avoid")
    table = page.table
    qapp.processEvents()
    reaction = "hives and low blood pressure after ibuprofen"
    assert table.item(0, 2).text() == reaction
    assert hover(table, 0, 2) == ""  # shown whole: nothing to add
    narrow(table, 2)
    qapp.processEvents()
    assert hover(table, 0, 2) == reaction  # cut: the whole words on hover


def test_at_1024_the_premedication_when_box_shows_its_examples(spanish, window, qapp):
    """In Spanish the box read "Cuánto ant…", beside the step's words in the narrow column;
    the remove button took the column's whole width."""
    window.resize(1024, 700)
    page = window.show_page("surgery")
    qapp.processEvents()
    when = page.steps.when_edit
    assert when.width() >= when.fontMetrics().horizontalAdvance(when.placeholderText())
    assert when.placeholderText().startswith("Cuánto antes")
    assert page.steps.remove_button.width() < page.steps.width() / 2
