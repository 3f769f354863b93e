"""The README's set-up line installs what Qt needs on a desktop, as .ci/run installs for CI."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_apt_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = [ln for ln in text.splitlines() if ln.startswith("sudo apt-get install ")]
    return set(line.split()[3:])


def ci_packages() -> set[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    body = re.search(r"needed=\(([^)]*)\)", text).group(1)
    return set(body.split())


def test_readme_installs_the_qt_libraries_ci_installs():
    # Qt's xcb platform (a real desktop) needs these; libxcb-icccm4 and libxcb-keysyms1 were
    # missing and the window did not open on a fresh Debian or Ubuntu.
    qt_libraries = {p for p in ci_packages()
                    if p.startswith(("libxcb", "libxkb", "libegl", "libgl", "libfontconfig",
                                     "libdbus", "libglib"))}
    assert {"libxcb-icccm4", "libxcb-keysyms1"} <= qt_libraries
    assert qt_libraries <= readme_apt_packages(), qt_libraries - readme_apt_packages()


def test_readme_names_the_screenshot_command():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m sm_card.gui.screenshots" in text
    assert (ROOT / "sm_card" / "gui" / "screenshots.py").exists()
