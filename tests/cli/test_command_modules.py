"""The CLI builds the parser of the command it runs only: the table that says which module
registers which command must match what the modules register."""

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

from sm_card import cli

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "example-v1.json"


def test_table_names_every_command_of_every_module():
    registered = {}
    for name in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"sm_card.commands.{name}").register(sub)
        registered.update({command: name for command in sub.choices})
    assert registered == cli.COMMAND_MODULE


def test_requested_command_skips_global_options_and_leaves_help_to_the_full_parser():
    assert cli.requested_command(["--data-dir", "/x", "--profile", "A", "reminders"]) == \
        "reminders"
    assert cli.requested_command(["--data-dir=/x", "card", "-o", "-"]) == "card"
    assert cli.requested_command(["--help"]) is None
    assert cli.requested_command(["--version"]) is None
    assert cli.requested_command(["nonsense"]) is None
    assert cli.requested_command([]) is None


def test_reminders_runs_without_importing_the_other_commands(tmp_path):
    subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(tmp_path), "import",
                    str(EXAMPLE)], check=True, capture_output=True)
    code = (
        "import sys\n"
        "from sm_card import cli\n"
        f"code = cli.main(['--data-dir', {str(tmp_path)!r}, 'reminders', '--today', "
        "'2026-12-20'])\n"
        "print('CODE', code)\n"
        "print('LOADED', ','.join(sorted(m for m in sys.modules if m.startswith("
        "('sm_card.commands.', 'sm_card.core.interchange', 'hashlib', 'socket')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "Alex Example: due soon EpiPen" in out and "CODE 10" in out
    loaded = out.split("LOADED ", 1)[1].strip().split(",")
    assert loaded == ["sm_card.commands.context", "sm_card.commands.reminders"]


def test_an_unknown_command_is_still_refused_with_the_list_of_commands(capsys, tmp_path):
    try:
        cli.main(["--data-dir", str(tmp_path), "remindrs"])
    except SystemExit as exit_:
        assert exit_.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and "reminders" in err and "card" in err
