"""`sm-card photo set|clear|card` and `card --photo` through a real subprocess."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys

import pypdfium2 as pdfium
import pytest
from PIL import Image


def run(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True)


@pytest.fixture
def store(data_dir, example_file):
    done = run(data_dir, "import", str(example_file))
    assert done.returncode == 0, done.stderr
    return data_dir


@pytest.fixture
def blue_photo(tmp_path):
    path = tmp_path / "me.png"
    Image.new("RGB", (900, 1200), (20, 40, 220)).save(path)
    return path


def blue_pixels(pdf_path) -> int:
    """Pixels of the card's first page that are the photo's blue (nothing else is blue)."""
    page = pdfium.PdfDocument(str(pdf_path))[0]
    image = page.render(scale=2).to_pil().convert("RGB")
    raw = image.tobytes()
    return sum(1 for i in range(0, len(raw), 3)
               if raw[i + 2] > 180 and raw[i] < 80 and raw[i + 1] < 100)


def test_photo_set_prints_on_the_card_only_when_chosen(store, blue_photo, tmp_path):
    done = run(store, "photo", "set", str(blue_photo))
    assert done.returncode == 0, done.stderr
    assert "480 × 640 pixels" in done.stdout
    card = tmp_path / "card.pdf"
    assert run(store, "card", "--layout", "card", "-o", str(card)).returncode == 0
    assert blue_pixels(card) == 0  # off by default
    assert run(store, "card", "--layout", "card", "--photo", "-o", str(card)).returncode == 0
    with_photo = blue_pixels(card)
    assert with_photo > 1000
    assert run(store, "photo", "card", "on").returncode == 0
    assert run(store, "card", "--layout", "card", "-o", str(card)).returncode == 0
    assert blue_pixels(card) == with_photo
    assert run(store, "card", "--layout", "card", "--no-photo", "-o", str(card)).returncode == 0
    assert blue_pixels(card) == 0
    # the photo goes into the export (version 3) and comes back
    exported = tmp_path / "out.json"
    assert run(store, "export", str(exported)).returncode == 0
    assert '"photo": "/9j/' in exported.read_text()
    cleared = run(store, "photo", "clear")
    assert cleared.returncode == 0 and "photo removed" in cleared.stdout
    assert run(store, "card", "--layout", "card", "-o", str(card)).returncode == 0
    assert blue_pixels(card) == 0
    assert run(store, "import", str(exported)).returncode == 0
    assert run(store, "card", "--layout", "card", "-o", str(card)).returncode == 0
    assert blue_pixels(card) == with_photo


def test_a_file_that_is_not_a_photo_is_exit_3_and_changes_nothing(store, tmp_path):
    bogus = tmp_path / "notes.png"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n but then nothing")
    done = run(store, "photo", "set", str(bogus))
    assert done.returncode == 3
    assert "nothing was changed" in done.stderr and "Traceback" not in done.stderr
    missing = run(store, "photo", "set", str(tmp_path / "nope.jpg"))
    assert missing.returncode == 3 and "cannot read" in missing.stderr
    exported = run(store, "export", "-")
    assert '"photo"' not in exported.stdout


def test_hostile_photo_in_an_import_is_exit_3(store, tmp_path, example_text):
    doc = json.loads(example_text)
    doc["version"] = 3
    big = io.BytesIO()
    Image.new("RGB", (8, 8)).save(big, "PNG")
    doc["profiles"][0]["photo"] = base64.b64encode(big.getvalue()).decode()
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(doc))
    done = run(store, "import", str(path))
    assert done.returncode == 3
    assert "profiles[0].photo: is not a JPEG image; nothing was imported" in done.stderr
