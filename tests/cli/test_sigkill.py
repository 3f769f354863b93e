"""Hundreds of SIGKILLs at random moments during import, export and backup: afterwards the
store opens, passes SQLite's integrity check and holds one whole record, the old or the new,
never a mix; every export file left behind is whole; every finished backup is sound.

Bounded in time (the machine may be slow or shared): it stops after KILLS kills or SECONDS
seconds, and needs at least MIN_KILLS to count as a test. Runs in the default `pytest -q`.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from sm_card.core import interchange
from sm_card.core.store import Store

KILLS = 300
MIN_KILLS = 100
SECONDS = 60
PARALLEL = 3

pytestmark = pytest.mark.slow


def _record(store_dir: Path) -> list[dict]:
    """The store's profiles as interchange dicts (what "the record" means to a person)."""
    with Store.open(store_dir) as store:
        return [interchange.profile_to_dict(p) for p in store.load_all()]


def _integrity(path: Path) -> str:
    # Read-write, as the next run of the app opens it: a kill in mid-write leaves a hot
    # journal that SQLite rolls back on that open; a read-only connection cannot, and fails
    # with "attempt to write a readonly database" although nothing is damaged.
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _variant(example: dict) -> dict:
    """The same person, changed in several tables at once (a torn write would show a mix)."""
    doc = json.loads(json.dumps(example))
    alex = doc["profiles"][0]
    alex["blood_type"] = "B-"
    alex["avoid"] = list(reversed(alex["avoid"]))[:2] + [{"agent": "vancomycin"}]
    alex["injectors"] = [{"product": "Jext", "dose_mg": 0.3, "expires_on": "2028-02-01"}] * 3
    alex["emergency_plan"] = "Changed plan, written by the physician."
    alex["contacts"] = alex["contacts"][:1]
    return doc


def test_random_sigkills_never_corrupt_or_lose_the_record(tmp_path, example_file):
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    data = tmp_path / "data"
    old_file, new_file = tmp_path / "old.json", tmp_path / "new.json"
    example = json.loads(example_file.read_text("utf-8"))
    old_file.write_text(json.dumps(example), encoding="utf-8")
    new_file.write_text(json.dumps(_variant(example)), encoding="utf-8")

    def cli(*args: object) -> list[str]:
        return [sys.executable, "-m", "sm_card", "--data-dir", str(data), *map(str, args)]

    # The two whole records, as the store gives them back.
    expected = []
    for source in (old_file, new_file):
        ref = tmp_path / f"ref-{source.stem}"
        subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(ref), "import",
                        str(source)], check=True, env=env, capture_output=True, timeout=120)
        expected.append(_record(ref))
    assert expected[0] != expected[1]
    exports_expected = [json.dumps(e, sort_keys=True) for e in expected]

    start = time.monotonic()
    subprocess.run(cli("import", old_file), check=True, env=env, capture_output=True,
                   timeout=120)
    typical = time.monotonic() - start  # kill anywhere in about one run's time

    rng = random.Random(20261201)
    exports = [tmp_path / f"export-{i}.json" for i in range(PARALLEL)]
    running: list[tuple[subprocess.Popen, float]] = []
    kills = finished = 0
    deadline = time.monotonic() + SECONDS
    while kills < KILLS and time.monotonic() < deadline:
        while len(running) < PARALLEL:
            slot = len(running)
            args = rng.choice([("import", old_file), ("import", new_file),
                               ("export", exports[slot]), ("backup",)])
            proc = subprocess.Popen(cli(*args), env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            # Most kills late in a run, where the writing happens; some early.
            running.append((proc, time.monotonic() + rng.uniform(0.2, 1.8) * typical))
        time.sleep(0.005)
        still = []
        for proc, kill_at in running:
            if proc.poll() is not None:
                finished += 1
            elif time.monotonic() >= kill_at:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
            else:
                still.append((proc, kill_at))
        running = still
    for proc, _ in running:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1

    assert kills >= MIN_KILLS, f"only {kills} kills in {SECONDS} s"
    store = data / "sm-card.sqlite3"
    assert _integrity(store) == "ok"
    record = json.dumps(_record(data), sort_keys=True)
    assert record in exports_expected, "the record is neither the old nor the new one"
    for out in exports:
        if out.exists():  # an export is whole: one of the two records, never a torn file
            doc = interchange.loads(out.read_bytes(), today=date.today())
            got = json.dumps([interchange.profile_to_dict(p) for p in doc.profiles],
                             sort_keys=True)
            assert got in exports_expected
    backups = [p for p in (data / "backups").iterdir() if p.suffix == ".sqlite3"]
    assert backups
    for backup in backups:
        assert _integrity(backup) == "ok", backup
    # And the store still takes an ordinary import afterwards.
    done = subprocess.run(cli("import", new_file), env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.dumps(_record(data), sort_keys=True) == exports_expected[1]
    print(f"{kills} kills, {finished} runs finished, {time.monotonic() - start:.0f} s")
