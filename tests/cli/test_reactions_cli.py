"""`sm-card reaction add/list` as a script runs them: a real process, a real store."""

import json
import subprocess
import sys

import pytest


def sm_card(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def store_dir(data_dir, example_file):
    assert sm_card(data_dir, "import", str(example_file)).returncode == 0
    return data_dir


def test_add_then_list_with_the_threshold_and_the_avoid_link(store_dir):
    # The example records a baseline tryptase of 38.5 ng/mL: threshold 1.2 x 38.5 + 2 = 48.2.
    done = sm_card(store_dir, "reaction", "add", "--date", "2025-05-03", "--trigger",
                   "ibuprofen 400 mg", "--avoid", "nsaids", "--signs", "hives, hypotension",
                   "--treatment", "epinephrine given", "--tryptase", "52")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ("Alex Example: recorded 2025-05-03 — after ibuprofen 400 mg: hives, "
                           "hypotension; treatment: epinephrine given; tryptase 52 ng/mL "
                           "(threshold 48.2: above)\n")
    assert sm_card(store_dir, "reaction", "add", "--date", "2024-01-09",
                   "--signs", "flushing").returncode == 0
    listed = sm_card(store_dir, "reaction", "list")
    assert listed.stdout.splitlines() == [
        "Alex Example: 2024-01-09 — after trigger not recorded: flushing",
        "Alex Example: 2025-05-03 — after ibuprofen 400 mg: hives, hypotension; treatment: "
        "epinephrine given; tryptase 52 ng/mL (threshold 48.2: above)"]
    data = json.loads(sm_card(store_dir, "reaction", "list", "--json").stdout)
    assert data["acute_threshold_ng_ml"] == 48.2
    second = data["reactions"][1]
    assert (second["avoid_agent"], second["linked_to_avoid_entry"], second["above_threshold"]) \
        == ("NSAIDs", True, True)
    assert data["reactions"][0]["above_threshold"] is None


@pytest.mark.parametrize("args, words", [
    (["--date", "2999-01-01"], "--date"),
    (["--date", "2025-02-30"], "--date"),
    (["--date", "2025-01-01", "--avoid", "penicillin"], "not in the avoid list"),
    (["--date", "2025-01-01", "--tryptase", "lots"], "--tryptase"),
    (["--date", "2025-01-01", "--tryptase", "-3"], "--tryptase"),
])
def test_bad_input_changes_nothing(store_dir, args, words):
    done = sm_card(store_dir, "reaction", "add", *args)
    assert done.returncode == 3 and words in done.stderr
    assert sm_card(store_dir, "reaction", "list").stdout == ""
