"""Word lists found in the normalised view with one Aho-Corasick automaton.

:func:`scan` returns the hits that stand on word boundaries, allowing a short run of Arabic proclitic
letters before the word ("ويوم", "بالقمة"), the longest hit at each place and no overlaps.
"""
from __future__ import annotations

from typing import Any, Iterable

__all__ = ["automaton", "scan"]


def automaton(items: Iterable[tuple[str, Any]]):
    """An automaton of (normalised word, value) pairs."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for word, value in items:
        auto.add_word(word, (word, value))
    auto.make_automaton()
    return auto


def scan(auto, view: str, *, proclitics: str = "وبلف", max_prefix: int = 2) -> list[tuple[int, int, str, Any]]:
    """(start, end, word, value) of every hit, longest first where hits overlap, in text order."""
    n = len(view)
    found = []
    for last, (word, value) in auto.iter(view):
        s, e = last + 1 - len(word), last + 1
        if e < n and view[e].isalpha():
            continue
        ws = s
        while ws > 0 and view[ws - 1].isalpha():
            ws -= 1
        if ws < s and (s - ws > max_prefix or any(c not in proclitics for c in view[ws:s])):
            continue
        found.append((s, e, word, value))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str, Any]] = []
    for t in found:
        if out and t[0] < out[-1][1]:
            continue
        out.append(t)
    return out
