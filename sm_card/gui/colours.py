"""The few colours that say something, for the palette the application has now.

A warning band (its background and its text), error text, a note to check before printing,
an urgent sign: each has one light and one dark form, chosen from the lightness of the
application palette's window colour. A band always comes with its own text colour: a pale
band left to the palette's text put a dark theme's white letters on pale yellow. Text drawn
on the window is checked against the window colour and, on a theme where it would fall short
of 4.5:1 (WCAG AA), moved towards black or white until it does not.

``paint`` colours a widget and colours it again when the palette changes (a desktop switched to
a dark or high-contrast theme while the app runs); ``on_palette_change`` does the same for
anything else (table cells). Colour is never the only signal: a sign or the words say it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

MIN_CONTRAST = 4.5  # WCAG AA for text

# band: (light background, light text), (dark background, dark text)
BANDS = {
    "error": (("#fde2e1", "#5c0000"), ("#4a1714", "#ffdad6")),  # act now, expired, not saved
    "warning": (("#fff4ce", "#4a3800"), ("#3a3000", "#ffeeb3")),  # due soon, store warnings
    "info": (("#e1ecfd", "#0b2a5c"), ("#142c52", "#dbe7ff")),  # prepare, first start
    "ok": (("#e3f4e1", "#0f3d0f"), ("#153b19", "#d4f2d0")),  # devices in date
    "neutral": (("#eef1f4", "#1f2a33"), ("#262c33", "#e6ebf0")),  # nothing due
}
# text on the window: light form, dark form
INKS = {
    "error": ("#a30000", "#ff8f87"),  # a refused value, a dialog's error
    "caution": ("#8a1c00", "#ffac8f"),  # check before printing, out-of-date outputs
    "urgent": ("#b00020", "#ff8594"),  # the overview's sign for what is urgent
}


def app_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark theme: the window colour is darker than mid-grey (HSL lightness)."""
    window = (palette or app_palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def _colour(colour: QColor | str) -> QColor:
    # Not QColor(a QColor): PySide's choice among QColor's constructors then builds the Qt
    # namespace's enums (~9 ms, docs/pitfalls.md), and the window's first paint uses this.
    return colour if isinstance(colour, QColor) else QColor(colour)


def luminance(colour: QColor | str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    c = _colour(colour)

    def linear(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(colour: QColor | str, on: QColor | str) -> str:
    """``colour``, or the least mix of it with black or white (whichever stands out more on
    ``on``) that reaches MIN_CONTRAST on ``on``, as #rrggbb."""
    c, background = _colour(colour), _colour(on)
    if contrast(c, background) >= MIN_CONTRAST:
        return c.name()
    towards = (QColor("#ffffff") if contrast("#ffffff", background) >= contrast("#000000",
                                                                                background)
               else QColor("#000000"))
    for step in range(1, 21):
        t = step / 20
        mixed = QColor(round(c.red() + (towards.red() - c.red()) * t),
                       round(c.green() + (towards.green() - c.green()) * t),
                       round(c.blue() + (towards.blue() - c.blue()) * t))
        if contrast(mixed, background) >= MIN_CONTRAST:
            return mixed.name()
    return towards.name()


def band(name: str, palette: QPalette | None = None) -> tuple[str, str]:
    """A band's (background, text) for the palette."""
    light, dark = BANDS[name]
    background, text = dark if is_dark(palette) else light
    return background, readable(text, background)


def ink(name: str, palette: QPalette | None = None) -> str:
    """Text colour ``name`` for text drawn on the palette's window colour; "hint": the
    palette's placeholder grey (a hint under a table), darker or lighter where it is too
    faint to read (Qt's default, half-transparent black, gives 3.9:1 on its window)."""
    palette = palette or app_palette()
    window = palette.color(QPalette.ColorRole.Window)
    if name == "hint":
        grey = palette.color(QPalette.ColorRole.PlaceholderText)
        a = grey.alphaF()
        colour = QColor(round(grey.red() * a + window.red() * (1 - a)),
                        round(grey.green() * a + window.green() * (1 - a)),
                        round(grey.blue() * a + window.blue() * (1 - a)))
        return readable(colour, window)
    light, dark = INKS[name]
    return readable(dark if is_dark(palette) else light, window)


def role_colours(role: str) -> tuple[str | None, str]:
    """(background or None, text) for "band:NAME" (a background and its text) or "ink:NAME"
    (text on the window)."""
    kind, _, name = role.partition(":")
    if kind == "band":
        return band(name)
    if kind == "ink":
        return None, ink(name)
    raise ValueError(f"unknown colour role {role!r}")


def _scheme() -> str:
    """What the colours are chosen from: the application palette's window and text."""
    palette = app_palette()
    return (f"{palette.color(QPalette.ColorRole.Window).rgba():08x}"
            f"{palette.color(QPalette.ColorRole.WindowText).rgba():08x}")


def _palette_changed(event: QEvent) -> bool:
    # A widget hears of a new application palette with PaletteChange, a window also with
    # ApplicationPaletteChange; the palette set by _apply_palette() sends PaletteChange too.
    return event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class _Follower(QObject):
    """Calls ``apply`` when the palette that the colours come from has changed."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]):
        super().__init__(widget)
        self.apply = apply
        self.scheme = _scheme()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if _palette_changed(event) and (scheme := _scheme()) != self.scheme:
            self.scheme = scheme
            self.apply()
        return False


class _Repainter(QObject):
    """One filter for every painted widget: its role is on the widget, so no object is made
    (and deleted) per widget; the overview makes and drops its signs on every refresh."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (_palette_changed(event) and isinstance(watched, QWidget)
                and watched.property("colourScheme") != _scheme()):
            _apply_palette(watched)
        return False


_repainter: _Repainter | None = None


def on_palette_change(widget: QWidget, apply: Callable[[], None]) -> None:
    """Call ``apply`` whenever the application palette changes while ``widget`` lives."""
    _Follower(widget, apply)


def paint(widget: QWidget, role: str | None) -> None:
    """Give ``widget`` the colours of ``role`` (see ``role_colours``), now and after every
    change of the application palette; None: the palette's own colours again.

    Through the widget's palette, not a style sheet: a style sheet's text colour fixes the
    whole palette of its widget, which then hears of no change of the application's
    (a banner stayed light in a window turned dark). The palette reaches the widget's
    children: a box's labels take the band's text colour, its buttons keep their own."""
    global _repainter
    widget.setProperty("colourRole", role)
    _apply_palette(widget)
    if _repainter is None:
        _repainter = _Repainter()
    widget.installEventFilter(_repainter)  # installed again, it is still one filter


def _apply_palette(widget: QWidget) -> None:
    role = widget.property("colourRole")
    widget.setProperty("colourScheme", _scheme())
    if not role:
        widget.setAutoFillBackground(False)
        widget.setPalette(QPalette())  # nothing set: all from the parent again
        return
    background, text = role_colours(role)
    palette = QPalette()  # only the roles set here; the rest still follows the parent
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    widget.setAutoFillBackground(background is not None)
    widget.setPalette(palette)
