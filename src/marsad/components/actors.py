"""Component ``marsad.actors.v1``: the actor ruler.

Matches every alias of the knowledge base (see :class:`marsad.kb.matcher.AliasMatcher`), then decides:
- the longest hit wins where hits overlap ("الولايات المتحدة الأمريكية" over "الأمريكية");
- a bare surname links only to a person named in full somewhere in the same document (weak hits are
  kept in ``doc.spans["weak"]`` for the title component);
- an alias shared by several actors goes to the one whose written form its diacritics fit ("عمّان" is Amman,
  "عُمان" Oman: the marks normalisation drops), else to the one the document names unambiguously, else to a
  country, else it is left out.
"""
from __future__ import annotations

import re
from operator import itemgetter

from ..doc import Doc
from ..facts import Evidence, Mention, Span
from ..kb import KnowledgeBase
from ..kb.matcher import AliasMatcher, Entry, Hit
from ..text.wordscan import SHARED

_TYPE_PREF = {"country": 0, "organization": 1, "person": 2, "group": 3, "place": 4}
_FIRST = itemgetter(0)
_START = itemgetter(1)


def build_matcher(kb: KnowledgeBase) -> AliasMatcher:
    # in the shared automaton: the pass over the text that finds the aliases also finds the title phrases,
    # cue words and number words of the later components
    return AliasMatcher(((a.id, al.text, al.lang, al.kind) for a in kb for al in a.aliases), shared=SHARED)


class ActorRuler:
    name = "marsad.actors.v1"

    def __init__(self, kb: KnowledgeBase, options=None):
        self.kb = kb
        self._matcher: AliasMatcher | None = None
        self._version = -1

    @property
    def matcher(self) -> AliasMatcher:
        if self._matcher is None or self._version != self.kb.version:
            self._matcher = build_matcher(self.kb)
            self._version = self.kb.version
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        hits = self.matcher.match(doc.norm)  # (start, end, entries, nstart, nend): see kb.matcher.Hit
        # the actors named unambiguously: by a hit whose entries other than surnames are all of that actor
        strong: set[str] = set()
        for h in hits:
            entries = h[2]
            if len(entries) == 1:
                if entries[0].kind != "surname":
                    strong.add(entries[0].actor_id)
                continue
            ids = {e.actor_id for e in entries if e.kind != "surname"}
            if len(ids) == 1:
                strong |= ids
        # (order key, start, hit, actor id, via): the key -length * width + start (an int, cheaper to compare than
        # the pair) orders as (-length, start) does, every start being under the width
        chosen: list[tuple[int, int, Hit, str, str]] = []
        width = len(doc.text) + 1
        weak: list[Span] = []
        for h in hits:
            start, end, entries = h[0], h[1], h[2]
            if len(entries) == 1:
                e = entries[0]
                pick = None if e.kind == "surname" and e.actor_id not in strong else (e.actor_id, e.kind)
            else:
                pick = self._choose(entries, strong, doc.text, start, end)
            if pick is None:
                for e in entries:
                    if e.kind == "surname":
                        weak.append(Span(start, end, "surname", {"actor": e.actor_id}))
                continue
            chosen.append(((start - end) * width + start, start, h, *pick))
        # the longest hit first where hits overlap (the sort is stable: ties keep the matcher's order)
        chosen.sort(key=_FIRST)
        # 1 at every position that a hit kept covers: a (non-empty) hit overlaps the hits kept if and only if it
        # holds such a position, one find (the look-up of the kept hit before it, by a second search, is not needed)
        taken = bytearray(width)
        kept: list[tuple[int, int, Hit, str, str]] = []
        for c in chosen:
            start, end = c[1], c[2][1]
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                kept.append(c)
        # in text order (the kept hits do not overlap: their starts differ), each sentence looked up once
        kept.sort(key=_START)
        text = doc.text
        actors = self.kb.actors
        mentions: list[Mention] = []
        evidence = None
        sent_end = -1
        for _, start, h, actor_id, kind in kept:
            if start >= sent_end:
                s, sent_end = doc.sent_span(start)
                evidence = Evidence.of(text, s, sent_end)
            end = h[1]
            mentions.append(Mention(evidence, actors[actor_id].entity, text[start:end], start, end, kind))
        doc.mentions = _without_credit(doc, mentions)
        doc.spans["weak"] = [w for w in weak if taken.find(1, w.start, w.end) == -1] if weak else []
        return doc

    def _choose(self, entries: tuple[Entry, ...], strong: set[str], text: str = "", start: int = 0,
                end: int = 0) -> tuple[str, str] | None:
        """The actor (and the kind of its alias) of a hit with several entries, if one can be chosen."""
        by_actor: dict[str, str] = {}
        for e in entries:
            if e.kind == "surname" and e.actor_id not in strong:
                continue
            prev = by_actor.get(e.actor_id)
            if prev is None or prev == "surname":
                by_actor[e.actor_id] = e.kind
        if not by_actor:
            return None
        if len(by_actor) == 1:
            return next(iter(by_actor.items()))
        marks = _marks(text[start:end]) if _HARAKAT.search(text, start, end) else None
        if marks:
            # "عمّان" (Amman) and "عُمان" (Oman) are one word once normalised: the marks written decide
            fits = [a for a in by_actor if any(_fits(marks, _marks(al.text)) for al in self.kb[a].aliases
                                               if al.lang == "ar" and _HARAKAT.search(al.text))]
            if len(fits) == 1:
                return fits[0], by_actor[fits[0]]
        named = [a for a in by_actor if a in strong and by_actor[a] != "surname"]
        pool = named or list(by_actor)
        pool.sort(key=lambda a: _TYPE_PREF.get(self.kb[a].type, 9))
        if len(pool) == 1 or _TYPE_PREF.get(self.kb[pool[0]].type) < _TYPE_PREF.get(self.kb[pool[1]].type, 9):
            return pool[0], by_actor[pool[0]]
        return None


_HARAKAT = re.compile("[\u064b-\u0652]")
_TATWEEL = "\u0640"


def _marks(word: str) -> list[tuple[int, str]]:
    """The diacritics of a word, each with the index of the letter it stands on (tatweel ignored)."""
    out: list[tuple[int, str]] = []
    i = -1
    for ch in word:
        if "\u064b" <= ch <= "\u0652":
            out.append((i, ch))
        elif ch != _TATWEEL:
            i += 1
    return out


def _fits(written: list[tuple[int, str]], form: list[tuple[int, str]]) -> bool:
    """Whether every mark written stands where the alias's form has it."""
    have = set(form)
    return all(m in have for m in written)


def _without_credit(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the agency credited in brackets in the dateline ("باريس - 7 كانون الثاني (أ ف ب)",
    "KYIV (Reuters) —"): who carried the story, not an actor in it."""
    if not mentions or mentions[0].start > 200 or "(" not in doc.text[:200]:
        return mentions
    from ..text.dates import dateline_span

    span = dateline_span(doc.text)
    if span is None:
        return mentions
    text = doc.text
    out = []
    for m in mentions:
        if span[0] <= m.start < span[1]:
            open_ = text.rfind("(", span[0], m.start)
            if open_ != -1 and text.find(")", open_, m.start) == -1 and text.find(")", m.end, span[1] + 1) != -1:
                continue
        out.append(m)
    return out
