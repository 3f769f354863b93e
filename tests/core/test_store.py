"""The SQLite store on real files: round trips, migrations, atomicity, privacy."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date, datetime

import pytest

from sm_card.core import interchange
from sm_card.core.models import Injector, PartialDate, Procedure, Profile
from sm_card.core.paths import open_mode
from sm_card.core.store import SCHEMA_VERSION, Store, StoreChanged, StoreError

TODAY = date(2026, 11, 23)


@pytest.fixture
def alex(example_text) -> Profile:
    return interchange.loads(example_text, today=TODAY).profiles[0]


def test_profile_survives_close_and_reopen(data_dir, alex):
    with Store.open(data_dir) as store:
        alex.procedures.append(Procedure("hip replacement", date(2027, 2, 1), "City Hospital"))
        alex.checklist_done = ["contact-anesthesia"]
        store.save_profile(alex)
        assert alex.db_id is not None
    with Store.open(data_dir) as store:
        loaded = store.load_profile("Alex Example")
    assert loaded == alex
    assert loaded.injectors[1].expires_on == PartialDate(2027, 9)


def test_several_profiles_in_creation_order(data_dir, alex):
    with Store.open(data_dir) as store:
        store.save_profile(Profile(name="Mia (child)"))
        store.save_profile(alex)
        assert store.profile_names() == ["Mia (child)", "Alex Example"]
        assert store.default_profile_name() == "Mia (child)"
        assert store.default_profile_name("Alex Example") == "Alex Example"
        with pytest.raises(KeyError):
            store.default_profile_name("nobody")


def test_edit_and_rename_keeps_one_row(data_dir, alex):
    with Store.open(data_dir) as store:
        store.save_profile(alex)
        alex.name = "Alex E."
        alex.avoid.pop(0)
        store.save_profile(alex)
        assert store.profile_names() == ["Alex E."]
        assert [a.agent for a in store.load_profile("Alex E.").avoid][0] == "atracurium"


def test_import_replaces_same_name_and_is_all_or_nothing(data_dir, alex):
    with Store.open(data_dir) as store:
        store.save_profile(Profile(name="Other"))
        store.save_profile(alex)
        changed = interchange.loads(interchange.dumps([alex]), today=TODAY).profiles[0]
        changed.blood_type = "O-"
        store.replace_profiles([changed])
        assert store.profile_names() == ["Other", "Alex Example"]
        assert store.load_profile("Alex Example").blood_type == "O-"
        # A batch that fails part-way (a broken last profile) changes nothing.
        twin = Injector("EpiPen", 0.3, PartialDate(2028, 1))
        broken = Profile(name="Broken", injectors=[twin, twin])
        with pytest.raises(StoreError, match="UNIQUE"):
            store.replace_profiles([Profile(name="New"), Profile(name="Other"), broken])
        assert store.profile_names() == ["Other", "Alex Example"]


def test_failed_save_leaves_previous_record(data_dir, alex):
    with Store.open(data_dir) as store:
        store.save_profile(alex)
        alex.blood_type = "B+"
        # Same device id twice in one profile violates the UNIQUE constraint mid-save.
        twin = Injector("EpiPen", 0.3, PartialDate(2028, 1), id=alex.injectors[0].id)
        alex.injectors.append(twin)
        with pytest.raises(StoreError, match="UNIQUE"):
            store.save_profile(alex)
    with Store.open(data_dir) as store:
        kept = store.load_profile("Alex Example")
    assert kept.blood_type == "A+" and len(kept.injectors) == 3


def test_a_killed_writer_leaves_the_last_saved_record(data_dir, alex, tmp_path):
    """A process killed in the middle of a transaction: the journal rolls it back."""
    import subprocess
    import sys

    with Store.open(data_dir) as store:
        store.save_profile(alex)
    script = (
        "import os, sys\n"
        "from sm_card.core.store import Store\n"
        f"store = Store.open(__import__('pathlib').Path({str(data_dir)!r}))\n"
        "p = store.load_profile('Alex Example')\n"
        "conn = store._conn\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "conn.execute(\"UPDATE profiles SET blood_type = 'KILLED'\")\n"
        "conn.execute('DELETE FROM avoid')\n"
        "os._exit(9)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script])
    assert proc.returncode == 9
    with Store.open(data_dir) as store:
        kept = store.load_profile("Alex Example")
    assert kept.blood_type == "A+" and len(kept.avoid) == 4


def test_files_are_private(data_dir, alex):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    with Store.open(data_dir) as store:
        store.save_profile(alex)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "sm-card.sqlite3").stat().st_mode) == 0o600


def test_schema_version_and_foreign_keys(data_dir, alex):
    with Store.open(data_dir) as store:
        store.save_profile(alex)
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        store.delete_profile("Alex Example")
        assert conn.execute("SELECT count(*) FROM injectors").fetchone()[0] == 0


def test_store_from_a_newer_app_is_refused_untouched(data_dir):
    Store.open(data_dir).close()
    path = data_dir / "sm-card.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer sm-card"):
        Store.open(data_dir)
    assert path.read_bytes() == before


def test_damaged_file_is_reported_and_kept(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "sm-card.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="damaged or not an sm-card store"):
        Store.open(data_dir)
    assert path.read_bytes() == b"this is not a database" * 100


def test_settings_and_reminder_log(data_dir):
    with Store.open(data_dir) as store:
        assert store.get_setting("lead_days", [60, 30, 7, 0]) == [60, 30, 7, 0]
        store.set_setting("lead_days", [30, 7])
        when = datetime(2026, 11, 23, 9, 0).astimezone()
        store.record_reminder("dev-1", "lead:30", notified_at=when)
        store.record_reminder("dev-1", "lead:30", dismissed=True)
    with Store.open(data_dir) as store:
        assert store.get_setting("lead_days") == [30, 7]
        log = store.reminder_log()
        assert log[("dev-1", "lead:30")]["notified_at"] == when
        assert log[("dev-1", "lead:30")]["dismissed"] is True
        assert json.loads(json.dumps(store.get_setting("missing", {"a": 1}))) == {"a": 1}


# --- open is only open ----------------------------------------------------------------------


def snapshot(folder):
    """Every file under ``folder`` with its bytes, mode and modification time."""
    return {p.relative_to(folder): (p.read_bytes() if p.is_file() else None,
                                    p.stat().st_mode, p.stat().st_mtime_ns)
            for p in [folder, *folder.rglob("*")]}


def test_opening_and_reading_write_nothing(data_dir, alex):
    with Store.open(data_dir) as store:
        store.save_profile(alex)
    os.chmod(data_dir / "sm-card.sqlite3", 0o640)  # the person's choice: kept as it is
    before = snapshot(data_dir)
    with Store.open(data_dir) as store:
        store.load_all()
        store.reminder_log()
        store.get_setting("lead_days")
    assert snapshot(data_dir) == before


def test_an_existing_folder_keeps_its_mode(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    Store.open(shared).close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert open_mode(shared) == 0o1777
    made = tmp_path / "new" / "data"
    Store.open(made).close()
    assert stat.S_IMODE(made.stat().st_mode) == 0o700 and open_mode(made) is None


def test_a_writer_waits_its_turn_then_is_refused_clearly(data_dir, alex):
    with Store.open(data_dir, busy_timeout=0.2) as store:
        store.save_profile(alex)
        other = sqlite3.connect(data_dir / "sm-card.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process in the middle of an import
        alex.blood_type = "B+"
        with pytest.raises(StoreError, match="another program is using the store"):
            store.save_profile(alex)
        other.execute("ROLLBACK")
        other.close()
        store.save_profile(alex)
        assert store.load_profile("Alex Example").blood_type == "B+"


def test_a_save_from_a_stale_copy_is_refused(data_dir, alex):
    with Store.open(data_dir) as store:
        store.save_profile(alex)
        seen = store.data_version()
        with Store.open(data_dir) as cli:  # another program imports meanwhile
            fresh = cli.load_profile("Alex Example")
            fresh.blood_type = "O-"
            cli.replace_profiles([fresh])
        alex.weight_kg = 70.0
        with pytest.raises(StoreChanged):
            store.save_profile(alex, unchanged_since=seen)
        assert store.load_profile("Alex Example").blood_type == "O-"
        assert store.data_version() != seen
        seen = store.data_version()
        store.save_profile(store.load_profile("Alex Example"), unchanged_since=seen)
        assert store.data_version() == seen  # its own writes leave the version as it is


def test_a_commit_blocked_by_a_reader_is_refused_clearly(data_dir, alex):
    with Store.open(data_dir, busy_timeout=0.2) as store:
        store.save_profile(alex)
        reader = sqlite3.connect(data_dir / "sm-card.sqlite3", isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM profiles").fetchone()  # holds a shared lock
        alex.blood_type = "B+"
        with pytest.raises(StoreError, match="another program is using the store"):
            store.save_profile(alex)
        reader.execute("COMMIT")
        reader.close()
        assert store.load_profile("Alex Example").blood_type == "A+"
