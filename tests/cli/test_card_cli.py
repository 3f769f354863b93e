"""`sm-card card`, `qr-text`, `engrave` through a real subprocess, with exit codes."""

from __future__ import annotations

import io
import subprocess
import sys

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader


def run(data_dir, *args, **kwargs):
    return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, **kwargs)


@pytest.fixture
def store(data_dir, example_file):
    done = run(data_dir, "import", str(example_file))
    assert done.returncode == 0, done.stderr
    return data_dir


@pytest.mark.parametrize("fmt", ["vcard", "text"])
def test_qr_text_is_what_the_card_code_holds(store, tmp_path, fmt):
    qr = run(store, "qr-text", "--qr-format", fmt)
    assert qr.returncode == 0
    first = "BEGIN:VCARD\n" if fmt == "vcard" else "MEDICAL ALERT: "
    assert qr.stdout.startswith(first)
    assert "(ISM)" in qr.stdout  # the subtype's code, also when its words give way
    assert "warning: QR text shortened; left out: " in qr.stderr
    assert "medications: cetirizine" in qr.stderr
    for layout in ("card", "sheet"):
        out = tmp_path / f"{layout}.pdf"
        done = run(store, "card", "-o", str(out), "--layout", layout, "--paper", "letter",
                   "--qr-format", fmt)
        assert done.returncode == 0, done.stderr
        assert "warning: QR code shortened" in done.stderr
        doc = pdfium.PdfDocument(out.read_bytes())
        decoded = [r.text for page in doc
                   for r in zxingcpp.read_barcodes(page.render(scale=150 / 72).to_pil())]
        assert decoded and all(text + "\n" == qr.stdout for text in decoded)


def test_card_layout_pages_and_default_sheet_paper(store, tmp_path):
    out = tmp_path / "c.pdf"
    assert run(store, "card", "-o", str(out), "--layout", "card").returncode == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in reader.pages] == [(242.65, 153.01)] * 2
    # the default layout is the sheet, on the paper of the user's setting
    from sm_card.core.settings import Settings
    from sm_card.core.store import Store

    for paper, width in (("a4", 595.28), ("letter", 612.0)):
        with Store.open(store) as st:
            Settings(st).set("paper", paper)
        default = tmp_path / f"{paper}.pdf"
        assert run(store, "card", "-o", str(default)).returncode == 0
        (page,) = PdfReader(io.BytesIO(default.read_bytes())).pages
        assert round(float(page.mediabox.width), 2) == width


def test_card_to_stdout(store):
    done = subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(store), "card",
                           "-o", "-", "--layout", "card"], capture_output=True)
    assert done.returncode == 0
    assert done.stdout.startswith(b"%PDF")


def test_engrave_fits_the_requested_box(store):
    done = run(store, "engrave", "--lines", "4", "--width", "16")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert len(lines) <= 4 and all(len(line) <= 16 for line in lines)
    assert lines[-1] == "SEE WALLET CARD"
    assert "warning: engraving shortened" in done.stderr
    full = run(store, "engrave")
    assert full.returncode == 0 and full.stderr == ""
    assert "NO NSAIDS," in full.stdout


def _international_store(data_dir, tmp_path):
    from sm_card.core.models import AvoidEntry, Contact, Profile
    from sm_card.core.store import Store

    with Store.open(data_dir) as st:
        st.save_profile(Profile(
            name="Αλέξανδρος",
            avoid=[AvoidEntry("ايبوبروفين"), AvoidEntry("阿司匹林"), AvoidEntry("Ασπιρίνη")],
            contacts=[Contact("李小龍", "+86 10 1234 5678")]))
    return data_dir


def test_engrave_warns_of_characters_an_engraver_may_not_take(data_dir, tmp_path):
    store = _international_store(data_dir, tmp_path)
    done = run(store, "engrave", "--lines", "8")
    assert done.returncode == 0, done.stderr
    assert "阿司匹林" in done.stdout
    assert "characters an engraver may not take" in done.stderr
    for char in ("ا (U+0627)", "阿 (U+963F)", "Ί (U+038A)"):
        assert char in done.stderr
    ascii_done = run(store, "engrave", "--lines", "8", "--ascii")
    assert ascii_done.returncode == 0 and ascii_done.stderr == ""
    assert ascii_done.stdout.isascii() and "ASIPILIN" in ascii_done.stdout


def test_engrave_counts_cjk_as_two_columns(data_dir, tmp_path):
    store = _international_store(data_dir, tmp_path)
    done = run(store, "engrave", "--lines", "8", "--width", "7")
    assert done.returncode == 0
    assert "阿司匹林" not in done.stdout  # 8 columns
    assert "left out" in done.stderr and "阿司匹林" in done.stderr


@pytest.mark.parametrize("args", [["engrave", "--lines", "0"], ["engrave", "--width", "x"],
                                  ["card"], ["card", "-o", "x.pdf", "--layout", "poster"],
                                  ["card", "-o", "x.pdf", "--paper", "a3"]])
def test_wrong_usage_exits_2(store, args):
    assert run(store, *args).returncode == 2


def test_no_profile_exits_3(tmp_path):
    done = run(tmp_path / "empty", "qr-text")
    assert done.returncode == 3
    assert "holds no profile" in done.stderr


def test_unwritable_output_exits_4(store, tmp_path):
    target = tmp_path / "no-such-folder" / "x.pdf"
    done = run(store, "card", "-o", str(target))
    assert done.returncode == 4
    assert "cannot write" in done.stderr


def test_emergency_number_setting_reaches_the_card(store, tmp_path):
    from sm_card.core.settings import Settings
    from sm_card.core.store import Store

    with Store.open(store) as st:
        Settings(st).set("emergency_number", "999")
    out = tmp_path / "c.pdf"
    assert run(store, "card", "-o", str(out), "--layout", "card").returncode == 0
    back = PdfReader(io.BytesIO(out.read_bytes())).pages[1].extract_text()
    assert "call 999" in back
    # (the text format: in the vCard's smaller note the number gives way to the avoid list)
    assert "Emergency number: 999" in run(store, "qr-text", "--qr-format", "text").stdout


def test_emergency_number_option_for_one_run(store, tmp_path):
    out = tmp_path / "c.pdf"
    done = run(store, "card", "-o", str(out), "--layout", "card", "--emergency-number", "911")
    assert done.returncode == 0, done.stderr
    assert "call 911" in PdfReader(io.BytesIO(out.read_bytes())).pages[1].extract_text()
    text = ("--qr-format", "text")
    assert "Emergency number: 000" in run(store, "qr-text", "--emergency-number", "000",
                                          *text).stdout
    assert "Emergency number: 112" in run(store, "qr-text", *text).stdout  # setting unchanged
    assert run(store, "qr-text", "--emergency-number", "call me").returncode == 2


def test_qr_format_comes_from_the_setting_unless_given(store):
    from sm_card.core.settings import Settings
    from sm_card.core.store import Store

    assert run(store, "qr-text").stdout.startswith("BEGIN:VCARD\n")  # the default
    with Store.open(store) as st:
        Settings(st).set("qr_format", "text")
    assert run(store, "qr-text").stdout.startswith("MEDICAL ALERT")
    assert run(store, "qr-text", "--qr-format", "vcard").stdout.startswith("BEGIN:VCARD")
    assert run(store, "qr-text", "--qr-format", "mecard").returncode == 2


def test_profile_number_then_locale_default(store, tmp_path):
    from sm_card.core.settings import Settings
    from sm_card.core.store import Store

    with Store.open(store) as st:
        pid = st.load_profile("Alex Example").db_id
        Settings(st).set_emergency_number_for(pid, "000")
    assert "Emergency number: 000" in run(store, "qr-text", "--qr-format", "text").stdout
    assert "Emergency number: 911" in run(store, "qr-text", "--qr-format", "text",
                                          "--emergency-number", "911").stdout
    with Store.open(store) as st:
        Settings(st).set_emergency_number_for(pid, None)
    # nothing set: the locale decides, as for the paper
    env = {**__import__("os").environ, "LC_ALL": "en_US.UTF-8"}
    assert "Emergency number: 911" in run(store, "qr-text", "--qr-format", "text", env=env).stdout
    env["LC_ALL"] = "en_GB.UTF-8"
    assert "Emergency number: 999" in run(store, "qr-text", "--qr-format", "text", env=env).stdout
