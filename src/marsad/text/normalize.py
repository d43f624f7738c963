"""Offset-preserving normalisation.

:func:`normalize` never changes the text it is given. It returns a :class:`NormText`: a parallel,
normalised view for matching (Arabic diacritics and tatweel removed; أ إ آ ٱ -> ا, ى -> ي, ة -> ه,
ؤ -> و, ئ -> ي; Arabic-Indic and Persian digits -> 0-9; typographic quotes and apostrophes -> ASCII;
Latin lower case; presentation forms folded by NFKC) together with a map from every position of the
view back to the original text. Every span found in the view is reported in original offsets through
:meth:`NormText.to_original`.

Fast path: most characters map to exactly one character, some are deleted (marks, tatweel,
zero-width and bidi controls). Then the view is the text with each character that changes replaced
(``str.replace``) and the map is a sorted list of deletion points (O(log n) lookups). Only texts holding
characters that NFKC expands to several characters (Arabic ligatures such as U+FEFB, Latin ligatures,
U+2026) take the slow, per-character path.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .wordscan import find_all

__all__ = ["NormText", "normalize", "normalize_str", "normalize_pattern", "fold_char"]

# Characters removed from the view: Arabic harakat and Quranic marks, superscript alef, tatweel,
# zero-width and bidirectional controls, soft hyphen, byte-order mark.
_DELETE = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_DELETE_RE = re.compile(f"[{_DELETE}]")
# Characters whose NFKC form has several characters: presentation forms and ligatures.
_EXPAND_RE = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc\u2025\u2026\u00bd-\u00be\u0132\u0133\u01c4-\u01cc]")

_FIXED = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
}
for _i in range(10):
    _FIXED[chr(0x0660 + _i)] = str(_i)
    _FIXED[chr(0x06F0 + _i)] = str(_i)


def fold_char(ch: str) -> str:
    """The normalised form of one character: '' (deleted), one character, or (rarely) several."""
    if _DELETE_RE.match(ch):
        return ""
    fixed = _FIXED.get(ch)
    if fixed is not None:
        return fixed
    if ch < "\x80":
        return ch.lower()
    nf = unicodedata.normalize("NFKC", ch)
    out = []
    for c in nf:
        if _DELETE_RE.match(c):
            continue
        c = _FIXED.get(c, c)
        low = c.lower()
        out.append(low if len(low) == 1 else c)
    folded = "".join(out)
    if len(folded) != 1 and not _EXPAND_RE.match(ch):
        # Outside the declared expanding set a character never changes length: keep it as it is.
        low = ch.lower()
        return low if len(low) == 1 else ch
    return folded


class _Table(dict):
    """A lazily filled ``str.translate`` table (nothing is computed at import time)."""

    def __missing__(self, code: int) -> str:
        value = fold_char(chr(code))
        self[code] = value
        return value


_TABLE = _Table()


class NormText:
    """A normalised view of ``original`` with a map back to original offsets.

    ``text`` is the view. For the view span ``[start, end)``, :meth:`to_original` gives the smallest
    original span whose characters produced it.
    """

    __slots__ = ("original", "text", "_dels", "_map", "_odel_cache")

    def __init__(self, original: str, text: str, dels: list[int] | None, map_: list[int] | None):
        self.original = original
        self.text = text
        self._dels = dels  # fast path: view positions at which a deletion happened (sorted, may repeat)
        self._map = map_  # slow path: original index of every view character, plus a final sentinel
        self._odel_cache = None

    def orig_index(self, i: int) -> int:
        """Original index of the view character at ``i`` (``i == len(text)`` maps to the end)."""
        if self._map is not None:
            return self._map[i]
        if not self._dels:
            return i
        return i + bisect_right(self._dels, i)

    def to_view(self, o: int) -> int:
        """View index of the first view character produced at or after original index ``o``."""
        if self._map is not None:
            return bisect_left(self._map, o)
        if not self._dels:
            return o
        odel = self._odel_cache
        if odel is None:
            # original positions of the deleted characters
            odel = self._odel_cache = [d + k for k, d in enumerate(self._dels)]
        return o - bisect_left(odel, o)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the view span ``[start, end)`` to the original text."""
        if start >= end:
            o = self.orig_index(start)
            return o, o
        if self._map is not None:
            return self._map[start], self._map[end - 1] + 1
        dels = self._dels
        if not dels:
            return start, end
        return start + bisect_right(dels, start), end + bisect_right(dels, end - 1)

    def is_plain(self) -> bool:
        """Whether every view index is its original index (no character was deleted or expanded)."""
        return self._map is None and not self._dels

    def view_of(self, start: int, end: int) -> str:
        """``normalize_str(original[start:end])`` (for ``0 <= start``), cut from the view instead of
        normalised again: the view characters that the characters of the span produced."""
        return self.text[self.to_view(start):self.to_view(end)]

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"NormText({self.text[:40]!r}...)" if len(self.text) > 40 else f"NormText({self.text!r})"


# The characters that the view changes most often in Arabic text (letters with hamza, ta marbuta, alef maqsura,
# tanwin fath): each is looked for with ``in``, not by the regex, whose cost goes mostly to its matches (a
# hundred or so an Arabic article, mostly of these). ``in`` stops at the first one in an Arabic text and
# returns at once in a text without Arabic (a narrower string kind). Latin capitals, as frequent in English,
# are left to the regex: 26 scans of every text that lacks some of them cost more than their matches.
_FREQUENT = "أإةىئ\u064b"


@lru_cache(maxsize=1)
def _unplain_re() -> re.Pattern:
    """A character that the view may change, but those of :data:`_FREQUENT` (all of which change): any character
    but those of the common ranges (ASCII, Latin-1, Arabic, general punctuation) that fold to themselves. Built at
    the first use."""
    assert all(fold_char(c) != c for c in _FREQUENT)
    codes = sorted({c for c in (*range(0x100), *range(0x600, 0x700), *range(0x2000, 0x2070))
                    if fold_char(chr(c)) == chr(c) and not _EXPAND_RE.match(chr(c))} | set(map(ord, _FREQUENT)))
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    ranges = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return re.compile(f"[^{ranges}]")


def normalize(text: str) -> NormText:
    """Build the normalised view of ``text`` (see the module docstring)."""
    # The checks and the folding work on the distinct characters that the view may change, a dozen or so in
    # an article: finding those is several times cheaper than collecting all its distinct characters
    chars = "".join({*_unplain_re().findall(text), *[c for c in _FREQUENT if c in text]})
    if _EXPAND_RE.search(chars):
        return _normalize_slow(text)
    view = _translate(text, chars)
    if len(view) == len(text):
        return NormText(text, view, None, None)
    # Deleted characters: record, for each, the view position where it vanished. A view index i maps
    # to i + (number of deletions at view positions <= i). The deleted characters of the text are among
    # ``chars`` (a few): their places found with str.find, where a regex tested every character of the text.
    gone = sorted(i for c in chars if _DELETE_RE.match(c) for i in find_all(text, c))
    dels = [i - k for k, i in enumerate(gone)]
    return NormText(text, view, dels, None)


def _translate(text: str, chars: str) -> str:
    """``text.translate(_TABLE)`` for a text of the fast path (each character folds to at most one), whose
    distinct characters that may change are among ``chars``: one ``str.replace`` for each character that the
    table changes. Most characters of a text stay as they are, and ``translate`` looks every one of them up in
    the table (several times the instructions of the replacements)."""
    changes = {}
    for c in chars:
        out = _TABLE[ord(c)]
        if out != c:
            changes[c] = out
    if any(out in changes for out in changes.values()):
        return text.translate(_TABLE)  # a fold whose result folds again: replacing in turn would chain them
    for c, out in changes.items():
        text = text.replace(c, out)
    return text


def _normalize_slow(text: str) -> NormText:
    out: list[str] = []
    map_: list[int] = []
    for i, ch in enumerate(text):
        folded = _TABLE[ord(ch)]
        for c in folded:
            out.append(c)
            map_.append(i)
    map_.append(len(text))
    return NormText(text, "".join(out), None, map_)


def normalize_pattern(pattern: str) -> str:
    """A regular expression written with Arabic letters, folded like the view; ASCII (and so every regex
    escape such as \\W or \\S) is left exactly as written."""
    return "".join(c if c < "\x80" else fold_char(c) for c in pattern)


def normalize_str(text: str) -> str:
    """The normalised view only, for keys and aliases (no offset map)."""
    if _EXPAND_RE.search(text):
        return _normalize_slow(text).text
    return text.translate(_TABLE)
