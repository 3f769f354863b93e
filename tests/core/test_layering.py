"""core/ and render/ must stay free of Qt, and the CLI must not load it either."""

import subprocess
import sys

import pytest

CHECK = (
    "import sys, importlib, pkgutil\n"
    "import sm_card.core, sm_card.render, sm_card.cli\n"
    "for pkg in (sm_card.core, sm_card.render):\n"
    "    for m in pkgutil.iter_modules(pkg.__path__):\n"
    "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
    "sm_card.cli.build_parser()\n"
    "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
)


def test_core_render_and_cli_never_load_qt():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "", f"Qt loaded by core/render/cli: {out.stdout}"


@pytest.mark.parametrize("command", [["profiles"], ["export", "-"]])
def test_non_gui_commands_do_not_load_qt(tmp_path, command):
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['sm-card', '--data-dir', {str(tmp_path)!r}, *{command!r}]\n"
        "from sm_card import cli\n"
        "try:\n    cli.main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('QT=' + ','.join(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "QT=\n" in out.stdout or out.stdout.rstrip().endswith("QT="), out.stdout + out.stderr
