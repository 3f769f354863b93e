"""The window's menus: File, Edit, Profile and Help, with the usual shortcuts.

Kept apart from main_window.py so the window's layout and its commands change separately;
``install_menus`` only connects actions to methods the window and its pages already have.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

import sm_card
from sm_card.gui.i18n import translate
from sm_card.gui.undo import EditHistory


@dataclass
class MenuActions:
    """The menu actions other parts of the window enable, disable or trigger."""
    import_file: QAction
    export_file: QAction
    export_card: QAction
    print_card: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_profile: QAction
    rename_profile: QAction
    delete_profile: QAction
    emergency_number: QAction
    shortcuts: QAction
    about: QAction
    next_page: QAction
    previous_page: QAction


def _action(window: QMainWindow, text: str, slot, name: str, keys: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if keys:
        # setShortcuts (plural): PySide6's first setShortcut call builds ~100 enum classes,
        # 40-80 ms of start-up; the list overload does not.
        action.setShortcuts([QKeySequence(keys)])
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work whatever has the focus
    return action


def about_text() -> str:
    return translate(
        "Menus",
        "<p><b>sm-card</b> {version}</p>"
        "<p>The record, wallet card, injector reminders and letters for people with "
        "systemic mastocytosis.</p>"
        "<p>sm-card records what you and your physician decided; it does not give medical "
        "advice.</p>"
        "<p>Private and offline: your record stays on this computer.</p>"
    ).format(version=sm_card.__version__)


def shortcuts_text(window: QMainWindow) -> str:
    """Every menu command that has a key, as the menus name it (so it is always current)."""
    lines = []
    for action in window.actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            lines.append(f"{keys}: {name.rstrip('…')}")
    return "\n".join(lines)


def install_menus(window, history: EditHistory, menus: list[QMenu]) -> MenuActions:
    """Fill ``window``'s four menus (File, Edit, Profile, Help: their titles are made with
    the window) with its commands and their shortcuts, and return the actions."""

    def card(method: str):
        return lambda: (window.flush_edits(), getattr(window.show_page("card"), method)())

    def undo_step(undo: bool):
        def run() -> None:
            window.flush_edits()  # text still waiting for its debounce becomes a step first
            (history.stack.undo if undo else history.stack.redo)()
        return run

    def act(text: str, slot, name: str, keys: str = "") -> QAction:
        return _action(window, text, slot, name, keys)

    actions = MenuActions(
        import_file=act(translate("Menus", "&Import…"), window.import_file, "importAction"),
        export_file=act(translate("Menus", "&Export…"), window.export_file, "exportAction",
                        "Ctrl+E"),
        export_card=act(translate("Menus", "Export card &PDF…"), card("export_pdf"),
                        "exportCardAction"),
        # R: "Export card &PDF…" has the P (the menu's letters are each the one of one item)
        print_card=act(translate("Menus", "P&rint card…"), card("print_card"),
                       "printCardAction", "Ctrl+P"),
        quit=act(translate("Menus", "&Quit"), window.quit, "quitAction", "Ctrl+Q"),
        undo=act(translate("Menus", "&Undo"), undo_step(True), "undoAction", "Ctrl+Z"),
        redo=act(translate("Menus", "&Redo"), undo_step(False), "redoAction",
                 "Ctrl+Shift+Z"),
        new_profile=act(translate("Menus", "&New profile…"), window.new_profile,
                        "newProfileMenuAction", "Ctrl+N"),
        rename_profile=act(translate("Menus", "&Rename profile…"), window.rename_profile,
                           "renameProfileAction"),
        delete_profile=act(translate("Menus", "&Delete profile…"), window.delete_profile,
                           "deleteProfileMenuAction"),
        emergency_number=act(translate("Menus", "&Emergency number for this profile…"),
                             lambda: window.show_page("card"), "emergencyNumberAction"),
        shortcuts=act(translate("Menus", "&Keyboard shortcuts"),
                      lambda: _show_shortcuts(window),
                      "shortcutsAction"),
        about=act(translate("Menus", "&About sm-card"),
                  lambda: _show_about(window),
                  "aboutAction"),
        # In no menu (the page list is the window's own), listed with the shortcuts: from a
        # table or a text box the page list was reachable only by Tab, all the way round.
        next_page=act(translate("Menus", "Next page"), lambda: _step_page(window, 1),
                      "nextPageAction", "Ctrl+PgDown"),
        previous_page=act(translate("Menus", "Previous page"), lambda: _step_page(window, -1),
                          "previousPageAction", "Ctrl+PgUp"),
    )
    file_menu, edit_menu, profile_menu, help_menu = menus
    for item in (actions.import_file, actions.export_file, None, actions.export_card,
                 actions.print_card, None, actions.quit):
        file_menu.addSeparator() if item is None else file_menu.addAction(item)
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    for item in (actions.new_profile, actions.rename_profile, actions.delete_profile, None,
                 actions.emergency_number):
        profile_menu.addSeparator() if item is None else profile_menu.addAction(item)
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)

    # Each signal carries its value: the stack is never asked, since it also signals while
    # being destroyed with the window.
    def undo_named(what: str) -> None:
        actions.undo.setText(translate("Menus", "&Undo {what}").format(what=what) if what
                             else translate("Menus", "&Undo"))

    def redo_named(what: str) -> None:
        actions.redo.setText(translate("Menus", "&Redo {what}").format(what=what) if what
                             else translate("Menus", "&Redo"))

    stack = history.stack
    stack.undoTextChanged.connect(undo_named)
    stack.redoTextChanged.connect(redo_named)
    stack.canUndoChanged.connect(actions.undo.setEnabled)
    stack.canRedoChanged.connect(actions.redo.setEnabled)
    actions.undo.setEnabled(False)
    actions.redo.setEnabled(False)
    return actions


def _step_page(window, step: int) -> None:
    """The page after (or before) the one shown, as the page list orders them."""
    count = window.nav.count()
    if count:
        window.nav.setCurrentRow((window.nav.currentRow() + step) % count)


# dialogs.py is imported when a dialog opens, not while the window is built before its first
# paint (PySide's first use of QMessageBox, QFileDialog... costs ~4 ms).
def _show_shortcuts(window: QMainWindow) -> None:
    from sm_card.gui import dialogs

    dialogs.inform(window, translate("Menus", "Keyboard shortcuts"), shortcuts_text(window))


def _show_about(window: QMainWindow) -> None:
    from sm_card.gui import dialogs

    dialogs.about(window, translate("Menus", "About sm-card"), about_text())
