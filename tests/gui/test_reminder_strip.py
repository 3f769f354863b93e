"""The reminder strip: one fixed place, the current profile only, one message, one colour."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from sm_card.core.models import Injector, PartialDate, Procedure, Profile
from sm_card.core.reminders import pending_reminders
from sm_card.gui import dialogs
from sm_card.gui.banner import describe, state_of
from sm_card.gui.bidi import FSI, PDI, isolate
from sm_card.gui.main_window import MainWindow
from sm_card.gui.reminder_service import install_reminders
from sm_card.gui.reminder_strip import ReminderStrip
from sm_card.gui.services import Services
from sm_card.gui.session import ProfileSession

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 23, 8, 30, tzinfo=LONDON)


@pytest.fixture
def window(qtbot, store, qapp):
    from sm_card.core.catalog import default_catalog

    session = ProfileSession(store, today=NOW.date, now=lambda: NOW)
    win = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def place(window, widget):
    return (widget.mapTo(window, QPoint(0, 0)), widget.size())


def add_profile(store, profile: Profile) -> None:
    store.save_profile(profile)


def test_a_reminder_arriving_after_the_first_paint_moves_nothing(qtbot, qapp, window):
    page = window.show_page("person")
    qapp.processEvents()
    before = place(window, page), place(window, window.nav)
    strip_height = window.reminder_strip.height()
    assert window.reminder_strip.reminder is None
    service = install_reminders(window, use_tray=False).service
    qapp.processEvents()
    assert window.reminder_strip.reminder is not None  # the reminder is on screen now
    assert (place(window, page), place(window, window.nav)) == before
    window.reminder_strip.dismiss_button.click()
    qapp.processEvents()
    assert window.reminder_strip.reminder is None
    assert (place(window, page), place(window, window.nav)) == before
    assert window.reminder_strip.height() == strip_height
    service.stop()


def test_only_the_most_urgent_message_of_the_current_profile_is_shown(qtbot, qapp, window):
    alex = window.session.profile
    alex.injectors.append(Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2026, 10)))
    alex.procedures.append(Procedure("Dental surgery", planned_on=date(2026, 11, 30)))
    window.session.commit()
    service = install_reminders(window, use_tray=False).service
    strip = window.reminder_strip
    assert len(strip.mine()) == 3  # expired Jext, EpiPen due soon, the dental surgery
    texts = [label.text() for label in strip.findChildren(QLabel) if label.text()]
    assert len(texts) == 1  # one message, not a stack of rows
    assert "Jext" in strip.full_text() and "out of date" in strip.full_text()
    assert "Dental surgery" not in strip.full_text() and "2 more" in strip.full_text()
    assert strip.state == "act_now"
    service.stop()


def test_a_deleted_profiles_reminder_disappears(qtbot, qapp, window, store, monkeypatch):
    add_profile(store, Profile(name="Mia", injectors=[
        Injector(product="Jext", dose_mg=0.15, expires_on=PartialDate(2026, 9))]))
    window.session.reload()
    service = install_reminders(window, use_tray=False).service
    strip = window.reminder_strip
    # With Alex open, Mia's out-of-date pen (act now) leads over Alex's pen due soon; the
    # strip names Alex's as due too. It was only "Due for: Mia.", behind Alex's yellow line.
    assert strip.reminder.profile_name == "Mia" and strip.state == "act_now"
    assert f"Due for: {isolate('Alex Example')}." in strip.full_text()
    strip.go_button.click()  # one click to the right person's page
    assert window.session.profile.name == "Mia"
    assert window.current_page() is window.page("injectors")
    assert strip.reminder.profile_name == "Mia" and strip.state == "act_now"
    monkeypatch.setattr(dialogs, "confirm_destructive", lambda *a, **k: True)
    window.delete_profile()
    assert window.session.profile.name == "Alex Example"
    assert all(r.profile_name != "Mia" for r in strip.mine() + service.pending)
    assert "Mia" not in strip.full_text() and strip.reminder.profile_name == "Alex Example"
    service.stop()


def test_one_colour_per_state_whatever_the_reminder_carries():
    today = date(2027, 1, 2)
    alone = Profile(name="Sam", injectors=[
        Injector(product="neffy", dose_mg=2, expires_on=PartialDate(2029, 5))])
    folded = Profile(name="Kim", injectors=[
        Injector(product="Jext", dose_mg=0.15, expires_on=PartialDate(2027, 1, 20))])
    (too_few,) = pending_reminders([alone], today, [60, 30, 7, 0], {})
    (soon_and_too_few,) = pending_reminders([folded], today, [60, 30, 7, 0], {})
    assert too_few.level == "too_few" and soon_and_too_few.level == "due_soon"
    # Both say "carry two": both are the same state, in the same colour.
    assert state_of(too_few) == state_of(soon_and_too_few) == "act_now"


def test_long_text_is_elided_and_never_grows_the_strip(qtbot):
    strip = ReminderStrip()
    qtbot.addWidget(strip)
    strip.resize(500, strip.height())
    height = strip.height()
    long_name = "Alexandria " * 40
    profile = Profile(name=long_name, injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2026, 12))])
    strip.set_profile(long_name)
    strip.set_reminders(pending_reminders([profile], date(2026, 12, 1), [60, 30, 7, 0], {}))
    strip.show()
    assert strip.height() == height
    label = strip.findChild(QLabel, "reminderText")
    assert "…" in label.text() and label.toolTip() == strip.full_text()
    assert label.heightForWidth(label.width()) <= strip.height()


ARABIC = "سارة الأحمد"


def test_an_arabic_name_does_not_turn_an_english_sentence_around(qapp):
    profile = Profile(name=ARABIC, injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2026, 12))])
    (reminder,) = pending_reminders([profile], date(2026, 12, 1), [60, 30, 7, 0], {})
    text = describe(reminder)
    assert text.startswith(f"{FSI}{ARABIC}{PDI}: ")

    def right_to_left(sentence: str) -> bool:
        """As Qt lays the paragraph out when its direction is left to the text (the label's
        and the tooltip's way): does the sentence start at the right edge?"""
        layout = QTextLayout(sentence, QFont())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(4000)
        layout.endLayout()
        return line.cursorToX(0)[0] > line.cursorToX(len(sentence))[0]

    assert not right_to_left(text)
    # Without the isolates the same sentence would be laid out right to left.
    assert right_to_left(text.replace(FSI, "").replace(PDI, ""))


def test_isolate_keeps_empty_text_and_does_not_wrap_twice():
    assert isolate("") == "" and isolate(None) == ""
    assert isolate(isolate("Mia")) == f"{FSI}Mia{PDI}"


def test_strip_words_go_through_tr(qtbot, pseudo_locale):
    profile = Profile(name="Kim", injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2026, 12))])
    strip = ReminderStrip()
    qtbot.addWidget(strip)
    strip.set_profile("Kim")
    strip.set_reminders(pending_reminders([profile], date(2026, 12, 1), [60, 30, 7, 0], {}))
    assert strip.full_text().startswith("[")
    for button in (strip.go_button, strip.replaced_button, strip.snooze_button,
                   strip.dismiss_button):
        assert button.text().startswith("["), button.objectName()
    strip.set_reminders([])
    assert strip.full_text().startswith("[")  # "No reminders for …"


def test_the_first_save_message_moves_nothing(qtbot, qapp, window):
    page = window.show_page("person")
    qapp.processEvents()
    before = place(window, page)
    window.session.profile.blood_type = "O-"
    window.session.commit()  # "Saved" in the status bar
    qapp.processEvents()
    assert window.statusBar().currentMessage() == "Saved"
    assert place(window, page) == before


def test_a_failed_save_shows_in_the_same_place_and_moves_nothing(qtbot, qapp, window):
    page = window.show_page("person")
    qapp.processEvents()
    before = place(window, page)
    window.session.saveFailed.emit("the disk is full")  # as the session says it
    qapp.processEvents()
    assert window.save_error.isVisible() and not window.reminder_strip.isVisible()
    assert "NOT saved" in window.save_error.text() and "disk is full" in window.save_error.text()
    assert place(window, page) == before
    window.session.profile.blood_type = "B+"
    window.session.commit()  # the next save works: the reminder strip is back
    qapp.processEvents()
    assert not window.save_error.isVisible() and window.reminder_strip.isVisible()
    assert place(window, page) == before


def test_the_strips_names_are_the_reminder_logics():
    from sm_card.core import reminders
    from sm_card.gui import banner, reminder_strip

    assert (reminder_strip.INJECTOR, reminder_strip.PROCEDURE) == (reminders.INJECTOR,
                                                                   reminders.PROCEDURE)
    for name in ("STATE_NONE", "STATE_ACT_NOW", "STATE_SOON", "STATE_PREPARE"):
        assert getattr(reminder_strip, name) == getattr(banner, name)
    assert set(reminder_strip.STATE_STYLE) == {banner.STATE_NONE, banner.STATE_ACT_NOW,
                                               banner.STATE_SOON, banner.STATE_PREPARE}


def test_the_strip_is_coloured_by_state(qtbot):
    strip = ReminderStrip()
    qtbot.addWidget(strip)
    strip.set_profile("Kim")
    assert not strip.autoFillBackground()  # nothing to say: no colour
    expired = Profile(name="Kim", injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2026, 10)),
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2029, 1)),
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2029, 2))])
    strip.set_reminders(pending_reminders([expired], date(2026, 12, 1), [60, 30, 7, 0], {}))
    assert strip.state == "act_now" and strip.autoFillBackground()
    assert strip.palette().color(strip.backgroundRole()).name() == "#fde2e1"
    expired.injectors[0].expires_on = PartialDate(2026, 12)
    strip.set_reminders(pending_reminders([expired], date(2026, 12, 1), [60, 30, 7, 0], {}))
    assert strip.state == "soon"
    assert strip.palette().color(strip.backgroundRole()).name() == "#fff4ce"


def test_the_open_persons_urgent_reminder_keeps_the_lead(qtbot):
    """Another person's reminder leads only when the open person's does not need acting on
    now; with nothing due for the open person, theirs leads as well."""
    from sm_card.gui.reminder_strip import ReminderStrip

    today = date(2027, 1, 2)
    kim = Profile(name="Kim", injectors=[
        Injector(product="Jext", dose_mg=0.15, expires_on=PartialDate(2026, 12))])
    sam = Profile(name="Sam", injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2026, 11)),
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2029, 1))])
    lee = Profile(name="Lee", injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2029, 1)),
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2029, 2))])
    strip = ReminderStrip()
    qtbot.addWidget(strip)
    strip.set_reminders(pending_reminders([kim, sam, lee], today, [60, 30, 7, 0], {}))
    strip.set_profile("Sam")
    assert strip.reminder.profile_name == "Sam"  # both act now: the open person's
    strip.set_profile("Lee")  # nothing due for Lee
    assert strip.reminder.profile_name in ("Kim", "Sam") and strip.state == "act_now"


def test_when_the_buttons_go_the_text_takes_their_room(qtbot):
    """Found in a walk with a large font: after Snooze the buttons went, and the text stayed
    cut to the width it had beside them ("Die Erinnerungen für Alex Example si…"), with the
    rest of the band empty."""
    strip = ReminderStrip()
    qtbot.addWidget(strip)
    strip.resize(900, strip.height())
    name = "Alexandra Example-Wiśniewska"
    profile = Profile(name=name, injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2026, 12),
                 location="the blue handbag in the hall cupboard")])
    strip.set_profile(name)
    strip.show()
    strip.set_reminders(pending_reminders([profile], date(2026, 12, 1), [60, 30, 7, 0], {}))
    qtbot.waitExposed(strip)
    label = strip.findChild(QLabel, "reminderText")
    beside_buttons = label.width()
    strip.set_reminders([])  # snoozed: no buttons, a short sentence
    strip.set_hidden({name})
    assert label.width() > beside_buttons
    assert "…" not in label.text() and label.text() == strip.full_text()
