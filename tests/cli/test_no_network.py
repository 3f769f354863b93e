"""No command touches the network: every one runs under a Python audit hook that aborts the
process on any Internet socket use, name lookup or URL request.

Local sockets (AF_UNIX: Qt's D-Bus and X11 connections) are allowed; AF_INET and AF_INET6
are not. The hook sees what Python (and libraries called from Python) do; a C++ library
opening a connection by itself would not pass through it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

RUNNER = r'''
import os, socket, sys

FORBIDDEN = {
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
    "socket.getnameinfo", "urllib.Request", "http.client.connect", "http.client.send",
    "ftplib.connect", "smtplib.connect", "poplib.connect", "imaplib.open", "nntplib.connect",
    "telnetlib.Telnet.open", "webbrowser.open",
}
ADDRESSED = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}


def refuse(event, detail):
    os.write(2, f"NETWORK EVENT {event} {detail!r}\n".encode())
    os._exit(99)


def hook(event, args):
    if event in FORBIDDEN:
        refuse(event, args)
    if event in ADDRESSED:
        family = getattr(args[0], "family", None)
        if family != socket.AF_UNIX:
            refuse(event, args[1:])
    if event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
        refuse(event, args[1:])


sys.addaudithook(hook)
from sm_card.cli import main

for line in sys.stdin.read().splitlines():
    argv = line.split("\t")
    code = main(argv)
    print(f"EXIT {code} {' '.join(argv)}", flush=True)
'''


def test_every_command_runs_without_network(tmp_path, example_file):
    data = tmp_path / "data"
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    d = ["--data-dir", str(data)]
    commands = [
        [*d, "import", str(example_file)],
        [*d, "export", str(tmp_path / "out.json")],
        [*d, "export", "--encrypt", "--passphrase-file", str(passphrase),
         str(tmp_path / "out.enc")],
        [*d, "import", "--passphrase-file", str(passphrase), str(tmp_path / "out.enc")],
        [*d, "profiles"],
        [*d, "card", "-o", str(tmp_path / "card.pdf")],
        [*d, "qr-text"],
        [*d, "engrave"],
        [*d, "reminders", "--today", "2026-01-01"],  # a day with nothing due: exit 0
        [*d, "ics", "-o", str(tmp_path / "x.ics")],
        [*d, "letter", "-o", str(tmp_path / "letter.pdf")],
        [*d, "fhir", "-o", str(tmp_path / "fhir.json")],
        [*d, "backup"],
        [*d, "gui", "--smoke-test"],
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = subprocess.run([sys.executable, "-c", RUNNER], input="\n".join(
        "\t".join(c) for c in commands), capture_output=True, text=True, env=env, timeout=300)
    assert "NETWORK EVENT" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    exits = [line for line in result.stdout.splitlines() if line.startswith("EXIT ")]
    assert len(exits) == len(commands), result.stdout + result.stderr
    for line in exits:
        assert line.startswith("EXIT 0 "), line


def test_the_hook_does_catch_a_connection(tmp_path):
    """The guard itself works: an Internet lookup from inside the runner ends it."""
    probe = RUNNER.replace("from sm_card.cli import main",
                           "socket.getaddrinfo('localhost', 80)\nfrom sm_card.cli import main")
    result = subprocess.run([sys.executable, "-c", probe], input="", capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 99 and "NETWORK EVENT socket.getaddrinfo" in result.stderr
    probe = RUNNER.replace("from sm_card.cli import main",
                           "socket.socket(socket.AF_INET).close()\nfrom sm_card.cli import main")
    result = subprocess.run([sys.executable, "-c", probe], input="", capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 99 and "socket.__new__" in result.stderr
