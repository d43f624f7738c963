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

import re

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
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        para_end = end if nl == -1 else nl
        if para_end > pos:
            _split_paragraph(text, pos, para_end, spans)
        pos = para_end + 1
    return spans


def _push(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


_MARKS = re.compile(r'[.!?؟۔…“”«»()\[\]"‘’„]')


def _split_paragraph(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    depth = 0
    straight_open = False
    sent_start = s
    skip_to = s
    for m in _MARKS.finditer(text, s, e):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        closing_quote = False
        if ch in _OPEN and not (ch == "‘" and i > s and text[i - 1].isalnum()):
            depth += 1
            continue
        if ch in "”»)]’":
            if not depth:
                continue
            depth -= 1
            closing_quote = ch in "”»’" and depth == 0 and i > s and text[i - 1] in _END
        elif ch == '"':
            straight_open = not straight_open
            closing_quote = not straight_open and i > s and text[i - 1] in _END
        if ch in _END or closing_quote:
            if (depth or straight_open) and not closing_quote:
                continue
            j = i + 1
            while j < e and text[j] in _END:
                j += 1
            while j < e and text[j] in _CLOSE_TRAIL:
                j += 1
            if (j >= e or text[j].isspace()) and _is_boundary(text, sent_start, i, j, e):
                _push(text, sent_start, j, spans)
                sent_start = j
                skip_to = j
                depth = 0
                straight_open = False
    _push(text, sent_start, e, spans)


def _is_boundary(text: str, sent_start: int, i: int, j: int, e: int) -> bool:
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
        if word[:1].isdigit() and j < e and text[j:j + 2].strip()[:1].isdigit():
            return False
    k = j
    while k < e and text[k].isspace():
        k += 1
    if k < e and "a" <= text[k] <= "z":
        return False
    return True
