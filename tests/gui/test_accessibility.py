"""Every field, button and list has an accessible name; the Person page tabs in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from sm_card.gui import dialogs, forms
from sm_card.gui.main_window import PAGES
from sm_card.gui.pages.injectors_page import InjectorDialog


def _describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()}" for w in widgets]


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_every_focusable_widget_on_every_page_is_named(window, key):
    page = window.show_page(key)
    assert _describe(forms.unnamed(page)) == []


def test_window_chrome_is_named(window):
    assert window.nav.accessibleName() and window.profile_switcher.accessibleName()


def test_dialogs_are_named(qtbot, tmp_path):
    dialog = InjectorDialog(None, "Add", None)
    qtbot.addWidget(dialog)
    assert _describe(forms.unnamed(dialog)) == []
    review = dialogs.ReviewDialog(None, "Print?", "text", "note", "Choose printer…")
    qtbot.addWidget(review)
    assert _describe(forms.unnamed(review)) == []
    note = dialogs.ExportedDialog(None, tmp_path / "x.pdf", "The card")
    qtbot.addWidget(note)
    assert _describe(forms.unnamed(note)) == []
    export = dialogs._ExportDialog(None, 8)
    qtbot.addWidget(export)
    export.encrypt.setChecked(True)
    assert _describe(forms.unnamed(export)) == []
    assert export.first.accessibleName() == "Passphrase"


def test_names_follow_the_visible_labels(window):
    page = window.show_page("person")
    assert page.findChild(QLineEdit, "date_of_birthEdit").accessibleName() == "Date of birth"
    assert page.findChild(QLineEdit, "nameEdit").accessibleName() == "Name"


def test_person_page_tabs_in_visual_order(window, qtbot):
    page = window.show_page("person")
    window.activateWindow()
    first = page.findChild(QLineEdit, "nameEdit")
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    order = [first.objectName()]
    for _ in range(6):
        QApplication.focusWidget().focusNextChild()
        order.append(QApplication.focusWidget().objectName())
    assert order == ["nameEdit", "date_of_birthEdit", "date_of_birthEditPicker", "weight_kgEdit",
                     "blood_typeEdit", "languagesEdit", order[-1]]
    assert order[-1] != "languagesEdit"
    # Visual order agrees: each next field lies below the one before.
    tops = [page.findChild(QWidget, name).mapTo(page, page.rect().topLeft()).y()
            for name in ("nameEdit", "date_of_birthEdit", "weight_kgEdit", "blood_typeEdit",
                         "languagesEdit")]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


def test_the_page_built_with_the_window_is_named_right_after_its_first_paint(qtbot, session):
    """The page of the first paint is named after that paint (naming reads focus policies,
    PySide's costly first use of the Qt namespace); it must still be named."""
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services
    from sm_card.gui.window_state import PAGE_KEY

    session.settings.set(PAGE_KEY, "person")  # a page with fields, restored at start
    win = MainWindow(Services(session, lambda: None))
    qtbot.addWidget(win)
    page = win.page("person")
    assert forms.unnamed(page) != []  # not yet: the window has not been painted
    win.show()
    qtbot.waitUntil(lambda: forms.unnamed(page) == [], timeout=1500)  # before the fallback


# --- a keyboard alone (a walk through a first start without a mouse) ----------------------

def test_tab_leaves_every_table_and_text_box_and_frames_are_no_stops(window):
    """Tab went round and round the cells of a table with rows (Move up, Remove... out of
    reach), a notes box took Tab as a character into the saved text, and each page's scroll
    area was a Tab stop that showed nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QScrollArea

    views = boxes = 0
    for spec in PAGES:
        page = window.show_page(spec.key)
        for view in page.findChildren(QAbstractItemView):
            assert not view.tabKeyNavigation(), (spec.key, view.objectName())
            views += 1
        for box in page.findChildren(QPlainTextEdit):
            assert box.tabChangesFocus(), (spec.key, box.objectName())
            boxes += 1
        frame = window.stack.currentWidget()
        if isinstance(frame, QScrollArea):
            assert frame.focusPolicy() == Qt.FocusPolicy.NoFocus, spec.key
    assert views >= 8 and boxes >= 3


def test_ctrl_page_down_and_up_change_the_page(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    window.show_page("avoid")
    window.findChild(QAction, "nextPageAction").trigger()
    assert window.nav.currentItem().text() == "Tolerated"
    window.findChild(QAction, "previousPageAction").trigger()
    window.findChild(QAction, "previousPageAction").trigger()
    assert window.nav.currentItem().text() == "Diagnosis"
    keys = window.findChild(QAction, "nextPageAction").shortcut()
    assert keys.toString() == "Ctrl+PgDown"
    assert Qt.Key.Key_PageDown.value in [keys[0].key().value]


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_each_menu_letter_belongs_to_one_item(language, request, qtbot, session):
    """Alt+F, P highlighted Export card PDF; Print card had the same letter."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services

    if language != "en":
        request.getfixturevalue({"de": "german", "es": "spanish"}[language])
    window = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QAction, "undoAction") is not None)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert len(menus) == 4 and all(isinstance(m, QMenu) and m.actions() for m in menus)
    for menu in menus:
        letters = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].casefold())
        assert len(letters) == len(set(letters)), (language, menu.title(), letters)
    if language == "de":
        assert any(m.title() == "&Datei" for m in menus)


def test_the_saved_dialog_closes_on_enter(qtbot, tmp_path):
    from pathlib import Path

    dialog = dialogs.ExportedDialog(None, Path(tmp_path / "card.pdf"), "The card")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.close_button


def test_ctrl_z_in_a_field_reaches_the_window_undo_once_the_typing_is_saved(window, qtbot,
                                                                          data_dir):
    """From a form full of fields the window's Undo was out of reach by key: each field took
    Ctrl+Z for itself, even with nothing of its own to undo."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit
    from test_main_window import reopened

    window.activateWindow()
    page = window.show_page("person")
    weight = page.findChild(QLineEdit, "weight_kgEdit")
    before = reopened(data_dir)["Alex Example"].weight_kg
    weight.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is weight)
    weight.selectAll()
    QTest.keyClicks(weight, "72")
    QTest.keyClick(weight, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert weight.text() != "72"  # still typing: the box undoes its own typing first
    QTest.keyClicks(weight, "72")
    weight.editingFinished.emit()  # left (or Enter): saved
    assert reopened(data_dir)["Alex Example"].weight_kg == 72
    QTest.keyClick(weight, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reopened(data_dir)["Alex Example"].weight_kg == before  # the window's Undo
    assert weight.text() == f"{before:g}"


def test_a_new_profile_puts_the_focus_in_its_first_field(window, qtbot, monkeypatch):
    """The focus stayed on the profile box, six Tabs from the new record's first field."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Zoë")
    window.activateWindow()
    window.new_profile()
    page = window.show_page("person")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and page.isAncestorOf(focused), focused


def test_a_field_still_being_typed_in_is_saved_before_the_profile_changes(window, qtbot,
                                                                          data_dir):
    """Typed into Weight, then the profile changed with the focus still in the field: the
    value was lost (a field saves on leaving)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit
    from test_main_window import reopened

    from sm_card.core.models import Profile

    window.session.store.save_profile(Profile(name="Noah"))
    window.session.reload()
    window.activateWindow()
    page = window.show_page("person")
    weight = page.findChild(QLineEdit, "weight_kgEdit")
    weight.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is weight)
    weight.selectAll()
    QTest.keyClicks(weight, "71")
    window.flush_edits()  # as before every switch of profile
    window.session.select("Noah")
    saved = reopened(data_dir)
    assert saved["Alex Example"].weight_kg == 71 and saved["Noah"].weight_kg is None
