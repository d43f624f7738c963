"""Component ``marsad.provisions.v1``: citations of numbered points of a plan declared in the case.

"النقطة الثامنة", "البند 8", "النقطتين 7 و8", "النقطة الخامسة والعشرين", "Point 8", "the eighth point",
"point seven", "the 26th point", "points 7 and 8" give a ``provision`` fact per number: the plan (the only
plan of the case, else the plan the sentence or the article names last), the number and the cited
content: the words the article quotes right after the citation, else the case's text of the provision.
A number beyond the plan's size is not a citation of it ("Article 5" of NATO's treaty is not either: only
point/clause words count).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..case import Case, load_case
from ..doc import Doc
from ..facts import Evidence, ProvisionRef
from ..text.normalize import normalize_pattern as _re, normalize_str
from ..text.numbers import AR_TENS, AR_UNITS, EN_TENS, EN_UNITS
from ..text.wordscan import find_each

_n = normalize_str

_AR_ORD = {}
for _v, _ws in {1: ("الأول", "الأولى", "أول", "الحادي", "الحادية"), 2: ("الثاني", "الثانية"),
                3: ("الثالث", "الثالثة"), 4: ("الرابع", "الرابعة"), 5: ("الخامس", "الخامسة"),
                6: ("السادس", "السادسة"), 7: ("السابع", "السابعة"), 8: ("الثامن", "الثامنة"),
                9: ("التاسع", "التاسعة"), 10: ("العاشر", "العاشرة")}.items():
    for _w in _ws:
        _AR_ORD[_n(_w)] = _v
_AR_ORD_TENS = {_n("ال" + w): v for w, v in AR_TENS.items()}  # العشرين، العشرون
_EN_ORD = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_EN_ORD_TENS = {"twentieth": 20, "thirtieth": 30}

_POINT_NOUNS = ("نقطة", "نقطه", "نقطتين", "نقطتان", "نقاط", "بند", "بندين", "بندان", "بنود", "فقرة", "فقرتين")
_POINT_AR = _re(rf"(?:ال)?(?:{'|'.join(_POINT_NOUNS)})")
_CITE_AR = re.compile(rf"(?<![^\W\d_])(?:[وبلف]{{0,2}}){_POINT_AR}(?![^\W\d_])")
_NOUN_HEADS = tuple(sorted({_n(w)[:3] for w in _POINT_NOUNS}))  # how the point nouns begin
# (all of three letters, none ending as another begins: no two of their occurrences in a text overlap, so every
# occurrence is a match of a search for any of them, in text order)
assert len({len(h) for h in _NOUN_HEADS}) == 1 and not any(
    a[i:] == b[:len(a) - i] for a in _NOUN_HEADS for b in _NOUN_HEADS for i in range(1, len(a)))
_LETTER = re.compile(r"[^\W\d_]")
_PLURAL = re.compile(_re("(نقاط|بنود)$"))
# points?|clauses?|items?|provisions?|paragraphs? as words, written first letter first (with a look-behind for
# the word boundary before it) so that the regex engine skips to the letters p, c and i
_CITE_EN = re.compile(r"(p(?<=\bp)(?:oints?|rovisions?|aragraphs?)|c(?<=\bc)lauses?|i(?<=\bi)tems?)\b")
_NUM_WORD = r"[^\W\d_]+(?:[ \t]+و?[^\W\d_]+)?"
_NUMBER = re.compile(r"\d{1,3}")
# "البند 8", "النقطتين 7 و8", "النقاط 6 و7 و8"
_AR_DIGITS_AFTER = re.compile(r"[ \t]*(?:رقم[ \t]+)?(\d{1,3})((?:[ \t]*(?:و|،|,|-)[ \t]*\d{1,3})*)")
_AR_WORDS_AFTER = re.compile(rf"[ \t]*({_NUM_WORD})")
_EN_NUMBER_TOKEN = re.compile(r"\d{1,3}|[a-z]+(?:-[a-z]+)?")
_EN_NUMBERS_AFTER = re.compile(r"[ \t]+(?:no\.?[ \t]*)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)((?:[ \t]*(?:,|and|&)[ \t]*"
                               r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?))*)")
_EN_ORDINAL_BEFORE = re.compile(r"(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[ \t]+$")  # "the eighth point"
# every match of _CITE_EN starts with one of these: a text holding none has no English citation
_EN_CITE_WORDS = ("point", "provision", "paragraph", "clause", "item")
_EN_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
_EN_ORDINAL_TENS = re.compile(r"(twenty|thirty)[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)")


@lru_cache(maxsize=1)
def _en_cardinals() -> dict[str, int]:
    out = dict(EN_UNITS)
    out.update(EN_TENS)
    for t, tv in EN_TENS.items():
        for u, uv in EN_UNITS.items():
            if 0 < uv < 10:
                out[f"{t}-{u}"] = tv + uv
                out[f"{t} {u}"] = tv + uv
    return out


def _arabic_citations(view: str):
    """The matches of ``_CITE_AR.finditer(view)``. A citation is a whole word (no letter before or after it)
    holding a point noun after at most four letters (proclitics, article): only the words holding such a noun
    are tried, from their first letter, instead of every position of the text."""
    tried = -1
    for at in find_each(view, _NOUN_HEADS):
        start = at
        while start > at - 5 and start > 0 and _LETTER.match(view, start - 1):
            start -= 1
        if start <= tried or (start > 0 and _LETTER.match(view, start - 1)):
            continue  # a word tried already, or one starting too far before the noun
        tried = start
        m = _CITE_AR.match(view, start)
        if m is not None:
            yield m


def _ar_number(words: str) -> int | None:
    """Ordinal or cardinal in words: "الثامنة", "الخامسة والعشرين", "الحادية والعشرون", "ثمانية"."""
    parts = [p for p in re.split(r"[ \t]+", words) if p]
    if not parts:
        return None
    first = parts[0]
    v = _AR_ORD.get(first)
    if v is None:
        core = first[2:] if first.startswith("ال") else first
        v = AR_UNITS.get(core) if core in AR_UNITS else None
        if v is None and first in _AR_ORD_TENS:
            return _AR_ORD_TENS[first]
        if v is None:
            return None
    if len(parts) > 1:
        second = parts[1]
        if second.startswith("و"):
            tens = _AR_ORD_TENS.get(second[1:]) or AR_TENS.get(second[1:])
            if tens:
                return v + tens
        if second in (_n("عشر"), _n("عشرة")):
            return v + 10
    return v


def _en_number(word: str) -> int | None:
    w = word.lower().rstrip(".,")
    if w.isdigit():
        return int(w)
    m = _EN_ORDINAL_DIGITS.fullmatch(w)
    if m:
        return int(m.group(1))
    if w in _EN_ORD:
        return _EN_ORD[w]
    for t, tv in _EN_ORD_TENS.items():
        if w == t:
            return tv
    m = _EN_ORDINAL_TENS.fullmatch(w)
    if m:
        return EN_TENS[m.group(1)] + _EN_ORD[m.group(2)]
    return _en_cardinals().get(w)


class ProvisionCiter:
    name = "marsad.provisions.v1"

    def __init__(self, kb=None, options=None):
        self.case: Case = load_case(getattr(options, "case", None) or "ukraine-security-guarantees")
        self._plan_aliases = []
        for plan in self.case.plans.values():
            for lang, items in plan.aliases.items():
                for a in items:
                    self._plan_aliases.append((_n(a), plan.id))
            for lang, name in plan.name.items():
                self._plan_aliases.append((_n(name), plan.id))

    def __call__(self, doc: Doc) -> Doc:
        out: list[ProvisionRef] = []
        if not self.case.plans:
            doc.facts["provision"] = out
            return doc
        view = doc.norm.text
        cites = self._arabic(view) if doc.lang == "ar" else self._english(view)
        if doc.lang == "ar":
            cites += self._english(view)  # "Point 8" quoted in an Arabic article
        seen: set[tuple[int, int]] = set()
        for vs, ve, numbers in sorted(cites):
            s, e = doc.norm.to_original(vs, ve)
            plan = self._plan_for(view, vs)
            if plan is None:
                continue
            for num in numbers:
                if not 1 <= num <= plan.size or (s, num) in seen:
                    continue
                seen.add((s, num))
                ss, se = doc.sent_span(s)
                quoted = self._quoted_content(doc, e, se)
                prov = plan.provision(num)
                text = quoted or (prov.text_in(None, doc.lang or "en") if prov else None)
                out.append(ProvisionRef(Evidence.of(doc.text, ss, max(se, e)), plan.id, num, text,
                                        doc.text[s:e]))
        doc.facts["provision"] = out
        return doc

    # ------------------------------------------------------------------ citation forms
    def _arabic(self, view: str) -> list[tuple[int, int, list[int]]]:
        out = []
        for m in _arabic_citations(view):
            rest = view[m.end():m.end() + 60]
            # digits: "البند 8", "النقطتين 7 و8", "النقاط 6 و7 و8"
            dm = _AR_DIGITS_AFTER.match(rest)
            if dm:
                nums = [int(x) for x in _NUMBER.findall(dm.group(0))]
                out.append((m.start(), m.end() + dm.end(), nums))
                continue
            wm = _AR_WORDS_AFTER.match(rest)
            plural = _PLURAL.search(m.group())
            if wm and not plural:  # "خطة النقاط الثماني والعشرين" names the plan, it cites nothing
                words = wm.group(1)
                num = _ar_number(words)
                if num is None and " " in words:
                    num = _ar_number(words.split()[0])
                    words = words.split()[0]
                if num is not None:
                    out.append((m.start(), m.end() + wm.start(1) + len(words), [num]))
        return out

    def _english(self, view: str) -> list[tuple[int, int, list[int]]]:
        out = []
        for m in self._english_citations(view):
            rest = view[m.end():m.end() + 40]
            dm = _EN_NUMBERS_AFTER.match(rest)
            nums: list[int] = []
            if dm:
                for tok in _EN_NUMBER_TOKEN.findall(dm.group(0)):
                    if tok in ("and", "no"):
                        continue
                    v = _en_number(tok)
                    if v is None:
                        break
                    nums.append(v)
                if nums:
                    out.append((m.start(), m.end() + dm.end(), nums))
                    continue
            # "the eighth point", "its sixth point", "the 26th point"
            if m.group(1) not in ("point", "clause", "item", "provision", "paragraph"):
                continue  # (a plural: the ordinal before it is not looked for)
            bm = _EN_ORDINAL_BEFORE.search(view[max(0, m.start() - 25):m.start()])
            if bm:
                v = _en_number(bm.group(1))
                if v is not None and bm.group(1) not in _en_cardinals():
                    out.append((m.start() - (len(view[max(0, m.start() - 25):m.start()]) - bm.start(1)), m.end(), [v]))
        return out

    @staticmethod
    def _english_citations(view: str):
        """The matches of ``_CITE_EN.finditer(view)``: each starts with one of its words, so it is tried only where
        one occurs (most Arabic articles hold none), after the match before it, as the search would."""
        end = 0
        for at in find_each(view, _EN_CITE_WORDS):
            if at < end:
                continue
            m = _CITE_EN.match(view, at)
            if m is not None:
                end = m.end()
                yield m

    def _plan_for(self, view: str, pos: int):
        plans = self.case.plans
        if len(plans) == 1:
            return next(iter(plans.values()))
        best = None
        for alias, pid in self._plan_aliases:
            i = view.rfind(alias, 0, pos + 200)
            if i != -1 and (best is None or i > best[0]):
                best = (i, pid)
        return plans[best[1]] if best else None

    @staticmethod
    def _quoted_content(doc: Doc, end: int, se: int) -> str | None:
        """Words quoted right after the citation: 'تنص النقطة الثامنة على: “...”'."""
        tail = doc.text[end:se]
        m = re.match(r"[^\"“«]{0,25}?[:：]?[ \t]*[\"“«]([^\"”»]{8,400})[\"”»]", tail)
        return m.group(1).strip() if m else None
