"""Shared machinery of the stance and pledge components: clauses, coordinated actors, negation, cues.

A sentence is cut into clauses at "، بينما", "، فيما", ", while", "; ", "but"...; a cue (a verb or noun of
position or commitment) finds its actors as the coordinated group of mentions right before it (subject
first) or right after it (Arabic verb first): "أعربت السويد والدنمارك وأستراليا عن انفتاحها", "Germany, the
Netherlands and Finland backed it".
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter
from typing import Iterable

from ..doc import Doc
from ..facts import Entity, Evidence, Mention
from ..kb.matcher import AliasMatcher
from ..text.normalize import normalize_pattern as _re, normalize_str
from ..text.wordscan import find_each

_n = normalize_str


class Guarded:
    """A compiled pattern that is only run on a stretch holding one of ``words``, where every match of it holds
    one of them (as written, case and all: a pattern compiled with IGNORECASE is no candidate).

    Searching a window tries the pattern at every position, which is slow for the patterns that open with a
    look-behind or a long alternation; most windows hold none of the words, and testing for them is cheap: one
    search for the words as literal alternatives, within the same bounds, which scans the window once (no copy
    of it, no pass per word)."""
    __slots__ = ("pattern", "words", "_any")

    def __init__(self, pattern: re.Pattern, words: Iterable[str]):
        self.pattern = pattern
        self.words = tuple(words)
        self._any = re.compile("|".join(map(re.escape, self.words)))

    def holds(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the stretch holds one of the words (else the pattern matches nowhere in it, nor in any part of
        it)."""
        return self._any.search(text, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.search(text, pos, endpos) if self._any.search(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.match(text, pos, endpos) if self._any.search(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.fullmatch(text, pos, endpos) if self._any.search(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.pattern.finditer(text, pos, endpos) if self._any.search(text, pos, endpos) else iter(())


# A clause break: "، بينما", ", while", "; ", "؛", " في حين ", "but". The patterns open with the class of
# the first characters of their forms and each form checks its first character by a look-behind: the regex
# engine then skips straight to those characters instead of trying every form at every position. The spaced
# forms (" بينما ", " في حين ") begin at any space, so they are only looked for in sentences holding their words.
_UNSPACED_BREAKS = (r"(?<=[،,])[ \t]*(?:بينما|فيما|في حين|لكن(?:ه|ها|هم)?|غير أن|إلا أن|whereas|while|but|although|"
                    r"though)\b|(?<=[;؛])|(?<=\bw)hile\b|(?<=\bw)hereas\b|(?<=\bb)ut\b")
_SPACED = ("بينما", "في حين")
CLAUSE_BREAK = re.compile(_re(rf"[،,;؛ \tbw](?:{_UNSPACED_BREAKS}|(?<=[ \t])[ \t]*(?:{'|'.join(_SPACED)})[ \t])"))
_UNSPACED_BREAK = re.compile(_re(rf"[،,;؛bw](?:{_UNSPACED_BREAKS})"))
# where a match of _UNSPACED_BREAK may start: its first character is one of [،,;؛bw], and a "w" or "b" opens
# "while", "whereas" or "but" (found once per document by str.find, faster than a regex's class test per character)
_BREAK_MARKS = ("،", ",", ";", "؛", "while", "whereas", "but")
_SPACED_WORDS = tuple(_n(w) for w in _SPACED)
NEGATORS = {_n(w) for w in ("لم", "لا", "لن", "ليس", "ليست", "غير", "دون", "بدون", "without", "not", "never", "no",
                            "n't", "didn't", "don't",
                            "doesn't", "won't", "hasn't", "haven't", "wouldn't", "cannot", "can't",
                            # holding back from an act: "refrained from endorsing", "امتنعت عن تأييد"
                            "refrained", "refrains", "refrain", "refraining", "امتنع", "امتنعت", "امتنعوا", "يمتنع",
                            "تمتنع", "يمتنعون")}
DEMONSTRATIVES = {_n(w) for w in ("ذلك", "هذا", "هذه", "تلك", "الطرح", "الفكرة", "الخطة", "العرض", "المقترح", "it",
                                  "this", "that", "idea", "scheme", "proposal", "plan", "step", "option", "move",
                                  "offer", "measure", "bill", "initiative", "المبادرة")}
# read with fullmatch within the gap's bounds (no copy of the gap); a final newline is let through
_GROUP_GAP = re.compile(r"[ \t]*(?:,|،|and|و|&)?[ \t]*(?:the[ \t]+)?(?:و)?\n?", re.I)
_GROUP_STOP = re.compile(r"[.:؛;]")  # punctuation that ends a coordinated group
_LETTERS = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[.,،;:؛]")
_NEG_WORDS = re.compile(r"[^\W\d_]+(?:'t)?")
_START = attrgetter("start")
_END = attrgetter("end")


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
    hits = matcher.match(doc.norm)  # (start, end, entries, nstart, nend): see kb.matcher.Hit
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    out: list[Cue] = []
    for start, end, entries, nstart, nend in hits:
        if out and start < out[-1].end:
            continue
        out.append(Cue(start, end, doc.norm.text[nstart:nend], entries[0].actor_id, negated(doc, start)))
    return out


def negated(doc: Doc, pos: int) -> bool:
    """A negator within the two words before ``pos`` ("لم تؤيد", "did not support")."""
    norm = doc.norm
    v = norm.to_view(pos)
    window = norm.text[v - 24 if v > 24 else 0:v]
    # The last two words are most often the last two whitespace-separated tokens, all letters: then they are
    # those tokens (letters are word characters, spaces are not, and no clause end stands after the first of
    # them), read without the two regex passes (which test every character's class).
    words = window.rsplit(None, 2)
    if len(words) == 3:
        del words[0]  # (the rest of the window, before the last two tokens)
    for w in words:
        if not w.isalpha():
            before = _CLAUSE_END.split(window)[-1]  # not past a comma: "دون سقف، محذرًا"
            words = _NEG_WORDS.findall(before)[-2:]
            break
    if len(words) == 2 and words[1] in _STILL:
        return False  # "لا تزال ترفض", "ما زالت تعارض": still, not a negation
    for w in words:  # (a loop, not any() over a generator: read for each cue of a document)
        if w in NEGATORS or w.endswith("n't") or (w[:1] in "وف" and w[1:] in NEGATORS):
            return True
    return False


_STILL = {_n(w) for w in ("يزال", "تزال", "زال", "زالت", "يزالون", "زالوا")}


def clauses(doc: Doc, ss: int, se: int) -> list[tuple[int, int]]:
    """Clause spans of the sentence [ss, se) (computed once per document)."""
    cache = doc.__dict__.get("_clause_cache")
    if cache is None:
        cache = doc.__dict__["_clause_cache"] = {}
    got = cache.get(ss)
    if got is not None:
        return got
    norm = doc.norm
    text = norm.text
    vs, ve = norm.to_view(ss), norm.to_view(se)
    cuts = [ss]
    spaced = False
    for w in _SPACED_WORDS:
        if text.find(w, vs, ve) != -1:
            spaced = True
            break
    if spaced:
        for m in CLAUSE_BREAK.finditer(text, vs, ve):
            cuts.append(norm.orig_index(m.start()))
    else:
        # the matches finditer would give: tried where one may start, in order, each past the end of the last
        # (a mark that runs past the sentence's end starts no match: the pattern sees nothing past ``ve``)
        marks = _break_marks(doc)
        k = bisect_left(marks, vs)
        end = vs
        for i in marks[k:bisect_left(marks, ve, k)]:
            if i >= end:
                m = _UNSPACED_BREAK.match(text, i, ve)
                if m is not None:
                    cuts.append(norm.orig_index(i))
                    end = m.end()
    cuts.append(se)
    got = cache[ss] = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    return got


def _break_marks(doc: Doc) -> list[int]:
    """Where the view holds one of ``_BREAK_MARKS``, in order: found once per document (str.find)."""
    marks = doc.__dict__.get("_break_marks")
    if marks is None:
        marks = doc.__dict__["_break_marks"] = find_each(doc.norm.text, _BREAK_MARKS)
    return marks


def actor_group(doc: Doc, mentions: list[Mention], pos: int, lo: int, hi: int, *, after: bool) -> list[Mention]:
    """The coordinated group of mentions right after ``pos`` (Arabic VSO) or right before it (SVO),
    within [lo, hi). ``mentions`` are in text order (by start)."""
    # only the mentions near ``pos`` are read (a whole-document scan per cue made long texts quadratic)
    text = doc.text
    index = _index(doc, mentions)
    group: list[Mention] = []
    if after:
        cur = pos
        for k in range(bisect_left(index.starts, pos), len(mentions)):
            m = mentions[k]
            if m.start >= hi:
                break  # (so do all after it)
            if m.start < cur:
                continue
            # the gap text[cur:m.start], read in place
            if m.start - cur > (12 if group else 24) or (group and not _GROUP_GAP.fullmatch(text, cur, m.start)) \
                    or _GROUP_STOP.search(text, cur, m.start):
                break
            if not group and len(_LETTERS.findall(text, cur, m.start)) > 2:
                break
            if group and not text[cur:m.start].strip() and "person" not in (group[-1].entity.type, m.entity.type):
                break  # "طالبت مصر إسرائيل بالانسحاب": a name right after the subject is the verb's object
            group.append(m)
            cur = m.end
        return group
    cur = pos
    reach = index.reach
    # a mention ending by ``pos`` starts before it
    for k in range(bisect_left(index.starts, pos) - 1, -1, -1):
        if reach[k] <= lo:
            break  # no mention from here back ends after ``lo``
        m = mentions[k]
        if m.end > cur or m.end <= lo:
            continue
        # the gap text[m.end:cur], read in place
        if group:
            if cur - m.end > 12 or not _GROUP_GAP.fullmatch(text, m.end, cur):
                break
        else:
            if cur - m.end > 40 or _GROUP_STOP.search(text, m.end, cur) or len(_LETTERS.findall(text, m.end, cur)) > 5:
                break
        group.insert(0, m)
        cur = m.start
    return group


class _Index:
    """Where a search by position in a list of mentions (in text order) starts and stops, made once per list:
    their starts, and the furthest end among the mentions up to each one (a backward search may stop where no
    mention before can still end past its bound)."""
    __slots__ = ("mentions", "starts", "reach")

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions  # held so that its id stays its own while cached
        self.starts = list(map(_START, mentions))  # (map with attrgetters: no Python frame per mention)
        ends = list(map(_END, mentions))
        # the furthest end up to each mention is its own end where the ends never go back (no mention nested in
        # one before it: nearly always), which one sort tells, without a call of max() per mention
        self.reach = ends if ends == sorted(ends) else list(accumulate(ends, max))


def _index(doc: Doc, mentions: list[Mention]) -> _Index:
    """The index of ``mentions``, cached on the document by the list's identity: the components pass the same
    filtered list to every call of a document."""
    cache = doc.__dict__.get("_mention_index")
    if cache is None:
        cache = doc.__dict__["_mention_index"] = {}
    got = cache.get(id(mentions))
    if got is None or got.mentions is not mentions or len(got.starts) != len(mentions):
        got = cache[id(mentions)] = _Index(mentions)
    return got


def starting(items: list, lo: int, hi: int) -> list:
    """The items (mentions or cues, in text order) that start in [lo, hi): a slice found by bisection, not a
    scan of the whole document for each cue (which made long texts quadratic)."""
    i = bisect_left(items, lo, key=_START)
    return items[i:bisect_left(items, hi, i, key=_START)]


def covering(doc: Doc, mentions: list[Mention], pos: int) -> list[Mention]:
    """The mentions of ``mentions`` (in text order) that hold ``pos``, from the last one back."""
    index = _index(doc, mentions)
    out = []
    for k in range(bisect_right(index.starts, pos) - 1, -1, -1):  # holding ``pos``: starting by it
        if index.reach[k] <= pos:
            break  # no mention from here back ends after ``pos``
        if pos < mentions[k].end:
            out.append(mentions[k])
    return out


def ending(doc: Doc, mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The mentions of ``mentions`` (in text order) that end in [lo, hi], in text order."""
    index = _index(doc, mentions)
    out = []
    for k in range(bisect_left(index.starts, hi) - 1, -1, -1):  # ending by ``hi``: starting before it
        if index.reach[k] < lo:
            break  # no mention from here back ends at ``lo`` or after
        if lo <= mentions[k].end:
            out.append(mentions[k])
    out.reverse()
    return out


def speakers_of(doc: Doc, m: Mention, kb, *, with_country: bool = True) -> list[Entity]:
    """The actor a mention stands for in a position: a person, and the state they speak for."""
    ent = m.entity
    out = [ent]
    if with_country and ent.type in ("place", "organization") and kb is not None:
        a = kb.get(ent.id)
        state = kb.get(a.stands_for) if a is not None and a.stands_for else None
        if state is not None:
            out.append(state.entity)  # موسكو، the Kremlin, Downing Street: the state
        elif a is not None and a.part_of and getattr(kb.get(a.part_of), "type", None) == "country":
            out.append(kb.get(a.part_of).entity)  # "Egypt's foreign ministry": a ministry states its state's position
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


# Before a back-reference: a complementizer ("قال إن الحركة ترفض"), else it may be a genitive ("سلاح الحركة",
# "دول الحلف"), not a subject. After an English one: not its possessive ("the movement's weapons").
_AR_BEFORE_REF = {_n(w) for w in ("أن", "إن", "بأن", "لأن", "فإن", "وأن", "وإن", "كما", "لكن", "ولكن")}
_EN_PREP_BEFORE = re.compile(r"\b(?:of|to|with|on|against|for|from|in|by|about|at|into|within|inside|toward|towards|"
                             r"told|urged|asked|pressed|called)[ \t]+$", re.I)
_EN_POSSESSIVE = re.compile(r"['’]s?\b")
_AR_WORD = re.compile(r"[\u0621-\u064a]+")


def back_references(doc: Doc, mentions: list[Mention], nouns: list[Cue], kb) -> list[Mention]:
    """Mentions of the actors that definite common nouns refer back to ("الحركة", "the alliance", "the bloc": see
    ``stance_rules.BACKREFS``): the last actor of the noun's kind named before it (``mentions`` in text order),
    else none. Only holders of facts: the contract counts surface names as mentions, these are not emitted."""
    if not nouns:
        return []
    from .stance_rules import BACKREFS

    kinds: dict[str, bool] = {}
    out: list[Mention] = []
    starts = list(map(_START, mentions))
    for n in nouns:
        if covering(doc, mentions, n.start) or covering(doc, mentions, n.end - 1):
            continue  # part of a name ("الحلف الأطلسي")
        first = doc.text[n.start:n.start + 1]
        if doc.lang == "ar":
            if first in ("ب", "ل", "ك"):
                continue  # "بالحركة", "للحلف": the object of a preposition
            ss, _ = doc.sent_span(n.start)
            before = _AR_WORD.findall(doc.text, max(ss, n.start - 16), n.start)
            gap = doc.text[max(ss, n.start - 16):n.start]
            if before and not gap.rstrip().endswith(("،", ",", ":", "«", "\"", "“")) \
                    and _n(before[-1]) not in _AR_BEFORE_REF:
                continue  # "سلاح الحركة", "قوات الحلف"
        else:
            if _EN_PREP_BEFORE.search(doc.text, max(0, n.start - 12), n.start) or _EN_POSSESSIVE.match(doc.text, n.end):
                continue
        words, ids = BACKREFS[int(n.value)][1].split(), set(BACKREFS[int(n.value)][2].split())
        for k in range(bisect_left(starts, n.start) - 1, -1, -1):
            m = mentions[k]
            if m.via == "backref" or m.entity.type != "organization":
                continue
            key = f"{n.value}:{m.entity.id}"
            ok = kinds.get(key)
            if ok is None:
                ok = kinds[key] = m.entity.id in ids or _named_as(kb, m.entity.id, words)
            if ok:
                out.append(Mention(Evidence.of(doc.text, n.start, n.end), m.entity, doc.text[n.start:n.end],
                                   n.start, n.end, "backref"))
                break
    return out


def _named_as(kb, actor_id: str, words: list[str]) -> bool:
    """Whether a name of the actor holds one of ``words`` ("حركة", "movement")."""
    a = kb.get(actor_id) if kb is not None else None
    if a is None or not words:
        return False
    names = [a.name, a.name_ar or ""] + [getattr(x, "text", str(x)) for x in a.aliases]
    toks = {t for name in names for t in _n(name).lower().split()}
    return any(_n(w).lower() in toks for w in words)
