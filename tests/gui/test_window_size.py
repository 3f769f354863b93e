"""The window fits a 1024×700 screen whatever page was visited, and grows sensibly to 1600."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from sm_card.gui.main_window import READABLE_WIDTH, SCROLLS_ITSELF
from sm_card.gui.services import Services


@pytest.fixture
def small(window, qapp, qtbot):
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    qapp.processEvents()
    return window


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
    assert window.width() <= 1024


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
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.nav.item(0).text().startswith("[")  # the pseudo-locale is on
    for spec in window.pages_spec:
        page = window.show_page(spec.key)
        qapp.processEvents()
        frame = window.stack.currentWidget()
        room = window.stack.width() if spec.key in SCROLLS_ITSELF else frame.viewport().width()
        assert page.minimumSizeHint().width() <= room, spec.key
        assert window.width() <= 1024, spec.key
