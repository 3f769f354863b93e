"""letter and fhir from the command line: outputs, paper sizes and the documented exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader

from sm_card import cli
from sm_card.core.store import Store

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def run(*args) -> int:
    try:
        return cli.main([str(a) for a in args])
    except SystemExit as exit_:  # argparse usage errors
        return int(exit_.code)


@pytest.fixture
def store_dir(tmp_path, example_file):
    data = tmp_path / "data"
    assert run("--data-dir", data, "import", example_file) == 0
    return data


def _page_size(path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width), 2), round(float(box.height), 2)


def test_letter_warns_before_printing_what_it_cannot_draw(tmp_path):
    from sm_card.core.models import Profile

    data = tmp_path / "data"
    with Store.open(data) as store:
        store.save_profile(Profile(name="Ann \U000F0000"))  # private use: no font has it
    out = tmp_path / "letter.pdf"
    done = subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data), "letter",
                           "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "warning: Letter: no installed font can draw" in done.stderr
    assert "U+F0000" in done.stderr
    assert PdfReader(out).pages  # written all the same: the person decides


def test_letter_paper_follows_the_option_then_the_setting(store_dir, tmp_path):
    out = tmp_path / "letter.pdf"
    assert run("--data-dir", store_dir, "letter", "-o", out, "--paper", "letter") == 0
    assert _page_size(out) == LETTER
    assert run("--data-dir", store_dir, "letter", "-o", out, "--paper", "a4") == 0
    assert _page_size(out) == A4
    with Store.open(store_dir) as store:
        store.set_setting("paper", "letter")
    assert run("--data-dir", store_dir, "letter", "-o", out) == 0
    assert _page_size(out) == LETTER
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Alex Example" in text and "Indolent systemic mastocytosis" in text


def test_fhir_writes_a_valid_document_bundle(store_dir, tmp_path):
    out = tmp_path / "ips.json"
    assert run("--data-dir", store_dir, "fhir", "-o", out) == 0
    bundle = Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    assert bundle.type == "document"
    assert bundle.entry[0].resource.get_resource_type() == "Composition"


def test_fhir_to_standard_output(store_dir, monkeypatch):
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8"))
    assert run("--data-dir", store_dir, "fhir", "-o", "-") == 0
    assert json.loads(buffer.getvalue())["resourceType"] == "Bundle"


def test_usage_errors_exit_2(store_dir):
    assert run("--data-dir", store_dir, "letter") == 2
    assert run("--data-dir", store_dir, "letter", "-o", "x.pdf", "--paper", "a3") == 2
    assert run("--data-dir", store_dir, "fhir") == 2


def test_no_profile_or_unknown_profile_exits_3(tmp_path, store_dir, capsys):
    assert run("--data-dir", tmp_path / "empty", "letter", "-o", tmp_path / "x.pdf") == 3
    assert run("--data-dir", store_dir, "--profile", "Nobody", "fhir", "-o",
               tmp_path / "x.json") == 3
    assert "Nobody" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.json").exists()


def test_unwritable_output_exits_4(store_dir, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "letter.pdf"
    assert run("--data-dir", store_dir, "letter", "-o", target) == 4
    assert "missing-folder" in capsys.readouterr().err


def test_commands_do_not_import_qt(store_dir, tmp_path):
    code = (
        "import sys\n"
        "from sm_card import cli\n"
        f"rc = cli.main(['--data-dir', {str(store_dir)!r}, 'letter', '-o', "
        f"{str(tmp_path / 'l.pdf')!r}])\n"
        f"rc += cli.main(['--data-dir', {str(store_dir)!r}, 'fhir', '-o', "
        f"{str(tmp_path / 'f.json')!r}])\n"
        "assert rc == 0, rc\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr


def test_letter_prints_first_aid_with_the_emergency_number(store_dir, tmp_path):
    out = tmp_path / "letter.pdf"
    assert run("--data-dir", store_dir, "letter", "-o", out, "--emergency-number", "999") == 0
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    text = " ".join(text.split())
    assert "Call the emergency number: 999" in text
    assert "auto-injector into the outer mid-thigh" in text
    assert run("--data-dir", store_dir, "letter", "-o", out, "--emergency-number", "x") == 2
