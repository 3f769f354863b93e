"""The warnings of the printed outputs read in the person's language (gui/output_warnings.py),
with record text kept as it is, isolated by direction; the CLI keeps the English."""

from __future__ import annotations

import pytest

from sm_card.core.models import PartialDate
from sm_card.core.travel import CORRECTED, NOT_REVIEWED, REVIEWED
from sm_card.gui.bidi import FSI, PDI
from sm_card.gui.output_warnings import _place, status_text, warning_text
from sm_card.gui.pages.card_page import CardPage
from sm_card.render.output_warnings import PLACES, WARNING_CODES, OutputWarning

SAMPLE = {"chars": "'\u10d0' (U+10D0)", "script": "Georgian", "family": "Noto Sans",
          "text": "\u0645\u0631\u062d\u0628\u0627", "cut": "morphine; codeine",
          "missing": 3, "total": 12, "entries": (("morphine", "avoid"), ("codeine", "caution")),
          "product": "EpiPen", "dose": "0.3", "date": "2026-01-31",
          "omitted": "medications: cetirizine", "native": "Deutsch", "status": NOT_REVIEWED,
          "corrected": 2, "unchecked": 44, "pages": 3, "languages": 2, "carried": 1,
          "sentences": "Lay me flat.", "caution": False, "lot": "LX2491",
          "expiry": "2026-12-31", "end": "2027-02-20", "marker": "[More on card]",
          "start": "2027-01-15"}
# facts worded rather than shown as they are
WORDED = {"entries", "status", "corrected", "caution"}


def _sample(code: str) -> OutputWarning:
    return OutputWarning("english words", code, **{k: SAMPLE[k] for k in WARNING_CODES[code]})


def test_every_code_has_its_own_german_sentence_with_every_fact_filled_in(german):
    for code in sorted(WARNING_CODES):
        text = warning_text(_sample(code))
        assert "english words" not in text and "{" not in text, (code, text)
        for name in WARNING_CODES[code]:
            if name not in WORDED:
                assert f"{FSI}{SAMPLE[name]}{PDI}" in text, (code, name, text)
    entries = warning_text(_sample("avoid_unprinted"))
    assert f"{FSI}morphine{PDI} (meiden); {FSI}codeine{PDI} (Vorsicht)" in entries
    unchecked = warning_text(_sample("translation_unchecked"))
    assert "maschinell übersetzt" in unchecked and "2 Sätze von Ihnen korrigiert" in unchecked


def test_every_code_has_its_own_spanish_sentence(spanish):
    worded = {code: warning_text(_sample(code)) for code in WARNING_CODES}
    assert not any("english words" in text for text in worded.values())
    assert len(set(worded.values())) == len(WARNING_CODES)  # no two codes worded alike
    assert "no hay espacio suficiente" in worded["no_room"]


def test_every_place_is_worded_in_german(german):
    for place in PLACES:
        word = _place(place)
        assert word and word != place, place
    w = OutputWarning("x", "no_room", cut="y").within("avoid list").within("Back", ", ")
    assert warning_text(w) == (f"Rückseite, Liste der zu meidenden Stoffe: nicht genug Platz, "
                               f"weggelassen: {FSI}y{PDI}")
    card = OutputWarning("x", "no_room", cut="y").within("Translation card", detail="es")
    assert warning_text(card).startswith(f"Übersetzungskarte ({FSI}es{PDI}): ")


def test_review_statuses_are_worded(spanish):
    assert status_text(REVIEWED) == "revisada"
    assert status_text(CORRECTED) == "corregida por usted"
    assert status_text(NOT_REVIEWED, 1).endswith("; 1 frase corregida por usted")
    assert status_text(NOT_REVIEWED, 3).endswith("; 3 frases corregidas por usted")


def test_a_plain_string_or_an_unknown_code_is_shown_in_english(german):
    assert warning_text("an old warning") == "an old warning"
    assert warning_text(OutputWarning("the old words", "not_worded_yet")) == "the old words"


def test_the_english_window_shows_the_cli_words():
    w = OutputWarning("x", "no_room", cut="morphine").within("avoid list").within("Back", ", ")
    assert warning_text(w) == f"Back, avoid list: not enough room, left out: {FSI}morphine{PDI}"


@pytest.fixture
def card_page(qtbot, session):
    page = CardPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_the_card_page_lists_a_records_warnings_in_german(german, qtbot, card_page, session):
    profile = session.profile
    profile.contacts = []
    for injector in profile.injectors:
        injector.expires_on = PartialDate(2026, 1, 31)
    session.commit()
    qtbot.waitUntil(lambda: "Kein Notfallkontakt erfasst" in card_page.warnings_label.text(),
                    timeout=2000)
    label = card_page.warnings_label.text()
    assert label.startswith("Vor dem Drucken prüfen:")
    assert f"ist am {FSI}2026-01-31{PDI} abgelaufen: Ersetzen Sie ihn" in label
    assert "QR-Code gekürzt" in label
    assert "Rückseite, " in label and "nicht genug Platz, weggelassen: " in label
    for english in ("No emergency contact", "expired on", "not enough room", "left out",
                    "QR code shortened", "Back, "):
        assert english not in label, english
    # the card's own warnings keep the CLI's English words
    assert any(w.startswith("No emergency contact recorded") for w in card_page.warnings)
    report = card_page.contents_report()
    assert "Kein Notfallkontakt erfasst" in report


def test_what_the_qr_left_out_is_worded_item_by_item(german):
    from sm_card.core.models import AvoidEntry, Medication, Profile
    from sm_card.render.card import build_card

    profile = Profile(name="Alex Example", avoid=[AvoidEntry(f"agent number {i}")
                                                  for i in range(40)],
                      medications=[Medication(name="cetirizine", dose="10 mg")])
    warning = next(w for w in build_card(profile).warnings if w.code == "qr_shortened_card")
    assert " more (" in warning  # the CLI's English, unchanged
    text = warning_text(warning)
    assert "Liste der zu meidenden Stoffe: " in text and " weitere (" in text, text
    assert f"{FSI}agent number 4, agent number 5" in text  # the names as recorded, isolated
    assert "Medikamente" in text, text
    for english in ("avoid list", " more (", "medications"):
        assert english not in text, english
