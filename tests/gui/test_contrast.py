"""Every coloured text readable (WCAG AA, 4.5:1) in the default light palette and in dark ones.

A dark theme (Windows high contrast, KDE's or GNOME's dark) gives a black or dark grey window
and white text: banners that set only a pale background put that white text on pale yellow,
and errors in dark red sat at ~2:1 on the black window. Measured from pixels: each widget is
cut from a grab of its window, its background is the colour most of it is painted in, its
text the colour (drawn in more than a few pixels) that stands out most from it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableWidget, QWidget

from sm_card.core.catalog import default_catalog
from sm_card.core.models import AvoidEntry, Injector, PartialDate, Procedure
from sm_card.core.overview import URGENT
from sm_card.core.reminders import pending_reminders
from sm_card.core.store import Store
from sm_card.gui.main_window import MainWindow
from sm_card.gui.services import Services
from sm_card.gui.session import ProfileSession

TODAY = date(2026, 11, 23)
AA = 4.5
ICON = 24  # a table cell's icon and the room after it: measured apart from the words


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def linear(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
            + 0.0722 * linear(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def dark_palette(window: str, base: str, text: str) -> QPalette:
    """A dark theme's palette, as a desktop would hand it to the app."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        for role, colour in ((QPalette.ColorRole.Window, window),
                             (QPalette.ColorRole.WindowText, text),
                             (QPalette.ColorRole.Base, base),
                             (QPalette.ColorRole.AlternateBase, window),
                             (QPalette.ColorRole.Text, text),
                             (QPalette.ColorRole.Button, window),
                             (QPalette.ColorRole.ButtonText, text),
                             (QPalette.ColorRole.ToolTipBase, window),
                             (QPalette.ColorRole.ToolTipText, text),
                             (QPalette.ColorRole.PlaceholderText, "#b0b0b0"),
                             (QPalette.ColorRole.Highlight, "#3daee9"),
                             (QPalette.ColorRole.HighlightedText, "#000000")):
            palette.setColor(group, role, QColor(colour))
    return palette


PALETTES = {
    "light": None,  # the application's own (Fusion's light palette here)
    "high-contrast-black": lambda: dark_palette("#000000", "#101010", "#ffffff"),
    "breeze-dark": lambda: dark_palette("#31363b", "#232629", "#eff0f1"),
}


@pytest.fixture(params=list(PALETTES))
def palette(request, qapp):
    """The application palette for one test; the application's own put back afterwards."""
    before = QPalette(qapp.palette())
    make = PALETTES[request.param]
    if make is not None:
        qapp.setPalette(make())
    dark = qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert dark == (make is not None)
    yield request.param
    qapp.setPalette(before)


def colour_counts(image: QImage) -> Counter[int]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height, line = image.width(), image.height(), image.bytesPerLine() // 4
    pixels = memoryview(image.constBits()).cast("I")
    return Counter(pixels[y * line + x] & 0xFFFFFF for y in range(height) for x in range(width))


def painted(widget: QWidget, rect: QRect | None = None,
            scale: int = 1) -> tuple[QColor, QColor, float]:
    """(background, text, contrast) as ``widget`` (or ``rect`` of it) is on the screen.

    ``scale``: the text is measured with the widget drawn that many times larger (by its own
    paint code) on the background found on the screen: a sign whose strokes are thinner than
    a pixel has no pixel in its full colour."""
    QApplication.processEvents()
    assert widget.isVisible(), widget.objectName()
    window = widget.window()
    area = rect if rect is not None else widget.rect()
    counts = colour_counts(
        window.grab(QRect(widget.mapTo(window, area.topLeft()), area.size())).toImage())
    background_rgb, _ = counts.most_common(1)[0]
    background = QColor(background_rgb)
    if scale > 1:
        image = QImage(area.size() * scale, QImage.Format.Format_RGB32)
        image.fill(background)
        painter = QPainter(image)
        painter.scale(scale, scale)
        widget.render(painter, QPoint(), QRegion(area), QWidget.RenderFlag.DrawChildren)
        painter.end()
        counts = colour_counts(image)
    # Not a stray pixel of an edge or a frame: a colour the glyphs' strokes are drawn in.
    enough = max(4, (sum(counts.values()) - counts[background_rgb]) // 200)
    text = max((QColor(rgb) for rgb, n in counts.items() if n >= enough and rgb != background_rgb),
               key=lambda c: contrast(c, background))
    return background, text, contrast(text, background)


def assert_readable(found: dict[str, tuple[QColor, QColor, float]], palette: str) -> None:
    report = {name: (b.name(), t.name(), round(ratio, 2)) for name, (b, t, ratio) in found.items()}
    print(palette, report)  # the figures, with -s
    low = {name: r for name, r in report.items() if r[2] < AA}
    assert not low, f"{palette}: below {AA}:1: {low}\nall: {report}"


def make_window(qtbot, session, demo: bool = False) -> MainWindow:
    from PySide6.QtGui import QAction

    win = MainWindow(Services(session, default_catalog(), demo=demo))
    qtbot.addWidget(win)
    win.resize(1100, 800)
    win.show()
    qtbot.waitUntil(lambda: win.findChild(QAction, "undoAction") is not None, timeout=5000)
    return win


@pytest.fixture
def empty_store(tmp_path):
    """A store with no profile yet: the first-start banner shows."""
    store = Store.open(tmp_path / "empty")
    yield store
    store.close()


def test_banners_are_readable(qtbot, palette, session, data_dir, empty_store, monkeypatch):
    """The demo note, the store's warnings (open to others, read-only), the backup warning,
    the first-start banner and the save error: each sets a background and its text."""
    import os
    import shutil

    from sm_card.gui.app import show_warning_banner, store_warnings, watch_backups

    window = make_window(qtbot, session, demo=True)
    os.chmod(data_dir, 0o755)
    monkeypatch.setattr(session.store, "read_only", True)
    warnings = store_warnings(session.store, data_dir)
    assert any("read-only" in w for w in warnings)
    for warning in warnings:
        show_warning_banner(window, warning)
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    (data_dir / "backups").write_text("a file where the folder should be")
    watch_backups(window, session)
    found = {"demoBanner": painted(window.findChild(QLabel, "demoBanner"))}
    for i, label in enumerate(window.findChildren(QLabel, "storeWarning")):
        found[f"storeWarning{i}: {label.text()[:30]}"] = painted(label)
    found["backupWarning"] = painted(window.findChild(QLabel, "backupWarning"))
    session.saveFailed.emit("the disk is full")
    found["saveError"] = painted(window.save_error)

    first = make_window(qtbot, ProfileSession(empty_store, today=lambda: TODAY))
    found["welcomeBanner"] = painted(first.welcome.findChild(QLabel))
    assert_readable(found, palette)


def test_the_reminder_strip_is_readable_in_each_state(qtbot, palette, window):
    profile = window.session.profile
    strip = window.reminder_strip
    strip.set_profile(profile.name)
    found = {}
    two_in_date = [Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2029, 1)),
                   Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2029, 2))]
    states = {
        "none": two_in_date,
        "soon": [Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2026, 12)),
                 Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2029, 1))],
        "act_now": [Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2026, 10))],
        "prepare": two_in_date,
    }
    for state, injectors in states.items():
        profile.injectors = injectors
        profile.procedures = ([Procedure("Dental surgery", planned_on=date(2026, 11, 30))]
                              if state == "prepare" else [])
        strip.set_reminders(pending_reminders([profile], TODAY, [60, 30, 7, 0], {}))
        assert strip.state == state
        found[state] = painted(strip.text)
    assert_readable(found, palette)


def test_error_and_warning_texts_are_readable(qtbot, palette, window, session):
    """A refused value, the add-injector dialog's error, the reminder settings' error, the
    Card page's "Check before printing", the overview's urgent sign, a duplicate entry and
    the hint under a list."""
    from sm_card.gui.pages.injectors_page import InjectorDialog

    found = {}
    person = window.show_page("person")
    birth = person.findChild(QLineEdit, "date_of_birthEdit")
    birth.setFocus()
    birth.setText("31.02.1950")
    birth.editingFinished.emit()
    found["field error"] = painted(person.findChild(QLabel, "date_of_birthError"))

    settings = window.show_page("reminder_settings")
    settings.lead_days.setText("60, soon, 7")
    settings.lead_days.editingFinished.emit()
    found["leadDaysError"] = painted(settings.lead_error)

    dialog = InjectorDialog(window, "Add", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.product.setCurrentText("Jext")
    dialog.expiry.setText("2027-13")
    assert dialog.result_injector() is None
    found["injectorError"] = painted(dialog.error)
    dialog.close()

    session.profile.contacts = []
    session.profile.injectors.append(
        Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2026, 10)))
    entry = session.profile.avoid[0].agent
    session.profile.avoid.append(AvoidEntry(agent=entry.upper()))
    session.commit()

    card = window.show_page("card")
    qtbot.waitUntil(lambda: "Check before printing" in card.warnings_label.text(), timeout=5000)
    found["Check before printing"] = painted(card.warnings_label)

    overview = window.show_page("overview")
    overview.refresh()
    QApplication.processEvents()
    urgent = [row.findChild(QLabel, "overviewSign")
              for row in overview.findChildren(QWidget, "overviewItem")
              if row.isVisible() and row.property("kind") in URGENT]
    assert urgent
    # The sign's strokes are thinner than a pixel: no pixel is drawn in its full colour.
    found["overview urgent sign"] = painted(urgent[0], scale=4)

    avoid = window.show_page("avoid")
    avoid.load()
    table = avoid.findChild(QTableWidget, "listTable")
    table.clearSelection()
    row = avoid.duplicate_rows()[0]
    cell = table.visualItemRect(table.item(row, 0)).adjusted(ICON, 0, 0, 0)  # its words
    found["duplicate entry"] = painted(table.viewport(), cell)
    found["editHint"] = painted(avoid.edit_hint)
    assert_readable(found, palette)


def test_the_injectors_bands_are_readable(qtbot, palette, window, session):
    page = window.show_page("injectors")
    table = page.findChild(QTableWidget, "injectorTable")
    found = {}
    for name, expiries in (("ok", [(2029, 1), (2029, 2), (2029, 3)]),
                           ("due soon", [(2026, 12), (2029, 1)]),
                           ("expired", [(2026, 10)])):
        session.profile.injectors = [Injector(product="Jext", dose_mg=0.3,
                                              expires_on=PartialDate(*ym), location="bag")
                                     for ym in expiries]
        session.commit()
        page.load()
        table.clearSelection()
        table.setCurrentItem(None)
        found[f"person status ({name})"] = painted(page.person_label)
        for row in range(table.rowCount()):
            for column in (0, 1):
                # the words: not the status icon, whose colours are not the text's
                rect = table.visualItemRect(table.item(row, column)).adjusted(
                    ICON if column == 0 else 0, 0, 0, 0)
                found[f"{name} row {row} column {column}"] = painted(table.viewport(), rect)
    assert_readable(found, palette)


def test_a_palette_chosen_while_the_app_runs_is_followed(qtbot, qapp, session):
    """A desktop switched to a dark theme (and back) with the window open: the banners, the
    strip, the injectors' band and rows and the error texts take the new palette's colours."""
    from sm_card.gui.app import show_warning_banner

    before = QPalette(qapp.palette())
    session.profile.injectors.append(
        Injector(product="Jext", dose_mg=0.3, expires_on=PartialDate(2026, 10)))
    session.commit()
    window = make_window(qtbot, session, demo=True)
    show_warning_banner(window, "/data can be read or changed by other users (mode 0755).")
    strip = window.reminder_strip
    strip.set_profile(session.profile.name)
    strip.set_reminders(pending_reminders([session.profile], TODAY, [60, 30, 7, 0], {}))
    assert strip.state == "act_now"
    page = window.show_page("injectors")
    table = page.findChild(QTableWidget, "injectorTable")
    table.clearSelection()
    settings = window.show_page("reminder_settings")
    settings.lead_days.setText("60, soon, 7")
    settings.lead_days.editingFinished.emit()

    def measure() -> dict[str, tuple[QColor, QColor, float]]:
        found = {"demoBanner": painted(window.findChild(QLabel, "demoBanner")),
                 "storeWarning": painted(window.findChild(QLabel, "storeWarning")),
                 "strip": painted(strip.text),
                 "leadDaysError": painted(settings.lead_error)}
        window.show_page("injectors")
        found["personStatus"] = painted(page.person_label)
        found["first row"] = painted(table.viewport(),
                                       table.visualItemRect(table.item(0, 1)))
        window.show_page("reminder_settings")
        return found

    try:
        light = measure()
        assert_readable(light, "light")
        qapp.setPalette(PALETTES["high-contrast-black"]())
        dark = measure()
        assert_readable(dark, "light, then dark")
        # the bands are dark ones now, not the light ones kept with their dark text
        assert all(luminance(dark[name][0]) < 0.2 for name in
                   ("demoBanner", "storeWarning", "strip", "personStatus", "first row"))
        qapp.setPalette(before)
        again = measure()
        assert_readable(again, "dark, then light again")
        assert {k: (b.name(), t.name()) for k, (b, t, _) in again.items()} == {
            k: (b.name(), t.name()) for k, (b, t, _) in light.items()}
    finally:
        qapp.setPalette(before)


def test_colours_that_say_something_come_from_one_place():
    """Text and background colours are chosen in gui/colours.py, light or dark as the palette
    is: a colour written anywhere else is one palette's colour in both (a banner's pale
    yellow under a dark theme's white text). Frames and the paper of a preview may stay."""
    import re
    from pathlib import Path

    import sm_card.gui

    allowed = {("pages/card_page.py", "background: white"),  # the card's paper, a picture
               ("pdf_pages.py", 'QColor("#')}  # a page's frame, not text
    gui = Path(sm_card.gui.__file__).parent
    found = []
    for path in sorted(gui.rglob("*.py")):
        name = path.relative_to(gui).as_posix()
        if name == "colours.py":
            continue
        for match in re.finditer(r"(?<![-\w])(?:color|background)\s*:\s*(?:#[0-9a-fA-F]+|"
                                 r"rgba?\(|palette\(|[a-z]+\b(?=\s*[;\"}]))|QColor\(\"#",
                                 path.read_text(encoding="utf-8")):
            if (name, match.group(0)) not in allowed:
                found.append((name, match.group(0)))
    assert not found
