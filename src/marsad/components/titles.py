"""Component ``marsad.titles.v1``: titles, title-only references, provisional people, surnames.

A title phrase ("الرئيس الفرنسي", "رئيس وزراء بريطانيا", "الأمين العام لحلف الناتو", "Finnish President",
"the German chancellor", "President of France") gives a role: a title from ``kb/data/titles.jsonl`` and a
country or organisation. Then:
- a known person right after the phrase is the holder (nothing new to add);
- an unknown name right after it becomes a *provisional* actor with that role and country;
- no name at all: the phrase refers to the holder of the role on the document date (title-only
  coreference), or, without a country, to the last person of that title named earlier in the document;
- a provisional person's surname later in the document links to them, and so does a known person's bare
  surname once the person is in the document.

Assigns ``doc.spans["titles"]``: one span per title phrase with the person it was resolved to.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import attrgetter, itemgetter

from ..doc import Doc
from ..facts import Evidence, Mention, Span
from ..kb import Actor, KnowledgeBase, Role
from ..kb.matcher import AliasMatcher
from ..lexicon import AR_NAME_PARTICLES, AR_STOP, EN_NAME_PARTICLES, EN_STOP, FORMER
from .quote_rules import EN_SPEECH_VERBS
from ..text.normalize import normalize_str
from ..text.wordscan import SHARED


@dataclass(frozen=True)
class TitleDef:
    title: str
    country: str | None = None
    org: str | None = None


@lru_cache(maxsize=1)
def title_matcher() -> tuple[AliasMatcher, tuple[TitleDef, ...]]:
    defs: list[TitleDef] = []
    aliases = []
    text = (resources.files("marsad.kb") / "data" / "titles.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        idx = str(len(defs))
        defs.append(TitleDef(rec["title"], rec.get("country"), rec.get("org")))
        for lang in ("ar", "en"):
            for a in rec.get(lang, ()):
                kind = "abbrev" if a.isupper() and len(a) <= 3 else "title"
                aliases.append((idx, a, lang, kind))
    return AliasMatcher(aliases, cased=False, shared=SHARED), tuple(defs)


# the gaps between a title and its country or body: on one line (a paragraph break ends the phrase)
_GAP_AFTER = re.compile(r"[^\S\n]*(?:(?:of|of the|for|at|at the|in|to|to the|لدى|في|حلف|لحلف|منظمة)[^\S\n]+)?\Z")
_GAP_BEFORE = re.compile(r"[^\S\n]*(?:'s|’s)?[^\S\n]*\Z")
_AR_TOKEN = re.compile(r"\s*([^\s،,.:؛;!?؟\"«»“”()\[\]\-–—]+)")
_EN_TOKEN = re.compile(r"[ \t]*([A-Z][\w'’.\-]*|[a-z]+)")
_POST_OF = re.compile(r"[ \t]+(?:for|of|لـ?|في|على)[ \t]")  # "High Representative for Gaza"
_POST_PLACE = re.compile(r"\s*(?:لدى|في|إلى|الى)\s+")  # "سفير ليتوانيا لدى فرنسا"
_OF = re.compile(r"\s*of\b")
_CLINGING_GAP = re.compile(r"[^\S\n]+[لب]")
_COMMA = re.compile(r"[ \t]*[،,][ \t]*")


def _slug(name: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    return s


class TitleResolver:
    name = "marsad.titles.v1"

    def __init__(self, kb: KnowledgeBase, options=None):
        self.kb = kb
        self._surnames_index: dict[str, set[str]] | None = None
        self._index_version = -1

    def __call__(self, doc: Doc) -> Doc:
        matcher, defs = title_matcher()
        hits = matcher.match(doc.norm)  # (start, end, entries, nstart, nend): see kb.matcher.Hit
        # longest title phrase first, no overlaps
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken = bytearray(len(doc.text) + 1)
        chosen = []
        for h in hits:
            start, end = h[0], h[1]
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(h)
        chosen.sort(key=itemgetter(0))
        provisional: dict[str, Actor] = doc.meta.setdefault("provisional", {})
        if doc.lang == "en":
            doc.mentions = self._namesakes(doc, provisional)
        mentions = sorted(doc.mentions, key=attrgetter("start"))
        starts = {m.start: m for m in mentions}
        titles: list[Span] = []
        added: list[Mention] = []
        for hstart, hend, entries, _, _ in chosen:
            td = defs[int(entries[0].actor_id)]
            lang = entries[0].lang
            if td.org and _POST_OF.match(doc.text[hend:hend + 6]):
                continue  # "High Representative for Gaza": a post of something else than the title's body
            country, org, span_start, span_end = td.country, td.org, hstart, hend
            # the country or organisation of the title
            if lang == "ar":
                m = _mention_after(doc, mentions, hend)
                if m is not None and m.entity.type in ("country", "organization") and not td.org:
                    country, org = _scope(self.kb, m)
                    span_end = m.end
                    # "سفير ليتوانيا لدى فرنسا، ..." : the post's place is not the name
                    m2 = _POST_PLACE.match(doc.text[span_end:span_end + 8])
                    if m2:
                        nxt = _mention_after(doc, mentions, span_end + m2.end())
                        if nxt is not None and nxt.start == span_end + m2.end():
                            span_end = nxt.end
            else:
                m = _mention_before(doc, mentions, hstart)
                if m is not None and m.entity.type in ("country", "organization") and not td.org:
                    country, org = _scope(self.kb, m)
                    span_start = m.start
                else:
                    m = _mention_after(doc, mentions, hend)
                    if m is not None and m.entity.type in ("country", "organization") and not td.org \
                            and _OF.match(doc.text[hend:m.start]):
                        country, org = _scope(self.kb, m)
                        span_end = m.end
            after = doc.text[span_end:span_end + 12]
            if normalize_str(after.strip().split(" ")[0] if after.strip() else "") in FORMER or \
                    doc.norm.view_of(max(0, span_start - 8), span_start).strip().endswith(("former", "ex-")):
                continue
            # the person named by the phrase
            person = _person_at(doc, starts, span_end)
            if person is None and lang == "ar" and span_end == hend and country is None and org is None:
                # "الرئيس فولوديمير زيلينسكي": a definite title straight before a known name
                person = None
            actor: Actor | None = None
            via = None
            if person is not None:
                actor = self.kb.get(person.entity.id) or provisional.get(person.entity.id)
            else:
                name_span = _capture_name(doc.text, span_end, lang)
                if name_span is not None and (country or org):
                    ns, ne = name_span
                    actor = self._known_surname(doc.text[ns:ne], country, org)
                    via = "surname"
                    if actor is None:
                        actor = _provisional(doc, provisional, doc.text[ns:ne], lang, td.title, country, org)
                        via = "provisional"
                    s, e = doc.sent_span(ns)
                    added.append(Mention(Evidence.of(doc.text, s, e), actor.entity, doc.text[ns:ne], ns, ne, via))
                    via = None
                elif name_span is None:
                    actor = self._holder(doc, td.title, country, org, span_start, mentions + added,
                                         definite=_definite(doc.text, hstart, lang, span_start))
                    via = "title"
            if actor is None:
                continue
            titles.append(Span(span_start, span_end, "title",
                               {"title": td.title, "country": country, "org": org, "actor": actor.id}))
            if via == "title":
                s, e = doc.sent_span(span_start)
                added.append(Mention(Evidence.of(doc.text, s, e), actor.entity, doc.text[span_start:span_end],
                                     span_start, span_end, "title"))
        doc.spans["titles"] = titles
        if doc.lang == "en":
            added.extend(_speaking_names(doc, provisional, mentions + added))
        doc.mentions = sorted(mentions + added, key=attrgetter("start"))
        self._surnames(doc, provisional)
        return doc

    # ------------------------------------------------------------------ helpers
    def _namesakes(self, doc: Doc, provisional: dict[str, Actor]) -> list[Mention]:
        """The mentions, with a known person's bare surname given to someone else where another first name comes
        right before it ("analyst Daniel Rubio" is not Marco Rubio): that person is a provisional actor."""
        text = doc.text
        out = []
        changed = False
        for m in doc.mentions:
            if m.entity.type == "person" and " " not in m.text and m.start > 1 and text[m.start - 1] == " ":
                actor = self.kb.get(m.entity.id)
                w = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
                if actor is not None and w is not None and w.group(1) not in _NOT_A_NAME \
                        and w.group(1) not in actor.name.split() \
                        and not any(w.group(1) == a.text.split()[0] for a in actor.aliases if " " in a.text):
                    name = f"{w.group(1)} {m.text}"
                    other = _provisional(doc, provisional, name, "en", "", None, None)
                    out.append(Mention(m.evidence, other.entity, name, w.start(1), m.end, "provisional"))
                    changed = True
                    continue
            out.append(m)
        return out if changed else doc.mentions

    def _known_surname(self, name: str, country: str | None, org: str | None) -> Actor | None:
        """A known person of that country or organisation whose surname ends the captured name
        ("المتحدثة باسم البيت الأبيض كارولاين ليفيت" -> Karoline Leavitt)."""
        if self._surnames_index is None or self._index_version != self.kb.version:
            idx: dict[str, set[str]] = {}
            for a in self.kb:
                if a.type != "person":
                    continue
                for al in a.aliases:
                    if al.kind == "surname":
                        idx.setdefault(normalize_str(al.text), set()).add(a.id)
            self._surnames_index = idx
            self._index_version = self.kb.version
        parts = normalize_str(name).split()
        if len(parts) < 2:
            return None
        ids = [i for i in self._surnames_index.get(parts[-1], ()) if any(
            (country and r.country == country) or (org and r.org == org) for r in self.kb[i].roles)]
        return self.kb[ids[0]] if len(ids) == 1 else None

    def _holder(self, doc: Doc, title: str, country, org, pos: int, mentions: list[Mention],
                *, definite: bool) -> Actor | None:
        if country or org:
            got = self.kb.holder(title, country=country, org=org, on=doc.date)
            if got is not None or not definite or org:
                return got
            # "بحسب المستشار الروسي", "the Russian adviser": no holder of that title, but the last person of that
            # country named earlier in the document (a definite phrase points back to someone already named)
            provisional = doc.meta.get("provisional", {})
            for m in sorted(mentions, key=_start, reverse=True):
                if m.start >= pos or m.entity.type != "person" or m.via == "title" or pos - m.start > 3000:
                    continue
                a = self.kb.get(m.entity.id) or provisional.get(m.entity.id)
                if a is not None and any(r.country == country and r.active(doc.date) for r in a.roles):
                    return a
            return None
        if not definite:
            return None
        # "the chancellor", "الرئيس": the last person of that title named earlier in the document
        provisional = doc.meta.get("provisional", {})
        for m in reversed(mentions):
            if m.start >= pos or m.entity.type != "person":
                continue
            a = self.kb.get(m.entity.id) or provisional.get(m.entity.id)
            if a is not None and any(r.title == title and r.active(doc.date) for r in a.roles):
                return a
        return None

    def _surnames(self, doc: Doc, provisional: dict[str, Actor]) -> None:
        present = {m.entity.id for m in doc.mentions}
        extra: list[Mention] = []
        taken = [(m.start, m.end) for m in doc.mentions]
        for w in doc.spans.get("weak", ()):
            if w.data["actor"] in present and not any(w.start < e and s < w.end for s, e in taken):
                a = self.kb[w.data["actor"]]
                s, e = doc.sent_span(w.start)
                extra.append(Mention(Evidence.of(doc.text, s, e), a.entity, doc.text[w.start:w.end],
                                     w.start, w.end, "surname"))
                taken.append((w.start, w.end))
        for actor in provisional.values():
            first = min((m.end for m in doc.mentions if m.entity.id == actor.id), default=None)
            if first is None:
                continue
            for al in actor.aliases:
                if al.kind != "surname":
                    continue
                key = re.escape(normalize_str(al.text))
                pre = "(?:[وفبلك]{0,2})" if al.lang == "ar" else ""
                for mm in re.finditer(rf"(?<!\w){pre}({key})(?!\w)", doc.norm.text):
                    s, e = doc.norm.to_original(mm.start(1), mm.end(1))
                    if s < first or any(s < te and ts < e for ts, te in taken):
                        continue
                    if al.lang == "en" and not doc.text[s:s + 1].isupper():
                        continue
                    ss, se = doc.sent_span(s)
                    extra.append(Mention(Evidence.of(doc.text, ss, se), actor.entity, doc.text[s:e], s, e,
                                         "surname"))
                    taken.append((s, e))
        if extra:
            doc.mentions = sorted(doc.mentions + extra, key=attrgetter("start"))


def _scope(kb: KnowledgeBase, m: Mention) -> tuple[str | None, str | None]:
    a = kb.get(m.entity.id)
    if m.entity.type == "country":
        return m.entity.id, None
    if a is not None and a.stands_for:
        return a.stands_for, None
    return None, m.entity.id


def _mention_after(doc: Doc, mentions: list[Mention], pos: int) -> Mention | None:
    """The first mention at or after ``pos`` (``mentions`` in text order), if only a short gap precedes it."""
    i = bisect_left(mentions, pos, key=_start)
    if i == len(mentions):
        return None
    m = mentions[i]
    gap = doc.text[pos:m.start]
    if len(gap) > 12 or "\n" in gap:
        return None
    if not gap.strip() or _GAP_AFTER.match(gap) or gap.strip() in ("ل", "لـ"):
        return m
    # a proclitic attached to the name: "لحلف" ... handled by the gap rule; "لفرنسا": gap " ل"
    if _CLINGING_GAP.fullmatch(gap):
        return m
    return None


def _start(m: Mention) -> int:
    return m.start


def _mention_before(doc: Doc, mentions: list[Mention], pos: int) -> Mention | None:
    best = None
    for m in mentions:
        if m.end > pos:
            break
        best = m
    if best is None or pos - best.end > 4:
        return None
    return best if _GAP_BEFORE.match(doc.text[best.end:pos]) else None


def _person_at(doc: Doc, starts: dict[int, Mention], pos: int) -> Mention | None:
    for gap in range(0, 3):
        m = starts.get(pos + gap)
        if m is not None and doc.text[pos:pos + gap].strip(" \t،,") == "":
            return m if m.entity.type == "person" else None
    return None


def _definite(text: str, hstart: int, lang: str, start: int | None = None) -> bool:
    """Whether the title phrase starting at ``hstart`` is definite: "الرئيس", "the president", "the Ukrainian
    leader" (the article before the whole phrase, from ``start``)."""
    if lang == "ar":
        return normalize_str(text[hstart:hstart + 2]) == "ال"
    start = hstart if start is None else start
    return text[max(0, start - 4):start].lower().endswith("the ")


def _capture_name(text: str, pos: int, lang: str) -> tuple[int, int] | None:
    """A personal name right after ``pos``: 2-4 Arabic words, or 1-4 capitalised English words."""
    m0 = _COMMA.match(text[pos:pos + 4])
    if m0:
        pos += m0.end()
    if lang == "ar":
        toks = []
        p = pos
        while len(toks) < 4:
            m = _AR_TOKEN.match(text, p)
            if not m or "\n" in text[p:m.start(1)]:
                break
            w = normalize_str(m.group(1))
            if w in AR_STOP or any(c.isdigit() for c in w) or not any("\u0621" <= c <= "\u064a" for c in w):
                break
            if any(c in "\u064b\u064c\u064d" for c in m.group(1)):
                break  # a word with tanwin is no name: "أصدر مكتب رئيس الوزراء بيانًا"
            if w.startswith("ال") and not (toks and toks[-1][2] in ("عبد", "ابو")):
                break
            toks.append((m.start(1), m.end(1), w))
            p = m.end(1)
            if len(toks) >= 2 and w not in AR_NAME_PARTICLES and toks[-2][2] not in AR_NAME_PARTICLES:
                break
        if len(toks) < 2:
            return None
        return toks[0][0], toks[-1][1]
    toks = []
    p = pos
    while len(toks) < 4:
        m = _EN_TOKEN.match(text, p)
        if not m:
            break
        w = m.group(1)
        if w[0].islower():
            if w in EN_NAME_PARTICLES and toks:
                toks.append((m.start(1), m.end(1), w))
                p = m.end(1)
                continue
            break
        if w.rstrip(".,") in EN_STOP:
            break
        toks.append((m.start(1), m.end(1), w))
        p = m.end(1)
    while toks and toks[-1][2] in EN_NAME_PARTICLES:
        toks.pop()
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    while e > s and text[e - 1] in ".’'":
        e -= 1
    return s, e


# An English personal name: two to four capitalised words (with name particles between them), none of them a
# word that starts sentences, a title or the noun of an institution ("The Foreign Ministry said" names no one).
# (The runs of lower-case letters are possessive, [a-z]++: what may follow one, in the name or after it in the
# patterns below, is never such a letter, so giving letters back could not make a match; at each capitalised
# word of a text that starts no name, the engine would give them back one at a time.)
_EN_NAME = r"[A-Z][a-z]++(?:[-’'][A-Z]?[a-z]++)?(?:[ \t]+(?:(?:bin|al|el|de|van|von|der|da|del|la|le)[ \t]+)?" \
           r"(?:(?:al|el|ad|an|ar|as|ash|at|az|abu)-)?[A-Z][a-z]++(?:[-’'][A-Z]?[a-z]++)?){1,3}"  # "Taher al-Nunu"
# the speech verbs the quote extractor reads
_SPEECH = "(?:" + "|".join(sorted(EN_SPEECH_VERBS, key=len, reverse=True)) + r")\b"
# A name that speaks: "Hassan Abbas said", '..." said Hassan Abbas.' (the name in group 1). Two patterns, each
# starting with a class of characters (a capital; a comma or a closing quote) that the regex engine skips to,
# where the alternation of the two was tried at every position of the text; :func:`_leftmost` gives the matches
# that ``finditer`` of that alternation would give. (The capital that starts the name is not preceded by a
# letter, digit or ``’'.-``: the look-behind, written after the capital, looks at the character before it.)
_NAME_SAYS = re.compile(
    rf"([A-Z](?<![\w’'.-][A-Z]){_EN_NAME[len('[A-Z]'):]})"
    rf"(?:,[ \t]+(?:a|an|the)[ \t]+[^,.;:\"“”\n]{{3,80}},)?"  # "Hassan Abbas, a political analyst in Ramallah, said"
    rf"[ \t]+(?:(?:also|later|earlier|then|again|separately)[ \t]+)?{_SPEECH}")
_SAYS_NAME = re.compile(rf"[,”\"][ \t]*(?:said|says|added|wrote)[ \t]+({_EN_NAME})(?=[ \t]*[,.;])")
assert _EN_NAME.startswith("[A-Z]")


def _leftmost(first: re.Pattern, second: re.Pattern, text: str):
    """(1 or 2, match) of each match of ``first|second`` in ``text``, as ``finditer`` of the alternation gives them
    (leftmost first, none overlapping), for two patterns that never match at the same place (they start with
    different characters) nor match an empty string."""
    m1, m2 = first.search(text), second.search(text)
    while m1 is not None or m2 is not None:
        if m2 is None or (m1 is not None and m1.start() < m2.start()):
            m, which = m1, 1
        else:
            m, which = m2, 2
        yield which, m
        end = m.end()
        # a pending match that starts before the end of this one overlaps it: the next one from there
        if m1 is not None and m1.start() < end:
            m1 = first.search(text, end)
        if m2 is not None and m2.start() < end:
            m2 = second.search(text, end)
_NOT_A_NAME = frozenset("""Foreign Ministry Ministries Minister Office Council Committee Commission Agency
Department Army Forces Force Party Union Court Bank Fund Group Brigades Brigade Movement Front Authority Government
House Palace Embassy Service Services Corps Guard Guards Police Parliament Assembly Senate Congress News Times Post
Press Organization Organisation Association Institute Center Centre University Foundation Company Corporation
Crescent Cross Nations Board Cabinet Kremlin Pentagon Secretariat Presidency Command Staff Delegation
Mission Spokesman Spokeswoman Spokesperson Officials Official Sources Source Diplomats Diplomat Leader Leaders
President Prime Chancellor Secretary General Ambassador Envoy Senator Governor Mayor King Queen Prince Emir Sheikh
Pope Chief Director Commissioner Speaker Chairman Chair Deputy Vice Analyst Analysts Professor Prof Doctor
Colonel Lieutenant Captain Admiral Sergeant Major Lord Lady Sir Dame Saint St Street Square Road Avenue
North South East West Northern Southern Eastern Western Central Gulf Middle Arab European African Asian
Islamic Jewish Christian Palestinian Palestinians Israeli Israelis American Americans British French German
Russian Ukrainian Turkish Egyptian Qatari Saudi Emirati Jordanian Iranian Lebanese Syrian Iraqi Chinese
Gaza Strip Sea Ocean Washington Brussels Cairo Doha Moscow Kyiv Kiev London Paris Berlin Ankara Tehran
Statement Report Reports Reporters Witnesses Residents Medics Hospital Democrat Democrats Republican Republicans
Conservative Conservatives Labour Liberal Liberals Socialist Green Greens Independent""".split()) | EN_STOP  # (and the days)


_ROLE_BEFORE = re.compile(r"\b(?:official|officer|negotiator|lawmaker|legislator|commander|adviser|advisor|aide|"
                          r"analyst|activist|member|leader|researcher|expert)[ \t]+\Z")
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) $")


def _speaking_names(doc: Doc, provisional: dict[str, Actor], mentions: list[Mention]) -> list[Mention]:
    """Unknown people who speak in an English text ("Hassan Abbas said", "Hassan Abbas, a political analyst in
    Ramallah, said", '..." said Hassan Abbas.'): provisional actors without a role, so their words have a
    speaker and their surname links to them later (a name the knowledge base knows is a mention already)."""
    text = doc.text
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for g, m in _leftmost(_NAME_SAYS, _SAYS_NAME, text):
        s, e = m.span(1)
        name = m.group(1)
        words = name.split()
        if any(w in _NOT_A_NAME or w.split("-")[0] in _NOT_A_NAME for w in words):
            continue
        if any(s < te and ts < e for ts, te in taken):
            continue  # (part of a known name, a title or a place)
        if g == 1 and s > 0 and text[max(0, s - 2):s].strip()[-1:].isalpha() \
                and _ROLE_BEFORE.search(text, max(0, s - 20), s) is None:
            continue  # "... of the Foreign Policy Council said": a name starts a phrase, not in its middle
            # (but a role noun may stand before it: "Hamas official Taher al-Nunu said")
        actor = _provisional(doc, provisional, name, "en", "", None, None)
        ss, se = doc.sent_span(s)
        out.append(Mention(Evidence.of(text, ss, se), actor.entity, name, s, e, "provisional"))
        taken.append((s, e))
    return out


def _provisional(doc: Doc, provisional: dict[str, Actor], name: str, lang: str, title: str,
                 country: str | None, org: str | None) -> Actor:
    aid = "p-" + _slug(name)
    actor = provisional.get(aid)
    if actor is None:
        from ..kb import Alias

        parts = name.split()
        aliases = [Alias(name, lang)]
        if len(parts) >= 2:
            aliases.append(Alias(parts[-1], lang, "surname"))
        actor = Actor(id=aid, type="person", name=name if lang == "en" else name,
                      name_ar=name if lang == "ar" else None, aliases=aliases,
                      roles=[Role(title, country, org)], country=country, provisional=True)
        provisional[aid] = actor
    return actor
