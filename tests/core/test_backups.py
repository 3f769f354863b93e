"""Backups and recovery: a damaged store is kept, reported and recovered, never overwritten."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from sm_card.core import backups, interchange
from sm_card.core.models import Medication
from sm_card.core.store import Store, StoreError

TODAY = date(2026, 11, 23)


class Clock:
    def __init__(self, start: datetime):
        self.value = start

    def __call__(self) -> datetime:
        return self.value


@pytest.fixture
def filled(data_dir, example_text):
    clock = Clock(datetime(2026, 11, 23, 9, 0))
    with Store.open(data_dir, now=clock) as store:
        store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
    return clock


def test_daily_backup_on_open(data_dir, filled):
    clock = filled
    with Store.open(data_dir, now=clock):
        pass
    assert len(backups.list_backups(data_dir)) == 1  # one a day
    clock.value += timedelta(days=1, minutes=1)
    with Store.open(data_dir, now=clock):
        pass
    found = backups.list_backups(data_dir)
    assert len(found) == 2 and all(backups.is_sound(p) for p in found)
    assert found[0].stat().st_mode & 0o777 == 0o600


def test_backups_are_pruned(data_dir, filled):
    clock = filled
    for _ in range(backups.KEEP + 5):
        clock.value += timedelta(days=1, seconds=1)
        Store.open(data_dir, now=clock).close()
    assert len(backups.list_backups(data_dir)) == backups.KEEP


def test_import_backs_up_first(data_dir, filled, example_text):
    with Store.open(data_dir, now=filled) as store:
        store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
    assert any("before-import" in p.name for p in backups.list_backups(data_dir))


def test_damaged_store_is_reported_kept_and_recovered(data_dir, filled):
    store_file = data_dir / "sm-card.sqlite3"
    damaged = b"\x00garbage" * 5000
    store_file.write_bytes(damaged)
    with pytest.raises(StoreError) as info:
        Store.open(data_dir, now=filled)
    assert "sm-card recover" in str(info.value)
    assert store_file.read_bytes() == damaged  # never overwritten
    used, kept = backups.recover(data_dir, filled())
    assert kept.read_bytes() == damaged
    with Store.open(data_dir, now=filled) as store:
        assert store.profile_names() == ["Alex Example"]


def test_recover_without_backup_changes_nothing(data_dir):
    data_dir.mkdir()
    (data_dir / "sm-card.sqlite3").write_bytes(b"junk")
    with pytest.raises(FileNotFoundError):
        backups.recover(data_dir, datetime(2026, 1, 1))
    assert (data_dir / "sm-card.sqlite3").read_bytes() == b"junk"


def test_full_disk_leaves_the_last_saved_record(data_dir, filled):
    """SQLite's max_page_count makes the disk 'full' for this connection."""
    with Store.open(data_dir, now=filled) as store:
        profile = store.load_profile("Alex Example")
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        profile.medications = [Medication(f"drug {i}", "x" * 2000) for i in range(200)]
        with pytest.raises(StoreError, match="full"):
            store.save_profile(profile)
    with Store.open(data_dir, now=filled) as store:
        assert len(store.load_profile("Alex Example").medications) == 3


def test_cli_recover(tmp_path, example_file):
    data = tmp_path / "d"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data), *args],
                              capture_output=True, text=True, timeout=60)

    assert run("import", str(example_file)).returncode == 0
    assert run("backup").returncode == 0
    (data / "sm-card.sqlite3").write_bytes(b"broken" * 100)
    failed = run("profiles")
    assert failed.returncode == 4 and "sm-card recover" in failed.stderr
    fixed = run("recover")
    assert fixed.returncode == 0 and "damaged store kept as" in fixed.stdout
    assert run("profiles").stdout == "Alex Example\n"
