"""Date expressions in Arabic and English, resolved against the document date.

:func:`find_dates` scans the normalised view for explicit dates ("25 نوفمبر 2025", "6 كانون الثاني/يناير
2026", "25 November 2025", "Nov. 25", "Jan 6"), weekdays ("يوم الثلاثاء", "الأحد المقبل", "on Tuesday",
"last Friday") and relative days ("أمس", "أول أمس", "اليوم", "غدًا", "yesterday", "today", "tomorrow"), and
resolves each to a calendar date when the document date is known. Month names come from CLDR through
Babel for the Egyptian/Gulf, Levantine/Iraqi and Maghrebi calendars and for English.

Weekdays resolve to the most recent such day on or before the document date (the document's own weekday
is the same day), or to the next one after "المقبل/القادم/next"; an explicit date without a year takes
the year that puts it nearest the document date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import normalize_str
from .wordscan import automaton, scan

__all__ = ["DateExpr", "dateline_date", "dateline_span", "find_dates", "resolve_weekday"]

_LOCALES = ("ar", "ar_EG", "ar_SA", "ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_MA", "ar_DZ", "ar_TN", "en")
_AR_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
                "السبت": 5, "الأحد": 6}
_EN_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_RELATIVE = {"أمس": -1, "البارحة": -1, "امس": -1, "اليوم": 0, "الليلة": 0, "غدا": 1, "غدًا": 1, "yesterday": -1,
             "today": 0, "tonight": 0, "tomorrow": 1,
             # the parts of a day: "this morning", "هذا المساء", "last night", "الليلة الماضية"
             "this morning": 0, "this afternoon": 0, "this evening": 0, "hours ago": 0, "last night": -1,
             "overnight": 0,
             "هذا الصباح": 0, "هذا المساء": 0, "الليلة الماضية": -1, "ليلة أمس": -1,
             # two days ahead: "بعد غد السبت" (a bare "غد" is not taken: "في الغد" counts from another event)
             "بعد غد": 2, "بعد غدا": 2, "the day after tomorrow": 2}
_AGO_NUMBERS = {normalize_str(w): n for w, n in (
    ("a", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("ten", 10),
    ("يوم", 1), ("يومين", 2), ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("خمسة", 5), ("ستة", 6), ("سبعة", 7),
    ("عشرة", 10))}
# "two days ago" (read backwards from each "ago") and "قبل يومين" (read from each "قبل"): anchored on a word, not
# tried at every position of the text. "أيام" is taken possessively: "قبل ثلاثة أيام من القمة" counts back from the
# summit, and must not fall back to a bare "قبل ثلاثة" read as three days ago
_AGO_BEFORE = re.compile(r"\b(a|one|two|three|four|five|six|seven|ten|\d{1,2})[ \t]+days?[ \t]+$")
_QABL = normalize_str("قبل")
_AGO_AR = re.compile(r"(?<![^\W\d_])" + _QABL + r"[ \t]+("
                     + "|".join(normalize_str(w) for w in ("يومين", "ثلاثة", "ثلاث", "أربعة", "خمسة", "ستة", "سبعة", "عشرة"))
                     + r"|\d{1,2})(?:[ \t]+" + normalize_str("أيام") + r")?+(?![ \t]+(?:"
                     + normalize_str("من") + "|" + normalize_str("على") + r"))(?![^\W\d_])")


def _days_ago(view: str) -> list[tuple[int, int, str]]:
    """(start, end, count word) of each "N days ago" / "قبل N أيام" of the view, in text order."""
    out = []
    i = view.find("ago")
    while i != -1:
        after = view[i + 3:i + 4]
        if not (after.isalnum() or after == "_"):
            m = _AGO_BEFORE.search(view, max(0, i - 24), i)
            if m:
                out.append((m.start(), i + 3, m.group(1)))
        i = view.find("ago", i + 3)
    j = view.find(_QABL)
    while j != -1:
        m = _AGO_AR.match(view, j)
        if m:
            out.append((m.start(), m.end(), m.group(1)))
        j = view.find(_QABL, j + len(_QABL))
    out.sort()
    return out


_AR_WD_NORM = {normalize_str(k): v for k, v in _AR_WEEKDAYS.items()}
_OVERNIGHT_INTO = re.compile(r"[ \t]+(?:into|to|on|before|after|between|from)\b")
_ILA = normalize_str("إلى")  # a preposition that the normalised view writes with a leading "ال"
_REL_NORM = {normalize_str(k): v for k, v in _RELATIVE.items()}
_FUTURE = {normalize_str(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة", "next", "coming")}
_PAST = {normalize_str(w) for w in ("الماضي", "الماضية", "المنصرم", "الفائت", "last", "past")}


@dataclass(slots=True)
class DateExpr:
    start: int  # view offsets
    end: int
    date: dt.date | None
    kind: str  # explicit | weekday | relative
    weekday: int | None = None
    direction: str = "past"


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Normalised month name -> month number, for every Arabic calendar and English."""
    from babel import Locale

    names: dict[str, int] = {}
    for loc in _LOCALES:
        try:
            months = Locale.parse(loc).months
        except Exception:  # a locale missing from this Babel: skip it
            continue
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for num, name in months.get(ctx, {}).get(width, {}).items():
                    key = normalize_str(name).strip(".")
                    if len(key) >= 3 and not key.isdigit():
                        names[key] = num
    for name, num in {"sept": 9, "ابريل": 4, "اغسطس": 8, "يوليو": 7, "يونيو": 6, "مايو": 5}.items():
        names.setdefault(normalize_str(name), num)
    names.pop("may", None)  # the modal verb; "May" is matched with its day
    return names


@lru_cache(maxsize=1)
def _anchor_automaton():
    words = set(month_names()) | {normalize_str(w) for w in _AR_WEEKDAYS} | set(_EN_WEEKDAYS) | \
        {normalize_str(w) for w in _RELATIVE} | {"may"}
    return automaton((w, w) for w in words)


@dataclass(slots=True)
class _Anchor:
    start: int
    end: int
    word: str


def _anchors(view: str) -> list[_Anchor]:
    """Anchor words (months, weekdays, relative days); the longest at each place ("تشرين الثاني")."""
    return [_Anchor(s, e, w) for s, e, w, _ in scan(_anchor_automaton(), view)]


_AR_ORDINAL_UNITS = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                     "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
_AR_ORDINAL_DAY = re.compile(r"(?<![^\W\d_])(الاول|الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر)"
                             r"(?:[ \t]+(عشر)|[ \t]+و(العشرين|الثلاثين))?|(?<![^\W\d_])(العشرين|الثلاثين)")
_BEFORE_ORDINAL_DAY = {normalize_str(w) for w in (
    "في", "حتى", "منذ", "بحلول", "قبل", "بعد", "يوم", "اليوم", "مساء", "صباح", "ليل", "ليلة", "فجر", "وفي", "ويوم",
    "من", "الى", "إلى", "حتي")}
_OF_BEFORE_MONTH = re.compile(r"[ \t]+من[ \t]+")
_DAY_BEFORE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]*(?:و|-|–|and|to)[ \t]*\d{1,2})?[ \t]*(?:من[ \t]+)?$")
_PAIR_AFTER = re.compile(r"[ \t]*/[ \t]*([^\W\d_]+(?:[ \t][^\W\d_]+)?)")
_YEAR_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:عام[ \t]+|سنة[ \t]+)?(\d{4})(?!\d)")
_DAY_AFTER = re.compile(r"\.?[ \t]*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?[ \t]*(\d{4}))?")


def _ordinal_day_before(view: str, s: int) -> tuple[int, int] | None:
    """An Arabic ordinal day right before a month name: "الأول من", "الثاني عشر من", "الحادي والعشرين من"."""
    for om in _AR_ORDINAL_DAY.finditer(view, max(0, s - 26), s):
        if not _OF_BEFORE_MONTH.fullmatch(view, om.end(), s):
            continue
        prev = view[max(0, om.start() - 12):om.start()].split()
        if prev and prev[-1] not in _BEFORE_ORDINAL_DAY and prev[-1][-1:].isalpha():
            return None  # "الأسبوع الأول من يناير": the first week, not the first day
        if om.group(4):
            day = 20 if om.group(4) == "العشرين" else 30
        else:
            day = _AR_ORDINAL_UNITS[om.group(1)]
            if om.group(2):
                day += 10
            elif om.group(3):
                day += 20 if om.group(3) == "العشرين" else 30
        return (day, om.start()) if 1 <= day <= 31 else None
    return None


# (patterns of the normalised view: its words as normalize_str writes them)
_NIGHT_BEFORE = re.compile(rf"(?:{normalize_str('ليل')}|{normalize_str('ليلة')}|night[ \t]+of|overnight)[ \t]+$")
_NIGHT_GAP = re.compile(rf"[ \t]*(?:[-–/]|{normalize_str('إلى')}|{normalize_str('على')}|to|into)?[ \t]*")
_BLANK = re.compile(r"[ \t\n]*")
_DL_EN = re.compile(r"[A-Z][A-Z’'.\-]{2,}(?:[ \t]+[A-Z][A-Z’'.\-]+){0,3}(?:,[ \t]*[^\n—–(]{1,30}?)?[ \t]*"
                    r"(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|--|-(?=[ \t]))[ \t]*")
# (a hyphen inside a word is no dateline dash: "Belgium committed F-16 jets")
_DL_AR = re.compile(r"[^\W\d_][^\n\d،,.:;؛!?؟«»“”\"()\-–—]{1,30}?(?:[ \t]*[–—]|[ \t]+-|-(?![^\W_]))[ \t]*")


def _first_dash(text: str, lo: int, hi: int) -> int:
    """Where the first dash of text[lo:hi] is (-1: none)."""
    found = [i for i in (text.find("-", lo, hi), text.find("–", lo, hi), text.find("—", lo, hi)) if i != -1]
    return min(found) if found else -1


# the last text looked at and its dateline: several components ask for the dateline of the same article (actors,
# quotes, events, pledges); one entry, replaced whole (a text is immutable: the same object, the same answer)
_LAST_DATELINE: tuple[str | None, tuple[int, int] | None] = (None, None)


def dateline_span(text: str) -> tuple[int, int] | None:
    """The dateline opening a wire report ("KYIV, March 6 —", "PALM BEACH, Fla., Dec. 30 —",
    "لندن - 9 كانون الأول/ديسمبر (وكالات)", "نيويورك – "), looked for at the start of the first paragraphs:
    where the story was filed and when, not what happened then."""
    global _LAST_DATELINE
    last = _LAST_DATELINE
    if last[0] is text:
        return last[1]
    span = _find_dateline(text)
    _LAST_DATELINE = (text, span)
    return span


def dateline_date(text: str) -> dt.date | None:
    """The date the story was filed, where its dateline tells it with the year ("KYIV, Nov 21, 2025 (wire) —",
    "باريس - الأربعاء 26 تشرين الثاني/نوفمبر 2025 (أ ف ب)"): the date of an article given none (a dateline
    without the year, "Nov 22 (AFP)", tells none)."""
    span = dateline_span(text)
    if span is None:
        return None
    for d in find_dates(normalize_str(text[span[0]:span[1]]), None):
        if d.kind == "explicit" and d.date is not None:
            return d.date
    return None


def _find_dateline(text: str) -> tuple[int, int] | None:
    pos = 0
    for _ in range(3):
        pos = _BLANK.match(text, pos).end()
        if pos >= len(text):
            return None
        le = text.find("\n", pos)
        le = len(text) if le == -1 else le
        # a dash near the start of the line, else no dateline (the patterns read the line only: each is matched
        # within [pos, le) of the text)
        dash = _first_dash(text, pos, min(pos + 90, le))
        m = _DL_EN.match(text, pos, le) if dash != -1 else None
        if m:
            return pos, m.end()
        m = _DL_AR.match(text, pos, le) if dash != -1 and dash < pos + 45 else None
        if m and len(text[pos:m.end()].split()) <= 5:
            rest = text[m.end():le]
            if len(rest) <= 60 and (rest.rstrip().endswith(")") or len(rest.split()) <= 6):
                return pos, le  # the whole line: place, date and agency
            return pos, m.end()
        # the story has begun: 30 words, or 12 ending on a full stop (a headline has none)
        line = text[pos:le]
        words = 12 if line.rstrip()[-1:] in ".!?؟" else 30
        if len(line.split(None, words - 1)) >= words:  # (split no further than that)
            return None
        pos = le
    return None


def resolve_weekday(weekday: int, ref: dt.date, direction: str = "past") -> dt.date:
    """past: the latest such day on or before ``ref``; last: strictly before; upcoming: the first on or
    after ``ref``; future ("next Monday", "الاثنين المقبل"): strictly after."""
    delta = (ref.weekday() - weekday) % 7
    if direction in ("future", "upcoming"):
        ahead = (weekday - ref.weekday()) % 7
        if ahead == 0 and direction == "future":
            ahead = 7
        return ref + dt.timedelta(days=ahead)
    if direction == "last" and delta == 0:
        delta = 7
    return ref - dt.timedelta(days=delta)


def _nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


def find_dates(view: str, ref: dt.date | None) -> list[DateExpr]:
    """Date expressions of a normalised text, resolved against ``ref`` (None: left unresolved)."""
    months = month_names()
    out: list[DateExpr] = []
    taken_until = -1
    anchors = _anchors(view)
    for ai, m in enumerate(anchors):
        w = m.word
        s, e = m.start, m.end
        if s < taken_until:
            continue
        if w in months or w == "may":
            month = months.get(w, 5)
            # a Levantine/Egyptian pair: "كانون الثاني/يناير"
            pm = _PAIR_AFTER.match(view, e)
            if pm and pm.group(1).split()[0] in months:
                e = pm.end(1) if pm.group(1) in months else pm.start(1) + len(pm.group(1).split()[0])
            before = _DAY_BEFORE.search(view, max(0, s - 18), s)
            day = year = None
            start = s
            if before:
                day = int(before.group(1))
                start = before.start(1)
            elif (od := _ordinal_day_before(view, s)) is not None:
                day, start = od  # "الأول من شباط/فبراير", "الحادي والعشرين من"
                before = True
            else:
                da = _DAY_AFTER.match(view, e)
                if da and (w != "may" or True):
                    day = int(da.group(1))
                    if da.group(2):
                        year = int(da.group(2))
                    e = da.end()
            if day is None:
                if w == "may":
                    continue
                ya = _YEAR_AFTER.match(view, e)
                out.append(DateExpr(s, ya.end(1) if ya else e, None, "explicit"))
                taken_until = ya.end(1) if ya else e
                continue
            if w == "may" and not before and view[s:s + 1] != "m":
                continue
            if year is None:
                ya = _YEAR_AFTER.match(view, e)
                if ya:
                    year = int(ya.group(1))
                    e = ya.end(1)
            date = None
            if 1 <= day <= 31:
                if year is not None:
                    try:
                        date = dt.date(year, month, day)
                    except ValueError:
                        date = None
                elif ref is not None:
                    date = _nearest_year(month, day, ref)
            out.append(DateExpr(start, e, date, "explicit"))
            taken_until = e
            continue
        if w in _EN_WEEKDAYS or w in _AR_WD_NORM:
            wd = _EN_WEEKDAYS.get(w)
            if wd is None:
                wd = _AR_WD_NORM[w]
            # an explicit date right after the weekday wins
            nxt = next((a for a in anchors[ai + 1:ai + 4] if a.word in months), None)
            if nxt and nxt.start < e + 30 and re.fullmatch(
                    r"[\s,،]*(?:و?[^\W\d_]+[\s,،]*)?\d{1,2}(?:[ \t]*(?:و|-|–|and)[ \t]*\d{1,2})?[ \t]*",
                    view[e:nxt.start] or ""):
                continue  # "يومي الخميس والجمعة 18 و19 كانون الأول": the explicit date says it
            nxt = anchors[ai + 1] if ai + 1 < len(anchors) else None
            if nxt is not None and (_EN_WEEKDAYS.get(nxt.word, _AR_WD_NORM.get(nxt.word)) == (wd + 1) % 7) and \
                    _NIGHT_BEFORE.search(view, max(0, s - 10), s) and _NIGHT_GAP.fullmatch(view, e, nxt.start):
                continue  # "ليل الثلاثاء الأربعاء", "the night of Tuesday to Wednesday": one night, dated by its morning
            after = [w.strip("،,.;؛") for w in view[e:e + 12].split()]
            before = view[max(0, s - 8):s].split()
            direction = "past"
            if (after and after[0] in _FUTURE) or (before and before[-1] in _FUTURE):
                direction = "future"
            elif (after and after[0] in _PAST) or (before and before[-1] in _PAST):
                direction = "last"
            date = resolve_weekday(wd, ref, direction) if ref else None
            end = e + (len(after[0]) + (len(view[e:]) - len(view[e:].lstrip())) if after and (
                after[0] in _FUTURE or after[0] in _PAST) else 0)
            out.append(DateExpr(s, end, date, "weekday", wd, direction))
            taken_until = end
            continue
        rel = _REL_NORM.get(w)
        if rel is not None and w == "overnight" and _OVERNIGHT_INTO.match(view, e):
            continue  # "overnight into Wednesday": the weekday dates it
        if rel is not None and w == normalize_str("اليوم"):
            nxt = view[e:e + 14].split()
            if nxt and nxt[0].startswith("ال") and nxt[0] not in _AR_WD_NORM and nxt[0] != _ILA:
                continue  # "اليوم الأكثر إنتاجًا", "اليوم التالي": the day, not today ("اليوم إلى روما": today)
        if rel is not None:
            if w == normalize_str("أمس") and view[max(0, s - 4):s].endswith("اول "):
                rel, s = -2, s - 4
            # "أمس الأحد", "غدًا الثلاثاء", "today, Monday": the weekday repeats the relative day
            nxt = anchors[ai + 1] if ai + 1 < len(anchors) else None
            if nxt is not None and (nxt.word in _AR_WD_NORM or nxt.word in _EN_WEEKDAYS) and \
                    re.fullmatch(r"[ \t,،]*", view[e:nxt.start]):
                e = nxt.end
            out.append(DateExpr(s, e, ref + dt.timedelta(days=rel) if ref else None, "relative"))
            taken_until = e
    # "two days ago", "قبل يومين" (not "قبل يومين من القمة": before something else)
    for start, end, num in _days_ago(view):
        if any(d.start < end and start < d.end for d in out):
            continue
        n = _AGO_NUMBERS.get(num, None)
        if n is None:
            n = int(num) if num.isdigit() else None
        if n is None or n > 14:
            continue
        out.append(DateExpr(start, end, ref - dt.timedelta(days=n) if ref else None, "relative"))
    out.sort(key=lambda d: d.start)
    return out
