"""Backups and recovery: a damaged store is kept, reported and recovered, never overwritten."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from sm_card.core import backups, interchange
from sm_card.core.models import Medication
from sm_card.core.store import SCHEMA_VERSION, Store, StoreDamaged, StoreError

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


def test_daily_backup_is_a_step_of_its_own(data_dir, filled):
    """Opening only reads; the commands and the app ask for the day's copy afterwards."""
    clock = filled
    for _ in range(2):
        with Store.open(data_dir, now=clock) as store:
            store.daily_backup()
    assert len(backups.list_backups(data_dir)) == 1  # one a day
    clock.value += timedelta(days=1, minutes=1)
    with Store.open(data_dir, now=clock):
        pass
    assert len(backups.list_backups(data_dir)) == 1  # opening alone makes none
    with Store.open(data_dir, now=clock) as store:
        assert store.daily_backup() is not None
    found = backups.list_backups(data_dir)
    assert len(found) == 2 and all(backups.is_sound(p) for p in found)
    assert found[0].stat().st_mode & 0o777 == 0o600


def test_backups_are_pruned(data_dir, filled):
    clock = filled
    for _ in range(backups.KEEP_DAILY + 5):
        clock.value += timedelta(days=1, seconds=1)
        with Store.open(data_dir, now=clock) as store:
            store.daily_backup()
    assert len(backups.list_backups(data_dir)) == backups.KEEP_DAILY


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
    assert fixed.returncode == 0 and "damaged store kept as" in fixed.stdout, fixed.stderr
    assert run("profiles").stdout == "Alex Example\n"


# --- backups you can trust ----------------------------------------------------------------


def test_quick_imports_never_push_out_the_daily_copies(data_dir, filled, example_text):
    clock = filled
    for _ in range(backups.KEEP_DAILY + 2):  # two weeks and more of days with a daily copy
        clock.value += timedelta(days=1)
        with Store.open(data_dir, now=clock) as store:
            store.daily_backup()
    profiles = interchange.loads(example_text, today=TODAY).profiles
    with Store.open(data_dir, now=clock) as store:
        for _ in range(backups.KEEP_DAILY + 3):  # a burst of imports, all in the same second
            store.replace_profiles(profiles)
    found = backups.list_backups(data_dir)
    daily = [p for p in found if backups.is_daily(p)]
    events = [p for p in found if not backups.is_daily(p)]
    assert len(daily) == backups.KEEP_DAILY and len(events) == backups.KEEP_EVENTS
    assert len({p.name for p in events}) == backups.KEEP_EVENTS  # one second, unique names
    assert all(backups.backup_reason(p) == "before-import" for p in events)


def test_two_copies_in_one_second_get_two_names(data_dir, filled):
    with Store.open(data_dir, now=filled) as store:
        first = store.backup("manual")
        second = store.backup("manual")
    assert first != second and first.exists() and second.exists()
    # Newest first: the copy made later sorts first although both carry the same second.
    assert backups.list_backups(data_dir)[:2] == [second, first]


def test_leftover_part_files_are_cleaned_at_the_next_backup(data_dir, filled):
    folder = backups.backup_dir(data_dir)
    folder.mkdir(exist_ok=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    killed = folder / f"sm-card-20261123-090000.{dead.stdout.strip()}.part"
    old_style = folder / "sm-card-20261101-090000_daily.sqlite3.part"
    running = folder / f"sm-card-20261123-090000.{os.getppid()}.part"  # a live writer's
    for part in (killed, old_style, running):
        part.write_bytes(b"half a copy")
    os.utime(old_style, (1, 1))
    with Store.open(data_dir, now=filled) as store:
        store.backup("manual")
    assert not killed.exists() and not old_style.exists()
    assert running.exists()


def test_copies_reach_the_disk_before_older_ones_are_deleted(data_dir, filled, monkeypatch):
    """fsync of the new copy and of its folder, then rotation (a real fsync, only watched)."""
    clock = filled
    with Store.open(data_dir, now=clock) as store:
        for _ in range(backups.KEEP_EVENTS):
            store.backup("manual")
        events: list[str] = []
        real_fsync, real_unlink = os.fsync, Path.unlink

        def fsync(fd):
            events.append("fsync")
            return real_fsync(fd)

        def unlink(self, missing_ok=False):
            if self.name.endswith(".sqlite3"):
                events.append("unlink")
            return real_unlink(self, missing_ok=missing_ok)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(Path, "unlink", unlink)
        store.backup("manual")
    assert events.count("fsync") >= 2  # the copy and its folder
    assert "unlink" in events and events.index("unlink") > events.index("fsync") + 1


def test_a_backups_path_that_is_a_file_is_a_clear_error(data_dir, filled):
    shutil.rmtree(data_dir / "backups")
    (data_dir / "backups").write_text("not a folder")
    with Store.open(data_dir, now=filled) as store:  # opening is unaffected
        assert store.profile_names() == ["Alex Example"]
        with pytest.raises(backups.BackupError, match="is a file, not a folder"):
            store.backup("manual")
    assert backups.list_backups(data_dir) == []


def test_backup_onto_a_full_disk_keeps_older_copies_and_leaves_nothing(
        data_dir, filled, tiny_disk, fill_disk):
    with Store.open(data_dir, now=filled) as store:
        older = store.backup("manual")
    backup_folder = backups.backup_dir(data_dir)
    shutil.move(older, tiny_disk / older.name)
    shutil.rmtree(backup_folder)
    backup_folder.symlink_to(tiny_disk)  # backups/ now lives on the tiny disk
    fill_disk(tiny_disk)
    with Store.open(data_dir, now=filled) as store:
        with pytest.raises(backups.BackupError, match="older copies are kept"):
            store.backup("manual")
        assert store.profile_names() == ["Alex Example"]
    assert [p.name for p in backups.list_backups(data_dir)] == [older.name]
    assert not list(tiny_disk.glob("*.part"))


# --- recovery is safe -------------------------------------------------------------------


def test_recover_refuses_a_sound_store_unless_forced(data_dir, filled, example_text):
    with Store.open(data_dir, now=filled) as store:
        store.backup("manual")
        changed = store.load_profile("Alex Example")
        changed.blood_type = "O-"
        store.save_profile(changed)  # a later change the backup does not hold
    store_file = data_dir / "sm-card.sqlite3"
    before = store_file.read_bytes()
    with pytest.raises(backups.RecoverRefused, match="is sound"):
        backups.recover(data_dir, filled())
    assert store_file.read_bytes() == before
    used, kept = backups.recover(data_dir, filled(), force=True)
    assert kept.name.startswith("sm-card.sqlite3.replaced-") and kept.read_bytes() == before


def test_recover_refuses_a_store_from_a_newer_app(data_dir, filled):
    with Store.open(data_dir, now=filled) as store:
        store.backup("manual")
    store_file = data_dir / "sm-card.sqlite3"
    with sqlite3.connect(store_file) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = store_file.read_bytes()
    for force in (False, True):
        with pytest.raises(backups.RecoverRefused, match="newer sm-card"):
            backups.recover(data_dir, filled(), force=force)
    assert store_file.read_bytes() == before


def test_recovering_twice_in_one_second_keeps_both_files(data_dir, filled):
    with Store.open(data_dir, now=filled) as store:
        store.backup("manual")
    store_file = data_dir / "sm-card.sqlite3"
    kept = []
    for damage in (b"first damage" * 400, b"second damage" * 400):
        store_file.write_bytes(damage)
        kept.append(backups.recover(data_dir, filled())[1])
    assert kept[0] != kept[1]
    assert kept[0].read_bytes() == b"first damage" * 400
    assert kept[1].read_bytes() == b"second damage" * 400


def test_the_replacement_is_written_before_the_store_is_moved(data_dir, filled):
    """When the copy cannot be written, the damaged store stays exactly where it was."""
    import os

    with Store.open(data_dir, now=filled) as store:
        store.backup("manual")
    store_file = data_dir / "sm-card.sqlite3"
    store_file.write_bytes(b"damage" * 500)
    (data_dir / f"sm-card.sqlite3.restoring-{os.getpid()}").mkdir()  # the copy cannot be made
    with pytest.raises(OSError):
        backups.recover(data_dir, filled())
    assert store_file.read_bytes() == b"damage" * 500
    assert not list(data_dir.glob("sm-card.sqlite3.damaged-*"))


@pytest.mark.parametrize("name", ["with #hash", "per%41cent", "what?", "naïve Ünïcode 名"])
def test_recover_with_any_character_in_the_path(tmp_path, name, example_text):
    data_dir = tmp_path / name / "data"
    clock = Clock(datetime(2026, 11, 23, 9, 0))
    with Store.open(data_dir, now=clock) as store:
        store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
        store.backup("manual")
    assert all(backups.is_sound(p) for p in backups.list_backups(data_dir))
    (data_dir / "sm-card.sqlite3").write_bytes(b"damage" * 500)
    used, kept = backups.recover(data_dir, clock())
    with Store.open(data_dir, now=clock) as store:
        assert store.profile_names() == ["Alex Example"]


def test_a_zero_length_store_with_backups_is_damage(data_dir, filled):
    with Store.open(data_dir, now=filled) as store:
        store.backup("manual")
    store_file = data_dir / "sm-card.sqlite3"
    store_file.write_bytes(b"")
    with pytest.raises(StoreDamaged, match="empty"):
        Store.open(data_dir, now=filled)
    assert store_file.read_bytes() == b""  # not silently a new empty store
    used, kept = backups.recover(data_dir, filled())
    assert kept is not None and kept.stat().st_size == 0
    with Store.open(data_dir, now=filled) as store:
        assert store.profile_names() == ["Alex Example"]


def test_a_zero_length_store_without_backups_is_a_new_store(data_dir):
    """0 bytes and no backup: nothing was ever saved in it (documented in README)."""
    data_dir.mkdir()
    (data_dir / "sm-card.sqlite3").write_bytes(b"")
    with Store.open(data_dir) as store:
        assert store.profile_names() == []
