"""Fonts for every script: a fallback chain of TrueType fonts, shaped with HarfBuzz.

reportlab has no font fallback of its own (Helvetica draws boxes for Ł, Ж, 李), so a
:class:`FontSet` splits each line into runs by which font of the chain has its glyphs. The chain
is, in order: Noto Sans (the ``fontpkg-noto-sans`` package, always present: Latin, Greek,
Cyrillic, Devanagari); Noto Sans Thai and Noto Sans Arabic (``fontpkg-noto-sans-thai`` and
``-arabic``); DejaVu Sans (system; adds Hebrew); then CJK-capable TrueType fonts found on the
system (WenQuanYi Micro Hei on Linux via fontconfig, Microsoft YaHei / SimSun on Windows, Arial
Unicode on macOS). A character none of them has is looked up with fontconfig (``fc-list
:charset=...``), so Debian's ``fonts-noto-core`` supplies Bengali, Tamil, Gujarati, Hebrew and
the rest. CFF-flavoured OpenType fonts (Noto CJK .otf) do not load in reportlab and are skipped.
Fonts are loaded lazily: a Latin-only card never parses the 5 MB CJK font.

Shaping: a run in a script whose letters change shape or order with their neighbours
(Devanagari and the other Indic scripts, Thai, Arabic, Hebrew ...) or any right-to-left run is
shaped by HarfBuzz (``uharfbuzz``) with the very font that draws it, and drawn glyph by glyph
with HarfBuzz's positions through reportlab's shaped-text support. Lines are put in visual order
with the Unicode bidirectional algorithm (``python-bidi``): runs are ordered by their embedding
levels and each run is shaped in its own direction. Callers pass logical text, one line at a
time. Latin, Greek, Cyrillic and CJK runs are drawn as plain text, as before.

Never silent: :meth:`FontSet.problems` names every character no font has (it would print as a
box) and every complex-script character whose font has no OpenType layout for that script (it
would print misspelled); every output shows these before printing.

Bold: a family with a real bold face uses it; otherwise (the ``fontpkg`` Noto fonts are variable
fonts, which reportlab draws at their default weight, and instancing them takes seconds) bold
is drawn by stroking the glyph outline as well as filling it ("synthetic bold").
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fontTools import unicodedata as ucd
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFError
from reportlab.pdfbase.ttfonts import TTFont as RLTTFont

from sm_card.render.output_warnings import OutputWarning, no_glyph

# Stroke width of synthetic bold, as a fraction of the font size.
SYNTHETIC_BOLD_STROKE = 0.045
MAX_EXTRA_FONTS = 3
MAX_FONTCONFIG_LOOKUPS = 24  # per chain: each costs a process start

# Scripts (ISO 15924) whose text HarfBuzz must shape: letters join, reorder, stack or take
# contextual forms. Right-to-left runs are shaped whatever their script.
COMPLEX_SCRIPTS = frozenset({
    "Arab", "Syrc", "Thaa", "Nkoo", "Hebr", "Mand", "Adlm", "Rohg",
    "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh",
    "Thai", "Laoo", "Tibt", "Mymr", "Khmr", "Bali", "Java", "Sund", "Tglg", "Limb", "Mtei",
    "Cham", "Lana", "Tale", "Talu", "Bugi", "Batk", "Lepc", "Saur", "Kthi", "Shrd", "Sidd",
    "Gran", "Tirh", "Modi", "Khoj", "Sind", "Mahj", "Takr", "Dogr", "Nand", "Newa", "Hmng",
})
# Of those, the scripts a font without OpenType layout tables for them draws wrongly (matras on
# the wrong side, visible viramas, unjoined letters, tone marks colliding). Hebrew without
# points draws correctly from plain glyphs, so a font without 'hebr' tables is fine for it.
NEEDS_LAYOUT = COMPLEX_SCRIPTS - {"Hebr"}

_ZWJ, _ZWNJ = "\u200d", "\u200c"
_WORD = re.compile(r"\S+")


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
    """A piece of one line drawn with one font, in visual order among the line's runs.

    ``text`` is the run's characters in logical order. ``glyphs`` is set when the run was
    shaped: reportlab's shaped string (one code per glyph, in visual order, with HarfBuzz's
    positions); otherwise ``text`` is drawn as it is. ``advance`` is the width at 1 pt.
    """

    text: str
    font: str  # the reportlab font name
    synthetic_bold: bool = False
    glyphs: str | None = None
    advance: float = 0.0
    rtl: bool = False
    # How far the ink of a shaped run reaches below the baseline, at 1 pt: Arabic's tails and
    # dots go deeper than the room a line's leading leaves under Latin text.
    depth: float = 0.0

    @property
    def drawn(self) -> str:
        return self.glyphs if self.glyphs is not None else self.text


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
    # Never getFont() on a name not registered yet: reportlab then looks for a Type 1 font of
    # that name by parsing every AFM file on its search path (over a second, once per name).
    if name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
    else:
        try:
            font = RLTTFont(name, str(path), subfontIndex=index)
        except (TTFError, OSError, KeyError, ValueError, AssertionError):
            return None  # CFF outlines, damaged file, unreadable: not usable by reportlab
        pdfmetrics.registerFont(font)
        # reportlab keeps one font per PostScript name: a second file with the same name (a
        # system copy of a packaged font) is drawn with the first, so its map is the one used.
        font = pdfmetrics.getFont(name)
    # Taken before any shaping: reportlab adds private-use codes for shaped glyphs to the
    # font's map, and those are not characters the font has.
    cmap = getattr(font, "_smc_cmap", None)
    if cmap is None:
        cmap = font._smc_cmap = frozenset(font.face.charToGlyph)
    return name, cmap


def _escape(text: str) -> str:
    """As xml.sax.saxutils.escape(text, {'"': "&quot;"}), which is not imported for it: it
    brings urllib.request, http.client, email and ssl (~6 ms of every `sm-card card`)."""
    return (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace('"', "&quot;"))


def _fc_list(pattern: str, fields: str = "%{file}\n") -> list[str]:
    # Here, not at the top: most cards never ask fontconfig (its processes or the modules).
    import shutil
    import subprocess

    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(
            ["fc-list", "-f", fields, pattern], capture_output=True, text=True, timeout=5
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line for line in out.splitlines() if line.strip()]


def _fc_files(pattern: str) -> list[Path]:
    return sorted({Path(line) for line in _fc_list(pattern)})


def _first_existing(paths: Iterable[Path]) -> Path | None:
    for path in paths:
        if path.is_file():
            return path
    return None


def _truetype(paths: Iterable[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in (".ttf", ".ttc")]


def _package_font(module: str, pattern: str) -> Path | None:
    """The TrueType file a ``fontpkg-*`` package ships, if that package is installed."""
    try:
        package = __import__(module)
    except ImportError:
        return None
    # __path__ rather than __file__: a frozen bundle may load the package without its
    # __init__ file (then __file__ is None) while its files/ folder is there.
    for folder in getattr(package, "__path__", None) or []:
        found = _first_existing(sorted((Path(folder) / "files").glob(pattern)))
        if found:
            return found
    return None


def noto_sans_path() -> Path | None:
    return _package_font("fontpkg_noto_sans", "NotoSans[[]*.ttf")


# Script fonts from PyPI (pyproject dependencies), after Noto Sans and before the system's.
PACKAGE_FONTS = (
    ("Noto Sans Thai", "fontpkg_noto_sans_thai", "NotoSansThai[[]*.ttf"),
    ("Noto Sans Arabic", "fontpkg_noto_sans_arabic", "NotoSansArabic[[]*.ttf"),
)


def discover_sources(cjk_extras: bool = True) -> list[FontSource]:
    """The fallback chain available on this machine, best first. ``cjk_extras=False`` leaves
    out its tail, ``extra_cjk_sources`` (two fontconfig processes), for a FontSet to ask for
    only when a character is missing from the rest."""
    sources: list[FontSource] = []
    noto = noto_sans_path()
    if noto:
        sources.append(FontSource("Noto Sans", noto))
    for family, module, pattern in PACKAGE_FONTS:
        path = _package_font(module, pattern)
        if path:
            sources.append(FontSource(family, path))

    dejavu_dirs = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                   Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"),
                   Path.home() / "Library/Fonts"]
    dejavu = _first_existing(d / "DejaVuSans.ttf" for d in dejavu_dirs) or _first_existing(
        p for p in _fc_files(":family=DejaVu Sans:style=Book") if p.name == "DejaVuSans.ttf"
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
    wqy = wqy or _first_existing(_truetype(_fc_files(":family=WenQuanYi Micro Hei")))
    if wqy:
        sources.append(FontSource("WenQuanYi Micro Hei", wqy))
    if cjk_extras:
        sources += extra_cjk_sources({s.path for s in sources})
    return sources


def extra_cjk_sources(known: set[Path]) -> list[FontSource]:
    """A few more CJK-capable TrueType fonts, if fontconfig knows any (each costs a parse when
    a character reaches it, so not every font on the system)."""
    extra = [p for p in _truetype(_fc_files(":lang=zh")) + _truetype(_fc_files(":lang=ja"))
             if p not in known]
    return [FontSource(path.stem, path) for path in list(dict.fromkeys(extra))[:MAX_EXTRA_FONTS]]


def _fontconfig_source(char: str, known: set[Path]) -> FontSource | None:
    """A system TrueType font that has ``char``, preferring a plain sans Regular face."""
    found = []
    for line in _fc_list(f":charset={ord(char):x}", "%{file}\t%{family[0]}\t%{style[0]}\n"):
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        path = Path(parts[0])
        if path.suffix.lower() not in (".ttf", ".ttc") or path in known:
            continue
        family, style = parts[1], parts[2]
        rank = (style not in ("Regular", "Book"), "Sans" not in family,
                any(w in family for w in ("UI", "Mono", "Looped", "Display", "Serif")),
                len(family), str(path))
        found.append((rank, path, family))
    if not found:
        return None
    _rank, path, family = min(found)
    bold = None
    for candidate in (path.with_name(path.name.replace("-Regular", "-Bold")),):
        if candidate != path and candidate.is_file():
            bold = candidate
    return FontSource(family, path, bold)


# -- characters, scripts and bidi ---------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def script_of(char: str) -> str:
    """The ISO 15924 script code of ``char`` ("Zyyy" common, "Zinh" inherited marks)."""
    return ucd.script(char)


def _is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _is_complex(char: str) -> bool:
    return script_of(char) in COMPLEX_SCRIPTS


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds a complex-script or right-to-left character, or a combining
    mark (a decomposed "é", as macOS keyboards type it, is composed or positioned by the
    shaper; drawn as two glyphs the accent would sit beside its letter)."""
    return any(ord(c) >= 0x0300 and (unicodedata.category(c) == "Mn" or _is_complex(c)
                                     or _is_rtl_char(c)) for c in text)


def _ignorable(char: str) -> bool:
    """Characters with no glyph of their own (joiners, bidi marks, controls)."""
    return unicodedata.category(char) in ("Cf", "Cc")


def _joins_previous(prev: str, char: str) -> bool:
    """Whether ``char`` belongs to the same user-perceived character as ``prev``."""
    if unicodedata.category(char)[0] == "M" or char in (_ZWJ, _ZWNJ, "\ufe0f", "\ufe0e"):
        return True
    if prev in (_ZWJ,) or unicodedata.combining(prev) == 9:  # after a virama: a conjunct
        return True
    return 0x0E40 <= ord(prev) <= 0x0E44 or 0x0EC0 <= ord(prev) <= 0x0EC4  # Thai/Lao preposed


def clusters(text: str) -> list[str]:
    """``text`` cut into pieces that may stand apart without changing their spelling.

    A base letter with its marks, a conjunct joined by a virama and a Thai preposed vowel with
    its consonant stay together, so that wrapping or shortening never splits them.
    """
    out: list[str] = []
    for char in text:
        if out and _joins_previous(out[-1][-1], char):
            out[-1] += char
        else:
            out.append(char)
    return out


def _bidi_levels(line: str) -> list[int]:
    """The Unicode bidi embedding level of each character of ``line`` (logical order)."""
    if not any(_is_rtl_char(c) for c in line):
        return [0] * len(line)
    # Rules P2-I2 by python-bidi's pure-Python implementation (bidi.algorithm), which exposes
    # the levels; its top-level Rust get_display only returns the reordered string.
    # tests/render/test_shaping.py fails loudly if these step functions ever change.
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(line)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(line, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    resolved = iter(storage["chars"])
    levels: list[int] = []
    for char in line:
        # Explicit embeddings and boundary neutrals (joiners) are removed by rule X9: they
        # take the level of what precedes them.
        if unicodedata.bidirectional(char) in algorithm.X9_REMOVED:
            levels.append(levels[-1] if levels else base)
        else:
            levels.append(next(resolved)["level"])
    # Rule L1: trailing white space goes back to the paragraph level.
    i = len(line)
    while i > 0 and line[i - 1].isspace():
        i -= 1
        levels[i] = base
    return levels


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2 on runs: the order in which runs of these levels are displayed."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def _layout_scripts(font) -> frozenset[str]:
    """OpenType script tags of the font's GSUB and GPOS tables."""
    cached = getattr(font, "_smc_scripts", None)
    if cached is None:
        face = font.hbFace
        tags: set[str] = set()
        for table in ("GSUB", "GPOS"):
            try:
                tags.update(face.get_table_script_tags(table))
            except AttributeError:  # uharfbuzz before 0.46
                import uharfbuzz

                tags.update(uharfbuzz.ot_layout_table_get_script_tags(face, table))
        cached = font._smc_scripts = frozenset(tags)
    return cached


def can_shape(font_name: str, script: str) -> bool:
    """Whether the font has OpenType layout for ``script`` (when the script needs it)."""
    if script not in NEEDS_LAYOUT:
        return True
    font = pdfmetrics.getFont(font_name)
    tags = ucd.ot_tags_from_script(script)
    return any(tag in _layout_scripts(font) for tag in tags)


def shape(font_name: str, text: str, rtl: bool) -> tuple[ShapedStr, float, float]:
    """``text`` shaped by HarfBuzz with the font: (reportlab shaped string, width at 1 pt,
    depth of the ink below the baseline at 1 pt).

    The shaped string holds one code per glyph in visual order; glyphs without a character of
    their own (conjuncts, joined forms) get private-use codes that reportlab maps to the glyph.
    """
    import uharfbuzz as hb

    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(1000)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buf, {})
    codes: list[str] = []
    data: list[ShapeData] = []
    total = 0.0
    lowest = 0  # font units at 1000 per em: the lowest ink of any glyph, below the baseline
    face = font.face
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        extents = hb_font.get_glyph_extents(gid)
        if extents is not None:
            lowest = min(lowest, extents.y_bearing + extents.height + pos.y_offset)
        chars = face.glyphToChar.get(gid)
        if chars:
            code = chars[0]
        else:
            advance = font.pdfScale(face.hmetrics[gid][0]) if gid < len(face.hmetrics) else 0
            code = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, advance)
        x_advance = font.pdfScale(pos.x_advance)
        total += x_advance
        data.append(ShapeData(info.cluster, x_advance, font.pdfScale(pos.y_advance),
                              font.pdfScale(pos.x_offset), font.pdfScale(pos.y_offset),
                              face.charWidths.get(code, face.defaultWidth)))
        codes.append(chr(code))
    return ShapedStr("".join(codes), shapeData=data), total / 1000, -lowest / 1000


def shape_line(text: str) -> str:
    """``text`` with its characters in visual (left-to-right display) order.

    For reports and tests: drawing goes through :meth:`FontSet.runs`, which shapes.
    """
    levels = _bidi_levels(text)
    if not any(levels):
        return text
    out = []
    for i in _visual_order(levels):
        out.append(text[i])
    return "".join(out)


def _is_neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZPC" or char in "0123456789+-.,:;/()"


class FontSet:
    """A chain of fonts that together draw as many scripts as this machine allows.

    All text given to this class is plain text: never markup. Methods taking a ``line``
    expect one line (no line breaks) in logical order.
    """

    def __init__(self, sources: Sequence[FontSource], *, fontconfig: bool = True,
                 more: Callable[[set[Path]], list[FontSource]] | None = None):
        if not sources:
            raise RuntimeError(
                "no usable TrueType font: install the fontpkg-noto-sans package"
            )
        self._sources = list(sources)
        self._loaded: list[_Loaded | None] = [None] * len(sources)
        self._failed: set[int] = set()
        self._quick: dict[int, frozenset[int] | None] = {}  # by index; see _might_have
        self._cache: dict[tuple[str, bool], tuple[Run, ...]] = {}
        self._index: dict[str, int | None] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        # problems() per text: a letter asks again for every paragraph at every redraw. Only
        # a longer chain changes an answer; it empties this.
        self._problems: dict[str, tuple[OutputWarning, ...]] = {}
        self._fontconfig = fontconfig
        # The chain's tail, asked for when a character is first missing from the fonts above
        # (it would be reached only then anyway): most text never needs it.
        self._more = more
        self._lookups = 0
        if self._load(0) is None:
            raise RuntimeError(f"{sources[0].path}: cannot be used as a TrueType font")

    @classmethod
    @functools.cache
    def default(cls) -> FontSet:
        """The machine's chain, built once per process (fonts are registered globally)."""
        return cls(discover_sources(cjk_extras=False), more=extra_cjk_sources)

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

    def _might_have(self, i: int, chars: Iterable[str]) -> bool:
        """False when a font not loaded yet surely lacks one of ``chars``: its character map
        read by HarfBuzz (a fraction of a millisecond) instead of reportlab parsing the whole
        font (tens of milliseconds), so that an arrow missing from the first font does not
        load every script's font on the way to one that has it. A yes is confirmed on the
        loaded font's own map, the one reportlab draws with."""
        if self._loaded[i] is not None:
            return True
        if i not in self._quick:
            import uharfbuzz as hb

            src = self._sources[i]
            try:
                face = hb.Face(hb.Blob.from_file_path(str(src.path)), src.index)
                self._quick[i] = frozenset(face.unicodes)
            except Exception:  # noqa: BLE001 - unreadable here: loading it will tell
                self._quick[i] = None
        quick = self._quick[i]
        return quick is None or all(ord(c) in quick for c in chars if not _ignorable(c))

    def _has(self, i: int, chars: Iterable[str]) -> bool:
        if not isinstance(chars, str):
            chars = tuple(chars)  # read twice below
        if not self._might_have(i, chars):
            return False
        loaded = self._load(i)
        return loaded is not None and all(
            ord(c) in loaded.cmap for c in chars if not _ignorable(c))

    def _first_covering(self, chars: str) -> int | None:
        for i in range(len(self._sources)):
            if self._has(i, chars):
                return i
        return None

    def _font_index(self, char: str) -> int | None:
        if char in self._index:
            return self._index[char]
        found = self._first_covering(char)
        if found is None and self._more is not None and not _ignorable(char):
            more, self._more = self._more, None
            for extra in more({s.path for s in self._sources}):
                self._sources.append(extra)
                self._loaded.append(None)
            self._problems.clear()
            found = self._first_covering(char)
            # characters found missing before may be in the new fonts
            self._index = {k: v for k, v in self._index.items() if v is not None}
        if found is None and self._fontconfig and not _ignorable(char) \
                and self._lookups < MAX_FONTCONFIG_LOOKUPS:
            self._lookups += 1
            source = _fontconfig_source(char, {s.path for s in self._sources})
            if source is not None:
                self._sources.append(source)
                self._loaded.append(None)
                self._problems.clear()
                if self._has(len(self._sources) - 1, char):
                    found = len(self._sources) - 1
                    # characters found missing before may be in the new font
                    self._index = {k: v for k, v in self._index.items() if v is not None}
        if len(self._index) > 65536:
            self._index.clear()
        self._index[char] = found
        return found

    def covers(self, char: str) -> bool:
        return char in "\n\t" or _ignorable(char) or self._font_index(char) is not None

    def _assign(self, line: str) -> list[int | None]:
        """The chain index of the font that draws each character of ``line``.

        A word goes to the first font that has all its letters, so that the letters a shaper
        combines share a font; failing that, each cluster (letter with its marks) to the first
        font that has it; white space goes with the text before it.
        """
        fonts: list[int | None] = [None] * len(line)
        for match in _WORD.finditer(line):
            word = match.group()
            for c in word:
                self._font_index(c)  # lets fontconfig add a font for a missing letter
            whole = self._first_covering(word)
            pos = match.start()
            if whole is not None:
                fonts[pos:match.end()] = [whole] * len(word)
                continue
            for piece in clusters(word):
                index = self._first_covering(piece)
                if index is None:
                    index = self._font_index(piece[0])
                fonts[pos:pos + len(piece)] = [index] * len(piece)
                pos += len(piece)
        previous: int | None = None
        for i, char in enumerate(line):
            if char.isspace() and not _ignorable(char):
                following = next((f for f in fonts[i:] if f is not None), None)
                for candidate in (previous, following):
                    if candidate is not None and self._has(candidate, char):
                        fonts[i] = candidate
                        break
                else:
                    fonts[i] = self._font_index(char)
            if fonts[i] is not None:
                previous = fonts[i]
        return fonts

    def problems(self, text: str) -> list[OutputWarning]:
        """Why ``text`` would not print as written: one message per problem, or none.

        A character no font has prints as a box; a complex-script character whose font has no
        OpenType layout for its script prints misspelled.
        """
        known = self._problems.get(text)
        if known is None:
            if len(self._problems) > 4096:
                self._problems.clear()
            known = self._problems[text] = tuple(self._find_problems(text))
        return list(known)

    def _find_problems(self, text: str) -> list[OutputWarning]:
        found: list[OutputWarning] = []
        missing = self.missing(text)
        if missing:
            found.append(no_glyph(", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)))
        unshaped: dict[tuple[str, str], list[str]] = {}
        for line in text.splitlines():
            for char, index in zip(line, self._assign(line), strict=True):
                if index is None or _ignorable(char):
                    continue
                script = script_of(char)
                loaded = self._loaded[index]
                assert loaded is not None
                if not can_shape(loaded.name, script):
                    seen = unshaped.setdefault((script, loaded.source.family), [])
                    if char not in seen:
                        seen.append(char)
        for (script, family), seen in unshaped.items():
            name = ucd.script_name(script, default=script)
            found.append(OutputWarning(
                f"{name} text ({''.join(seen)}) cannot be shaped: the font that has it "
                f"({family}) has no OpenType layout for {name}, so it would print misspelled "
                "(install Debian's fonts-noto-core)", "unshaped", script=name,
                chars="".join(seen), family=family))
        return found

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` that no font of the chain can draw."""
        seen: list[str] = []
        for char in text:
            if char not in seen and not self.covers(char):
                seen.append(char)
        return seen

    def fonts_used(self, text: str) -> list[str]:
        """Families that would draw ``text``, in chain order (for reports and tests)."""
        used: set[int] = set()
        for line in text.splitlines():
            used.update(i for i in self._assign(line) if i is not None)
        return [self._sources[i].family for i in sorted(used)]

    def runs(self, line: str, bold: bool = False) -> tuple[Run, ...]:
        """``line`` (logical order) split into runs by font and direction, shaped where the
        script needs it, in visual order."""
        key = (line, bold)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        levels = _bidi_levels(line)
        fonts = self._assign(line)
        # Logical runs of one font and one level. A character no font has is drawn (as a box)
        # with the font of the run it is in.
        pieces: list[tuple[int, int, str]] = []  # (font index, level, text)
        for char, font, level in zip(line, fonts, levels, strict=True):
            if char in "\t\n\r" or (unicodedata.category(char) == "Cc"):
                continue
            if font is None:
                font = pieces[-1][0] if pieces else 0
            if pieces and pieces[-1][0] == font and pieces[-1][1] == level:
                pieces[-1] = (font, level, pieces[-1][2] + char)
            else:
                pieces.append((font, level, char))
        result = tuple(self._make_run(pieces[i], bold)
                       for i in _visual_order([p[1] for p in pieces]))
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _make_run(self, piece: tuple[int, int, str], bold: bool) -> Run:
        index, level, text = piece
        loaded = self._load(index) or self._load(0)
        assert loaded is not None
        synthetic = bold and not loaded.bold_name
        name = loaded.bold_name if bold and loaded.bold_name else loaded.name
        rtl = level % 2 == 1
        if rtl or needs_shaping(text):
            glyphs, advance, depth = shape(name, text, rtl)
            return Run(text, name, synthetic, glyphs, advance, rtl, depth)
        # Bidi and joiner controls have no glyph of their own: left out of plain runs.
        plain = "".join(c for c in text if not _ignorable(c))
        return Run(plain, name, synthetic, None, pdfmetrics.stringWidth(plain, name, 1), rtl)

    def width(self, line: str, size: float, bold: bool = False) -> float:
        key = (line, size, bold)
        cached = self._widths.get(key)
        if cached is None:
            cached = sum(r.advance for r in self.runs(line, bold)) * size
            if len(self._widths) > 16384:
                self._widths.clear()
            self._widths[key] = cached
        return cached

    def depth(self, line: str, size: float, bold: bool = False) -> float:
        """How far below the baseline the ink of ``line``'s shaped runs reaches (0 when it
        has none: plain runs stay within the room a line's leading leaves)."""
        return max((r.depth for r in self.runs(line, bold)), default=0.0) * size

    def draw(self, canvas, x: float, y: float, line: str, size: float, *, bold: bool = False,
             color=None, align: str = "left") -> float:
        """Draw one line with its baseline at ``y``; returns its width.

        ``align`` is "left", "right" or "center" about ``x``.
        """
        runs = self.runs(line, bold)
        width = sum(r.advance for r in runs) * size
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
        cursor = x
        for run in runs:
            # One text object per run, placed at the run's own position: a shaped run moves
            # the pen by HarfBuzz's advances, which reportlab's cursor does not track.
            text = canvas.beginText(cursor, y)
            text.setFont(run.font, size)
            if run.synthetic_bold:
                text.setTextRenderMode(2)
                canvas.setLineWidth(size * SYNTHETIC_BOLD_STROKE)
            else:
                text.setTextRenderMode(0)
            text.textOut(run.drawn)
            canvas.drawText(text)
            cursor += run.advance * size
        canvas.restoreState()
        return width

    def markup(self, text: str, bold: bool = False) -> str:
        """``text`` as escaped reportlab Paragraph markup with one ``<font>`` per run.

        Line breaks become ``<br/>``. Paragraph markup cannot carry shaped glyphs: text for
        which :func:`needs_shaping` is true must be drawn with :meth:`draw` instead (the letter
        does). Synthetic bold cannot be expressed in Paragraph markup; such runs are wrapped in
        ``<b>`` and rely on the caller's font family mapping.
        """
        lines = []
        for line in text.split("\n"):
            parts = []
            for run in self.runs(line, bold):
                inner = _escape(run.text)
                piece = f'<font name="{run.font}">{inner}</font>'
                parts.append(f"<b>{piece}</b>" if run.synthetic_bold else piece)
            lines.append("".join(parts))
        return "<br/>".join(lines)
