"""Component ``marsad.figures.v1``: the numbers of a story, with their unit.

Every number (digits, Arabic-Indic digits, spelled-out numbers in both languages, with ألف/مليون/مليار/
thousand/million/billion/bn) becomes a ``figure`` fact with its value fully expanded and a unit: an ISO
4217 code for money (يورو، دولار، €, $, "euros"), ``percent`` (% ٪ في المئة percent), ``year`` for target
years ("بحلول عام 2030", "by 2030") and ``count`` for the rest, keeping the counted noun. Numbers that are
part of a date or a time, that number a plan point ("البند 8", "Point 8") or a resolution, and other years
are not figures.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Doc
from ..facts import Evidence, Figure
from ..text.currencies import currencies
from ..text.dates import month_names
from ..text.normalize import normalize_pattern as _re, normalize_str
from ..text.numbers import Number, find_numbers

_n = normalize_str

_CURRENCY_AFTER = [
    (re.compile(_re(r"^[ \t]*(دولار(?:ا|ات)?[ \t]+كندي(?:ا|ه)?|canadian dollars?)")), "CAD"),
    (re.compile(_re(r"^[ \t]*(يورو|euros?|eur\b|€)")), "EUR"),
    (re.compile(_re(r"^[ \t]*(دولار(?:ا|ات)?(?:[ \t]+امريكي(?:ا|ه)?)?|dollars?|usd\b|\$)")), "USD"),
    (re.compile(_re(r"^[ \t]*(جنيه(?:ا|ات)?[ \t]+استرليني(?:ا|ه)?|استرليني|pounds?(?:[ \t]+sterling)?|£)")), "GBP"),
    (re.compile(_re(r"^[ \t]*(روبل(?:ا|ات)?|roubles?|rubles?)")), "RUB"),
    (re.compile(_re(r"^[ \t]*(هريفنيا|hryvnias?)")), "UAH"),
]
# whether one of them matches (most numbers have no currency after them: one match instead of one a currency)
_ANY_CURRENCY_AFTER = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _CURRENCY_AFTER))
_CURRENCY_BEFORE = [
    (re.compile(r"(c\$|ca\$)[ \t]*$"), "CAD"), (re.compile(r"(€|eur)[ \t]*$"), "EUR"),
    (re.compile(r"(us\$|\$|usd)[ \t]*$"), "USD"), (re.compile(r"(£|gbp)[ \t]*$"), "GBP"),
]
_CURRENCY_BEFORE_WIDTH = 3  # the longest sign or code above
_ANY_CURRENCY_BEFORE = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _CURRENCY_BEFORE))
_PERCENT = re.compile(_re(r"^[ \t]*(%|٪|في[ \t]+المئة|في[ \t]+المائة|بالمئة|بالمائة|percent|per[ \t]+cent|pct)"))
_TARGET_YEAR = re.compile(_re(r"(بحلول[ \t]+(?:عام[ \t]+)?|حتى[ \t]+عام[ \t]+|مع[ \t]+حلول[ \t]+(?:عام[ \t]+)?|"
                             r"by[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?|until[ \t]+|no[ \t]+later[ \t]+than[ \t]+)$"))
_POINT_WORDS = [_re(w) for w in ("نقطة", "النقطة", "النقطتين", "النقاط", "البند", "بند", "البندين", "البنود", "الفقرة",
                                  "فقرة", "المادة", "مادة", "القرار", "قرار", "رقم", "point", "points", "article",
                                  "paragraph", "clause", "item", "resolution", "no.", "no", "number", "#")]
_POINT_BEFORE = re.compile("(" + "|".join(map(re.escape, _POINT_WORDS)) + r")[ \t]*(?:\d+[ \t]*(?:و|and|,|،)[ \t]*)*$")
_POINT_WIDTH = max(map(len, _POINT_WORDS))
_STOP_COUNTED = {_n(w) for w in "من في على عن إلى الى of the a an to in on at for by with and و".split()}
_WORD = re.compile(r"[^\W\d_]+")
_SLASH_DIGIT = re.compile(r"^/\d")
_SECOND_DAY = re.compile(r"[ \t]*(?:و|and|-|–|to)[ \t]*\d{1,2}[ \t]+([^\W\d_]+)")  # "18 و19 كانون الأول"
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_LIST_MARK = re.compile(r"[.)]")
_DAY_MONTH_BEFORE = re.compile(r"\d{1,2}[ \t]+[^\W\d_]+[ \t]*,?[ \t]*$")
_YEAR = re.compile(r"(19|20)\d\d")
_MODEL = re.compile(r"[^\W\d_]-$")  # "إف-16", "F-35", "S-400": a name of a model, not a number of things
# "ما بين 90 و95 في المئة", "بين 15 و20 ألف جندي", "between 2 and 3 million": the first number of a range
# takes the scale and unit of the second
_RANGE_GAP = re.compile(_re(r"[ \t]*(?:و|and|to|-|–)[ \t]*"))


_YEAR_BEFORE = re.compile(_re(r"(?:^|[\s(])(?:in|since|of|from|until|عام|العام|سنة|منذ|في|خلال)[ \t]+$"))
# nouns a year is never followed by: a number in the range of years before them counts them
_PEOPLE = {_n(w) for w in """جندي جنديا عنصر عنصرا شرطي شرطيا مدرب مدربا خبير خبيرا مقاتل مقاتلا عسكري عسكريا
    troops soldiers personnel trainers instructors officers police policemen experts fighters servicemen""".split()}


def _counts_people(right: str) -> bool:
    """Whether the word after a number is one of people in arms or at work ("2000 جندي", "2000 troops")."""
    m = _WORD.search(right, 0, 20)
    return m is not None and not right[:m.start()].strip() and m.group() in _PEOPLE


def _last_letters(text: str) -> str:
    """The last word of ``_WORD.findall(text)`` ('' for none): the last run of letters (word characters but digits),
    read back from the end instead of finding every word."""
    end = len(text)
    while end and not (text[end - 1].isalnum() and not text[end - 1].isdecimal()):
        end -= 1
    k = end
    while k and text[k - 1].isalnum() and not text[k - 1].isdecimal():
        k -= 1
    return text[k:end]


def _range_end(view: str, n: Number, nxt: Number | None) -> float | None:
    """The scale the first number of a range takes from the second ("15 و20 ألفًا": 1000; "90 و95 في المئة": 1),
    or None when ``n`` does not open a range: a bare number in digits, "و" / "and" / "to" / a dash, then a number in
    digits that is scaled or has a unit after it (percent or a currency)."""
    if nxt is None or not n.digits or n.scaled or not nxt.digits or "." in n.digits + nxt.digits \
            or not _RANGE_GAP.fullmatch(view, n.end, nxt.start):
        return None
    try:
        factor = nxt.value / float(nxt.digits.replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return None
    if nxt.scaled and factor > 1:
        return factor
    after = view[nxt.end:nxt.end + 40]
    if _PERCENT.match(after) or _ANY_CURRENCY_AFTER.match(after):
        return 1.0
    return None


def _search_end(rx: re.Pattern, text: str, width: int, trailing: str) -> re.Match | None:
    """``rx.search(text)`` for a pattern anchored at the end of ``text`` whose match is a part at most ``width``
    long followed only by characters of ``trailing`` and digits: tried only from where that part may start,
    not at each of the positions before (the characters of ``trailing`` and digits at the end are passed
    over first; passing over more than the match holds only starts the search earlier)."""
    return rx.search(text, _end_start(text, width, trailing))


def _end_start(text: str, width: int, trailing: str) -> int:
    """Where :func:`_search_end` starts its search (the same for every pattern read with the same ``width`` and
    ``trailing``)."""
    k = len(text)
    while k and (text[k - 1] in trailing or text[k - 1].isdecimal()):
        k -= 1
    return max(0, k - width)


class FigureExtractor:
    name = "marsad.figures.v1"

    def __init__(self, kb=None, options=None):
        self._months = None

    def __call__(self, doc: Doc) -> Doc:
        if self._months is None:
            self._months = month_names()
            self._month_first = {m.split()[0] for m in self._months}
        view = doc.norm.text
        out: list[Figure] = []
        numbers = find_numbers(view)
        amounts: dict[float, str] = {}  # the amounts of money told so far, by value
        for i, n in enumerate(numbers):
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            ranged = _range_end(view, n, nxt)
            if ranged is not None:
                n = replace(n, value=n.value * ranged, scaled=ranged != 1)
            # the currency of the amount before in the sentence (read by _classify for a scaled number only)
            prev = out[-1] if out and n.scaled else None
            money = prev.unit if prev is not None and len(prev.unit) == 3 and prev.unit.isupper() and \
                doc.sent_index(prev.start) == doc.sent_index(doc.norm.orig_index(n.start)) else None
            fig = self._classify(doc, view, n, money, nxt.end if ranged is not None else None)
            if fig is not None:
                if fig.unit == "count" and n.scaled and fig.value in amounts:
                    # "قرض الخمسة مليارات" after "قرضا بقيمة 5 مليارات يورو": the amount told before, again
                    fig = replace(fig, unit=amounts[fig.value], counted=None)
                elif len(fig.unit) == 3 and fig.unit.isupper():
                    amounts.setdefault(fig.value, fig.unit)
                out.append(fig)
        doc.facts["figure"] = out
        return doc

    def _money(self, doc: Doc, n: Number, left: str, right: str) -> tuple[str, int, int] | None:
        """(currency, view start, view end) of the amount ``n`` when a currency name, code or symbol stands
        after or before it: a qualified name of the currency table first ("دولار أسترالي" is not the US
        dollar), then the patterns of the main currencies, then a bare noun of the table ("crowns", "كرونة"),
        read as the currency of the nearest country of the sentence that uses it."""
        table = currencies()
        found = table.after(right)
        if found is not None and isinstance(found[1], str):
            return found[1], n.start, n.end + found[0]
        if _ANY_CURRENCY_AFTER.match(right):
            for rx, code in _CURRENCY_AFTER:
                m = rx.match(right)
                if m:
                    return code, n.start, n.end + m.end(1)
        if found is not None:
            return table.resolve(found[1], self._countries_near(doc, n)), n.start, n.end + found[0]
        o_start, o_end = doc.norm.to_original(n.start, n.end)
        code = table.code(doc.text[o_end:o_end + 8])
        if code is not None:
            return code[1], n.start, doc.norm.to_view(o_end + code[0])
        sign_from = _end_start(left, _CURRENCY_BEFORE_WIDTH, " \t\n")  # (as _search_end does, once for all)
        if _ANY_CURRENCY_BEFORE.search(left, sign_from):
            for rx, code in _CURRENCY_BEFORE:
                m = rx.search(left, sign_from)
                if m:
                    return code, n.start - (len(left) - m.start(1)), n.end
        lo = max(0, o_start - 8)
        found = table.before(doc.text[lo:o_start])
        if found is not None:
            return found[1], doc.norm.to_view(lo + found[0]), n.end
        return None

    def _range_money(self, doc: Doc, n: Number, right: str) -> tuple[str, int, int] | None:
        """The currency after the second number of a range, for the first ("between 5 and 10 billion euros")."""
        for rx, code in _CURRENCY_AFTER:
            if rx.match(right):
                return code, n.start, n.end
        return None

    def _countries_near(self, doc: Doc, n: Number) -> list[str]:
        """The countries named in the sentence of ``n``, the nearest first."""
        at = doc.norm.orig_index(n.start)
        ss, se = doc.sent_span(at)
        near = [(abs(m.start - at), m.entity.id) for m in doc.mentions
                if ss <= m.start < se and m.entity.type == "country"]
        return [c for _, c in sorted(near)]

    def _classify(self, doc: Doc, view: str, n: Number, out_prev: str | None = None,
                  unit_from: int | None = None) -> Figure | None:
        left = view[max(0, n.start - 40):n.start]
        right = view[n.end:n.end + 40]
        if n.digits and "-" in left[-2:] and _MODEL.search(left):
            return None  # "مقاتلات إف-16" (the dash ends ``left``, or stands before a final newline)
        # times and dates
        if n.digits and (right.startswith(":") or left.endswith(":") and left[-2:-1].isdigit()):
            return None
        if n.digits and (right.startswith("/") or left.endswith("/")) and _SLASH_DIGIT.match(right):
            return None
        if not n.spelled:
            first_right = _WORD.match(right.lstrip())
            if first_right and first_right.group() in self._month_first:
                return None  # a day of a month: "25 نوفمبر", "1 كانون الأول"
            m2 = _SECOND_DAY.match(right)
            if m2 and m2.group(1) in self._month_first:
                return None  # "18 و19 كانون الأول"
            last_left = _last_letters(left[-20:])
            if last_left in self._months and (
                    left.rstrip().rstrip(".").endswith(last_left) or _DAY_MONTH_BEFORE.search(left)):
                return None  # "November 25" / the year of a date
        if n.digits and _LIST_MARK.match(right) and _LINE_START.search(left):
            return None  # a list number: "1." at the start of a line
        if _search_end(_POINT_BEFORE, left, _POINT_WIDTH, " \t\n,،وand"):
            return None
        start, end = n.start, n.end
        unit = "count"
        counted_from = end
        unit_right = right if unit_from is None else view[unit_from:unit_from + 40]  # (a range's unit follows it)
        money = self._money(doc, n, left, unit_right) if unit_from is None else self._range_money(doc, n, unit_right)
        if money is not None:
            unit, start, end = money
        else:
            m = _PERCENT.match(unit_right)
            if m:
                unit = "percent"
                if unit_from is None:
                    end = n.end + m.end(1)
        if unit == "count" and n.scaled and out_prev is not None:
            unit = out_prev  # "210 مليارات يورو، منها قرابة 185 مليارًا": the same currency
        if unit == "count" and n.digits and not n.scaled and _YEAR.fullmatch(n.digits):
            if _TARGET_YEAR.search(left):
                unit = "year"
            elif not _counts_people(right) or _YEAR_BEFORE.search(left):
                return None  # a year of a date, or a year used as a name (not "2000 جندي", "2000 troops")
        counted = None
        if unit == "count":
            counted_from = end
            for w in _WORD.finditer(view, counted_from, min(len(view), counted_from + 40)):
                if w.group() in _STOP_COUNTED:
                    continue
                counted = doc.text[slice(*doc.norm.to_original(w.start(), w.end()))]
                break
        elif unit not in ("percent", "year"):
            counted = None
        s, e = doc.norm.to_original(start, end)
        ss, se = doc.sent_span(s)
        return Figure(Evidence.of(doc.text, ss, max(se, e)), n.value, unit, doc.text[s:e], s, e, counted)
