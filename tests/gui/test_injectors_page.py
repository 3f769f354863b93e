"""The Injectors section: statuses shown by colour and words, add, edit, used, replace, export."""

from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from sm_card.core import interchange
from sm_card.core.models import Injector, PartialDate
from sm_card.core.store import Store
from sm_card.gui import dialogs
from sm_card.gui.pages import injectors_page
from sm_card.gui.pages.injectors_page import InjectorDialog, InjectorsPage
from sm_card.gui.services import Services
from sm_card.gui.session import ProfileSession

TODAY = date(2026, 11, 23)


@pytest.fixture
def session(qtbot, data_dir, example_text):
    store = Store.open(data_dir)
    store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
    s = ProfileSession(store, today=lambda: TODAY,
                       now=lambda: datetime(2026, 11, 23, 9, tzinfo=UTC))
    yield s
    store.close()


@pytest.fixture
def page(qtbot, session):
    widget = InjectorsPage(Services(session))
    qtbot.addWidget(widget)
    widget.show()  # a hidden page defers its rebuild until shown (test_hidden_page_...)
    return widget


def test_hidden_page_rebuilds_when_shown_not_on_every_edit(qtbot, session):
    widget = InjectorsPage(Services(session))
    qtbot.addWidget(widget)
    before = widget.table.rowCount()
    profile = session.profile
    removed = profile.active_injectors[0]
    profile.injectors.remove(removed)
    session.commit()
    assert widget.table.rowCount() == before  # hidden: not rebuilt on the edit
    widget.show()
    assert widget.table.rowCount() == before - 1
    assert removed.id not in [widget.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
                              for r in range(widget.table.rowCount())]


def rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def answer(monkeypatch, injector):
    asked = []

    def fake(parent, title, current, catalog=None):
        asked.append((title, current))
        return injector

    def fake_replacement(parent, title, current, old, catalog=None):
        return None if fake(parent, title, current) is None else (injector, "disposed")
    monkeypatch.setattr(injectors_page, "ask_injector", fake)
    monkeypatch.setattr(injectors_page, "ask_replacement", fake_replacement)
    return asked


def test_table_shows_status_by_colour_icon_and_words(page, session):
    table = page.table
    assert [r[:5] for r in rows(table)] == [
        ["Due soon", "EpiPen", "0.3 mg", "2026-12-31", "38"],
        ["In date", "EpiPen", "0.3 mg", "2027-09-30  (2027-09)", "311"],
    ]
    due, ok = table.item(0, 0), table.item(1, 0)
    assert not due.icon().isNull() and not ok.icon().isNull()
    assert due.background().color().name() == "#fff4ce"
    assert ok.background().color().name() == "#e3f4e1"
    # Two in date in all, but one in the handbag and one in the office drawer: each place
    # the person names is short of two.
    assert page.person_label.property("tooFew") is False
    assert page.person_label.property("placesShort") == ["handbag", "office drawer"]
    assert page.person_label.text().splitlines() == [
        "⚠ Only one epinephrine device in date at \u2068handbag\u2069: carry two there.",
        "⚠ Only one epinephrine device in date at \u2068office drawer\u2069: carry two "
        "there."]
    assert rows(page.history_table)[0][:4] == ["Jext", "0.3 mg", "2026-03-31", "Used"]


def test_two_at_every_place_is_all_clear(qtbot, session):
    for device in session.profile.active_injectors:
        device.location = "Handbag "
    session.commit()
    widget = InjectorsPage(Services(session))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.person_label.property("placesShort") == []
    assert widget.person_label.text().startswith("✔")


def test_table_follows_the_calendar_while_the_app_keeps_running(qtbot, session, data_dir):
    from PySide6.QtWidgets import QWidget

    from sm_card.gui.reminder_service import ReminderService

    day = [TODAY]
    session.today = lambda: day[0]
    services = Services(session)
    window = QWidget()
    qtbot.addWidget(window)
    widget = InjectorsPage(services, window)
    window.show()
    # Installed after the page was built, as the app does after its first paint.
    service = ReminderService(session.store, session.settings,
                              today=session.today, now=session.now)
    services.reminders.install(service)
    assert rows(widget.table)[0][:5] == ["Due soon", "EpiPen", "0.3 mg", "2026-12-31", "38"]
    day[0] = date(2027, 1, 1)  # weeks in the tray: the service's check at the new day
    service.check("day")
    assert rows(widget.table)[0][0] == "Expired" and rows(widget.table)[0][4] == "expired today"
    assert widget.person_label.text().startswith("⚠")
    day[0] = date(2027, 1, 2)  # no check yet, but the page is shown again
    widget.hide()
    widget.show()
    assert rows(widget.table)[0][4] == "expired 1 day ago"


def test_expired_and_too_few_warning(qtbot, session):
    session.today = lambda: date(2027, 1, 1)
    widget = InjectorsPage(Services(session))
    qtbot.addWidget(widget)
    first = rows(widget.table)[0]
    assert first[0] == "Expired" and first[4] == "expired today"
    assert widget.table.item(0, 0).background().color().name() == "#fde2e1"
    assert widget.person_label.property("tooFew") is True
    text = widget.person_label.text()
    assert "Only one device in date. Carry two devices" in text
    assert "Replace the expired device. An expired device" in text  # one: singular
    assert "(MHRA 2017; MHRA 2014)" in text
    assert "still be used" in text  # the catalog's note on an expired device, with its source


def test_add_edit_and_mark_used(page, session, monkeypatch):
    new = Injector(product="neffy", dose_mg=2, expires_on=PartialDate(2028, 2), lot="N1",
                   location="school")
    answer(monkeypatch, new)
    qtbot_click(page.add_button)
    assert session.store.load_profile(session.profile.name).injectors[-1].lot == "N1"
    assert page.selected_id() == new.id and len(rows(page.table)) == 3

    edited = Injector(product="neffy", dose_mg=2, expires_on=PartialDate(2028, 3, 1), id=new.id,
                      lot="N1", location="school bag")
    asked = answer(monkeypatch, edited)
    qtbot_click(page.edit_button)
    assert asked[0][1].id == new.id
    saved = session.store.load_profile(session.profile.name)
    assert [i.location for i in saved.injectors if i.id == new.id] == ["school bag"]

    monkeypatch.setattr(dialogs, "confirm_destructive", lambda *a: True)
    page.select_device(new.id)
    qtbot_click(page.used_button)
    saved = session.store.load_profile(session.profile.name)
    assert [i.status for i in saved.injectors if i.id == new.id] == ["used"]
    assert any(r[0] == "neffy" and r[3] == "Used" for r in rows(page.history_table))
    # what is left to do, with the place now short of a device (said nowhere else)
    told = page.done_status.text()
    assert "Reactions page" in told and "Get a new device for \u2068school bag\u2069." in told
    session.commit()  # the next change to the record: said once, then gone
    assert page.done_status.text() == ""


def test_replace_flow_keeps_history(page, session, monkeypatch):
    old_id = page.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    asked = []

    def fill(parent, title, template, old, catalog=None):
        asked.append(template)
        template.expires_on = PartialDate(2027, 11)
        template.lot = "NEW42"
        return template, "disposed"
    monkeypatch.setattr(injectors_page, "ask_replacement", fill)
    page.select_device(old_id)
    qtbot_click(page.replace_button)
    # the form started from the old device: same product, dose and place, new id
    assert (asked[0].product, asked[0].dose_mg, asked[0].location) == ("EpiPen", 0.3, "handbag")
    assert asked[0].id != old_id
    saved = session.store.load_profile(session.profile.name)
    new = next(i for i in saved.injectors if i.lot == "NEW42")
    old = next(i for i in saved.injectors if i.id == old_id)
    assert new.replaces == old_id and new.status == "active" and old.status == "disposed"
    assert rows(page.table)[0][5] == "NEW42"
    history = rows(page.history_table)
    assert ["EpiPen", "0.3 mg", "2026-12-31", "Disposed", "EpiPen, in date until 2027-11-30"] \
        in history


def test_replaced_after_use_is_recorded_as_used(page, session, monkeypatch, qtbot):
    """"I replaced it" recorded every old pen as disposed, one used in a reaction too: the
    dialog asks what became of it (disposed by default)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    old_id = page._ids[0]
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append([dialog.old_fate.itemData(i) for i in range(dialog.old_fate.count())])
        dialog.old_fate.setCurrentIndex(dialog.old_fate.findData("used"))
        dialog.expiry.setText("08/2028")
        dialog.try_accept()

    QTimer.singleShot(0, answer)
    page.replace(old_id)
    assert seen == [["disposed", "used"]]
    saved = session.store.load_profile(session.profile.name)
    assert next(i for i in saved.injectors if i.id == old_id).status == "used"
    assert any(r[3] == "Used" and "2028-08-31" in r[4] for r in rows(page.history_table))
    # the plain Add dialog has no such question
    dialog = InjectorDialog(None, "Add", None)
    qtbot.addWidget(dialog)
    assert dialog.old_fate is None


def test_cancelled_dialog_changes_nothing(page, session, monkeypatch):
    answer(monkeypatch, None)
    before = session.store.load_profile(session.profile.name)
    page.select_device(page.table.item(0, 0).data(Qt.ItemDataRole.UserRole))
    for button in (page.add_button, page.edit_button, page.replace_button):
        qtbot_click(button)
    assert session.store.load_profile(session.profile.name) == before


def test_export_to_calendar(page, session, monkeypatch, tmp_path):
    target = tmp_path / "out.ics"
    suggested = []
    monkeypatch.setattr(dialogs, "save_file", lambda *a: suggested.append(a[2]) or str(target))
    qtbot_click(page.export_button)
    from pathlib import Path

    assert Path(suggested[0]) == Path.home() / "sm-card-injectors.ics"  # a folder, as elsewhere
    cal = Calendar.from_ical(target.read_bytes())
    expiry = [e for e in cal.walk("VEVENT") if "-lead" not in str(e["UID"])]
    assert [e.decoded("DTSTART") for e in expiry] == [date(2026, 12, 31), date(2027, 9, 30)]
    assert any("-lead30@" in str(e["UID"]) for e in cal.walk("VEVENT"))  # default on
    assert "Saved 2 devices to " in page.export_status.text()
    assert "planned procedures" not in page.export_status.text()  # (none planned)
    session.settings.set("lead_events", False)  # the setting reaches the export
    qtbot_click(page.export_button)
    assert not any("-lead" in str(e["UID"])
                   for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT"))


def test_after_a_replacement_the_page_says_to_export_the_calendar_again(
        qtbot, page, session, monkeypatch, tmp_path):
    """A phone that imported the calendar rings for the replaced pen and not for the new one
    until the file is exported again: the page says so from the replacement until then, and
    not before a first export."""
    target = tmp_path / "out.ics"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))

    def fill(parent, title, template, old, catalog=None):
        template.expires_on = PartialDate(2027, 11)
        return template, "disposed"
    monkeypatch.setattr(injectors_page, "ask_replacement", fill)
    first, second = page._ids
    page.select_device(first)
    qtbot_click(page.replace_button)
    assert "calendar" not in page.export_status.text()  # nothing exported yet
    qtbot_click(page.export_button)
    assert "Saved 2 devices" in page.export_status.text()
    page.select_device(second)
    qtbot_click(page.replace_button)
    note = page.export_status.text()
    assert "changed since the calendar file was exported on 2026-11-23" in note
    assert "export to calendar again" in note
    again = InjectorsPage(Services(session))  # the next start says it too
    qtbot.addWidget(again)
    again.show()
    assert "export to calendar again" in again.export_status.text()
    again.close()
    qtbot_click(page.export_button)
    assert "export to calendar again" not in page.export_status.text()
    session.profile.injectors[0].location = "coat"  # a correction counts too
    session.commit()
    assert "export to calendar again" in page.export_status.text()


def test_export_with_no_device_in_use_writes_nothing(page, session, monkeypatch, tmp_path):
    # Left: only the Jext used in March 2026, long expired (nothing to remind or cancel).
    session.profile.injectors = [d for d in session.profile.injectors if d.status != "active"]
    session.commit()
    target = tmp_path / "out.ics"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    qtbot_click(page.export_button)
    assert not target.exists() and "Not saved" in page.export_status.text()


def test_dialog_validates_the_expiry(qtbot):
    dialog = InjectorDialog(None, "Add", None)
    qtbot.addWidget(dialog)
    dialog.product.setCurrentText("Jext")
    dialog.expiry.setText("2027-13")
    assert dialog.result_injector() is None
    assert "Expiry date" in dialog.error.text()
    dialog.expiry.setText("2027-09")
    dialog.lot.setText("  J1 ")
    dialog.dose.setValue(0.15)
    result = dialog.result_injector()
    assert (result.product, result.dose_mg, result.expires_on, result.lot, result.location) == (
        "Jext", 0.15, PartialDate(2027, 9), "J1", None)


@pytest.mark.parametrize("typed", ["0.15", "0,15", "0.15 mg"])
def test_dose_typed_with_a_point_or_a_comma_in_a_spanish_window(qtbot, spanish, typed):
    """The dose box said "0,30 mg" in Spanish and made "0.15" 1 mg (saved as "Jext 1 mg"):
    it now shows a point like the rest of the app and takes either."""
    from PySide6.QtTest import QTest

    dialog = InjectorDialog(None, "Add", None)
    qtbot.addWidget(dialog)
    dialog.dose.setValue(0.3)
    assert dialog.dose.text() == "0.30 mg"
    dialog.dose.selectAll()
    QTest.keyClicks(dialog.dose, typed)
    dialog.dose.interpretText()
    assert dialog.dose.value() == 0.15
    dialog.expiry.setText("2027-09")
    assert dialog.result_injector().dose_mg == 0.15


def test_a_two_line_message_in_the_dialog_is_shown_whole(qtbot, spanish):
    """The Spanish expiry message wraps to two lines: it was cut at the top and bottom."""
    dialog = InjectorDialog(None, "Add", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.expiry.setText("el mes que viene, creo")
    assert dialog.result_injector() is None
    qtbot.waitUntil(lambda: dialog.error.height()
                    >= dialog.error.heightForWidth(dialog.error.width()))
    assert dialog.error.heightForWidth(dialog.error.width()) > \
        dialog.error.fontMetrics().lineSpacing() * 1.5  # two lines, really
    assert dialog.error.geometry().bottom() < dialog.height()


def test_reloads_on_profile_change(page, session):
    session.add_profile("Kim")
    assert page.table.rowCount() == 0 and page.history_table.rowCount() == 0
    assert "No device in date." in page.person_label.text()


def qtbot_click(button):
    button.click()


def test_a_new_device_starts_from_the_last_one_recorded(page, session, monkeypatch, qapp):
    """A parent adding a child's second EpiPen Jr was offered EpiPen 0.3 mg again: the form
    now starts from the product and dose last recorded (never a default dose), with the
    expiry, lot and place left to fill in."""
    profile = session.profile
    profile.injectors.append(Injector(product="EpiPen Jr", dose_mg=0.15,
                                      expires_on=PartialDate(2027, 8), lot="J1",
                                      location="school bag"))
    session.commit()
    asked = answer(monkeypatch, None)
    qtbot_click(page.add_button)
    template = asked[0][1]
    assert (template.product, template.dose_mg) == ("EpiPen Jr", 0.15)
    assert (template.expires_on, template.lot, template.location) == (None, None, None)
    assert template.id not in {i.id for i in profile.injectors}  # a new device, not a copy
    # the real form shows it so, with the expiry empty
    dialog = InjectorDialog(page, "Add a device", template)
    try:
        assert dialog.product.currentText() == "EpiPen Jr"
        assert dialog.dose.value() == 0.15 and dialog.expiry.text() == ""
        dialog.show()
        qapp.processEvents()
        hint = dialog.expiry_hint  # the example shows whole, under the field
        assert "08/2027" in hint.text() and hint.isVisible()
        assert hint.height() >= hint.heightForWidth(hint.width())
    finally:
        dialog.deleteLater()
    # with nothing carried, the form starts as before
    for injector in profile.injectors:
        injector.status = "used"
    session.commit()
    qtbot_click(page.add_button)
    assert asked[1][1] is None


def test_the_calendar_export_says_it_holds_the_planned_procedures(page, session, monkeypatch,
                                                                  tmp_path):
    from sm_card.core.models import Procedure

    session.profile.procedures.append(Procedure("Tonsillectomy", date(2027, 2, 12)))
    session.commit()
    target = tmp_path / "out.ics"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    qtbot_click(page.export_button)
    assert "Tonsillectomy" in target.read_text(encoding="utf-8")
    assert "planned procedures and their premedication steps are in it too" in (
        page.export_status.text())


def test_the_calendar_is_in_the_windows_language(page, session, monkeypatch, tmp_path, german):
    """A German-speaking parent's phone showed "Epinephrine expires: …", "Replace soon: …"
    in English, from a window otherwise all German. The window's file speaks its language;
    names, products and dates stay as recorded (the command line's file stays English)."""
    from datetime import time

    from sm_card.core.models import PremedicationStep, Procedure

    profile = session.profile
    knee = Procedure("Knie-Arthroskopie", date(2027, 1, 20), "Klinikum Nord")
    knee.planned_at = time(8, 30)
    knee.premedication_steps = [PremedicationStep("Cetirizin 10 mg", 720),
                                PremedicationStep("Plan mitbringen")]
    profile.procedures.append(knee)
    session.commit()
    target = tmp_path / "de.ics"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    qtbot_click(page.export_button)
    calendar = Calendar.from_ical(target.read_bytes())
    # named for all it holds: the procedure and its steps too
    assert str(calendar["X-WR-CALNAME"]) == "sm-card: Adrenalin und Eingriffe"
    events = calendar.walk("VEVENT")
    text = "\n".join(f"{e['SUMMARY']}\n{e.get('DESCRIPTION', '')}" for e in events)
    assert "Adrenalin läuft ab: EpiPen 0.3 mg (Alex Example)" in text
    assert "Bald ersetzen: Adrenalin EpiPen 0.3 mg (Alex Example) läuft in 30 Tagen ab" in text
    assert "Charge LX2491" in text and "Aufbewahrt: handbag" in text
    assert "12 h vor Beginn (2027-01-19 20:30): Cetirizin 10 mg" in text
    assert "Zeit nicht angegeben: Plan mitbringen" in text
    assert "Prämedikation (Alex Example): Cetirizin 10 mg" in text
    for english in ("Epinephrine expires", "Replace soon", "last day in date", "Premedication"):
        assert english not in text
    alarms = [str(a["DESCRIPTION"]) for e in events for a in e.walk("VALARM")]
    assert alarms and all("Replace it" not in a for a in alarms)


def test_the_same_pen_entered_again_is_not_recorded_twice(page, session, monkeypatch):
    """Found in a walk as a German-speaking patient: she added her new pen, then pressed
    "I replaced it…" on the old one and, asked for the new pen, entered it again: two active
    copies (the card said ×3, the calendar rang for both). Entering a pen whose product, lot
    and expiry are already in the list asks whether it is that one."""
    new = Injector("EpiPen", 0.3, PartialDate(2028, 8), lot="NX5521", location="handbag")
    answer(monkeypatch, new)
    asked = []
    monkeypatch.setattr(dialogs, "choose", lambda *a: asked.append(a[2]) or None)
    qtbot_click(page.add_button)  # first time: nothing to ask
    assert not asked
    carried = session.profile.active_injectors
    assert [i.lot for i in carried].count("NX5521") == 1
    old_id = next(i.id for i in carried if i.lot == "LX2491")
    # "I replaced it" on the old pen, the new one entered again
    again = Injector("EPIPEN", 0.3, PartialDate(2028, 8), lot="nx5521 ")
    answer(monkeypatch, again)
    monkeypatch.setattr(dialogs, "choose", lambda *a: asked.append(a[2]) or 0)
    page.select_device(old_id)
    qtbot_click(page.replace_button)
    assert "lot \u2068NX5521\u2069, in date until 2028-08-31, is already in the list" in asked[0]
    saved = session.store.load_profile(session.profile.name)
    active = [i for i in saved.injectors if i.status == "active"]
    assert [i.lot for i in active].count("NX5521") == 1 and len(active) == 2
    linked = next(i for i in active if i.lot == "NX5521")
    assert linked.replaces == old_id
    assert next(i for i in saved.injectors if i.id == old_id).status == "disposed"
    # Add… of the same pen, answered "cancel": nothing is added
    answer(monkeypatch, Injector("EpiPen", 0.3, PartialDate(2028, 8), lot="NX5521"))
    monkeypatch.setattr(dialogs, "choose", lambda *a: None)
    qtbot_click(page.add_button)
    assert len(session.profile.active_injectors) == 2
    # ...and "Record a second device" (a second pen from the same pack) adds it
    monkeypatch.setattr(dialogs, "choose", lambda *a: 0)
    qtbot_click(page.add_button)
    assert [i.lot for i in session.profile.active_injectors].count("NX5521") == 2
