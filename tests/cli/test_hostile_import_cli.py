"""Hostile files given to `sm-card import`: exit 3, one clear line, fast, small, store unchanged.

Each case runs in its own process, measured by a small wrapper (CPU time and peak memory of
that process alone), against a store that already holds the example record. CPU time, not wall time:
the test machine is shared, and a busy neighbour must not fail the test (wall time is still
bounded, loosely).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from sm_card.core import interchange

LIMIT_SECONDS = 2.0  # CPU seconds (user + system) of the whole command
WALL_SECONDS = 20.0
LIMIT_KB = 200 * 1024


# Measured from a small wrapper process, not from pytest: a child forked from a large parent
# inherits the parent's resident pages in its peak, which would measure the test, not sm-card.
MEASURE = r"""
import json, os, resource, subprocess, sys
stats, argv = sys.argv[1], sys.argv[2:]
code = subprocess.call(argv)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(stats, "w") as out:
    json.dump({"code": code, "cpu": usage.ru_utime + usage.ru_stime, "kb": usage.ru_maxrss}, out)
"""


def run_measured(args: list[str], tmp_path: Path, stdin=None) -> tuple[int, str, str, float, int]:
    out, err, stats = tmp_path / "out.txt", tmp_path / "err.txt", tmp_path / "stats.json"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    with open(out, "wb") as o, open(err, "wb") as e:
        start = time.monotonic()
        subprocess.run([sys.executable, "-c", MEASURE, str(stats), sys.executable, "-m",
                        "sm_card", *args], stdout=o, stderr=e,
                       stdin=stdin if stdin is not None else subprocess.DEVNULL, env=env,
                       check=True, timeout=WALL_SECONDS)
        assert time.monotonic() - start < WALL_SECONDS
    measured = json.loads(stats.read_text())
    return (measured["code"], out.read_text("utf-8", "replace"),
            err.read_text("utf-8", "replace"), measured["cpu"], measured["kb"])


@pytest.fixture(scope="module")
def loaded_store(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("hostile") / "data"
    fixture = Path(__file__).parent.parent / "fixtures" / "example-v1.json"
    done = subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data), "import",
                           str(fixture)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return data


def _doc(**profile) -> str:
    return json.dumps({"format": "sm-card", "version": 1,
                       "profiles": [{"name": "Hostile", **profile}]})


def _device(dose: str) -> str:
    head = '{"format": "sm-card", "version": 1, "profiles": [{"name": "A", "injectors": '
    return head + '[{"product": "EpiPen", "dose_mg": ' + dose + ', "expires_on": "2027-01"}]}]}'


def _cases(tmp: Path, only: str | None = None) -> dict[str, tuple[Path, str]]:
    """name -> (file, a phrase the one-line message must hold); ``only`` writes just one."""
    example = json.loads((Path(__file__).parent.parent / "fixtures" /
                          "example-v1.json").read_text("utf-8"))
    texts: dict[str, tuple[str | bytes, str]] = {
        "deep": ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
        "deep-objects": ('{"a":' * 200_000 + "1" + "}" * 200_000, "nested too deeply"),
        "400-digit-dose": (_device("9" * 400), "more than 32 characters"),
        "5001-digit-number": ('{"format": "sm-card", "version": ' + "1" * 5001 + "}",
                              "more than 32 characters"),
        "huge-exponent": (_device("1e999"), "not a number"),
        "dose-too-large": (_device("300"), "must be at most 10"),
        "nan": (_device("NaN"), "not a number JSON allows"),
        "lone-surrogate": (_doc().replace("Hostile", "Host\\ud800ile"), "surrogate"),
        "duplicate-key": ('{"format": "sm-card", "version": 1, "version": 2, "profiles": []}',
                          'key "version" appears twice'),
        "duplicate-nested-key": (_doc().replace('"name": "Hostile"',
                                                '"name": "Hostile", "name": "Other"'),
                                 'key "name" appears twice'),
        "zero-width-name": (_doc(name="\u200b\u200c\u200d\ufeff"), "invisible"),
        "bidi-only-name": (_doc(name="\u2066\u2069"), "invisible"),
        "whitespace-name": (_doc(name=" \u3000\u00a0 "), "must not be empty"),
        "long-agent": (_doc(avoid=[{"agent": "x" * 201}]), "longer than 200 characters"),
        "long-notes": (_doc(diagnosis={"notes": "x" * 2001}), "longer than 2,000 characters"),
        "long-plan": (_doc(emergency_plan="x" * 4001), "longer than 4,000 characters"),
        "too-many-devices": (_doc(injectors=[{"product": "E", "dose_mg": 0.3,
                                              "expires_on": "2027-01"}] * 2001),
                             "more than 2,000 entries"),
        "not-utf8": (b"\xff\xfe{}", "not UTF-8"),
        "control-chars": (_doc(name="A\x1b[2J\u202eB"), "\\x1b[2J\\u202e"),
        "unknown-key-with-escape": (json.dumps({**example, "\x1b]0;owned\x07": 1}),
                                    "\\x1b]0;owned\\x07"),
        "megabytes-of-agent": (_doc(avoid=[{"agent": "x" * 10_000_000}]), "larger than 4 MB"),
    }
    cases = {}
    for name, (content, phrase) in texts.items():
        path = tmp / f"{name}.json"
        if only not in (None, name):
            cases[name] = (path, phrase)
            continue
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        cases[name] = (path, phrase)
    huge = tmp / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(3 * 1024**3 if only in (None, "3-GB-file") else 0)  # sparse: no disk
    cases["3-GB-file"] = (huge, "larger than 4 MB")
    cases["dev-zero"] = (Path("/dev/zero"), "larger than 4 MB")
    return cases




def _case_names() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return sorted(_cases(Path(tmp)))


@pytest.mark.parametrize("case", _case_names())
def test_hostile_file_is_refused_fast_small_and_changes_nothing(case, loaded_store, tmp_path):
    if case == "dev-zero" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    path, phrase = _cases(tmp_path, only=case)[case]
    store = loaded_store / "sm-card.sqlite3"
    before = store.read_bytes()
    code, out, err, seconds, peak_kb = run_measured(
        ["--data-dir", str(loaded_store), "import", str(path)], tmp_path)
    assert code == 3, err
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "nothing was imported" in lines[0]
    assert phrase in lines[0]
    assert "\x1b" not in err and "\u202e" not in err  # escaped, never acted on by a terminal
    assert seconds < LIMIT_SECONDS, f"{case}: {seconds:.2f} s"
    assert peak_kb < LIMIT_KB, f"{case}: {peak_kb} KB"
    assert store.read_bytes() == before


def test_stdin_flood_is_refused_after_the_cap(loaded_store, tmp_path):
    with open("/dev/zero", "rb") as zero:
        code, _, err, seconds, peak_kb = run_measured(
            ["--data-dir", str(loaded_store), "import", "-"], tmp_path, stdin=zero)
    assert code == 3 and "larger than 4 MB" in err
    assert seconds < LIMIT_SECONDS and peak_kb < LIMIT_KB


def test_worst_case_structure_within_the_cap_stays_under_the_limits(loaded_store, tmp_path):
    # Just under the cap, as many tiny JSON values as fit: the most memory a file can cost.
    count = (interchange.MAX_FILE_BYTES - 100) // 3
    path = tmp_path / "many.json"
    path.write_text("[" + ",".join(["[]"] * count) + "]", encoding="utf-8")
    assert path.stat().st_size <= interchange.MAX_FILE_BYTES
    code, _, err, seconds, peak_kb = run_measured(
        ["--data-dir", str(loaded_store), "import", str(path)], tmp_path)
    assert code == 3 and "not a JSON object" in err
    assert seconds < LIMIT_SECONDS, seconds
    assert peak_kb < LIMIT_KB, peak_kb


def test_bom_file_as_notepad_saves_it_imports(tmp_path, example_file):
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + example_file.read_bytes())
    code, out, err, _, _ = run_measured(
        ["--data-dir", str(tmp_path / "d"), "import", str(bom)], tmp_path)
    assert code == 0, err
    assert out.strip() == "added: Alex Example"


def test_nfc_and_nfd_forms_of_one_name_are_one_profile(tmp_path):
    data = tmp_path / "d"
    nfc, nfd = "Zoë Ångström", unicodedata.normalize("NFD", "Zoë Ångström")
    assert nfc != nfd
    for i, name in enumerate((nfc, nfd)):
        f = tmp_path / f"{i}.json"
        f.write_text(json.dumps({"format": "sm-card", "version": 1,
                                 "profiles": [{"name": name}]}), encoding="utf-8")
        code, out, err, _, _ = run_measured(["--data-dir", str(data), "import", str(f)],
                                            tmp_path)
        assert code == 0, err
    assert out.strip() == f"replaced: {nfc}"
    code, out, _, _, _ = run_measured(["--data-dir", str(data), "profiles"], tmp_path)
    assert out.splitlines() == [nfc]
