"""Build the self-contained sm-card bundle for this platform: no Python needed to run it.

    python packaging/build_bundle.py [--dist dist] [--work build/bundle] [--no-archive]

Freezes the app with PyInstaller (packaging/sm-card.spec: the interpreter, Qt with its
translations, the catalog and other resources/, Noto Sans, PDFium, fhir.resources) into one
folder, then packs it for people to download:

- Linux: ``dist/sm-card-<version>-linux-<arch>.tar.gz`` (unpack, run ``./sm-card``);
- macOS: ``dist/sm-card-<version>-macos-<arch>.tar.gz`` holding ``sm-card.app``;
- Windows: ``dist/sm-card-<version>-windows-<arch>.zip`` (``sm-card-gui.exe`` opens the app).

Run it with the Python that has sm-card's dependencies and PyInstaller installed (the
``test`` extra of pyproject.toml). The folder it packs is printed last, for tests and bench/.
A freezer builds for the platform it runs on only: CI builds each platform on its own runner
(.github/workflows/bundle.yml).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "sm-card.spec"
BUNDLE_README = ROOT / "packaging" / "README-bundle.txt"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def freeze(work: Path) -> Path:
    """Run PyInstaller; returns the folder (or .app) that holds the app."""
    dist = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)],
        check=True, cwd=ROOT,
    )
    if sys.platform == "darwin":
        return dist / "sm-card.app"
    folder = dist / "sm-card"
    shutil.copyfile(BUNDLE_README, folder / "README.txt")
    return folder


def pack(app: Path, dist: Path) -> Path:
    """The download: a tarball (Linux, macOS: keeps permissions and symlinks) or a zip."""
    dist.mkdir(parents=True, exist_ok=True)
    stem = f"sm-card-{version()}-{platform_tag()}"
    if sys.platform.startswith("win"):
        archive = dist / f"{stem}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(app.rglob("*")):
                z.write(path, Path(stem) / path.relative_to(app))
        return archive
    archive = dist / f"{stem}.tar.gz"
    # The top folder is named after the version, so unpacking never overwrites another one.
    top = app.name if app.suffix == ".app" else stem
    tmp = archive.with_name(archive.name + ".part")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=top)
    os.replace(tmp, archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the archive goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's work folder (default: build/bundle/)")
    parser.add_argument("--no-archive", action="store_true",
                        help="stop after freezing (the folder is what tests run)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    app = freeze(args.work.resolve())
    print(f"frozen in {time.perf_counter() - start:.0f} s: {app}")
    if not args.no_archive:
        archive = pack(app, args.dist.resolve())
        print(f"archive: {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    print(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
