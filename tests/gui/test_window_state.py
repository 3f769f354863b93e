"""The window opens at the size and on the page it was closed with, from the data folder."""

from __future__ import annotations

from sm_card.core.catalog import default_catalog
from sm_card.core.store import Store
from sm_card.gui import window_state
from sm_card.gui.services import Services


def _window(qtbot, data_dir):
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.session import ProfileSession

    store = Store.open(data_dir)
    win = MainWindow(Services(ProfileSession(store), default_catalog()))
    qtbot.addWidget(win)
    return win, store


def test_size_and_page_come_back_in_the_next_window(qtbot, store, data_dir):
    store.close()  # the conftest's store: two windows open the folder in turn below
    first, store1 = _window(qtbot, data_dir)
    first.show()
    fresh = first.size()
    # The offscreen screen is 800 px square: Qt keeps a restored window on the screen.
    first.resize(760, 640)
    first.move(7, 11)
    wanted = first.size()
    assert wanted != fresh
    first.show_page("injectors")
    first.close()
    store1.close()
    with Store.open(data_dir) as check:
        assert check.get_setting(window_state.PAGE_KEY) == "injectors"
        assert check.get_setting(window_state.GEOMETRY_KEY)

    second, store2 = _window(qtbot, data_dir)
    second.show()
    assert second.size() == wanted
    assert second.nav.currentRow() == [s.key for s in second.pages_spec].index("injectors")
    assert second.current_page() is second.page("injectors")
    second.close()
    store2.close()


def test_damaged_or_unknown_state_is_ignored(qtbot, store, data_dir):
    store.set_setting(window_state.GEOMETRY_KEY, "bm90IGEgZ2VvbWV0cnk=")
    store.set_setting(window_state.PAGE_KEY, "no-such-page")
    store.close()
    win, again = _window(qtbot, data_dir)
    win.show()
    assert win.nav.currentRow() == 0 and win.width() > 0
    win.close()
    again.close()


def test_nothing_is_written_outside_the_data_folder(qtbot, store, data_dir, tmp_path,
                                                    monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    store.close()
    win, again = _window(qtbot, data_dir)
    win.show()
    win.close()
    again.close()
    assert list(home.rglob("*")) == []


def test_a_size_remembered_on_a_larger_monitor_fits_this_screen(qtbot, store, data_dir):
    """Closed at 1500×1000 on a larger monitor, opened on a smaller screen: the window is
    within the screen, frame included."""
    from PySide6.QtWidgets import QMainWindow

    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(1700, 900, 1500, 1000)
    geometry = bytes(big.saveGeometry().toBase64().data()).decode("ascii")
    store.set_setting(window_state.GEOMETRY_KEY, geometry)
    store.close()
    win, again = _window(qtbot, data_dir)
    win.show()
    room = win.screen().availableGeometry()
    assert room.width() < 1500 and room.height() < 1000
    qtbot.waitUntil(lambda: room.contains(win.frameGeometry()))
    win.close()
    again.close()
