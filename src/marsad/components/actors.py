"""Component ``marsad.actors.v1``: the actor ruler.

Matches every alias of the knowledge base (see :class:`marsad.kb.matcher.AliasMatcher`), then decides:
- the longest hit wins where hits overlap ("الولايات المتحدة الأمريكية" over "الأمريكية");
- a bare surname links only to a person named in full somewhere in the same document (weak hits are
  kept in ``doc.spans["weak"]`` for the title component);
- an alias shared by several actors goes to the one the document names unambiguously, else to a
  country, else it is left out.
"""
from __future__ import annotations

from operator import attrgetter

from ..doc import Doc
from ..facts import Evidence, Mention, Span
from ..kb import KnowledgeBase
from ..kb.matcher import AliasMatcher, Hit
from ..text.wordscan import SHARED

_TYPE_PREF = {"country": 0, "organization": 1, "person": 2, "group": 3, "place": 4}


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
        hits = self.matcher.match(doc.norm)
        strong: set[str] = set()
        for h in hits:
            if len(h.entries) == 1:
                if h.entries[0].kind != "surname":
                    strong.add(h.entries[0].actor_id)
                continue
            ids = {e.actor_id for e in h.entries if e.kind != "surname"}
            if len(ids) == 1:
                strong |= ids
        chosen: list[tuple[Hit, str, str]] = []
        weak: list[Span] = []
        for h in hits:
            pick = self._choose(h, strong)
            if pick is None:
                for e in h.entries:
                    if e.kind == "surname":
                        weak.append(Span(h.start, h.end, "surname", {"actor": e.actor_id}))
                continue
            chosen.append((h, *pick))
        chosen.sort(key=lambda t: (-(t[0].end - t[0].start), t[0].start))
        taken = bytearray(len(doc.text) + 1)
        mentions: list[Mention] = []
        for h, actor_id, kind in chosen:
            if taken.find(1, h.start, h.end) != -1:
                continue
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            actor = self.kb[actor_id]
            s, e = doc.sent_span(h.start)
            mentions.append(Mention(Evidence.of(doc.text, s, e), actor.entity, doc.text[h.start:h.end],
                                    h.start, h.end, kind))
        mentions.sort(key=attrgetter("start"))
        doc.mentions = _without_credit(doc, mentions)
        doc.spans["weak"] = [w for w in weak if taken.find(1, w.start, w.end) == -1]
        return doc

    def _choose(self, h: Hit, strong: set[str]) -> tuple[str, str] | None:
        if len(h.entries) == 1:
            e = h.entries[0]
            return None if e.kind == "surname" and e.actor_id not in strong else (e.actor_id, e.kind)
        by_actor: dict[str, str] = {}
        for e in h.entries:
            if e.kind == "surname" and e.actor_id not in strong:
                continue
            prev = by_actor.get(e.actor_id)
            if prev is None or prev == "surname":
                by_actor[e.actor_id] = e.kind
        if not by_actor:
            return None
        if len(by_actor) == 1:
            return next(iter(by_actor.items()))
        named = [a for a in by_actor if a in strong and by_actor[a] != "surname"]
        pool = named or list(by_actor)
        pool.sort(key=lambda a: _TYPE_PREF.get(self.kb[a].type, 9))
        if len(pool) == 1 or _TYPE_PREF.get(self.kb[pool[0]].type) < _TYPE_PREF.get(self.kb[pool[1]].type, 9):
            return pool[0], by_actor[pool[0]]
        return None


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
