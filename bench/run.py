"""What a person waits for, measured on the real entry points as processes, in one run.

    .venv/bin/python bench/run.py [--runs 5] [--only NAME ...]

Every figure is a median over --runs fresh processes (started alternately with their
baseline, so both see the same load) and is printed as a ratio to its baseline measured in the
same run, with the goal of issue 11 and whether it is met. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "fixtures" / "example-v1.json"
TODAY = "2026-11-23"

# The same first-paint report as sm_card/gui/bench_hooks.py, on a bare window of 30 fields.
BARE_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
app = QApplication([])
w = QWidget(); form = QFormLayout(w)
for i in range(30):
    form.addRow(f"Field {i}", QLineEdit(w))
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False
    def painted(self):
        print(f"first-paint {time.time():.6f}", flush=True)
        app.exit(0)
hook = FirstPaint(w)
w.installEventFilter(hook)
w.resize(1000, 700)
w.show()
app.exec()
"""

# What a wallet card needs at the least: its QR code encoded with qrcode and drawn with the
# card's text on two ID-1 pages by reportlab.
QR_ID1 = """
import sys
import qrcode
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
text = open(sys.argv[1], encoding="utf-8").read()
qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
qr.add_data(text.encode("utf-8"))
qr.make(fit=True)
matrix = qr.get_matrix()
c = canvas.Canvas(sys.argv[2], pagesize=(85.6 * mm, 53.98 * mm))
for page in range(2):
    c.setFont("Helvetica-Bold", 9)
    c.drawString(4 * mm, 48 * mm, "MASTOCYTOSIS - emergency card")
    c.setFont("Helvetica", 6)
    for i, line in enumerate(text.splitlines()[:14]):
        c.drawString(4 * mm, (44 - 3 * i) * mm, line[:60])
    if page == 1:
        cell = 30 * mm / len(matrix)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    c.rect(52 * mm + x * cell, 50 * mm - (y + 1) * cell, cell, cell,
                           stroke=0, fill=1)
    c.showPage()
c.save()
"""


THOUSAND_AVOID = """
import sys
from datetime import date
from pathlib import Path
from sm_card.core import interchange
from sm_card.core.models import AvoidEntry
from sm_card.core.store import Store
text = Path(sys.argv[2]).read_text(encoding="utf-8")
profile = interchange.loads(text, today=date(2026, 11, 23)).profiles[0]
profile.avoid = [AvoidEntry(agent=f"Agent number {i}",
                            reaction=f"hives and flushing, episode {i}") for i in range(1000)]
with Store.open(Path(sys.argv[1])) as store:
    store.replace_profiles([profile])
"""


@dataclass
class Row:
    name: str
    value: float
    unit: str
    baseline: float | None  # None: the goal is absolute, not a ratio
    baseline_name: str
    goal: float

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def passed(self) -> bool:
        ratio = self.ratio
        return (self.value if ratio is None else ratio) <= self.goal


PYCACHE = Path(tempfile.gettempdir()) / "sm-card-bench-pycache"


def environment() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT),
           # An installed sm-card has its modules compiled (as the dependencies have): the
           # warm-up run compiles them here, outside the source tree.
           "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    for name in ("SM_CARD_DATA_DIR", "SM_CARD_BENCH", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


# What a person starts: the menu entry and a cron line run the installed `sm-card` script
# (core/autostart.program_command), not `python -m sm_card` (runpy, ~1-2 ms more).
SCRIPT = Path(sys.executable).with_name("sm-card.exe" if os.name == "nt" else "sm-card")


def sm_card(data: Path, *args: str) -> list[str]:
    start = [str(SCRIPT)] if SCRIPT.is_file() else [sys.executable, "-m", "sm_card"]
    return [*start, "--data-dir", str(data), *args]


@dataclass
class Run:
    wall: float  # seconds from spawn to exit
    first_paint: float | None  # seconds from spawn to the first paint, when reported
    maxrss_mb: float  # the process's peak resident memory


def run(cmd: list[str], env: dict[str, str], ok: Callable[[int], bool] = lambda c: c == 0,
        ) -> Run:
    """One fresh process; its peak memory from wait4 (its own, not its siblings')."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start_wall = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        if not ok(proc.returncode):
            err.seek(0)
            raise SystemExit(f"{cmd} failed ({proc.returncode}):\n"
                             f"{err.read().decode('utf-8', 'replace')[-3000:]}")
    first = None
    for line in text.splitlines():
        if line.startswith("first-paint "):
            first = float(line.split()[1]) - start_wall
    # ru_maxrss is in kilobytes on Linux
    return Run(wall, first, usage.ru_maxrss / 1024)


def medians(variants: dict[str, tuple[list[str], dict[str, str], Callable[[int], bool]]],
            runs: int) -> dict[str, list[Run]]:
    for cmd, env, ok in variants.values():  # warm the file cache once
        run(cmd, env, ok)
    results: dict[str, list[Run]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, (cmd, env, ok) in variants.items():
            results[name].append(run(cmd, env, ok))
    return results


def med(runs: list[Run], key: str) -> float:
    return statistics.median(getattr(r, key) for r in runs)


# --- the data the app is measured with ------------------------------------------------------


def _import(data: Path, profiles: list[dict], work: Path) -> None:
    """Through `sm-card import`, 50 profiles a file (the importer's limit)."""
    template = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for start in range(0, len(profiles), 50):
        file = work / f"import-{start}.json"
        file.write_text(json.dumps({**template, "profiles": profiles[start:start + 50]}),
                        encoding="utf-8")
        subprocess.run(sm_card(data, "import", str(file)), env=environment(), check=True,
                       capture_output=True)


def make_stores(work: Path) -> dict[str, Path]:
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))["profiles"][0]
    stores = {name: work / name for name in ("example", "100-profiles", "1000-avoid")}
    _import(stores["example"], [example], work)
    _import(stores["100-profiles"],
            [{**example, "name": f"{example['name']} {i:03d}"} for i in range(100)], work)
    # A thousand avoid entries in one record: ten times what a file may import, so written
    # through the store as any program sharing it could (the app itself sets no limit).
    subprocess.run([sys.executable, "-c", THOUSAND_AVOID, str(stores["1000-avoid"]),
                    str(EXAMPLE)], env=environment(), check=True, capture_output=True)
    return stores


# --- the measures ---------------------------------------------------------------------------


def bench_first_paint(stores: dict[str, Path], runs: int) -> list[Row]:
    env = environment()
    app_env = {**env, "SM_CARD_BENCH": "first-paint"}
    results = medians({
        "bare": ([sys.executable, "-c", BARE_WINDOW], env, lambda c: c == 0),
        "example": (sm_card(stores["example"], "gui"), app_env, lambda c: c == 0),
        "100": (sm_card(stores["100-profiles"], "gui"), app_env, lambda c: c == 0),
    }, runs)
    bare = med(results["bare"], "first_paint") * 1000
    return [
        Row("first paint, example record", med(results["example"], "first_paint") * 1000, "ms",
            bare, "bare 30-field window", 1.3),
        Row("first paint, 100 profiles", med(results["100"], "first_paint") * 1000, "ms",
            bare, "bare 30-field window", 1.3),
    ]


def bench_cli(stores: dict[str, Path], work: Path, runs: int) -> list[Row]:
    env = environment()
    data = stores["example"]
    payload = work / "qr.txt"
    text = subprocess.run(sm_card(data, "qr-text"), env=env, check=True, capture_output=True,
                          text=True).stdout
    payload.write_text(text, encoding="utf-8")
    any_code: Callable[[int], bool] = lambda c: c in (0, 10, 11)  # noqa: E731 - exit = level
    results = medians({
        "qr+id1": ([sys.executable, "-c", QR_ID1, str(payload), str(work / "base.pdf")], env,
                   lambda c: c == 0),
        "card": (sm_card(data, "card", "--layout", "card",
                         "-o", str(work / "card.pdf")), env, lambda c: c == 0),
        "letter": (sm_card(data, "letter", "-o", str(work / "letter.pdf")), env,
                   lambda c: c == 0),
        "pass": ([sys.executable, "-c", "pass"], env, lambda c: c == 0),
        "reminders": (sm_card(data, "reminders", "--today", TODAY), env, any_code),
    }, runs)
    base = med(results["qr+id1"], "wall") * 1000
    return [
        Row("sm-card card (--layout card)", med(results["card"], "wall") * 1000, "ms", base,
            "qrcode + reportlab ID-1", 2.0),
        Row("sm-card letter (for reference)", med(results["letter"], "wall") * 1000, "ms", base,
            "qrcode + reportlab ID-1", float("inf")),
        Row("sm-card reminders", med(results["reminders"], "wall") * 1000, "ms",
            med(results["pass"], "wall") * 1000, "python -c pass", 3.0),
    ]


def bench_edit_preview(stores: dict[str, Path], runs: int) -> list[Row]:
    env = environment()
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "edit_preview.py"),
                           "--data-dir", str(stores["example"]), "--edits", str(max(runs, 5))],
                          env=env, check=True, capture_output=True, text=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return [Row(f"edit -> {page} preview on screen", figures[page], "ms", None, "", 100.0)
            for page in ("card", "letter")]


def bench_memory(stores: dict[str, Path], runs: int) -> list[Row]:
    env = {**environment(), "SM_CARD_BENCH": "pages"}
    results = medians({
        "100": (sm_card(stores["100-profiles"], "gui"), env, lambda c: c == 0),
        "1000": (sm_card(stores["1000-avoid"], "gui"), env, lambda c: c == 0),
    }, max(1, runs // 2))
    return [
        Row("peak memory, 100 profiles, every page", med(results["100"], "maxrss_mb"), "MB",
            None, "", 200.0),
        Row("peak memory, 1,000 avoid entries, every page", med(results["1000"], "maxrss_mb"),
            "MB", None, "", 200.0),
    ]


def print_table(rows: list[Row], runs: int) -> None:
    print(f"sm-card bench, medians of {runs} runs ({time.strftime('%Y-%m-%d %H:%M')}, "
          f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={environment()['QT_QPA_PLATFORM']})")
    header = f"{'measure':46s} {'value':>10s} {'baseline':>10s} {'ratio':>7s} {'goal':>8s}  ok"
    print(header)
    print("-" * len(header))
    for r in rows:
        value = f"{r.value:.0f} {r.unit}"
        base = f"{r.baseline:.0f} {r.unit}" if r.baseline else "-"
        ratio = f"{r.ratio:.2f}x" if r.ratio else "-"
        if r.goal == float("inf"):
            goal, ok = "-", ""
        else:
            goal = f"<={r.goal:g}x" if r.baseline else f"<={r.goal:g}{r.unit}"
            ok = "PASS" if r.passed else "FAIL"
        print(f"{r.name:46s} {value:>10s} {base:>10s} {ratio:>7s} {goal:>8s}  {ok}")
    baselines = sorted({r.baseline_name for r in rows if r.baseline_name})
    if baselines:
        print("baselines: " + "; ".join(baselines))


SECTIONS = ("first-paint", "cli", "edit-preview", "memory")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", choices=SECTIONS, default=list(SECTIONS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sm-card-bench-") as tmp:
        work = Path(tmp)
        stores = make_stores(work)
        rows: list[Row] = []
        if "first-paint" in args.only:
            rows += bench_first_paint(stores, args.runs)
        if "cli" in args.only:
            rows += bench_cli(stores, work, args.runs)
        if "edit-preview" in args.only:
            rows += bench_edit_preview(stores, args.runs)
        if "memory" in args.only:
            rows += bench_memory(stores, args.runs)
    print_table(rows, args.runs)
    if not all(r.passed for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
