"""The main window: a profile switcher, the reminder strip, navigation between sections.

Pages are listed in PAGES and built on first visit, so the window appears fast and a page
with heavy imports (PDF preview) costs nothing until it is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

# dialogs.py is imported where a dialog opens: its classes (QMessageBox, QFileDialog...) cost
# PySide's first-use set-up, ~4 ms, which the window's first paint need not wait for.
from sm_card.gui import colours
from sm_card.gui.bidi import isolate
from sm_card.gui.i18n import QT_TRANSLATE_NOOP, translate
from sm_card.gui.labels import wrapped_label
from sm_card.gui.services import Services

if TYPE_CHECKING:
    from sm_card.core.catalog import Catalog
    from sm_card.gui.menus import MenuActions
    from sm_card.gui.undo import EditHistory


@dataclass(frozen=True)
class PageSpec:
    """A page of the window: its key, title and how it is built."""
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("MainWindow", ...), translated when shown
    # Builds the page; the catalog is loaded only when a page's factory asks services for it.
    factory: Callable[[Services, QWidget], QWidget]


def _overview(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.overview_page import OverviewPage
    return OverviewPage(services.session, parent)


def _person(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.person_page import PersonPage
    return PersonPage(services.session, parent)


def _diagnosis(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.diagnosis_page import DiagnosisPage
    return DiagnosisPage(services.session, services.catalog(), parent)


def _list(key: str) -> Callable[[Services, QWidget], QWidget]:
    def build(services: Services, parent: QWidget) -> QWidget:
        from sm_card.gui.pages.list_page import ListPage, list_specs
        spec = next(s for s in list_specs() if s.key == key)
        catalog = services.catalog() if spec.catalog_kind else None  # contacts need none
        return ListPage(services.session, spec, catalog, parent)
    return build


def _plans(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.plans_page import PlansPage
    return PlansPage(services.session, parent)


def _surgery(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.surgery_page import SurgeryPage
    return SurgeryPage(services.session, services.catalog(), parent)


def _injectors(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.injectors_page import InjectorsPage
    return InjectorsPage(services, parent)


def _card(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.card_page import CardPage
    return CardPage(services.session, parent)


def _check(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.check_page import CheckPage
    return CheckPage(services.session, services.catalog(), parent)


def _phone_plan(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.phone_plan_page import PhonePlanPage
    return PhonePlanPage(services.session, parent)


def _travel(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.travel_page import TravelPage
    return TravelPage(services.session, parent)


def _reactions(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.reactions_page import ReactionsPage
    return ReactionsPage(services.session, parent)


def _reminder_settings(services: Services, parent: QWidget) -> QWidget:
    from sm_card.gui.pages.reminder_settings import ReminderSettingsPage
    return ReminderSettingsPage(services, parent)


PAGES: list[PageSpec] = [
    PageSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"), _overview),
    PageSpec("person", QT_TRANSLATE_NOOP("MainWindow", "Person"), _person),
    PageSpec("diagnosis", QT_TRANSLATE_NOOP("MainWindow", "Diagnosis"), _diagnosis),
    PageSpec("avoid", QT_TRANSLATE_NOOP("MainWindow", "Avoid"), _list("avoid")),
    PageSpec("tolerated", QT_TRANSLATE_NOOP("MainWindow", "Tolerated"), _list("tolerated")),
    PageSpec("medications", QT_TRANSLATE_NOOP("MainWindow", "Medications"),
             _list("medications")),
    PageSpec("injectors", QT_TRANSLATE_NOOP("MainWindow", "Injectors"), _injectors),
    PageSpec("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), _list("contacts")),
    PageSpec("clinicians", QT_TRANSLATE_NOOP("MainWindow", "Clinicians"), _list("clinicians")),
    PageSpec("reactions", QT_TRANSLATE_NOOP("MainWindow", "Reactions"), _reactions),
    PageSpec("plans", QT_TRANSLATE_NOOP("MainWindow", "Physician's plans"), _plans),
    PageSpec("check", QT_TRANSLATE_NOOP("MainWindow", "Check"), _check),
    PageSpec("card", QT_TRANSLATE_NOOP("MainWindow", "Wallet card"), _card),
    PageSpec("surgery", QT_TRANSLATE_NOOP("MainWindow", "Surgery"), _surgery),
    PageSpec("phone_plan", QT_TRANSLATE_NOOP("MainWindow", "Phone and action plan"),
             _phone_plan),
    PageSpec("travel", QT_TRANSLATE_NOOP("MainWindow", "Travel"), _travel),
    PageSpec("reminder_settings", QT_TRANSLATE_NOOP("MainWindow", "Reminder settings"),
             _reminder_settings),
]


# Pages that scroll their own content; every other page sits in a scroll area (see _framed).
SCROLLS_ITSELF = {"overview"}
# Pages read best at a line length a person can follow: on a wide screen they keep this width
# (pixels) rather than stretching across it. Forms are narrower than tables; the Card and
# Surgery pages use all the room for their previews.
_TABLE_WIDTH = 1180
READABLE_WIDTH = {
    "overview": 960, "person": 760, "diagnosis": 860, "plans": 960, "check": 960,
    "reminder_settings": 860, "avoid": _TABLE_WIDTH, "tolerated": _TABLE_WIDTH,
    "medications": _TABLE_WIDTH, "injectors": _TABLE_WIDTH, "contacts": _TABLE_WIDTH,
    "clinicians": _TABLE_WIDTH, "reactions": _TABLE_WIDTH, "phone_plan": _TABLE_WIDTH,
}


class SectionList(QListWidget):
    """The record's sections, down the window's side: as wide as the longest name at the font
    it has, so no name is cut (a fixed 180 px cut "Phone and action plan" at 15 pt, and
    longer German and Spanish names sooner). Up to ``MAX_CHARS`` characters and a fifth of
    the window wide (the pages keep their room on a small screen); a longer name wraps onto
    a second line."""

    MAX_CHARS = 30
    MAX_SHARE = 5  # of the window's width, a fifth at most

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The widest item with the style's margins, the frame, and room for the scroll bar a
        # large font brings on a short screen (without it, a name would wrap as it came).
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        cap = min(self.fontMetrics().averageCharWidth() * self.MAX_CHARS,
                  self.window().width() // self.MAX_SHARE - chrome)
        widest = min(max(self.sizeHintForColumn(0), 0), cap)
        return QSize(widest + chrome, super().sizeHint().height())


def _name_unnamed(widget: QWidget) -> None:
    from sm_card.gui.accessible_names import keyboard_friendly, name_unnamed

    name_unnamed(widget)
    keyboard_friendly(widget)


class MainWindow(QMainWindow):
    closing = Signal()  # the window is about to close (not hide to tray)

    def __init__(self, services: Services, *, pages: list[PageSpec] | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.session = session = services.session
        demo = services.demo
        self.pages_spec = list(PAGES if pages is None else pages)
        self._pages: dict[str, QWidget] = {}
        self._building = True  # the pages made now are those of the first paint
        # Set by the tray integration: return True to hide instead of quitting.
        self.hide_on_close: Callable[[], bool] = lambda: False

        title = self.tr("sm-card — mastocytosis record")
        if demo:
            title += self.tr(" (demo: changes are not kept)")
        self.setWindowTitle(title)
        self.resize(1000, 700)

        self._build_toolbar()
        self._build_menu()
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        # Reminders, and a save that failed, have one place whose height is reserved from the
        # start: what arrives after the first paint (or goes) moves nothing under the mouse
        # (gui/reminder_strip.py). A failed save covers the reminder until a save succeeds.
        from sm_card.gui.reminder_strip import ReminderStrip

        slot = QWidget(central)
        slot.setObjectName("attentionSlot")
        self._attention = QStackedLayout(slot)
        self.reminder_strip = ReminderStrip(slot)
        self.reminder_strip.goRequested.connect(self.go_to_reminder)
        self._attention.addWidget(self.reminder_strip)
        self.save_error = wrapped_label(slot, name="saveError")
        self.save_error.setContentsMargins(8, 4, 8, 4)
        colours.paint(self.save_error, "band:error")
        self._attention.addWidget(self.save_error)
        slot.setFixedHeight(self.reminder_strip.height())
        outer.addWidget(slot)
        self._attention_slot = slot
        # Store warnings and first-start help stack here.
        self.banner_area = QVBoxLayout()
        outer.addLayout(self.banner_area)
        if demo:
            demo_note = QLabel(self.tr(
                "Demo record in a temporary folder: nothing you change here touches your own "
                "data."), central)
            demo_note.setObjectName("demoBanner")
            demo_note.setMargin(6)
            colours.paint(demo_note, "band:warning")
            self.banner_area.addWidget(demo_note)

        self.welcome = self._build_welcome(central)
        self.banner_area.addWidget(self.welcome)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.nav = SectionList(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections of the record"))
        for spec in self.pages_spec:
            self.nav.addItem(translate("MainWindow", spec.title))  # i18n: marked
        body.addWidget(self.nav)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pages")
        for _ in self.pages_spec:
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first visit
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The status bar from the start: made on the first "Saved", it would shrink the page
        # under the mouse.
        self.statusBar()

        self.nav.currentRowChanged.connect(self.show_page_at)
        session.saveFailed.connect(self._show_save_error)
        session.recordEdited.connect(self._saved)
        session.profileChanged.connect(self._refresh_profiles)
        session.aboutToReload.connect(self.flush_edits)
        session.changedElsewhere.connect(self._changed_elsewhere)
        self._refresh_profiles()
        self.nav.setCurrentRow(0)
        from sm_card.gui import window_state

        # Where the window is, once restored or shown: kept on the screen from then on.
        self._placed = window_state.restore(self)
        self._frame_fitted = False
        self._building = False

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """Shown (first, or again from the tray) within the screen it is on."""
        from sm_card.gui import window_state

        showing = visible and not self.isVisible()
        if showing:
            window_state.fit_to_screen(self, place=self._placed)
        super().setVisible(visible)
        if showing and not self._frame_fitted:
            # The frame's size (the title bar's) is known once the window is on the screen:
            # the frame within the screen too, unless the size was set meanwhile (by the
            # desktop, or a program that asked for it).
            self._frame_fitted = True
            from sm_card.gui.first_paint import after_first_paint

            shown = self.size()

            def fit_frame() -> None:
                if self.size() == shown:
                    window_state.fit_to_screen(self, place=True)

            after_first_paint(self, fit_frame)
        self._placed = self._placed or showing

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.nav.updateGeometry()  # its width is capped at a share of the window's

    # --- chrome --------------------------------------------------------------------------

    def _build_welcome(self, parent: QWidget) -> QWidget:
        """Shown while the store holds no profile: what to do first."""
        box = QWidget(parent)
        box.setObjectName("welcomeBanner")
        colours.paint(box, "band:info")  # its label takes the band's text colour
        row = QHBoxLayout(box)
        text = wrapped_label(box, self.tr(
            "No record yet. Create a profile for yourself or a family member, or import a "
            "file exported from sm-card."))
        row.addWidget(text, 1)
        new_button = QPushButton(self.tr("New profile…"), box)
        new_button.setObjectName("welcomeNewProfile")
        new_button.clicked.connect(self.new_profile)
        row.addWidget(new_button)
        import_button = QPushButton(self.tr("Import…"), box)
        import_button.setObjectName("welcomeImport")
        import_button.clicked.connect(self.import_file)
        row.addWidget(import_button)
        return box

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Profile"), self)
        bar.setObjectName("profileToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Profile: "), bar))
        self.profile_switcher = QComboBox(bar)
        self.profile_switcher.setObjectName("profileSwitcher")
        self.profile_switcher.setMinimumWidth(220)
        self.profile_switcher.setAccessibleName(self.tr("Profile"))
        self.profile_switcher.activated.connect(self._switch_profile)
        bar.addWidget(self.profile_switcher)
        self.new_profile_action = bar.addAction(self.tr("New profile…"), self.new_profile)
        self.new_profile_action.setObjectName("newProfileAction")
        self.delete_profile_action = bar.addAction(self.tr("Delete profile…"),
                                                   self.delete_profile)
        self.addToolBar(bar)

    def _build_menu(self) -> None:
        from sm_card.gui.first_paint import after_first_paint

        # The menus' titles now (the bar's height is part of the layout); their commands,
        # shortcuts and the undo history right after the first paint (the key sequences,
        # the undo stack and their Python classes: ~2 ms), or when first asked for.
        bar = self.menuBar()
        self._menus = [bar.addMenu(title) for title in (
            self.tr("&File"), self.tr("&Edit"), self.tr("&Profile"), self.tr("&Help"))]
        self._menu_actions: MenuActions | None = None
        self._history: EditHistory | None = None
        after_first_paint(self, self._fill_menus)

    def _fill_menus(self) -> None:
        if self._menu_actions is None:
            from sm_card.gui.menus import install_menus
            from sm_card.gui.undo import EditHistory

            self._history = EditHistory(self.session, self)
            self._menu_actions = install_menus(self, self._history, self._menus)

    @property
    def menu_actions(self) -> MenuActions:
        self._fill_menus()
        assert self._menu_actions is not None
        return self._menu_actions

    @property
    def history(self) -> EditHistory:
        self._fill_menus()
        assert self._history is not None
        return self._history

    @property
    def catalog(self) -> Catalog:
        return self.services.catalog()

    # --- pages ---------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it was not visited yet."""
        if key not in self._pages:
            index = next(i for i, s in enumerate(self.pages_spec) if s.key == key)
            spec = self.pages_spec[index]
            widget = spec.factory(self.services, self.stack)
            # Screen readers say each field's visible label. Reading the widgets' focus
            # policies is PySide's first use of the Qt namespace's enums (~15 ms): for the
            # page built with the window, that waits until the window has been painted.
            if self._building:
                from sm_card.gui.first_paint import after_first_paint

                after_first_paint(self, lambda: _name_unnamed(widget))
            else:
                _name_unnamed(widget)
            old = self.stack.widget(index)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(index, self._framed(key, widget))
            self._pages[key] = widget
            lead = getattr(widget, "leadTo", None)  # the Check page leads to other pages
            if lead is not None:
                lead.connect(self.lead_to)
            opener = getattr(widget, "openRequested", None)  # the Overview page's buttons
            if opener is not None:
                opener.connect(self.open_item)
        return self._pages[key]

    def _framed(self, key: str, page: QWidget) -> QWidget:
        """The page in a scroll area: a page taller or wider than the window scrolls instead
        of making the window grow past the screen (the stack's minimum is the largest
        page's); a form keeps a readable width on a wide screen. A page that scrolls its
        own content (the first page, built before the first paint) is kept as it is:
        PySide's first use of QFrame's class costs ~8 ms."""
        if key in SCROLLS_ITSELF:
            if key in READABLE_WIDTH:
                page.setMaximumWidth(READABLE_WIDTH[key])
            return page
        from PySide6.QtCore import Qt  # (not at import: the Qt namespace costs ~15 ms)
        from PySide6.QtWidgets import QFrame, QScrollArea

        frame = QScrollArea(self.stack)
        frame.setObjectName(f"{key}Frame")
        # Not a Tab stop of its own: it showed no focus, and Tab seemed to vanish there.
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidgetResizable(True)
        frame.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if key in READABLE_WIDTH:
            page.setMaximumWidth(READABLE_WIDTH[key])
        frame.setWidget(page)
        return frame

    def current_page(self) -> QWidget | None:
        """The page on screen (the stack holds each inside its scroll area)."""
        index = self.stack.currentIndex()
        if 0 <= index < len(self.pages_spec):
            return self._pages.get(self.pages_spec[index].key)
        return None

    def show_page(self, key: str) -> QWidget:
        index = next(i for i, s in enumerate(self.pages_spec) if s.key == key)
        self.nav.setCurrentRow(index)
        return self.page(key)

    def show_page_at(self, index: int) -> None:
        if 0 <= index < len(self.pages_spec):
            self.page(self.pages_spec[index].key)
            self.stack.setCurrentIndex(index)

    def lead_to(self, finding) -> None:
        """Open the page a check finding is about, with its entry selected."""
        from sm_card.gui.pages.check_page import focus_field, page_for

        focus_field(self.show_page(page_for(finding)), finding)

    def open_item(self, profile_name: str, item) -> None:
        """An Overview line's button: that person's record, the page that fixes the item."""
        from sm_card.gui.pages.check_page import focus_field, page_for

        if self.session.profile is None or self.session.profile.name != profile_name:
            self.flush_edits()
            self.session.select(profile_name)
        key = page_for(item)
        if any(spec.key == key for spec in self.pages_spec):
            focus_field(self.show_page(key), item)

    def go_to_reminder(self, reminder) -> None:
        """The strip's "Go to Injectors" (or Surgery): that person's page, the device chosen."""
        from sm_card.core.reminders import PREMEDICATION, PROCEDURE

        if self.session.profile is None or self.session.profile.name != reminder.profile_name:
            self.flush_edits()
            self.session.select(reminder.profile_name)
        key = "surgery" if reminder.kind in (PROCEDURE, PREMEDICATION) else "injectors"
        if not any(spec.key == key for spec in self.pages_spec):
            return
        page = self.show_page(key)
        select = getattr(page, "select_device", None)
        if callable(select):
            select(reminder.subject_id)

    def flush_edits(self) -> None:
        """Save text still waiting for its debounce (before switching profile or closing),
        and a line field still being typed in: it saves on leaving, which a switch made
        without moving the focus never did."""
        from PySide6.QtWidgets import QApplication, QLineEdit

        from sm_card.gui.forms import LineBinding

        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit):
            for binding in focus.findChildren(LineBinding):
                binding.submit()
        for page in self._pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    # --- profiles --------------------------------------------------------------------------

    def _refresh_profiles(self) -> None:
        self.profile_switcher.blockSignals(True)
        self.profile_switcher.clear()
        names = self.session.profile_names()
        self.profile_switcher.addItems(names)
        current = self.session.profile.name if self.session.profile else None
        if current in names:
            self.profile_switcher.setCurrentIndex(names.index(current))
        self.profile_switcher.blockSignals(False)
        self.delete_profile_action.setEnabled(bool(names))
        self.welcome.setVisible(not names)
        self.reminder_strip.set_profile(current)
        self._show_attention()

    def _switch_profile(self, index: int) -> None:
        self.flush_edits()
        name = self.profile_switcher.itemText(index)
        if name:
            self.session.select(name)

    def new_profile(self) -> None:
        from sm_card.gui import dialogs

        name = dialogs.ask_text(self, self.tr("New profile"),
                                self.tr("Name of the person (e.g. a child in the family):"))
        if not name or not name.strip():
            return
        name = name.strip()
        if name in self.session.profile_names():
            dialogs.inform(self, self.tr("New profile"),
                           self.tr("A profile with this name exists already."))
            return
        self.flush_edits()
        self.session.add_profile(name)
        page = self.show_page("person")
        from PySide6.QtCore import Qt  # (not at import: see _framed)

        # Typing goes on in the record just made: the focus stayed on the profile box (six
        # Tabs from the first field) or was lost with the dialog.
        first = page.nextInFocusChain()
        while first is not None and first is not page and not (
                page.isAncestorOf(first) and first.focusPolicy() != Qt.FocusPolicy.NoFocus):
            first = first.nextInFocusChain()
        if first is not None and first is not page:
            first.setFocus()

    def delete_profile(self) -> None:
        from sm_card.gui import dialogs

        profile = self.session.profile
        if profile is None:
            return
        question = self.tr("Delete the whole record of {name}? Edit > Undo brings it back "
                           "while the app stays open; export it first if you may need it "
                           "later.").format(name=isolate(profile.name))
        action = self.tr("Delete {name}'s profile").format(name=isolate(profile.name))
        if dialogs.confirm_destructive(self, self.tr("Delete profile"), question, action):
            self.flush_edits()
            self.history.delete_current()

    def rename_profile(self) -> None:
        from sm_card.gui import dialogs

        profile = self.session.profile
        if profile is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename profile"), self.tr("New name:"),
                                profile.name)
        if not name or not name.strip() or name.strip() == profile.name:
            return
        if name.strip() in self.session.profile_names():
            dialogs.inform(self, self.tr("Rename profile"),
                           self.tr("A profile with this name exists already."))
            return
        self.flush_edits()
        profile.name = name.strip()
        self.session.commit()
        self._refresh_profiles()

    # --- import / export -------------------------------------------------------------------

    def import_file(self) -> None:
        from sm_card.gui import dialogs

        path = dialogs.open_file(self, self.tr("Import a record"),
                                 self.tr("sm-card files (*.json *.enc);;All files (*)"))
        if not path:
            return
        from sm_card.core import encryption, interchange
        from sm_card.core import store as store_module

        try:
            with open(path, "rb") as handle:
                raw = interchange.read_limited(handle)
            if encryption.is_encrypted(raw):
                passphrase = dialogs.ask_passphrase(
                    self, self.tr("Import"), self.tr("This file is encrypted. Passphrase:"))
                if passphrase is None:
                    return
                result = interchange.loads_encrypted(
                    raw, passphrase, today=self.session.today(),
                    known_catalog=self.catalog.known_ids())
            else:
                result = interchange.loads(raw, today=self.session.today(),
                                           known_catalog=self.catalog.known_ids())
        except (OSError, interchange.InterchangeError) as err:
            from sm_card.gui.refusal_words import refusal_text

            dialogs.inform(self, self.tr("Import"), self.tr(
                "Nothing was imported.\n\n{error}").format(error=refusal_text(err)))
            return
        existing = set(self.session.profile_names())
        replaced = [p.name for p in result.profiles if p.name in existing]
        if replaced:
            names = ", ".join(isolate(n) for n in replaced)
            question = self.tr("This replaces the current record of: {names}. A copy of "
                               "the store is put in the backups folder first; Edit > Undo "
                               "does not undo an import.").format(names=names)
            action = self.tr("Replace the record of {names}").format(names=names)
            if not dialogs.confirm_destructive(self, self.tr("Import"), question, action):
                return
        self.flush_edits()
        try:
            self.session.store.replace_profiles(result.profiles)
        except store_module.StoreError as err:  # read-only, busy, no backup: all or nothing
            from sm_card.gui.refusal_words import refusal_text

            dialogs.inform(self, self.tr("Import"), self.tr(
                "Nothing was imported.\n\n{error}").format(error=refusal_text(err)))
            return
        self.session.reload()
        if result.warnings:
            from sm_card.gui.refusal_words import notice_text

            dialogs.inform(self, self.tr("Import"),
                           "\n".join(notice_text(w) for w in result.warnings))

    def export_file(self) -> None:
        from sm_card.core import encryption, interchange
        from sm_card.core.atomic import OutputRefused, write_output_file
        from sm_card.gui import dialogs

        choice = dialogs.export_choice(self, encryption.MIN_PASSPHRASE)
        if choice is None:
            return
        stem = f"sm-card-{date.today().isoformat()}"
        if choice.encrypt:
            suggested, filters = f"{stem}.enc", self.tr("Encrypted sm-card files (*.enc)")
        else:
            suggested, filters = f"{stem}.json", self.tr("sm-card files (*.json)")
        path = dialogs.save_file(self, self.tr("Export the record"), suggested, filters)
        if not path:
            return
        self.flush_edits()
        profiles = self.session.store.load_all()
        try:
            if choice.encrypt:
                data = interchange.dumps_encrypted(profiles, choice.passphrase,
                                                   now=self.session.now())
            else:
                data = interchange.dumps(profiles, now=self.session.now()).encode("utf-8")
            write_output_file(Path(path), data, self.session.store.path.parent)
        except (OSError, OutputRefused, encryption.EnvelopeError) as err:
            from sm_card.gui.refusal_words import not_written_text, refusal_text

            why = (refusal_text(err) if isinstance(err, encryption.EnvelopeError)
                   else not_written_text(path, err))
            dialogs.inform(self, self.tr("Export"), self.tr("Not saved: {error}").format(
                error=why))
            return
        # Said, not found out after an import into a new computer: the file is the records.
        dialogs.exported(self, path, self.tr("The encrypted record") if choice.encrypt
                         else self.tr("The record"), self.tr(
                             "Not in this file: the app's settings (reminder days, paper, "
                             "an emergency number set for a profile) and your corrected "
                             "travel translations. The backups in the data folder keep "
                             "them."))

    # --- saving and closing ----------------------------------------------------------------

    def _show_save_error(self, message: str) -> None:
        self.save_error.setText("⚠ " + self.tr(
            "Your last change was NOT saved; the record on disk is as it was before. "
            "{message}").format(message=message))
        self.save_error.setToolTip(self.save_error.text())  # in full, if the slot cuts it
        self._attention.setCurrentWidget(self.save_error)
        self._show_attention()

    def _changed_elsewhere(self, conflicts: list[str]) -> None:
        """Another sm-card program (an import from a terminal, say) wrote to the store."""
        message = self.tr("The record was changed by another sm-card program; this window "
                          "shows it now.")
        if conflicts:
            message += " " + self.tr("Your edit was kept where both changed it: {fields}."
                                     ).format(fields=", ".join(conflicts))
        self.statusBar().showMessage(message, 15000)

    def _show_attention(self) -> None:
        """The reminder slot keeps its height while there is a record (nothing moves when a
        reminder arrives); with none yet, the welcome banner takes its place, not an empty
        band above it. A failed save is always shown."""
        self._attention_slot.setVisible(
            self.profile_switcher.count() > 0
            or self._attention.currentWidget() is self.save_error)

    def _saved(self) -> None:
        self._attention.setCurrentWidget(self.reminder_strip)
        self._show_attention()
        self.statusBar().showMessage(self.tr("Saved"), 2000)

    def quit(self) -> None:
        self.hide_on_close = lambda: False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.flush_edits()
        from sm_card.gui import window_state

        window_state.save(self)
        if self.hide_on_close():
            self.hide()
            event.ignore()
            return
        self.closing.emit()
        event.accept()

