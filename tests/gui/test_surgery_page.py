"""The Surgery page: procedures saved, live preview on white, exports, print, checklist."""

from __future__ import annotations

import io
import json
from datetime import date

import pypdfium2 as pdfium
import pytest
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QTableWidget

from sm_card.core.catalog import default_catalog
from sm_card.core.models import AvoidEntry, Procedure
from sm_card.gui import dialogs, pdf_pages
from sm_card.gui.pages import surgery_page
from sm_card.gui.pages.surgery_page import SurgeryPage


@pytest.fixture
def page(qtbot, session):
    widget = SurgeryPage(session, default_catalog())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _add_procedure(qtbot, page, name: str) -> None:
    edit = page.procedures.findChild(QLineEdit, "add_procedure")
    edit.setText(name)
    page.procedures.findChild(QPushButton, "addButton").click()


def test_procedure_is_saved_and_its_date_edited(qtbot, page, store):
    _add_procedure(qtbot, page, "Knee arthroscopy")
    table = page.procedures.findChild(QTableWidget, "listTable")
    assert table.rowCount() == 1
    table.item(0, 1).setText("2027-02-03")
    table.item(0, 3).setText("St Mary's")  # column 2 is the start time
    saved = store.load_profile("Alex Example").procedures
    assert [(p.procedure, p.planned_on, p.hospital) for p in saved] == [
        ("Knee arthroscopy", date(2027, 2, 3), "St Mary's")
    ]
    table.item(0, 1).setText("2027-02-31")  # refused, not saved
    assert store.load_profile("Alex Example").procedures[0].planned_on == date(2027, 2, 3)
    table.selectRow(0)
    page.procedures.findChild(QPushButton, "removeButton").click()
    assert store.load_profile("Alex Example").procedures == []


def test_preview_shows_every_page_on_white_and_follows_edits(qtbot, page, session):
    # The team's part (with the tryptase threshold since issue 13) and the person's part,
    # kept whole, take up to three pages, as in tests/render/test_letter.py.
    assert page.preview_page_count in (1, 2, 3)
    image = page.page_labels[0].pixmap().toImage()
    assert image.width() == page.page_width() > 0
    assert QColor(image.pixel(3, 3)) == QColor("white")  # the margin: opaque white

    def preview_text() -> str:
        return "".join(p.extract_text() for p in PdfReader(io.BytesIO(page._pdf)).pages)

    assert "Dental extraction" not in preview_text()
    _add_procedure(qtbot, page, "Dental extraction")
    qtbot.waitUntil(lambda: "Dental extraction" in preview_text(), timeout=3000)


def test_checklist_ticks_are_saved_and_reach_the_letter(qtbot, page, store):
    first = default_catalog().preparation_checklist[0].id
    box = page.findChild(QCheckBox, f"checklist_{first}")
    assert not box.isChecked()
    box.setChecked(True)
    assert store.load_profile("Alex Example").checklist_done == [first]
    assert page.checklist_state()[first] is True
    box.setChecked(False)
    assert store.load_profile("Alex Example").checklist_done == []


def test_export_pdf_and_fhir_through_the_save_seam(qtbot, page, tmp_path, monkeypatch):
    targets = iter([tmp_path / "letter.pdf", tmp_path / "ips.json"])
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(next(targets)))
    page.findChild(QPushButton, "exportPdfButton").click()
    page.findChild(QPushButton, "exportFhirButton").click()
    reader = PdfReader(tmp_path / "letter.pdf")
    assert 1 <= len(reader.pages) <= 3
    assert "Alex Example" in reader.pages[0].extract_text()
    bundle = Bundle.model_validate_json((tmp_path / "ips.json").read_text(encoding="utf-8"))
    assert bundle.type == "document"
    assert json.loads((tmp_path / "ips.json").read_text())["entry"][0]["resource"][
        "resourceType"] == "Composition"


def test_cancelled_save_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: None)
    page.findChild(QPushButton, "exportPdfButton").click()
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_is_at_full_size_on_the_chosen_paper(qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def answer(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(pdf_pages, "ask_print", answer)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    assert page.print_letter() is True
    printed = pdfium.PdfDocument(str(out))
    assert len(printed) == page.preview_page_count
    width, height = printed[0].get_size()
    assert (round(width), round(height)) == (612, 792)
    # The printed page has the letter's content at the letter's place (not scaled to fit):
    # the title's first dark pixels start at the same height as in the original PDF.
    original = pdfium.PdfDocument(page._pdf)

    def first_dark_row(pdf_page) -> int:
        image = pdf_page.render(scale=1).to_pil().convert("L")
        for y in range(image.height):
            if min(image.getpixel((x, y)) for x in range(0, image.width, 2)) < 100:
                return y
        return -1

    assert abs(first_dark_row(printed[0]) - first_dark_row(original[0])) <= 2


def test_print_cancelled(qtbot, page, monkeypatch):
    monkeypatch.setattr(pdf_pages, "ask_print", lambda parent, printer: False)
    assert page.print_letter() is False


def test_page_reloads_on_profile_change(qtbot, page, session):
    first = default_catalog().preparation_checklist[0].id
    page.findChild(QCheckBox, f"checklist_{first}").setChecked(True)
    session.add_profile("Second Person")
    assert not page.findChild(QCheckBox, f"checklist_{first}").isChecked()
    assert page.procedures.findChild(QTableWidget, "listTable").rowCount() == 0
    assert page.preview_page_count >= 1


def test_letter_warnings_are_shown_before_printing(qtbot, page, session):
    from PySide6.QtWidgets import QLabel

    from sm_card.render.fonts import FontSet

    label = page.findChild(QLabel, "letterWarnings")
    assert label.text() == ""
    missing = "\U000F0000"  # private use: no font draws it
    assert not FontSet.default().covers(missing)
    session.add_profile(f"Ann {missing}")
    assert "U+F0000" in label.text() and "before printing" in label.text()


def test_surgery_is_in_the_main_window(window):
    from sm_card.gui.main_window import PAGES

    assert "surgery" in [spec.key for spec in PAGES]


def test_hidden_page_redraws_when_shown(qtbot, page, session):
    page.hide()
    session.profile.procedures.append(Procedure("Hidden edit"))
    session.commit()
    assert "Hidden edit" not in "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(page._pdf)).pages)
    page.show()
    assert "Hidden edit" in "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(page._pdf)).pages)


def test_empty_store_shows_no_preview(qtbot, tmp_path):
    from sm_card.core.store import Store
    from sm_card.gui.session import ProfileSession

    store = Store.open(tmp_path / "empty")
    try:
        widget = SurgeryPage(ProfileSession(store), default_catalog())
        qtbot.addWidget(widget)
        assert not widget.isEnabled()
        assert widget.preview_page_count == 0
    finally:
        store.close()


def test_interface_strings_are_translated(qtbot, session, pseudo_locale):
    widget = SurgeryPage(session, default_catalog())
    qtbot.addWidget(widget)
    # previews (pixmaps), catalog and status text are data (the checklist's steps too)
    steps = tuple(f"checklistText_{i.id}" for i in default_catalog().preparation_checklist)
    texts = pseudo_locale(widget, ("catalogInfo", "surgeryStatus", *steps))
    for name, text in texts:
        assert "[" in text, f"{name!r} shows {text!r}"
    assert len(texts) >= 8
    assert "[" in widget.paper.itemText(0)


def test_time_and_premedication_steps_are_saved_and_shown(qtbot, page, store):
    from datetime import time

    from sm_card.core.models import PremedicationStep

    _add_procedure(qtbot, page, "Knee arthroscopy")
    table = page.procedures.findChild(QTableWidget, "listTable")
    table.item(0, 1).setText("2027-02-03")
    table.item(0, 2).setText("08:30")
    assert store.load_profile("Alex Example").procedures[0].planned_at == time(8, 30)
    assert table.item(0, 2).text() == "08:30"
    table.item(0, 2).setText("8h30")  # refused, kept as it was
    assert store.load_profile("Alex Example").procedures[0].planned_at == time(8, 30)
    table.selectRow(0)
    steps = page.steps
    assert "a time reminds you" in steps.title.text()
    for when, what in (("13 h", "prednisone 50 mg by mouth"), ("1 h", "cetirizine 10 mg")):
        steps.when_edit.setText(when)
        steps.what_edit.setText(what)
        steps.add_button.click()
    saved = store.load_profile("Alex Example").procedures[0].premedication_steps
    assert saved == [PremedicationStep("prednisone 50 mg by mouth", 780),
                     PremedicationStep("cetirizine 10 mg", 60)]
    assert [steps.table.item(r, 0).text() for r in range(steps.table.rowCount())] == [
        "13 h", "1 h"]
    steps.when_edit.setText("soon")
    steps.what_edit.setText("x")
    steps.add_button.click()
    assert steps.error.isVisibleTo(steps) and "soon" in steps.error.text()
    assert len(store.load_profile("Alex Example").procedures[0].premedication_steps) == 2
    steps.table.item(1, 0).setText("2 h")
    assert store.load_profile("Alex Example").procedures[0].premedication_steps[1] == (
        PremedicationStep("cetirizine 10 mg", 120))
    steps.table.selectRow(0)
    steps.remove_button.click()
    assert [s.what for s in store.load_profile("Alex Example").procedures[0]
            .premedication_steps] == ["cetirizine 10 mg"]


def test_the_steps_go_to_the_calendar_from_this_page(qtbot, page, tmp_path, monkeypatch):
    """The page said the steps remind "in the calendar file" but its export was only on the
    Injectors page."""
    from icalendar import Calendar

    from sm_card.gui import dialogs

    _add_procedure(qtbot, page, "Knee arthroscopy")
    table = page.procedures.findChild(QTableWidget, "listTable")
    table.item(0, 1).setText("2027-02-03")
    table.item(0, 2).setText("08:30")
    table.selectRow(0)
    page.steps.when_edit.setText("1 h")
    page.steps.what_edit.setText("cetirizine 10 mg")
    page.steps.add_button.click()
    target = tmp_path / "cal.ics"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    page.steps.calendar_button.click()
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert any("cetirizine 10 mg" in str(e.get("DESCRIPTION", "")) + str(e["SUMMARY"])
               for e in events)
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "no" / "x.ics"))
    page.steps.calendar_button.click()  # a folder that does not exist: said here
    assert page.steps.error.isVisibleTo(page.steps)
    assert "Not saved" in page.steps.error.text()


def test_a_click_on_a_checklist_step_ticks_it(qtbot, page):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    first = default_catalog().preparation_checklist[0]
    words = page.findChild(QLabel, f"checklistText_{first.id}")
    box = page.findChild(QCheckBox, f"checklist_{first.id}")
    assert words.text() == first.text and box.accessibleName() == first.text
    page.show()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert box.isChecked() and page.checklist_state()[first.id] is True


def test_redraws_reuse_the_page_views_and_hide_the_spare_ones(qtbot, page, session):
    """Views are kept across redraws (deleting and remaking them crashed PySide6 6.11 after a
    few hundred redraws: tests/gui/test_endurance.py); a shorter letter hides the spare."""
    first = list(page.page_labels)
    assert first
    profile = session.profile
    profile.avoid.extend(AvoidEntry(agent=f"Agent number {i}") for i in range(120))
    session.commit()
    page.refresh()
    longer = list(page.page_labels)
    assert len(longer) > len(first)
    assert longer[:len(first)] == first  # the same widgets, not new ones
    del profile.avoid[-120:]
    session.commit()
    page.refresh()
    assert page.page_labels == first
    spare = longer[len(first):]
    assert spare and not any(view.isVisible() for view in spare)
    assert all(view.isVisible() for view in first)
    for index, view in enumerate(page.page_labels):  # each view shows its own page
        assert view.index == index
        assert view.pixmap().width() == page.page_width()


def _wheel(widget, up: bool, modifiers) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 if up else -120), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_zoom_fits_the_page_or_shows_it_at_a_share_of_true_size(qtbot, page, session, store):
    """Fit width shows a whole page in the room there is; 100 % is the paper's true size on
    this screen; the choice, by the box or by Ctrl+wheel, is remembered."""
    from PySide6.QtCore import Qt

    scroll = page.letter_scroll
    page.resize(820, 600)  # as wide as the Surgery page is in a 1024-px window
    qtbot.waitUntil(lambda: page.page_labels[0].width() < 420)
    assert page.zoom.currentData() == "fit"
    fit = page.page_labels[0].width()
    assert scroll.horizontalScrollBar().maximum() == 0  # whole: no sideways scrolling
    assert scroll.viewport().width() - surgery_page.FIT_STEP - 20 < fit <= scroll.viewport().width()
    assert page.page_labels[0].pixmap().width() == fit - 2  # drawn at that width, not scaled

    page.zoom.setCurrentIndex(page.zoom.findData("100"))
    true_size = round(595.28 / 72 * page.logicalDpiX())  # A4 is 595.28 pt wide
    assert [v.width() - 2 for v in page.page_labels] == [true_size] * page.preview_page_count
    assert page.page_labels[0].pixmap().width() == true_size
    # larger than the room: it scrolls (once the layout has taken the new size)
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() > 0)
    assert store.get_setting("letter_zoom") == "100"

    # Ctrl+wheel over the letter steps through the sizes; a plain wheel still scrolls
    _wheel(scroll.viewport(), True, Qt.KeyboardModifier.ControlModifier)
    assert page.zoom.currentData() == "125"
    _wheel(scroll.viewport(), False, Qt.KeyboardModifier.ControlModifier)
    _wheel(scroll.viewport(), False, Qt.KeyboardModifier.ControlModifier)
    assert page.zoom.currentData() == "75"
    _wheel(scroll.viewport(), False, Qt.KeyboardModifier.NoModifier)
    assert page.zoom.currentData() == "75"

    again = SurgeryPage(session, default_catalog())  # the next time the app opens
    qtbot.addWidget(again)
    assert again.zoom.currentData() == "75"
    again.zoom.setCurrentIndex(again.zoom.findData("fit"))
    assert store.get_setting("letter_zoom") == "fit"


def test_fit_width_follows_the_window_and_the_letter_stays_whole(qtbot, page):
    page.resize(820, 600)
    qtbot.waitUntil(lambda: page.page_labels[0].width() < 420)
    narrow = page.page_labels[0].width()
    page.resize(1500, 900)
    qtbot.waitUntil(lambda: page.page_labels[0].width() > narrow)
    assert page.letter_scroll.horizontalScrollBar().maximum() == 0
    # the splitter gives the form the extra room, the letter the room of a 560-px page
    assert page.page_labels[0].width() <= surgery_page.PREVIEW_WIDTH + 2
    page.resize(820, 600)
    qtbot.waitUntil(lambda: page.page_labels[0].width() == narrow)
    # a paper change keeps the zoom: the new pages are as wide
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    assert page.page_labels[0].width() == narrow
    assert page.letter_scroll.horizontalScrollBar().maximum() == 0


def test_a_start_time_is_read_as_people_type_it(qtbot, page, store):
    """ "8:30" and "8.30" were refused as "not a time (HH:MM, 24-hour)"; what is typed shows
    as it was read once saved."""
    from datetime import time

    _add_procedure(qtbot, page, "Tonsillectomy")
    table = page.procedures.findChild(QTableWidget, "listTable")
    row = table.rowCount() - 1
    for typed, expected in (("8.30", time(8, 30)), ("2:15 pm", time(14, 15))):
        table.item(row, 2).setText(typed)
        saved = store.load_profile("Alex Example").procedures[row]
        assert saved.planned_at == expected
        # shown as it was read, at once (not only after the next start)
        assert table.item(row, 2).text() == expected.strftime("%H:%M")
    table.item(row, 1).setText("14.01.2027")
    assert table.item(row, 1).text() == "2027-01-14"
    assert store.load_profile("Alex Example").procedures[row].planned_on.isoformat() == (
        "2027-01-14")


def test_a_new_premedication_step_is_brought_into_view(window, qtbot):
    """At 1024x700 the steps' table was below the fold: after "Add step" the person saw
    nothing happen."""
    from PySide6.QtWidgets import QScrollArea

    window.resize(1024, 700)
    qtbot.waitExposed(window)
    page = window.show_page("surgery")
    _add_procedure(qtbot, page, "Tonsillectomy")
    area = page.findChild(QScrollArea, "surgeryLeft")
    qtbot.wait(20)
    area.verticalScrollBar().setValue(0)
    steps = page.steps
    steps.when_edit.setText("12 h")
    steps.what_edit.setText("cetirizine 10 mg")
    steps.add_step()
    qtbot.waitUntil(lambda: steps.table.rowCount() == 1)
    qtbot.wait(20)
    table = steps.table
    row_rect = table.visualItemRect(table.item(0, 0))
    bottom = table.viewport().mapTo(area.viewport(), row_rect.bottomLeft())
    assert area.viewport().rect().contains(bottom), (bottom, area.viewport().rect())
    assert table.currentRow() == 0


def test_a_preview_drawn_yesterday_is_redrawn_when_shown(qtbot, page, session):
    """A window left open until the day of an operation previewed "Date printed" of the day
    it was opened (print and export were right; the screen was not)."""
    from datetime import date

    def printed() -> str:
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(page._pdf)).pages)
        return text[text.index("Date printed"):][:30]

    qtbot.waitUntil(lambda: bool(page._pdf))
    assert "2026-11-23" in printed()
    page.hide()
    session.today = lambda: date(2026, 11, 24)
    page.show()
    qtbot.waitUntil(lambda: "2026-11-24" in printed())
