"""The running reminder service: injected clock, real store, real timers with short ticks."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel

from sm_card.core import interchange
from sm_card.core.catalog import default_catalog
from sm_card.core.models import PartialDate
from sm_card.core.settings import Settings
from sm_card.core.store import Store
from sm_card.gui.main_window import MainWindow, PageSpec
from sm_card.gui.pages import injectors_page
from sm_card.gui.pages.injectors_page import InjectorsPage
from sm_card.gui.pages.reminder_settings import ReminderSettingsPage, parse_lead_days
from sm_card.gui.reminder_service import ReminderService, install_reminders
from sm_card.gui.reminder_strip import ReminderStrip
from sm_card.gui.services import Services
from sm_card.gui.session import ProfileSession
from sm_card.gui.tray import NullNotifier, TrayNotifier, pick_notifier

LONDON = ZoneInfo("Europe/London")


class Clock:
    """The wall clock the service sees; tests move it, no one sleeps."""

    def __init__(self, start: datetime):
        self.current = start

    def now(self) -> datetime:
        return self.current

    def today(self) -> date:
        return self.current.date()

    def advance(self, **kw) -> None:
        self.current = (self.current.astimezone(LONDON) + timedelta(**kw)).astimezone(LONDON)


class Recorder:
    """A Notifier that keeps what it was asked to show."""

    def __init__(self):
        self.messages = []

    def notify(self, title, message, urgent=False):
        self.messages.append((title, message, urgent))


@pytest.fixture
def clock():
    return Clock(datetime(2026, 11, 23, 8, 30, tzinfo=LONDON))


@pytest.fixture
def store(data_dir, example_text):
    s = Store.open(data_dir)
    s.replace_profiles(interchange.loads(example_text, today=date(2026, 11, 23)).profiles)
    yield s
    s.close()


def make_service(qtbot, store, clock, **kw):
    notifier = Recorder()
    service = ReminderService(store, Settings(store), today=clock.today, now=clock.now,
                              notifier=notifier, **kw)
    banner = ReminderStrip()
    banner.set_profile("Alex Example")
    qtbot.addWidget(banner)
    service.hiddenChanged.connect(banner.set_hidden)
    service.remindersChanged.connect(banner.set_reminders)
    banner.snoozeRequested.connect(service.snooze)
    banner.dismissRequested.connect(service.dismiss)
    return service, banner, notifier


def test_first_check_notifies_once_and_the_banner_stays(qtbot, store, clock):
    service, banner, notifier = make_service(qtbot, store, clock)
    service.start()
    assert service.timer.isActive() and service.timer.interval() <= 60_000
    assert len(notifier.messages) == 1
    title, message, urgent = notifier.messages[0]
    assert "EpiPen 0.3 mg" in message and "2026-12-31" in message and not urgent
    assert banner.state == "soon" and "EpiPen" in banner.full_text()
    assert [r.due_key for r in banner.mine()] == ["lead:60@2026-12-31"]
    for _ in range(5):  # hours later, checks again and again: no second notification
        clock.advance(hours=1)
        service.check("periodic")
    assert len(notifier.messages) == 1 and len(banner.mine()) == 1
    service.stop()

    # the app is restarted: the banner is back without a new notification
    again, banner2, notifier2 = make_service(qtbot, store, clock)
    again.start()
    assert notifier2.messages == [] and len(banner2.mine()) == 1
    again.stop()


def test_snooze_hides_until_tomorrow_morning_then_reminds_again(qtbot, store, clock):
    service, banner, notifier = make_service(qtbot, store, clock)
    service.start()
    banner.snooze_button.click()
    assert banner.mine() == [] and banner.reminder is None and banner.state == "none"
    # not "No reminders for Alex Example", as if nothing were due
    assert banner.full_text() == ("Reminders for \u2068Alex Example\u2069 are snoozed or "
                                  "dismissed for now; the Overview page shows what is due.")
    banner.set_profile("Kim")  # someone with nothing due
    assert banner.full_text() == "No reminders for \u2068Kim\u2069."
    banner.set_profile("Alex Example")
    clock.advance(hours=23)  # 07:30 next day
    service.check("periodic")
    assert banner.mine() == []
    clock.advance(hours=2)  # 09:30
    service.check("periodic")
    assert len(banner.mine()) == 1 and len(notifier.messages) == 2
    banner.dismiss_button.click()
    assert banner.mine() == []
    clock.advance(days=3)
    service.check("periodic")
    assert banner.mine() == [] and len(notifier.messages) == 2
    service.stop()


def test_clock_jump_triggers_a_check(qtbot, store, clock):
    """The machine slept for a month: the next short tick notices and checks at once."""
    service, banner, notifier = make_service(qtbot, store, clock, tick_ms=20)
    service.start()
    assert len(notifier.messages) == 1
    reasons = []
    service.checked.connect(reasons.append)
    clock.advance(days=31)  # 2026-12-24: the 7-day stage of the handbag pen
    with qtbot.waitSignal(service.wokeUp, timeout=2000):
        pass
    assert reasons == ["wake"]
    assert len(notifier.messages) == 2
    assert [r.due_key for r in banner.mine()] == ["lead:7@2026-12-31"]
    service.stop()


def test_tick_checks_on_a_new_day_and_every_quarter_hour(qtbot, store, clock):
    service, _, _ = make_service(qtbot, store, clock)
    service.start()
    reasons = []
    service.checked.connect(reasons.append)
    clock.advance(minutes=1)
    service.tick()
    assert reasons == []  # a minute later: nothing to do
    for _ in range(15):
        clock.advance(minutes=1)
        service.tick()
    assert reasons == ["periodic"]
    clock.current = clock.current.replace(hour=23, minute=59, second=30)
    service._last_tick = clock.current  # as if ticking steadily up to here
    clock.advance(minutes=1)
    service.tick()
    assert reasons[-1] == "day"
    clock.advance(hours=-2)  # the clock was set back
    service.tick()
    assert reasons[-1] == "wake"
    service.stop()


def test_settings_change_lead_days_and_notifications(qtbot, store, clock):
    session = ProfileSession(store, today=clock.today, now=clock.now)
    calls = []
    page = ReminderSettingsPage(Services(session),
                                enable_autostart=lambda: calls.append("on") or "/x",
                                disable_autostart=lambda: calls.append("off"),
                                autostart_enabled=lambda: False)
    qtbot.addWidget(page)
    assert page.lead_days.text() == "60, 30, 7, 0"
    page.lead_days.setText("30, 7, x")
    page.lead_days.editingFinished.emit()
    assert "“x”" in page.lead_error.text() and session.settings.lead_days == [60, 30, 7, 0]
    page.lead_days.setText("14,30 ,30")
    page.lead_days.editingFinished.emit()
    assert session.settings.lead_days == [30, 14] and page.lead_days.text() == "30, 14"
    page.notifications.setChecked(False)
    page.close_to_tray.setChecked(False)
    page.autostart.setChecked(True)
    page.autostart.setChecked(False)
    page.prepare_days.setValue(21)
    settings = Settings(store)
    assert settings.get("notifications") is False and settings.get("close_to_tray") is False
    assert settings.get("prepare_days") == 21 and calls == ["on", "off"]
    assert settings.get("autostart") is False
    assert parse_lead_days("0") == [0] and parse_lead_days("") == []


def test_real_autostart_toggle_writes_the_xdg_file(qtbot, store, clock, tmp_path):
    session = ProfileSession(store, today=clock.today, now=clock.now)
    page = ReminderSettingsPage(Services(session))
    qtbot.addWidget(page)
    page.autostart.setChecked(True)
    desktop = tmp_path / "xdg-config" / "autostart" / "sm-card.desktop"
    assert desktop.exists() and "Exec=" in desktop.read_text()
    # Started at login, the app opens this store, not an empty one in the default folder.
    exec_line = next(line for line in desktop.read_text().splitlines()
                     if line.startswith("Exec="))
    assert f"--data-dir {store.path.parent} gui" in exec_line.replace('"', "")
    page.autostart.setChecked(False)
    assert not desktop.exists()


def test_demo_writes_no_login_entry(qtbot, store, clock, tmp_path):
    session = ProfileSession(store, today=clock.today, now=clock.now)
    page = ReminderSettingsPage(Services(session, demo=True))
    qtbot.addWidget(page)
    page.autostart.setChecked(True)
    assert not (tmp_path / "xdg-config" / "autostart" / "sm-card.desktop").exists()
    assert not page.autostart.isChecked() and "demo" in page.autostart_note.text()
    assert Settings(store).get("autostart") is False


def test_notifier_honours_the_setting(qtbot, store):
    from PySide6.QtWidgets import QSystemTrayIcon

    settings = Settings(store)
    assert isinstance(pick_notifier(settings, None), NullNotifier)

    class FakeTray:  # the Tray's icon is what TrayNotifier talks to
        icon = QSystemTrayIcon()
    notifier = pick_notifier(settings, FakeTray())
    assert isinstance(notifier, TrayNotifier) and notifier.enabled() is True
    settings.set("notifications", False)
    assert notifier.enabled() is False
    notifier.notify("t", "m")  # switched off (and no tray here): nothing happens, no error


@pytest.fixture
def window(qtbot, store, clock):
    session = ProfileSession(store, today=clock.today, now=clock.now)
    pages = [PageSpec("injectors", "Injectors", InjectorsPage)]
    win = MainWindow(Services(session, default_catalog()), pages=pages)
    qtbot.addWidget(win)
    return win


def test_install_reminders_strip_and_replace_from_it(qtbot, window, monkeypatch, clock):
    installed = install_reminders(window, use_tray=False)
    service = installed.service
    assert window.services.reminders.service is service and installed.tray is None
    assert installed.strip is window.reminder_strip
    assert isinstance(service.notifier, NullNotifier)
    strip = window.reminder_strip
    assert len(strip.mine()) == 1 and strip.replaced_button.isVisibleTo(strip)
    old_id = strip.reminder.subject_id

    def fill(parent, title, template, old, catalog=None):
        template.expires_on = PartialDate(2027, 12)
        template.lot = "FRESH"
        return template, "disposed"
    monkeypatch.setattr(injectors_page, "ask_replacement", fill)
    strip.replaced_button.click()
    saved = window.session.store.load_profile("Alex Example")
    fresh = next(i for i in saved.injectors if i.lot == "FRESH")
    assert fresh.replaces == old_id
    assert next(i for i in saved.injectors if i.id == old_id).status == "disposed"
    assert strip.mine() == [] and strip.reminder is None  # acted on: the reminder is gone
    assert not strip.replaced_button.isVisibleTo(strip)
    window.show()
    page = window.show_page("injectors")  # (a hidden page is rebuilt when shown)
    assert page.history_table.rowCount() == 2
    assert window.hide_on_close() is False  # no tray: closing really closes
    service.stop()


def test_strip_turns_red_when_a_device_expires(qtbot, window, clock):
    service = install_reminders(window, use_tray=False).service
    strip = window.reminder_strip
    strip.dismiss_button.click()
    assert strip.reminder is None and strip.state == "none"
    clock.advance(days=39)  # 2027-01-01: expired, and only one in-date device left
    service.check("day")
    text = strip.findChild(QLabel, "reminderText")
    assert "out of date" in strip.full_text() and "carry two" in strip.full_text()
    assert text.toolTip() == strip.full_text()
    assert strip.state == "act_now"
    service.stop()


def test_strip_go_to_injectors_selects_the_device(qtbot, window, clock):
    service = install_reminders(window, use_tray=False).service
    strip = window.reminder_strip
    assert strip.go_button.text() == "Go to Injectors"
    device = strip.reminder.subject_id
    strip.go_button.click()
    page = window.current_page()
    assert page is window.page("injectors")
    assert page.selected_id() == device
    service.stop()


# The offscreen platform has no tray host and cannot raise windows; both only warn.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged", "does not support raise")
def test_close_keeps_running_in_the_tray_when_asked(qtbot, window):
    installed = install_reminders(window, use_tray=True)
    service, tray = installed.service, installed.tray
    assert isinstance(service.notifier, TrayNotifier) and tray is not None and tray.isVisible()
    window.show()
    with qtbot.assertNotEmitted(window.closing):
        window.close()
    assert window.isHidden()  # hidden, still running: reminders keep coming
    tray.openRequested.emit()
    assert window.isVisible()
    window.session.settings.set("close_to_tray", False)
    with qtbot.waitSignal(window.closing, timeout=1000):
        window.close()
    service.stop()


def test_every_kind_of_reminder_reads_as_a_sentence(qtbot):
    from sm_card.core.models import Injector, Procedure, Profile
    from sm_card.core.reminders import pending_reminders
    from sm_card.gui.banner import describe

    today = date(2027, 1, 2)
    kim = Profile(name="Kim", injectors=[
        Injector(product="Jext", dose_mg=0.15, expires_on=PartialDate(2027, 1, 2),
                 location="school"),
    ])
    alex = Profile(name="Alex", injectors=[
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2026, 12)),
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2027, 1, 20)),
        Injector(product="EpiPen", dose_mg=0.3, expires_on=PartialDate(2029, 1)),
    ], procedures=[Procedure(procedure="Dental surgery", planned_on=date(2027, 1, 10))])
    lonely = Profile(name="Sam", injectors=[
        Injector(product="neffy", dose_mg=2, expires_on=PartialDate(2029, 5))])
    isolated = {(r.profile_name, r.level): describe(r)
                for r in pending_reminders([kim, alex, lonely], today, [60, 30, 7, 0], {})}
    # The person's words are set apart by direction (gui/bidi.py); the sentence reads the same.
    assert isolated[("Kim", "due_soon")].startswith(
        "\u2068Kim\u2069: today is the last day \u2068Jext 0.15 mg\u2069 (kept in: "
        "\u2068school\u2069)")
    texts = {key: text.replace("\u2068", "").replace("\u2069", "")
             for key, text in isolated.items()}
    assert texts == {
        ("Kim", "due_soon"): "Kim: today is the last day Jext 0.15 mg (kept in: school) is in "
                             "date. Replace it. Only one epinephrine device in date: carry two.",
        ("Alex", "expired"): "Alex: EpiPen 0.3 mg is out of date (last day in date: "
                             "2026-12-31). Replace it.",
        ("Alex", "due_soon"): "Alex: EpiPen 0.3 mg is in date until 2027-01-20 (18 days left). "
                              "Get a new one.",
        ("Alex", "prepare"): "Alex: Dental surgery is planned on 2027-01-10 (8 days). Prepare: "
                             "print the pre-operative letter and check your devices.",
        ("Sam", "too_few"): "Sam: Only one epinephrine device in date: carry two.",
    }
    # on the day itself, not "(0 days)"
    on_the_day = {r.level: describe(r) for r in pending_reminders(
        [alex], date(2027, 1, 10), [60, 30, 7, 0], {}) if r.level == "prepare"}
    assert on_the_day["prepare"].replace("\u2068", "").replace("\u2069", "") == (
        "Alex: Dental surgery is today (2027-01-10). Take the pre-operative letter and your "
        "devices.")


def test_a_premedication_step_is_told_at_its_minute_not_at_the_next_periodic_check(
        qtbot, store):
    from datetime import time

    from sm_card.core.models import PremedicationStep, Procedure

    profile = store.load_all()[0]
    profile.procedures.append(Procedure(
        "Knee arthroscopy", date(2026, 11, 24), id="knee", planned_at=time(8, 30),
        premedication_steps=[PremedicationStep("cetirizine 10 mg", 60)]))
    store.save_profile(profile)

    class LocalClock(Clock):  # the machine's own zone: the hospital's hour is local
        def advance(self, **kw):
            self.current = (self.current + timedelta(**kw)).astimezone()

    clock = LocalClock(datetime(2026, 11, 24, 7, 20).astimezone())
    service, banner, notifier = make_service(qtbot, store, clock,
                                             check_every=timedelta(hours=6))
    service.start()
    assert not any("cetirizine" in m for _, m, _ in notifier.messages)
    clock.advance(minutes=9)  # 07:29: not yet
    service.tick()
    assert not any("cetirizine" in m for _, m, _ in notifier.messages)
    clock.advance(minutes=1)  # 07:30, an hour before the start: the next tick tells it
    service.tick()
    told = [m for _, m, _ in notifier.messages if "cetirizine" in m]
    assert told == ["Alex Example: premedication 1 h before Knee arthroscopy "
                    "(2026-11-24 08:30): cetirizine 10 mg"]
    from sm_card.gui.banner import describe

    assert any("cetirizine 10 mg" in describe(r) for r in banner.mine())  # the strip has it
    service.stop()


def test_dismissed_carry_two_comes_back_a_week_later(qtbot, store, clock):
    """One pen left after using the other: Dismiss says, and does, "back in a week" (it hid
    the warning until the pens changed, for months)."""
    profile = store.load_all()[0]
    handbag = next(i for i in profile.injectors if i.location == "handbag")
    handbag.status = "used"
    store.save_profile(profile)
    service, banner, notifier = make_service(qtbot, store, clock)
    service.start()
    assert banner.reminder is not None and banner.reminder.says_carry_two
    assert "week" in banner.dismiss_button.toolTip()
    banner.dismiss_button.click()
    assert banner.mine() == []
    clock.advance(days=6)
    service.check("periodic")
    assert banner.mine() == [] and len(notifier.messages) == 1
    clock.advance(days=1, hours=1)  # a week later, 09:30
    service.check("periodic")
    assert [r.says_carry_two for r in banner.mine()] == [True]
    assert len(notifier.messages) == 2 and notifier.messages[1][2]  # urgent
    service.stop()


def test_on_the_morning_the_step_due_now_leads_and_snooze_is_minutes(qtbot, store):
    """The strip led with the step taken the evening before (oldest first); the one due now
    was among "(and N more)", its button said Go to Injectors, and Snooze hid it until the
    next morning, after the operation."""
    from datetime import time

    from sm_card.core.models import PremedicationStep, Procedure

    profile = store.load_all()[0]
    profile.procedures.append(Procedure(
        "Knee arthroscopy", date(2026, 11, 24), id="knee", planned_at=time(8, 30),
        premedication_steps=[PremedicationStep("cetirizine 10 mg", 12 * 60),
                             PremedicationStep("montelukast 10 mg", 60)]))
    store.save_profile(profile)
    clock = Clock(datetime(2026, 11, 24, 7, 35).astimezone())
    service, banner, notifier = make_service(qtbot, store, clock)
    service.start()
    first = banner.reminder
    assert first is not None and "montelukast" in first.detail
    assert banner.go_button.text() == "Go to Surgery"
    assert "10 minutes" in banner.snooze_button.toolTip()
    banner.snooze_button.click()
    assert banner.reminder is None or "montelukast" not in banner.reminder.detail
    clock.current = clock.current + timedelta(minutes=11)
    service.check("periodic")
    assert "montelukast" in banner.reminder.detail
    service.stop()
