"""Canary for the Qt binding itself.

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to None on every Qt call that
returns nothing; after some thousands the interpreter aborts ("Fatal Python error:
none_dealloc"). pyproject.toml keeps such releases out; this test fails on any binding that
still leaks, so a later release is caught before a person's app dies mid-edit.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLineEdit, QTableWidget


def test_void_qt_calls_do_not_leak_none(qtbot):
    edit = QLineEdit()
    box = QCheckBox()
    table = QTableWidget(0, 2)
    for widget in (edit, box, table):
        qtbot.addWidget(widget)
    def exercise(calls: int) -> None:
        for i in range(calls):
            edit.setText(str(i))  # each of these returns void
            box.setChecked(bool(i % 2))
            edit.setEnabled(True)
            table.insertRow(0)
            table.removeRow(0)

    exercise(20)  # warm caches first: lazily created wrappers may keep None once
    before = sys.getrefcount(None)
    # Few enough that a leaking binding fails this assertion instead of aborting the run.
    exercise(200)
    after = sys.getrefcount(None)
    # 1,000 void calls: a leaking binding loses ~1,000 references; a sound one a handful.
    assert abs(after - before) < 50, (before, after)
