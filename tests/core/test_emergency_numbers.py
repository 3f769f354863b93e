"""The default emergency number follows the locale (like the paper), per profile if set."""

from __future__ import annotations

import pytest

from sm_card.core.emergency_numbers import NUMBERS, describe, number_for_locale
from sm_card.core.settings import Settings
from sm_card.core.store import Store


@pytest.mark.parametrize(("locale_name", "number"), [
    ("en_US.UTF-8", "911"), ("en-US", "911"), ("fr_CA", "911"), ("es_MX", "911"),
    ("en_GB.UTF-8", "999"), ("en_IE", "999"), ("en_AU", "000"), ("en_NZ", "111"),
    ("ja_JP.UTF-8", "119"), ("zh_CN.UTF-8", "120"), ("de_DE", "112"), ("fr_FR", "112"),
    ("sr_RS@latin", "112"), ("en", "112"), ("", "112"), (None, "112"),
])
def test_number_for_locale(locale_name, number):
    assert number_for_locale(locale_name) == number


def test_every_number_says_where_it_applies():
    assert [n.number for n in NUMBERS][:4] == ["112", "911", "999", "000"]
    assert describe("000") == "Australia" and describe("12345") is None


def test_profile_number_falls_back_to_setting_then_locale(data_dir):
    with Store.open(data_dir) as store:
        settings = Settings(store, locale_name=lambda: "en_AU.UTF-8")
        assert settings.emergency_number_for(None) == "000"
        assert settings.emergency_number_for(7) == "000"
        assert settings.emergency_number_source(7) == "region"
        settings.set_emergency_number_for(7, "112")
        assert settings.emergency_number_for(7) == "112"
        assert settings.emergency_number_source(7) == "profile"
        assert settings.emergency_number_for(8) == "000"  # another profile keeps the default
        settings.set_emergency_number_for(None, "999")
        assert settings.emergency_number_for(8) == "999"
        assert settings.emergency_number_source(8) == "setting"
        settings.set_emergency_number_for(7, None)  # forgotten: back to the shared one
        assert settings.emergency_number_for(7) == "999"
    with Store.open(data_dir) as store:  # kept in the store
        assert Settings(store, locale_name=lambda: None).emergency_number_for(8) == "999"
