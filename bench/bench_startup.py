"""Start-up: the sm-card window against a bare Qt window with 30 fields, in the same run.

Each variant is a fresh process timed from spawn until its first paint has been processed
(the process then exits). Prints medians and the ratio; the goal is "about as fast as a bare
Qt window" (ratio near 1). Also times a CLI command against a bare interpreter (no Qt loaded).

    .venv/bin/python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
app = QApplication([])
w = QWidget(); form = QFormLayout(w)
for i in range(30):
    form.addRow(f"Field {i}", QLineEdit(w))
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

SM_CARD = """
import sys, tempfile
from datetime import date
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sm_card.core.store import Store
from sm_card.gui.app import _catalog, load_demo
from sm_card.gui.main_window import MainWindow
from sm_card.gui.services import Services
from sm_card.gui.session import ProfileSession
app = QApplication([])
store = Store.open(Path(sys.argv[1]))
if not store.profile_names():
    load_demo(store, date.today())
w = MainWindow(Services(ProfileSession(store), _catalog))
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    data = tempfile.mkdtemp(prefix="sm-card-bench-")
    py = sys.executable
    variants = {
        "bare Qt window (30 fields)": [py, "-c", BARE],
        "sm-card main window (demo record)": [py, "-c", SM_CARD, data],
        "bare interpreter": [py, "-c", "pass"],
        "sm-card profiles (CLI)": [py, "-m", "sm_card", "--data-dir", data, "profiles"],
    }
    for cmd in variants.values():  # warm the file cache once
        timed(cmd, env)
    results = {}
    for _ in range(args.runs):
        for name, cmd in variants.items():
            results.setdefault(name, []).append(timed(cmd, env))
    medians = {name: statistics.median(times) for name, times in results.items()}
    for name, value in medians.items():
        print(f"{name:38s} {value * 1000:7.0f} ms (median of {args.runs})")
    window_ratio = medians["sm-card main window (demo record)"] / medians[
        "bare Qt window (30 fields)"]
    cli_extra = medians["sm-card profiles (CLI)"] - medians["bare interpreter"]
    print(f"window ratio sm-card / bare Qt: {window_ratio:.2f}x (goal: about 1)")
    print(f"CLI cost over a bare interpreter: {cli_extra * 1000:.0f} ms (no Qt loaded)")


if __name__ == "__main__":
    main()
