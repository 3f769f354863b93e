"""GUI fixtures: a real store in a fresh folder with the example record, and a session."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAction

from sm_card.core import interchange
from sm_card.core.catalog import default_catalog
from sm_card.core.store import Store

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """As the app in English: the code's words, with English plural forms ("1 page",
    "2 pages") from sm_card_en.qm. A test's German or Spanish goes on top of it."""
    from sm_card.gui.i18n import english_plurals

    installed = english_plurals(qapp)
    assert installed, "resources/translations/sm_card_en.qm is missing"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


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
    from sm_card.gui.services import Services

    win = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(win)
    win.show()
    # As a person meets it: painted, with what follows the first paint (the menus'
    # commands and shortcuts) in place.
    qtbot.waitUntil(lambda: win.findChild(QAction, "undoAction") is not None, timeout=5000)
    return win


def _translated(qapp, language: str):
    """The translation installed for one test; afterwards the translators are removed and the
    default QLocale put back (install_translations sets it, and a later test that installs
    "the system's language" would otherwise get this one)."""
    from PySide6.QtCore import QLocale

    from sm_card.gui.i18n import install_translations

    before = QLocale()
    installed = install_translations(qapp, language)
    assert installed, f"no {language} translation was loaded"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def german(qapp):
    yield from _translated(qapp, "de")


@pytest.fixture
def spanish(qapp):
    yield from _translated(qapp, "es")


@pytest.fixture
def pseudo_locale(qapp):
    """Installs the pseudo-locale; yields a function listing a widget's interface strings
    (labels and buttons) as (objectName, text), leaving out the named data widgets."""
    from PySide6.QtWidgets import QLabel, QPushButton

    from sm_card.gui.i18n import PseudoTranslator

    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)

    def interface_texts(widget, data_names=(), skip_warnings=False):
        found = []
        for child in widget.findChildren(QLabel) + widget.findChildren(QPushButton):
            text = child.text()
            if not text or child.objectName() in data_names:
                continue
            if skip_warnings and text.startswith("⚠"):
                continue  # a validation message quotes the person's own value
            found.append((child.objectName(), text))
        return found

    yield interface_texts
    qapp.removeTranslator(translator)
