"""The self-contained bundle against the pip install: size on disk and start-up, same run.

    .venv/bin/python bench/bench_bundle.py [--bundle DIR] [--archive FILE] [--runs 5]

Without --bundle, builds one first (packaging/build_bundle.py, about a minute). Sizes: the
unpacked bundle folder (and its archive) against what `pip install .` adds to a venv (the files
of sm-card and of every distribution it depends on, from their installed RECORDs; the Python
interpreter a pip user needs anyway is not counted). Start-up: wall time of
`gui --smoke-test` (opens the window, renders the card preview, exits) and of `--version`,
each a fresh process, alternating bundle and pip install, medians of --runs.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _requirement_name(spec: str) -> str | None:
    if ";" in spec and "extra ==" in spec.split(";", 1)[1]:
        return None  # an optional extra (tests): not part of what a patient installs
    # other markers (python_version) are kept: a dependency not installed is skipped below
    match = re.match(r"[A-Za-z0-9._-]+", spec.strip())
    return match.group(0) if match else None


def pip_install_size(top: str = "sm-card") -> tuple[int, list[str]]:
    """Bytes installed for ``top`` and its runtime dependencies, from their RECORD files."""
    seen: dict[str, md.Distribution] = {}
    todo = [top]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen[key] = dist
        todo += [n for n in map(_requirement_name, dist.requires or []) if n]
    total = 0
    for dist in seen.values():
        for file in dist.files or []:
            path = Path(dist.locate_file(file))
            if path.is_file():
                total += path.stat().st_size
    return total, sorted(seen)


def wall_times(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, help="an unpacked bundle folder (holds sm-card)")
    parser.add_argument("--archive", type=Path, help="its archive, to print its size too")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    bundle = args.bundle
    if bundle is None:
        work = Path(tempfile.mkdtemp(prefix="sm-card-bench-bundle-"))
        done = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--dist",
             str(work / "dist"), "--work", str(work / "work")],
            check=True, capture_output=True, text=True)
        bundle = Path(done.stdout.strip().splitlines()[-1])
        args.archive = args.archive or next((work / "dist").glob("sm-card-*"))

    bundle_bytes = folder_size(bundle)
    pip_bytes, dists = pip_install_size()
    mib = 2 ** 20
    print(f"bundle folder          {bundle_bytes / mib:7.1f} MiB  ({bundle})")
    if args.archive:
        print(f"bundle archive         {args.archive.stat().st_size / mib:7.1f} MiB  "
              f"({args.archive.name})")
    print(f"pip install (venv)     {pip_bytes / mib:7.1f} MiB  ({len(dists)} distributions, "
          "without the interpreter)")
    print(f"size ratio bundle / pip install: {bundle_bytes / pip_bytes:.2f}x")

    with tempfile.TemporaryDirectory(prefix="sm-card-bench-data-") as data:
        med = time_both(bundle, data, args.runs)
    for key, value in med.items():
        print(f"{key:22s} {value * 1000:7.0f} ms (median of {args.runs})")
    print(f"start-up ratio bundle / pip install (gui --smoke-test): "
          f"{med['bundle smoke'] / med['pip smoke']:.2f}x")
    print(f"start-up ratio bundle / pip install (--version):        "
          f"{med['bundle version'] / med['pip version']:.2f}x")


def time_both(bundle: Path, data: str, runs: int) -> dict[str, float]:
    """Median wall times, bundle and pip install alternating so both see the same load."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("SM_CARD_DATA_DIR", None)
    frozen = [str(bundle / "sm-card"), "--data-dir", data]
    script = Path(sys.executable).parent / "sm-card"
    pip = ([str(script)] if script.is_file() else [sys.executable, "-m", "sm_card"])
    pip += ["--data-dir", data]
    results: dict[str, list[float]] = {}
    for args_ in (["gui", "--smoke-test"], ["--version"]):
        for cmd in (frozen, pip):  # warm the file cache once
            subprocess.run([*cmd, *args_], env=env, check=True, capture_output=True)
    for _ in range(runs):
        for label, cmd in (("bundle", frozen), ("pip", pip)):
            for what, args_ in (("smoke", ["gui", "--smoke-test"]), ("version", ["--version"])):
                results.setdefault(f"{label} {what}", []).extend(
                    wall_times([*cmd, *args_], env, 1))
    return {k: statistics.median(v) for k, v in results.items()}


if __name__ == "__main__":
    main()
