"""Shared machinery of the stance and pledge components: clauses, coordinated actors, negation, cues.

A sentence is cut into clauses at "، بينما", "، فيما", ", while", "; ", "but"...; a cue (a verb or noun of
position or commitment) finds its actors as the coordinated group of mentions right before it (subject
first) or right after it (Arabic verb first): "أعربت السويد والدنمارك وأستراليا عن انفتاحها", "Germany, the
Netherlands and Finland backed it".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..doc import Doc
from ..facts import Entity, Mention
from ..kb.matcher import AliasMatcher
from ..text.normalize import normalize_pattern as _re, normalize_str

_n = normalize_str

# A clause break: "، بينما", ", while", "; ", "؛", " في حين ", "but". The patterns open with the class of
# the first characters of their forms and each form checks its first character by a look-behind: the regex
# engine then skips straight to those characters instead of trying every form at every position. The spaced
# forms (" بينما ", " في حين ") begin at any space, so they are only looked for in sentences holding their words.
_UNSPACED_BREAKS = (r"(?<=[،,])[ \t]*(?:بينما|فيما|في حين|لكن(?:ه|ها|هم)?|غير أن|إلا أن|whereas|while|but|although|"
                    r"though)\b|(?<=[;؛])|(?<=\bw)hile\b|(?<=\bw)hereas\b|(?<=\bb)ut\b")
_SPACED = ("بينما", "في حين")
CLAUSE_BREAK = re.compile(_re(rf"[،,;؛ \tbw](?:{_UNSPACED_BREAKS}|(?<=[ \t])[ \t]*(?:{'|'.join(_SPACED)})[ \t])"))
_UNSPACED_BREAK = re.compile(_re(rf"[،,;؛bw](?:{_UNSPACED_BREAKS})"))
_SPACED_WORDS = tuple(_n(w) for w in _SPACED)
NEGATORS = {_n(w) for w in ("لم", "لا", "لن", "ليس", "ليست", "غير", "دون", "بدون", "without", "not", "never", "no",
                            "n't", "didn't", "don't",
                            "doesn't", "won't", "hasn't", "haven't", "wouldn't", "cannot", "can't")}
DEMONSTRATIVES = {_n(w) for w in ("ذلك", "هذا", "هذه", "تلك", "الطرح", "الفكرة", "الخطة", "العرض", "المقترح", "it",
                                  "this", "that", "idea", "scheme", "proposal", "plan", "step", "option", "move",
                                  "offer")}
_GROUP_GAP = re.compile(r"^[ \t]*(?:,|،|and|و|&)?[ \t]*(?:the[ \t]+)?(?:و)?$", re.I)
_GROUP_STOP = re.compile(r"[.:؛;]")  # punctuation that ends a coordinated group
_LETTERS = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[.,،;:؛]")
_NEG_WORDS = re.compile(r"[^\W\d_]+(?:'t)?")


@dataclass(slots=True)
class Cue:
    start: int  # original offsets
    end: int
    key: str  # normalised cue
    value: str  # polarity, category ...
    negated: bool = False


def cue_matcher(entries: Iterable[tuple[str, str]]) -> AliasMatcher:
    """(word or phrase, value) pairs -> a matcher that allows Arabic proclitics."""
    return AliasMatcher(((value, word, "ar" if any("\u0600" <= c <= "\u06ff" for c in word) else "en", "cue")
                         for word, value in entries), cased=False)


def find_cues(doc: Doc, matcher: AliasMatcher) -> list[Cue]:
    hits = matcher.match(doc.norm)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Cue] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(Cue(h.start, h.end, doc.norm.text[h.nstart:h.nend], h.entries[0].actor_id,
                       negated(doc, h.start)))
    return out


def negated(doc: Doc, pos: int) -> bool:
    """A negator within the two words before ``pos`` ("لم تؤيد", "did not support")."""
    v = doc.norm.to_view(pos)
    before = _CLAUSE_END.split(doc.norm.text[max(0, v - 24):v])[-1]  # not past a comma: "دون سقف، محذرًا"
    words = _NEG_WORDS.findall(before)[-2:]
    if len(words) == 2 and words[1] in _STILL:
        return False  # "لا تزال ترفض", "ما زالت تعارض": still, not a negation
    return any(w in NEGATORS or w.endswith("n't") or (w[:1] in "وف" and w[1:] in NEGATORS) for w in words)


_STILL = {_n(w) for w in ("يزال", "تزال", "زال", "زالت", "يزالون", "زالوا")}


def clauses(doc: Doc, ss: int, se: int) -> list[tuple[int, int]]:
    """Clause spans of the sentence [ss, se) (computed once per document)."""
    cache = doc.__dict__.setdefault("_clause_cache", {})
    got = cache.get(ss)
    if got is not None:
        return got
    norm = doc.norm
    vs, ve = norm.to_view(ss), norm.to_view(se)
    cuts = [ss]
    spaced = any(norm.text.find(w, vs, ve) != -1 for w in _SPACED_WORDS)
    for m in (CLAUSE_BREAK if spaced else _UNSPACED_BREAK).finditer(norm.text, vs, ve):
        cuts.append(norm.orig_index(m.start()))
    cuts.append(se)
    got = cache[ss] = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    return got


def actor_group(doc: Doc, mentions: list[Mention], pos: int, lo: int, hi: int, *, after: bool) -> list[Mention]:
    """The coordinated group of mentions right after ``pos`` (Arabic VSO) or right before it (SVO),
    within [lo, hi)."""
    return _actor_group(doc, mentions, pos, lo, hi, after=after)


def _actor_group(doc: Doc, mentions: list[Mention], pos: int, lo: int, hi: int, *, after: bool) -> list[Mention]:
    text = doc.text
    group: list[Mention] = []
    if after:
        cur = pos
        for m in mentions:
            if m.start < cur or m.start >= hi:
                continue
            gap = text[cur:m.start]
            limit = 24 if not group else 12
            if len(gap) > limit or (group and not _GROUP_GAP.match(gap)) or _GROUP_STOP.search(gap):
                break
            if not group and len(_words(gap)) > 2:
                break
            group.append(m)
            cur = m.end
        return group
    cur = pos
    for m in reversed(mentions):
        if m.end > cur or m.end <= lo:
            continue
        gap = text[m.end:cur]
        if group:
            if len(gap) > 12 or not _GROUP_GAP.match(gap):
                break
        else:
            if len(gap) > 40 or _GROUP_STOP.search(gap) or len(_words(gap)) > 5:
                break
        group.insert(0, m)
        cur = m.start
    return group


def _words(s: str) -> list[str]:
    return _LETTERS.findall(s)


def speakers_of(doc: Doc, m: Mention, kb, *, with_country: bool = True) -> list[Entity]:
    """The actor a mention stands for in a position: a person, and the state they speak for."""
    ent = m.entity
    out = [ent]
    if with_country and ent.type in ("place", "organization") and kb is not None:
        a = kb.get(ent.id)
        if a is not None and a.stands_for and kb.get(a.stands_for) is not None:
            out.append(kb.get(a.stands_for).entity)  # موسكو، the Kremlin, Downing Street: the state
    if with_country and ent.type == "person":
        actor = (kb.get(ent.id) if kb is not None else None) or doc.meta.get("provisional", {}).get(ent.id)
        if actor is not None:
            for r in actor.roles:
                if r.country and r.active(doc.date) and r.title in _STATE_TITLES:
                    c = kb.get(r.country) if kb is not None else None
                    if c is not None and c.entity not in out:
                        out.append(c.entity)
                    break
    return out


_STATE_TITLES = {"president", "prime-minister", "chancellor", "king", "emir", "crown-prince", "foreign-minister",
                 "defence-minister", "vice-president"}


_WATER = re.compile(r"\b(?:Sea|Ocean|Strait|River|Canal)\b")


def can_hold_position(m: Mention, kb) -> bool:
    """Countries, people, organisations and groups take positions; places only as metonyms (موسكو،
    Brussels) or as regions that stand for their peoples (Europe, the West)."""
    if m.entity.type == "place":
        if _WATER.search(m.entity.name or ""):
            return False  # "commit warships to a Black Sea mission, and voiced support": a sea holds no position
        a = kb.get(m.entity.id) if kb is not None else None
        return a is not None and (bool(a.stands_for) or a.country is None)
    return True
