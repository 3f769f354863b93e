"""The store under faults, through the real command: read-only folder, full disk, recovery,
concurrent imports, a broken backups folder. Nothing crashes, nothing sound is called damaged."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

READING = [  # (arguments, accepted exit codes); outputs go outside the data folder
    (["profiles"], {0}),
    (["export", "-"], {0}),
    (["reminders", "--today", "2026-11-23"], {0, 10, 11}),
    (["qr-text"], {0}),
    (["card", "-o", "{out}/card.pdf"], {0}),
    (["ics", "-o", "{out}/dates.ics"], {0}),
    (["letter", "-o", "{out}/letter.pdf"], {0}),
    (["fhir", "-o", "{out}/ips.json"], {0}),
]


def sm_card(*args, data_dir, unprivileged=False, **kwargs):
    cmd = [sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *map(str, args)]
    if unprivileged and os.geteuid() == 0:
        # Root ignores file modes; without these capabilities it obeys them like anyone.
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: file modes cannot be tested")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kwargs)


def check_reading_commands(data_dir: Path, out: Path, *, unprivileged: bool = False) -> None:
    out.mkdir(exist_ok=True)
    for args, codes in READING:
        result = sm_card(*(a.format(out=out) for a in args), data_dir=data_dir,
                         unprivileged=unprivileged)
        assert result.returncode in codes, (args, result.stderr)
        lines = result.stderr.splitlines()
        assert "Traceback" not in result.stderr and "damaged" not in result.stderr, args
        # One line says the day's copy was not made (qr-text may add its own note).
        assert [ln for ln in lines if "backup" in ln] == lines[:1], (args, lines)
        assert lines[0].startswith("sm-card: warning: no backup today"), (args, lines)
    assert {p.name for p in out.iterdir()} == {"card.pdf", "dates.ics", "letter.pdf",
                                               "ips.json"}


def test_reading_commands_work_in_a_read_only_data_folder(tmp_path, example_file):
    data = tmp_path / "data"
    assert sm_card("import", example_file, data_dir=data).returncode == 0
    shutil.rmtree(data / "backups")  # a daily copy is due, and cannot be made
    os.chmod(data / "sm-card.sqlite3", 0o400)
    os.chmod(data, 0o500)
    try:
        check_reading_commands(data, tmp_path / "out", unprivileged=True)
        refused = sm_card("import", example_file, data_dir=data, unprivileged=True)
        assert refused.returncode == 4 and "read-only" in refused.stderr
        assert "Traceback" not in refused.stderr
    finally:
        os.chmod(data, 0o700)


def test_reading_commands_work_on_a_full_disk(tmp_path, tiny_disk, fill_disk, example_file):
    data = tiny_disk / "data"
    assert sm_card("import", example_file, data_dir=data).returncode == 0
    shutil.rmtree(data / "backups")
    fill_disk(tiny_disk)
    store_bytes = (data / "sm-card.sqlite3").read_bytes()
    check_reading_commands(data, tmp_path / "out")
    failed = sm_card("import", example_file, data_dir=data)
    assert failed.returncode == 4 and "Traceback" not in failed.stderr
    assert (data / "sm-card.sqlite3").read_bytes() == store_bytes


def test_recover_refuses_a_sound_store_and_force_keeps_it(tmp_path, example_file):
    data = tmp_path / "data"
    sm_card("import", example_file, data_dir=data)
    sm_card("backup", data_dir=data)
    before = (data / "sm-card.sqlite3").read_bytes()
    refused = sm_card("recover", data_dir=data)
    assert refused.returncode == 4 and "is sound" in refused.stderr
    assert "--force" in refused.stderr and "nothing was changed" in refused.stderr
    assert (data / "sm-card.sqlite3").read_bytes() == before
    forced = sm_card("recover", "--force", data_dir=data)
    assert forced.returncode == 0 and "previous store kept as" in forced.stdout
    assert sm_card("profiles", data_dir=data).stdout == "Alex Example\n"


def test_concurrent_imports_take_turns(tmp_path, example_file):
    data = tmp_path / "data"
    assert sm_card("import", example_file, data_dir=data).returncode == 0
    cmd = [sys.executable, "-m", "sm_card", "--data-dir", str(data), "import",
           str(example_file)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    for code, out, err in results:
        assert code == 0 and "Traceback" not in err, err
        assert out.strip() == "replaced: Alex Example"
    assert sm_card("profiles", data_dir=data).stdout == "Alex Example\n"


def test_a_backups_path_that_is_a_file_warns_and_backup_fails_clearly(tmp_path, example_file):
    data = tmp_path / "data"
    sm_card("import", example_file, data_dir=data)
    shutil.rmtree(data / "backups")
    (data / "backups").write_text("a file where the folder should be")
    listed = sm_card("profiles", data_dir=data)
    assert listed.returncode == 0 and listed.stdout == "Alex Example\n"
    assert listed.stderr.count("\n") == 1 and "is a file, not a folder" in listed.stderr
    backup = sm_card("backup", data_dir=data)
    assert backup.returncode == 4 and "is a file, not a folder" in backup.stderr
    assert "Traceback" not in backup.stderr


def test_an_existing_folder_open_to_others_is_kept_and_reported(tmp_path, example_file):
    data = tmp_path / "data"
    data.mkdir()
    os.chmod(data, 0o755)
    result = sm_card("import", example_file, data_dir=data)
    assert result.returncode == 0
    assert (data.stat().st_mode & 0o777) == 0o755
    assert "can be read or changed by other users (mode 0755)" in result.stderr
    assert f"`chmod 700 {data}` makes it private" in result.stderr


def test_a_store_file_open_to_others_is_told_chmod_600(tmp_path, example_file):
    """A file is made private with 600 (the advice said 700, a folder's mode)."""
    data = tmp_path / "data"
    assert sm_card("import", example_file, data_dir=data).returncode == 0
    os.chmod(data / "sm-card.sqlite3", 0o644)
    result = sm_card("profiles", data_dir=data)
    assert f"`chmod 600 {data / 'sm-card.sqlite3'}` makes it private" in result.stderr


def test_a_store_that_cannot_be_read_is_not_called_damaged(tmp_path, example_file):
    """An I/O error (here: its journal is a folder, so SQLite cannot read it) is no proof
    that the file is bad: no 'damaged', no recovery without --force."""
    data = tmp_path / "data"
    sm_card("import", example_file, data_dir=data)
    sm_card("backup", data_dir=data)
    before = (data / "sm-card.sqlite3").read_bytes()
    (data / "sm-card.sqlite3-journal").mkdir()
    listed = sm_card("profiles", data_dir=data)
    assert listed.returncode == 4 and "cannot read the store" in listed.stderr
    assert "damaged" not in listed.stderr and "recover" not in listed.stderr
    refused = sm_card("recover", data_dir=data)
    assert refused.returncode == 4 and "cannot be read" in refused.stderr
    assert (data / "sm-card.sqlite3").read_bytes() == before


def test_a_damaged_store_without_backups_is_rebuilt_from_an_export(tmp_path, example_file):
    """Found by a person whose backups/ folder was gone: holding a fresh export, he was told
    only "no sound backup", and `recover --from export.json` called his export no backup."""
    data = tmp_path / "data"
    assert sm_card("import", example_file, data_dir=data).returncode == 0
    assert sm_card("export", tmp_path / "export.json", data_dir=data).returncode == 0
    store = data / "sm-card.sqlite3"
    with open(store, "r+b") as handle:
        handle.truncate(5000)
    shutil.rmtree(data / "backups")
    opened = sm_card("profiles", data_dir=data)
    assert opened.returncode == 4
    assert "`sm-card recover --from FILE.json`" in opened.stderr
    none = sm_card("recover", data_dir=data)
    assert none.returncode == 4 and "`sm-card recover --from FILE.json`" in none.stderr
    missing = sm_card("recover", "--from", tmp_path / "nowhere.json", data_dir=data)
    assert missing.returncode == 4 and "no such file" in missing.stderr
    damaged = store.read_bytes()
    rebuilt = sm_card("recover", "--from", tmp_path / "export.json", data_dir=data)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert f"rebuilt from the export {tmp_path / 'export.json'}: Alex Example" in rebuilt.stdout
    kept = [p for p in data.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # kept, never overwritten
    assert sm_card("profiles", data_dir=data).stdout == "Alex Example\n"
    assert not [p for p in data.iterdir() if p.name.startswith(".rebuilding-")]
    # a file that is neither a backup nor an export changes nothing
    (tmp_path / "notes.txt").write_text("shopping list", encoding="utf-8")
    with open(store, "r+b") as handle:
        handle.truncate(5000)
    refused = sm_card("recover", "--from", tmp_path / "notes.txt", data_dir=data)
    assert refused.returncode == 3 and "neither a backup nor an export" in refused.stderr
