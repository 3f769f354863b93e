import pytest

from sm_card.core.settings import Settings, _current_locale, paper_for_locale
from sm_card.core.store import Store


@pytest.mark.parametrize(("name", "paper"), [
    ("en_US", "letter"), ("en_US.UTF-8", "letter"), ("fr_CA", "letter"), ("es_MX", "letter"),
    ("en_GB", "a4"), ("de_DE.UTF-8", "a4"), ("C", "a4"), (None, "a4"), ("", "a4"),
])
def test_paper_follows_the_locale(name, paper):
    assert paper_for_locale(name) == paper


def test_settings_default_then_persist(data_dir):
    with Store.open(data_dir) as store:
        settings = Settings(store, locale_name=lambda: "en_US")
        assert settings.paper == "letter"
        assert settings.lead_days == [60, 30, 7, 0]
        settings.set("paper", "a4")
        settings.set("lead_days", [7, 30, 30])
    with Store.open(data_dir) as store:
        settings = Settings(store, locale_name=lambda: "en_US")
        assert settings.paper == "a4"
        assert settings.lead_days == [30, 7]
        # the emergency number follows the locale as the paper does (core/emergency_numbers.py)
        assert settings.emergency_number == "911"


@pytest.mark.parametrize(("environ", "paper"), [
    ({"LANG": "C.UTF-8"}, "a4"),  # Python alone would call this en_US
    ({"LANG": "en_US.UTF-8"}, "letter"),
    ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "a4"),
    ({"LC_ALL": "en_CA.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "letter"),
    ({"LANG": "POSIX"}, "a4"),
])
def test_paper_locale_from_the_environment(environ, paper):
    assert paper_for_locale(_current_locale(environ)) == paper


def test_every_setting_has_a_typed_default_declared_once(data_dir):
    from dataclasses import fields

    from sm_card.core import injectors, reminders
    from sm_card.core.settings import DEFAULTS, Preferences
    from sm_card.render import qr_payload

    with Store.open(data_dir) as store:
        settings = Settings(store, locale_name=lambda: "de_DE")
        for f in fields(Preferences):  # a typed property per setting, giving its default
            value = getattr(settings, f.name)
            default = getattr(DEFAULTS, f.name)
            assert value == (sorted(default, reverse=True) if f.name == "lead_days"
                             else default), f.name
        assert settings.emergency_number == "112" and settings.paper == "a4"
        settings.set("prepare_days", 21)
        settings.set("lead_events", False)
        settings.set("lead_days", (7, 0))
        assert (settings.prepare_days, settings.lead_events, settings.lead_days) == \
            (21, False, [7, 0])
        with pytest.raises(KeyError, match="declare it"):
            settings.set("lead_day", [1])  # a typo is refused, not stored
        with pytest.raises(KeyError):
            settings.get("carry_two")
        # Per-profile keys ("<prefix>:<id>") are declared by their prefix.
        settings.set("card_photo:3", True)
        assert settings.get("card_photo:3") is True and settings.card_photo_for(3)
        with pytest.raises(KeyError):
            settings.get("card_photo")
    # Core functions default to the same values the settings do.
    assert DEFAULTS.lead_days == reminders.DEFAULT_LEAD_DAYS
    assert DEFAULTS.prepare_days == reminders.DEFAULT_PREPARE_DAYS
    assert max(DEFAULTS.lead_days) == injectors.DEFAULT_SOON_DAYS
    assert DEFAULTS.qr_format == qr_payload.DEFAULT_FORMAT
