"""Component ``marsad.quotes.v1``: direct and indirect quotes with their speakers.

Direct quotes are the spans between paired quotation marks (“…” «…» „…“ ‘…’ and straight quotes), one
quote also when it runs over several paragraphs (each opening with a mark, only the last one closing).
A quoted span is a *quote* when a cue introduces it (a colon, a speech verb or noun, an attribution after
it) or when it is long; short spans and spans after "so-called"/"ما يسمى"/"بعنوان" are names and scare
quotes, not quotes.

Indirect quotes are the clauses after a speech verb and a complementiser (قال/أكد/أوضح … أن/إن,
said/told/warned … that).

The speaker is found around the cue: after the verb (Arabic VSO, "said Starmer"), before it (SVO,
"Starmer said"), through a title phrase ("قال المستشار الألماني فريدريش ميرز"), through بحسب/وفقا
لـ/according to; a verb with no subject (وأضاف، وقال، he added) takes the speaker of the previous
sentence, or the person it named; an anonymous source ("مصدر دبلوماسي", "a senior EU official") gives
no speaker and keeps the words that describe it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate, compress, islice, repeat
from operator import add, attrgetter, itemgetter
from typing import NamedTuple

from ..doc import Doc, SpanSet
from ..facts import Entity, Evidence, Mention, Quote
from ..kb import KnowledgeBase
from ..text.dates import dateline_span
from ..text.sentences import ABBREVIATIONS
from ..text.normalize import normalize_pattern, normalize_str
from ..text.wordscan import SHARED, WordList, find_each
from . import quote_rules as R

_DOUBLE = "\"“”„‟″＂"
_QUOTE_MARKS = "\"“”„‟«»‘’‹›"
_QUOTE_CHARS = re.compile(f"[{_QUOTE_MARKS}]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_WORD_SPLIT = re.compile(r"([^\W_]+)")  # the words of a text at the odd places of its split
_WORD_SPLIT_W = re.compile(r"(\w+)")  # the same for a text with no "_" (one test a character, not three)
_WORD_SPLIT_A = re.compile(r"(\w+)", re.ASCII)  # the same for an ASCII text (whose word characters both agree on)
_REPORTED_FROM = frozenset(normalize_str(w) for w in "نقل نقلت ونقلت ونقل quoted".split())
_FOR_BODY = re.compile(r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3}")
_MEDIA_NOUNS = frozenset("television tv radio newspaper daily agency channel broadcaster media press".split())
_DETERMINERS = frozenset("the a an his her their its".split())
_CAME_IN_IT = re.compile(normalize_pattern(r"(?:^|\s)و?(?:جاء|ورد)\s+(?:فيه|فيها)(?:\s|$)"))  # "بيانًا جاء فيه"
_HIS_SAYING = frozenset(normalize_str(w) for w in "قوله قولها قولهم قولهما".split())  # "عن X قوله"
_THUS = frozenset(normalize_str(w) for w in ("هكذا", "وهكذا"))
# present and irregular past verbs after "said it" that make "it" the reported clause's subject
_IT_VERBS = frozenset("remains stands stood sees saw wants needs intends plans hopes expects knew felt".split())
# a subordinate clause whose subject is a name: ", after President Donald Trump " (before its speech verb)
_NAMED_SUBORDINATE = re.compile(r"[ \t]+(?:after|as|while|when|before|since|because)[ \t]+(?:the[ \t]+)?"
                                r"(?:[A-Z][\w.'’-]*[ \t]+){1,5}")
# words after a participle that do not open its object: prepositions and particles ("مؤكدًا على", "نافيًا ما")
_AR_THAT_VERBS = frozenset(normalize_str(w) for w in "مؤكدا مؤكدة".split())  # participles that also take أن
# a verb of announcing, and the verbal nouns of forms II and IV it announces ("تخصيص", "تقديم", "إرسال")
_AR_ANNOUNCE = frozenset(normalize_str(w) for w in "أعلن أعلنت أعلنا أعلنوا يعلن تعلن".split())
_AR_MASDAR = re.compile(normalize_pattern(r"ت[^\W\d_]{2}ي[^\W\d_]|ا[^\W\d_]{2}ا[^\W\d_]"))
_STIPULATE = frozenset(normalize_str(w) for w in "نص ونص ينص وينص تنص وتنص".split())
_THREAT = frozenset("threatened threatens threatening".split())
_MASDAR_STOP = frozenset(normalize_str(w) for w in "على عن في الى إلى من مع ما انه انها ذلك هذا كل".split())
_PREPOSITIONS = frozenset(normalize_str(w) for w in
                          "في من إلى الى عبر لدى داخل على عن مع in at from to into via with by for on".split())
_TITLE_ENDS = tuple(normalize_str(t) for t in R.TITLE_MARKERS) + tuple(normalize_str(t) + " ب" for t in R.TITLE_MARKERS)


@dataclass
class _QSpan:
    open: int  # position of the opening mark
    close: int  # position of the closing mark
    start: int  # inner text
    end: int


_BARE_COMPLEMENTIZERS = frozenset(normalize_str(w) for w in "أن إن بأن وأن وإن وبأن".split())
_COORDINATED_COMPLEMENTIZERS = frozenset(normalize_str(w) for w in
                                         "وأن وإن وبأن وأنه وإنه وبأنه وأنها وإنها وبأنها وأنهم وإنهم".split())
# what may stand between a comma and the next speech verb of a sentence: "، لكنه أقر", ", but acknowledged"
_CONNECTIVE = re.compile(normalize_pattern(
    r"(?:(?:و|ف)?(?:لكن|لكنه|لكنها|لكنهم|غير انه|غير انها|غير ان|في حين|بينما|فيما|كما|ثم|قبل ان|بعد ان|حيث)|"
    r"(?:and|but|while|whereas|as|then|before|also|later|and later|but also|and also)(?: (?:he|she|they|it|we))?)?"))
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St))(?<!\bMrs)\.|[!?؟:\n]")
_SCARE = re.compile(r"[\"“”«»‘’]([^\"“”«»‘’]{1,40})[\"“”«»‘’]")


def _scare_quotes_only(text: str, lo: int, hi: int) -> bool:
    """Whether every quotation mark in [lo, hi) pairs round one to three words (a scare quote, not a quote)."""
    rest = _SCARE.sub(lambda m: " " if len(m.group(1).split()) <= 3 else m.group(0), text[lo:hi])
    return not _QUOTE_CHARS.search(rest)


_FINAL = "\x00final"  # the stand-in complementiser of an attribution at the end of its sentence
_FINAL_TAIL = re.compile(r"(?:[ \t]+(?:on|late on|earlier on)[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday)|[ \t]+(?:in a statement|in a briefing|last week|on X|yesterday|today|earlier|later))?"
                         r"[ \t]*\.[ \t]*")
# "..., Macron told Le Monde in an interview.", "..., she told reporters in Kyiv.": whom it was told, where, when
_TOLD_TAIL = re.compile(r"[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,3}|reporters|journalists|"
                        r"lawmakers|parliament|senators|broadcaster|newspaper|news agency|agency|radio|television|"
                        r"(?:news|press) conference)(?:[ \t]+(?:in|on|at|during|after|late on)[ \t]+[^.!?]{1,40})?"
                        r"[ \t]*\.[ \t]*")
# sources that are texts: "وفقًا للبيان", "بحسب الوثيقة", "according to the draft"
_TEXT_SOURCE = re.compile(normalize_pattern(r"(?:و?(?:ل|لل|ال|بال)?)(?:بيان|خطة|خطه|وثيقة|وثيقه|مسودة|مسوده|نص|اتفاق|"
                                            r"تقرير|إعلان|اعلان|بند|قرار|مقترح|الخطة)|statement|draft|document|"
                                            r"text|plan|agreement|report|declaration|proposal|communique|"
                                            r"resolution|documents|figures|data|estimates|polls?|survey"))
_INSET_TAIL = re.compile(r"(?:[ \t]+(?:on|late on)[ \t]+[A-Z][a-z]+day)?,[ \t]+(?!adding|saying|insisting|noting|warning|"
                         r"and\b|but\b|who\b|which\b)[a-z]+(?:[ \t]+[^\s,.;:!?]+){2,}")
# (also after where it was said: "..., the command said in a statement, describing the channel as ...")
_JOINED_TAIL = re.compile(r"(?:[ \t]+(?:on|late on|earlier on)[ \t]+[A-Z][a-z]+day)?(?P<where>[ \t]+(?:in|at)[ \t]+(?:a|an)[ \t]+"
                          r"(?:statement|interview|briefing|speech|post|news conference|press conference))?,[ \t]+([a-z]+)\b")
_POSSESSIVE = re.compile(r"['’]s?\b")
_STAMP = re.compile(r"[ \t]*\d{1,2}:\d{2}(?:[ \t]*[A-Z]{2,4})?[ \t]*[—–-][ \t]*")  # a live blog's time stamp


def _by_first_word(phrases) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for words in (p.split() for p in phrases):
        out.setdefault(words[0], []).append(words)
    return out


# the phrases that may stand between a verb and its clause ("said on Monday"), by first word
_EN_SKIP_PHRASES = _by_first_word(R.EN_SKIP_PHRASES)

# the word before a full stop, to tell an abbreviation ("Mr.", "Dec.", "U.S.") from a sentence's end
_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])([\w.]{1,6})\.$")


def _abbreviation_before(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` ends an abbreviation the sentence splitter knows, or an initial."""
    m = _WORD_BEFORE_STOP.search(text, max(0, i - 7), i + 1)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper() and word.isascii())


_CLOSING_MARKS = " \t\"”’»"
# where a coordinated clause begins: ", but Finland was cautious, saying ..."
_EN_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:but|and|while|whereas|although|though|yet)\s|;\s")
_COMMA_OR_COLON = re.compile(r"[,;:،؛]")
_COMMA_END = re.compile(r"[،,]\s*$")
_CLAUSE_COMMA = re.compile(r"[،,;؛]")
_AND_BEFORE = re.compile(r"\band\s*$")
# a quote closed right before a verb (an attribution)
_ATTRIBUTION_BEFORE = re.compile(r"[^.!?](?:[”\"»]|’(?![^\W\d_]))([^.!?”\"»]{0,40})$")
_AND_BUT_END = re.compile(r"\b(?:and|but)(?:\s+(?:he|she|they|it|we|also))?\s*$")
_PUNCT_NEXT = re.compile(r"\s*[^\w\s]")
_ZERO_THAT_STOP = re.compile(r"[.;:!?\"“”‘’]")
_CLAUSE_PUNCT = re.compile(r"[,;:.!?\n]")
_PHRASE_END = re.compile(r"[,;:.!?\n،؛؟]")
_INITIAL = re.compile(r"\s*[A-Z]\.")
_REOPENED = re.compile(r"\n\s*[\"“«‘]")  # the mark that reopens a quote at a new paragraph


def find_quoted_spans(text: str) -> list[_QSpan]:
    """Paired quotation marks, paragraph-aware (a quote may continue over paragraphs)."""
    spans: list[_QSpan] = []
    stack: list[tuple[str, int]] = []  # (family, position of opening mark)
    pending: tuple[str, int] | None = None  # a quote left open at a paragraph end
    para_start = 0
    n = len(text)
    for i in find_each(text, _QUOTE_MARKS):  # (as _QUOTE_CHARS.finditer; a str.find scan a kind of mark)
        ch = text[i]
        # paragraph boundary between the last mark and this one: unwind
        nl = text.rfind("\n", para_start, i)
        if nl != -1:
            para_start = nl + 1
            pending = _carry(stack, pending, text, para_start)
            stack = []
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "«‹":
            fam, opening, closing = "g", True, False
        elif ch in "»›":
            fam, opening, closing = "g", False, True
        elif ch in "‘’":
            if prev.isalnum() and nxt.isalnum():
                continue  # an apostrophe: don't, Macron’s
            fam = "s"
            opening = not prev.isalnum() and not nxt.isspace() and ch == "‘"
            closing = not opening and not prev.isspace()
            if ch == "’" and prev.isalnum() and nxt in "s" and (i + 2 >= n or not text[i + 2].isalnum()):
                continue  # possessive
        else:
            fam = "d"
            left_space = prev.isspace() or prev in "([{:،,—–-" or i == para_start
            right_space = nxt.isspace() or nxt in ".,،;؛:!?؟)]}" or i + 1 >= n
            if ch == "“" and not stack_has(stack, "d"):
                opening, closing = True, False
            elif ch == "”" and stack_has(stack, "d"):
                opening, closing = False, True
            elif left_space and not right_space:
                opening, closing = True, False
            elif right_space and not left_space:
                opening, closing = False, True
            else:
                opening = not stack_has(stack, "d")
                closing = not opening
        if pending is not None and opening and fam == pending[0] and i == _first_non_space(text, para_start):
            # continuation mark of a multi-paragraph quote: keep the quote open
            stack.append(pending)
            pending = None
            continue
        if opening and not closing:
            if stack_has(stack, fam):
                if fam == "d":
                    # a second opening of the same family: treat as the close (straight quotes)
                    o = _pop(stack, fam)
                    spans.append(_QSpan(o, i, o + 1, i))
                continue
            stack.append((fam, i))
        elif closing:
            if stack_has(stack, fam):
                o = _pop(stack, fam)
                if pending is not None and pending[1] < o:
                    pending = None
                spans.append(_QSpan(o, i, o + 1, i))
    spans.sort(key=attrgetter("open"))
    return spans


def stack_has(stack: list[tuple[str, int]], fam: str) -> bool:
    for f, _ in stack:
        if f == fam:
            return True
    return False


def _pop(stack: list[tuple[str, int]], fam: str) -> int:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] == fam:
            pos = stack[k][1]
            del stack[k:]
            return pos
    raise ValueError(fam)


def _first_non_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _carry(stack, pending, text, para_start):
    """At a paragraph break: an unclosed outermost quote may continue in the next paragraph."""
    if stack:
        return stack[0]
    return pending


# ---------------------------------------------------------------------------- tokens and cues
VERB, CONT, NOUN, ACCORD, DESCRIBE = 1, 2, 4, 8, 16


class _Tok(NamedTuple):
    """One token, made when a cue or a complementiser is handed on (the tokens of an article are kept as the
    columns of :class:`_Ctx`, ``starts``, ``ends``, ``norms``, ``flags`` and ``inq``: lists of ints and
    strings, not an object per word)."""
    start: int  # original offsets
    end: int
    norm: str
    flags: int = 0
    inq: bool = False  # inside a quoted span


_START = attrgetter("start")


def _flags(w: str, lang: str) -> int:
    f = 0
    if lang == "ar":
        forms = (w, w[1:]) if len(w) > 3 and w[0] in "وف" else (w,)
        for x in forms:
            if x in R.AR_SPEECH_VERBS:
                f |= VERB
            if x in R.AR_CONTINUATION:
                f |= CONT | VERB
            if x in R.AR_DESCRIBE_VERBS:
                f |= DESCRIBE
        for x in (w, w[1:] if len(w) > 3 and w[0] in "وبل" else w, w[2:] if w.startswith("ال") else w,
                  w[3:] if w.startswith(("بال", "وال")) else w):  # "ردّ عليه X بالقول إن", "اكتفى بالقول"
            if x in R.AR_SPEECH_NOUNS:
                f |= NOUN
        if w in _AR_ACCORD or (len(w) > 3 and w[0] in "وف" and w[1:] in _AR_ACCORD):
            f |= ACCORD  # "بحسب", "وبحسب", "ووفقا"
    else:
        if w in R.EN_SPEECH_VERBS:
            f |= VERB
        if w in R.EN_CONTINUATION:
            f |= CONT
        if w in R.EN_DESCRIBE_VERBS:
            f |= DESCRIBE | VERB
        if w in ("statement", "announcement", "remarks"):
            f |= NOUN
        if w == "according":
            f |= ACCORD
    return f


_AR_ACCORD = frozenset(normalize_str(w) for w in ("بحسب", "حسب", "وفقا", "وفق", "نقلا", "لسان", "طبقا"))


class _FlagCache(dict):
    """The cue flags of the words read, by word (Arabic, or English for every other language): a word not read
    before is flagged at its first look-up, so the flags of an article's words are one look-up each."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def __missing__(self, w: str) -> int:
        f = self[w] = _flags(w, self.lang)
        return f


_FLAG_CACHE: dict[str, _FlagCache] = {"ar": _FlagCache("ar"), "en": _FlagCache("en")}


@lru_cache(maxsize=2)
def _cue_automaton(lang: str) -> WordList:
    return SHARED.add((w, len(w)) for w in R.cue_words(lang))


def _candidate_ranges(doc: Doc, lang: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """View ranges of the sentences worth tokenising: those with a speech cue or a quotation mark,
    and the sentence before each (a cue may end it with a colon)."""
    norm = doc.norm
    text = norm.text
    n = len(text)
    # where each sentence starts in the view (the first from anywhere before: as ``Doc.sent_index``)
    bounds = [-1]
    bounds += map(norm.to_view, map(itemgetter(0), islice(doc.sents, 1, None)))
    marks = {bisect_right(bounds, last + 1 - length) - 1 for last, length in _cue_automaton(lang).iter(text)
             if (last + 1 == length or not text[last - length].isalnum())
             and (last + 1 >= n or not text[last + 1].isalnum())}
    for qs, qe in quoted:
        a, b = doc.sent_index(qs), doc.sent_index(qe - 1)
        marks.update(range(max(0, a - 1), b + 1))
    ranges: list[tuple[int, int]] = []
    for i in sorted(marks):
        ss, se = doc.sents[i]
        a, b = norm.to_view(ss), norm.to_view(se)
        if ranges and _no_word_between(text, ranges[-1][1], a):
            a = ranges.pop()[0]  # one range for sentences with no word between them: the same words
        ranges.append((a, b))
    return ranges


def _no_word_between(text: str, b: int, a: int) -> bool:
    """Whether ``text[b:a]`` holds no word and no word runs on from before ``b`` to after ``a``."""
    if b < a:
        return not _WORD.search(text, b, a)
    return b == a and not (text[b - 1:b].isalnum() and text[b:b + 1].isalnum())


def _tokens(doc: Doc, lang: str, ranges: list[tuple[int, int]] | None = None,
            quoted: list[tuple[int, int]] = ()) -> tuple[list[int], list[int], list[str], list[int], list[bool]]:
    """Words of the normalised view (within ``ranges``, else all), with original offsets, flagged when they
    start inside one of the ``quoted`` spans. Built a range at a time with ``split`` and the running sum of
    the lengths of its pieces (words at odd places), not a match object per word. Returned as columns (starts,
    ends, normalised words, cue flags, inside a quote): an object per word cost more to make and to free than
    all the rest of the tokenising."""
    norm = doc.norm
    text = norm.text
    cache = _FLAG_CACHE["ar" if lang == "ar" else "en"]
    if len(cache) > 200_000:
        cache.clear()
    map_ = norm._map
    dels = norm._dels
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    for a, b in ranges if ranges is not None else [(0, len(text))]:
        seg = text[a:b]
        parts = (_WORD_SPLIT if "_" in seg else _WORD_SPLIT_A if seg.isascii() else _WORD_SPLIT_W).split(seg)
        lo = hi = 0  # the deletions up to the range's start, and up to its end
        if map_ is None and dels:
            lo, hi = bisect_right(dels, a), bisect_right(dels, b)
        # where each piece ends (the first, where the range starts), past the characters deleted before the range
        cum = list(accumulate(map(len, parts), initial=a + lo))
        s_, e_ = cum[1:-1:2], cum[2::2]
        if map_ is not None:
            s_ = list(map(map_.__getitem__, s_))
            e_ = [map_[e - 1] + 1 for e in e_]
        elif hi != lo:
            # characters were deleted inside the range too: those before each word's start and end (a word
            # starting at or after a deletion, or ending after it, is one further on). A few deletions and many
            # words: where each deletion falls among the words, not where each word falls among the deletions
            inner = list(map(add, dels[lo:hi], repeat(lo)))
            s_ = _shifted(s_, list(map(bisect_left, repeat(s_), inner)))
            e_ = _shifted(e_, list(map(bisect_right, repeat(e_), inner)))
        starts += s_
        ends += e_
        words += parts[1::2]
    flags = list(map(cache.__getitem__, words))
    inq = [False] * len(starts)
    for s, e in quoted:
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        inq[a:b] = repeat(True, b - a)
    return starts, ends, words, flags, inq


def _shifted(xs: list[int], cuts: list[int]) -> list[int]:
    """``xs`` with 1 added from each of ``cuts`` on (indexes into ``xs``, in increasing order): the k-th run,
    from ``cuts[k - 1]`` to ``cuts[k]``, gets k."""
    out = xs[:cuts[0]]
    for k, (i, j) in enumerate(zip(cuts, cuts[1:] + [len(xs)]), 1):
        out += map(add, xs[i:j], repeat(k))
    return out


def _words_upto(text: str, start: int, end: int, enough: int) -> int:
    """The number of words of ``text[start:end]``, counted up to ``enough``."""
    return len(list(islice(_WORD.finditer(text, start, end), enough)))


def _ar_participle(tok: _Tok, lang: str) -> bool:
    w = tok.norm
    return lang == "ar" and (w in R.AR_PARTICIPLES or (w[:1] in ("و", "ف") and w[1:] in R.AR_PARTICIPLES))


@dataclass
class _Speaker:
    entity: Entity | None
    text: str | None
    start: int | None = None
    end: int | None = None


class QuoteExtractor:
    name = "marsad.quotes.v1"

    def __init__(self, kb: KnowledgeBase, options=None):
        self.kb = kb
        for lang in ("ar", "en"):
            _cue_automaton(lang)  # both lists now, not at the first article of each language (see SharedWords)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        lang = doc.lang or "en"
        spans = find_quoted_spans(text)
        quoted = [(q.open, q.close + 1) for q in spans]
        toks = _tokens(doc, lang, _candidate_ranges(doc, lang, quoted) if doc.sents else None, quoted)
        if quoted:  # the mentions outside the quoted spans
            inside = SpanSet(quoted).holds
            mentions = [m for m in doc.mentions if not inside(m.start)]
        else:
            mentions = list(doc.mentions)
        titles = doc.spans.get("titles", [])
        c = self._ctx = _Ctx(doc, lang, toks, mentions, titles, quoted, self.kb)
        # 1. which quoted spans are quotes (independent of speakers)
        items: list[tuple[int, str, object]] = []
        prev_end = 0
        accepted: list[_QSpan] = []
        for q in spans:
            plan = self._direct_plan(q, prev_end)
            if plan is None:
                continue
            accepted.append(q)
            items.append((q.open, "d", plan))
            prev_end = q.close + 1
        # 2. indirect speech. A direct quote right after the complementiser is the quote itself; one
        # further inside the clause ("أكد أن الكرملين يعد الصيغة «أساسًا صالحًا»") is part of it.
        opens = {q.open for q in accepted}
        embedded: set[int] = set()
        held: dict[int, list] = {}  # the direct quotes an indirect candidate holds, by the candidate's cue
        for cand in self._indirect_candidates(opens):
            items.append((cand[0].start, "i", cand))
            inner = [o for o in opens if cand[3] - 2 <= o < cand[4]]
            embedded.update(inner)
            held.setdefault(cand[0].start, []).extend(inner)
        direct_at = {it[0]: it for it in items if it[1] == "d"}
        items = [it for it in items if not (it[1] == "d" and it[0] in embedded)]
        # 3. speakers, in document order (continuations need the speakers before them)
        quotes: list[Quote] = []
        for pos, kind, plan in sorted(items, key=itemgetter(0)):
            quote = self._resolve_direct(plan) if kind == "d" else self._resolve_indirect(plan, quotes)
            if quote is None:
                if kind == "i":
                    # a reported clause with no speaker found is dropped, but the quotation marks inside it
                    # still hold quoted words ("وقال القيادي في حركة حماس فلان إن الحركة «...»")
                    for o in held.get(pos, ()):
                        if o in direct_at and not any(d.start <= o < d.end for d in quotes):
                            q = self._resolve_direct(direct_at[o][2])
                            quotes.append(q)
                            c.done.append(q)
                            c.speakers.append((o, q.speaker, q.speaker_text))
                continue
            quotes.append(quote)
            c.done.append(quote)
            c.speakers.append((pos, quote.speaker, quote.speaker_text))
        quotes.sort(key=attrgetter("start"))
        doc.quotes = quotes
        return doc

    # ----------------------------------------------------------------- direct
    def _direct_plan(self, q: _QSpan, prev_end: int):
        c = self._ctx
        text = c.doc.text
        norm = c.doc.norm
        n = _words_upto(norm.text, norm.to_view(q.start), norm.to_view(q.end), 6)
        if n == 0:
            return None
        ss, _ = c.doc.sent_span(q.open)
        left_start = max(ss, prev_end)
        if not text[left_start:q.open].strip() and c.doc.sents:
            # a quote opening a paragraph after "..., telling reporters:" takes its cue from there
            si = c.doc.sent_index(q.open)
            if si > 0:
                ps, pe = c.doc.sents[si - 1]
                if text[ps:pe].rstrip().endswith(":") and ps >= prev_end:
                    left_start = ps
        lnorm = c.doc.norm.view_of(left_start, q.open).rstrip()
        if lnorm.endswith(_TITLE_ENDS):
            return None
        colon = lnorm.endswith(":")
        if n < 3 and not colon:
            return None  # (before the cues are looked for: they only read the article)
        _, se = c.doc.sent_span(max(q.close, q.open))
        cue = self._cue_before(left_start, q.open)
        post = self._cue_after(q.close + 1, se)
        if colon and n <= 3 and not post and _words_upto(text, q.close + 1, se, 3) >= 3:
            return None  # "سفير ليتوانيا: “إعلان باريس” خطوة أولى": a name opens what follows the colon
        if n < 6 and not (colon or (cue and cue.near) or post):
            return None
        return (q, left_start, se, colon, cue, post)

    def _resolve_direct(self, plan) -> Quote:
        q, left_start, se, colon, cue, post = plan
        c = self._ctx
        text = c.doc.text
        cue_word = None
        outer = next((d for d in reversed(c.done) if not d.direct and d.start <= (cue.tok.start if cue else -1) < d.end
                      and d.end <= q.open), None)
        if outer is not None:
            # "قال دبلوماسي إن واشنطن تريد الإعلان عن ...، “لكن لا أحد يريد ...”": the cue word is part of
            # the reported clause; the quote goes on with its speaker
            speaker = _Speaker(outer.speaker, outer.speaker_text, None, None)
            cue_word = outer.cue
        elif cue is not None:
            speaker = self._speaker_for_cue(cue, q.open)
            cue_word = cue.word
            if speaker.entity is None and speaker.text is None and post is not None:
                speaker = self._post_speaker(post)
                cue_word = post.word
        elif post is not None:
            speaker = self._post_speaker(post)
            cue_word = post.word
        elif colon:
            speaker = self._subject_between(left_start, q.open, nearest=True) or _Speaker(None, None)
        elif c.lang == "ar" and _CAME_IN_IT.search(c.doc.norm.view_of(left_start, q.open)):
            # "أصدر مكتب X بيانًا جاء فيه أن الوفد «...»": the issuer of the statement, the sentence's subject
            speaker = self._subject_between(left_start, q.open) or self._same_paragraph_speaker(q.open)
        else:
            speaker = self._same_paragraph_speaker(q.open)
        es = left_start if (cue or colon) else q.open
        ee = max(se, q.close + 1, post.end if post else 0)
        return Quote(Evidence.of(text, es, ee), speaker.entity, speaker.text, _clean_inner(text[q.start:q.end]),
                     True, q.start, q.end, speaker.start, speaker.end, cue_word)

    # ----------------------------------------------------------------- indirect
    def _indirect_candidates(self, direct_opens: set[int]):
        c = self._ctx
        text = c.doc.text
        starts, ends, norms, flags, inq = c.starts, c.ends, c.norms, c.flags, c.inq
        n = c.ntoks
        ar = c.lang == "ar"
        # the tokens with a cue flag (about one in twenty-five; the tests below skip the others)
        for k in compress(range(n), flags):
            if inq[k]:
                continue
            tok = c.tok(k)
            if tok.flags & ACCORD and self._according_at(k):
                cand = self._according_candidate(k, direct_opens)
                if cand is not None:
                    yield cand
                continue
            if not tok.flags & (VERB | NOUN):
                continue
            if not ar and text[tok.start].isupper() and self._mention_covers(tok.start):
                continue  # "the United States moved closer to a fund that ...": a word of a name, not a verb
            if ar and tok.flags & NOUN and not tok.flags & VERB and k > 0 and norms[k - 1] in _STIPULATE:
                continue  # "ونص البيان على أن ...": what a text lays down, nobody's words
            if not ar and tok.flags & VERB and self._text_subject(k):
                continue  # "point eight said NATO would ...": a document says it, nobody speaks
            ss, se = c.doc.sent_span(tok.start)
            if not ar and tok.flags & DESCRIBE:
                cand = self._described(k, ss, se, direct_opens)
                if cand is not None:
                    yield cand
                continue
            if not ar and (tok.norm in R.EN_FINAL_VERBS or tok.norm == "told"):
                cand = self._final_attribution(k, ss, se)
                if cand is not None:
                    yield cand
                    joined = _JOINED_TAIL.match(text, tok.end, se)
                    if joined is None or not joined.group("where") or joined.group(2) not in R.EN_SPEECH_VERBS:
                        continue
                    # "..., the command said in a statement, describing the channel as ...": more speech follows
            comp = None
            if not ar and tok.norm in R.EN_ZERO_THAT and k + 1 < n and norms[k + 1] != "that":
                comp = self._zero_that(k, se)
            masdar_only = False
            if not ar and tok.norm in _THREAT and k + 2 < n and norms[k + 1] == "to" \
                    and starts[k + 2] < se and not inq[k + 2] \
                    and not any(w in R.RELATIVE_PRONOUNS for w in norms[max(0, k - 3):k]):
                # (not in a relative clause: "Hungary, which has threatened to veto ..., he said" describes)
                # "threatened to quit the coalition if ...": the threat is what was said
                comp = _Tok(starts[k + 2], starts[k + 2], "", 0)
            elif ar and (tok.norm in _AR_ANNOUNCE or tok.norm[1:] in _AR_ANNOUNCE):
                comp = self._announced_object(k, se)
            elif ar and (tok.norm in R.AR_MASDAR_PARTICIPLES or tok.norm[1:] in R.AR_MASDAR_PARTICIPLES):
                comp = self._masdar_object(k, se)
                # ("نافيًا"، "مطالبًا" report no أن-clause: "مطالبًا بالعودة إلى خطة تلزم كييف بأن ...")
                masdar_only = (tok.norm if tok.norm in R.AR_MASDAR_PARTICIPLES else tok.norm[1:]) not in _AR_THAT_VERBS
            for j in range(k + 1, min(k + 22, n)) if comp is None and not masdar_only else ():
                if starts[j] >= se:
                    break
                w = norms[j]
                if inq[j]:
                    if self._scare_quoted(starts[j], direct_opens):
                        continue  # "فون دير لاين، التي دفعت نحو «قرض التعويضات»، أن ...": a name, not speech
                    if not ar and j == k + 1:
                        comp = self._that_after_quote(j, se)  # 'said "..." remained and that ...'
                    break
                if ar:
                    if w in ("الي", "من"):
                        # "أشار إلى أن", "حذّر من أن"
                        if j + 1 < n and norms[j + 1] in R.AR_COMPLEMENTIZERS \
                                and norms[j + 1] != "الي":
                            comp = c.tok(j + 1)
                            break
                        continue
                    if w in R.AR_COMPLEMENTIZERS:
                        if norms[j - 1] in R.AR_CONJUNCTION_BEFORE_AN and j - 1 > k:
                            break  # "غير أن", "بعد أن": a conjunction, not what the verb reports
                        comp = c.tok(j)
                        break
                elif w == "that":
                    if tok.flags & NOUN and not tok.flags & VERB and j + 1 < n \
                            and norms[j + 1] in R.EN_AUXILIARIES:
                        break  # "a joint statement that would have demanded ...": a relative clause
                    comp = c.tok(j)
                    break
                if flags[j] & VERB:
                    break
            if comp is None:
                continue
            first = comp
            while comp is not None:
                # each reported clause of the verb: "قال إن ...، وإن ..." , "said that ... and that ..."
                body_start = comp.end
                if ar and tok.flags & DESCRIBE and comp is first:
                    body_start = self._described_object(k, comp.start)  # "واصفًا المقترح بأنه ..."
                elif ar and len(comp.norm) > 2 and comp.norm not in _BARE_COMPLEMENTIZERS:
                    # "إنه ينتظر ...": the pronoun is the reported clause's subject
                    body_start = comp.start + (1 if comp.norm[0] == "و" else 0)
                while body_start < se and text[body_start] in " \t":
                    body_start += 1
                body_end, comp = self._clause_end(body_start, se, direct_opens)
                while body_end > body_start and text[body_end - 1] in ".،,;؛:!?؟ \t":
                    body_end -= 1
                opener = next((o for o in direct_opens if body_start - 2 <= o <= body_start + 2), None)
                if opener is not None and (_words_upto(text, self._quote_close(opener), body_end, 2) < 2
                                           or _PUNCT_NEXT.match(text, self._quote_close(opener))):
                    continue  # a direct quote opens the clause and makes it: it is the quote
                    # (but 'كتب أن "صوت القانون" انتصر على ...': the clause goes on, the quote is part of it;
                    # not after a comma: '«...»، داعيًا إلى ...' is another clause)
                if _words_upto(text, body_start, body_end, 3) < 3:
                    continue
                yield (tok, k, first, body_start, body_end, ss, se)

    def _masdar_object(self, k: int, se: int) -> "_Tok | None":
        """Arabic: "، مؤكدًا رفض بلاده القاطع لأي وجود عسكري": a participle whose object, a verbal noun, tells
        what was said; the reported words start at the object (a stand-in complementiser before it). Not a
        complementiser, a preposition ("مؤكدًا على", "مطالبًا بتشديد العقوبات": a demand), nor a quote."""
        c = self._ctx
        if k + 1 >= c.ntoks or c.starts[k + 1] >= se or c.inq[k + 1]:
            return None
        nxt = c.norms[k + 1]
        if nxt in R.AR_COMPLEMENTIZERS or nxt in _MASDAR_STOP or nxt[0] in "بل" \
                or c.doc.text[c.ends[k]:c.starts[k + 1]].strip():
            return None
        if not _COMMA_END.search(c.doc.text, max(0, c.starts[k] - 3), c.starts[k]):
            return None  # (a participle after a comma, closing a sentence that has its speaker)
        return _Tok(c.ends[k], c.ends[k], "", 0)

    def _announced_object(self, k: int, se: int) -> "_Tok | None":
        """Arabic: "وأعلنت الكويت تقديم 10 ملايين دولار ...": what was announced is a verbal noun right after the
        named subject (تفعيل: تخصيص، تقديم، تزويد; إفعال: إرسال، إطلاق), told as the announcer's words. Only the
        names may stand between ("أعلنت هولندا مساهمة ..." and "أعلنت الحكومة عقب اللقاء تخصيص ..." stay
        unreported)."""
        c = self._ctx
        for j in range(k + 1, min(k + 8, c.ntoks)):
            start = c.starts[j]
            if start >= se or c.inq[j]:
                return None
            if self._mention_covers(start):
                continue
            if j > k + 1 and _AR_MASDAR.fullmatch(c.norms[j]) and not c.doc.text[c.ends[j - 1]:start].strip():
                return _Tok(start, start, "", 0)
            return None
        return None

    def _that_after_quote(self, j: int, se: int) -> "_Tok | None":
        """English: 'said "a great deal of work" remained and that the position had not changed': the quote
        opening the first clause is a quote of its own; the second clause of the verb ("and that ...") is
        reported speech too. The "that" after "and"/"but", a few words after the quote closes."""
        c = self._ctx
        starts, norms = c.starts, c.norms
        o = self._quote_open(starts[j])
        if o is None:
            return None
        close = self._quote_close(o)
        i = c.tok_index(close)
        for n in range(i, min(i + 5, c.ntoks - 1)):
            if starts[n] >= se or _CLAUSE_PUNCT.search(c.doc.text, close, starts[n]):
                return None
            if norms[n] in ("and", "but") and norms[n + 1] == "that" and starts[n + 1] < se:
                return c.tok(n + 1)
        return None

    def _described_object(self, k: int, comp_start: int) -> int:
        """Arabic: where the thing described starts after a describing verb: after its subject when a person
        stands between ("ووصف ويتكوف المقترح بأنه"), else right after the verb ("واصفًا المقترح بأنه")."""
        c = self._ctx
        verb_end = c.ends[k]
        persons = [m for m in c.mentions_between(verb_end, comp_start) if m.entity.type == "person"]
        start = persons[-1].end if persons else verb_end
        text = c.doc.text
        while start < comp_start and text[start] in " \t،,":
            start += 1
        return start

    def _described(self, k: int, ss: int, se: int, direct_opens: set[int]):
        """English: 'described the guarantee as "a backstop" to ...', 'called any use of the assets "theft"',
        'accused Kyiv of "using the war"': what was described and the quoted words that describe it."""
        c = self._ctx
        norms = c.norms
        text = c.doc.text
        verb = c.tok(k)
        naming = verb.norm in R.EN_NAMING_VERBS
        if naming and (k == 0 or norms[k - 1] == "so" or (k + 1 < c.ntoks and norms[k + 1]
                                                           in R.EN_PARTICLES_AFTER_CALL)):
            return None
        o = next((o for o, _ in c.quoted if verb.end < o < se), None)
        if o is None or _CLAUSE_PUNCT.search(text, verb.end, o):
            return None
        between = c.flags[k + 1:c.tok_index(o)]  # (the flags of the tokens between)
        # 'what Foreign Minister X called "an irreversible path"': the words a speaker called it by
        # (a name between "what" and the verb: not 'what it called "..."', whose "it" may be anyone before)
        w = next((j for j in range(k - 1, max(-1, k - 8), -1) if norms[j] == "what"), None)
        what = naming and not between and w is not None and any(
            m.entity.type in ("person", "country", "organization", "group")
            for m in c.mentions_between(c.ends[w], verb.start))
        if len(between) > 10 or any(f & VERB for f in between) or (naming and not between and not what):
            return None
        body_start = verb.end
        while body_start < o and text[body_start] in " \t":
            body_start += 1
        close = self._quote_close(o)
        body_end, _ = self._clause_end(close, se, direct_opens)
        body_end = max(body_end, close)
        while body_end > close and text[body_end - 1] in ".,;:!? \t":
            body_end -= 1
        return (verb, k, _Tok(verb.end, verb.end, "", 0), body_start, body_end, ss, se)

    def _final_attribution(self, k: int, ss: int, se: int):
        """English reported speech with its attribution at the end and no quotation marks: "Any final text
        would go to the Security Council, officials said.", "..., the French presidency said on Monday."."""
        c = self._ctx
        text = c.doc.text
        verb = c.tok(k)
        if verb.norm not in R.EN_FINAL_VERBS and verb.norm != "told":
            return None
        tail = text[verb.end:se]
        # "The force, Starmer said, would be ready within weeks.": an attribution set in the sentence
        inset = verb.norm != "told" and _INSET_TAIL.match(tail) is not None
        # "Ukraine faces a hard choice, Zelensky said, as Washington pressed ...", "..., diplomats said, leaving
        # ...": a subordinate clause or a participle after it leaves the attribution final to what comes before
        joined = _JOINED_TAIL.match(tail)
        # (a speech participle only after where it was said: "..., X said, adding that ..." reports what it adds)
        if joined is not None and (joined.group(2) in R.EN_SUBORDINATORS or (joined.group(2).endswith("ing") and (
                joined.group("where") or joined.group(2) not in R.EN_SPEECH_VERBS))):
            inset = False
        elif not inset and not (_TOLD_TAIL if verb.norm == "told" else _FINAL_TAIL).fullmatch(tail):
            return None
        comma = text.rfind(",", ss, verb.start)
        if comma == -1 or _QUOTE_CHARS.search(text, ss, se) and not _scare_quotes_only(text, ss, comma):
            return None  # (a quoted word or two is a scare quote: 'the first "trilateral" format')
        subject = text[comma + 1:verb.start].split()
        if not 1 <= len(subject) <= 7 or any(w.lower() in ("and", "but", "which", "who", "that") for w in subject):
            return None
        body_start = ss
        if c.dateline is not None and c.dateline[0] <= ss < c.dateline[1]:
            body_start = c.dateline[1]
        m = _STAMP.match(text, body_start)
        if m:
            body_start = m.end()
        body_end = self._cut(body_start, se if inset else comma)
        if inset:
            while body_end > body_start and text[body_end - 1] in ".!?؟ \t":
                body_end -= 1
            if len(_WORD.findall(text[body_start:comma])) > 6:
                return None  # a long clause before it: "..., Starmer said, adding ..." is no inset
        if len(_WORD.findall(text[body_start:body_end])) < 6:
            return None
        return (verb, k, _Tok(comma + 1, comma + 1, _FINAL, 0), body_start, body_end, ss, se)

    def _clause_end(self, start: int, se: int, direct_opens: set[int] = frozenset()) -> tuple[int, "_Tok | None"]:
        """Where a reported clause ends, and the complementiser of the next clause of the same verb if one
        follows ("، وإن مسألة الأراضي ...", "and that ..."). A clause ends where the next speech cue of the
        sentence begins ("، مضيفًا أن", ", but acknowledged that", "، لكنه أقر بأن", "، في حين نقلت"), and
        before a direct quote of its own after a comma ("...، “لكن لا أحد يريد ...”")."""
        c = self._ctx
        text = c.doc.text
        starts, norms, flags, inq = c.starts, c.norms, c.flags, c.inq
        # a direct quote of its own after a comma ends the clause
        own = next((o for o in sorted(o for o in direct_opens if start < o < se)
                    if _COMMA_END.search(text, max(start, o - 3), o)
                    and len(_WORD.findall(text, o, self._quote_close(o))) >= 5), None)
        ar = c.lang == "ar"
        # the tokens of the sentence up to the quote of its own (a token after it ends the clause there, as the
        # sentence end does): those before the first token that starts at or after the bound
        for j in range(c.tok_index(start) + 1, c.tok_index(se if own is None else own + 1)):
            if inq[j]:
                continue
            w = norms[j]
            if ar and w in _COORDINATED_COMPLEMENTIZERS and not (
                    j + 1 < c.ntoks and norms[j + 1] in R.AR_CONCESSIVE_AFTER):
                return self._cut(start, starts[j]), c.tok(j)  # but "وإن كانت بولندا ستؤدي دورًا": even though
            if not ar and w == "that" and norms[j - 1] in ("and", "but") and starts[j - 1] > start:
                return self._cut(start, starts[j - 1]), c.tok(j)
            if flags[j] & VERB:
                t_start = starts[j]
                gap = text[start:t_start]
                cm = None
                for cm in _CLAUSE_COMMA.finditer(gap):
                    pass
                # (the comma may stand inside the quote that closes the clause: '"... Ukraine," adding that')
                if cm is not None and _CONNECTIVE.fullmatch(normalize_str(gap[cm.end():]).strip(_CLOSING_MARKS)):
                    return self._cut(start, start + cm.start()), None
                if cm is not None and not ar and _NAMED_SUBORDINATE.fullmatch(gap, cm.end()):
                    # "..., after President Donald Trump said he had ...": another speaker's words
                    return self._cut(start, start + cm.start()), None
                if not ar and _AND_BEFORE.search(text[t_start - 5:t_start]):
                    return self._cut(start, t_start - 4), None
        if own is not None:
            return self._cut(start, own), None
        return se, None

    @staticmethod
    def _cut_text(text: str, start: int, cut: int) -> int:
        while cut > start and text[cut - 1] in " ،,;؛\t":
            cut -= 1
        return cut

    def _cut(self, start: int, cut: int) -> int:
        return self._cut_text(self._ctx.doc.text, start, cut)

    def _quote_open(self, pos: int) -> int | None:
        """The opening mark of the innermost quoted span holding ``pos``."""
        best = None
        for o, e in self._ctx.quoted:
            if o <= pos < e and (best is None or o > best):
                best = o
        return best

    def _quote_close(self, o: int) -> int:
        return next((e for s, e in self._ctx.quoted if s == o), o)

    def _scare_quoted(self, pos: int, direct_opens: set[int]) -> bool:
        """Is ``pos`` inside a short quoted span that is not a quote (a name, a scare quote)?"""
        o = self._quote_open(pos)
        return o is not None and o not in direct_opens and len(_WORD.findall(
            self._ctx.doc.text[o:self._quote_close(o)])) <= 4

    def _zero_that(self, k: int, se: int) -> "_Tok | None":
        """English reported speech without "that": the clause starts after the verb and its adjuncts.
        Returns a stand-in complementiser token ending where the clause begins."""
        c = self._ctx
        text = c.doc.text
        starts, ends, norms = c.starts, c.ends, c.norms
        n = c.ntoks
        verb = c.tok(k)
        after = text[verb.end:verb.end + 3]
        if not after.startswith(" ") or after[1:2] in "“\"‘':,":
            return None
        m = _ATTRIBUTION_BEFORE.search(text[max(0, verb.start - 46):verb.start])
        if m and not _AND_BUT_END.search(m.group(1)):
            return None  # '"...," said Ushakov' / '"...," he said in a video address': an attribution
            # ('dismissed it as "theatre" and said Russia would ...' goes on with new speech)
            # (a quote closed after a full stop ends its sentence: what follows is new speech)
        if verb.norm in R.EN_ZERO_THAT_OBJECT and not any(
                w in R.EN_AUXILIARIES for w, s in zip(norms[k + 2:k + 7], starts[k + 2:k + 7]) if s < se):
            return None  # "confirmed the delivery of two systems": an object, not what was said
        j = k + 1
        told = verb.norm == "told"
        told_end = None  # where the one noun phrase of whom it was told ends, once its head is read
        while j < n and starts[j] < se and j - k <= 8:
            if norms[j] in R.EN_SKIP_AFTER:
                j += 1
                continue
            if told_end is not None and starts[j] < told_end:
                j += 1  # the rest of a name ("told the Financial Times")
                continue
            if told and told_end is None and (norms[j] in R.EN_TOLD_OBJECTS
                                              or self._mention_covers(starts[j])):
                if norms[j] not in _DETERMINERS:
                    # "told reporters the president's schedule ...": one audience, then the clause
                    at = starts[j]  # (the mentions that may hold it: those starting at or before it)
                    told_end = max((m.end for m in c.mentions[:bisect_right(c._mstarts, at)] if at < m.end),
                                   default=ends[j])
                    if j + 1 < n and norms[j + 1] in _MEDIA_NOUNS and starts[j + 1] - told_end <= 1:
                        told_end = ends[j + 1]  # "told French television", "told Polish radio"
                j += 1
                continue
            if norms[j] == "that":
                return c.tok(j)
            if told:
                # "told pilgrims that", "told the assembled ambassadors that": whoever was told, then what
                that = next((i for i in range(j + 1, min(j + 5, n)) if norms[i] == "that"), None)
                if that is not None and starts[that] < se and not _CLAUSE_PUNCT.search(
                        text, starts[j], starts[that]) and not any(f & VERB for f in c.flags[j:that]):
                    return c.tok(that)
            for words in _EN_SKIP_PHRASES.get(norms[j], ()):
                if norms[j:j + len(words)] == words:
                    j += len(words)
                    break
            else:
                break
        if j - k > 8:
            return None
        if j >= n or starts[j] >= se:
            return None
        # "has said it will send troops", "said it remained ready", "said it stands ready": "it" opens the clause
        pronoun_clause = norms[j] == "it" and j + 1 < n and (
            norms[j + 1] in R.EN_AUXILIARIES or norms[j + 1] in _IT_VERBS
            or (len(norms[j + 1]) > 4 and norms[j + 1].endswith("ed")))
        more_than = norms[j] in ("more", "fewer", "less") and j + 1 < n and norms[j + 1] == "than"
        if norms[j] in R.EN_NOT_CLAUSE_START and not pronoun_clause and not more_than:
            return None  # but "has said it will send troops"
        if norms[j] == "no" and (j + 1 >= n or starts[j + 1] >= se or norms[j + 1] == "to"
                                 or _PUNCT_NEXT.match(text[ends[j]:starts[j + 1]])):
            return None  # "she said no", "said no to the plan"; but "said no date had been set"
        gap = text[verb.end:starts[j]]
        if _ZERO_THAT_STOP.search(gap):
            return None
        return _Tok(ends[j - 1] if j > k + 1 else verb.end, starts[j] - 1 if starts[j] > 0 else 0, "", 0)

    def _text_subject(self, k: int) -> bool:
        """English: the verb's subject is a text ("point 8", "the draft", "the plan's preamble")."""
        c = self._ctx
        norms = c.norms
        for j in range(k - 1, max(-1, k - 4), -1):
            w = norms[j]
            if w in R.EN_TEXT_SUBJECTS:
                break
            if not (w.isdigit() or w in R.EN_TEXT_SUBJECT_FILLERS):
                return False
        else:
            return False
        # the noun phrase must open its clause: "an official who saw the draft said" has a speaker
        i = j
        while i > 0 and (norms[i - 1] in R.EN_TEXT_SUBJECT_FILLERS or norms[i - 1] in ("the", "a", "its")):
            i -= 1
        if i == 0:
            return True
        gap = c.doc.text[c.ends[i - 1]:c.starts[i]]
        return norms[i - 1] in ("and", "but", "while", "whereas") or bool(_CLAUSE_PUNCT.search(gap))

    def _mention_covers(self, pos: int) -> bool:
        c = self._ctx
        return any(pos < m.end for m in c.mentions[:bisect_right(c._mstarts, pos)])  # (those starting at or before pos)

    def _according_candidate(self, k: int, direct_opens: set[int]):
        """"بحسب X"/"according to X" in a sentence with no quotation: the sentence is X's statement."""
        c = self._ctx
        tok = c.tok(k)
        ss, se = c.doc.sent_span(tok.start)
        if any(ss <= o < se for o in direct_opens) and not _scare_quotes_only(c.doc.text, ss, se):
            return None  # (but a scare quote in it: 'ضمانات أمنية “شبيهة بالمادة الخامسة”')
        # "ووفقًا للبيان", "according to the draft": a text says it, nobody speaks
        if self._text_source_after(k):
            return None
        # "He said, however, that ..., according to the TASS news agency": a verb of saying before it has the
        # speaker; the source after "according to" only relays the words
        a = c.tok_index(ss)
        if any(c.flags[j] & VERB and not c.inq[j] for j in range(a, k)):
            return None
        body_start, body_end = ss, se
        while body_end > body_start and c.doc.text[body_end - 1] in ".،,;؛:!?؟ \t":
            body_end -= 1
        if _words_upto(c.doc.text, body_start, body_end, 6) < 6:
            return None
        # the speaker is looked for up to the end of the statement
        return (tok, k, _Tok(body_end, body_end, "", 0), body_start, body_end, ss, se)

    def _text_source_after(self, k: int) -> bool:
        """The noun phrase after "بحسب"/"according to" names a text: "وفقًا للبيان", "according to the draft",
        also after a number or a modifier ("according to the 20-point plan", "according to the revised US
        draft"); the phrase ends at a comma or a preposition ("according to officials, the plan ...")."""
        c = self._ctx
        seen = 0
        for j in range(k + 1, min(k + 7, c.ntoks)):
            w = c.norms[j]
            if _PHRASE_END.search(c.doc.text, c.ends[j - 1], c.starts[j]) or w in _PREPOSITIONS - {"to"}:
                return False
            if w in ("to", "the", "a", "ل") or w.isdigit() or w in R.EN_TEXT_SUBJECT_FILLERS:
                continue
            if _TEXT_SOURCE.fullmatch(w) or w in R.EN_TEXT_SUBJECTS:
                return True
            seen += 1
            if seen == 3:
                return False
        return False

    def _resolve_indirect(self, cand, done: list[Quote]) -> Quote | None:
        tok, k, comp, body_start, body_end, ss, se = cand
        c = self._ctx
        text = c.doc.text
        if any(q.start <= body_start < q.end for q in done):
            return None
        cue = _Cue(tok, k, near=True, word=text[tok.start:tok.end])
        if comp.norm == _FINAL:
            words = text[comp.start:tok.start].split()
            if len(words) == 1 and words[0].lower() in R.EN_PRONOUNS:
                speaker = self._continuation(tok.start)
            elif 2 <= len(words) <= 4 and words[0].lower() in ("its", "their"):
                # "Norway will spend ..., its government said": the state or body the clause names first
                m = next((m for m in c.mentions_between(body_start, comp.start)
                          if m.entity.type in ("country", "organization") and self._can_speak(m)), None)
                speaker = _Speaker(m.entity, m.text, m.start, m.end) if m is not None else _Speaker(None, None)
            else:
                speaker = self._pick(comp.start, tok.start, prefer_first=True) or _Speaker(None, None)
        else:
            speaker = self._speaker_for_cue(cue, comp.start)
        if speaker.entity is None and speaker.text is None:
            return None
        return Quote(Evidence.of(text, ss, se), speaker.entity, speaker.text, text[body_start:body_end], False,
                     body_start, body_end, speaker.start, speaker.end, cue.word)

    # ----------------------------------------------------------------- cues
    def _cue_before(self, lo: int, hi: int) -> "_Cue | None":
        c = self._ctx
        flags, inq = c.flags, c.inq
        best = None
        a, b = c.tok_index(lo), c.tok_index(hi)
        for k in compress(range(a, b), flags[a:b]):  # a cue has a flag
            if inq[k]:
                continue
            if flags[k] & (VERB | NOUN) or self._according_at(k):
                best = k
        if best is None:
            return None
        t = c.tok(best)
        near = b - (best + 1) <= 12  # words between the cue and the quote
        return _Cue(t, best, near=near, word=c.doc.text[t.start:t.end])

    def _according_at(self, k: int) -> bool:
        c = self._ctx
        if not c.flags[k] & ACCORD:
            return False
        return c.lang == "ar" or (k + 1 < c.ntoks and c.norms[k + 1] == "to")

    def _cue_after(self, pos: int, se: int) -> "_Post | None":
        """An attribution right after a quote: '”، قال ستارمر' / '," Starmer said' / ', he said'."""
        c = self._ctx
        text = c.doc.text
        k0 = c.tok_index(pos)
        # (the tokens that start before ``se + 1``: those before the first that starts at or after it)
        inq, norms = c.inq, c.norms
        idx = [k for k in range(k0, min(k0 + 12, c.tok_index(se + 1))) if not inq[k]]
        if not idx:
            return None
        first = c.starts[idx[0]]
        # only punctuation between the quote and the attribution
        if text[pos:first].strip(" \t,،.:—–-") != "":
            return None
        # up to ten words before the verb: '," Norway's defence minister, Tore Sandvik, said'
        # '«...»، هكذا لخّص X موقف بلاده': after "thus" any verb attributes the words it sums up
        thus = c.lang == "ar" and len(idx) > 1 and norms[idx[0]] in _THUS
        for i, k in enumerate(idx[:10]):
            if c.flags[k] & VERB or (c.lang != "ar" and norms[k] == "according") or (thus and i == 1):
                t = c.tok(k)
                if c.lang != "ar" and t.norm == "according":
                    to = k + 1 if k + 1 < c.ntoks and c.norms[k + 1] == "to" else k
                    sp = self._subject_after(to, limit_tokens=6)
                elif i == 0:
                    # "«...»، مضيفًا": the participle's subject is before the quote
                    sp = None if _ar_participle(t, c.lang) else self._subject_after(k, limit_tokens=6)
                elif c.lang != "ar" and norms[idx[i - 1]] in R.EN_PRONOUNS:
                    # '," he said, urging EU governments to ...': the pronoun is the subject (the speaker before
                    # it), never a name after the verb
                    sp = self._subject_between(first, t.start)
                else:
                    # '," Store told Reuters': the name after "told" is the audience, never the speaker
                    told = c.lang != "ar" and t.norm in ("told", "tells", "tell")
                    sp = self._subject_between(first, t.start) or (
                        None if told else self._subject_after(k, limit_tokens=6))
                end = t.end
                if sp is not None and sp.end:
                    end = max(end, sp.end)
                return _Post(sp, c.doc.text[t.start:t.end], end, t.start)
            if c.lang == "ar" and i == 0 and self._according_at(k):
                sp = self._subject_after(k, limit_tokens=6) or _Speaker(None, None)
                start, end = c.starts[k], c.ends[k]
                return _Post(sp, c.doc.text[start:end], sp.end or end, start)
        return None

    # ----------------------------------------------------------------- speakers
    def _same_paragraph_speaker(self, pos: int) -> _Speaker:
        """A quote with no cue of its own continues the quote before it in the same paragraph."""
        c = self._ctx
        para_start = c.doc.text.rfind("\n", 0, pos) + 1
        for q in reversed(c.speakers):
            if para_start <= q[0] < pos:
                return _Speaker(q[1], q[2], None, None)
        return _Speaker(None, None)

    def _post_speaker(self, post: "_Post") -> _Speaker:
        return post.speaker if post.speaker is not None else self._continuation(post.pos)

    def _speaker_for_cue(self, cue: "_Cue", limit: int) -> _Speaker:
        c = self._ctx
        t = cue.tok
        if t.flags & ACCORD:
            k = cue.index + (1 if c.lang != "ar" else 0)
            hi = limit if limit > t.start else c.doc.sent_span(t.start)[1]
            return self._subject_after(k, limit=hi, limit_tokens=6, after_prep=True) or _Speaker(None, None)
        if t.norm in _REPORTED_FROM:
            # "نقلت وكالة تاس عن المبعوث كيريل دميترييف قوله": the speaker follows عن
            for j in range(cue.index + 1, min(cue.index + 8, c.ntoks)):
                if c.norms[j] == "عن":
                    sp = self._subject_after(j, limit=limit, after_prep=True)
                    if sp is not None:
                        return sp
                    break
        if t.norm in _HIS_SAYING:
            sp = self._source_before_saying(cue.index)
            if sp is not None:
                return sp
        if c.lang != "ar" and cue.index > 0 and c.norms[cue.index - 1] == "who":
            # "said Peskov, who repeated the Kremlin's position that ...": the person before "who"
            who_start = c.starts[cue.index - 1]
            ss, _ = c.doc.sent_span(t.start)
            sp = self._subject_between(ss, who_start, nearest=True)
            if sp is not None and re.match(r"\s*,?\s*$", c.doc.text[sp.end or who_start:who_start]):
                return sp
        # English "telling reporters:", "told the BBC:": what follows is the audience, the speaker comes first
        if c.lang == "ar" and (_ar_participle(t, c.lang) or self._after_pronoun_led_clause(cue.index)):
            # "وأوضح أن ...، مضيفًا أن ...", "لكنه جدد رفضه ...، وقال:": the subject of the sentence's verb
            same = self._sentence_speaker(t.start)
            if same is not None:
                return same
            if self._after_pronoun_led_clause(cue.index):
                return self._continuation(t.start)
        audience = c.lang != "ar" and (t.norm.endswith("ing") or t.norm in ("told", "tells", "tell"))
        sp = None if audience or _ar_participle(t, c.lang) else self._subject_after(cue.index, limit=limit)
        if sp is not None:
            return sp
        if cue.index > 0:
            prev = c.norms[cue.index - 1]
            if (c.lang != "ar" and prev in R.EN_PRONOUNS) or (
                    c.lang == "ar" and prev in R.AR_PRONOUN_SUBJECTS):
                return self._continuation(t.start)
        ss, _ = c.doc.sent_span(t.start)
        lo = max(ss, self._clause_start(t.start))
        if c.lang != "ar" and t.norm.endswith("ing"):
            # "Lithuania agreed, but Finland was cautious, saying ...": the subject of the clause it closes
            m = None
            for m in _EN_CLAUSE_JOIN.finditer(c.doc.text, lo, t.start):
                pass
            if m is not None:
                lo = m.end()
        sp = (self._adjacent_subject(lo, t.start) if c.lang != "ar" else None) or \
            self._subject_between(lo, t.start, nearest=False)
        if sp is not None:
            return sp
        return self._continuation(t.start)

    def _source_before_saying(self, k: int) -> _Speaker | None:
        """"نقلت صحيفة ... عن مصدر أمني قوله إن ...": "his saying" quotes the one after عن, not the paper that
        relays the words (the first name of the sentence)."""
        c = self._ctx
        for j in range(k - 1, max(-1, k - 9), -1):
            if c.norms[j] == "عن":
                return self._subject_after(j, limit=c.starts[k], after_prep=True)
            if _SENTENCE_STOP.search(c.doc.text, c.ends[j], c.starts[j + 1]):
                break
        return None

    def _adjacent_subject(self, lo: int, verb_start: int) -> _Speaker | None:
        """English: the name right before the verb, with no comma between ("..., after Trump said he had ...",
        "Germany pledged money, and Poland said it would ..."): the subject of this verb, not the first name of
        the sentence (which a comma may set off: "Macron, speaking next to Starmer, said")."""
        c = self._ctx
        starts, norms = c.starts, c.norms
        k = c.tok_index(verb_start) - 1
        while k >= 0 and starts[k] >= lo and (norms[k] in R.EN_SKIP_AFTER or norms[k] in R.EN_AUXILIARIES):
            k -= 1
        if k >= 0 and starts[k] >= lo and norms[k] in _anon_forms(c.lang) \
                and not c.doc.text[c.ends[k]:verb_start].strip(" \t"):
            anon = self._anon(lo, c.ends[k], [])
            if anon is not None:  # "though officials say ...": the source next to the verb speaks
                state = self._state_of_ministry(starts[k])
                if state is not None:
                    return state
                # "Norway's foreign ministry said": the state it names; "The ministry added": the body before
                body = self._institution_of(anon)
                if body is not None and body.start < starts[k]:
                    return _Speaker(body.entity, body.text, body.start, body.end)
                back = self._back_reference(anon)
                if back is not None:
                    return back
                return _Speaker(None, c.doc.text[anon[0]:anon[1]], anon[0], anon[1])
        ms = c.mentions_between(lo, verb_start)
        if not ms:
            return None
        m = ms[-1]
        gap = c.doc.text[m.end:verb_start].split()
        if any(w.lower() not in R.EN_SKIP_AFTER and w.lower() not in R.EN_AUXILIARIES for w in gap) \
                or not self._can_speak(m) or m.entity.type not in ("person", "country", "organization", "group"):
            return None
        if len(ms) > 1 and ms[-2].end >= m.start - 1:
            return None  # "Ukraine's Zelensky said": part of a longer name
        return _Speaker(m.entity, m.text, m.start, m.end)

    def _state_of_ministry(self, pos: int) -> _Speaker | None:
        """"Egypt's foreign ministry called ...": a ministry named as a body of the knowledge base, part of a state,
        speaks for its state (as a stance of it does)."""
        c = self._ctx
        m = next((m for m in c.mentions_between(max(0, pos - 60), pos + 1) if m.start <= pos < m.end), None)
        if m is None or m.entity.type != "organization":
            return None
        a = c.actor(m.entity.id)
        state = c.actor(a.part_of) if a is not None and a.part_of else None
        if state is None or state.type != "country":
            return None
        return _Speaker(state.entity, m.text, m.start, m.end)

    def _sentence_speaker(self, pos: int) -> _Speaker | None:
        """The speaker of a quote earlier in the sentence of ``pos``."""
        c = self._ctx
        ss, _ = c.doc.sent_span(pos)
        for q in reversed(c.speakers):
            if ss <= q[0] < pos and q[1] is not None:
                return _Speaker(q[1], q[2], None, None)
        return None

    def _after_pronoun_led_clause(self, k: int) -> bool:
        """Arabic: a verb coordinated after a comma ("، وقال") in a sentence whose subject is a pronoun
        ("لكنه جدد رفضه ...، وقال:"), with no subject of its own after it."""
        c = self._ctx
        start = c.starts[k]
        if not c.norms[k].startswith("و") or not _COMMA_END.search(c.doc.text, max(0, start - 3), start):
            return False
        ss, _ = c.doc.sent_span(start)
        first = c.tok_index(ss)
        if first >= c.ntoks or c.norms[first] not in R.AR_PRONOUN_SUBJECTS:
            return False
        return k + 1 >= c.ntoks or not self._mention_covers(c.starts[k + 1])

    def _clause_start(self, pos: int) -> int:
        text = self._ctx.doc.text
        i = pos
        while i > 0:
            i = max(text.rfind(ch, 0, i) for ch in "؟?!\n.")  # the last mark before i
            if i < 0:
                return 0
            if text[i] != "." or not _abbreviation_before(text, i):
                return i + 1
            # "Mr. Kushner", "U.S." and "on Dec. 29" do not end a clause: on to the mark before
        return i

    def _subject_after(self, k: int, *, limit: int | None = None, limit_tokens: int = 8,
                       after_prep: bool = False) -> _Speaker | None:
        """The subject right after a verb (VSO), within a few words."""
        c = self._ctx
        starts, norms = c.starts, c.norms
        hi = limit if limit is not None else len(c.doc.text)
        window_end = None
        count = 0
        for j in range(k + 1, c.ntoks):
            if starts[j] >= hi:
                break
            count += 1
            if count > limit_tokens:
                break
            window_end = c.ends[j]
            w = norms[j]
            if c.lang == "ar" and (w in R.AR_COMPLEMENTIZERS and w != "الي"):
                break
            if c.lang != "ar" and w in R.EN_SUBJECT_STOP:
                break
        if window_end is None:
            return None
        lo = c.ends[k]
        gap = c.doc.text[lo:window_end]
        cut = _SENTENCE_STOP.search(gap)  # not the full stop of "U.S." or "Mr."
        if cut and not _INITIAL.match(gap):
            window_end = lo + cut.start()
        return self._pick(lo, window_end, prefer_first=True, after_prep=after_prep, overrun=True)

    def _subject_between(self, lo: int, hi: int, nearest: bool = False) -> _Speaker | None:
        return self._pick(lo, hi, prefer_first=not nearest)

    def _pick(self, lo: int, hi: int, *, prefer_first: bool, after_prep: bool = False,
              overrun: bool = False) -> _Speaker | None:
        """The speaker among the mentions of ``lo:hi`` (with ``overrun``, a name that starts there may end
        after ``hi``: "قال رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني")."""
        c = self._ctx
        ms = [m for m in c.mentions_between(lo, hi) if (overrun or m.end <= hi) and self._can_speak(m, after_prep)]
        anon = self._anon(lo, hi, ms)
        persons = [m for m in ms if m.entity.type == "person"]
        if c.lang != "ar" and len(persons) > 1:
            # "Putin's foreign policy adviser, Yuri Ushakov, said": the owner of a title is not its holder
            persons = [m for m in persons if not _POSSESSIVE.match(c.doc.text, m.end)] or persons
        if anon is not None and not persons:
            body = self._institution_of(anon)
            if body is not None:
                return _Speaker(body.entity, body.text, body.start, body.end)
            back = self._back_reference(anon)
            if back is not None:
                return back
            subject = None if after_prep else self._subject_before_governed(anon, ms)
            if subject is not None:
                return _Speaker(subject.entity, subject.text, subject.start, subject.end)
        named = [m for m in persons if m.via != "title"] or persons
        if named:
            m = named[0] if prefer_first else named[-1]
            return _Speaker(m.entity, m.text, m.start, m.end)
        if anon is not None:
            return _Speaker(None, c.doc.text[anon[0]:anon[1]], anon[0], anon[1])
        others = [m for m in ms if m.via != "demonym"] or ms
        if others:
            m = others[0] if prefer_first else others[-1]
            return _Speaker(m.entity, m.text, m.start, m.end)
        return None

    def _subject_before_governed(self, anon: tuple[int, int], ms: list[Mention]) -> Mention | None:
        """Arabic: a source after a preposition is where the words were said, not who said them ("وأعربت مصر في
        بيان لوزارة خارجيتها عن ..."): the state or body named before it is the subject."""
        c = self._ctx
        if c.lang != "ar":
            return None
        text = c.doc.text
        before = c.doc.norm.view_of(max(0, anon[0] - 6), anon[0]).split()
        if not (text[anon[0]:anon[0] + 1] in "لب" or (before and before[-1] in _PREPOSITIONS)):
            return None
        return next((m for m in ms if m.end <= anon[0] and m.entity.type in ("country", "organization", "group")),
                    None)

    def _can_speak(self, m: Mention, after_prep: bool = False) -> bool:
        """A speaker is not the object of a preposition (في البيت الأبيض، للصحفيين، in Paris) nor the place
        of a dateline ("HELSINKI (wire) — Leaders said ..."); places speak only as metonyms (موسكو، Washington)."""
        text = self._ctx.doc.text
        dl = self._ctx.dateline
        if dl is not None and dl[0] <= m.start < dl[1]:
            return False
        if m.entity.type == "place":
            a = self._ctx.actor(m.entity.id)
            if a is None or not a.stands_for:
                return False
        if after_prep:
            return True
        if text[m.start - 1:m.start].isspace():
            before = self._ctx.doc.norm.view_of(max(0, m.start - 6), m.start).split()
            if before and before[-1] in _PREPOSITIONS:
                return False
        if m.start > 0 and text[m.start - 1] in "بلك" and (m.start < 2 or not text[m.start - 2].isalpha()
                                                          or text[m.start - 2] in "وف"):
            return False
        return True

    def _institution_of(self, anon: tuple[int, int]) -> Mention | None:
        """A ministry, office or spokesperson of a named state or body speaks for it: "وزارة الخارجية
        الإماراتية" (ARE), "المتحدث باسم الحكومة الإسرائيلية" (ISR), "the Indian foreign ministry"."""
        c = self._ctx
        k = c.tok_index(anon[0])  # (the first token that starts at or after it: the head)
        if k >= c.ntoks:
            return None
        head = c.tok(k)
        w = head.norm[2:] if head.norm.startswith("ال") else head.norm
        if w not in R.INSTITUTIONS:
            nxt = [x for x, s in zip(c.norms[k:k + 4], c.starts[k:k + 4]) if s < anon[1] + 40]
            if c.lang == "ar" or not any(x in R.INSTITUTIONS for x in nxt):
                return None
        lo, hi = (head.start, head.end + 45) if c.lang == "ar" else (anon[0] - 25, anon[1])
        if c.lang != "ar":
            # "a spokesperson for the German government", "a spokesman of the ministry": the body follows
            m = _FOR_BODY.match(c.doc.text, anon[1])
            if m is not None:
                hi = m.end()
        if c.lang == "ar":
            # the body is named before the reported clause: "وأوضحت الوزارة أن الاتصالات مع الجانب القطري ..."
            # does not make the ministry Qatar's
            comp = next((j for j in range(c.tok_index(head.end), c.tok_index(hi))
                         if c.norms[j] in R.AR_COMPLEMENTIZERS), None)
            if comp is not None:
                hi = c.starts[comp]
        for m in c.mentions_between(max(0, lo), hi):
            if m.entity.type in ("country", "organization", "group") and m.start >= lo:
                return m
        return None

    def _back_reference(self, anon: tuple[int, int]) -> _Speaker | None:
        """A body or spokesperson named by the article alone ("وأوضحت الوزارة أن", "وأشار المكتب إلى أن",
        "وتابع المتحدث أن", "the ministry said") is the one quoted in the sentences just before: wire reports
        name a source once and then refer back to it. Spokespersons refer back to any speaker, bodies only to
        a state, body or group."""
        c = self._ctx
        k = c.tok_index(anon[0])
        if k >= c.ntoks:
            return None
        head = c.tok(k)
        if c.lang == "ar":
            if not head.norm.startswith("ال") or head.norm[2:] not in R.INSTITUTIONS:
                return None
            nxt = c.tok(k + 1) if k + 1 < c.ntoks else None
            if nxt is not None and nxt.norm not in R.AR_COMPLEMENTIZERS and nxt.norm not in _PREPOSITIONS \
                    and "\u064b" not in c.doc.text[nxt.start:nxt.end]:
                return None  # "المتحدث باسم ...", "المكتب الإعلامي ...": a description follows, not the verb's clause
                # (an adverb with tanwin may: "وأعلنت الوزارة لاحقًا أن")
            noun = head.norm[2:]
        else:
            # "the ministry", "the foreign ministry": the article, at most one modifier, the noun
            j = k + 1 if k + 1 < c.ntoks and c.ends[k + 1] == anon[1] else k + 2
            if head.norm != "the" or j >= c.ntoks or c.norms[j] not in R.INSTITUTIONS \
                    or c.ends[j] != anon[1] or (j == k + 2 and c.norms[k + 1][:1].isupper()):
                return None
            noun = c.norms[j]
        person_ok = noun in R.SPOKESPERSONS
        si = c.doc.sent_index(anon[0])
        first = c.doc.sents[max(0, si - 3)][0] if c.doc.sents else 0
        for q in reversed(c.speakers):
            if q[0] >= anon[0] or q[1] is None:
                continue
            if q[0] < first:
                break
            if person_ok or q[1].type != "person":
                return _Speaker(q[1], c.doc.text[anon[0]:anon[1]], anon[0], anon[1])
            # "X, Qatar's prime minister, said ... The ministry said ...": the body of the official's state
            a = c.actor(q[1].id)
            code = (a.country or next((r.country for r in a.roles if r.country), None)) if a is not None else None
            state = c.actor(code) if code else None
            if state is not None and state.type == "country":
                return _Speaker(state.entity, c.doc.text[anon[0]:anon[1]], anon[0], anon[1])
        return None

    def _anon(self, lo: int, hi: int, ms: list[Mention]) -> tuple[int, int] | None:
        c = self._ctx
        forms = _anon_forms(c.lang)
        a, b = c.tok_index(lo), c.tok_index(hi)
        if forms.isdisjoint(c.norms[a:b]):
            return None  # (most spans name no source)
        toks = list(map(c.tok, range(a, b)))
        text = c.doc.text
        relative = False
        for i, t in enumerate(toks):
            w = t.norm
            # "Ireland, which sent only observers, said": a relative clause does not hold the speaker
            if w in R.RELATIVE_PRONOUNS and re.search(r"[,،]\s*$", text[max(lo, t.start - 3):t.start]):
                relative = True
                continue
            if relative:
                if re.search(r"[,،]", text[t.end:t.end + 2]) or (i + 1 < len(toks) and re.search(
                        r"[,،]", text[t.end:toks[i + 1].start])):
                    relative = False
                continue
            if w in forms:
                start = t.start
                if c.lang == "en":
                    # take the article and modifiers before the noun ("a senior EU official")
                    j = i
                    while j > 0 and toks[j - 1].norm not in R.EN_SPEECH_VERBS and toks[j - 1].end >= lo \
                            and toks[j - 1].norm not in R.EN_CONJUNCTIONS \
                            and not _COMMA_OR_COLON.search(text, toks[j - 1].end, toks[j].start):
                        j -= 1
                        if toks[j].norm in ("a", "an", "the", "one", "two", "several"):
                            break
                    start = toks[j].start
                    end = t.end
                else:
                    end = toks[min(i + 2, len(toks) - 1)].end
                return start, end
        return None

    def _pronoun_led(self, ss: int) -> bool:
        """The sentence at ``ss`` has a pronoun for its subject ("He spoke after ...", "وهو ما ...")."""
        c = self._ctx
        k = c.tok_index(ss)
        if k >= c.ntoks:
            return False
        w = c.norms[k]
        return w in R.AR_PRONOUN_SUBJECTS if c.lang == "ar" else w in ("he", "she", "they")

    def _continuation(self, pos: int) -> _Speaker:
        """The speaker of a verb with no subject: the previous sentence's speaker or person."""
        c = self._ctx
        si = c.doc.sent_index(pos)
        ss = c.doc.sents[si][0] if c.doc.sents else 0
        # the speaker of a quote earlier in the same sentence ("X said that ..., but he admitted that ..."),
        # not a person named in X's title ("مستشار الرئيس الروسي")
        for q in reversed(c.speakers):
            if ss <= q[0] < pos and q[1] is not None:
                return _Speaker(q[1], q[2], None, None)
        # a person earlier in the same sentence
        same = [m for m in c.mentions_between(ss, pos) if m.entity.type == "person"]
        if same:
            m = same[-1]
            return _Speaker(m.entity, m.text, m.start, m.end)
        for back in range(1, 4):
            if si - back < 0:
                break
            ps, pe = c.doc.sents[si - back]
            for q in reversed(c.speakers):
                if ps <= q[0] < pe and q[0] < pos and q[1] is not None:
                    return _Speaker(q[1], q[2], None, None)
            if self._pronoun_led(ps):
                continue  # "He spoke after meeting Macron.": Macron is no subject; "he" goes further back
            persons = [m for m in c.mentions_between(ps, pe) if m.entity.type == "person"]
            if persons:
                m = persons[0]
                return _Speaker(m.entity, m.text, m.start, m.end)
        earlier = [q for q in c.speakers if q[0] < pos and q[1] is not None]
        if earlier:
            return _Speaker(earlier[-1][1], earlier[-1][2], None, None)
        return _Speaker(None, None)


@lru_cache(maxsize=8)
def _anon_forms(lang: str) -> frozenset[str]:
    """The words that name an anonymous source: the nouns of the language's list, with the article
    ("المسؤول"), in Arabic also after ل, ب or و when that makes more than four letters ("لمسؤول", "بمصادر",
    "ومصدر") and in the accusative ("مصدرًا"), in English also in the plural ("officials")."""
    lex = R.AR_ANON if lang == "ar" else R.EN_ANON
    out = set(lex) | {"ال" + x for x in lex}
    if lang == "ar":
        out.update(p + x for x in lex for p in "لبو" if len(x) > 3)
        # the indefinite accusative, after إن/أن/غير أن: "غير أن مصدرًا دبلوماسيًا أشار إلى"
        out.update(x + "ا" for x in lex if not x.endswith(("ة", "ه", "ون", "ين", "ا", "اء")) and len(x) > 3)
    if lang == "en":
        out.update(x + "s" for x in lex)
    return frozenset(out)


@dataclass
class _Cue:
    tok: _Tok
    index: int
    near: bool
    word: str


@dataclass
class _Post:
    speaker: _Speaker | None  # None: a verb with no subject ("he said"), resolved in document order
    word: str
    end: int
    pos: int


class _Ctx:
    def __init__(self, doc, lang, toks, mentions, titles, quoted, kb):
        self.doc = doc
        self.lang = lang
        # the tokens, as columns: token k starts at starts[k], ends at ends[k], reads norms[k], has the cue
        # flags flags[k], starts inside a quoted span when inq[k]
        self.starts, self.ends, self.norms, self.flags, self.inq = toks
        self.ntoks = len(self.starts)
        self.mentions = mentions
        self.titles = titles
        self.quoted = quoted
        self.kb = kb
        # tok_index(pos): the index of the first token that starts at or after ``pos``
        self.tok_index = partial(bisect_left, self.starts)
        self._mstarts = list(map(_START, mentions))
        self.speakers: list[tuple[int, Entity | None, str | None]] = []
        self.done: list[Quote] = []  # the quotes resolved so far, in document order
        self.dateline = dateline_span(doc.text)

    def tok(self, k: int) -> _Tok:
        """Token ``k`` as one object (for a cue or a complementiser handed on)."""
        return _Tok(self.starts[k], self.ends[k], self.norms[k], self.flags[k], self.inq[k])

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        # (the mentions come sorted by start: the titles component sorts them, before quotes in every pipeline)
        return self.mentions[bisect_left(self._mstarts, lo):bisect_left(self._mstarts, hi)]

    def actor(self, actor_id: str):
        a = self.kb.get(actor_id)
        if a is None:
            a = self.doc.meta.get("provisional", {}).get(actor_id)
        return a

    def mention_of(self, actor_id: str, lo: int, hi: int):
        for m in self.mentions:
            if m.entity.id == actor_id and lo <= m.start < hi:
                return m
        return None


def _clean_inner(inner: str) -> str:
    """The quoted words without the marks that reopen a quote at each new paragraph."""
    out = _REOPENED.sub("\n", inner)
    return out.strip()
