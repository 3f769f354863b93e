"""The self-contained bundle: built by packaging/build_bundle.py, run with no Python around.

The archive is built (PyInstaller), unpacked into a fresh folder, and its ``sm-card`` run in an
environment emptied of everything but PATH=/usr/bin:/bin, HOME and the offscreen Qt platform:
no venv, no PYTHONPATH, no SM_CARD_DATA_DIR. What it writes is checked like the pip install's
output (PDF parsed, fonts embedded, reminders' exit codes, FHIR validated inside the bundle).

Building takes about a minute on two cores. CI (CI=true) always builds afresh; a developer's
rerun reuses the archive built from the same sources (keyed on their hash) in the system's
temporary folder, outside the repository.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the Linux bundle; other platforms build in bundle.yml"),
]

ROOT = Path(__file__).resolve().parents[2]
BUILD_INPUTS = ("sm_card", "resources", "packaging", "pyproject.toml")


def source_key() -> str:
    """Hash of everything the bundle is built from, and of the freezer and interpreter."""
    import PyInstaller

    digest = hashlib.sha256(f"{sys.version}|{PyInstaller.__version__}".encode())
    for name in BUILD_INPUTS:
        top = ROOT / name
        files = [top] if top.is_file() else sorted(
            p for p in top.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def build(dist: Path, work: Path) -> Path:
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")}  # not in ~/.cache
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_bundle.py"),
         "--dist", str(dist), "--work", str(work)],
        capture_output=True, text=True, env=env, timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    archives = list(dist.glob("sm-card-*-linux-*.tar.gz"))
    assert len(archives) == 1, archives
    return archives[0]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    if os.environ.get("CI"):
        base = tmp_path_factory.mktemp("bundle-build")
        return build(base / "dist", base / "work")
    cache = Path(tempfile.gettempdir()) / "sm-card-bundle-test" / source_key()
    found = list((cache / "dist").glob("sm-card-*-linux-*.tar.gz"))
    if found:
        return found[0]
    for stale in cache.parent.glob("*"):  # builds of older sources: 90 MB each
        shutil.rmtree(stale, ignore_errors=True)
    archive = build(cache / "dist", cache / "work")
    shutil.rmtree(cache / "work", ignore_errors=True)  # 600 MB of PyInstaller's work files
    return archive


@pytest.fixture(scope="module")
def bundle(archive, tmp_path_factory) -> Path:
    """The archive unpacked where a person would: a fresh folder, nothing else around."""
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    (folder,) = target.iterdir()
    return folder


@pytest.fixture
def clean(tmp_path):
    """A HOME and a data folder, and how to run the bundle with nothing else."""
    home = tmp_path / "clean-home"
    home.mkdir()
    data = tmp_path / "clean-data"

    def run(bundle: Path, *args: str, extra_env: dict[str, str] | None = None,
            prefix: tuple[str, ...] = ()):
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
               **(extra_env or {})}
        env = {k: v for k, v in env.items() if v is not None}
        return subprocess.run([*prefix, str(bundle / "sm-card"), "--data-dir", str(data), *args],
                              env=env, cwd=home, capture_output=True, text=True, timeout=180)

    run.home, run.data = home, data
    return run


def test_archive_is_named_for_version_and_platform(archive, bundle):
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert re.fullmatch(rf"sm-card-{re.escape(version)}-linux-[a-z0-9_]+\.tar\.gz", archive.name)
    # one top folder named after the version: unpacking never overwrites another version
    assert bundle.name == archive.name.removesuffix(".tar.gz")


def test_bundle_holds_interpreter_qt_translations_catalog_fonts_and_pdfium(bundle):
    internal = bundle / "_internal"
    assert os.access(bundle / "sm-card", os.X_OK)
    assert list(internal.glob("libpython3*.so*")), "the interpreter is inside"
    assert (bundle / "README.txt").is_file()
    resources = internal / "sm_card" / "resources"
    for name in ("products.json", "agents.json", "sources.json"):
        shipped = (ROOT / "resources" / "catalog" / name).read_bytes()
        assert (resources / "catalog" / name).read_bytes() == shipped
    assert (resources / "desktop" / "io.github.smcard.SmCard.desktop").is_file()
    assert list((internal / "fontpkg_noto_sans").rglob("*.ttf"))
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_de.qm").is_file()
    assert (qt_translations / "qtbase_fr.qm").is_file()
    # the app's own .qm files, whenever resources/ ships some
    app_qm = sorted(p.name for p in (ROOT / "resources").rglob("*.qm"))
    assert sorted(p.name for p in resources.rglob("*.qm")) == app_qm
    assert list(internal.rglob("libpdfium*"))


def test_runs_without_python_card_reminders_fhir_and_the_window(bundle, clean, tmp_path):
    version = clean(bundle, "--version")
    assert version.returncode == 0 and version.stdout.startswith("sm-card "), version.stderr

    smoke = clean(bundle, "gui", "--smoke-test")
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr

    imported = clean(bundle, "import", str(ROOT / "tests" / "fixtures" / "example-v1.json"))
    assert imported.returncode == 0, imported.stderr

    card = tmp_path / "card.pdf"
    done = clean(bundle, "card", "-o", str(card), "--layout", "card")
    assert done.returncode == 0, done.stderr
    reader = PdfReader(card)
    assert len(reader.pages) == 2
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert abs(width - 85.60 / 25.4 * 72) < 0.05 and abs(height - 53.98 / 25.4 * 72) < 0.05
    fonts = {str(f["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("NotoSans" in name for name in fonts), fonts  # the bundled font, not Helvetica
    assert "Alex Example" in reader.pages[0].extract_text()

    due = clean(bundle, "reminders", "--today", "2026-12-01")
    assert due.returncode == 10, due.stdout + due.stderr
    assert "due soon" in due.stdout
    nothing = clean(bundle, "reminders", "--today", "2026-10-01", "--json")
    assert nothing.returncode == 0 and json.loads(nothing.stdout)

    summary = tmp_path / "ips.json"
    done = clean(bundle, "fhir", "-o", str(summary))  # validated by fhir.resources inside
    assert done.returncode == 0, done.stderr
    assert json.loads(summary.read_text(encoding="utf-8"))["resourceType"] == "Bundle"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb is installed by .ci/run")
def test_window_opens_on_a_real_x_server(bundle, clean):
    # offscreen proves little of what a person sees: the X11 (xcb) platform plugin and the
    # libraries it loads must be in the bundle too
    done = clean(bundle, "gui", "--smoke-test", extra_env={"QT_QPA_PLATFORM": None},
                 prefix=("xvfb-run", "-a", "-s", "-screen 0 1280x900x24"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "could not load the Qt platform plugin" not in done.stderr.lower()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is installed by .ci/run")
def test_bundle_installs_its_menu_entry_pointing_at_itself(bundle, clean, tmp_path):
    share = tmp_path / "share"
    done = clean(bundle, "install-desktop", extra_env={"XDG_DATA_HOME": str(share)})
    assert done.returncode == 0, done.stderr
    entry = share / "applications" / "io.github.smcard.SmCard.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [
        str(bundle / "sm-card"), "--data-dir", str(clean.data), "gui"]
    assert f"TryExec={bundle / 'sm-card'}" in lines
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                             text=True)
    assert checked.returncode == 0, checked.stdout
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "io.github.smcard.SmCard.png"
            ).is_file()

    removed = clean(bundle, "install-desktop", "--remove",
                    extra_env={"XDG_DATA_HOME": str(share)})
    assert removed.returncode == 0 and not entry.exists()
