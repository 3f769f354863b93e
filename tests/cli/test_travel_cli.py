"""`sm-card travel-card`, `travel-sheet`, `travel-letter`, `travel-languages`,
`travel-correct` through a real subprocess, with exit codes."""

from __future__ import annotations

import io
import subprocess
import sys

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader


def run(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True)


@pytest.fixture
def store(data_dir, example_file):
    done = run(data_dir, "import", str(example_file))
    assert done.returncode == 0, done.stderr
    return data_dir


def _text(path) -> str:
    return "".join("".join(p.extract_text().split())
                   for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_languages_are_listed_with_their_review_status(store):
    done = run(store, "travel-languages")
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    codes = [r[0] for r in rows]
    assert codes[0] == "en"
    assert {"de", "fr", "es", "it", "pt", "nl", "pl", "el", "tr", "ja", "zh"} <= set(codes)
    assert all(r[2] == "machine-translated, not reviewed by a native speaker"
               for r in rows if r[0] != "en")


def test_travel_card_both_layouts(store, tmp_path):
    out = tmp_path / "card.pdf"
    done = run(store, "travel-card", "-o", str(out), "--lang", "el,zh", "--layout", "card")
    assert done.returncode == 0, done.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 4
    assert [round(float(p.mediabox.width), 2) for p in reader.pages] == [242.65] * 4
    assert "ΙΑΤΡΙΚΗΕΙΔΟΠΟΙΗΣΗ" in _text(out) and "医疗警示" in _text(out)
    assert "not reviewed by a native speaker" in done.stderr
    sheet = tmp_path / "sheet.pdf"
    done = run(store, "travel-card", "-o", str(sheet), "--lang", "it", "--paper", "letter")
    assert done.returncode == 0, done.stderr
    page = PdfReader(io.BytesIO(sheet.read_bytes())).pages[0]
    assert round(float(page.mediabox.width)) == 612
    # rendered, the page is not blank
    image = pdfium.PdfDocument(sheet.read_bytes())[0].render(scale=1).to_pil().convert("L")
    assert min(image.tobytes()) < 50


def test_travel_sheet_one_page_per_language(store, tmp_path):
    out = tmp_path / "sheet.pdf"
    done = run(store, "travel-sheet", "-o", str(out), "--lang", "es,nl", "--today",
               "2026-12-06")
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 2
    text = _text(out)
    assert "Tengomastocitosissistémica" in text and "Ikhebsystemischemastocytose" in text
    assert "Ihavesystemicmastocytosis" in text


def test_travel_letter_flags_a_device_expiring_during_the_trip(store, tmp_path):
    out = tmp_path / "letter.pdf"
    done = run(store, "travel-letter", "-o", str(out), "--lang", "pt", "--from", "2026-12-20",
               "--to", "2027-01-05", "--today", "2026-12-06")
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "!EXPIRESBEFORETHEENDOFTHETRIP/Expiraantesdofimdaviagem" in text
    assert "LX2491" in text and "MB0317" in text and "J88120" not in text  # used: not carried
    assert "warning: EpiPen 0.3 mg (lot LX2491)" in done.stderr
    fine = run(store, "travel-letter", "-o", str(out), "--lang", "pt", "--from", "2026-12-20",
               "--to", "2026-12-30", "--today", "2026-12-06")
    assert fine.returncode == 0 and "LX2491" not in fine.stderr
    assert "EXPIRESBEFORE" not in _text(out)


@pytest.mark.parametrize("args, message", [
    (["--lang", "xx", "--from", "2027-01-01", "--to", "2027-01-02"], "no sentences for xx"),
    (["--lang", "de", "--from", "2027-01-03", "--to", "2027-01-02"], "is before --from"),
    (["--lang", "de", "--from", "2027-13-01", "--to", "2027-01-02"], "is not a date"),
])
def test_letter_refuses_bad_options(store, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    done = run(store, "travel-letter", "-o", str(out), *args)
    assert done.returncode == 2 and message in done.stderr
    assert not out.exists()


def test_a_correction_is_stored_and_printed_then_reset(store, tmp_path):
    done = run(store, "travel-correct", "--lang", "de", "--key", "call_number", "--text",
               "Notruf wählen.")
    assert done.returncode == 2 and "{number}" in done.stderr
    done = run(store, "travel-correct", "--lang", "de", "--key", "call_number", "--text",
               "Wählen Sie den Notruf {number}.")
    assert done.returncode == 0, done.stderr
    listed = run(store, "travel-languages").stdout
    assert "1 sentence corrected by the user" in listed
    out = tmp_path / "sheet.pdf"
    assert run(store, "travel-sheet", "-o", str(out), "--lang", "de").returncode == 0
    assert "WählenSiedenNotruf112." in _text(out)
    assert run(store, "travel-correct", "--lang", "de", "--key", "call_number",
               "--reset").returncode == 0
    assert run(store, "travel-sheet", "-o", str(out), "--lang", "de").returncode == 0
    assert "RufenSiedenNotrufan:112." in _text(out)
