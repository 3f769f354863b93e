"""Every visible string goes through tr(): under the pseudo-locale none stays plain."""

from __future__ import annotations

from sm_card.core.catalog import default_catalog
from sm_card.gui.i18n import pseudo


def test_pseudo_keeps_placeholders_and_tags():
    text = pseudo("Delete the record of {name}? <b>Export</b> first")
    assert "{name}" in text and "<b>" in text and "</b>" in text
    assert text.startswith("[") and text.endswith("]") and len(text) > 45
    assert "Délété" in text


def test_pseudo_keeps_qts_count(qapp):
    from PySide6.QtCore import QCoreApplication

    from sm_card.gui.i18n import PseudoTranslator

    assert pseudo("%n page(s), {paper}").startswith("[%n pàgé(š), {paper}")
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    try:  # Qt puts the count in for %n after the translator has answered
        assert QCoreApplication.translate("SurgeryPage", "%n page(s), {paper}", "", 3) \
            .startswith("[3 pàgé(š), {paper}")
    finally:
        qapp.removeTranslator(translator)


def test_pages_show_only_translated_text(qtbot, session, pseudo_locale):
    from sm_card.gui.main_window import PAGES, MainWindow
    from sm_card.gui.services import Services

    win = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(win)
    for spec in PAGES[:8]:  # the record pages
        # data and catalog text are not interface strings
        texts = pseudo_locale(win.page(spec.key), ("subtypeDescription", "catalogInfo"),
                              skip_warnings=True)
        for name, text in texts:
            assert "[" in text, f"{spec.key}: {name!r} shows {text!r}"
