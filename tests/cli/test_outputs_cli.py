"""Where outputs may go: never onto the store, its backups or a device; a failed write is exit 4.

Every command with -o (card, letter, fhir, ics) and `export` share one writer
(core.atomic.write_output_file); each is driven here through the real CLI.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

OUTPUT_COMMANDS = {
    "card": ["card", "-o"],
    "letter": ["letter", "-o"],
    "fhir": ["fhir", "-o"],
    "ics": ["ics", "-o"],
    "export": ["export"],
    "export-encrypted": ["export", "--encrypt", "--passphrase-file", "{pass}"],
}
STDOUT_COMMANDS = [["profiles"], ["qr-text"], ["reminders", "--json"], ["export", "-"],
                   ["card", "-o", "-"], ["ics", "-o", "-"]]


def sm_card(data_dir, *args, preexec_fn=None, stdout=None):
    return subprocess.run([sys.executable, "-m", "sm_card", "--data-dir", str(data_dir),
                           *map(str, args)], stdout=stdout if stdout is not None else
                          subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                          preexec_fn=preexec_fn)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    root = tmp_path_factory.mktemp("outputs")
    data = root / "data"
    fixture = Path(__file__).parent.parent / "fixtures" / "example-v1.json"
    assert sm_card(data, "import", fixture).returncode == 0
    assert sm_card(data, "backup").returncode == 0
    passphrase = root / "pass.txt"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    return data, passphrase


def command(name: str, passphrase: Path) -> list[str]:
    return [part.replace("{pass}", str(passphrase)) for part in OUTPUT_COMMANDS[name]]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def run_in_process(capsys, data_dir, *args) -> tuple[int, bytes]:
    """The real CLI in this process (the same code path, without a new interpreter per case)."""
    from sm_card.cli import main

    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *map(str, args)])
    return code, capsys.readouterr().err.encode("utf-8")


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


@pytest.mark.parametrize("name", sorted(OUTPUT_COMMANDS))
@pytest.mark.parametrize("target", ["store", "wal", "backups-dir", "a-backup", "symlink-to-store"])
def test_output_onto_the_data_folder_is_refused(loaded, tmp_path, capsys, name, target):
    data, passphrase = loaded
    backup = next((data / "backups").iterdir())
    link = tmp_path / "innocent.pdf"
    link.symlink_to(data / "sm-card.sqlite3")
    path = {"store": data / "sm-card.sqlite3", "wal": data / "sm-card.sqlite3-wal",
            "backups-dir": data / "backups", "a-backup": backup,
            "symlink-to-store": link}[target]
    before = snapshot(data)
    code, err = run_in_process(capsys, data, *command(name, passphrase), path)
    assert code == 2, err
    assert "data folder" in one_line(err)
    assert snapshot(data) == before
    assert link.is_symlink()


@pytest.mark.parametrize("name", sorted(OUTPUT_COMMANDS))
def test_output_onto_a_device_or_fifo_is_refused(loaded, tmp_path, capsys, name):
    data, passphrase = loaded
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/null"), tmp_path):
        code, err = run_in_process(capsys, data, *command(name, passphrase), path)
        assert code == 2, err
        assert "not a regular file" in one_line(err)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("name", sorted(OUTPUT_COMMANDS))
def test_output_is_replaced_whole_with_mode_0600(loaded, tmp_path, capsys, name):
    data, passphrase = loaded
    out = tmp_path / "out.file"
    out.write_bytes(b"old")
    out.chmod(0o644)
    code, err = run_in_process(capsys, data, *command(name, passphrase), out)
    assert code == 0, err
    assert out.read_bytes() != b"old" and len(out.read_bytes()) > 100
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.file"]  # no temporary left


def _file_size_limit(limit: int):
    def apply() -> None:
        # Without this the kernel kills the process (SIGXFSZ) instead of failing the write.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("name", ["card", "letter", "export"])
def test_full_disk_is_exit_4_and_keeps_the_old_file(loaded, tmp_path, name):
    data, passphrase = loaded
    out = tmp_path / "out.file"
    out.write_bytes(b"the old output")
    result = sm_card(data, *command(name, passphrase), out,
                     preexec_fn=_file_size_limit(3000))  # the example's export is ~4 kB
    assert result.returncode == 4, result.stderr
    assert "cannot write (File too large)" in one_line(result.stderr)
    assert out.read_bytes() == b"the old output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.file"]  # temporary removed


def test_full_tmpfs_is_exit_4(loaded, tmp_path):
    data, passphrase = loaded
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        result = sm_card(data, "letter", "-o", mount / "letter.pdf")
        assert result.returncode == 4, result.stderr
        assert "No space left on device" in one_line(result.stderr)
        assert list(mount.iterdir()) == []
    finally:
        subprocess.run(["umount", str(mount)], check=True)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=" ".join)
def test_full_standard_output_is_exit_4_with_one_line(loaded, args):
    data, _ = loaded
    with open("/dev/full", "wb") as full:
        result = sm_card(data, *args, stdout=full)
    assert result.returncode == 4, result.stderr
    assert "No space left on device" in one_line(result.stderr)
