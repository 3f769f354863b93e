"""Registering the card's fonts never makes reportlab search its Type 1 (AFM) files.

reportlab's getFont() on a name it does not know yet parses every AFM file on its search path
looking for a Type 1 font of that name (over a second per name). Here the search path holds
one AFM file that cannot be parsed: a search would fail loudly, so the card, the sheet and the
letter rendering at all proves that no search was made.
"""

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "example-v1.json"

RENDER = """
import sys
from datetime import date
from pathlib import Path
from reportlab import rl_config
rl_config.T1SearchPath = [sys.argv[1]]  # only the unreadable AFM file
from sm_card.core import interchange
from sm_card.core.catalog import default_catalog
from sm_card.core.surgery import build_letter
from sm_card.render.card import build_card
from sm_card.render.letter import build_letter_pdf
today = date(2026, 11, 23)
profile = interchange.loads(Path(sys.argv[2]).read_text(encoding="utf-8"),
                            today=today).profiles[0]
out = Path(sys.argv[3])
(out / "card.pdf").write_bytes(build_card(profile, layout="card", today=today).pdf)
(out / "sheet.pdf").write_bytes(build_card(profile, layout="sheet", paper="a4", today=today).pdf)
letter = build_letter(profile, default_catalog(), today, "112")
(out / "letter.pdf").write_bytes(build_letter_pdf(letter, "a4").pdf)
"""


def test_fonts_register_without_searching_type1_files(tmp_path):
    afm = tmp_path / "afm"
    afm.mkdir()
    (afm / "broken.afm").write_text("StartFontMetrics 2.0\nFontName\nnot an afm file\n")
    done = subprocess.run([sys.executable, "-c", RENDER, str(afm), str(EXAMPLE), str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    card = PdfReader(tmp_path / "card.pdf")
    assert len(card.pages) == 2
    assert "Alex Example" in "".join(p.extract_text() for p in card.pages)
    assert len(PdfReader(tmp_path / "sheet.pdf").pages) >= 1
    letter = PdfReader(tmp_path / "letter.pdf")
    assert "Alex Example" in letter.pages[0].extract_text()


def test_a_character_the_first_font_lacks_loads_only_a_font_that_has_it():
    import pytest
    from reportlab.pdfbase import pdfmetrics

    from sm_card.render.fonts import FontSet, discover_sources

    chain = FontSet(discover_sources())
    families = [s.family for s in chain.sources]
    if "Noto Sans Thai" not in families or "DejaVu Sans" not in families:
        pytest.skip("needs the packaged Thai font and DejaVu Sans in the chain")
    runs = chain.runs("Alex \u2192 back")
    arrow = next(r for r in runs if "\u2192" in r.text)
    font = pdfmetrics.getFont(arrow.font)
    assert ord("\u2192") in font.face.charToGlyph  # drawn with a real glyph
    def loaded() -> set[str]:
        return {s.family for s, done in zip(chain.sources, chain._loaded, strict=True) if done}


    assert "Noto Sans Thai" not in loaded() and "Noto Sans Arabic" not in loaded()
    chain.runs("\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35")  # Thai text still finds its font
    assert "Noto Sans Thai" in loaded()


def test_the_chains_tail_is_looked_for_only_once_a_character_is_missing():
    from sm_card.render.fonts import FontSet, discover_sources, extra_cjk_sources

    asked = []

    def more(known):
        asked.append(set(known))
        return extra_cjk_sources(known)

    chain = FontSet(discover_sources(cjk_extras=False), more=more)
    chain.runs("Alex Example \u2192 back, M\u00fcller, \u0416\u0430\u043d\u043d\u0430")
    assert asked == []  # no fontconfig process for text the first fonts draw
    assert not chain.covers("\ue000")  # private use: in no font at all
    assert len(asked) == 1 and asked[0] == {s.path for s in discover_sources(False)}
    chain.covers("\ue001")
    assert len(asked) == 1  # asked once per chain
    full = [s.path for s in discover_sources()]
    assert [s.path for s in chain.sources][:len(full)] == full  # the same chain as before
