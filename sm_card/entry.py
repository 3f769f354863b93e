"""The `sm-card` command's entry point (the pip install's script, `python -m sm_card`, the
bundle): the cyclic garbage collector waits while the program starts.

Starting allocates tens of thousands of objects that live as long as the process (modules,
classes, the record's dataclasses, Qt's wrappers and enums); before the window's first paint
the collector would scan them some fifty times and find nothing to free (~4 ms of the ~40 ms
the window takes beyond a bare Qt window; docs/pitfalls.md). A command switches it on again
before it runs (cli.main, which first freezes what exists so the collector skips it), the
window right after its first paint (gui/app.py).
"""

from __future__ import annotations

import gc


def main() -> int:
    gc.disable()
    try:
        from sm_card.cli import main as run

        return run()
    finally:
        gc.enable()
