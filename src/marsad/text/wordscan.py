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

__all__ = ["SharedWords", "WordList", "SHARED", "automaton", "scan", "find_all", "find_each"]


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
    of the last text scanned are kept for the other lists).

    Components add their lists lazily, most of them while the first article goes through, and the aliases of
    the knowledge base make the automaton large: rebuilding it for each list added would cost several builds.
    So a list added after the build is found with an automaton of its own until the next text, and the
    shared automaton is rebuilt once, with all the lists, when that text comes."""

    def __init__(self) -> None:
        self._lists: list[dict[str, Any]] = []
        self._free: list[int] = []  # indexes of discarded lists, for the next lists added
        self._auto = None  # the shared automaton, over the lists of its build
        self._late: dict[int, Any] = {}  # lists added since the build: index -> their own automaton (or None)
        self._last: tuple[str, list] | None = None  # (text, hits of each list) of the last text scanned
        self._lock = threading.Lock()
        self._discarded: list[int] = []  # lists given back, freed at the next add or build (see discard)

    def add(self, items: Iterable[tuple[str, Any]]) -> WordList:
        """A new list of (word, value) pairs (a word given twice keeps its last value)."""
        words = dict(items)
        with self._lock:
            self._free_discarded()
            if self._free:
                index = self._free.pop()
                self._lists[index] = words
            else:
                index = len(self._lists)
                self._lists.append(words)
            self._late[index] = None
            return WordList(self, index)

    def discard(self, words: WordList) -> None:
        """Give back a list no longer used (its words stay in the automaton until the next build: their hits,
        still collected, are read by no one). The list is freed at the next add or build, not here: a
        discard runs from the finaliser of a collected matcher, which the garbage collector may call in the
        middle of an add or a build, in the thread that holds the lock (taking it here would wait forever)."""
        self._discarded.append(words._index)  # (one atomic append: no lock)

    def _free_discarded(self) -> None:
        """Free the lists discarded since the last add or build (with the lock held)."""
        while self._discarded:
            index = self._discarded.pop()
            self._lists[index] = {}
            self._late.pop(index, None)
            self._free.append(index)

    def _automaton(self):
        """The shared automaton, rebuilt first if lists were added since its build."""
        with self._lock:
            self._free_discarded()
            if self._auto is None or self._late:
                owners: dict[str, list[tuple[int, Any]]] = {}
                for i, words in enumerate(self._lists):
                    for word, value in words.items():
                        owners.setdefault(word, []).append((i, value))
                self._auto = build_automaton((word, tuple(lists)) for word, lists in owners.items())
                self._late.clear()
            return self._auto

    def hits(self, text: str, index: int) -> list[tuple[int, Any]]:
        """The hits of list ``index`` in ``text`` (a list shared with later callers: not to be modified)."""
        last = self._last
        if last is None or last[0] is not text:
            auto = self._automaton()
            hits: list[list[tuple[int, Any]]] = [[] for _ in self._lists]
            for end, lists in auto.iter(text):
                for i, value in lists:
                    hits[i].append((end, value))
            last = self._last = (text, hits)
        if index in self._late:  # added since this text was scanned
            with self._lock:
                own = self._late.get(index)
                if own is None:
                    own = build_automaton(self._lists[index].items())
                    if index in self._late:
                        self._late[index] = own
            return list(own.iter(text))
        return last[1][index]


def build_automaton(items: Iterable[tuple[str, Any]]):
    """An Aho-Corasick automaton of (word, value) pairs, built once (for a list of its own)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for word, value in items:
        auto.add_word(word, value)
    auto.make_automaton()
    return auto


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


def find_all(text: str, s: str) -> list[int]:
    """Every index where ``s`` starts in ``text``, overlaps included, in order. ``str.find`` scans fast for a
    few strings, where a regular expression would test every character of the text."""
    out = []
    i = text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def find_each(text: str, strings: Iterable[str]) -> list[int]:
    """Every index where one of ``strings`` starts in ``text``, in order (an index twice where two start there)."""
    out: list[int] = []
    for s in strings:
        out += find_all(text, s)
    out.sort()
    return out
