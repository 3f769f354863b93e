"""`export --encrypt` and `import` of an encrypted file, with a passphrase file or a terminal."""

from __future__ import annotations

import getpass
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sm_card.cli import main
from sm_card.core import encryption


def sm_card(data_dir, *args, input=None):
    return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data_dir),
                           *map(str, args)], capture_output=True, input=input, timeout=120)


@pytest.fixture
def passfile(tmp_path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("correct horse battery\n", encoding="utf-8")
    return path


def names(data_dir) -> list[str]:
    return sm_card(data_dir, "profiles").stdout.decode().splitlines()


def test_encrypted_round_trip_through_the_cli(tmp_path, example_file, passfile):
    first, second = tmp_path / "a", tmp_path / "b"
    assert sm_card(first, "import", example_file).returncode == 0
    sealed = tmp_path / "record.enc"
    result = sm_card(first, "export", "--encrypt", "--passphrase-file", passfile, sealed)
    assert result.returncode == 0, result.stderr
    data = sealed.read_bytes()
    assert encryption.is_encrypted(data) and b"Alex" not in data
    result = sm_card(second, "import", "--passphrase-file", passfile, sealed)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "added: Alex Example"
    plain = json.loads(sm_card(second, "export", "-").stdout)
    assert plain["profiles"][0]["name"] == "Alex Example"
    # An encrypted export can also go to standard output.
    piped = sm_card(first, "export", "--encrypt", "--passphrase-file", passfile, "-")
    assert piped.returncode == 0 and encryption.is_encrypted(piped.stdout)


def test_wrong_passphrase_or_tampered_file_is_exit_3_and_changes_nothing(
        tmp_path, example_file, passfile):
    data = tmp_path / "d"
    assert sm_card(data, "import", example_file).returncode == 0
    sealed = tmp_path / "record.enc"
    assert sm_card(data, "export", "--encrypt", "--passphrase-file", passfile,
                   sealed).returncode == 0
    # Another person's record in the store: a wrong import would replace or add.
    store = data / "sm-card.sqlite3"
    before = store.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    result = sm_card(data, "import", "--passphrase-file", wrong, sealed)
    assert result.returncode == 3
    err = result.stderr.decode()
    assert "passphrase is wrong" in err and len(err.splitlines()) == 1
    tampered = tmp_path / "tampered.enc"
    raw = bytearray(sealed.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    tampered.write_bytes(bytes(raw))
    result = sm_card(data, "import", "--passphrase-file", passfile, tampered)
    assert result.returncode == 3 and "changed or damaged" in result.stderr.decode()
    assert store.read_bytes() == before


def test_without_a_terminal_or_a_file_the_passphrase_is_refused(tmp_path, example_file):
    data = tmp_path / "d"
    assert sm_card(data, "import", example_file).returncode == 0
    result = sm_card(data, "export", "--encrypt", tmp_path / "x.enc", input=b"")
    assert result.returncode == 2 and b"--passphrase-file" in result.stderr
    assert not (tmp_path / "x.enc").exists()
    sealed = tmp_path / "y.enc"
    sealed.write_bytes(encryption.encrypt(b"{}", "correct horse", log2_n=10))
    result = sm_card(data, "import", sealed, input=b"")
    assert result.returncode == 2 and b"--passphrase-file" in result.stderr


def test_short_or_empty_passphrase_file_is_refused(tmp_path, example_file):
    data = tmp_path / "d"
    assert sm_card(data, "import", example_file).returncode == 0
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    result = sm_card(data, "export", "--encrypt", "--passphrase-file", short, tmp_path / "x")
    assert result.returncode == 2 and b"at least 8" in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    result = sm_card(data, "export", "--encrypt", "--passphrase-file", empty, tmp_path / "x")
    assert result.returncode == 2 and b"first line" in result.stderr
    assert not (tmp_path / "x").exists()


class _Terminal:
    """Standard input that says it is a terminal; getpass answers come from a list."""

    def __init__(self, monkeypatch, answers: list[str]):
        self.prompts: list[str] = []
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)

        def fake_getpass(prompt: str = "") -> str:
            self.prompts.append(prompt)
            return answers.pop(0)

        monkeypatch.setattr(getpass, "getpass", fake_getpass)


def test_terminal_asks_twice_for_export_and_once_for_import(tmp_path, example_file,
                                                            monkeypatch, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "import", str(example_file)]) == 0
    sealed = tmp_path / "r.enc"
    term = _Terminal(monkeypatch, ["correct horse", "correct horse"])
    assert main(["--data-dir", str(data), "export", "--encrypt", str(sealed)]) == 0
    assert term.prompts == ["Passphrase: ", "Passphrase again: "]
    term = _Terminal(monkeypatch, ["correct horse", "correct horsf"])
    assert main(["--data-dir", str(data), "export", "--encrypt", str(tmp_path / "x")]) == 2
    assert "differ" in capsys.readouterr().err and not (tmp_path / "x").exists()
    term = _Terminal(monkeypatch, ["correct horse"])
    assert main(["--data-dir", str(tmp_path / "e"), "import", str(sealed)]) == 0
    assert term.prompts == ["Passphrase: "]
    assert "added: Alex Example" in capsys.readouterr().out
