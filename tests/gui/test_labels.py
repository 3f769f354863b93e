"""The wrapped label the pages build their intros, status lines and warnings with."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sm_card.gui.labels import wrapped_label


def test_wrapped_label_sets_what_it_is_given(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = wrapped_label(parent, "a <b>b</b>", name="someNote", plain=True,
                          style="color: #8a1c00;")
    assert label.parent() is parent
    assert label.text() == "a <b>b</b>"
    assert label.objectName() == "someNote"
    assert label.wordWrap()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.styleSheet() == "color: #8a1c00;"
    assert parent.findChild(type(label), "someNote") is label


def test_wrapped_label_defaults_leave_qt_defaults(qtbot):
    label = wrapped_label(None)
    qtbot.addWidget(label)
    assert label.parent() is None
    assert label.text() == ""
    assert label.objectName() == ""
    assert label.wordWrap()
    assert label.textFormat() == Qt.TextFormat.AutoText  # rich text in an intro still works
    assert label.styleSheet() == ""


def test_labels_module_loads_nothing_the_first_paint_does_not_need():
    # The overview page and the main window import it before their first paint.
    code = (
        "import sys\n"
        "import PySide6.QtWidgets\n"
        "before = set(sys.modules)\n"
        "import sm_card.gui.labels\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "['sm_card', 'sm_card.gui', 'sm_card.gui.labels']"


def test_a_label_that_is_not_plain_leaves_the_qt_namespace_alone():
    # PySide builds the Qt namespace's enum classes on its first use (~9 ms): the window's
    # labels before the first paint must not be that first use.
    code = (
        "import PySide6.QtCore as core\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from sm_card.gui.labels import wrapped_label\n"
        "wrapped_label(None, 'x', name='n', style='color: red;')\n"
        "print('Qt' in core.__dict__)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout
    assert out.strip() == "False"
