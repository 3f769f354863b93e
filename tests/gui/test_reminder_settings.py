"""The settings page's calendar and QR code options reach the store (and the outputs)."""

from sm_card.core.settings import Settings
from sm_card.gui.pages.reminder_settings import ReminderSettingsPage
from sm_card.gui.services import Services


def test_lead_events_and_qr_format(qtbot, session):
    page = ReminderSettingsPage(Services(session), autostart_enabled=lambda: False)
    qtbot.addWidget(page)
    settings = Settings(session.store)
    assert page.lead_events.isChecked() and settings.get("lead_events") is True
    assert page.qr_format.currentData() == "vcard" and settings.get("qr_format") == "vcard"
    page.lead_events.setChecked(False)
    page.qr_format.setCurrentIndex(page.qr_format.findData("text"))
    assert settings.get("lead_events") is False and settings.get("qr_format") == "text"
    again = ReminderSettingsPage(Services(session), autostart_enabled=lambda: False)
    qtbot.addWidget(again)
    assert not again.lead_events.isChecked() and again.qr_format.currentData() == "text"
