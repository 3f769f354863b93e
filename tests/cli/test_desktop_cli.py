"""`sm-card install-desktop`: the menu entry, icons and AppStream data, per user, and out again.

A real process writes into the test's own XDG_DATA_HOME (conftest); the installed files are
checked by the freedesktop validators, and the icons are decoded as the PNGs a launcher reads.
"""

import io
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from sm_card.core import desktop_integration
from sm_card.core.autostart import program_command

needs_validators = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None or shutil.which("appstreamcli") is None,
    reason="desktop-file-utils and appstream are installed by .ci/run")


def sm_card(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120,
    )


def installed_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@needs_validators
def test_install_writes_valid_entry_icons_and_metainfo(tmp_path, data_dir):
    xdg = tmp_path / "xdg-data"
    done = sm_card(data_dir, "install-desktop")
    assert done.returncode == 0, done.stdout + done.stderr

    where = desktop_integration.locations()
    assert where.desktop == xdg / "applications" / "io.github.smcard.SmCard.desktop"
    assert installed_files(xdg) == sorted(where.all())
    for path in where.all():
        assert f"installed {path}" in done.stdout
        assert path.stat().st_mode & 0o777 == 0o644  # launchers of any user session read them

    checked = subprocess.run(["desktop-file-validate", str(where.desktop)],
                             capture_output=True, text=True)
    assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(where.metainfo)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    for size, path in where.icons.items():
        assert path.parent.parent.name == f"{size}x{size}"
        image = Image.open(io.BytesIO(path.read_bytes()))
        assert image.format == "PNG" and image.size == (size, size) and image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # transparent around the round disk
        red, green, blue, alpha = image.getpixel((size // 6, size // 2))  # on the red disk
        assert alpha == 255 and red > 150 and green < 60 and blue < 80


def test_menu_entry_starts_this_sm_card_on_this_store(tmp_path, data_dir):
    assert sm_card(data_dir, "install-desktop").returncode == 0
    entry = desktop_integration.locations().desktop.read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    # a login shell's SM_CARD_DATA_DIR never reaches the menu: the store is named
    expected = [*program_command(), "--data-dir", str(data_dir.absolute()), "gui"]
    assert shlex.split(exec_line.removeprefix("Exec=")) == expected
    if Path(expected[0]).is_absolute():
        assert f"TryExec={expected[0]}" in entry.splitlines()


def test_remove_takes_out_only_what_install_wrote(tmp_path, data_dir):
    xdg = tmp_path / "xdg-data"
    unrelated = xdg / "applications" / "other.desktop"
    unrelated.parent.mkdir(parents=True)
    unrelated.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert sm_card(data_dir, "install-desktop").returncode == 0
    assert len(installed_files(xdg)) == 1 + len(desktop_integration.locations().all())

    done = sm_card(data_dir, "install-desktop", "--remove")
    assert done.returncode == 0, done.stderr
    assert installed_files(xdg) == [unrelated]
    assert done.stdout.count("removed ") == len(desktop_integration.locations().all())

    again = sm_card(data_dir, "install-desktop", "--remove")
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_without_xdg_data_home_it_goes_under_home(tmp_path, data_dir, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME")
    assert sm_card(data_dir, "install-desktop").returncode == 0
    share = tmp_path / "home" / ".local" / "share"
    assert (share / "applications" / "io.github.smcard.SmCard.desktop").is_file()
    assert (share / "icons" / "hicolor" / "512x512" / "apps" / "io.github.smcard.SmCard.png"
            ).is_file()
    assert not (tmp_path / "xdg-data").exists()


def test_unwritable_place_is_a_store_error(tmp_path, data_dir, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    done = sm_card(data_dir, "install-desktop")
    assert done.returncode == 4, done.stdout + done.stderr
    assert "cannot write" in done.stderr
