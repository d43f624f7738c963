"""Word lists found in the normalised view with Aho-Corasick automata.

:func:`scan` returns the hits that stand on word boundaries, allowing a short run of Arabic proclitic
letters before the word ("ويوم", "بالقمة"), the longest hit at each place and no overlaps.

The fixed word lists of the components (title phrases, speech cues, number words, date anchors, event
triggers, the cue lists of each case) share one automaton, :data:`SHARED`: a pass of an automaton over an
article costs about the same whatever the number of its words, so one pass for all the lists is several times
cheaper than one pass per list. Each list is a :class:`WordList` whose ``iter(text)`` gives exactly what an
automaton of its own words would give. The aliases of a knowledge base are a list too (one per actor ruler):
a list that its owner no longer needs is given back with :meth:`SharedWords.discard`, and its place is
taken by the next list added.
"""
from __future__ import annotations

import threading
from typing import Any, Iterable

__all__ = ["SharedWords", "WordList", "SHARED", "automaton", "scan"]


class WordList:
    """One list of a :class:`SharedWords`. ``iter(text)``: (index of the last character, value) of every
    occurrence of every word of the list in ``text``, in text order, the longest first where several end at
    one place (as ``ahocorasick.Automaton.iter``)."""

    __slots__ = ("_owner", "_index")

    def __init__(self, owner: "SharedWords", index: int):
        self._owner = owner
        self._index = index

    def iter(self, text: str) -> list[tuple[int, Any]]:
        return self._owner.hits(text, self._index)


class SharedWords:
    """Word lists found together: one automaton over the words of all the lists, run once per text (the hits
    of the last text scanned are kept for the other lists). Lists are added for the life of the process:
    meant for fixed lists, built once."""

    def __init__(self) -> None:
        self._lists: list[dict[str, Any]] = []
        self._free: list[int] = []  # indexes of discarded lists, for the next lists added
        self._auto = None
        self._last: tuple[str, Any, list] | None = None  # (text, automaton, hits of each list)
        self._lock = threading.Lock()

    def add(self, items: Iterable[tuple[str, Any]]) -> WordList:
        """A new list of (word, value) pairs (a word given twice keeps its last value)."""
        words = dict(items)
        with self._lock:
            if self._free:
                index = self._free.pop()
                self._lists[index] = words
            else:
                index = len(self._lists)
                self._lists.append(words)
            self._auto = None
            return WordList(self, index)

    def discard(self, words: WordList) -> None:
        """Give back a list no longer used (its words stay in the automaton until the next list is added, which
        rebuilds it: their hits, still collected, are read by no one)."""
        with self._lock:
            self._lists[words._index] = {}
            self._free.append(words._index)

    def _automaton(self):
        with self._lock:
            if self._auto is None:
                import ahocorasick

                owners: dict[str, list[tuple[int, Any]]] = {}
                for i, words in enumerate(self._lists):
                    for word, value in words.items():
                        owners.setdefault(word, []).append((i, value))
                auto = ahocorasick.Automaton()
                for word, lists in owners.items():
                    auto.add_word(word, tuple(lists))
                auto.make_automaton()
                self._auto = (auto, len(self._lists))
            return self._auto

    def hits(self, text: str, index: int) -> list[tuple[int, Any]]:
        """The hits of list ``index`` in ``text`` (a list shared with later callers: not to be modified)."""
        last = self._last
        if last is not None and last[0] is text and last[1] is self._auto:
            return last[2][index]
        built = self._automaton()
        auto, n = built
        hits: list[list[tuple[int, Any]]] = [[] for _ in range(n)]
        for end, lists in auto.iter(text):
            for i, value in lists:
                hits[i].append((end, value))
        self._last = (text, built, hits)
        return hits[index]


SHARED = SharedWords()


def automaton(items: Iterable[tuple[str, Any]]) -> WordList:
    """A list of (normalised word, value) pairs for :func:`scan`, in the shared automaton."""
    return SHARED.add((word, (word, value)) for word, value in items)


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
