"""GUI fixtures: a real store in a fresh folder with the example record, and a session."""

from __future__ import annotations

from datetime import date

import pytest

from sm_card.core import interchange
from sm_card.core.catalog import default_catalog
from sm_card.core.store import Store

TODAY = date(2026, 11, 23)


@pytest.fixture
def store(data_dir, example_text):
    store = Store.open(data_dir)
    store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
    yield store
    store.close()


@pytest.fixture
def session(store):
    from sm_card.gui.session import ProfileSession

    return ProfileSession(store, today=lambda: TODAY)


@pytest.fixture
def window(qtbot, session):
    from sm_card.gui.main_window import MainWindow

    win = MainWindow(session, default_catalog())
    qtbot.addWidget(win)
    win.show()
    return win
