"""Sentence splitting for Arabic and English news prose, in original offsets.

Rules:
- a paragraph break (a newline) always ends a sentence;
- ``.``, ``!``, ``?``, ``؟``, ``۔`` and ``…`` end a sentence when followed by white space (or the end) and
  not inside quotation marks; ``،`` and ``؛`` never do;
- a full stop does not end a sentence after a known abbreviation (``U.S.``, ``Mr.``, ``Nov.``), a single
  capital initial (``J. D. Vance``), or when the next word starts with a lower-case Latin letter;
- closing quotation marks and brackets right after the end mark stay in the sentence.

A quotation left open at the end of a paragraph is closed there, so one stray mark cannot swallow the
rest of the article.
"""
from __future__ import annotations


__all__ = ["split_sentences", "ABBREVIATIONS"]

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col capt sgt rep sen gov pres st jr sr no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur fri sat sun
    u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g approx dept est fig op ed""".split()
)

_END = ".!?؟۔…"
_OPEN = {"“": "”", "«": "»", "(": ")", "[": "]", "„": "“", "‘": "’"}
_CLOSE_TRAIL = "”»\"')]’"


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, stripped of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    # one scan of the whole range for the marks and the paragraph breaks (a newline resets the state a
    # paragraph's reading keeps: no mark or end run reaches past it, see _is_boundary)
    para = start  # the paragraph's start
    depth = 0
    straight_open = False
    sent_start = start
    skip_to = start
    for i in _marks(text, start, end):
        ch = text[i]
        if ch == "\n":
            _push(text, sent_start, i, spans)
            para = sent_start = skip_to = i + 1
            depth = 0
            straight_open = False
            continue
        if i < skip_to:
            continue
        closing_quote = False
        if ch in _OPEN and not (ch == "‘" and i > para and text[i - 1].isalnum()):
            depth += 1
            continue
        if ch in "”»)]’":
            if not depth:
                continue
            depth -= 1
            closing_quote = ch in "”»’" and depth == 0 and i > para and text[i - 1] in _END
        elif ch == '"':
            straight_open = not straight_open
            closing_quote = not straight_open and i > para and text[i - 1] in _END
        if ch in _END or closing_quote:
            if (depth or straight_open) and not closing_quote:
                continue
            # (the runs stop at a newline too: it is in neither set)
            j = i + 1
            while j < end and text[j] in _END:
                j += 1
            while j < end and text[j] in _CLOSE_TRAIL:
                j += 1
            if (j >= end or text[j].isspace()) and _is_boundary(text, sent_start, i, j, end):
                _push(text, sent_start, j, spans)
                sent_start = j
                skip_to = j
                depth = 0
                straight_open = False
    _push(text, sent_start, end, spans)
    return spans


def _push(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


_MARKS = '\n.!?؟۔…“”«»()[]"‘’„'


def _marks(text: str, start: int, end: int) -> list[int]:
    """The positions of the marks (and newlines) in ``text[start:end]``, in order: a ``str.find`` per mark
    costs less than a regex scan testing every character against the set (and ``in`` less than a ``find``
    for the marks the text lacks)."""
    at: list[int] = []
    for ch in _MARKS:
        if ch not in text:
            continue
        i = text.find(ch, start, end)
        while i != -1:
            at.append(i)
            i = text.find(ch, i + 1, end)
    at.sort()
    return at


def _is_boundary(text: str, sent_start: int, i: int, j: int, end: int) -> bool:
    """Whether the end mark at ``i`` (its run ending at ``j``, no newline in ``text[i:j]``) ends a sentence;
    what follows is read up to the paragraph's end (the next newline, or ``end``)."""
    if text[i] in "”»’\"":
        i -= 1
    if text[i] != ".":
        return True
    b = i
    while b > sent_start and (text[b - 1].isalnum() or text[b - 1] == "."):
        b -= 1
    if b < i:
        word = text[b:i]
        low = word.lower().rstrip(".")
        if low in ABBREVIATIONS:
            return False
        if len(word) == 1 and word.isupper() and word.isascii():
            return False  # an initial: "J. D. Vance"
        if word[:1].isdigit() and j < end and text[j] != "\n" and text[j:j + 2].strip()[:1].isdigit():
            return False
    k = j
    while k < end and text[k].isspace() and text[k] != "\n":
        k += 1
    if k < end and "a" <= text[k] <= "z":  # (not a newline)
        return False
    return True
