"""Speed without timing: hidden previews draw nothing, reminders wait for the first paint.

How fast it is lives in bench/run.py; these tests pin down the behaviour that makes it fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from sm_card.core import check
from sm_card.gui.first_paint import after_first_paint

TODAY = date(2026, 11, 23)


def _rename(window, qtbot, name: str) -> None:
    edit = window.show_page("person").bindings["name"].edit
    edit.setText(name)
    edit.editingFinished.emit()
    qtbot.wait(20)  # the zero-delay preview timer would have fired by now


def test_hidden_card_and_surgery_pages_render_only_when_shown(qtbot, window):
    card = window.show_page("card")
    qtbot.waitExposed(card)
    surgery = window.show_page("surgery")
    qtbot.waitExposed(surgery)
    assert card.renders == 1 and surgery.renders == 1

    for name in ("Alex Renamed", "Alex Again", "Alex Example"):
        _rename(window, qtbot, name)
    window.session.commit()  # and an edit saved elsewhere
    qtbot.wait(20)
    assert (card.renders, surgery.renders) == (1, 1), "a hidden page rendered"

    window.show_page("card")
    qtbot.waitUntil(lambda: card.renders == 2, timeout=2000)
    assert "Alex Example" in card.result.qr.text
    assert surgery.renders == 1
    window.show_page("surgery")
    qtbot.waitUntil(lambda: surgery.renders == 2, timeout=2000)
    qtbot.wait(20)
    assert card.renders == 2  # shown once, rendered once: nothing pending any more


def test_a_visible_preview_follows_an_edit_once_for_a_burst(qtbot, window):
    card = window.show_page("card")
    qtbot.waitExposed(card)
    before = card.renders
    profile = window.session.profile
    for weight in (70, 71, 72):  # three saves in one pass of the event loop
        profile.weight_kg = weight
        window.session.commit()
    qtbot.waitUntil(lambda: card.renders == before + 1, timeout=2000)
    qtbot.wait(50)
    assert card.renders == before + 1


def test_letter_pages_become_images_when_painted_and_few_are_kept(qtbot, window):
    # The smallest screen the window must fit (shown, it fits the offscreen screen's 800 px,
    # where the letter's page is wider than its room).
    window.resize(1024, 700)
    surgery = window.show_page("surgery")
    qtbot.waitExposed(surgery)
    qtbot.waitUntil(lambda: surgery.page_images.rendered >= 1, timeout=2000)
    views = surgery.page_labels
    assert views and all(v.objectName().startswith("letterPage") for v in views)
    width = surgery.page_width()  # Fit width: as wide as the preview's room allows
    assert 0 < width <= surgery.letter_scroll.viewport().width()
    for view in views:  # every page can be drawn on demand, at the preview width
        assert view.pixmap().width() == width
    assert len(surgery.page_images._images) <= surgery.page_images.keep


# In a process of its own: once run_app's event loop has ended, the test process's
# QApplication processes no more timers or paints.
FIRST_PAINT_SPY = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
from sm_card.gui.app import run_app

import PySide6.QtCore as core

class Spy(QObject):
    seen = None
    window = None
    qt_namespace = None
    def eventFilter(self, watched, event):
        if (self.seen is None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            services = getattr(watched, "services", None)
            self.seen = services is not None and services.reminders.service is not None
            self.window = watched
            # PySide builds the Qt namespace's ~100 enum classes on its first use (~9 ms)
            self.qt_namespace = "Qt" in core.__dict__
        return False

app = QApplication(sys.argv[:1])
spy = Spy()
app.installEventFilter(spy)
code = run_app(Path(sys.argv[1]), smoke_test=True)  # fails unless reminders get installed
print("CODE", code, "REMINDERS_AT_FIRST_PAINT", spy.seen, "QT_NAMESPACE", spy.qt_namespace)
# the icon follows the first paint, as the reminders do; the window has it by the end
print("ICON", not spy.window.windowIcon().isNull())
"""


def test_the_app_paints_first_then_installs_its_reminders(data_dir, example_text):
    from sm_card.core import interchange
    from sm_card.core.store import Store

    with Store.open(data_dir) as store:
        store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_SPY, str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "CODE 0 REMINDERS_AT_FIRST_PAINT False QT_NAMESPACE False" in done.stdout, (
        done.stdout + done.stderr)  # nothing before the first paint used PySide's Qt namespace
    assert "ICON True" in done.stdout, done.stdout + done.stderr


def test_after_first_paint_runs_once_after_the_paint_or_after_the_fallback(qtbot):
    shown = QLabel("painted")
    qtbot.addWidget(shown)
    calls = []
    after_first_paint(shown, lambda: calls.append("shown"), fallback_ms=60_000)
    qtbot.wait(20)
    assert calls == []  # not before the window is painted
    shown.show()
    qtbot.waitUntil(lambda: calls == ["shown"], timeout=2000)  # long before the fallback
    shown.update()
    qtbot.wait(20)
    assert calls == ["shown"]

    never = QWidget()
    qtbot.addWidget(never)
    after_first_paint(never, lambda: calls.append("fallback"), fallback_ms=30)
    qtbot.waitUntil(lambda: calls == ["shown", "fallback"], timeout=2000)


def test_after_an_edit_the_faces_come_first_and_the_sheet_follows(qtbot, window):
    card = window.show_page("card")
    qtbot.waitExposed(card)
    assert card.layout_choice == "sheet"
    faces = card.front_label.pixmap().toImage()
    sheet = card.sheet_label.pixmap().toImage()
    window.session.profile.name = "Someone Else Entirely"
    window.session.commit()
    qtbot.waitUntil(lambda: card.front_label.pixmap().toImage() != faces, timeout=2000)
    qtbot.waitUntil(lambda: card.sheet_label.pixmap().toImage() != sheet, timeout=2000)


def test_a_hidden_check_page_checks_again_when_shown(qtbot, window):
    page = window.show_page("check")
    qtbot.waitExposed(page)
    codes = [f.code for f in page.findings]
    assert check.NO_EMERGENCY_CONTACT not in codes
    window.show_page("person")
    window.session.profile.contacts = []
    window.session.commit()
    qtbot.wait(20)
    assert [f.code for f in page.findings] == codes  # hidden: not checked yet
    window.show_page("check")
    assert check.NO_EMERGENCY_CONTACT in [f.code for f in page.findings]
