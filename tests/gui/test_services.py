"""The services object pages receive: lazy catalog, a reminder service that arrives late."""

import re
from datetime import date
from pathlib import Path

import pytest

from sm_card.core.catalog import default_catalog
from sm_card.gui.main_window import MainWindow
from sm_card.gui.reminder_service import ReminderService
from sm_card.gui.services import Services


def test_catalog_is_loaded_once_and_only_when_a_page_needs_it(qtbot, session):
    calls = []

    def loader():
        calls.append(1)
        return default_catalog()

    services = Services(session, loader)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()  # the first page (Person) does not need the catalog
    window.show_page("card")
    window.show_page("plans")
    window.show_page("contacts")
    assert calls == []
    window.show_page("avoid")
    window.show_page("injectors")
    assert calls == [1] and window.catalog is services.catalog()


def test_a_reminder_service_installed_after_the_pages_reaches_them(qtbot, session):
    services = Services(session, default_catalog())
    window = MainWindow(services)
    qtbot.addWidget(window)
    page = window.show_page("injectors")
    settings_page = window.show_page("reminder_settings")
    assert services.reminders.service is None
    settings_page.prepare_days.setValue(20)  # no service yet: nothing to re-check, no error

    service = ReminderService(session.store, session.settings, today=session.today,
                              now=session.now)
    reasons = []
    service.checked.connect(reasons.append)
    services.reminders.install(service)
    settings_page.prepare_days.setValue(21)  # a settings change re-checks through the slot
    assert reasons == ["change"]
    page._stale = True  # the injectors page listens to the service's checks
    service.check("day")
    assert page._stale is False

    later = []
    services.reminders.when_installed(later.append)  # asked after it exists: called at once
    assert later == [service]


def test_the_reminder_slot_takes_one_service(qtbot, session):
    services = Services(session)
    first = ReminderService(session.store, session.settings)
    services.reminders.install(first)
    with pytest.raises(RuntimeError):
        services.reminders.install(ReminderService(session.store, session.settings))
    assert services.reminders.service is first


def test_clock_and_settings_are_the_sessions(session):
    services = Services(session)
    assert services.settings is session.settings
    session.today = lambda: date(2030, 1, 2)
    assert services.today() == date(2030, 1, 2)


def test_no_page_looks_things_up_on_its_window():
    gui = Path(__file__).resolve().parents[2] / "sm_card" / "gui"
    pattern = re.compile(r"getattr\(\s*(self\.)?window(\(\))?\s*,")
    found = [f"{path.relative_to(gui)}:{n}"
             for path in gui.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []
