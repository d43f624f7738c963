"""The case's cue lists, scanned in one pass per document.

Topic cues (from the case file), position cues (:mod:`stance_rules`), commitment cues and categories
(:mod:`pledge_rules`) go into one alias matcher (its words in the shared automaton of
:mod:`marsad.text.wordscan`); :meth:`Lexicon.cues` returns the cues of one list, the longest first where they
overlap, computed once per document and shared by the components that read them.
"""
from __future__ import annotations

from operator import itemgetter

from ..case import Case, expand_cue
from ..doc import Doc
from ..kb.matcher import AliasMatcher
from ..text.wordscan import SHARED
from . import pledge_rules as P
from . import stance_rules as S
from .clauses import Cue, negated

_SEP = "\x1f"
_NEGATABLE = {"position", "quote", "commit", "family"}  # the lists whose cues a negator turns round
_START = itemgetter(0)
_END = itemgetter(1)


def _words(block: str) -> list[str]:
    """The cue words of a rules block; "_" joins the words of a phrase."""
    return [w.replace("_", " ") for w in block.split()]


class Lexicon:
    def __init__(self, key: str, lists: dict[str, list[tuple[str, str]]]):
        self.key = key
        entries = []
        self._parts: dict[str, tuple[str, str]] = {}  # an entry's key -> (list, value), split once
        for ns, items in lists.items():
            for word, value in items:
                lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in word) else "en"
                key = f"{ns}{_SEP}{value}"
                self._parts[key] = (ns, value)
                entries.append((key, word, lang, "cue"))
        self.matcher = AliasMatcher(entries, cased=False, shared=SHARED)  # built once per case
        self._lists: dict[int, tuple[tuple, list[tuple[str, str]]]] = {}  # see _lists_of
        self._max_lists = 4 * len(self.matcher) + 64

    def cues(self, doc: Doc, ns: str) -> list[Cue]:
        cache = doc.__dict__.get("_lexicon")
        if cache is None:
            cache = doc.__dict__["_lexicon"] = {}
        got = cache.get(self.key)
        if got is None:
            got = cache[self.key] = self._scan(doc)
        return got.get(ns, [])

    def _scan(self, doc: Doc) -> dict[str, list[Cue]]:
        norm = doc.norm
        text = norm.text
        lists = self._lists
        # the hits in text order, the longest first where hits start together, ties in the matcher's order (two
        # stable sorts); read in that order, each list's hits come in that order too: one pass makes every list
        hits = self.matcher.match(norm)  # (start, end, entries, nstart, nend): see kb.matcher.Hit (a new list)
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        out: dict[str, list[Cue]] = {}
        negations: dict[int, bool] = {}  # by position: a hit may stand in several lists that a negator turns round
        for h in hits:
            entries = h[2]
            got = lists.get(id(entries))
            if got is None or got[0] is not entries:
                got = self._lists_of(entries)
            start = h[0]
            for ns, value, negatable in got[1]:
                cues = out.get(ns)
                if cues is None:
                    cues = out[ns] = []
                elif start < cues[-1].end:
                    continue  # within the list's last cue (which starts before it, or with it and is longer)
                if negatable:
                    neg = negations.get(start)
                    if neg is None:
                        neg = negations[start] = negated(doc, start)
                else:
                    neg = False
                cues.append(Cue(start, h[1], text[h[3]:h[4]], value, neg))
        return out

    def _lists_of(self, entries: tuple) -> tuple[tuple, list[tuple[str, str, bool]]]:
        """(entries, the (list, value, whether a negator turns the list's cues round) of the first entry of each
        list among ``entries``, in their order): what a hit of these entries adds to each list. Kept by the
        identity of the tuple (held here, so that its id stays its own): an uncased matcher of cues gives the
        tuples of its table (``AliasMatcher._accepted``), so there are no more of them than its keys and proclitic
        readings; the bound is only a safeguard."""
        parts = self._parts
        first: dict[str, str] = {}
        for e in entries:
            ns, value = parts[e.actor_id]
            if ns not in first:
                first[ns] = value  # the hit is in that list already, with the value of its first entry there
        got = (entries, [(ns, value, ns in _NEGATABLE) for ns, value in first.items()])
        if len(self._lists) < self._max_lists:
            self._lists[id(entries)] = got
        return got


def _hint_words() -> list[tuple[str, str]]:
    """Each hint word once, valued with the kinds it hints at ("no": "neg+deny")."""
    kinds: dict[str, list[str]] = {}
    for kind, block in S.HINTS.items():
        for w in _words(block):
            kinds.setdefault(w, []).append(kind)
    return [(w, "+".join(ks)) for w, ks in kinds.items()]


_CACHE: dict[int, tuple[Case, Lexicon]] = {}


def case_lexicon(case: Case) -> Lexicon:
    """The lexicon of a case (built once per case object)."""
    got = _CACHE.get(id(case))
    if got is not None and got[0] is case:
        return got[1]
    lex = _build(case)
    _CACHE[id(case)] = (case, lex)
    return lex


def _build(case: Case) -> Lexicon:
    listed = {w for block in (S.SUPPORT, S.OPPOSE, S.OPEN, S.COMMIT, S.NOT_POSITION, S.JOIN, S.JUDGE_OPPOSE,
                              S.JUDGE_SUPPORT, S.QUOTE_SUPPORT) for w in _words(block)}
    families = [(w, "support") for w in _words(S.AR_SUPPORT_FAMILIES) if w not in listed] \
        + [(w, "oppose") for w in _words(S.AR_OPPOSE_FAMILIES) if w not in listed] \
        + [(w, value) for value, phrases in (("support", S.SUPPORT_PHRASES), ("oppose", S.OPPOSE_PHRASES),
                                             ("open", S.OPEN_PHRASES), ("open", S.COUNTER_PHRASES))
                   for p in phrases for w in expand_cue(p)]
    lists: dict[str, list[tuple[str, str]]] = {
        "topic": [(c, t.id) for t in case.topics.values() for cues in t.cues.values() for c in cues],
        "anaphor": [(c, t.id) for t in case.topics.values() for cues in t.anaphors.values() for c in cues],
        "position": [(w, "support") for w in _words(S.SUPPORT)] + [(w, "oppose") for w in _words(S.OPPOSE)]
        + [(w, "open") for w in _words(S.OPEN)] + [(w, "commit") for w in _words(S.COMMIT)]
        + [(w, "none") for w in _words(S.NOT_POSITION)] + [(w, "join") for w in _words(S.JOIN)]
        + [(w, "judge") for w in _words(S.JUDGE_OPPOSE)] + [(w, "praise") for w in _words(S.JUDGE_SUPPORT)] + families,
        "modal": [(w, "modal") for w in _words(S.MODALS)],
        "tie": [(w, "tie") for w in _words(S.TIE)],
        "pair": [(w, "leaders") for w in _words(S.PAIR_LEADERS)] + [(w, "states") for w in _words(S.PAIR_STATES)],
        "backref": [(w, str(i)) for i, (nouns, _, _) in enumerate(S.BACKREFS) for w in _words(nouns)],
        "quote": [(w, "support") for w in _words(S.QUOTE_SUPPORT)],
        "require": [(w, "require") for w in _words(S.REQUIRE)],
        "hint": _hint_words(),
        "commit": [(w, "commit") for w in _words(P.COMMIT)],
        "category": [(w.replace("_", " "), cat) for w, cat in P.category_words()],
        "family": P.family_words(),
    }
    return Lexicon(f"case:{case.id}:{id(case)}", lists)
