"""import / export / profiles through a real subprocess, with the documented exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from sm_card.core import interchange


def sm_card(*args, data_dir=None, input=None):
    cmd = [sys.executable, "-m", "sm_card"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True,
                          input=input, timeout=60)


def test_import_profiles_export_round_trip(tmp_path, example_file):
    first, second = tmp_path / "a", tmp_path / "b"
    result = sm_card("import", example_file, data_dir=first)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added: Alex Example"
    assert sm_card("profiles", data_dir=first).stdout == "Alex Example\n"
    out1 = tmp_path / "out1.json"
    assert sm_card("export", out1, data_dir=first).returncode == 0
    assert sm_card("import", out1, data_dir=second).returncode == 0
    out2 = sm_card("export", "-", data_dir=second).stdout
    doc1, doc2 = json.loads(out1.read_text(encoding="utf-8")), json.loads(out2)
    doc1.pop("exported_at"), doc2.pop("exported_at")
    assert doc1 == doc2 and doc1["version"] == interchange.LATEST_VERSION == 3
    # Importing again replaces, never duplicates.
    again = sm_card("import", out1, data_dir=second)
    assert again.stdout.strip() == "replaced: Alex Example"
    assert sm_card("profiles", data_dir=second).stdout == "Alex Example\n"


def test_export_format_version_1_equals_the_example(tmp_path, example_file):
    sm_card("import", example_file, data_dir=tmp_path / "d")
    result = sm_card("export", "-", "--format-version", "1", data_dir=tmp_path / "d")
    out = json.loads(result.stdout)
    example = json.loads(example_file.read_text(encoding="utf-8"))
    assert out["profiles"] == example["profiles"]


def test_invalid_file_exits_3_and_changes_nothing(tmp_path, example_file):
    data = tmp_path / "d"
    sm_card("import", example_file, data_dir=data)
    doc = json.loads(example_file.read_text(encoding="utf-8"))
    doc["profiles"][0]["blood_type"] = "B+"
    doc["profiles"][0]["injectors"][1]["expires_on"] = "2027-13"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    result = sm_card("import", bad, data_dir=data)
    assert result.returncode == 3
    assert 'profiles[0].injectors[1].expires_on: "2027-13" is not a date' in result.stderr
    exported = json.loads(sm_card("export", "-", data_dir=data).stdout)
    assert exported["profiles"][0]["blood_type"] == "A+"


def test_unknown_catalog_id_warns_but_imports(tmp_path, example_file):
    doc = json.loads(example_file.read_text(encoding="utf-8"))
    doc["profiles"][0]["avoid"][0]["catalog_id"] = "not-in-catalog"
    path = tmp_path / "f.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = sm_card("import", path, data_dir=tmp_path / "d")
    assert result.returncode == 0
    assert "warning: profiles[0].avoid[0].catalog_id" in result.stderr


def test_store_problems_exit_4(tmp_path):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    result = sm_card("profiles", data_dir=not_a_dir)
    assert result.returncode == 4 and str(not_a_dir) in result.stderr
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "sm-card.sqlite3").write_bytes(b"garbage" * 1000)
    result = sm_card("profiles", data_dir=damaged)
    assert result.returncode == 4 and "damaged" in result.stderr
    assert (damaged / "sm-card.sqlite3").read_bytes() == b"garbage" * 1000


def test_usage_and_profile_errors(tmp_path, example_file):
    assert sm_card("no-such-command", data_dir=tmp_path).returncode == 2
    assert sm_card("import", data_dir=tmp_path).returncode == 2
    sm_card("import", example_file, data_dir=tmp_path / "d")
    result = sm_card("--profile", "Nobody", "export", "-", data_dir=tmp_path / "d")
    assert result.returncode == 0  # export covers the whole store
    missing = sm_card("import", tmp_path / "missing.json", data_dir=tmp_path / "d")
    assert missing.returncode == 3 and "missing.json" in missing.stderr


def test_data_dir_from_environment(tmp_path, example_file):
    env_dir = tmp_path / "env-data"
    env = {**os.environ, "SM_CARD_DATA_DIR": str(env_dir)}
    subprocess.run([sys.executable, "-m", "sm_card", "import", str(example_file)],
                   check=True, env=env, capture_output=True)
    with sqlite3.connect(env_dir / "sm-card.sqlite3") as conn:
        assert conn.execute("SELECT name FROM profiles").fetchall() == [("Alex Example",)]


def test_reimporting_a_version1_file_keeps_calendar_uids(tmp_path, example_file):
    first, second = tmp_path / "a", tmp_path / "b"
    for data in (first, second, first):  # the same v1 file: again here, and into another store
        assert sm_card("import", example_file, data_dir=data).returncode == 0
    uids = []
    for data in (first, second):
        out = tmp_path / f"{data.name}.ics"
        assert sm_card("ics", "-o", out, data_dir=data).returncode == 0
        uids.append(sorted(line for line in out.read_text().splitlines()
                           if line.startswith("UID:")))
    # the two active devices' expiry events (their "replace soon" events share the ids)
    assert uids[0] == uids[1]
    assert len([u for u in uids[0] if "-lead" not in u]) == 2


def test_importing_a_person_again_keeps_who_comes_first_and_what_was_printed(tmp_path,
                                                                              example_file):
    """Found by a father keeping his children's records from cron: a replaced profile was
    deleted and added anew, so the child became the first profile (the one commands print
    when none is named: his card was printed for her), and the record of his printed card
    went with the old row: a card lacking a newly avoided drug was never reported."""
    data = tmp_path / "d"
    assert sm_card("import", example_file, data_dir=data).returncode == 0
    doc = json.loads(example_file.read_text(encoding="utf-8"))
    child = json.loads(json.dumps(doc))
    child["profiles"][0]["name"] = "Mia Example"
    (tmp_path / "mia.json").write_text(json.dumps(child), encoding="utf-8")
    assert sm_card("import", tmp_path / "mia.json", data_dir=data).returncode == 0
    card = sm_card("--profile", "Alex Example", "card", "-o", tmp_path / "card.pdf",
                   data_dir=data)
    assert card.returncode == 0, card.stderr
    doc["profiles"][0]["avoid"].append({"agent": "vancomycin", "severity": "avoid"})
    (tmp_path / "alex.json").write_text(json.dumps(doc), encoding="utf-8")
    again = sm_card("import", tmp_path / "alex.json", data_dir=data)
    assert again.stdout.strip() == "replaced: Alex Example"
    assert sm_card("profiles", data_dir=data).stdout == "Alex Example\nMia Example\n"
    assert "FN:Alex Example" in sm_card("qr-text", data_dir=data).stdout
    lines = sm_card("--profile", "Alex Example", "reminders", data_dir=data).stdout
    assert "your wallet card made on" in lines and "it lacks vancomycin" in lines


def test_a_name_with_stray_spaces_replaces_the_same_person(tmp_path, example_file):
    """"Alex Example " (a trailing space, or a no-break space copied from a web page)
    imported as a second Alex Example beside the first."""
    data = tmp_path / "d"
    assert sm_card("import", example_file, data_dir=data).returncode == 0
    for name in ("Alex Example ", "Alex\u00a0Example", "  Alex   Example"):
        doc = json.loads(example_file.read_text(encoding="utf-8"))
        doc["profiles"][0]["name"] = name
        (tmp_path / "again.json").write_text(json.dumps(doc), encoding="utf-8")
        again = sm_card("import", tmp_path / "again.json", data_dir=data)
        assert again.stdout.strip() == "replaced: Alex Example", name
    assert sm_card("profiles", data_dir=data).stdout == "Alex Example\n"
