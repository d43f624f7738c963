"""Component ``marsad.events.v1``: what happened when, with participants and place.

A trigger word (اجتماع، قمة، التقى، محادثات، مفاوضات، اتفاق، وقع، هجوم، قصف، زيارة، مهلة؛ meeting, summit, met,
talks, agreed, signed, attack, visit, deadline ...) gives an event of its type; the date is the date
expression of the same sentence nearest to the trigger, resolved against the document date (see
:mod:`marsad.text.dates`): weekdays, أمس/yesterday, explicit dates in Egyptian, Levantine and English forms.
"بحلول عيد الشكر الذي يوافق 27 نوفمبر" / "by Thursday" make a deadline. Without a document date, relative
dates stay null (never guessed). An event with no date is kept only when the sentence reports a past
happening at a named place ("التقى وفد أمريكي بنظرائه الروس في أبو ظبي").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from ..facts import Event, Evidence, Mention
from ..text.dates import DateExpr, find_dates, resolve_weekday
from ..text.wordscan import automaton, scan
from ..text.normalize import normalize_pattern as _re, normalize_str

_n = normalize_str

TRIGGERS: dict[str, tuple[str, ...]] = {
    "meeting": ("اجتماع", "اجتماعا", "اجتماعات", "اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع", "قمة", "القمة",
                "لقاء", "لقاءا", "التقى", "التقت", "التقوا", "يلتقي", "تلتقي", "استقبل", "استقبلت", "مؤتمر",
                "مكالمة", "اتصال هاتفي", "اتصالا هاتفيا", "مكالمة فيديو", "عبر الفيديو", "meeting", "meetings",
                "met", "meet", "meets", "summit", "video call", "phone call", "call", "conference", "hosted",
                "received", "gathering"),
    "talks": ("محادثات", "مفاوضات", "مباحثات", "جولة", "جولة مفاوضات", "تفاوض", "talks", "negotiations",
              "negotiating round", "round of talks", "discussions"),
    "statement": ("بيان", "بيانا", "البيان", "بيان مشترك", "أعلن", "أعلنت", "أصدر", "أصدرت", "statement", "communique",
                  "joint statement", "announced"),
    "agreement": ("اتفاق", "اتفاقا", "اتفقت", "اتفق", "اتفقوا", "وقع", "وقعت", "وقعوا", "توقيع", "إعلان نوايا",
                  "تبنى", "تبنت", "اعتمد", "اعتمدت", "أقر", "أقرت", "صادق", "صادقت", "agreed", "agreement", "signed",
                  "signing", "deal", "accord", "declaration", "adopted", "approved", "ratified"),
    "attack": ("هجوم", "هجوما", "هجمات", "قصف", "غارة", "غارات", "ضربة", "ضربات", "استهدف", "استهدفت",
               "attack", "attacks", "strike", "strikes", "struck", "shelling", "bombardment", "barrage"),
    "visit": ("زيارة", "زار", "زارت", "يزور", "وصل", "وصلت", "visit", "visited", "visiting", "arrived", "trip"),
    "other": ("استقال", "استقالت", "استقالة", "دعوى", "دعوى قضائية", "resigned", "resignation", "lawsuit", "sued"),
    "deadline": ("مهلة", "المهلة", "موعد نهائي", "موعدا نهائيا", "الموعد النهائي", "deadline", "cut-off"),
}
_PAST_VERBS = {_n(w) for w in ("اجتمع", "اجتمعت", "اجتمعوا", "التقى", "التقت", "التقوا", "عقد", "عقدت", "استقبل",
                               "استقبلت", "زار", "زارت", "وصل", "وصلت", "وقع", "وقعت", "met", "held", "hosted",
                               "visited", "arrived", "signed", "agreed")}
_BY = re.compile(_re(r"(?:بحلول[ \t]+[^.؟?!]{0,40}|(?<![^\W\d_])حتى[ \t]+(?:يوم[ \t]+)?|\b(?:by|until)[ \t]+"
                    r"(?:the[ \t]+end[ \t]+of[ \t]+)?|no later than[ \t]+)$"))
_FUTURE = re.compile(_re(r"(?:\b(?:will|shall|is to|are to|scheduled|expected to|due to|plans? to|next)\b|"
                        r"سوف|من المقرر|المقرر|المرتقب|المنتظر|المقبل|القادم|(?<![^\W\d_])(?:و|ف)?(?:سي|ست)[^\W\d_]{3,})"))
_SINCE = re.compile(_re(r"(منذ|since)[ \t]+\S*[ \t]*$"))
_HELD_BEFORE = re.compile(_re(r"(عقدت?|جرت|انعقدت?|اجريت?|held|took place)[ \t]*$"))
_HELD_AFTER = re.compile(_re(r"^[ \t]*(عقدت?|جرت|انعقدت?|held|took place)"))
_PLACE_PREP = {_n(w) for w in ("في", "ب", "الى", "إلى", "in", "at", "to")}


@lru_cache(maxsize=1)
def _automaton():
    return automaton((_n(w), typ) for typ, words in TRIGGERS.items() for w in words)


class EventExtractor:
    name = "marsad.events.v1"

    def __init__(self, kb=None, options=None):
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        view = doc.norm.text
        triggers = self._triggers(view)
        trig_by_sent: dict[int, list[tuple[int, int, str, str]]] = {}
        for t in triggers:
            trig_by_sent.setdefault(doc.sent_index(doc.norm.orig_index(t[0])), []).append(t)
        events: list[Event] = []
        seen: set[tuple] = set()
        bound: set[int] = set()
        # 1. each date expression goes to the nearest trigger of its sentence
        for d in find_dates(view, doc.date):
            si = doc.sent_index(doc.norm.orig_index(d.start))
            trigs = trig_by_sent.get(si)
            if not trigs or _SINCE.search(view[max(0, d.start - 12):d.start]):
                continue
            ss, se = doc.sents[si] if doc.sents else (0, len(doc.text))
            vss, vse = doc.norm.to_view(ss), doc.norm.to_view(se)
            d = self._tense(d, view[vss:vse], doc)
            deadline = bool(_BY.search(view[max(0, d.start - 45):d.start]))
            if deadline and d.kind == "weekday" and doc.date and d.weekday is not None and d.direction == "past":
                d = DateExpr(d.start, d.end, resolve_weekday(d.weekday, doc.date, "upcoming"), d.kind, d.weekday,
                             "upcoming")
            # a trigger inside reported words does not take a date from outside them, nor the reverse
            ds = doc.norm.orig_index(d.start)
            cands = [t for t in trigs if self._same_voice(doc, doc.norm.orig_index(t[0]), ds)]
            if not cands:
                continue
            ranked = sorted(cands, key=lambda t: self._distance(view, t, d))
            picks = ranked[:1]
            if len(ranked) > 1 and ranked[1][2] in _PAST_VERBS and ranked[1][3] != ranked[0][3] \
                    and ranked[1][0] > d.start:
                picks.append(ranked[1])  # "At a summit in Paris on Jan 6, ... signed a declaration"
            for t in picks:
                bound.add(t[0])
            if d.date is None and d.kind == "explicit":
                continue  # a month alone ("in November")
            for n_pick, t in enumerate(picks):
                typ = "deadline" if deadline and n_pick == 0 else t[3]
                key = (typ, d.date, si)
                if key in seen:
                    continue
                seen.add(key)
                s, e = doc.norm.to_original(t[0], t[1])
                events.append(self._event(doc, typ, d, s, e, ss, se, t[2]))
        # 2. a trigger with no date: kept for a past happening at a named place
        dated = sorted(((ev_si, d) for _t, d, ev_si in seen if d is not None))
        for vs, ve, word, typ in triggers:
            if vs in bound or typ not in ("meeting", "talks", "visit", "agreement"):
                continue
            s, e = doc.norm.to_original(vs, ve)
            si = doc.sent_index(s)
            ss, se = doc.sents[si] if doc.sents else (0, len(doc.text))
            if any(ev_si == si for _t, _d, ev_si in seen):
                continue
            if word in _PAST_VERBS:
                # "ووقع المشاركون «إعلان باريس»": a past verb in the paragraph of a dated happening
                prev = [d for ev_si, d in dated if si - 2 <= ev_si < si and
                        "\n" not in doc.text[doc.sents[ev_si][1]:ss]]
                if prev:
                    from ..text.dates import DateExpr as _D

                    key = (typ, prev[-1], si)
                    if key not in seen:
                        seen.add(key)
                        events.append(self._event(doc, typ, _D(0, 0, prev[-1], "inherited"), s, e, ss, se, word))
                    continue
            if not self._past(view, vs, ve, word) or not self._place(doc, ss, se):
                continue
            key = (typ, None, si)
            if key in seen:
                continue
            seen.add(key)
            events.append(self._event(doc, typ, None, s, e, ss, se, word))
        events.sort(key=lambda ev: ev.evidence.start)
        doc.facts["event"] = events
        return doc

    @staticmethod
    def _distance(view: str, t: tuple[int, int, str, str], d: DateExpr) -> float:
        """How far a trigger is from a date: a trigger before the date is preferred, and a clause
        boundary (a comma) between them counts heavily."""
        if d.start >= t[1]:
            gap, dist = view[t[1]:d.start], d.start - t[1]
        else:
            gap, dist = view[d.end:t[0]], (t[0] - d.end) * 3
        if re.search(r"[،,;؛]", gap):
            dist += 60
        return dist

    @staticmethod
    def _same_voice(doc: Doc, a: int, b: int) -> bool:
        """Are two positions both inside, or both outside, the same quote?"""
        for q in doc.quotes:
            ina, inb = q.start <= a < q.end, q.start <= b < q.end
            if ina != inb:
                return False
        return True

    @staticmethod
    def _tense(d: DateExpr, sentence: str, doc: Doc) -> DateExpr:
        """A weekday in a sentence about the future is the next such day ("will meet on Tuesday")."""
        if d.kind == "weekday" and d.direction == "past" and doc.date and d.weekday is not None \
                and _FUTURE.search(sentence):
            return DateExpr(d.start, d.end, resolve_weekday(d.weekday, doc.date, "upcoming"), d.kind, d.weekday,
                            "upcoming")
        return d

    @staticmethod
    def _triggers(view: str) -> list[tuple[int, int, str, str]]:
        return [t for t in scan(_automaton(), view, proclitics="وبلفال", max_prefix=3)
                if not (t[2] == _n("وقع") and view[max(0, t[0] - 5):t[0]].endswith(_n("على ")))]  # "على وقع": amid

    @staticmethod
    def _past(view: str, vs: int, ve: int, word: str) -> bool:
        before = view[max(0, vs - 30):vs]
        return word in _PAST_VERBS or bool(_HELD_BEFORE.search(before)) or bool(_HELD_AFTER.search(view[ve:ve + 20]))

    def _place(self, doc: Doc, ss: int, se: int) -> Mention | None:
        cands = [m for m in doc.mentions if ss <= m.start < se and m.entity.type == "place"]
        for m in cands:
            before = doc.norm.text[max(0, doc.norm.to_view(m.start) - 6):doc.norm.to_view(m.start)]
            words = before.split()
            if (words and words[-1] in _PLACE_PREP) or before.endswith(("ب", "في")):
                return m
        return cands[0] if cands else None

    def _event(self, doc: Doc, typ: str, date: DateExpr | None, s: int, e: int, ss: int, se: int,
               word: str) -> Event:
        parts = []
        for m in doc.mentions:
            if ss <= m.start < se and m.entity.type in ("country", "person", "organization", "group") \
                    and m.entity not in parts:
                parts.append(m.entity)
        place = self._place(doc, ss, se)
        date_text = None
        if date is not None and date.kind != "inherited":
            ds, de = doc.norm.to_original(date.start, date.end)
            date_text = doc.text[ds:de]
        return Event(Evidence.of(doc.text, ss, se), typ, date.date.isoformat() if date and date.date else None,
                     parts, place.entity if place else None, doc.text[s:e], date_text)
