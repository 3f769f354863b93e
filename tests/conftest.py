"""Shared fixtures. Every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test may touch the user's real data folder or config."""
    monkeypatch.setenv("SM_CARD_DATA_DIR", str(tmp_path / "data-from-env"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # No test may reach the desktop's notification server (the D-Bus tests start their own
    # bus and connect to it by address).
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def example_file(tmp_path) -> Path:
    target = tmp_path / "example-v1.json"
    shutil.copy(FIXTURES / "example-v1.json", target)
    return target


@pytest.fixture
def example_text() -> str:
    return (FIXTURES / "example-v1.json").read_text(encoding="utf-8")


@pytest.fixture
def qr_image():
    """A function drawing a QrMatrix as a Pillow image, ``px`` pixels a module, black on white."""
    from PIL import Image

    from sm_card.render.qr import QUIET_ZONE

    def draw(matrix, px: int = 6):
        n = matrix.count_with_quiet_zone
        img = Image.new("L", (n * px, n * px), 255)
        for r, row in enumerate(matrix.modules):
            for c, dark in enumerate(row):
                if dark:
                    x, y = (c + QUIET_ZONE) * px, (r + QUIET_ZONE) * px
                    img.paste(0, (x, y, x + px, y + px))
        return img

    return draw


@pytest.fixture
def tiny_disk(tmp_path) -> Iterator[Path]:
    """A 1 MiB tmpfs: a real disk that can be filled (needs root and mount; else skipped)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill_disk(folder: Path) -> None:
    """Take every free byte of the disk holding ``folder`` (unbuffered: no late error)."""
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


@pytest.fixture(name="fill_disk")
def fill_disk_fixture():
    return fill_disk
