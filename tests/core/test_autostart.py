"""Start at login: the Linux file for real in a temporary home; Windows and macOS by content."""

import configparser
import plistlib
import shutil
import subprocess

import pytest

from sm_card.core import autostart

COMMAND = ["/opt/My Apps/bin/sm-card", "gui"]


def unquote_exec(value: str) -> list[str]:
    """Split an Exec value the way the Desktop Entry Specification says a launcher does."""
    value = value.replace("\\\\", "\\")  # desktop-file string escaping first
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(value):
        c = value[i]
        if quoted:
            if c == "\\" and i + 1 < len(value):
                current += value[i + 1]
                i += 1
            elif c == '"':
                quoted = False
            else:
                current += c
        elif c == '"':
            quoted = started = True
        elif c == " ":
            if started:
                args.append(current)
            current, started = "", False
        else:
            current += c
            started = True
        i += 1
    if started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def read_desktop(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_linux_enable_disable_in_xdg_config_home(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    home = tmp_path / "home"
    assert not autostart.is_enabled("linux", env, home)
    where = autostart.enable(COMMAND, "linux", env, home)
    path = tmp_path / "cfg" / "autostart" / "sm-card.desktop"
    assert where == str(path) and path.exists()
    assert autostart.is_enabled("linux", env, home)
    entry = read_desktop(path)
    assert entry["Type"] == "Application" and entry["Name"] == "sm-card"
    assert unquote_exec(entry["Exec"]) == COMMAND
    assert entry["Exec"] == '"/opt/My Apps/bin/sm-card" gui'
    autostart.disable("linux", env, home)
    assert not path.exists() and not autostart.is_enabled("linux", env, home)
    autostart.disable("linux", env, home)  # twice is fine


def test_linux_falls_back_to_home_config_when_xdg_unset_or_relative(tmp_path):
    home = tmp_path / "home"
    for env in ({}, {"XDG_CONFIG_HOME": ""}, {"XDG_CONFIG_HOME": "relative/dir"}):
        assert autostart.linux_autostart_path(env, home) == (
            home / ".config" / "autostart" / "sm-card.desktop")


def test_default_environment_is_the_test_sandbox(tmp_path):
    """conftest points XDG_CONFIG_HOME into tmp_path: enabling never touches the real home."""
    where = autostart.enable(["sm-card", "gui"], "linux")
    assert where.startswith(str(tmp_path))
    autostart.disable("linux")


@pytest.mark.parametrize("arg", ["/home/o'neil/bin/sm-card", 'with "quotes"', "cost$HOME",
                                 "back\\slash", "100%", "tab\there", "plain"])
def test_exec_quoting_round_trips(arg):
    entry = autostart.linux_desktop_entry([arg, "gui"])
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert unquote_exec(exec_line[len("Exec="):]) == [arg, "gui"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
def test_desktop_file_validates(tmp_path):
    path = tmp_path / "sm-card.desktop"
    path.write_text(autostart.linux_desktop_entry(COMMAND), encoding="utf-8")
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_windows_run_value_is_a_quoted_command_line():
    command = [r"C:\Program Files\Python312\pythonw.exe", "-m", "sm_card", "gui"]
    assert autostart.windows_run_value(command) == (
        r'"C:\Program Files\Python312\pythonw.exe" -m sm_card gui')
    assert autostart.WINDOWS_RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert autostart.autostart_location("win32") == (
        r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\sm-card")


def test_macos_launch_agent_in_a_temporary_home(tmp_path):
    home = tmp_path / "home"
    where = autostart.enable(COMMAND, "darwin", home=home)
    path = home / "Library" / "LaunchAgents" / "sm-card.plist"
    assert where == str(path)
    agent = plistlib.loads(path.read_bytes())
    assert agent == {"Label": "sm-card", "ProgramArguments": COMMAND, "RunAtLoad": True,
                     "ProcessType": "Interactive"}
    assert autostart.is_enabled("darwin", home=home)
    autostart.disable("darwin", home=home)
    assert not path.exists()


def test_default_command_starts_the_gui():
    command = autostart.default_command()
    assert command[-1] == "gui" and command[0]


def test_default_command_names_a_store_outside_the_default_folder(tmp_path):
    from sm_card.core.paths import default_data_dir

    command = autostart.default_command(tmp_path / "store")
    assert command[-3:] == ["--data-dir", str(tmp_path / "store"), "gui"]
    assert "--data-dir" not in autostart.default_command(default_data_dir())
