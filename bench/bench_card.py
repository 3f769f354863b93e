"""Time to render a wallet card, as a ratio to encoding the same QR code alone.

Prints figures (not a pass/fail test). Goal: a card costs at most 1.5x its QR encoding with
``qrcode`` measured in the same run, on the same machine (docs/pitfalls.md, "Timings").

    .venv/bin/python bench/bench_card.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from sm_card.core import interchange
from sm_card.core.summary import qr_summary
from sm_card.render.card import build_card
from sm_card.render.fonts import FontSet

EXAMPLE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "example-v1.json"


def _median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def encode_qr_alone(text: str) -> None:
    import qrcode

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(text.encode("utf-8"))
    qr.make(fit=True)
    qr.get_matrix()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    today = date(2026, 11, 23)
    profile = interchange.loads(EXAMPLE.read_text(encoding="utf-8"), today=today).profiles[0]
    text = qr_summary(profile).text

    start = time.perf_counter()
    FontSet.default()
    build_card(profile, layout="card", today=today)  # warm: fonts parsed once per process
    cold = (time.perf_counter() - start) * 1000

    qr_ms = _median_ms(lambda: encode_qr_alone(text), args.rounds)
    card_ms = _median_ms(lambda: build_card(profile, layout="card", today=today), args.rounds)
    sheet_ms = _median_ms(lambda: build_card(profile, layout="sheet", paper="a4", today=today),
                          args.rounds)
    print(f"QR payload: {len(text.encode('utf-8'))} bytes")
    print(f"first card in a process (fonts loaded): {cold:8.1f} ms")
    print(f"QR encoding alone (qrcode, level M):    {qr_ms:8.1f} ms")
    print(f"card layout, 2 ID-1 pages:              {card_ms:8.1f} ms  "
          f"ratio {card_ms / qr_ms:.2f}x (goal <= 1.5x)")
    print(f"sheet layout, A4 with 4 copies:         {sheet_ms:8.1f} ms  "
          f"ratio {sheet_ms / qr_ms:.2f}x")


if __name__ == "__main__":
    main()
