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


def test_a_translated_window_says_the_card_and_letter_are_printed_in_english(
        qtbot, session, german):
    """Found in a walk as a German-speaking patient: nothing in the German window said the
    card and the letter would come out in English. An English window needs no such word."""
    from PySide6.QtWidgets import QLabel

    from sm_card.core.catalog import default_catalog
    from sm_card.gui.pages.card_page import CardPage
    from sm_card.gui.pages.surgery_page import SurgeryPage

    card, surgery = CardPage(session), SurgeryPage(session, default_catalog())
    for page in (card, surgery):
        qtbot.addWidget(page)
    assert card.findChild(QLabel, "cardLanguageNote").text() == (
        "Die Karte wird auf Englisch gedruckt. Die Seite „Reisen“ erstellt Karten in anderen "
        "Sprachen.")
    assert "auf Englisch gedruckt" in surgery.findChild(QLabel, "letterLanguageNote").text()


def test_an_english_window_has_no_note_on_the_printed_language(qtbot, session):
    from PySide6.QtWidgets import QLabel

    from sm_card.gui.pages.card_page import CardPage

    page = CardPage(session)
    qtbot.addWidget(page)
    assert page.findChild(QLabel, "cardLanguageNote") is None
