"""The Card page: a live preview on white that follows edits, export, print at true size."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox

from sm_card.gui import dialogs, pdf_pages
from sm_card.gui.pages import card_page
from sm_card.gui.pages.card_page import CardPage
from sm_card.render.qr import CARD_QR_MAX_BYTES
from sm_card.render.qr_payload import qr_payload
from sm_card.render.summary import qr_summary


@pytest.fixture
def page(qtbot, session):
    widget = CardPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


def _dark_pixels(image: QImage, step: int = 3) -> int:
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if QColor(image.pixel(x, y)).lightness() < 100:
                count += 1
    return count


def test_preview_shows_both_faces_on_white(page):
    front = page.front_label.pixmap().toImage()
    back = page.back_label.pixmap().toImage()
    assert card_page.FACE_WIDTH <= front.width() == back.width() <= card_page.FACE_MAX_WIDTH
    assert abs(front.height() / front.width() - 53.98 / 85.60) < 0.01
    # opaque white where the back has no ink, red band on the front
    assert QColor(back.pixel(back.width() // 2, back.height() - 3)) == QColor("white")
    band = QColor(front.pixel(front.width() - 5, 5))
    assert band.red() > 150 and band.green() < 60
    assert _dark_pixels(front) > 200 and _dark_pixels(back) > 500
    assert page.sheet_label.isVisible()
    assert not page.sheet_label.pixmap().isNull()


def test_preview_and_qr_follow_an_edit(qtbot, page, session):
    before = page.front_label.pixmap().toImage()
    session.profile.name = "Жанна 李小龍"
    session.commit()
    qtbot.waitUntil(lambda: page.front_label.pixmap().toImage() != before, timeout=1000)
    # the vCard (default) names the person in N and FN; its note is the summary
    assert "\nFN:Жанна 李小龍\n" in page.qr_text.toPlainText()
    assert page.qr_text.toPlainText() == qr_payload(session.profile, "112", "vcard",
                                                    CARD_QR_MAX_BYTES).text
    session.settings.set("qr_format", "text")  # the setting reaches the card
    session.profile.name = "Жанна"
    session.commit()
    qtbot.waitUntil(lambda: page.qr_text.toPlainText().startswith("MEDICAL"), timeout=1000)
    assert page.qr_text.toPlainText() == qr_summary(session.profile, "112",
                                                    CARD_QR_MAX_BYTES).text


def test_warnings_are_shown(qtbot, page, session):
    session.profile.contacts = []
    session.commit()
    qtbot.waitUntil(lambda: "No emergency contact" in page.warnings_label.text(), timeout=1000)
    assert "QR code shortened" in page.warnings_label.text()


def test_layout_choice_hides_sheet_preview(page):
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("card"))
    assert not page.sheet_label.isVisible()
    assert not page.paper_combo.isEnabled()


def test_export_writes_the_chosen_layout(page, tmp_path, monkeypatch):
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("letter"))
    assert page.export_pdf()
    (sheet,) = PdfReader(io.BytesIO(target.read_bytes())).pages
    assert (float(sheet.mediabox.width), float(sheet.mediabox.height)) == (612, 792)
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("card"))
    assert page.export_pdf()
    pages = PdfReader(io.BytesIO(target.read_bytes())).pages
    assert len(pages) == 2 and abs(float(pages[0].mediabox.width) - 242.65) < 0.01


def test_print_shows_contents_then_prints_true_size(page, tmp_path, monkeypatch):
    shown = {}

    def review(parent, title, report, note, action):
        shown["message"] = report
        shown["note"] = note
        return True

    out = tmp_path / "printed.pdf"

    def ask(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(300)
        return True

    monkeypatch.setattr(dialogs, "review", review)
    monkeypatch.setattr(pdf_pages, "ask_print", ask)
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("card"))
    assert page.print_card()
    message = shown["message"]
    assert "100 %" in shown["note"]
    assert "SYSTEMIC MASTOCYTOSIS" in message and "The QR code holds:" in message
    assert "DO NOT GIVE: NSAIDs, atracurium" in message
    assert "Warnings:" in message and "QR code shortened" in message
    printed = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == 2
    # Qt rounds custom page sizes to whole points: within 1 pt (0.35 mm) of ID-1
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 242.65) < 1 and abs(float(box.height) - 153.01) < 1
    doc = pdfium.PdfDocument(out.read_bytes())
    decoded = [r.text for r in zxingcpp.read_barcodes(doc[1].render(scale=300 / 72).to_pil())]
    assert decoded == [page.result.qr.text]


def test_print_cancelled_before_the_dialog(page, monkeypatch):
    monkeypatch.setattr(dialogs, "review", lambda *a: False)
    called = []
    monkeypatch.setattr(pdf_pages, "ask_print", lambda *a: called.append(1) or True)
    assert not page.print_card()
    assert called == []


def test_emergency_number_is_chosen_on_the_card_page(page, session):
    combo = page.findChild(QComboBox, "emergencyNumberCombo")
    assert combo.currentText() == "112"
    assert {combo.itemText(i) for i in range(combo.count())} >= {"112", "911", "999", "000"}
    combo.setCurrentText("911")
    combo.lineEdit().editingFinished.emit()
    # kept for this profile (issue 8), not for every profile
    profile_id = session.profile.db_id
    assert session.settings.emergency_number_for(profile_id) == "911"
    assert session.settings.emergency_number == "112"
    assert any("call 911" in line for line in page.result.back_text)
    assert "911 (set for this profile)" in page.number_note.text()
    combo.setCurrentText("not a number")
    combo.lineEdit().editingFinished.emit()
    assert session.settings.emergency_number_for(profile_id) == "911"
    assert combo.currentText() == "911"


def test_first_run_shows_the_number_from_the_region(qtbot, store):
    from sm_card.core.settings import Settings
    from sm_card.gui.session import ProfileSession

    session = ProfileSession(store, settings=Settings(store, locale_name=lambda: "en_US.UTF-8"))
    widget = CardPage(session)
    qtbot.addWidget(widget)
    widget.show()
    note = widget.findChild(type(widget.number_note), "emergencyNumberNote")
    assert note.isVisible()
    assert "911 (from your region)" in note.text()
    assert "Change it" in note.text()
    assert widget.number_combo.currentText() == "911"
    assert any("call 911" in line for line in widget.result.back_text)


def test_each_profile_keeps_its_own_number(qtbot, page, session):
    first = session.profile
    page.number_combo.setCurrentText("999")
    page.number_combo.lineEdit().editingFinished.emit()
    session.add_profile("Second Person")
    assert page.number_combo.currentText() == "112"  # the region's (C locale in tests)
    assert "112 (from your region)" in page.number_note.text()
    session.select(first.name)
    assert page.number_combo.currentText() == "999"
    assert any("call 999" in line for line in page.result.back_text)


def test_one_number_can_become_the_default_for_the_other_profiles(qtbot, page, session):
    first = session.profile
    session.add_profile("Holiday Kid")
    page.number_combo.setCurrentText("000")
    page.number_combo.lineEdit().editingFinished.emit()
    kid_id = session.profile.db_id
    session.select(first.name)
    page.number_combo.setCurrentText("999")
    page.number_combo.lineEdit().editingFinished.emit()
    assert page.share_number.isEnabled()
    page.share_number.click()
    settings = session.settings
    assert settings.emergency_number == "999"
    assert settings.emergency_number_source(first.db_id) == "setting"
    assert settings.emergency_number_for(kid_id) == "000"  # its own number is kept
    assert not page.share_number.isEnabled()
    session.add_profile("Newcomer")
    assert page.number_combo.currentText() == "999"
    assert "(your setting)" in page.number_note.text()


def test_the_page_says_when_the_card_made_last_no_longer_matches(qtbot, page, session,
                                                                 tmp_path, monkeypatch):
    from datetime import date

    from sm_card.core.models import AvoidEntry

    assert not page.stale_label.isVisible()  # no card made yet: nothing to compare
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "card.pdf"))
    assert page.export_pdf()
    assert not page.stale_label.isVisible()
    session.profile.avoid.append(AvoidEntry("vancomycin", noted_on=date(2026, 12, 3)))
    session.commit()
    qtbot.waitUntil(page.stale_label.isVisible, timeout=1000)
    text = page.stale_label.text()
    assert "no longer matches the record" in text
    assert "it lacks \u2068vancomycin\u2069 (avoid list, added 2026-12-03)" in text
    assert page.export_pdf()  # the new card is what the wallet holds now
    assert not page.stale_label.isVisible()


def test_where_each_emergency_number_applies_is_said_in_german(german, qtbot, session):
    from PySide6.QtCore import Qt

    from sm_card.core.emergency_numbers import NUMBERS

    widget = CardPage(session)  # made after the translation is installed, as the app does
    qtbot.addWidget(widget)
    for entry in NUMBERS:
        assert widget._where_it_applies(entry.number) != entry.applies_in, entry.number
    note = widget.number_note.text()
    assert "Europäische Union" in note and "European Union" not in note
    tips = [widget.number_combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
            for i in range(widget.number_combo.count())]
    assert "Vereinigte Staaten, Kanada, Mexiko" in tips
