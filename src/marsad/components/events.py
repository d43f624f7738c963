"""Component ``marsad.events.v1``: what happened when, with participants and place.

A trigger word (اجتماع، قمة، التقى، محادثات، مفاوضات، اتفاق، وقع، هجوم، قصف، زيارة، مهلة؛ meeting, summit, met,
talks, agreed, signed, attack, visit, deadline ...) gives an event of its type; the date is the date
expression of the same sentence nearest to the trigger, resolved against the document date (see
:mod:`marsad.text.dates`): weekdays, أمس/yesterday, explicit dates in Egyptian, Levantine and English forms.
"بحلول عيد الشكر الذي يوافق 27 نوفمبر" / "by Thursday" / "قبل عيد الميلاد في 25 كانون الأول" / "gave Kyiv until
Thursday" / "set March 31 as a target date" make a deadline. Without a document date, relative dates stay
null (never guessed). The date of a dateline ("KYIV, March 6 —", "لندن - 9 كانون الأول/ديسمبر (وكالات)") is when
the story was filed, not an event date. A weekday in a sentence about the future is the next such day,
unless its event is told in the past tense ("Indonesia, which signed on Thursday, will send troops").

A trigger without a date of its own takes one from its context: "في المساء نفسه", "the same day", "later
that day" take the date of the happening told just before; "hours after a missile strike", "بعد ساعات من
هجوم" the date of the happening of their sentence; a past verb ("ووقع المشاركون", "Stubb, who hosted the
meeting") the date of the sentence before it in the same paragraph. An agreement that is only spoken of
("any peace deal", "أي اتفاق", "a future agreement") is not a happening. An event with no date is kept only
when the sentence reports a past happening at a named place ("التقى وفد أمريكي بنظرائه الروس في أبو ظبي"), or
in a live blog (time-stamped entries: "09:25 CET"), where it is a happening of the page's day.

Trigger verbs come in families, every person and tense generated ("تفاوضوا", "سيتباحثون", "sat down", "visits").
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from ..doc import Doc
from ..facts import Event, Evidence, Mention, Quote
from ..text.dates import DateExpr, dateline_span, find_dates, resolve_weekday
from ..text.inflect import ar_imperfect, ar_past, en_forms
from ..text.wordscan import automaton, scan
from ..text.normalize import normalize_pattern as _re, normalize_str
from .clauses import Guarded, starting

_n = normalize_str

TRIGGERS: dict[str, tuple[str, ...]] = {
    "meeting": ("اجتماع", "اجتماعا", "اجتماعات", "اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع", "قمة", "القمة",
                "لقاء", "لقاءا", "التقى", "التقت", "التقوا", "التقيا", "اجتمعا", "يلتقي", "تلتقي", "استقبل",
                "استقبلت", "مؤتمر", "جلسة", "منتدى", "المنتدى",
                "مكالمة", "اتصال هاتفي", "اتصالا هاتفيا", "مكالمة فيديو", "عبر الفيديو", "هاتفيا", "meeting", "meetings",
                "met", "meet", "meets", "summit", "video call", "phone call", "call", "conference", "hosted",
                "received", "gathering", "forum", "session", "سيجتمع", "ستجتمع", "سيجتمعون", "يجتمعون", "سيلتقي",
                "ستلتقي", "سيلتقيان", "يلتقيان", "استضاف", "استضافت", "تستضيف", "يستضيف", "ستستضيف", "سيستضيف",
                "gather", "gathered", "gathers", "convene", "convened", "convenes", "host", "hosts", "will host",
                # a meal of work is a meeting: "خلال عشاء عمل جمعه بـ ...", "at a working dinner with"
                "عشاء عمل", "غداء عمل", "مأدبة عشاء", "مأدبة غداء", "working dinner", "working lunch", "dinner"),
    "talks": ("محادثات", "مفاوضات", "مباحثات", "جولة", "جولة مفاوضات", "تفاوض", "talks", "negotiations",
              "negotiating round", "round of talks", "discussions"),
    "statement": ("بيان", "بيانا", "البيان", "بيان مشترك", "أعلن", "أعلنت", "أصدر", "أصدرت", "statement", "communique",
                  "joint statement", "announced", "addressed"),
    "agreement": ("اتفاق", "اتفاقا", "اتفقت", "اتفق", "اتفقوا", "اتفقا", "وقع", "وقعت", "وقعوا", "وقعا", "توقيع",
                  "إعلان نوايا",
                  "تبنى", "تبنت", "اعتمد", "اعتمدت", "أقر", "أقرت", "صادق", "صادقت", "agreed", "agreement", "signed",
                  "signing", "deal", "accord", "declaration", "adopted", "approved", "ratified", "دخل حيز التنفيذ",
                  "دخلت حيز التنفيذ", "took effect", "take effect", "takes effect", "came into force",
                  "entered into force", "went into effect", "comes into force"),
    "attack": ("هجوم", "هجوما", "هجمات", "قصف", "غارة", "غارات", "ضربة", "ضربات", "استهدف", "استهدفت",
               "هجماتها", "هجماته", "هجومها", "هجومه", "ضرباتها", "غاراتها", "قصفها", "قصفت", "قصفوا",
               "attack", "attacks", "attacked", "strike", "strikes", "struck", "shelling", "bombardment", "barrage"),
    "visit": ("زيارة", "زار", "زارت", "زارا", "يزور", "وصل", "وصلت", "visit", "visited", "visiting", "arrived", "trip",
              "جولة ميدانية", "جولة تفقدية", "جولته الميدانية", "جولتها الميدانية", "جولة ميدانية", "tour"),
    "other": ("استقال", "استقالت", "استقالة", "دعوى", "دعوى قضائية", "resigned", "resignation", "lawsuit", "sued",
              # an exchange of prisoners or captives
              "عملية تبادل", "صفقة تبادل", "تبادل الأسرى", "تبادل أسرى", "تبادل للأسرى", "prisoner swap",
              "prisoner exchange", "swap of prisoners", "exchange of prisoners", "prisoners swap"),
    "deadline": ("مهلة", "المهلة", "موعد نهائي", "موعدا نهائيا", "الموعد النهائي", "موعدا مستهدفا", "أمهل", "أمهلت",
                 "انتهاء العمل", "انتهى العمل", "ينتهي العمل", "انتهاء صلاحية", "deadline", "cut-off", "target date",
                 "expired", "expires", "expiry", "expiration"),
}
_PAST_VERBS = {_n(w) for w in ("اجتمع", "اجتمعت", "اجتمعوا", "اجتمعا", "التقى", "التقت", "التقوا", "التقيا", "عقد",
                               "عقدت", "استقبل", "استقبلت", "زار", "زارت", "زارا", "وصل", "وصلت", "وقع", "وقعت",
                               "وقعا", "وقعوا", "met", "held", "hosted", "visited", "arrived", "signed", "agreed")}
_BY = Guarded(re.compile(_re(r"(?:بحلول[ \t]+[^.؟?!]{0,40}|(?<![^\W\d_])حتى[ \t]+(?:يوم[ \t]+)?|\b(?:by|until)[ \t]+"
                              r"(?:the[ \t]+end[ \t]+of[ \t]+)?|no later than[ \t]+)$")),
              [_re(w) for w in ("بحلول", "حتى", "by", "until", "no later than")])
_FUTURE = re.compile(_re(r"(?:\b(?:will|shall|is to|are to|scheduled|expected to|(?:is|are|be) expected|due to|plans? to|"
                        r"next)\b|"
                        r"سوف|من المقرر|المقرر|المرتقب|المنتظر|المقبل|القادم|(?<![^\W\d_])(?:و|ف)?(?:سي|ست)[^\W\d_]{3,})"))
# what is owed or intended, before a "by" date with no trigger: "must sign by Thursday", "تعتزم ... بحلول"
_OWED = re.compile(_re(r"\b(?:must|should|has to|have to|had to|needs? to|is to|are to|ought to|will|expected to|"
                      r"supposed to)\b|(?<![^\W\d_])[وف]?(?:يجب|ينبغي|عليها ان|عليه ان|عليهم ان|تعتزم|يعتزم|تنوي|ينوي|"
                      r"من المقرر|من المتوقع|المقرر|يتعين|تتعين)(?![^\W\d_])"))
# the time stamp opening an entry of a live blog ("09:25 CET", "07:40 - ")
_LIVE_STAMP = re.compile(r"[ \t]*\d{1,2}:\d{2}")
# a happening that lasted until a later day: "وامتدت حتى فجر اليوم", "and ran until Friday"
_RAN_UNTIL = Guarded(re.compile(_re(r"(?:(?<![^\W\d_])[وف]?(?:امتد|امتدت|استمر|استمرت|تواصل|تواصلت|دامت|دام)[ \t]+"
                                    r"(?:حتى|الى)|\b(?:ran|lasted|continued|went on|stretched)[ \t]+(?:on[ \t]+)?"
                                    r"(?:until|into|through))[ \t]+(?:[^\W\d_]+[ \t]+){0,2}$")),
                     [_re(w) for w in ("امتد", "استمر", "تواصل", "دام", "ran", "lasted", "continued", "went on",
                                       "stretched")])
_SINCE = re.compile(_re(r"(منذ|since)[ \t]+\S*[ \t]*$"))
_HELD_BEFORE = re.compile(_re(r"(عقدت?|جرت|انعقدت?|اجريت?|held|took place)[ \t]*$"))
_HELD_AFTER = re.compile(_re(r"^[ \t]*(عقدت?|جرت|انعقدت?|held|took place)"))
# "before Christmas on 25 December", "قبل عيد الميلاد في 25 كانون الأول": a target like "by"
_BEFORE_TARGET = re.compile(_re(r"(?:(?<![^\W\d_])قبل[ \t]+(?:عيد|حلول|نهاية|انتهاء)[^.؟?!،,]{0,40}|"
                               r"\bbefore[ \t]+(?:christmas|thanksgiving|easter|new year|the end of)[^.?!,]{0,30})$"))
# "gave Kyiv until Thursday", "has until Friday": a deadline with no deadline word
# a deadline told as passed
_EXPIRED = re.compile(_re(r"\b(?:expired|lapsed|passed|missed|ran out|had run out)\b|(?<![^\W\d_])[وف]?(?:انتهت|انقضت|"
                          r"مرت|انتهاء|انقضاء|مضت)(?![^\W\d_])"))
_GIVEN_UNTIL = re.compile(r"\b(?:gave|given|give|gives|giving|has|have|had)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}until[ \t]+$")
# the date of the happening told just before: "في المساء نفسه", "the same day", "later that day"
_DAY_APART = Guarded(re.compile(_re(r"(?<![^\W\d_])(?:غداة|عشية)(?![^\W\d_])|\b(?:the|a)[ \t]+day[ \t]+(?:after|before)\b|"
                                    r"\bon[ \t]+the[ \t]+eve[ \t]+of\b")),
                     [_re(w) for w in ("غداة", "عشية", "day", "eve")])
_SAME_DAY = re.compile(_re(r"(?:في[ \t]+)?(?:اليوم|المساء|الليلة|الصباح|الوقت)[ \t]+(?:نفسه|نفسها|ذاته|ذاتها)|"
                          r"(?:مساء|صباح|ليل|في وقت لاحق من|في وقت سابق من)[ \t]+اليوم[ \t]+(?:نفسه|ذاته)|"
                          r"\b(?:(?:on|later on|earlier on)[ \t]+the[ \t]+same[ \t]+day|later[ \t]+that[ \t]+(?:day|evening|night)|"
                          r"(?:later|earlier)[ \t]+in[ \t]+the[ \t]+day|that[ \t]+(?:evening|night))\b"))
# the date of the happening of the same sentence: "hours after a missile strike", "بعد ساعات من هجوم" (anchors
# are found once per sentence; the gap says what may stand between an anchor and the trigger)
_HOURS_ANCHOR = re.compile(_re(r"(?:بعد|قبل)[ \t]+ساعات[ \t]+(?:من|على)|\bhours[ \t]+(?:after|before)|"
                              r"\b(?:shortly|just|soon)[ \t]+(?:after|before)"))
_HOURS_GAP = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,5}")
# "في ختام قمة", "at the end of a summit": the framing happening of a dated act
_FRAMING_ANCHOR = re.compile(_re(r"في[ \t]+ختام|في[ \t]+اختتام|خلال|على[ \t]+هامش|\bat[ \t]+the[ \t]+(?:end|close|conclusion)[ \t]+of|"
                                r"\bduring|\bon[ \t]+the[ \t]+sidelines[ \t]+of|\bat"))
# one word, after a length of days if any: "at the close of two days of U.S.-brokered talks", "في ختام يومين من
# المحادثات"
_FRAMING_GAP = re.compile(_re(r"[ \t]+(?:(?:the|a|two|three|four|five|several|\d+)[ \t]+days?[ \t]+of[ \t]+|"
                              r"(?:يومين|(?:ثلاثة|اربعة|خمسة|عدة|\d+)[ \t]+ايام)[ \t]+من[ \t]+)?"
                              r"(?:[^\W\d_][\w.'-]*[ \t]+)?"))
# a verb of conclusion before a signing noun makes it told in the past: "وخلص المجتمعون إلى توقيع"
_CONCLUDED_ANCHOR = re.compile(_re(r"(?<![^\W\d_])[وف]?(?:خلص|خلصوا|خلصت|انتهى|انتهت|انتهوا|اختتم|اختتمت|توج|توجت|تكلل|"
                                  r"تكللت|اسفر|اسفرت)(?![^\W\d_])|\b(?:ended|concluded|culminated)[ \t]+(?:with|in)\b"))
_CONCLUDED_GAP = re.compile(_re(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,3}(?:(?:الى|ب|عن|the|a)[ \t]*)?"))
# "had to be agreed", "must be signed": not a happening
_MODAL_WORDS = frozenset("to be been being is are must should would could will shall can may might".split())
# "in the same week/last week": a time with no day, which a trigger does not take from its context
_VAGUE_TIME = re.compile(_re(r"(?:(?<![^\W\d_])(?:ال)?(?:اسبوع|شهر|عام|سنة)[ \t]+(?:الماضي|الماضية|المقبل|المقبلة|القادم|الجاري|الحالي)|"
                            r"\b(?:last|next|this|earlier this|later this)[ \t]+(?:week|month|year)\b)"))
_NUM_WORDS = {_n(w): n for w, n in (("a", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
                                      ("six", 6), ("seven", 7), ("يوم", 1), ("يومين", 2), ("ثلاثة", 3), ("ثلاث", 3),
                                      ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("سبعة", 7))}
# "four days later", "the next day", "في اليوم التالي", "بعد يومين"
_DAYS_LATER = re.compile(_re(r"(?:\b(a|one|two|three|four|five|six|seven|\d)[ \t]+days?[ \t]+later\b|"
                            r"\bthe[ \t]+(?:next|following)[ \t]+day\b|في[ \t]+اليوم[ \t]+(?:التالي|الموالي)|"
                            r"(?<![^\W\d_])بعد[ \t]+(يوم|يومين|(?:ثلاثة|ثلاث|اربعة|اربع|خمسة|خمس|ستة|سبعة|\d)[ \t]+ايام)"
                            r"(?![ \t]+(?:من|على)))"))
# "(the summit came) three days after ...", "(الجولة) بعد يوم من ..."
_DAYS_AFTER = re.compile(_re(r"(?:\b(a|one|two|three|four|five|six|seven|\d)[ \t]+days?[ \t]+(after|before)\b|"
                            r"(?<![^\W\d_])(بعد|قبل)[ \t]+(يوم|يومين|(?:ثلاثة|ثلاث|اربعة|اربع|خمسة|خمس|ستة|سبعة|\d)[ \t]+ايام)"
                            r"[ \t]+(?:من|على))"))
_FRAMED_DEFINITE = re.compile(_re(r"(?:في[ \t]+ختام|في[ \t]+اختتام|عقب|في[ \t]+نهاية|على[ \t]+هامش)[ \t]+"
                                 r"(?:القمة|الاجتماع|اللقاء|المحادثات|المفاوضات)(?![^\W\d_])|"
                                 r"\b(?:at[ \t]+the[ \t]+end[ \t]+of|after|on[ \t]+the[ \t]+sidelines[ \t]+of)[ \t]+the[ \t]+"
                                 r"(?:summit|meeting|talks)\b"))
_COMMA = re.compile(r"[،,;؛]")
_RELATIVE_AFTER = re.compile(_re(r"[ \t]*(?:التي|الذي|اللذين|اللتين|اللذان|اللتان|which|that)[ \t]"))
_DEFINITE_EVENT = re.compile(_re(r"(?<![^\W\d_])(?:[وفبل]|في[ \t]+)?(?:القمة|الاجتماع|اللقاء|المحادثات|المفاوضات)(?![^\W\d_])|"
                                r"\bthe[ \t]+(?:summit|meeting|talks)\b"))

_DEFINITE_TYPE = {_n(w): t for w, t in (("القمة", "meeting"), ("الاجتماع", "meeting"), ("اللقاء", "meeting"),
                                         ("المحادثات", "talks"), ("المفاوضات", "talks"), ("summit", "meeting"),
                                         ("meeting", "meeting"), ("talks", "talks"))}


def _days(m: re.Match | None) -> int:
    if m is None:
        return 0
    word = next((g for g in m.groups() if g and g not in ("after", "before", "بعد", "قبل")), None)
    if word is None:
        return 1
    w = word.split()[0]
    return int(w) if w.isdigit() else _NUM_WORDS.get(w, 1)


def _after_modal(view: str, pos: int) -> bool:
    words = view[max(0, pos - 12):pos].split()
    return bool(words) and words[-1] in _MODAL_WORDS


def _stamped_lines(text: str) -> int:
    """How many lines open with a time stamp. Only the lines with a colon are read (a time has one): the
    stamp is not looked for at every position of the text."""
    count = 0
    line = -1
    i = text.find(":")
    while i != -1:
        start = text.rfind("\n", 0, i) + 1
        if start != line:
            line = start
            if _LIVE_STAMP.match(text, start):
                count += 1
        i = text.find(":", i + 1)
    return count


def _first_stamp(text: str) -> int:
    """Where the first time-stamped entry of a live blog starts (its title and lead come before it)."""
    i = text.find(":")
    while i != -1:
        start = text.rfind("\n", 0, i) + 1
        if _LIVE_STAMP.match(text, start):
            return start
        i = text.find(":", i + 1)
    return len(text)


def _upcoming(d: DateExpr, ref: dt.date) -> DateExpr:
    """A weekday read as the coming such day ("by Thursday", "will meet on Tuesday")."""
    return DateExpr(d.start, d.end, resolve_weekday(d.weekday, ref, "upcoming"), d.kind, d.weekday, "upcoming")


def _is_before(m: re.Match) -> bool:
    return any(g in ("before", "قبل") for g in m.groups() if g)


# where a sentence turns to a clause of its own (a weekday takes the tense of its clause), not one that goes on
# with the same outlook ("من المنتظر أن يلتقي ...، بينما يعقد القادة قمتهم يوم الخميس")
_RELATIVE_CUT = re.compile(r"\b(?:that|which|who)\b|(?<![^\W\d_])(?:الذي|التي|الذين|اللذين|اللتين)(?![^\W\d_])")
_CLAUSE_SPLIT = re.compile(r"[;؛]|,[ \t]+(?:but|yet)\b|،[ \t]*(?:لكن|ولكن|غير أن)"
                           # a participle of saying opens a reported clause of its own tense: "، لافتًا إلى أن الرئيس
                           # أقر الخطة يوم الأربعاء", ", adding that ..."
                           r"|،[ \t]*(?:مضيف|مشير|لافت|موضح|مؤكد|مشدد|معتبر|منوه)(?:ًا|اً|ا|ة|ين)?[ \t]+(?:إلى[ \t]+)?(?:أن|ان)"
                           r"(?![^\W\d_])|,[ \t]+(?:adding|noting|saying|stressing|pointing out)[ \t]+that\b")
# an agreement only spoken of: "any peace deal", "أي اتفاق", "a future agreement", "اتفاق مستقبلي"
_HYPOTHETICAL_BEFORE = re.compile(_re(r"(?:(?<![^\W\d_])(?:[ولب]?اي|لاي)|\b(?:any|a future|an eventual|a possible|a potential|"
                                     r"no))[ \t]+(?:[^\W\d_]+[ \t]+)?$"))
_HYPOTHETICAL_AFTER = re.compile(_re(r"[ \t]+(?:[^\W\d_]+[ \t]+)?(?:مستقبلي|محتمل|مرتقب|منشود)"))
_WAQA, _ALA = _n("وقع"), _n("على ")
_ADMIT_VERBS = {_n(w) for w in ("أقر", "أقرت", "اعتمد", "اعتمدت")}
_THAT_AFTER = re.compile(_re(r"[ \t]+(?:بان|ان|انه|انها|بانه|بانها)(?![^\W\d_])"))
_AGREEMENT_NOUNS = {_n(w) for w in ("اتفاق", "اتفاقا", "agreement", "deal", "accord")}
_CHECKED = {_WAQA} | _ADMIT_VERBS | _AGREEMENT_NOUNS  # triggers that need a look at their context
# an Arabic future prefix stands on a verb: these start like one and are not
_NOT_FUTURE = re.compile(_re(r"(?<![^\W\d_])(?:و|ف)?(?:سيادة|سيادتها|سياسة|سياسي|سياسية|سياسيا|سياسات|سياسيون|سياسيين|"
                            r"سيطرة|سيطرته|سيطرتها|سيطرتهم|سيطر|سيطرت|سيطروا|سيطرا|سيارة|سيارات|سيناريو|سيناريوهات|سيد|سيدة|سيناء|ستة|ستين|"
                            r"ستون|ستوكهولم|سيول|ستراتيجية|ستراتيجي)(?![^\W\d_])"))
_SHORT_QUOTED = re.compile(r"[\"“«][^\"“”«»\n]{1,30}[\"”»]")  # a name in quotation marks: «نيو ستارت»
# "agreed to keep up the pressure", "agreed that any deal must ...": a course or a view agreed on, not a deal made
# (an agreement to something named stays: "agreed to a ceasefire", "agreed to the swap")
_AGREED = "agreed"
_AGREED_ON_A_COURSE = re.compile(r"(?:[ \t]+(?:also|again|only))?[ \t]+(?:that\b|to[ \t]+(?!(?:a|an|the|this|that|its|their|"
                                 r"his|her|our|new|[^\W\d_]+s)\b)[^\W\d_]+\b)")
_DEGREE_BEFORE = re.compile(r"\b(?:percent|per cent|%|largely|mostly|broadly|almost|nearly|partly)[\"”’]?[ \t]*$")
_AFTER_BEFORE = re.compile(_re(r"(?:(?<![^\W\d_])(?:بعد|عقب)|\b(?:after|following))[ \t]+$"))
_PLACE_PREP = {_n(w) for w in ("في", "ب", "الى", "إلى", "in", "at", "to")}
_LOCATIVE = {_n(w) for w in ("في", "ب", "in", "at")}


# triggers that are not single words: "hours after Hamas freed the last hostages" (other), "gave Kyiv until
# Thursday" (a deadline), "«إعلان باريس» الموقع في 6 يناير" (the signed declaration). Each is an anchor word
# (a plain alternation, quick to find), what must follow it, and which group of that is the trigger (0: the
# anchor itself).
_PHRASE_TRIGGERS = (
    (("freed", "released", "releasing", "freeing", "handed over"),
     re.compile(r"[ \t]+(?:[^\s,.;]+[ \t]+){0,5}(?:hostages?|prisoners?|detainees?|captives?|remains)\b"), 0, "other"),
    (("افراج", "إفراج", "إطلاق سراح", "أطلقت سراح", "أطلق سراح", "أفرجت", "أفرج", "سلمت", "سلم"),
     re.compile(_re(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,4}(?:عن[ \t]+)?(?:ال)?(?:اسرى|رهائن|رهينة|معتقلين|محتجزين|رفات)")), 0, "other"),
    # "Russia fired 40 missiles at", "أطلقت روسيا 40 صاروخًا": an attack told by its weapons
    (("fired", "launched", "fires", "launches", "firing", "launching"),
     re.compile(r"[ \t]+(?:[^\s,.;]+[ \t]+){0,4}(?:ballistic[ \t]+|cruise[ \t]+)?(?:missiles?|drones?|rockets?|shells|"
                r"barrages?|salvos?)\b"), 0, "attack"),
    # "Netanyahu's office said on Saturday", "the foreign ministry said in a statement": an institution's statement
    (("office", "ministry", "presidency", "spokesman", "spokeswoman", "spokesperson", "government"),
     re.compile(r"[ \t]+(said|announced|declared|stated)\b"), 1, "statement"),
    (("قال", "قالت", "وقال", "وقالت"),
     re.compile(_re(r"(?=[ \t]+(?:ال)?(?:مكتب|وزارة|رئاسة|الرئاسة|المتحدث|المتحدثة|الناطق|الناطقة|الحكومة)(?![^\W\d_]))")),
     0, "statement"),
    # "Russian drones hit an energy facility": the weapons' verb is the trigger
    (("missiles", "drones", "rockets", "missile", "drone", "rocket", "shells"),
     re.compile(r"[ \t]+(?:also[ \t]+)?(hit|hits|slammed[ \t]+into|pounded|rained[ \t]+down[ \t]+on)\b"),
     1, "attack"),
    (("أطلقت", "أطلق", "أطلقوا", "تطلق", "يطلق"),
     re.compile(_re(r"[ \t]+(?:[^\W\d_]+[ \t]+|\d+[ \t]+){0,4}(?:صواريخ|صاروخا|صاروخ|مسيرات|مسيرة|طائرات[ \t]+مسيرة|قذائف)")),
     0, "attack"),
    (("gave", "given", "gives", "giving", "give"), re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){1,3}(until)\b"), 1, "deadline"),
    (("موقع", "موقعة"), re.compile(_re(r"(?=[ \t]+(?:في|يوم)[ \t]+\d)")), 0, "agreement"),
    # "told the Senate Foreign Relations Committee on Wednesday", "briefed lawmakers": a statement before a body
    (("told", "briefed", "testified"),
     re.compile(r"[ \t]+(?:before[ \t]+)?(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,4}(?:committee|parliament|senate|congress|"
                r"lawmakers|legislators|mps)\b"), 0, "statement"),
    # "في ختام دورته العادية", "الدورة الاستثنائية للمجلس": a session of a council (not "دورة تدريبية")
    (("دورة", "الدورة", "دورته", "دورتها", "دورتهم"),
     re.compile(_re(r"(?=[ \t]+(?:ال)?(?:عادية|العادية|استثنائية|الاستثنائية|طارئة|الطارئة)(?![^\W\d_]))")), 0, "meeting"),
    # "بموجب قرار اتخذه الاتحاد الجمعة الماضي", "اتخذ المجلس قرارًا": a decision taken (not "لم يُتخذ قرار بعد")
    (("قرار", "قرارا", "القرار"), re.compile(_re(r"(?=[ \t]+(?:الذي[ \t]+)?(?:اتخذه|اتخذته|اتخذها|اتخذوه|اتخذ|اتخذت)(?![^\W\d_]))")),
     0, "agreement"),
    # "sat across a table from Putin": a meeting
    (("sat", "sit", "sits", "sitting"), re.compile(r"[ \t]+across[ \t]+(?:a|the)[ \t]+table\b"), 0, "meeting"),
    # "كشفت المفوضية، أمس، عن مقترح": an announcement (not "كشف أن": what someone revealed is a quote)
    (("كشف", "كشفت", "وكشف", "وكشفت"), re.compile(_re(r"(?=[^.؟?!\n]{0,90}?(?<![^\W\d_])عن(?![^\W\d_]))")), 0,
     "statement"),
    # "The next round is scheduled for Feb. 1": a round of talks (not "a new round of sanctions")
    (("next round", "new round", "another round", "second round", "third round", "fourth round"),
     re.compile(r"(?![ \t]+of[ \t]+(?:sanctions|penalties|tariffs|measures|strikes|attacks|fighting|shelling|"
                r"airstrikes|missile|drone|prisoner|exchanges?|swaps?|voting|elections?)\b)"), 0, "talks"),
)


# Arabic nouns that also stand with a possessive pronoun: "اجتماعه المقبل", "زيارتها", "محادثاتهم"
_AR_NOUNS_WITH_SUFFIX = ("اجتماع", "لقاء", "قمة", "محادثات", "مفاوضات", "مباحثات", "زيارة", "جولة", "جلسة", "هجوم")


# Families of trigger verbs, every person and tense generated (see :func:`_inflections`): Arabic (past, imperfect
# stem after the person prefix), English (base, third person, past, -ing)
_AR_VERBS: dict[str, tuple[tuple[str, str], ...]] = {
    "meeting": (("اجتمع", "جتمع"), ("التقى", "لتقي"), ("استقبل", "ستقبل"), ("استضاف", "ستضيف"), ("عقد", "عقد"),
                ("هاتف", "هاتف"), ("تحادث", "تحادث")),
    "talks": (("تفاوض", "تفاوض"), ("تباحث", "تباحث")),
    "agreement": (("وقع", "وقع"), ("اتفق", "تفق"), ("أبرم", "برم")),
    "attack": (("قصف", "قصف"), ("استهدف", "ستهدف")),
    "visit": (("زار", "زور"), ("توجه", "توجه"), ("سافر", "سافر")),
    # (هاتف: "هاتف ماكرون نظيره الأوكراني"; تحادث: "تحادث الرئيسان هاتفيًا")
}
_EN_VERBS: dict[str, tuple[str, ...]] = {
    "meeting": ("meet:meets:met:meeting", "host:hosts:hosted:hosting", "convene", "reconvene",
                "gather:gathers:gathered:gathering", "phone:phones:phoned:phoning",
                "telephone:telephones:telephoned:telephoning", "spoke_by_phone", "spoke_by_telephone",
                "spoke_on_the_phone", "speak_by_phone:speaks_by_phone:spoke_by_phone:speaking_by_phone",
                "receive", "hold_talks:holds_talks:held_talks:holding_talks", "sit_down:sits_down:sat_down:sitting_down"),
    "talks": ("negotiate", "talk:talks:talked:talking"),
    # (no agreement family: "will sign", "approves" speak of what is not yet done more often than not)
    "attack": ("attack:attacks:attacked:attacking", "strike:strikes:struck:striking", "shell:shells:shelled:shelling",
               "bomb:bombs:bombed:bombing", "pound:pounds:pounded:pounding"),
    "visit": ("visit:visits:visited:visiting", "arrive", "travel:travels:travelled:travelling", "traveled",
              "traveling", "fly:flies:flew:flying"),
}


def _inflections() -> list[tuple[str, str]]:
    """(word, type) of every form of the trigger verb families: Arabic past with its person endings (ت، وا، ا،
    تا) and imperfect with its prefixes (ي ت ن، with the future س: "سيجتمعون"); English regular or written-out
    forms."""
    out: list[tuple[str, str]] = []
    for typ, verbs in _AR_VERBS.items():
        for past, stem in verbs:
            out += [(w, typ) for w in ar_past(past) + ar_imperfect(stem, future=("", "س"))]
    for typ, verbs in _EN_VERBS.items():
        for entry in verbs:
            out += [(w, typ) for w, _form in en_forms(entry)]
    return out


@lru_cache(maxsize=1)
def _automaton():
    words = [(_n(w), typ) for typ, ws in TRIGGERS.items() for w in ws]
    known = {w for w, _t in words}
    words.extend((_n(w), typ) for w, typ in _inflections() if _n(w) not in known)
    words.extend((_n(w), i) for i, (anchors, _tail, _g, _t) in enumerate(_PHRASE_TRIGGERS) for w in anchors)
    for w in _AR_NOUNS_WITH_SUFFIX:
        typ = next(t for t, ws in TRIGGERS.items() if w in ws)
        stem = w[:-1] + "ت" if w.endswith("ة") else w
        words.extend((_n(stem + suf), typ) for suf in ("ه", "ها", "هم", "هما"))
    return automaton(words)


_CUE_RULES = {  # name: (pattern, words one of which the sentence must hold first)
    "days_after": (_DAYS_AFTER, ("day", "يوم", "ايام")),
    "vague": (_VAGUE_TIME, ("اسبوع", "شهر", "عام", "سنة", "week", "month", "year")),
    "hours": (_HOURS_ANCHOR, ("ساعات", "hours", "shortly", "just", "soon")),
    "same": (_SAME_DAY, ("نفس", "ذات", "same", "that", "in the day")),
    "later": (_DAYS_LATER, ("later", "next", "following", "التالي", "الموالي", "بعد")),
    "framing": (_FRAMING_ANCHOR, ("ختام", "خلال", "هامش", "end of", "during", "sidelines", "at ")),
    "framed_def": (_FRAMED_DEFINITE, ("ختام", "عقب", "نهاية", "هامش", "end of", "after", "sidelines")),
    "concluded": (_CONCLUDED_ANCHOR, ("خلص", "انته", "اختتم", "توج", "تكلل", "اسفر", "ended", "concluded", "culminated")),
    "definite": (_DEFINITE_EVENT, ("القمة", "الاجتماع", "اللقاء", "المحادثات", "المفاوضات", "the summit", "the meeting",
                                  "the talks")),
}


@lru_cache(maxsize=1)
def _cue_probe():
    """An automaton of the words that must occur for a context rule to be looked for: word -> rule names."""
    import ahocorasick

    rules: dict[str, set[str]] = {}
    for name, (_rx, words) in _CUE_RULES.items():
        for w in words:
            rules.setdefault(_n(w), set()).add(name)
    auto = ahocorasick.Automaton()
    for w, names in rules.items():
        auto.add_word(w, (len(w), tuple(names)))
    auto.make_automaton()
    return auto


_NONE: list = []


# the rules that can date any trigger (the others: framing for meetings, past verbs and agreements)
_SHARED_RULES = frozenset(("days_after", "hours", "same", "later", "framed_def"))


class _SentenceCues:
    """The anchors of the context rules in one sentence of the view. A rule's pattern is run only around
    the words it needs (found with one automaton pass), and only when first asked for."""

    __slots__ = ("view", "vss", "vse", "found", "hits")

    def __init__(self, view: str, vss: int, vse: int):
        self.view, self.vss, self.vse = view, vss, vse
        self.found: dict[str, list[re.Match]] = {}
        self.hits: dict[str, list[tuple[int, int]]] = {}
        for end, (length, names) in _cue_probe().iter(view, vss, vse):
            for name in names:
                self.hits.setdefault(name, []).append((end + 1 - length, end + 1))

    @property
    def maybe(self) -> frozenset[str]:
        return frozenset(self.hits)

    def __getitem__(self, name: str) -> list[re.Match]:
        hits = self.hits.get(name)
        if hits is None:
            return _NONE
        got = self.found.get(name)
        if got is None:
            windows: list[list[int]] = []
            for hs, he in sorted(hits):
                lo, hi = max(self.vss, hs - 40), min(self.vse, he + 40)
                if windows and lo <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], hi)
                else:
                    windows.append([lo, hi])
            rx = _CUE_RULES[name][0]
            got = self.found[name] = [m for lo, hi in windows for m in rx.finditer(self.view, lo, hi)]
        return got


class _Voices:
    """Which quotes hold each stretch of a document, found once: cut at every quote's start and end, the text
    falls into stretches each held by the same quotes in all its positions (a search of every quote for each
    position made long texts quadratic)."""

    def __init__(self, quotes: list[Quote]):
        starting: dict[int, list[int]] = {}
        ending: dict[int, list[int]] = {}
        for i, q in enumerate(quotes):
            starting.setdefault(q.start, []).append(i)
            ending.setdefault(q.end, []).append(i)
        self.bounds = sorted(starting.keys() | ending.keys())
        self.quotes = quotes
        self.held: list[frozenset[int]] = []  # the quotes (by index) holding each stretch
        active: set[int] = set()
        none: frozenset[int] = frozenset()
        for b in self.bounds:
            if b in ending:
                active.difference_update(ending[b])
            for i in starting.get(b, ()):
                if quotes[i].end > b:
                    active.add(i)
            self.held.append(frozenset(active) if active else none)

    def _stretch(self, pos: int) -> int:
        return bisect_right(self.bounds, pos) - 1  # -1: before every quote

    def voice(self, pos: int) -> "Quote | None":
        """The innermost quote holding ``pos`` (found when asked: few stretches are asked about)."""
        k = self._stretch(pos)
        held = self.held[k] if k >= 0 else None
        if not held:
            return None
        quotes = self.quotes
        if len(held) == 1:
            return quotes[next(iter(held))]
        # the latest start; on a tie the one listed last (as a scan in list order keeping ">=" would)
        return quotes[max(held, key=lambda i: (quotes[i].start, i))]

    def same(self, a: int, b: int) -> bool:
        ka, kb = self._stretch(a), self._stretch(b)
        return ka == kb or (self.held[ka] if ka >= 0 else frozenset()) == (self.held[kb] if kb >= 0 else frozenset())


class _Told(list):
    """The happenings told so far: (sentence index, trigger start, event) in the order found, also kept by
    sentence (the context rules read one sentence's happenings; a scan of all of them was quadratic)."""

    def __init__(self):
        super().__init__()
        self.by_sentence: dict[int, list[tuple[int, int, Event]]] = {}

    def append(self, item: tuple[int, int, Event]) -> None:
        super().append(item)
        self.by_sentence.setdefault(item[0], []).append(item)


class EventExtractor:
    name = "marsad.events.v1"

    def __init__(self, kb=None, options=None):
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        norm = doc.norm
        view = norm.text
        triggers = self._triggers(view)
        trig_by_sent: dict[int, list[tuple[int, int, str, str]]] = {}
        for t in triggers:
            trig_by_sent.setdefault(doc.sent_index(norm.orig_index(t[0])), []).append(t)
        told = _Told()
        seen: set[tuple] = set()
        bound: set[int] = set()
        dateline = dateline_span(doc.text)
        self._cue_cache: dict[tuple[int, int], _SentenceCues] = {}
        self._voices = _Voices(doc.quotes)
        # resolved dates of each sentence: (view position, date, voice: the quote holding it, or None)
        sent_dates: dict[int, list[tuple[int, dt.date, Quote | None]]] = {}
        # 1. each date expression goes to the nearest trigger of its sentence
        for d in find_dates(view, doc.date):
            ds = norm.orig_index(d.start)
            if dateline and dateline[0] <= ds < dateline[1]:
                continue  # where and when the story was filed
            si = doc.sent_index(ds)
            ss, se = doc.sents[si] if doc.sents else (0, len(doc.text))
            if d.date is not None:
                sent_dates.setdefault(si, []).append((d.start, d.date, self._voices.voice(ds)))
            trigs = trig_by_sent.get(si)
            if not trigs and d.date is not None:
                # "وتعتزم كييف إرسال ردها بحلول مساء الأربعاء", "whether Kyiv must sign by Thursday"
                self._bare_deadline(doc, view, d, si, ss, se, seen, told)
            if not trigs or (d.kind != "weekday" and _SINCE.search(view[max(0, d.start - 12):d.start])):
                continue
            if _RAN_UNTIL.search(view, max(0, d.start - 40), d.start) and any(
                    p < d.start for p, _d, _v in sent_dates.get(si, ())[:-1]):
                continue  # "بدأت صباح أمس الخميس وامتدت حتى فجر اليوم الجمعة": the end of a span, no new happening
            past_d = d
            d = self._tense(d, doc, ss, se)
            before = view[max(0, d.start - 45):d.start]
            deadline = bool(_BY.search(before) or (("قبل" in before or "before" in before)
                                                   and _BEFORE_TARGET.search(before))
                            or ("until" in before and _GIVEN_UNTIL.search(before)))
            if deadline and d.kind == "weekday" and doc.date and d.weekday is not None and d.direction == "past":
                d = _upcoming(d, doc.date)
            # a trigger inside reported words does not take a date from outside them, nor the reverse
            cands = [t for t in trigs if self._voices.same(norm.orig_index(t[0]), ds)]
            # "... اليوم الاثنين، غداة جولة محادثات", "on Monday, the day after talks in Florida": the event
            # after the marker is another day's (a lone trigger keeps the date: there is no other to give it to)
            kept = [t for t in cands if not (t[0] > d.end and _DAY_APART.search(view, d.end, t[0]))]
            if kept or len(cands) > 1:
                cands = kept
            if not cands:
                continue
            ranked = sorted(cands, key=lambda t: self._distance(view, t, d))
            picks = ranked[:1]
            if len(ranked) > 1 and ranked[1][2] in _PAST_VERBS and ranked[1][3] != ranked[0][3] \
                    and ranked[1][0] > d.start and not _after_modal(view, ranked[1][0]):
                picks.append(ranked[1])  # "At a summit in Paris on Jan 6, ... signed a declaration"
            for t in picks:
                bound.add(t[0])
            if d.date is None and d.kind == "explicit":
                continue  # a month alone ("in November")
            for n_pick, t in enumerate(picks):
                typ = "deadline" if deadline and n_pick == 0 else t[3]
                dd = past_d if (t[2] in _PAST_VERBS and not deadline) else d  # "which signed on Thursday"
                if typ == "deadline" and dd is d and d.kind == "weekday" and d.direction == "past" and doc.date \
                        and d.weekday is not None and not _EXPIRED.search(view, norm.to_view(ss), norm.to_view(se)):
                    # "the deadline, which runs out on Thursday", "المهلة التي تنتهي الخميس": a deadline not told as
                    # passed is the coming such day
                    dd = _upcoming(d, doc.date)
                key = (typ, dd.date, si)
                if key in seen:
                    continue
                seen.add(key)
                s, e = norm.to_original(t[0], t[1])
                told.append((si, s, self._event(doc, typ, dd, s, e, ss, se, t[2])))
        # 2. a trigger with no date of its own
        live = doc.date is not None and _stamped_lines(doc.text) >= 3
        first_entry = _first_stamp(doc.text) if live else 0
        dated_here = {(t_si, t_typ) for t_typ, t_date, t_si in seen if t_date is not None}
        told_in = {t_si for _typ, _date, t_si in seen}  # the sentences of ``seen``, kept with it
        for vs, ve, word, typ in triggers:
            if vs in bound:
                continue
            s, e = norm.to_original(vs, ve)
            si = doc.sent_index(s)
            ss, se = doc.sents[si] if doc.sents else (0, len(doc.text))
            if not sent_dates:
                inherited = None  # no date anywhere to take
            elif (si, typ) in dated_here and "days_after" not in self._cues(
                    view, norm.to_view(ss), norm.to_view(se)).maybe:
                continue  # the sentence has told this happening with its date
            else:
                inherited = self._context_date(doc, view, (vs, ve, word, typ), si, told, sent_dates)
            if inherited is not None:
                key = (typ, inherited, si)
                if key not in seen:
                    seen.add(key)
                    told_in.add(si)
                    told.append((si, s, self._event(doc, typ, DateExpr(0, 0, inherited, "inherited"), s, e, ss, se,
                                                    word)))
                continue
            if live and typ in ("meeting", "talks", "agreement") and si not in told_in and \
                    not _FUTURE.search(view, max(norm.to_view(ss), vs - 40), vs) and not _after_modal(view, vs):
                if s < first_entry and any(ev.type == typ and ev.date for _si, _s, ev in told):
                    continue  # the page's title ("مباشر | قمة بروكسل: ..."): the summit its lead or entries date

                # a live blog tells the day's happenings: an undated one is of the day the page is dated
                key = (typ, doc.date, si)
                if key not in seen:
                    seen.add(key)
                    told_in.add(si)
                    told.append((si, s, self._event(doc, typ, DateExpr(0, 0, doc.date, "inherited"), s, e, ss, se,
                                                    word)))
                continue
            if typ not in ("meeting", "talks", "visit", "agreement"):
                continue
            earlier = si in told_in and self._earlier_happening(doc, view, vs, ve, typ, si, told)
            if si in told_in and not earlier:
                continue
            if not earlier and (not self._past(view, vs, ve, word) or not self._place(doc, ss, se)):
                continue  # ("after talks in Geneva" is told in the past by its "after")
            if word == _AGREED and (_AGREED_ON_A_COURSE.match(view, ve) or _DEGREE_BEFORE.search(view, max(0, vs - 12),
                                                                                                  vs)):
                continue  # "agreed to meet again", "agreed that any deal ...", "90 percent agreed": no deal made
            key = (typ, None, si)
            if key in seen:
                continue
            seen.add(key)
            told_in.add(si)
            told.append((si, s, self._event(doc, typ, None, s, e, ss, se, word)))
        events = [ev for _si, _s, ev in sorted(told, key=lambda x: x[1])]
        doc.facts["event"] = events
        return doc

    def _bare_deadline(self, doc: Doc, view: str, d: DateExpr, si: int, ss: int, se: int, seen: set,
                       told: "_Told") -> None:
        """A date after "by"/"بحلول" in a sentence with no trigger is a deadline where what is to be done by then
        is told as owed or intended ("must sign by Thursday", "تعتزم كييف إرسال ردها بحلول مساء الأربعاء")."""
        m = _BY.search(view, max(0, d.start - 45), d.start)
        if m is None or not _OWED.search(view, max(doc.norm.to_view(ss), m.start() - 80), m.start()):
            return
        date = d
        if d.kind == "weekday" and d.weekday is not None and d.direction == "past" and doc.date:
            date = _upcoming(d, doc.date)
        key = ("deadline", date.date, si)
        if key in seen:
            return
        seen.add(key)
        s, e = doc.norm.to_original(m.start(), m.start() + len(m.group().split()[0]))
        told.append((si, s, self._event(doc, "deadline", date, s, e, ss, se, doc.text[s:e])))

    def _earlier_happening(self, doc: Doc, view: str, vs: int, ve: int, typ: str, si: int, told: "_Told") -> bool:
        """A second undated happening of a sentence: meetings or talks told after "بعد"/"after" at a place of
        their own ("التقى وفد ... في أبو ظبي لمناقشة التغييرات ... بعد محادثات ... في جنيف")."""
        if typ not in ("meeting", "talks") or not _AFTER_BEFORE.search(view, max(0, vs - 12), vs):
            return False
        here = told.by_sentence.get(si, ())
        if not here or any(ev.date for _si, _s, ev in here):
            return False  # (a dated sentence keeps its happening)
        ss, se = doc.sents[si]
        s = doc.norm.orig_index(vs)
        place = self._place(doc, ss, se, s)
        if place is None or not 0 < place.start - s < 60:
            return False  # its own place, right after it
        return all(ev.place is None or ev.place.id != place.entity.id for _si, _s, ev in here)

    def _cues(self, view: str, vss: int, vse: int) -> "_SentenceCues":
        """The context anchors of a sentence, each looked for once, and only where a word of it occurs."""
        key = (vss, vse)
        got = self._cue_cache.get(key)
        if got is None:
            got = self._cue_cache[key] = _SentenceCues(view, vss, vse)
        return got

    def _context_date(self, doc: Doc, view: str, trig: tuple[int, int, str, str], si: int,
                      told: _Told,
                      sent_dates: dict[int, list[tuple[int, dt.date, "Quote | None"]]]) -> dt.date | None:
        """The date an undated trigger takes from its context (see the module docstring), or None."""
        norm = doc.norm
        vs, ve, word, typ = trig
        ss, se = doc.sents[si] if doc.sents else (0, len(doc.text))
        vss, vse = norm.to_view(ss), norm.to_view(se)
        cues = self._cues(view, vss, vse)
        maybe = cues.maybe
        if (typ in ("statement", "other", "attack", "deadline") or word not in _PAST_VERBS) and \
                typ != "agreement" and maybe.isdisjoint(_SHARED_RULES) and \
                (typ not in ("meeting", "talks") or "framing" not in maybe):
            return None  # no word of a context rule that could date this trigger
        voice = self._voices.voice(norm.orig_index(vs))
        if voice is not None and voice.direct:
            return None  # the quoted words of a speaker take no date from the narration
        dates = sent_dates.get(si, ())
        # "came three days after the truce took effect on Friday", "بعد يوم من هجوم ... ليل الاثنين"
        m = next((m for m in cues["days_after"] if ve <= m.start() < ve + 120), None)
        if m:
            later = [d for p, d, v in dates if p >= m.end() and v is voice]
            if later:
                return max(later) + dt.timedelta(days=_days(m) * (-1 if _is_before(m) else 1))
        if cues["vague"]:
            return None  # "الأسبوع الماضي", "last week": no day to give
        if any(vs - 70 <= m.end() <= vs and _HOURS_GAP.fullmatch(view, m.end(), vs) for m in cues["hours"]):
            here = [d for p, d, v in dates if v is voice]
            if here:
                return here[0]  # "hours after a Russian missile strike"
        if typ in ("meeting", "talks") and any(m.end() <= vs and _FRAMING_GAP.fullmatch(view, m.end(), vs)
                                               for m in cues["framing"]):
            # "... signed a declaration at the end of a summit": the date of the act it frames, told in the same
            # voice (reported words too: "negotiators agreed on Thursday ... at the close of talks, X said")
            at = norm.orig_index(vs)
            here = [ev for _si, s, ev in told.by_sentence.get(si, ()) if ev.date and self._voices.same(s, at)]
            if here:
                return dt.date.fromisoformat(here[0].date)
        if voice is not None:
            return None  # reported words take no date from the sentences around them
        same = any(m.end() <= vs for m in cues["same"])
        later = next((m for m in cues["later"] if m.end() <= vs), None)
        if same or later:
            ante = self._antecedent(doc, si, told)
            if ante is not None:
                return ante + dt.timedelta(days=_days(later) if later and not same else 0)
            return None
        m = next((m for m in cues["framed_def"] if m.end() <= vs), None)
        if m:
            # "وصدر في ختام اللقاء بيان مشترك": the date of the meeting spoken of
            return self._definite_event(doc, view, si, told, upto=m.end())
        if typ in ("statement", "other"):
            return None
        past = word in _PAST_VERBS or (typ == "agreement" and any(
            vs - 40 <= m.end() <= vs and _CONCLUDED_GAP.fullmatch(view, m.end(), vs) for m in cues["concluded"]))
        if past and not _after_modal(view, vs):
            # "ووقع المشاركون «إعلان باريس»": a past verb after a dated sentence of the same paragraph (or of
            # the paragraph before, when the sentence speaks of "the meeting" it told)
            anaphor = bool(cues["definite"])
            for back in (1, 2):
                if si - back < 0:
                    break
                if "\n" in doc.text[doc.sents[si - back][1]:ss] and not (back == 1 and anaphor):
                    break
                prev = sorted((x for x in told.by_sentence.get(si - back, ()) if x[2].date), key=lambda x: x[1])
                if prev:
                    return dt.date.fromisoformat(prev[0][2].date)  # the main happening of that sentence
                told_dates = [d for p, d, v in sent_dates.get(si - back, ()) if v is None or not v.direct]
                if told_dates:
                    return told_dates[0]
                coref = self._definite_event(doc, view, si - back, told)
                if coref is not None:
                    return coref
                if "\n" in doc.text[doc.sents[si - back][1]:ss]:
                    break
        return None

    def _antecedent(self, doc: Doc, si: int, told: list[tuple[int, int, Event]]) -> dt.date | None:
        """The date of the happening told before sentence ``si``: the latest one sharing a participant with
        the sentence, else the latest one."""
        ss, se = doc.sents[si] if doc.sents else (0, len(doc.text))
        here = {m.entity.id for m in self._mentions_in(doc, ss, se)}
        prev = [x for x in told if x[2].date and x[0] < si]
        if not prev:
            return None
        shared = [x for x in prev if here & {p.id for p in x[2].participants}]
        pick = max(shared or prev, key=lambda x: (x[0], x[1]))
        return dt.date.fromisoformat(pick[2].date)

    def _definite_event(self, doc: Doc, view: str, si: int, told: list[tuple[int, int, Event]],
                        upto: int | None = None) -> dt.date | None:
        """A sentence that speaks of "القمة", "the summit", "the talks" takes the date of the latest meeting
        or talks told before it."""
        norm = doc.norm
        ss, se = doc.sents[si]
        vss, vse = norm.to_view(ss), norm.to_view(se)
        nouns = [m for m in self._cues(view, vss, vse)["definite"] if m.end() <= (upto or vse)]
        if not nouns:
            return None
        prev = sorted((x for x in told if x[2].date and x[0] < si and x[2].type in ("meeting", "talks")),
                      key=lambda x: x[1])
        # "على هامش الاجتماع" speaks of the meeting, not of talks told after it: the latest of the noun's type first
        typ = _DEFINITE_TYPE.get(nouns[-1].group().split()[-1].lstrip("وفبل")) if len(nouns) == 1 else None
        same = [x for x in prev if x[2].type == typ]
        prev = same or prev
        return dt.date.fromisoformat(prev[-1][2].date) if prev else None

    @staticmethod
    def _distance(view: str, t: tuple[int, int, str, str], d: DateExpr) -> float:
        """How far a trigger is from a date: a trigger before the date is preferred, and a clause
        boundary (a comma) between them counts heavily, unless it opens a relative clause on the trigger's
        noun ("المفاوضات ..., التي احتضنتها أبوظبي يومي الأربعاء والخميس")."""
        if d.start >= t[1]:
            gap, dist = view[t[1]:d.start], d.start - t[1]
            commas = list(_COMMA.finditer(gap))
            if commas and not (len(commas) == 1 and _RELATIVE_AFTER.match(gap, commas[0].end())):
                dist += 60
            return dist
        gap, dist = view[d.end:t[0]], (t[0] - d.end) * 3
        if _COMMA.search(gap):
            dist += 60
        return dist

    def _tense(self, d: DateExpr, doc: Doc, ss: int, se: int) -> DateExpr:
        """A weekday in a sentence about the future is the next such day ("will meet on Tuesday"). Names,
        known or in quotation marks, are not read for a future prefix ("ستارمر", "ستيف", «نيو ستارت»), nor
        are the words of a quote the date is not in ("القمة التي انطلقت الخميس: «... للعامين المقبلين»")."""
        if not (d.kind == "weekday" and d.direction == "past" and doc.date and d.weekday is not None):
            return d
        norm = doc.norm
        if not _FUTURE.search(norm.text, norm.to_view(ss), norm.to_view(se)):
            return d
        ds = norm.orig_index(d.start)
        # only the clause of the date: "pledged ... at a meeting on Monday, but the money will not flow ..."
        ss = max((m.end() for m in _CLAUSE_SPLIT.finditer(doc.text, ss, ds)), default=ss)
        nxt = _CLAUSE_SPLIT.search(doc.text, ds, se)
        se = nxt.start() if nxt else se
        # nor a relative clause after the date: "moved closer on Thursday to a fund that Kyiv hopes will channel ..."
        rel = _RELATIVE_CUT.search(doc.text, norm.orig_index(d.end), se)
        se = rel.start() if rel else se
        skip = [(m.start, m.end) for m in self._mentions_in(doc, ss, se)]
        skip += [(q.start, q.end) for q in doc.quotes if q.direct and ss <= q.start < se and not q.start <= ds < q.end]
        parts, pos = [], ss
        for a, b in sorted(skip):
            if a >= pos:
                parts.append(doc.text[pos:a])
                pos = b
        parts.append(doc.text[pos:se])
        sentence = _NOT_FUTURE.sub(" ", _SHORT_QUOTED.sub(" ", normalize_str(" ".join(parts))))
        if _FUTURE.search(sentence):
            return _upcoming(d, doc.date)
        return d

    @staticmethod
    def _triggers(view: str) -> list[tuple[int, int, str, str]]:
        out = []
        for t in scan(_automaton(), view, proclitics="وبلفال", max_prefix=3):
            w = t[2]
            if w in _CHECKED:
                if w == _WAQA and view[max(0, t[0] - 5):t[0]].endswith(_ALA):
                    continue  # "على وقع": amid
                if w in _ADMIT_VERBS and _THAT_AFTER.match(view, t[1]):
                    continue  # "لكنه أقر بأن الوقت ما زال مبكرًا": he acknowledged, nothing was adopted
                if w in _AGREEMENT_NOUNS and (_HYPOTHETICAL_BEFORE.search(view, max(0, t[0] - 30), t[0])
                                              or _HYPOTHETICAL_AFTER.match(view, t[1], t[1] + 30)):
                    continue  # "any peace deal", "أي اتفاق سلام", "اتفاق مستقبلي": spoken of, not made
            elif t[3].__class__ is int:
                # the anchor of a trigger that is not a single word: what must follow it
                _anchors, tail, group, typ = _PHRASE_TRIGGERS[t[3]]
                m = tail.match(view, t[1])
                if m is None:
                    continue
                s, e = (t[0], t[1]) if group == 0 else m.span(group)
                out.append((s, e, view[s:e], typ))
                continue
            out.append(t)
        return out

    @staticmethod
    def _past(view: str, vs: int, ve: int, word: str) -> bool:
        before = view[max(0, vs - 30):vs]
        return word in _PAST_VERBS or bool(_HELD_BEFORE.search(before)) or bool(_HELD_AFTER.search(view[ve:ve + 20]))

    def _mentions_in(self, doc: Doc, ss: int, se: int) -> list[Mention]:
        return starting(doc.mentions, ss, se)  # (bisected by start: no list of the starts made per article)

    def _place(self, doc: Doc, ss: int, se: int, at: int | None = None) -> Mention | None:
        """Where it happened: a place of the sentence, or a seat of power after "في"/"in"/"at" ("في الكرملين",
        "at the Elysee"); one after a preposition of place first ("في"، "ب"، in, at before "إلى"، to), then
        the one nearest the trigger at ``at``."""
        best, best_key = None, None
        norm = doc.norm
        view = norm.text
        for m in self._mentions_in(doc, ss, se):
            typ = m.entity.type
            if typ != "place" and typ != "organization":
                continue
            vm = norm.to_view(m.start)
            before = view[max(0, vm - 6):vm]
            words = before.split()
            locative = before.endswith(("ب", "في")) or (words and words[-1] in _LOCATIVE)
            prep = locative or (words and words[-1] in _PLACE_PREP)
            if typ == "organization":
                a = self.kb.get(m.entity.id) if (locative and self.kb is not None) else None
                if a is None or not a.stands_for:
                    continue
            key = (not locative, not prep, abs(m.start - at) if at is not None else 0)
            if best_key is None or key < best_key:
                best, best_key = m, key
        return best

    def _event(self, doc: Doc, typ: str, date: DateExpr | None, s: int, e: int, ss: int, se: int,
               word: str) -> Event:
        norm = doc.norm
        parts = []
        for m in self._mentions_in(doc, ss, se):
            if m.entity.type in ("country", "person", "organization", "group") and m.entity not in parts:
                parts.append(m.entity)
        place = self._place(doc, ss, se, s)
        date_text = None
        if date is not None and date.kind != "inherited":
            ds, de = norm.to_original(date.start, date.end)
            date_text = doc.text[ds:de]
        ev = Event(Evidence.of(doc.text, ss, se), typ, date.date.isoformat() if date and date.date else None,
                   parts, place.entity if place else None, doc.text[s:e], date_text)
        return ev
