"""The shipped desktop entry and AppStream metadata pass the freedesktop validators and agree.

resources/desktop/ is what software centres, the bundle and `sm-card install-desktop` use.
"""

import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sm_card.core import desktop_integration as di
from sm_card.core.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = resource_path("desktop", di.DESKTOP_FILENAME)
METAINFO = resource_path("desktop", di.METAINFO_FILENAME)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is installed by .ci/run")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout
    assert "error" not in done.stdout and "warning" not in done.stdout, done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstream is installed by .ci/run")
def test_metainfo_validates_without_errors_or_warnings():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "\nE:" not in "\n" + done.stdout and "\nW:" not in "\n" + done.stdout, done.stdout


def test_ids_agree_across_entry_metainfo_and_the_app():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == di.APP_ID
    assert root.find("launchable").text == di.DESKTOP_FILENAME
    assert f"Icon={di.APP_ID}" in DESKTOP.read_text(encoding="utf-8").splitlines()
    assert root.findtext("project_license") == "MIT"
    # Wayland compositors match the window to the menu entry by this name
    app_source = (ROOT / "sm_card" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{di.APP_ID}")' in app_source


def test_release_notes_name_this_version():
    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    releases = ET.parse(METAINFO).getroot().find("releases")
    newest = releases.find("release")
    assert newest.get("version") == version
    assert newest.find("description") is not None and newest.get("date")


def test_no_placeholder_urls():
    # AppStream wants screenshots as https URLs of a public home, which the project does not
    # have yet: none is invented (README "Download and run" says so). When one is added, it
    # is a real https address.
    root = ET.parse(METAINFO).getroot()
    urls = [e.text or "" for e in root.iter() if e.tag in ("image", "url", "video")]
    assert all(u.startswith("https://") and "example" not in u for u in urls), urls
