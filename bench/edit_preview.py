"""Edit -> preview on screen, in the real main window (run by bench/run.py as a process).

    .venv/bin/python bench/edit_preview.py --data-dir DIR [--edits 7]

With the Card (then the Surgery) page on screen, a field of the record is changed the way a
person's typing ends (setText, then editingFinished); the time runs until the preview widget
showing the new render has been painted. Prints one JSON line: median milliseconds per page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sm_card.core.store import Store
from sm_card.gui.main_window import MainWindow
from sm_card.gui.pages.person_page import PersonPage
from sm_card.gui.services import Services
from sm_card.gui.session import ProfileSession


class PaintClock(QObject):
    """The time of the last paint of a preview widget (any widget whose name matches)."""

    def __init__(self, names: tuple[str, ...]):
        super().__init__()
        self.names = names
        self.last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched.objectName().startswith(self.names):
            self.last = time.perf_counter()
        return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--edits", type=int, default=7)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from sm_card.gui.app import _catalog

    store = Store.open(args.data_dir)
    session = ProfileSession(store)
    window = MainWindow(Services(session, _catalog))
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    from sm_card.gui.reminder_service import install_reminders

    install_reminders(window, use_tray=False)  # it re-checks after every save
    person = window.page("person")
    assert isinstance(person, PersonPage)
    edit = person.bindings["blood_type"].edit
    clock = PaintClock(("frontPreview", "letterPage"))
    app.installEventFilter(clock)
    figures = {}
    for page_key, changed in (("card", lambda p: p.result), ("letter", lambda p: p._pdf)):
        page = window.show_page("card" if page_key == "card" else "surgery")
        QTest.qWait(300)
        times = []
        for i in range(args.edits + 1):
            before = changed(page)
            edit.setText("B+" if i % 2 == 0 else "A+")
            start = time.perf_counter()
            edit.editingFinished.emit()
            deadline = start + 5
            rendered_at = None
            while time.perf_counter() < deadline:
                app.processEvents()
                if rendered_at is None and changed(page) is not before:
                    rendered_at = time.perf_counter()
                if rendered_at is not None and clock.last >= rendered_at:
                    break
                time.sleep(0.001)
            else:
                raise SystemExit(f"{page_key}: the preview did not repaint within 5 s")
            if i:  # the first edit warms the caches (fonts, imports): not what is measured
                times.append((clock.last - start) * 1000)
            QTest.qWait(50)
        figures[page_key] = statistics.median(times)
    window.hide_on_close = lambda: False
    window.close()
    store.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
