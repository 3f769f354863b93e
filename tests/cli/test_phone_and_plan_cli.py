"""`sm-card lockscreen` and `action-plan` through a real subprocess: sizes, the QR, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest
import zxingcpp
from PIL import Image

from sm_card.commands.lockscreen import PRESET_NAMES
from sm_card.render.lockscreen import DEFAULT_PRESET, PRESETS


def run(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True)


@pytest.fixture
def store(data_dir, example_file):
    done = run(data_dir, "import", str(example_file))
    assert done.returncode == 0, done.stderr
    return data_dir


def test_the_parser_lists_every_preset_the_renderer_knows():
    assert set(PRESET_NAMES) == set(PRESETS) and DEFAULT_PRESET in PRESET_NAMES


@pytest.mark.parametrize("args, size", [
    ([], (1179, 2556)),
    (["--preset", "pixel-8"], (1080, 2400)),
    (["--size", "900x1800"], (900, 1800)),
])
def test_lockscreen_writes_a_png_of_the_asked_size_whose_qr_is_the_cards(store, tmp_path,
                                                                         args, size):
    out = tmp_path / "lock.png"
    done = run(store, "lockscreen", "-o", str(out), "--emergency-number", "999", *args)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    image = Image.open(out)
    assert image.format == "PNG" and image.size == size
    qr = run(store, "qr-text", "--emergency-number", "999")
    assert [r.text for r in zxingcpp.read_barcodes(image.convert("RGB"))] == [qr.stdout[:-1]]


@pytest.mark.parametrize("args", [["--size", "10x10"], ["--size", "wide"],
                                  ["--preset", "nokia-3310"],
                                  ["--size", "900x1800", "--preset", "pixel-8"]])
def test_bad_sizes_are_usage_errors(store, tmp_path, args):
    done = run(store, "lockscreen", "-o", str(tmp_path / "x.png"), *args)
    assert done.returncode == 2
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("paper, height", [("a4", 841.89), ("letter", 792.0)])
def test_action_plan_writes_one_page(store, tmp_path, paper, height):
    from pypdf import PdfReader

    out = tmp_path / "plan.pdf"
    done = run(store, "action-plan", "-o", str(out), "--paper", paper)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.height) == pytest.approx(height, abs=0.05)
    assert "Alex Example" in reader.pages[0].extract_text()
    bad = run(store, "action-plan", "-o", str(tmp_path / "x.pdf"), "--paper", "a5")
    assert bad.returncode == 2


def test_reminders_say_when_the_lockscreen_or_action_plan_is_out_of_date(store, tmp_path):
    from datetime import date

    from sm_card.core.models import AvoidEntry, Medication
    from sm_card.core.store import Store

    with Store.open(store) as opened:  # both pens in one place: no "carry two there" line
        (profile,) = opened.load_all()
        for injector in profile.active_injectors:
            injector.location = "handbag"
        opened.save_profile(profile)
    assert run(store, "lockscreen", "-o", str(tmp_path / "l.png")).returncode == 0
    assert run(store, "action-plan", "-o", str(tmp_path / "p.pdf")).returncode == 0
    fresh = run(store, "reminders", "--quiet", "--today", "2026-10-01")
    assert (fresh.returncode, fresh.stdout) == (0, "")

    # a medication: printed in the lock screen's QR code, not on the action plan
    with Store.open(store) as opened:
        (profile,) = opened.load_all()
        profile.medications.append(Medication("montelukast"))
        opened.save_profile(profile)
    lines = run(store, "reminders", "--quiet", "--today", "2026-10-01").stdout.splitlines()
    assert [line.split(" made on ")[0] for line in lines[1:]] == [
        "Alex Example: your lock-screen image"]
    assert "it lacks montelukast" in lines[1]

    # an agent to avoid: on both
    with Store.open(store) as opened:
        (profile,) = opened.load_all()
        profile.avoid.append(AvoidEntry("vancomycin", noted_on=date(2026, 12, 3)))
        opened.save_profile(profile)
    lines = run(store, "reminders", "--quiet", "--today", "2026-10-01").stdout.splitlines()
    assert [line.split(" made on ")[0] for line in lines[1:]] == [
        "Alex Example: your lock-screen image", "Alex Example: your action plan"]
    assert "it lacks vancomycin (avoid list, added 2026-12-03)" in lines[2]

    assert run(store, "lockscreen", "-o", str(tmp_path / "l.png")).returncode == 0
    assert run(store, "action-plan", "-o", str(tmp_path / "p.pdf")).returncode == 0
    settled = run(store, "reminders", "--quiet", "--today", "2026-10-01")
    assert (settled.returncode, settled.stdout) == (0, "")
