"""Fit plain text in a box: wrap, then shrink to a legible minimum, then cut with an ellipsis.

Text is a list of paragraphs; a paragraph is a list of :class:`Span` (a piece of text, bold or
not), so one wrapped line may mix "AVOID" in bold with an agent's name in regular type. The
result says what was cut, so the caller can tell the user: on printed output size is never
traded below the minimum (6 pt by default), content is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from sm_card.render.fonts import FontSet, clusters

ELLIPSIS = "…"
LEADING = 1.15
MIN_SIZE = 6.0

_LRM, _RLM = "\u200e", "\u200f"


def _first_strong_rtl(text: str) -> bool:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def name_text(text: str) -> str:
    """A name (and relation) from the record, for a left-to-right line that goes on after it:
    one in Arabic or Hebrew is closed with a right-to-left mark, so that its closing bracket
    stays with it ("فاطمة (الأم)") and not at the far end of the line, and opened with a
    left-to-right mark, so that the text it is drawn with (a phone number after it) keeps the
    line's direction and is not printed before it."""
    one_line = " ".join(text.split())
    return _LRM + one_line + _RLM if _first_strong_rtl(one_line) else one_line


def visible(text: str) -> str:
    """``text`` as it reads on paper: without the direction marks name_text and phone_text
    add (they have no glyph), for the records of what an output prints."""
    return text.replace(_LRM, "").replace(_RLM, "")


def nobreak(text: str) -> str:
    """``text`` on one line, never split across lines (a number: 112, +44 7700 900123)."""
    return " ".join(text.split()).replace(" ", "\u00a0")


def phone_text(number: str) -> str:
    """A phone number as printed beside a name: never split across lines (no-break spaces),
    and read left to right after an Arabic name (a left-to-right mark ahead of it; without it
    the digits took the name's direction and printed "49 160 9876543+")."""
    return _LRM + nobreak(number)

# Breaks only at ordinary spaces: a no-break space (U+00A0) keeps a phone number whole.
_TOKEN = re.compile(r"[ \t\n]*[^ \t\n]+[ \t\n]*|[ \t\n]+")


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False


Line = tuple[Span, ...]


@dataclass
class Fitted:
    lines: list[Line]
    size: float
    leading: float
    cut: str = ""  # the text left out, "" when everything fits
    shrunk: bool = False  # drawn below the requested size (never below the minimum)
    paragraphs_complete: int = 0  # how many paragraphs were drawn in full
    extra: dict = field(default_factory=dict)

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    @property
    def truncated(self) -> bool:
        return bool(self.cut)


def plain(paragraph: Sequence[Span]) -> str:
    return "".join(s.text for s in paragraph)


def _tokens(paragraph: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for span in paragraph:
        for piece in _TOKEN.findall(span.text.replace("\n", " ").replace("\t", " ")):
            out.append(Span(piece, span.bold))
    return out


def _merge(spans: Sequence[Span]) -> Line:
    merged: list[Span] = []
    for s in spans:
        if merged and merged[-1].bold == s.bold:
            merged[-1] = Span(merged[-1].text + s.text, s.bold)
        elif s.text:
            merged.append(s)
    return tuple(merged)


def line_width(fonts: FontSet, line: Sequence[Span], size: float) -> float:
    return sum(fonts.width(s.text, size, s.bold) for s in line)


def _strip_end(line: list[Span]) -> list[Span]:
    while line and not line[-1].text.rstrip():
        line.pop()
    if line:
        line[-1] = Span(line[-1].text.rstrip(), line[-1].bold)
    return line


def _break_long(fonts: FontSet, token: Span, width: float, size: float) -> list[Span]:
    """A word wider than the box, split into pieces that fit (CJK, long numbers, URLs).

    Splits only between clusters: a letter keeps its marks, a conjunct and a Thai preposed
    vowel stay whole, so the pieces spell what the word spells.
    """
    pieces: list[Span] = []
    current = ""
    for char in clusters(token.text):
        if current and fonts.width(current + char, size, token.bold) > width:
            pieces.append(Span(current, token.bold))
            current = char
        else:
            current += char
    if current:
        pieces.append(Span(current, token.bold))
    return pieces


def wrap(fonts: FontSet, paragraph: Sequence[Span], width: float, size: float) -> list[Line]:
    lines: list[Line] = []
    current: list[Span] = []
    used = 0.0
    queue = _tokens(paragraph)
    while queue:
        token = queue.pop(0)
        text = token.text if current else token.text.lstrip()
        if not text:
            continue
        token = Span(text, token.bold)
        visible = fonts.width(text.rstrip(), size, token.bold)
        if used + visible <= width:
            current.append(token)
            used += fonts.width(text, size, token.bold)
            continue
        if current:
            lines.append(_merge(_strip_end(current)))
            current, used = [], 0.0
            queue.insert(0, Span(text.lstrip(), token.bold))
            continue
        pieces = _break_long(fonts, Span(text.strip(), token.bold), width, size)
        for piece in pieces[:-1]:
            lines.append((piece,))
        queue.insert(0, Span(pieces[-1].text + (" " if text[-1:].isspace() else ""),
                             token.bold))
    if current:
        lines.append(_merge(_strip_end(current)))
    return lines or [()]


def _ellipsize(fonts: FontSet, line: Line, width: float, size: float) -> tuple[Line, str]:
    """``line`` shortened so that it ends with an ellipsis; returns (line, removed text)."""
    spans = list(line)
    removed = ""
    bold = spans[-1].bold if spans else False
    while spans:
        candidate = list(spans)
        candidate[-1] = Span(candidate[-1].text.rstrip(" ,;:—-"), candidate[-1].bold)
        candidate.append(Span(ELLIPSIS, bold))
        if line_width(fonts, candidate, size) <= width:
            return _merge(candidate), removed
        last = spans.pop()
        words = _TOKEN.findall(last.text)
        if len(words) > 1:
            removed = words[-1] + removed
            spans.append(Span("".join(words[:-1]), last.bold))
        elif len(pieces := clusters(last.text)) > 1:
            # a whole cluster at a time: a consonant never loses its vowel sign alone
            removed = pieces[-1] + removed
            spans.append(Span("".join(pieces[:-1]), last.bold))
        else:
            removed = last.text + removed
    return (Span(ELLIPSIS, bold),), removed


def fit(
    fonts: FontSet,
    paragraphs: Sequence[Sequence[Span]],
    width: float,
    height: float,
    size: float,
    *,
    min_size: float = MIN_SIZE,
    step: float = 0.5,
    leading: float = LEADING,
    max_lines: int | None = None,
) -> Fitted:
    """Lay ``paragraphs`` out in a ``width`` × ``height`` box (points).

    Tries ``size``, then smaller sizes down to ``min_size``; if even that overflows, keeps the
    lines that fit and ends the last one with an ellipsis. ``Fitted.cut`` holds what was left
    out.
    """
    min_size = min(max(min_size, MIN_SIZE), size) if size >= MIN_SIZE else size
    current = size
    while True:
        line_h = current * leading
        capacity = int((height + 0.01) // line_h)
        if max_lines is not None:
            capacity = min(capacity, max_lines)
        wrapped = [wrap(fonts, p, width, current) for p in paragraphs]
        total = sum(len(w) for w in wrapped)
        if total <= capacity:
            lines = [line for w in wrapped for line in w]
            return Fitted(lines, current, line_h, shrunk=current < size,
                          paragraphs_complete=len(paragraphs))
        if current - step < min_size - 1e-9:
            break
        current = round(current - step, 2)

    # Overflow at the minimum size: keep what fits, cut the rest.
    lines = []
    cut_parts: list[str] = []
    complete = 0
    for index, w in enumerate(wrapped):
        room = capacity - len(lines)
        if room >= len(w):
            lines.extend(w)
            complete += 1
            continue
        if room > 0:
            lines.extend(w[:room])
            rest = w[room:]
            cut_parts.append(" ".join(plain(line) for line in rest))
        else:
            cut_parts.append(plain(paragraphs[index]))
        cut_parts.extend(plain(p) for p in paragraphs[index + 1:])
        break
    if lines:
        last, removed = _ellipsize(fonts, lines[-1], width, current)
        lines[-1] = last
        if removed.strip():
            cut_parts.insert(0, removed.strip())
    cut = " | ".join(part.strip() for part in cut_parts if part.strip())
    return Fitted(lines, current, current * leading, cut=cut or ELLIPSIS, shrunk=current < size,
                  paragraphs_complete=complete)


def draw(canvas, fonts: FontSet, fitted: Fitted, x: float, top: float, *, color=None,
         ascent: float = 0.8) -> float:
    """Draw ``fitted`` with its first line's top at ``top``; returns the y below the block:
    below its last line's ink where that reaches deeper than the leading leaves room for
    (an Arabic name's tails ran into the date of birth under it)."""
    y = top - fitted.size * ascent
    for line in fitted.lines:
        cursor = x
        for span in line:
            cursor += fonts.draw(canvas, cursor, y, span.text, fitted.size, bold=span.bold,
                                 color=color)
        y -= fitted.leading
    bottom = top - fitted.height
    if fitted.lines:
        baseline = y + fitted.leading
        depth = max(fonts.depth(s.text, fitted.size, s.bold) for s in fitted.lines[-1])
        bottom = min(bottom, baseline - depth - 0.05 * fitted.size)
    return bottom
