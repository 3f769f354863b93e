"""The entry point (sm_card/entry.py) keeps the cyclic garbage collector off while the program
starts, and every path turns it on again: a command before it runs (having frozen what start-up
made), the window after its first paint, and the return from main in any case."""

from __future__ import annotations

import os
import subprocess
import sys

# A command's handler replaced by one that reports whether the collector runs, how much
# start-up left frozen, and whether a cycle the command makes is still collected.
COMMAND = """
import gc, sys
import sm_card.commands.check as check

def run_check(ctx):
    print("GC_IN_COMMAND", gc.isenabled())
    print("FROZEN", gc.get_freeze_count())
    cycle = []
    cycle.append(cycle)
    del cycle
    print("COLLECTED", gc.collect())
    return 0

check.run_check = run_check
from sm_card import entry
sys.argv = ["sm-card", "--data-dir", sys.argv[1], "check"]
code = entry.main()
print("GC_AFTER", gc.isenabled(), "CODE", code)
"""

# The window's first paint and the end of the app, seen from an event filter.
WINDOW = """
import gc, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Spy(QObject):
    seen = None  # at the window's first paint
    last = None  # at its last paint (the smoke test shows the card page, reminders in)
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            if self.seen is None:
                self.seen = gc.isenabled()
            self.last = gc.isenabled()
        return False

app = QApplication(sys.argv[:1])
spy = Spy()
app.installEventFilter(spy)
gc.enable()  # as a fresh interpreter has it; entry.main switches it off
from sm_card import entry
sys.argv = ["sm-card", "--data-dir", sys.argv[1], "gui", "--smoke-test"]
code = entry.main()
print("GC_AT_FIRST_PAINT", spy.seen, "GC_AT_LAST_PAINT", spy.last, "CODE", code)
"""


def _run(script: str, data_dir) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=120)
    return done.stdout + done.stderr


def test_a_command_runs_with_the_collector_on(data_dir):
    out = _run(COMMAND, data_dir)
    assert "GC_IN_COMMAND True" in out, out
    assert "GC_AFTER True CODE 0" in out, out
    # the modules and classes of start-up are frozen (tens of thousands of objects), and the
    # command's own garbage is collected all the same
    frozen = int(out.split("FROZEN ")[1].split()[0])
    assert frozen > 10_000, out
    assert int(out.split("COLLECTED ")[1].split()[0]) >= 1, out


def test_main_called_in_a_running_program_freezes_nothing(data_dir):
    import gc

    from sm_card.cli import main

    before = gc.get_freeze_count()
    assert main(["--data-dir", str(data_dir), "profiles"]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == before


def test_the_window_paints_first_with_the_collector_off_then_turns_it_on(data_dir):
    out = _run(WINDOW, data_dir)
    assert "GC_AT_FIRST_PAINT False GC_AT_LAST_PAINT True CODE 0" in out, out


def test_the_installed_script_and_python_m_start_through_the_entry_point():
    from pathlib import Path

    import sm_card

    root = Path(sm_card.__file__).parent
    assert "from sm_card.entry import main" in (root / "__main__.py").read_text()
    pyproject = root.parent / "pyproject.toml"
    if pyproject.exists():  # a source checkout
        assert 'sm-card = "sm_card.entry:main"' in pyproject.read_text()
