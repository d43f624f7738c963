"""Numbers written in digits or in words, in Arabic and English, in the normalised view.

:func:`find_numbers` returns every number of a normalised text with its view span and value: digits
(Arabic-Indic digits are already ASCII in the view; ``1,500`` and ``1.5``), spelled-out numbers
(ستة وعشرون، خمسة وثلاثون، ثلاثة آلاف، twenty-six, one hundred and fifty) and a following scale word
(ألف، مليون، مليار، مليارات، thousand, million, billion, bn). Units and exclusions (dates, plan points)
are the figures component's business.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from .normalize import normalize_str
from .wordscan import SHARED, WordList

__all__ = ["Number", "find_numbers", "AR_UNITS", "EN_UNITS", "SCALES"]

_n = normalize_str

AR_UNITS = {
    **{_n(w): v for w, v in (("ثلاثا", 3), ("أربعا", 4), ("خمسا", 5), ("ستا", 6), ("سبعا", 7), ("ثمانيا", 8),
                             ("تسعا", 9), ("عشرا", 10))},
    **{_n(w): 3 for w in ("ثلاث", "ثلاثة")}, **{_n(w): 4 for w in ("أربع", "أربعة")},
    **{_n(w): 5 for w in ("خمس", "خمسة")}, **{_n(w): 6 for w in ("ست", "ستة")},
    **{_n(w): 7 for w in ("سبع", "سبعة")}, **{_n(w): 8 for w in ("ثمان", "ثماني", "ثمانية")},
    **{_n(w): 9 for w in ("تسع", "تسعة")}, **{_n(w): 10 for w in ("عشر", "عشرة")},
    **{_n(w): 1 for w in ("أحد", "إحدى", "واحد", "واحدة")},
    **{_n(w): 2 for w in ("اثنا", "اثني", "اثنتا", "اثنتي", "اثنان", "اثنين", "اثنتان", "اثنتين")},
}
AR_TENS = {_n(w): v for v, ws in {20: ("عشرون", "عشرين"), 30: ("ثلاثون", "ثلاثين"), 40: ("أربعون", "أربعين"),
                                  50: ("خمسون", "خمسين"), 60: ("ستون", "ستين"), 70: ("سبعون", "سبعين"),
                                  80: ("ثمانون", "ثمانين"), 90: ("تسعون", "تسعين")}.items() for w in ws}
AR_HUNDREDS = {_n(w): v for v, ws in {100: ("مئة", "مائة"), 200: ("مئتان", "مئتين", "مائتان", "مائتين", "مئتي", "مائتي"),
                                      300: ("ثلاثمئة", "ثلاثمائة"), 400: ("أربعمئة", "أربعمائة"),
                                      500: ("خمسمئة", "خمسمائة"), 600: ("ستمئة", "ستمائة"),
                                      700: ("سبعمئة", "سبعمائة"), 800: ("ثمانمئة", "ثمانمائة"),
                                      900: ("تسعمئة", "تسعمائة")}.items() for w in ws}
EN_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(), 0)
           if w != "_"}
# Scale words: multiply what comes before. Plural forms after a number ("ثلاثة آلاف").
SCALES = {
    **{_n(w): 1e3 for w in ("ألف", "آلاف", "الاف", "ألفا")}, **{_n(w): 2e3 for w in ("ألفان", "ألفين", "ألفي")},
    **{_n(w): 1e6 for w in ("مليون", "ملايين", "مليونا")}, **{_n(w): 2e6 for w in ("مليونان", "مليونين", "مليوني")},
    **{_n(w): 1e9 for w in ("مليار", "مليارات", "مليارا", "بليون")},
    **{_n(w): 2e9 for w in ("ملياران", "مليارين", "ملياري")},  # (the duals in a construct too: "ألفي جندي")
    **{_n(w): 1e12 for w in ("تريليون", "ترليون", "تريليونات")},
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "bn": 1e9, "bln": 1e9, "m": 1e6, "mn": 1e6, "tn": 1e12, "k": 1e3,
}
# Scale words that stand alone for "one thousand", "one million" ... when no number precedes them.
_ALONE = {k for k, v in SCALES.items() if k in {_n("ألف"), _n("مليون"), _n("مليار"), _n("ألفان"), _n("ألفين"),
                                                 _n("مليونان"), _n("مليونين"), _n("ملياران"), _n("مليارين"),
                                                 _n("ألفي"), _n("مليوني"), _n("ملياري")}}

_A_SCALES = {"thousand", "million", "billion", "trillion"}
_A_BEFORE = re.compile(r"(?<![\w-])[aA][ \t]$")
_AR_ORDINALS = {_n(p + w) for w in ("حادي", "حادية", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس",
                                     "خامسة", "سادس", "سادسة", "سابع", "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة")
                for p in ("ال", "")}
# A number starts a word, or follows a one-letter proclitic that starts one ("و30", "ب5"). The check of what
# precedes is written after the first digit (a look-behind over it, which reads that digit as \d too), so that
# the pattern begins with a class of characters and the regex engine skips straight to them instead of trying
# every position. The class holds every decimal digit (ASCII ones, else from U+0660 up: no Unicode decimal digit
# lies between them) and is tested by range, not as \d, which looks up the Unicode category of each character.
_NUMBER_START = r"(?<=(?:(?<![\w.,])|(?<=(?<!\w)[بلوفك]))\d)"
_DIGIT_OR_ABOVE = "[0-9\u0660-\U0010ffff]"
_DIGITS = re.compile(rf"({_DIGIT_OR_ABOVE}{_NUMBER_START}(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:[.,]\d+)?))"
                     r"(?=(?:bn|mn|tn|m|k)?(?![\w]))")
_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[%$€£٪]|-", re.UNICODE)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_POINTS = {_n(w) for w in ("النقاط", "البنود", "نقاط", "بنود")}  # "خطة النقاط العشرين": a count of points
_AND_JOIN = re.compile(r"[ \t]+و[ \t]*")  # "70 ألفا و600": the parts of one number
_AND_HALF = re.compile(r"[ \t]+و[ \t]*" + _n("نصف") + r"(?:[ \t]+ال(?:" + "|".join(_n(w) for w in ("مليار", "مليون", "ألف"))
                       + r"))?(?![^\W\d_])")
_RUN_GAP = re.compile(r"[ \t]*(?:-|and|و)?[ \t]*")  # between the number words of one number
_COMPOUND = re.compile(r"-(?:way|fold|year)")
_DEFINITE = re.compile(r"^(?:و|ب)?(?:ال|لل)")


@dataclass(slots=True)
class Number:
    start: int  # view offsets
    end: int
    value: float
    spelled: bool = False
    scaled: bool = False
    digits: str = ""  # the digits as written, for digit numbers


def _digit_value(s: str) -> float:
    if _THOUSANDS.fullmatch(s):
        return float(s.replace(",", ""))
    if "," in s:
        return float(s.replace(",", "."))
    return float(s)


_STRIPPED = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "وب", "ول")
_STRIP_FIRST = {p[0] for p in _STRIPPED}


def _strip_wa(w: str) -> tuple[str, bool]:
    """Strip a conjunction/preposition proclitic (و ب ل) or the article from a number word: a definite
    cardinal ("النقاط الثماني والعشرين") is still a cardinal."""
    if w[:1] not in _STRIP_FIRST:
        return w, False  # (most words start with none of the prefixes)
    for p in _STRIPPED:
        if w.startswith(p) and len(w) > len(p) + 1:
            rest = w[len(p):]
            if rest in AR_UNITS or rest in AR_TENS or rest in AR_HUNDREDS or rest in SCALES:
                return rest, True
    return w, False


def _word_value(w: str) -> tuple[str, int] | None:
    if w in AR_UNITS:
        return "unit", AR_UNITS[w]
    if w in AR_TENS:
        return "ten", AR_TENS[w]
    if w in AR_HUNDREDS:
        return "hundred", AR_HUNDREDS[w]
    if w in EN_UNITS:
        return "unit", EN_UNITS[w]
    if w in EN_TENS:
        return "ten", EN_TENS[w]
    if w == "hundred":
        return "x100", 100
    return None


@lru_cache(maxsize=1)
def _number_automaton() -> WordList:
    words = set(AR_UNITS) | set(AR_TENS) | set(AR_HUNDREDS) | set(EN_UNITS) | set(EN_TENS) | {"hundred"}
    words |= set(SCALES)
    return SHARED.add((w, w) for w in words)


_PREFIXES = ("", "ال", "وال", "بال", "لل", "و", "ب", "ل", "وب", "ول", "بل", "لب", "وو", "بب", "لل")
_PREFIX_LAST = {p[-1] for p in _PREFIXES if p}


def _number_words(view: str) -> list[tuple[int, int, str]]:
    """Number words on word boundaries, with an optional proclitic or article (start, end, word)."""
    n = len(view)
    best: dict[int, tuple[int, int, str]] = {}
    for last, w in _number_automaton().iter(view):
        s, e = last + 1 - len(w), last + 1
        if e < n and (view[e].isalpha() or view[e].isdigit()):
            continue
        if s and view[s - 1] not in _PREFIX_LAST and view[s - 1].isalpha():
            continue  # inside a word ("m" of "from"): a letter before it that ends no prefix
        ws = s
        while ws > 0 and view[ws - 1].isalpha():
            ws -= 1
        if view[ws:s] not in _PREFIXES:
            continue
        cur = best.get(ws)
        if cur is None or e - ws > cur[1] - cur[0]:
            best[ws] = (ws, e, view[ws:e])
    return [best[k] for k in sorted(best)]


def find_numbers(view: str) -> list[Number]:
    """Every number in a normalised text, with a scale word folded in."""
    out: list[Number] = []
    for m in _DIGITS.finditer(view):
        try:
            val = _digit_value(m.group(1))
        except ValueError:
            continue
        out.append(_with_scale(view, Number(m.start(1), m.end(1), val, digits=m.group(1))))
    covered = bytearray(len(view) + 1)
    for n in out:
        covered[n.start:n.end] = b"\x01" * (n.end - n.start)
    for n in _spelled(view, set()):
        if covered.find(1, n.start, n.end) == -1:
            out.append(_with_scale(view, n))
    out.sort(key=attrgetter("start"))
    return _joined(view, out)


def _scale_of(value: float) -> float:
    """The scale word's value of a number of 1,000 or more: 70,000 -> 1,000; 2.5 billion -> 1 billion."""
    return 1000.0 ** int(math.log10(value) / 3 + 1e-9)


def _joined(view: str, numbers: list[Number]) -> list[Number]:
    """Arabic numbers told in parts, a scale word's number and then the rest after "و" ("70 ألفا و600 قتيل" is
    70,600, "3 مليارات و500 مليون" 3.5 billion): one number, where the rest is less than the first part's scale
    ("5 مليارات و200 دبابة" stays two)."""
    out: list[Number] = []
    for n in numbers:
        if n.scaled and n.value >= 1e3:
            half = _AND_HALF.match(view, n.end)
            if half is not None:  # "مليارين ونصف المليار": two and a half billion
                n.value += _scale_of(n.value) / 2
                n.end = half.end()
                n.digits = ""
        if out:
            p = out[-1]
            scale = _scale_of(p.value) if p.scaled and p.value >= 1e3 else 0.0
            # (below millions the rest is a plain number, "ألفا و600"; above, it has its own scale: "مليون")
            if scale and n.value < scale and (n.scaled or scale == 1e3) and _AND_JOIN.fullmatch(view, p.end, n.start):
                p.value += n.value
                p.end = n.end
                p.spelled = p.spelled or n.spelled
                p.digits = ""
                continue
        out.append(n)
    return out


def _with_scale(view: str, n: Number) -> Number:
    if n.scaled:
        return n
    m = _NEXT_WORD.match(view, n.end, n.end + 14)  # (within those bounds: no copy of the stretch)
    if m:
        w = m.group(1)
        if w in SCALES and not (w in ("m", "k") and view[n.end:n.end + 1] == " "):
            n.value *= SCALES[w] if SCALES[w] < 1.5e3 or w not in (_n("ألفان"), _n("ألفين"), _n("ألفي")) else 1e3
            n.end = m.end(1)
            n.scaled = True
    return n


def _last_word(text: str) -> str:
    r"""The letters that end ``text`` before its spaces or tabs ('' for none): the group of a search for
    ``([^\W\d_]+)[ \t]*$`` (``$`` matching before a final newline too), read back from the end instead of
    tried at every position (with backtracking over each word)."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    while end and text[end - 1] in " \t":
        end -= 1
    k = end
    while k and text[k - 1].isalnum() and not text[k - 1].isdecimal():  # (a letter: a word character, no digit)
        k -= 1
    return text[k:end]


def _spelled(view: str, taken: set[tuple[int, int]]) -> list[Number]:
    hits = _number_words(view)
    out: list[Number] = []
    i = 0
    while i < len(hits):
        # a run of number words joined by white space, "و" or "-"
        run = [hits[i]]
        j = i + 1
        while j < len(hits):
            gap = view[run[-1][1]:hits[j][0]]
            if _RUN_GAP.fullmatch(gap) or (gap.strip() == "" and len(gap) <= 2):
                run.append(hits[j])
                j += 1
            else:
                break
        i = j
        if _last_word(view[max(0, run[0][0] - 16):run[0][0]]) in _AR_ORDINALS:
            continue  # an ordinal: "الثامنة عشرة", "الحادي والعشرين"
        if _COMPOUND.match(view[run[-1][1]:run[-1][1] + 6]):
            continue
        first_word = run[0][2]
        if _DEFINITE.match(first_word) and first_word not in SCALES:  # ("ألفي", "ألفين" normalised: no article)
            core, _ = _strip_wa(first_word)
            if (core not in AR_UNITS or AR_UNITS[core] <= 2 or len(run) == 1) \
                    and _last_word(view[max(0, run[0][0] - 16):run[0][0]]) not in _POINTS:
                continue  # "مجموعة العشرين", "مجموعة السبع": names; "الثماني والعشرين", "النقاط العشرين" are counts
        val = _run_value([w for _, _, w in run])
        e0 = run[-1][1]
        if val is None and len(run) == 1 and run[0][2] in _A_SCALES and view[e0:e0 + 1] != "-" and \
                _A_BEFORE.search(view, max(0, run[0][0] - 3), run[0][0]):
            val = (SCALES[run[0][2]], True)  # "a million households", "a billion dollars"
        if val is None:
            continue
        s, e = run[0][0], run[-1][1]
        # a proclitic on the first word is not part of the number
        first, stripped = _strip_wa(run[0][2])
        if stripped:
            s = e - len(view[s:e]) + (len(run[0][2]) - len(first))
        if (s, e) in taken:
            continue
        out.append(Number(s, e, val[0], spelled=True, scaled=val[1]))
    return out


def _run_value(words: list[str]) -> tuple[float, bool] | None:
    """Value of a run of number words; None when the run is not a cardinal number worth reporting."""
    total = 0.0
    current = 0.0
    seen = False
    scaled = False
    for raw in words:
        w, _ = _strip_wa(raw)
        if w in SCALES:
            if w in ("m", "k", "bn", "tn", "mn", "bln"):
                return None if not seen else (total + current * SCALES[w], True)
            mult = SCALES[w]
            if w in _ALONE and not seen and current == 0 and mult in (2e3, 2e6, 2e9):
                total += mult  # "ألفين", "ألفي جندي" alone: two thousand
                seen = scaled = True
                continue
            if w in _ALONE and not seen and current == 0:
                current = 1.0
                seen = True
            if mult == 2e3 or mult == 2e6 or mult == 2e9:
                current = (current or 1) * (mult / 2) * 2 if not seen else current * mult / 2
            else:
                current = (current or 1) * mult
            total += current
            current = 0
            scaled = True
            continue
        kv = _word_value(w)
        if kv is None:
            return None
        kind, v = kv
        seen = True
        if kind == "x100":
            current = (current or 1) * 100
        elif kind == "unit" and v == 10 and current and current < 10:
            current += 10  # "ثلاث عشرة", "ستة عشر"
        else:
            current += v
    value = total + current
    if not seen:
        return None
    if value <= 2 and not scaled:
        return None  # "one", "two", "واحد": rarely a figure of the story
    return value, scaled
