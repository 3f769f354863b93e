"""Opt-in start at login, so reminders reach the person without them opening the app.

Each platform's convention (docs/formats.md, "Start at login"): an XDG autostart ``.desktop``
file on Linux and other free desktops, a value under ``HKCU\\...\\CurrentVersion\\Run`` on
Windows, a LaunchAgent property list on macOS. The content is built by pure functions so it
can be checked anywhere; only the file-writing parts touch the system, and the registry is
touched only on Windows.
Never enabled unless the person asks (settings: ``autostart``).
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from sm_card.core.atomic import atomic_write

APP_ID = "sm-card"
DESKTOP_FILENAME = f"{APP_ID}.desktop"
LAUNCH_AGENT_LABEL = APP_ID
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE_NAME = APP_ID
# The launcher id (reverse DNS): names the menu entry and the icon that `sm-card
# install-desktop` and the bundle install (core/desktop_integration), and Qt's desktop file name.
DESKTOP_APP_ID = "io.github.smcard.SmCard"


def default_command(data_dir: Path | None = None) -> list[str]:
    """How to start the app: the installed ``sm-card`` script, else this Python's module.

    ``data_dir``: the store the app started at login must open. A login session knows neither
    the ``--data-dir`` the app was started with nor a ``SM_CARD_DATA_DIR`` set in a shell, so
    a store outside the default folder is named on the command line; else the app would open
    an empty default store and no reminder of the person's devices would ever show.
    """
    from sm_card.core.paths import default_data_dir

    base = program_command()
    if data_dir is not None:
        data_dir = Path(data_dir).expanduser().absolute()
        if data_dir != default_data_dir().absolute():
            base += ["--data-dir", str(data_dir)]
    return [*base, "gui"]


def program_command() -> list[str]:
    """The sm-card that is running now, as a command: what a menu entry or login item starts.

    The self-contained bundle (PyInstaller sets ``sys.frozen``) is its own executable; on
    Windows its console-less twin ``sm-card-gui.exe`` (packaging/sm-card.spec) is preferred, so
    no console window opens with the app. A pip install's script lives beside its interpreter;
    only then is PATH searched, which may find another install.
    """
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        windowed = program.with_name("sm-card-gui.exe")
        if os.name == "nt" and windowed.exists():
            program = windowed
        return [str(program)]
    beside = Path(sys.executable).parent / (f"{APP_ID}.exe" if os.name == "nt" else APP_ID)
    script = str(beside) if beside.is_file() else shutil.which(APP_ID)
    if script:
        base = [script]
    else:
        python = Path(sys.executable)
        if os.name == "nt":  # pythonw has no console window flashing up at login
            windowed = python.with_name("pythonw.exe")
            if windowed.exists():
                python = windowed
        base = [str(python), "-m", "sm_card"]
    return base


# --- Linux and other XDG desktops ------------------------------------------------------------

# Characters that force an Exec argument into double quotes (Desktop Entry Specification).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_argument(arg: str) -> str:
    arg = arg.replace("%", "%%")  # a lone % would be a field code
    if not arg or any(c in _RESERVED for c in arg):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        arg = f'"{inner}"'
    # The Exec value is itself a desktop-file string, in which a backslash is written twice.
    return arg.replace("\\", "\\\\")


def desktop_exec(command: Sequence[str]) -> str:
    return " ".join(_exec_argument(a) for a in command)


def linux_autostart_path(environ: Mapping[str, str] | None = None,
                         home: Path | None = None) -> Path:
    """``$XDG_CONFIG_HOME/autostart/sm-card.desktop`` (``~/.config`` when unset or relative)."""
    environ = os.environ if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and os.path.isabs(config) else (
        (home or Path.home()) / ".config")
    return base / "autostart" / DESKTOP_FILENAME


def linux_desktop_entry(command: Sequence[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        "Name=sm-card",
        "Comment=Epinephrine injector expiry reminders",
        f"Exec={desktop_exec(command)}",
        f"Icon={DESKTOP_APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


# --- macOS -----------------------------------------------------------------------------------


def macos_launch_agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def macos_launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps({
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    })


# --- Windows ---------------------------------------------------------------------------------


def windows_run_value(command: Sequence[str]) -> str:
    """The REG_SZ command line stored under the Run key (Windows quoting rules)."""
    return subprocess.list2cmdline(list(command))


def _winreg():  # pragma: no cover - only on Windows
    import winreg

    return winreg


# --- switching it on and off -----------------------------------------------------------------


def _kind(platform: str) -> str:
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "xdg"


def autostart_location(platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                       home: Path | None = None) -> str:
    """Where the entry lives, to show the person (a file path, or the registry value)."""
    kind = _kind(platform)
    if kind == "windows":
        return f"HKEY_CURRENT_USER\\{WINDOWS_RUN_KEY}\\{WINDOWS_VALUE_NAME}"
    if kind == "macos":
        return str(macos_launch_agent_path(home))
    return str(linux_autostart_path(environ, home))


def is_enabled(platform: str = sys.platform, environ: Mapping[str, str] | None = None,
               home: Path | None = None) -> bool:
    kind = _kind(platform)
    if kind == "windows":  # pragma: no cover - only on Windows
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                winreg.QueryValueEx(key, WINDOWS_VALUE_NAME)
            return True
        except OSError:
            return False
    return Path(autostart_location(platform, environ, home)).exists()


def enable(command: Sequence[str] | None = None, platform: str = sys.platform,
           environ: Mapping[str, str] | None = None, home: Path | None = None) -> str:
    """Start the app at login; returns where the entry was written."""
    command = list(command or default_command())
    kind = _kind(platform)
    if kind == "windows":  # pragma: no cover - only on Windows
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            winreg.SetValueEx(key, WINDOWS_VALUE_NAME, 0, winreg.REG_SZ,
                              windows_run_value(command))
        return autostart_location(platform)
    if kind == "macos":
        path = macos_launch_agent_path(home)
        data = macos_launch_agent(command)
    else:
        path = linux_autostart_path(environ, home)
        data = linux_desktop_entry(command).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, mode=0o644)
    return str(path)


def disable(platform: str = sys.platform, environ: Mapping[str, str] | None = None,
            home: Path | None = None) -> None:
    kind = _kind(platform)
    if kind == "windows":  # pragma: no cover - only on Windows
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, WINDOWS_VALUE_NAME)
        except FileNotFoundError:
            pass
        return
    Path(autostart_location(platform, environ, home)).unlink(missing_ok=True)
