"""Fonts for every script: a fallback chain of TrueType fonts registered with reportlab.

reportlab has no font fallback of its own (Helvetica draws boxes for Ł, Ж, 李), so a
:class:`FontSet` splits each string into runs by which font of the chain has each glyph.
The chain is, in order: Noto Sans (the ``fontpkg-noto-sans`` package, always present: Latin,
Greek, Cyrillic), DejaVu Sans (system; adds Arabic and Hebrew), then CJK-capable TrueType
fonts found on the system (WenQuanYi Micro Hei on Linux via fontconfig, Microsoft YaHei /
SimSun on Windows, Arial Unicode on macOS). CFF-flavoured OpenType fonts (Noto CJK .otf) do
not load in reportlab and are skipped. Fonts are loaded lazily: a Latin-only card never parses
the 5 MB CJK font.

Bold: a family with a real bold face uses it; otherwise (Noto Sans ships only as a variable
font, which reportlab draws at its default weight, and instancing it takes seconds) bold is
drawn by stroking the glyph outline as well as filling it ("synthetic bold").

Arabic and Hebrew are shaped (``arabic-reshaper``) and put in visual order (``python-bidi``)
per line, just before measuring and drawing; callers pass logical text.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFError

# Stroke width of synthetic bold, as a fraction of the font size.
SYNTHETIC_BOLD_STROKE = 0.045
MAX_EXTRA_FONTS = 3


@dataclass(frozen=True)
class FontSource:
    """One font of the chain: a TrueType file (``index`` picks a face of a .ttc)."""

    family: str
    path: Path
    bold_path: Path | None = None
    index: int = 0
    bold_index: int = 0


@dataclass(frozen=True)
class Run:
    """A piece of one line drawn with one font."""

    text: str
    font: str  # the reportlab font name
    synthetic_bold: bool = False


@dataclass
class _Loaded:
    source: FontSource
    name: str
    bold_name: str | None
    cmap: frozenset[int]


def _font_name(path: Path, index: int) -> str:
    digest = hashlib.sha1(f"{path}:{index}".encode()).hexdigest()[:10]
    stem = "".join(c for c in path.stem if c.isascii() and c.isalnum())[:20]
    return f"smc-{stem}-{digest}"


def _register(path: Path, index: int) -> tuple[str, frozenset[int]] | None:
    name = _font_name(path, index)
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (TTFError, OSError, KeyError, ValueError, AssertionError):
            return None  # CFF outlines, damaged file, unreadable: not usable by reportlab
        pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


def _fc_list(pattern: str) -> list[Path]:
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(
            ["fc-list", "-f", "%{file}\n", pattern], capture_output=True, text=True, timeout=5
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({Path(line) for line in out.splitlines() if line.strip()})


def _first_existing(paths: Iterable[Path]) -> Path | None:
    for path in paths:
        if path.is_file():
            return path
    return None


def _truetype(paths: Iterable[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in (".ttf", ".ttc")]


def noto_sans_path() -> Path | None:
    try:
        import fontpkg_noto_sans
    except ImportError:
        return None
    folder = Path(fontpkg_noto_sans.__file__).parent / "files"
    return _first_existing(sorted(folder.glob("NotoSans[[]*.ttf")))


def discover_sources() -> list[FontSource]:
    """The fallback chain available on this machine, best first."""
    sources: list[FontSource] = []
    noto = noto_sans_path()
    if noto:
        sources.append(FontSource("Noto Sans", noto))

    dejavu_dirs = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                   Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"),
                   Path.home() / "Library/Fonts"]
    dejavu = _first_existing(d / "DejaVuSans.ttf" for d in dejavu_dirs) or _first_existing(
        p for p in _fc_list(":family=DejaVu Sans:style=Book") if p.name == "DejaVuSans.ttf"
    )
    if dejavu:
        bold = dejavu.with_name("DejaVuSans-Bold.ttf")
        sources.append(FontSource("DejaVu Sans", dejavu, bold if bold.is_file() else None))

    if sys.platform == "win32":
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        for regular, bold, family in (("arial.ttf", "arialbd.ttf", "Arial"),
                                      ("msyh.ttc", "msyhbd.ttc", "Microsoft YaHei"),
                                      ("simsun.ttc", None, "SimSun")):
            if (fonts / regular).is_file():
                bold_path = fonts / bold if bold and (fonts / bold).is_file() else None
                sources.append(FontSource(family, fonts / regular, bold_path))
    elif sys.platform == "darwin":
        for path in (Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
                     Path("/Library/Fonts/Arial Unicode.ttf")):
            if path.is_file():
                sources.append(FontSource("Arial Unicode", path))
                break

    wqy = _first_existing([Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                           Path("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc")])
    wqy = wqy or _first_existing(_truetype(_fc_list(":family=WenQuanYi Micro Hei")))
    if wqy:
        sources.append(FontSource("WenQuanYi Micro Hei", wqy))
    # A few more CJK-capable TrueType fonts, if fontconfig knows any (each costs a parse when
    # a character reaches it, so not every font on the system).
    known = {s.path for s in sources}
    extra = [p for p in _truetype(_fc_list(":lang=zh")) + _truetype(_fc_list(":lang=ja"))
             if p not in known]
    for path in list(dict.fromkeys(extra))[:MAX_EXTRA_FONTS]:
        sources.append(FontSource(path.stem, path))
    return sources


_RTL_START, _RTL_END = 0x0590, 0x08FF  # Hebrew, Arabic, Syriac, Thaana, NKo ... Arabic Ext-A


def _needs_shaping(text: str) -> bool:
    return any(_RTL_START <= ord(c) <= _RTL_END or 0xFB1D <= ord(c) <= 0xFEFF for c in text)


def shape_line(text: str) -> str:
    """Arabic joined into presentation forms and right-to-left text in visual order."""
    if not _needs_shaping(text):
        return text
    try:
        from bidi import get_display
        reshaper = _reshaper()
    except ImportError:  # still legible letter by letter, in logical order
        return text
    return get_display(reshaper.reshape(text))


@functools.cache
def _reshaper():
    import arabic_reshaper

    # Ligatures such as U+FDF2 (Allah) are missing from the fonts of the chain; the joined
    # letter forms (U+FE70-FEFF) are present in DejaVu Sans, Arial and others.
    return arabic_reshaper.ArabicReshaper(configuration={"support_ligatures": False})


def _is_neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZPC" or char in "0123456789+-.,:;/()"


class FontSet:
    """A chain of fonts that together draw as many scripts as this machine allows.

    All text given to this class is plain text: never markup. Methods taking a ``line``
    expect one line (no line breaks) in logical order.
    """

    def __init__(self, sources: Sequence[FontSource]):
        if not sources:
            raise RuntimeError(
                "no usable TrueType font: install the fontpkg-noto-sans package"
            )
        self._sources = list(sources)
        self._loaded: list[_Loaded | None] = [None] * len(sources)
        self._failed: set[int] = set()
        self._cache: dict[tuple[str, bool], tuple[Run, ...]] = {}
        self._index: dict[str, int | None] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        if self._load(0) is None:
            raise RuntimeError(f"{sources[0].path}: cannot be used as a TrueType font")

    @classmethod
    @functools.cache
    def default(cls) -> FontSet:
        """The machine's chain, built once per process (fonts are registered globally)."""
        return cls(discover_sources())

    @property
    def sources(self) -> list[FontSource]:
        return list(self._sources)

    def regular_font(self) -> str:
        loaded = self._load(0)
        assert loaded is not None
        return loaded.name

    def _load(self, i: int) -> _Loaded | None:
        if self._loaded[i] is not None or i in self._failed:
            return self._loaded[i]
        src = self._sources[i]
        got = _register(src.path, src.index)
        if got is None:
            self._failed.add(i)
            return None
        name, cmap = got
        bold_name = None
        if src.bold_path is not None:
            bold = _register(src.bold_path, src.bold_index)
            bold_name = bold[0] if bold else None
        # Lets Paragraph markup use <b> on these fonts (bold falls back to the regular face).
        bold_face = bold_name or name
        pdfmetrics.registerFontFamily(name, normal=name, bold=bold_face, italic=name,
                                      boldItalic=bold_face)
        self._loaded[i] = _Loaded(src, name, bold_name, cmap)
        return self._loaded[i]

    def _font_index(self, char: str) -> int | None:
        if char in self._index:
            return self._index[char]
        code = ord(char)
        found = None
        for i in range(len(self._sources)):
            loaded = self._load(i)
            if loaded is not None and code in loaded.cmap:
                found = i
                break
        if len(self._index) > 65536:
            self._index.clear()
        self._index[char] = found
        return found

    def covers(self, char: str) -> bool:
        return char in "\n\t" or self._font_index(char) is not None

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` (after shaping) that no font of the chain can draw."""
        seen: list[str] = []
        for line in text.splitlines() or [""]:
            for char in shape_line(line):
                if char not in seen and not self.covers(char) and unicodedata.category(
                    char
                ) not in ("Cf", "Cc"):
                    seen.append(char)
        return seen

    def fonts_used(self, text: str) -> list[str]:
        """Families that would draw ``text``, in chain order (for reports and tests)."""
        used = {self._font_index(c) for c in shape_line(text)}
        return [self._sources[i].family for i in sorted(i for i in used if i is not None)]

    def runs(self, line: str, bold: bool = False) -> tuple[Run, ...]:
        """``line`` (logical order) shaped and split into runs by font."""
        key = (line, bold)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        visual = shape_line(line)
        runs: list[Run] = []
        current: int | None = None
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                loaded = self._loaded[current if current is not None else 0]
                assert loaded is not None
                if bold and loaded.bold_name:
                    runs.append(Run("".join(buffer), loaded.bold_name))
                else:
                    runs.append(Run("".join(buffer), loaded.name, synthetic_bold=bold))
                buffer.clear()

        for char in visual:
            if unicodedata.category(char) in ("Cf", "Cc"):
                continue  # bidi marks and controls have no glyph to draw
            # Spaces and punctuation stay in the current run when its font has them.
            if current is not None and _is_neutral(char):
                loaded = self._loaded[current]
                if loaded is not None and ord(char) in loaded.cmap:
                    buffer.append(char)
                    continue
            index = self._font_index(char)
            if index is None:
                index = current if current is not None else 0  # drawn as a visible box
            if index != current:
                flush()
                current = index
            buffer.append(char)
        flush()
        result = tuple(runs)
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = result
        return result

    def width(self, line: str, size: float, bold: bool = False) -> float:
        key = (line, size, bold)
        cached = self._widths.get(key)
        if cached is None:
            cached = sum(pdfmetrics.stringWidth(r.text, r.font, size)
                         for r in self.runs(line, bold))
            if len(self._widths) > 16384:
                self._widths.clear()
            self._widths[key] = cached
        return cached

    def draw(self, canvas, x: float, y: float, line: str, size: float, *, bold: bool = False,
             color=None, align: str = "left") -> float:
        """Draw one line with its baseline at ``y``; returns its width.

        ``align`` is "left", "right" or "center" about ``x``.
        """
        runs = self.runs(line, bold)
        width = sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in runs)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        canvas.saveState()
        if color is not None:
            canvas.setFillColor(color)
            canvas.setStrokeColor(color)
        else:
            canvas.setStrokeColor(canvas._fillColorObj)
        text = canvas.beginText(x, y)
        for run in runs:
            text.setFont(run.font, size)
            if run.synthetic_bold:
                text.setTextRenderMode(2)
                canvas.setLineWidth(size * SYNTHETIC_BOLD_STROKE)
            else:
                text.setTextRenderMode(0)
            text.textOut(run.text)
        canvas.drawText(text)
        canvas.restoreState()
        return width

    def markup(self, text: str, bold: bool = False) -> str:
        """``text`` as escaped reportlab Paragraph markup with one ``<font>`` per run.

        Line breaks become ``<br/>``. Synthetic bold cannot be expressed in Paragraph markup;
        such runs are wrapped in ``<b>`` and rely on the caller's font family mapping.
        """
        lines = []
        for line in text.split("\n"):
            parts = []
            for run in self.runs(line, bold):
                inner = escape(run.text, {'"': "&quot;"})
                piece = f'<font name="{run.font}">{inner}</font>'
                parts.append(f"<b>{piece}</b>" if run.synthetic_bold else piece)
            lines.append("".join(parts))
        return "<br/>".join(lines)
