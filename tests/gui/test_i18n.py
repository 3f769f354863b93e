"""Every visible string goes through tr(): under the pseudo-locale none stays plain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

from sm_card.core.catalog import default_catalog
from sm_card.gui.i18n import PseudoTranslator, pseudo


def test_pseudo_keeps_placeholders_and_tags():
    text = pseudo("Delete the record of {name}? <b>Export</b> first")
    assert "{name}" in text and "<b>" in text and "</b>" in text
    assert text.startswith("[") and text.endswith("]") and len(text) > 45
    assert "Délété" in text


def test_pages_show_only_translated_text(qtbot, session):
    from sm_card.gui.main_window import PAGES, MainWindow

    app = QCoreApplication.instance()
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    try:
        win = MainWindow(session, default_catalog())
        qtbot.addWidget(win)
        for spec in PAGES[:8]:  # the record pages
            page = win.page(spec.key)
            for widget in page.findChildren(QLabel) + page.findChildren(QPushButton):
                text = widget.text()
                if not text or text.startswith("⚠") or widget.objectName() in (
                        "subtypeDescription", "catalogInfo"):
                    continue  # data and catalog text are not interface strings
                assert "[" in text, f"{spec.key}: {widget.objectName()!r} shows {text!r}"
    finally:
        app.removeTranslator(translator)
