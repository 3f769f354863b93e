"""Screenshots of every page with the demo record, for the README and for looking at layout.

    xvfb-run -a python -m sm_card.gui.screenshots --out docs/screenshots \
        --readme docs/screenshot.png

(or with QT_QPA_PLATFORM=offscreen instead of xvfb-run). Each page is saved at 1024×700 (the
smallest screen the window must fit) and at 1600×1000, as ``<width>x<height>-<nn>-<page>.png``.
The demo record lives in a temporary folder; nothing of the person's is read or written.
``--today`` fixes the date so that reminders and the overview look the same on every run. The
interface is in the language the app would use (``LANGUAGE=de``, say); with
``SM_CARD_PSEUDO_L10N=1`` every string is stretched by ~40 %, to see what a longer language
would cut or push off a 1024-px screen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path

SIZES = ((1024, 700), (1600, 1000))
README_PAGE = "overview"  # the page docs/screenshot.png shows, at the first size


def _settle(app, seconds: float = 0.4) -> None:
    """Let debounced previews render and layouts settle."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def take(out: Path, today: date, sizes=SIZES, readme: Path | None = None,
         pages: list[str] | None = None) -> list[Path]:
    """Save the screenshots into ``out``; returns the files written."""
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance()
    if app is None:
        from sm_card.gui.i18n import install_translations

        app = QApplication(sys.argv[:1])
        # The person's language, as the app shows it (SM_CARD_PSEUDO_L10N=1: the pseudo-locale,
        # to see where longer words would not fit).
        install_translations(app)
    from sm_card.core.catalog import default_catalog
    from sm_card.core.store import Store
    from sm_card.gui.app import load_demo
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.reminder_service import install_reminders
    from sm_card.gui.services import Services
    from sm_card.gui.session import ProfileSession

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="sm-card-screenshots-") as folder:
        store = Store.open(Path(folder) / "data")
        try:
            load_demo(store, today)
            now = datetime.combine(today, clock_time(9, 0)).astimezone()
            session = ProfileSession(store, today=lambda: today, now=lambda: now, poll_ms=0)
            window = MainWindow(Services(session, default_catalog()))
            window.show()
            service = install_reminders(window, use_tray=False).service
            keys = pages or [spec.key for spec in window.pages_spec]
            for width, height in sizes:
                window.resize(width, height)
                for number, key in enumerate(keys):
                    window.show_page(key)
                    _settle(app)
                    if window.width() != width or window.height() != height:
                        print(f"sm-card screenshots: {key} made the window "
                              f"{window.width()}×{window.height()}", file=sys.stderr)
                    path = out / f"{width}x{height}-{number:02d}-{key}.png"
                    window.grab().save(str(path))
                    written.append(path)
                    if readme is not None and key == README_PAGE and (width, height) == sizes[0]:
                        readme.parent.mkdir(parents=True, exist_ok=True)
                        window.grab().save(str(readme))
                        written.append(readme)
            service.stop()
            from sm_card.gui.pdf_pages import PdfPages

            for page in window.findChildren(QWidget):  # previews hold PDFium documents open
                for value in vars(page).values():
                    if isinstance(value, PdfPages):
                        value.close()
            window.hide_on_close = lambda: False
            window.close()
            window.deleteLater()
            _settle(app, 0.05)
        finally:
            store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sm_card.gui.screenshots",
        description="Save a screenshot of every page with the demo record at 1024×700 and "
                    "1600×1000.")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"),
                        help="folder for the PNG files (default: docs/screenshots)")
    parser.add_argument("--readme", type=Path, default=None,
                        help="also save the Overview at 1024×700 here (docs/screenshot.png)")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 23),
                        help="the date the app believes it is (default: 2026-11-23)")
    parser.add_argument("--page", action="append", dest="pages", default=None,
                        help="only this page key (repeatable), e.g. --page card")
    args = parser.parse_args(argv)
    for path in take(args.out, args.today, readme=args.readme, pages=args.pages):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
