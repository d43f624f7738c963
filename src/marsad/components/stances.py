"""Component ``marsad.stances.v1``: who stands where on the case's topics.

A position cue (أيد، دعم، رحب، أصر على، فضل، عارض، رفض، تحفظ، استبعد، أبدى انفتاحه، لم يستبعد؛ support, back,
welcome, insist, prefer, oppose, reject, rule out, signal openness, not rule out ...) in a clause gives a
``stance`` for each actor of its subject (the coordinated group right after an Arabic verb, or right before
the cue) on the topic its clause names through the case's cue words. A negation turns support into
opposition and opposition into openness ("لم يستبعد", "did not rule out"). A clause that names no topic
("عارضت بولندا واليونان وإيطاليا ذلك", "Italy rejected this") takes the topic of the clause before it.
A quotation whose words take a position ("نسعى إلى وقف إطلاق النار", "we need strong guarantees") gives a
stance to its speaker. A person's stance is also given to the state they speak for.

Beyond the verb and its nearest topic:
- subjects: a pair noun ("both hosts", "الزعيمان", "البلدان") names the pair the article joins with "and";
  a coordinated second verb ("فهي ترفض ... وترفض"), a pronoun, "it", a relative ("الذي عارض", "which
  would") and an elided English subject ("but rejected") are resolved; prepositional objects, datelines,
  places inside names ("إعلان باريس") and names inside topic phrases ("نزع سلاح حماس") are not subjects;
- topics: anaphors declared by the case ("the force", "القوة"), a bare "الخطة"/"the plan" naming the plan
  spoken of last, topics joined by "and", "through", "including", "and to ...", "a force that would ...";
  a topic that only dates the position ("after a ceasefire") is skipped, and what a refusal waits for
  ("until Hamas gives up its weapons") is supported;
- objects that are not topics: a cited provision ("عارض هذا البند") bears on the topics the case relates to
  it; another actor's position ("أيدت فنلندا موقف برلين") copies that actor's stances;
- judgements ("a legitimate target", "سيقوض فرص السلام") oppose what they judge; in quotes, modals
  ("must", "يجب") and requirements ("لن يصمد أي سلام ما لم ...") support their topic;
- reach: a hal or participle of saying ("، مؤكدًا أن"، "، مضيفًا"، ", adding that") ends a cue whose object is a
  verb ("لن تسمح للكرملين بأن ...", "مستعدة لنشر") or whose topic is named; readiness for an act of its own
  ("مستعدة للتفاوض") or with an object of its own ("مرونة في ما يخص المحطة") takes no topic spoken of before;
  an actor that refuses a topic and offers a lesser part in the same sentence ("لن ترسل قوات، لكنها مستعدة
  للمساهمة في التدريب") takes the refusal's side;
- conditions: a condition put first ("«من دون ضمانات ... لن تنتهي الحرب»") and the one condition set ("but only
  once a ceasefire was agreed", "إلا بعد") are asked for; a demand to remove a provision ("طالب بحذف البند
  الثامن") is against it;
- pledges: a pledge of troops (the pledges component runs first) supports the topic the case gives troops,
  for an actor that states no position on it (not a threat: "حذّر من أن القوات ستواصل التقدم").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter

from ..case import Case, expand_cue, load_case
from ..text.normalize import normalize_pattern as _re, normalize_str
from ..text.wordscan import find_all
from ..doc import Doc, SpanSet
from ..facts import Entity, Evidence, Mention, Stance
from ..kb.matcher import AliasMatcher
from . import stance_rules as R
from .lexicon import case_lexicon
from .clauses import (DEMONSTRATIVES, NEGATORS, Cue, Guarded, actor_group, back_references, can_hold_position,
                      clauses, ending, speakers_of, starting as _starting)

_FLIP = {"support": "oppose", "oppose": "open", "open": "oppose", "judge": "open", "praise": "open"}
_JUDGES = ("judge", "praise")
# Welcoming the failure of a thing is opposing it.
_DOWNFALL_AR = Guarded(re.compile(r"(?:^|\s)ب(?:تعثر|فشل|سقوط|إسقاط|اسقاط|انهيار|إفشال|افشال|إلغاء|الغاء)\b"),
                       ("تعثر", "فشل", "سقوط", "إسقاط", "اسقاط", "انهيار", "إفشال", "افشال", "إلغاء", "الغاء"))
_DOWNFALL_EN = re.compile(r"\s*(?:the\s+)?(?:failure|collapse|demise|shelving|scrapping|defeat)\s+of\b", re.I)
_AR_PRONOUNS = {normalize_str(w) for w in ("وهو", "وهي", "فهو", "فهي", "هو", "هي", "وهم", "هم", "لكنه", "لكنها",
                                           "إنه", "إنها", "أنه", "أنها")}
_AUX_AR = {normalize_str(w) for w in ("لا", "لم", "لن", "تزال", "يزال", "زالت", "زال", "تظل", "يظل", "قد", "كانت",
                                     "كان", "باتت", "بات")}  # not "ما": "وهو ما رفضه زيلينسكي" is a relative
_LIGHT = Guarded(re.compile(_re(r"(?<![^\W\d_])[وف]?(أبدى|أبدت|أبدوا|أبديا|أبدتا|أعرب|أعربت|أعربوا|أعربا|أعربتا|جدد|جددت|جددوا|"
                        r"جددا|جددتا|أكد|أكدت|أكدوا|أكدا|أكدتا|أعلن|أعلنت|أعلنوا|أعلنا|أعلنتا)"
                        r"(?![^\W\d_])")), [_re(w) for w in ("أبد", "أعرب", "جدد", "أكد", "أعلن")])
_HIS_COUNTRY = Guarded(re.compile(_re(r"(بلاده|بلادها|بلادهم|his country|her country|their country)")),
                       (_re("بلاده"), "country"))


_JOINED_LIST = re.compile(r"^[\s،,]*(?:إلى|الى|وإلى|والى) جانب\s+(?:\S+\s+)?$|^[\s،,]*و?مع\s+(?:\S+\s+)?$")


_INCLUDING = re.compile(r"^[^.;:؛]{0,30}?[,،]?\s*(?:including|notably|such as|بما في ذلك|بما فيها|بما فيه|ومنها|"
                        r"لا سيما|ولا سيما|خاصة)\s+(?:\S+\s+){0,3}$")
_RELATIVE_BEFORE = Guarded(re.compile(r"[\s،,]*(?:(?<![^\W\d_])(?:الذي|التي|الذين|اللذان|اللتان)|\b(?:who|which|that))"
                              r"(?:\s+(?:(?:قد|كان|كانت|had|has|have|was|were|is|long|also|repeatedly|not|never|would|will|could|can|"
                              r"may|might|should|must|did|does|do|لم|لا|threatened|threatens|vowed|vows|promised|tried|sought|"
                              r"wants|wanted|continues|continued|to|already|again)\b))*\s+$"),
                           ("الذي", "التي", "اللذان", "اللتان", "who", "which", "that"))
_PARTICIPLE_PREP = re.compile(r"(?<![A-Za-z'])[A-Za-z]+(?:ed|ing)\s+(?:about|on|with|to|by)\s+(?:the\s+)?$")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_REL_OPEN = re.compile(r"[،,]\s*(?:(?<![^\W\d_])(?:الذي|التي|الذين|اللذان|اللتان|اللواتي)|\b(?:which|who|whose))(?![^\W\d_])")
_AMONG = re.compile(r"[,،]\s*(?:among them|among whom|including|(?:و?من )?بينها|(?:و?من )?بينهم|ومنها|ومنهم)\s+")
_PROVIDES = Guarded(re.compile(r"\b(?:required?|requires|said|says|provides?|provided|stipulates?|stipulated|would|foresees?|"
                       r"calls? for|called for|obliges?|bars?|barring)\b|(?<![^\W\d_])(?:ينص|تنص|نص|نصت|يلزم|تلزم|يقضي|تقضي|"
                       r"قضى|يحدد|تحدد|يحظر|تحظر|يمنع|تمنع|يدعو|تدعو)(?![^\W\d_])"),
                    ("require", "said", "says", "provide", "stipulate", "would", "foresee", "call", "oblige", "bar",
                     "نص", "لزم", "قضي", "قضى", "حدد", "حظر", "منع", "دعو"))
# the same verbs before the provision they open ("وينص البند الخامس عشر على أن"; the text as written)
_PROVIDES_FIRST = re.compile(r"(?<![^\W\d_])[وف]?(?:ينص|تنص|نص|نصت|يلزم|تلزم|يقضي|تقضي|قضى|يحدد|تحدد|يحظر|تحظر|يمنع|"
                             r"تمنع|يدعو|تدعو)\s+$")
_AND_TO = re.compile(r"^(?:\s+[^\s.,;:]+){0,3}?,?\s+and\s+to\s+[^.;:,]{0,45}$")
_AND = re.compile(r"\s*(?:and|و)\s*")  # (these two are read with fullmatch within the gap's bounds)
_GROUP_JOIN = re.compile(r"\s*(?:,|،|and|و)\s*(?:the\s+)?")
_PROVISION_POINTER = Guarded(re.compile(r"(?<![^\W\d_])(?:ب|ل|على\s)?(?:هذا|هذه|هذين|هاتين|ذلك|تلك)\s+(?:ال)?(?:بند|بندين|نقطة|نقطتين|"
                                r"فقرة|بنود|نقاط)(?![^\W\d_])|\b(?:this|that|these|those|the)\s+(?:clause|point|provision|"
                                r"clauses|points|provisions)\b"),
                             ("بند", "بنود", "نقط", "نقاط", "فقرة", "clause", "point", "provision"))
_DUAL_POINTER = re.compile(r"هذين|هاتين|بندين|نقطتين|these|those|clauses|points|provisions")
_BARE_PLAN = {normalize_str(w.replace("_", " ")) for w in R.BARE_PLAN.split()}
_PLAN_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + normalize_str("خطة") + r"|مقترح|plan|scheme|proposal)"
                          r"(?:\s+[^\s.,،;:]+){0,3}?\s*[«\"“]?\s*$")
_PLAN_HEAD = re.compile(r"(?:" + normalize_str("خطة") + r"|مقترح|plan|scheme|proposal)(?![^\W\d_])")
# a counter-proposal is open on the plan spoken of last, a topic named as a plan, draft or framework
_COUNTER = {normalize_str(w) for p in R.COUNTER_PHRASES for w in expand_cue(p)}
_PLAN_NAMED = re.compile(r"(?<![^\W\d_])(?:" + "|".join(normalize_str(w) for w in (
    "خطة", "الخطة", "خطتها", "خطته", "مقترح", "المقترح", "اقتراح", "الاقتراح", "مسودة", "المسودة", "الصيغة", "الطرح")) +
    r"|plan|scheme|proposal|draft|framework|blueprint)(?![^\W\d_])")
_ELIDED = re.compile(r"^[\s,]*(?:but|and|yet)(?:\s+(?:also|then|later|again|firmly|flatly|has|had|have|is|was|are|were|"
                     r"remains|remained|would|will|still))*\s*$", re.I)
_AR_PREP = {normalize_str(w) for w in ("على", "إلى", "في", "من", "عن", "مع", "الى")}
_AR_PREP_W = _AR_PREP | {normalize_str(w) for w in ("وفي", "ومن", "وإلى", "وعلى", "ومع", "بين")}
_WITH = {normalize_str(w) for w in ("مع", "ومع")}
_LIGHT_NOUNS = {normalize_str(w) for w in ("إبداء", "تأكيد", "إعلان", "تجديد", "إعراب")}
# hal forms: "..., داعيًا إلى هدنة فورية" bears the subject of the sentence's main verb
_HAL = {normalize_str(w) for w in ("داعيا", "داعية", "داعين", "مطالبا", "مطالبين", "رافضا", "رافضين", "معارضا",
                                   "مرحبا", "مرحبة", "مرحبين", "مؤيدا", "محذرا", "محذرة", "محذرين",
                                   "مكتفيا", "مكتفية")}
_HAL_LIGHT = {normalize_str(w) for w in ("مؤكدا", "مؤكدة", "مؤكدين", "مجددا", "مجددة", "مجددين", "معلنا", "معلنة",
                                         "مبديا", "مبدية", "معربا", "معربة", "مشددا", "مشددة")}
_OPENER = re.compile(r"\s*(?:(?:و|ف)?(?:كما|ثم)\s+)?(?:و|ف)?")  # what may stand before a verb that opens its sentence
_PASSIVE = re.compile(r"[وف]?س?[يت]\u064f")  # a vocalised passive imperfect ("سيُموَّل", "تُفرض")
_SAID_AFTER = Guarded(re.compile(_re(r"[،,]\s*(?:(?:مؤكدا|مؤكدة|مؤكدين|مشيرا|مشيرة|مشيرين|موضحا|موضحة|مضيفا|مضيفة|"
                                    r"لافتا|لافتة|معتبرا|معتبرة|قائلا|قائلة|مشددا|مشددة)(?![^\W\d_])|"
                                    r"(?:saying|adding|noting|stressing|explaining|arguing)\b)")),
                     ("،", ","))
# "allow X to", "تسمح لـX بأن", "مستعدة لنشر": an object that is a verb or a verbal noun
_VERBAL_OBJECT = re.compile(r"\s+(?:(?:[^\s.,،:;؛]+\s+){0,2}?(?:بأن|بان|أن|ان|بألا|ألا|to)\s|ل(?!ل?(?:ه|ها|هم)\b)[^\W\d_]{3,})")
_ABOUT_OBJECT = re.compile(_re(r"(?:(?:في )?ما يخص|فيما يخص|بشأن|حول|إزاء|تجاه|on the question of|regarding|concerning|"
                               r"over the|on the issue of)\s+\S"))
# an English act of its own after an opening ("open to holding an election"; not "open to discussing" nor "open
# to joining", which take what was spoken of)
_OWN_GERUND = re.compile(r"(?!discussing|considering|negotiating|talking|exploring|examining|studying|joining|"
                         r"contributing|participating|taking|sending|deploying|backing|supporting)[a-z]{2,}ing", re.I)
_OWN_VERB_OBJECT = re.compile(r"(?:و?ل(?!ل?(?:ه|ها|هم|هذا|هذه|ذلك)\b)[^\W\d_]{3,})")
_LEAD_BREAK = re.compile(r"[.:؛;!?؟«»\"“”]")
_FRONT_OPENERS = {normalize_str(w) for w in ("إنه", "أنه", "بأنه", "وإنه", "وأنه", "that", "and", "but", "و")}
_CLAUSE_STOP = re.compile(r"[.;؛]")
_COMMA_THEN = re.compile(r"^[^.;؛]*?[،,]")
_ONLY_ONCE = Guarded(re.compile(_re(r"\bonly\s+(?:once|if|after|when)\b|(?<![^\W\d_])فقط\s+(?:بعد|إذا|اذا|عندما)\s|"
                                   r"(?<![^\W\d_])(?:إلا|الا)\s+(?:بعد|إذا|اذا|عندما)\s")),
                    ("only", _re("فقط"), _re("إلا"), "الا"))
_REMOVE = Guarded(re.compile(_re(r"(?<![^\W\d_])(?:ب|ل)?(?:حذف|يحذف|تحذف|الغاء|إلغاء|يلغى|تلغى|شطب|يشطب|إسقاط|اسقاط)"
                               r"(?![^\W\d_])|\b(?:remov|delet|scrap|strik)\w*|\bdrop(?:ping|ped|s)?\b")),
                  [_re(w) for w in ("حذف", "لغ", "شطب", "سقاط")] + ["remov", "delet", "scrap", "strik", "drop"])
_REMOVED_AFTER = re.compile(r"[^.;,]{0,12}?\b(?:be|was|were|is|are|being)\s+(?:removed|deleted|dropped|scrapped|struck)\b")
_THREAT = Guarded(re.compile(_re(r"(?<![^\W\d_])[وف]?(?:حذر|حذرت|حذروا|يحذر|تحذر|محذرا|محذرة|توعد|توعدت|هدد|هددت|"
                               r"يهدد|تهدد)(?![^\W\d_])|\b(?:warn|warned|warns|warning|threaten|threatened|threatens)\b")),
                  [_re(w) for w in ("حذر", "توعد", "هدد")] + ["warn", "threat"])
_NOT_ALLOWED = re.compile(r"\b(?:will not|won't|would not|wouldn't|cannot|can't|could not|couldn't|must not|does not|"
                          r"doesn't|did not|didn't|never|not)\s+(?:allow|let|permit)\s+(?:[^\s,.;:]+\s+){1,4}?"
                          r"(?:to\s+)?(?:\w+\s+)?$", re.I)
_BEFORE_WORDS = {normalize_str(w) for w in ("before", "قبل")}
_TAKE_PART = re.compile(r"(?:^|\s)(?:to )?(?:take part|participate|join in|contribute|المشاركه|بالمشاركه)\b")
_UNTIL_RE = re.compile(r"until|unless|before|" + "|".join(normalize_str(w) for w in ("حتى", "لحين", "ريثما", "قبل", "طالما",
                                                                                      "ما لم")))
_OBJECT_PREP = {normalize_str(w) for w in ("على", "إلى", "الى", "to", "on", "for", "with")}
_UNTIL = {normalize_str(w) for w in ("until", "unless", "before", "حتى", "لحين", "ريثما", "قبل", "طالما", "مالم")}
_TEMPORAL = {normalize_str(w) for w in ("after", "once", "until", "before", "following", "moment", "when", "بعد", "فور",
                                         "عقب", "قبل", "حتى", "لحين", "إثر", "بمجرد", "حين", "عندما")}
# "..., an idea Moscow rejects", "وهو ما ترفضه كييف": the topic before is the object of the cue after
_RELATIVE = Guarded(re.compile(r"[,،—–]\s*(?:(?:an?|the|one|this)\s+)?(?:idea|proposal|step|move|plan|something|demand|formula|"
                       r"which)\b"
                       r"|(?:وهو|وهي|وهذا) (?:ما|أمر)|الأمر الذي|(?:وهو|وهي) الأمر"),
                    ("idea", "proposal", "step", "move", "plan", "something", "demand", "formula", "which",
                     "وهو", "وهي", "وهذا", "الأمر الذي"))
_POSITION_OF = Guarded(re.compile(r"(?<![^\W\d_])(?:ب|ل)?(?:ال)?(?:موقف|مواقف|رأي|وجهة نظر)\s*"
                                  r"|\b(?:the\s+)?(?:position|stance|view|line)\s+of\s+(?:the\s+)?"),
                       ("موقف", "مواقف", "رأي", "وجهة نظر", "position", "stance", "view", "line"))
_POSITION_EN = re.compile(r"\b(?:position|stance|line)\b")  # "the Israeli position", "Berlin's stance"
_WHAT_IT_DOES = re.compile(r"^\s*(?:(?:that|which)\s+(?:would|will|could|is to|are to|should)?\s*"
                           r"|(?:التي|الذي)?\s*(?:ت|ي|ست|سي)(?:تولى|قوم ب|عمل على|تكفل ب)\s*)$")
def _strictly_inside(pos: int, spans) -> bool:
    """Inside a span but not at its start ("pull back its troops": not 'back')."""
    i = bisect_left(spans, (pos, 1 << 30))  # topics do not overlap: only the one starting before can hold pos
    return i > 0 and spans[i - 1][0] < pos < spans[i - 1][1]


_OWNER_GAP = re.compile(r"(?:'s|’s)?\s+")  # "Egypt's proposal", "the Swedish offer"
_FILED = re.compile(r"[^.\n]{0,30}?[—–]")  # what follows the place of a dateline
_DETERMINER = re.compile(r"\b(?:the|an?)\s+$", re.I)  # "the agreed line": no verb of position
def _first_match(pattern: re.Pattern, text: str, starts: list[int], pos: int):
    """``pattern.search(text, pos)`` for a pattern whose matches can only start at ``starts`` (sorted): the first
    of them from ``pos`` on where it matches (a match, like a search, sees the text before where it starts)."""
    for i in starts[bisect_left(starts, pos):]:
        m = pattern.match(text, i)
        if m is not None:
            return m
    return None


def _dateline(doc: Doc, m) -> bool:
    """"RIYADH —", "KYIV, Ukraine (wire) —": a place that only says where the story was filed."""
    return m.entity.type == "place" and _FILED.match(doc.text[m.end:m.end + 32]) is not None


# "insisted that the plan cannot be imposed", "شدد على أنه لا يجوز فرض الخطة": what is asked for is that it not be
_NEG_MODAL = re.compile(_re(r"\b(?:cannot|can't|can not|must not|mustn't|should not|shouldn't|may not|must never|"
                            r"should never|can never)\b|(?<![^\W\d_])(?:لا يمكن|لا يجوز|يجب ألا|ينبغي ألا|لا ينبغي|"
                            r"لا بد ألا|ألا|بألا)(?![^\W\d_])"))
# words of lack: to deny them is to ask for what they lack ("Europe must not be a spectator", "يجب ألا تكتفي بدور
# المتفرج")
_PRIVATIVE = re.compile(_re(r"\b(?:spectators?|bystanders?|sidelined?|sidelines|left out|excluded|shut out|ignored|"
                            r"without|over the heads?)\b|(?<![^\W\d_])(?:تكتفي|يكتفي|المتفرج|متفرج|متفرجة|متفرجين|تهميش|"
                            r"مهمشة|إقصاء|بمعزل|الهامش|تغييب|دون|بدون)(?![^\W\d_])"))
# the same said after the topic: "rebuilding cannot be held hostage to ...", "ألا تبقى الضمانات حبرًا على ورق"
_PRIVATIVE_AFTER = re.compile(_re(r"\b(?:held hostage|hostage to|on paper|a dead letter)\b|(?<![^\W\d_])(?:رهينة|رهينه|"
                                  r"مرهونة|مرهونا|حبرا على ورق|ورقية)(?![^\W\d_])"))
_START = attrgetter("start")


def _cited_at(doc: Doc, pos: int) -> list:
    """The provisions with a citation whose evidence holds ``pos`` (in no particular order), through an index
    of their evidence spans made once per document: by start, with the furthest end so far."""
    provisions = doc.facts.get("provision", [])
    index = doc.__dict__.get("_cited_index")
    if index is None or index[0] is not provisions or index[1] != len(provisions):
        cited = sorted((p for p in provisions if p.cited), key=lambda p: p.evidence.start)
        index = doc.__dict__["_cited_index"] = (provisions, len(provisions), cited, [p.evidence.start for p in cited],
                                                list(accumulate((p.evidence.end for p in cited), max)))
    _, _, cited, starts, reach = index
    out = []
    for k in range(bisect_right(starts, pos) - 1, -1, -1):
        if reach[k] <= pos:
            break  # no evidence from here back ends after ``pos``
        if pos < cited[k].evidence.end:
            out.append(cited[k])
    return out


def _last_person(ms: list, upto: int):
    """The last mention of a person starting before ``upto`` (``ms`` in text order), or None."""
    for k in range(bisect_left(ms, upto, key=_START) - 1, -1, -1):
        if ms[k].entity.type == "person":
            return ms[k]
    return None
_LIMIT = {normalize_str(w.replace("_", " ")) for w in R.LIMIT.split()}
_MASCULINE = {normalize_str(w) for w in R.MASCULINE_NAMES.split()}
_PRESS = set(R.PRESS.split())
_THAT_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[a-z]+\s+){0,2}$")
_TIE_LINK_EN = re.compile(r"\s+(?:to|on|with)\s")  # "tied X to Y", "conditioned X on Y"
_TIE_LINK_AR = re.compile(r"(?<![^\W\d_])ب(?!شأن|ين|عد|ما|قي|كل|شكل|صفت|وصف|ه\b|ها\b)[^\W\d_]{2,}")  # "بنزع", "بتحقيق"
_OBLIGED = re.compile(r"\b(?:should|must|ought to|has to|have to|needs to|need to)\s+(?:\w+ly\s+)?$")
_REPORTED = re.compile(r"\b(?:said|says|added|adds|adding|insisted|insists|argued|argues|told\s+[\w ]{1,30}?)\s+(?:that\s+)?"
                       r"|\band\s+that\s+")
_PRESSED_TO = re.compile(r"\s+(?:[\w.'’-]+\s+){1,4}?to\s+[a-z]")  # "pressed Kyiv to sign", "pressing the allies to"
# the verbs of adopting a text and the texts, as the view spells them: (verbs, texts) per language
_ADOPTING = {lang: tuple(tuple(normalize_str(w) if lang == "ar" else w for w in words.split()
                               if (w[0] > "z") == (lang == "ar"))
                         for words in (R.ADOPT_VERBS, R.ADOPTED_TEXTS)) for lang in ("ar", "en")}
# the body's verb, then the text: in Arabic past the subject and adverbials ("أقر مجلس الجامعة، في ختام دورته،
# قرارًا"), in English within a few words ("adopted a non-binding resolution")
_ADOPTED = {
    "ar": re.compile(r"(?<![^\W\d_])[وف]?(?P<verb>" + "|".join(_ADOPTING["ar"][0]) + r")(?![^\W\d_])[^.\n]{0,160}?"
                     r"(?<![^\W\d_])(?:" + "|".join(_ADOPTING["ar"][1]) + r")(?![^\W\d_])"),
    "en": re.compile(r"\b(?P<verb>" + "|".join(_ADOPTING["en"][0]) + r")\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
                     + "|".join(_ADOPTING["en"][1]) + r")\b"),
}
_ADOPTED_REF = re.compile(r"(?<![^\W\d_])(?:" + "|".join(normalize_str(w.replace("_", " "))
                                                         for w in R.ADOPTED_TEXT_REFS.split()) + r")(?![^\W\d_])")
# where the text spoken of again is its sentence's subject: first (after "but", "and"), or right after the
# Arabic verb that opens the sentence ("وشدد القرار", "كما طالب البيان")
_SUBJECT_SLOT = re.compile(r"\s*(?:(?:but|and|yet)\s+)?|\s*(?:[وف]?(?:كما|ثم)\s+)?[^\W\d_]+\s+")
_CALL_PAST = {normalize_str(w) for w in R.AR_CALL_PAST.split()}
_RELUCTANT = {normalize_str(w.replace("_", " ")) for w in R.RELUCTANT.split()}
_SHARE = {normalize_str(w.replace("_", " ")) for w in R.SHARE.split()}
_GOALS = {normalize_str(w) for w in ("goal", "aim", "ambition", "bid", "الهدف", "الطموح", "المسعى")}
_ANY_OBJECT = re.compile(r"(?:على|ل|to)\s+(?:أي|اي|any|all)\s")
_RENOUNCE_AFTER = re.compile(_re(r"\s+(?:to\s+)?(?:renounce|abandon|give up|drop|forgo)\b|\s+(?:التخلي|التنازل)(?![^\W\d_])"))
_PRECONDITION = re.compile(_re(r"(?<![^\W\d_])(?:شرطا|شرط)\s*(?:مسبقا)?[»”\"]?\s*(?:ل|لأي|لاي)|"
                               r"\b(?:pre)?condition\s+for(?:\s+any)?\s*|\bprerequisite\s+for(?:\s+any)?\s*"))
_PARTIAL = re.compile(r"(?<![^\W\d_])(?:ل|ب)?(?:تجميد|تخزين)\s+$|\b(?:freez|stor)(?:e|es|ed|ing)\s+$")
# "لن تتخلى عن مسعى الانضمام إلى الناتو", "will never give up its NATO bid": refusing to give a thing up is holding
# on to it, unless the thing is land (then giving it up is the concession)
_GIVE_UP = re.compile(_re(r"(?:تتخلى|يتخلى|نتخلى|تتنازل|يتنازل|نتنازل|give|giving|surrender|abandon|drop|renounce)"))
_LAND = re.compile(_re(r"ارض|اراض|land|territor|inch|شبر|donbas|دونباس|crimea|القرم"))
# a judgement of giving a topic up ("أن تخلي كييف عن طموحاتها الأطلسية «شرط لا تراجع عنه»", "Kyiv abandoning
# its NATO bid is the only way"): what is judged is the topic's loss
_GIVEN_UP_BEFORE = re.compile(_re(r"(?:(?<![^\W\d_])(?:ب|ل|و)?(?:التخلي|تخلي|تتخلى|يتخلى|التنازل|تنازل)(?:\s+[^\s.,،]+){0,2}?\s+عن|"
                                  r"\b(?:abandon|abandoning|abandons|renounce|renouncing|renounces|give up|giving up|"
                                  r"gives up|drop|dropping|drops)(?:\s+[^\s.,]+){0,2}?)\s+$"))
_WARN = {normalize_str(w) for w in ("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "محذرا", "محذرة")}
_WARN_FROM = re.compile(_re(r"[^.،,:؛]*?(?<![^\W\d_])من\s+(ان\s|أن\s|انه|أنه)?"))
_NONE_WILL = re.compile(_re(r"(?:\bthere\s+(?:will|would|can|could|shall)\s+be\s+no|\b(?P<no>no)|(?<![^\W\d_])"
                            r"(?:لن يكون هناك|لن تكون هناك|لن يكون ثمة|لن تكون ثمة))\s+$"))
_WILL_AFTER = re.compile(r"\s+(?:\S+\s+){0,4}?(?:will|would|could|can|is going to|was going to)\s+(?:take place|happen|"
                         r"go ahead|begin|start|be allowed|be possible)\b")
# "the non-accession of Ukraine", "عدم انضمامها إلى الحلف": a topic denied by its own noun
# "an arrangement that lifted sanctions", "رفع العقوبات": a topic undone by the verb before it
_UNDONE = re.compile(r"\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|scrap|scraps|scrapped|scrapping)\s+"
                     r"(?:the\s+|all\s+|any\s+)?$|(?<![^\W\d_])(?:ب|ل|و)?(?:رفع|تخفيف)\s+$", re.I)
# "warned against any deal that would leave Ukraine without a credible deterrent", "رفض أي اتفاق من دون ضمانات":
# a topic wanted away is lacked
_NON = re.compile(r"(?<![^\W\d_])(?:و|ب|ل)?عدم\s+$|\bnon-$|\b(?:no|nor)\s+$"
                  r"|\bwithout\s+[\"“«]?(?:(?:a|an|any)\s+[\"“«]?)?$|(?<![^\W\d_])(?:من\s+)?ب?دون\s+[\"“«]?(?:(?:أي|اي)\s+)?$")
# topic cues that are acts ("give up land", "تتنازل عن أراضيها", "send troops"), not things ("the plan")
_ACTS = (r"cede|ceding|give|giving|surrender|withdraw|pull|send|sending|deploy|deploying|join|recognise|recognize|"
         r"تتنازل|يتنازل|نتنازل|تتخلى|يتخلى|نتخلى|تنسحب|ينسحب|ننسحب|تسحب|يسحب|نسحب|ترسل|يرسل|نرسل|تنضم|ينضم|تسلم|يسلم|نسلم|hand|"
         r"تشارك|يشارك|نشارك|تساهم|يساهم|نساهم|participate|contribute|تعمر|يعمر|rebuilt")
_ACT_TOPIC = re.compile(_re(r"(?:" + _ACTS + r")(?![^\W\d_])"))
_REFUSED = Guarded(re.compile(_re(r"(?:\b(?:will|would|could|can|shall|must|should|does|do|did)\s+(?:not|never)|\bnever|"
                                  r"n't|\bcannot|(?<![^\W\d_])(?:لن|لا|لم))\s+(?:(?P<act>" + _ACTS +
                                  r")(?:\s+[^\s,.،]+)?\s+(?:عن|من|up|from|out of)?\s*)?$")),
                   ("not", "never", "n't", _re("لن"), _re("لا"), _re("لم")))
# what a conditional offer asks to receive: "ready to consider alternatives if it gets binding guarantees",
# "مستعدة للنظر في بدائل إذا حصلت على ضمانات ملزمة", "مقابل ضمانات"
_RECEIPT = re.compile(_re(r"(?:\b(?:if|provided|once)\s+(?:\S+\s+){0,2}?(?:gets?|got|receives?|received|obtains?|obtained|"
                          r"is given|are given|was given)|\bin (?:exchange|return) for)\s+(?:\S+\s+){0,2}$"
                          r"|(?<![^\W\d_])(?:(?:إذا|اذا|شرط أن|بشرط أن|شريطة أن)\s+(?:\S+\s+){0,1}?(?:حصلت|حصل|حصلنا|نالت|"
                          r"تلقت|تلقى|توافرت|توفرت|قدمت لها|قدمت له)(?:\s+على)?|مقابل|في مقابل)\s+(?:\S+\s+){0,1}$"
                          r"|(?<![^\W\d_])(?:شرط|بشرط|شريطة)\s+(?:\S+\s+){0,2}$"
                          r"|\b(?:on (?:the )?condition of|conditional on|contingent on|conditioned on)\s+(?:\S+\s+){0,2}$"))
# a refusal said by a future negation right before an act ("تل أبيب لن تسحب جيشها", "Israel will not withdraw")
_WILL_NOT = re.compile(_re(r"(?:\b(?:will|would|shall)\s+(?:not|never)|\bwon't|\bwouldn't|\bnever|\bcannot|\bcan't|"
                           r"(?<![^\W\d_])لن)\s+(?:be\s+)?(?:(?P<act>" + _ACTS + r")(?:\s+[^\s,.،]+)?\s+(?:عن|من|up|from|out of)?\s*)?$"))
# readiness to give: "استعداد أوتاوا للمساهمة في القوة", "مستعدة للمشاركة في" (not "استعداد للتفاوض")
_READY_TO_GIVE = re.compile(_re(r"(?:\s+[^\s.,،؛]+){0,2}?\s+(?:لل|ل)(?:مساهمة|مساهمه|مشاركة|مشاركه|إرسال|ارسال|نشر|قيادة|"
                                r"قياده|تقديم|تمويل)(?![^\W\d_])"))
# "pull troops back", "stepped back from": "back" is a particle, not the verb of support
_PARTICLE_BACK = re.compile(r"(?i)backs?$")
_PHRASAL_BEFORE = re.compile(r"(?i)\b(?:pull|pulled|pulling|pulls|draw|drew|drawn|step|stepped|stepping|roll|rolled|"
                             r"rolling|scale|scaled|scaling|cut|fall|fell|falling|come|came|coming|go|went|going|bring|"
                             r"brought|hold|held|holding|push|pushed|pushing|send|sent|sending|get|got|set|look|looked|"
                             r"way|move|moved|moving)(?:\s+[a-z']+){0,2}\s+$")
_COPULA_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|be|been|being|'s|’s|comes|came|coming)\s+$")  # "is back"
_PREP_AFTER = re.compile(r"(?i)\s+(?:to|from|into|down|off|out|beyond|behind|towards?|home)\b")
# what a that-clause asks to be given up: "insist that Ukraine abandon its ambition to join NATO"
_ABANDON = re.compile(_re(r"\b(?:abandon|abandons|abandoned|abandoning|renounce|renounces|renounced|renouncing|"
                          r"relinquish|relinquishes|give up|gives up|giving up|drop|drops|dropping|forgo|forgoes|"
                          r"forsake)\b|(?<![^\W\d_])(?:تتخلى|يتخلى|التخلي|تخلي|تتنازل عن طموحها|التخلي عن)(?![^\W\d_])"))
# "X must be preceded by an agreement", "يجب أن يسبقه اتفاق": the modal asks for what comes first, not for X
_PRECEDED = re.compile(_re(r"\s*(?:(?:first\s+)?be\s+preceded|come\s+after|wait\s+(?:for|until)|"
                           r"(?:أن\s+)?(?:يسبقه|يسبقها|تسبقه|تسبقها|يسبق|تسبق|ينتظر|تنتظر))(?![^\W\d_])"))
# a cue in a condition: "needed a mandate before Jordan could endorse it", "إذا ... وافقت": no position yet
_CONDITION_BEFORE = Guarded(re.compile(_re(r"\b(?:before|until|unless|if|provided)\s+(?:[^\s,.;:]+\s+){0,3}?(?:could|"
                                           r"would|can|might)\s+$|(?<![^\W\d_])(?:قبل أن|إذا|اذا|ما لم|شرط أن|شريطة أن)\s+"
                                           r"(?:[^\s،,.]+\s+){0,2}$")),
                            [_re(w) for w in ("could", "would", "can", "might", "قبل أن", "إذا", "اذا", "ما لم", "شرط أن",
                                              "شريطة أن")])
# a cue inside a condition states no position of its subject yet: "until it accepts a ceasefire", "إذا وافقت موسكو"
_HYPOTHETICAL = re.compile(_re(r"\b(?:until|unless|if|once)\s+(?:[^\s,.;:]+\s+){0,3}?$|(?<![^\W\d_])(?:حتى|لحين|ريثما|"
                               r"إذا|اذا|لو|ما لم|في حال)\s+(?:[^\s،,.]+\s+){0,2}$"))
# "before agreeing to", "قبل الموافقة على": a step still to come
# "a video call on Tuesday": "called on" of a date is no appeal
_ON_A_DAY = re.compile(r"\s+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|"
                       r"Aug|Sep|Oct|Nov|Dec|the \d)")
_PREFER = re.compile(_re(r"(?:[وف]?(?:فضل|فضلت|فضلوا|يفضل|تفضل|مفضلا|مفضلة|تفضيل)|prefer)"))  # an alternative offered
_WITH_WAW = {normalize_str(w) for w in ("وحث", "وحثت")}
_ASKED_TO = re.compile(r"(?:\s(?:إلى|الى)\s+|\sب|\sto\s+)$")  # the end of "دعا موسكو إلى", "طالبها ب", "urged X to"
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")  # "... had 80 co-sponsors and urged"
# the same with the auxiliaries of a second verb ("expected a handover within weeks and would press Hamas to")
_AND_AUX_BEFORE = re.compile(r"\band(?:\s+(?:also|then|later|again|still|has|had|have|would|will|could|should|"
                             r"must|may|might|can))+\s+$")
_HE_AND_HIS = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+(?:his|her)\s+$")
_QUOTED = re.compile(r"«[^«»]{1,400}»|“[^“”]{1,400}”|\"[^\"“”«»]{1,400}\"")
_BEFORE_GERUND = re.compile(r"\b(?:before|without first)\s+$|(?<![^\W\d_])قبل\s+$")
# a new coordinated clause: "لن نقبل بأي وصاية أجنبية، وسلاحنا مرتبط بوجود الاحتلال"
_NEW_CLAUSE = re.compile(r"[^.;:؛]*?[،,]\s*(?:و(?=[^\W\d_])|and\b|but\b|ولكن|لكن)")
# "..., and dismissed European proposals": the verb shares the sentence's subject
_COMMA_AND = re.compile(r",\s*(?:and|but)(?:\s+(?:also|then|later|again|firmly|flatly|has|had|have|would|will|still))*\s+$")
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}$")
_POINTER_NOUNS = {normalize_str(w) for w in ("الطرح", "الفكرة", "الخطة", "العرض", "المقترح", "idea", "scheme", "proposal",
                                              "plan", "offer", "initiative", "المبادرة")}
# where a judged phrase begins: after "that", "أن", a colon
_COMPLEMENTIZER = re.compile(r"(?:(?<![^\W\d_])(?:أن|إن|بأن|وأن|وإن)|\b(?:that|said|says|warned|insisted))(?![^\W\d_])"
                             r"|[:؛;]")
_WITHOUT_BEFORE = re.compile(r"(?<![^\W\d_])(?:without|من دون|بدون|دون|بلا)\s+(?:\S+\s+){0,1}$", re.I)
_WITHOUT_START = re.compile(r"(?:without|من دون|بدون|دون|بلا)\s", re.I)
# a subject named by a pronoun or by a bare title ("he said", "قال الوزير", "the minister insisted")
_REFERRING = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|\b[Tt]he (?:minister|president|chancellor|prime minister|premier|envoy|"
                        r"spokesman|spokeswoman)\b|(?<![^\W\d_])(?:و|ف)?(?:الوزير|الرئيس|المستشار|المبعوث|المتحدث|"
                        r"هو|هي)(?![^\W\d_])")

# a reporting clause set off by commas before a verb of position ("Giving up land, he has repeated, is out of the
# question", "The plan, she said, was dead"): its pronoun is the holder
_ASIDE_HE = re.compile(r"[,—–]\s*([Hh]e|[Ss]he)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|again\s+|repeatedly\s+)?"
                       r"(?:said|says|added|adds|repeated|repeats|insisted|insists|argued|argues|stressed|stresses|"
                       r"warned|warns|noted|notes|told\s+[\w ]{1,30}?)\s*[,—–]\s*(?:\S+\s+){0,3}?$")

# small patterns of the readings below, compiled once
_PUNCT = re.compile(r"[.,،:;؛]")
_EN_PUNCT = re.compile(r"[.,;:]")
_SENTENCE_PUNCT = re.compile(r"[.;؛]")
_STOP_OR_QUOTE = re.compile(r"[.:؛;\"“”«»]")
_COMMA = re.compile(r"[،,]")
_COMMA_COLON = re.compile(r"[،,:]")
_COMMA_AND_ANY = re.compile(r"[،,]\s*(?:و|and\b)")
_AND_GAP = re.compile(r"^\s*(?:و|and\b)")
_JOIN_GAP = re.compile(r"^\s*(?:و|and\b|,|،)")
_AND_AFTER_GROUP = re.compile(r"(?:,\s*)?\band\s+(?:\w+\s+)?$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_WORD3 = re.compile(r"[^\W\d_]{3,}")
_WORD4 = re.compile(r"[^\W\d_]{4,}")
_WORD_CHAR = re.compile(r"\w")
_WORD_NEXT = re.compile(r"\s*[^\W\d_]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"[^\s.,،:;؛\"“”«»]+")
_THAT_FIRST = re.compile(r"\s*(?:\S+\s+){0,2}?(?:that|أن|بأن)\s")
_WHO = re.compile(r"[\s,]*who\b")
_ONE_WORD_BEFORE = re.compile(r"[\s\"“]*\w+\s+(?:the\s+)?")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|again\s+|also\s+|still\s+)?[a-z]+ing\b")
_NISBA_END = re.compile(r"(?:ي|يه|ية|يين|يون)$")
_QUOTE_SENTENCE_END = re.compile(r"[.!\n]")
_QUOTE_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
_QUESTION_WORD = re.compile(r"(?<![^\W\d_])(?:هل|أ?لم)\s")


def _add(out: list, seen: set, doc: Doc, ss: int, se: int, cue, actors, topic: str, polarity: str) -> None:
    """A stance of each of ``actors`` on ``topic``, once per actor, topic and polarity, with the sentence
    ``ss:se`` as evidence and the cue's words."""
    for ent in actors:
        if (ent.id, topic, polarity) not in seen:
            seen.add((ent.id, topic, polarity))
            out.append(Stance(Evidence.of(doc.text, ss, se), ent, topic, polarity, doc.text[cue.start:cue.end]))


def _itself(ent: Entity, topic: str) -> bool:
    """The body a topic is about ("board-of-peace", "international-stabilization-force")."""
    return ent.type != "country" and (ent.id == topic or ent.id.endswith("-" + topic))


_NOT_AFTER = re.compile(r"(?:n't|\s+not\b|\s+never\b|\s+(?:ألا|الا|أن لا|ان لا)(?![^\W\d_]))")
_THAT = re.compile(r"\s*(?:\S+\s+){0,2}?(?:that|أن|بأن|على أن|على أنه|أنه|بأنه|ألا|بألا)\s")
_THROUGH = re.compile(r"^(?:\s+[^\s.,،;؛:]+){0,3}?\s*(?:من خلال|عبر|بواسطة|through|via|by means of)\s*$")
_EN_PREP = {"from", "to", "in", "into", "on", "onto", "with", "for", "against", "by", "at", "towards", "about",
            "over", "barring", "among", "amongst"}
_RESUMPTIVE = {"فيها", "فيه", "بها", "به", "اليها", "اليه", "عليها", "عليه"}


def _demonstrative(word: str) -> bool:
    """"ذلك", "this", and with a clinging preposition "بهذا", "لذلك"."""
    w = word.strip(".,،")
    return w in DEMONSTRATIVES or w in _GOALS or (len(w) > 3 and w[0] in "بلو" and w[1:] in DEMONSTRATIVES)


class StanceExtractor:
    name = "marsad.stances.v1"

    def __init__(self, kb=None, options=None):
        self.kb = kb
        self.case = load_case(getattr(options, "case", None) or "ukraine-security-guarantees")
        self.lexicon = case_lexicon(self.case)
        # the pledge categories that are positions, with the topic each serves (see _from_pledges)
        self._pledge_positions = {c: self.case.pledge_topics[c] for c in self.case.pledge_stances
                                  if c in self.case.pledge_topics}
        # what a stance on a provision says about a topic: (plan, number) -> [(topic, relation)], kept to the
        # provision's own topics ("opposing point 8, which bars NATO troops, is supporting the force")
        self._bearing: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for r in self.case.relations:
            prov = self.case.plans[r.plan].provision(r.number)
            if prov is not None and r.topic in prov.topics:
                self._bearing.setdefault((r.plan, r.number), []).append((r.topic, r.relation))

    def __call__(self, doc: Doc) -> Doc:
        self._dated: dict[int, bool] = {}
        self._judged_without, self._judged_at = False, None
        self._wanted: list[str] = []
        self._last_subject: list[Entity] = []
        self._pointed: str | None = None
        out: list[Stance] = []
        if not self.case.topics:
            doc.facts["stance"] = out
            return doc
        topic_cues = self.lexicon.cues(doc, "topic")
        named = [(c.start, c.end, c.value) for c in topic_cues]
        self._topic_spans = {(c.start, c.end) for c in topic_cues}
        self._topic_cues = topic_cues  # (in text order)
        if any(c.key in _BARE_PLAN for c in topic_cues):
            named = self._bare_plans(doc, named)
        titles = [(t.start, t.end) for t in doc.spans.get("titles", ()) if t.data.get("actor")]
        if titles:
            # "رحب رئيس اللجنة الوطنية لإدارة غزة علي شعث بوصول القوة": a topic in a person's title names the
            # office the person holds, not what a position is taken on
            in_title = SpanSet(titles).covers
            named = [t for t in named if not in_title(t[0], t[1])]
        topics = self._with_anaphors(doc, named)
        # a name inside a topic is what the topic is about, not who takes a position ("نزع سلاح حماس",
        # "pressure on Russia", "يرحب بإنشاء مجلس السلام")
        inner = self._inside_topics(doc, named)
        cues = self.lexicon.cues(doc, "position")
        # a quoted fragment of a few words ('ستُعد “أهدافًا مشروعة”') is read with its sentence
        quoted = SpanSet([(q.start, q.end) for q in doc.quotes if q.direct and len(q.text.split()) > 4])
        holds: dict[str, bool] = {}  # can_hold_position by actor (it depends on the actor only)
        mentions = []
        for m in doc.mentions:
            ok = holds.get(m.entity.id)
            if ok is None:
                ok = holds[m.entity.id] = can_hold_position(m, self.kb)
            if ok and not quoted.holds(m.start) and (m.start, m.end) not in inner:
                mentions.append(m)
        mentions = self._with_pairs(doc, mentions)
        mentions = self._with_adopted_texts(doc, mentions)
        # "قال الحية إن الحركة ترفض", "the alliance will not": the organisation named before
        refs = [m for m in back_references(doc, doc.mentions, self.lexicon.cues(doc, "backref"), self.kb)
                if not quoted.holds(m.start) and not _strictly_inside(m.start, [(a, b) for a, b, _ in named])]
        if refs:
            mentions = sorted(mentions + refs, key=attrgetter("start"))
        named_spans = {(m.start, m.end) for m in mentions}  # topics that are also names
        seen: set[tuple[str, str, str]] = set()
        last_topic: tuple[int, str] | None = None
        inside_topic = [(a, b) for a, b, _ in named]
        english = doc.lang != "ar"
        has_cites = bool(doc.facts.get("provision"))
        cues = [c for c in cues if c.value != "none" and not quoted.holds(c.start)
                and not (english and c.value not in _JUDGES and _DETERMINER.search(doc.text, max(0, c.start - 6), c.start))
                and not (english and _PARTICLE_BACK.match(doc.text[c.start:c.end])
                         and (_PHRASAL_BEFORE.search(doc.text, max(0, c.start - 30), c.start)
                              or _PREP_AFTER.match(doc.text, c.end)
                              or _COPULA_BEFORE.search(doc.text, max(0, c.start - 12), c.start)))
                and not (english and c.key.endswith(" on") and _ON_A_DAY.match(doc.text, c.end))
                and not (english and c.key in _PRESS and not _PRESSED_TO.match(doc.text, c.end))
                and not (c.key in _WARN and not self._warned_against(doc, c))
                and not _strictly_inside(c.start, inside_topic)
                and not (has_cites and self._in_provision(doc, c))]
        # "يرفض رفضًا قاطعًا": the verbal noun after its verb only stresses it
        cues = [c for i, c in enumerate(cues) if not (i and cues[i - 1].value == c.value and c.value != "none"
                                                      and not doc.text[cues[i - 1].end:c.start].strip())]
        self._modals = [c.start for c in self.lexicon.cues(doc, "modal")]
        ties = [c for c in self.lexicon.cues(doc, "tie") if not c.negated]
        self._all_topics, self._topic_starts = topics, [t[0] for t in topics]
        self._cue_starts = [c.start for c in cues]
        self._titles = None  # title phrases by the positions right before them, made when first asked
        self._spoken = SpanSet([(q.start, q.end) for q in doc.quotes if q.speaker is not None])
        # where the rarer readings may apply: the hint words of each kind, from the case's one scan
        self._at: dict[str, list[int]] = {}
        for c in self.lexicon.cues(doc, "hint"):
            for kind in c.value.split("+"):
                self._at.setdefault(kind, []).append(c.start)
        # the cues and topics near which a rarer reading may apply, found once
        hypo = {c.start for c in cues if self._near(doc, c.start, 30, "hypo")
                and self._hypothetical(doc, c.start, 0)} if "hypo" in self._at else set()
        negators = "neg" in self._at  # (else no topic is near a negator: see _near)
        ti = ci = 0
        for si, (ss, se) in enumerate(doc.sents):
            if (ti >= len(topics) or topics[ti][0] >= se) and (ci >= len(cues) or cues[ci].start >= se):
                while ti < len(topics) and topics[ti][0] < se:
                    ti += 1
                continue  # nothing to read in this sentence
            made: list[tuple[int, int, object]] = []  # (first, end) of the stances each cue of the sentence made
            at = len(out)
            for cs, ce in clauses(doc, ss, se):
                clause_topics = []
                while ti < len(topics) and topics[ti][0] < ce:
                    if topics[ti][0] >= cs:
                        clause_topics.append(topics[ti])
                    ti += 1
                clause_cues = []
                while ci < len(cues) and cues[ci].start < ce:
                    if cues[ci].start >= cs:
                        clause_cues.append(cues[ci])
                    ci += 1
                self._prev = None  # (cue, its actors): the subject of a verb coordinated to it
                # the cues that are the object of a cue before them; the next cue bounds a cue's topics, unless it
                # is such an object, a word of a topic ("rule out sending troops") or in a condition
                objects = [self._complement(doc, c, clause_cues) for c in clause_cues]
                bounds = [ce] * len(clause_cues)  # where each cue's topics end
                for j in range(len(clause_cues) - 1, 0, -1):
                    c = clause_cues[j]
                    bounds[j - 1] = bounds[j] if objects[j] or c.start in hypo or \
                        any(t[0] <= c.start < t[1] for t in clause_topics) else c.start
                for k, cue in enumerate(clause_cues):
                    if len(out) > at:
                        made.append((at, len(out), clause_cues[k - 1] if k else None))
                        at = len(out)
                    if objects[k]:
                        continue  # "did not rule out joining the force": the verb before holds the position
                    nxt = bounds[k]
                    said = _SAID_AFTER.search(doc.norm.text, doc.norm.to_view(cue.end), doc.norm.to_view(nxt))
                    last = doc.text.rfind(" ", cue.start, cue.end)  # "مستعدة لنشر": the object in the cue
                    if said is not None and (_VERBAL_OBJECT.match(doc.text, last if last != -1 else cue.end,
                                                                  doc.norm.orig_index(said.start()))
                                             or any(cue.end <= t[0] and t[1] <= doc.norm.orig_index(said.start())
                                                    and (t[0], t[1]) in self._topic_spans for t in clause_topics)):
                        # "لن تسمح للكرملين بأن يملي على الحلفاء شروطه، مؤكدًا أن الحكومة خصصت ... لنشر قواتها",
                        # "ready to send troops, adding that ...": a cue whose object is a verb, or whose topic is
                        # named, does not reach past a hal or participle of saying (a noun object may be named by
                        # what is said: "رحب بنتائج الاجتماع، مؤكدًا أن بلاده تحتاج إلى ضمانات")
                        nxt = doc.norm.orig_index(said.start())
                    prv = clause_cues[k - 1].end if k else None
                    if cue.key in _SHARE:
                        # "Israel's government shares that view", "echoed Budapest's line": the position of the
                        # actors named before, or of the one named after
                        if not self._copy_position(doc, mentions, cue, cs, ce, ss, se, out, seen):
                            self._share_before(doc, mentions, cue, cs, ce, ss, se, out, seen)
                        continue
                    if self._copy_position(doc, mentions, cue, cs, ce, ss, se, out, seen):
                        continue  # "وأيدت فنلندا وإستونيا موقف برلين", "backed Germany's position"
                    if self._on_provision(doc, mentions, cue, cs, ce, ss, se, out, seen):
                        continue  # "أبدت فرنسا معارضتها للبند الثامن", "عارض الاتحاد الأوروبي هذا البند"
                    own = [t for t in clause_topics if (t[0], t[1]) not in named_spans or cue.value in _JUDGES
                           or not self._is_subject(doc, mentions, cue, t)]
                    topics_here = self._topics(doc, cue, own, last_topic, cs, ce, nxt, prv) \
                        if cue.key not in _COUNTER else self._countered(doc, mentions, cue, cs)
                    asked, self._wanted = self._wanted, []
                    if asked and (not cue.negated or cue.value == "oppose"):  # (also "لم يستبعد ... شرط")
                        # "مستعدة للنظر في بدائل إذا حصلت على ضمانات ملزمة": what the offer asks for
                        for topic in asked:
                            _add(out, seen, doc, ss, se, cue, self._actors(doc, mentions, cue, cs, ce), topic, "support")
                    if not topics_here and self._criticised_refusal(doc, cue, clause_cues[k + 1:], clause_topics, ce):
                        # "Jordan criticised Israel's refusal to withdraw", "انتقد الأردن رفض إسرائيل الانسحاب":
                        # against a refusal is for what is refused
                        c2 = clause_cues[k + 1]
                        nxt2 = clause_cues[k + 2].start if k + 2 < len(clause_cues) else ce
                        t = next(t for t in clause_topics if c2.end <= t[0] < nxt2 and not self._adjunct(doc, t))
                        _add(out, seen, doc, ss, se, cue, self._actors(doc, mentions, cue, cs, ce), t[2], "support")
                        continue
                    if not topics_here:
                        if k + 1 < len(clause_cues):  # the subject of a verb that the next one may share
                            self._prev = (cue, self._actors(doc, mentions, cue, cs, ce))
                        continue
                    value = "support" if cue.value in ("commit", "join", "praise") else \
                        "oppose" if cue.value == "judge" else cue.value
                    if cue.value in _JUDGES and self._judged_without:
                        value = "support"  # "a deal that leaves Ukraine without guarantees would be a trap"
                    if value == "open" and doc.lang == "ar" and _READY_TO_GIVE.match(doc.norm.text, doc.norm.to_view(cue.end)):
                        value = "support"  # "أبدى استعداد أوتاوا للمساهمة في القوة": readiness to take part
                    if english and not cue.negated and doc.text.startswith((" nothing", " none"), cue.end):
                        cue = Cue(cue.start, cue.end, cue.key, cue.value, True)  # "would sign nothing that ..."
                    polarity = _FLIP[value] if cue.negated else value
                    ren = _RENOUNCE_AFTER.match(doc.text, cue.end) if value == "oppose" else None
                    if ren and not any(t[0] <= ren.end() - 1 < t[1] and _LAND.search(
                            doc.norm.text, doc.norm.to_view(t[0]), doc.norm.to_view(t[1])) for t in clause_topics):
                        # (not "refused to give up land": giving land up is the topic itself)
                        value = "support"  # "refused to renounce the goal", "رفض التخلي عن"
                        polarity = _FLIP[value] if cue.negated else value
                    if cue.negated and cue.key in _RELUCTANT:
                        polarity = "support"  # "لن تتردد في فرض عقوبات": not hesitating
                    if value == "support" and not cue.negated and self._denied(doc, cue, topics_here, clause_topics, nxt):
                        polarity = "oppose"  # "insisted that the plan cannot be imposed on Ukraine"
                    if cue.value in ("join", "commit") and _ABANDON.search(
                            doc.norm.text, doc.norm.to_view(self._after_comma(doc, max(cs, cue.start - 40), cue.start)),
                            doc.norm.to_view(cue.start)):
                        continue  # "abandon its ambition to join NATO": what is given up, no commitment
                    if value == "support" and not cue.negated and self._abandoned(doc, cue, topics_here, clause_topics, nxt):
                        polarity = "oppose"  # "insist that Ukraine abandon its ambition to join NATO"
                    if polarity == "support" and (_CONDITION_BEFORE.search(
                            doc.norm.text, doc.norm.to_view(max(cs, cue.start - 40)), doc.norm.to_view(cue.start))
                            or (self._near(doc, cue.start, 20, "before") and _BEFORE_GERUND.search(
                                doc.norm.text, doc.norm.to_view(max(cs, cue.start - 20)), doc.norm.to_view(cue.start)))):
                        polarity = "open"  # "a mandate before Jordan could endorse it", "before agreeing to"
                    elif cue.value not in _JUDGES and cue.start in hypo and self._hypothetical(doc, cue.start, cs):
                        continue  # "keep up the pressure until it accepts a ceasefire": Moscow has not accepted
                    if value == "support" and (_DOWNFALL_AR.search(doc.text, cue.end, min(ce, cue.end + 80))
                                               or _DOWNFALL_EN.match(doc.text, cue.end, ce)):
                        polarity = "oppose"  # "رحب بتعثر خطة الأصول", "welcomed the collapse of the plan"
                    perm = _NOT_ALLOWED.search(doc.text, max(cs, cue.start - 70), cue.start) \
                        if english and not cue.negated and polarity == "support" else None
                    if perm is not None:
                        # "Moscow will not allow Ukraine to join NATO": the one who forbids opposes what it forbids
                        polarity = "oppose"
                        actors = self._actors(doc, mentions, Cue(perm.start(), perm.start() + 1, "", "oppose"), cs, ce)
                    else:
                        actors = self._actors(doc, mentions, cue, cs, ce)
                        if english and value == "support" and not cue.negated:
                            # "Trump added that Kyiv should accept it": the one who says what another should do
                            actors = self._who_obliges(doc, mentions, cue, cs) or actors
                    self._prev = (cue, actors)
                    if polarity == "oppose" or (polarity == "support" and value == "support"):
                        # "ruled out any pullback until Hamas gives up its weapons", "urged partners to keep up the
                        # pressure until Moscow accepts a ceasefire": what the refusal or the demand waits for
                        # (a demand made "before" something gates that thing: "تشترط موسكو انسحاب القوات قبل أي هدنة")
                        waited = [t for t in clause_topics if cue.end <= t[0] < nxt and self._near(doc, t[0], 40, "wait")
                                  and (cond := self._condition(doc, t)) and t[2] not in topics_here
                                  and not (polarity == "support" and cond in _BEFORE_WORDS)] \
                            if "wait" in self._at else ()
                        for t in waited[:1]:
                            _add(out, seen, doc, ss, se, cue, actors, t[2], "support")
                    if polarity == "support":
                        # "بأن يكون نزع السلاح «شرطًا مسبقًا» لأي انسحاب", "a precondition for any withdrawal"
                        lo, hi = doc.norm.to_view(cue.end), doc.norm.to_view(min(nxt, ce))
                        pre = _PRECONDITION.search(doc.norm.text, lo, hi) \
                            if self._near(doc, min(nxt, ce), min(nxt, ce) - cue.end, "pre") else None
                        if pre is not None:
                            at = doc.norm.orig_index(pre.end())
                            t = next((t for t in clause_topics if at <= t[0] <= at + 12), None)
                            if t is not None and t[2] not in topics_here:
                                _add(out, seen, doc, ss, se, cue, actors, t[2], "open")
                    for topic in topics_here:
                        # "the Board of Peace ...": no body holds a position on itself
                        p = polarity
                        denied = self._denied_noun(doc, cue, topic, clause_topics) \
                            if p != "open" and cue.value not in _JUDGES else \
                            self._given_up(doc, cue, topic, clause_topics) if p != "open" else None
                        if denied == "non":
                            p = "oppose" if p == "support" else "support"  # "مطالبًا بعدم انضمامها إلى الحلف"
                        elif denied == "partial" and p == "support":
                            p = "open"  # "تقترح تجميد سلاح الفصائل": a half measure of the topic
                        _add(out, seen, doc, ss, se, cue, [e for e in actors if not _itself(e, topic)], topic, p)
                if clause_cues and len(out) > at:
                    made.append((at, len(out), clause_cues[-1]))
                    at = len(out)
                if ties and clause_topics:
                    for tie in _starting(ties, cs, ce):
                        self._tied(doc, mentions, tie, clause_topics, cs, ce, ss, se, out, seen)
                if negators and any(self._near(doc, t[0], 30, "neg") for t in clause_topics):
                    self._refusals(doc, mentions, clause_topics, cs, ce, ss, se, out, seen, quoted)
                    if len(out) > at:
                        made.append((at, len(out), None))
                        at = len(out)
                if self._pointed is not None:
                    last_topic, self._pointed = (si, self._pointed), None  # the clause was about that topic
                elif clause_topics:
                    # not the one that only dates ("after a truce"); a clause that names a topic only to date
                    # something leaves the topic spoken of as it was
                    own = next((t for t in reversed(clause_topics) if not self._adjunct(doc, t)), None)
                    if own is not None:
                        last_topic = (si, own[2])
            if len(made) > 1:
                self._drop_offers(out, seen, made)
        out.extend(self._from_quotes(doc, named, seen))
        out.extend(self._from_pledges(doc, out))
        doc.facts["stance"] = out
        return doc

    def _from_pledges(self, doc: Doc, out: list) -> list[Stance]:
        """A pledge of troops is a position on what the troops are for ("Denmark and the Netherlands have earmarked
        battalions for the first rotation", "مستعدة لإرسال سرية مشاة إلى أوكرانيا"), for an actor that states none
        on it. A case file may name other categories that say as much (``pledge_stances``: money pledged for
        reconstruction, police trainers for a stabilisation force); by default other kinds of help, training or
        air or sea patrols, do not."""
        topics = self._pledge_positions
        if not topics:
            return []
        held = {(s.actor.id, s.topic) for s in out}
        got: list[Stance] = []
        for p in doc.facts.get("pledge", ()):
            topic = topics.get(p.category)
            if topic is None or p.actor.type == "group" or (p.actor.id, topic) in held or _itself(p.actor, topic):
                continue
            at = doc.text.find(p.cue, p.evidence.start, p.evidence.end) if p.cue else -1
            if at != -1 and _THREAT.search(doc.norm.text, doc.norm.to_view(p.evidence.start), doc.norm.to_view(at)):
                continue  # "حذّر من أن القوات الروسية ستواصل التقدم": a threat, not a commitment
            held.add((p.actor.id, topic))
            got.append(Stance(p.evidence, p.actor, topic, "support", p.cue))
        return got

    def _subject_before(self, doc: Doc, mentions, cue) -> list[Entity]:
        """An Arabic verb that opens its sentence with no subject of its own ("وتتمسك موسكو بالبند ... . كما ترفض أي
        صياغة ..."): the subject of the sentence before, named right after its first verb."""
        ss, _ = doc.sent_span(cue.start)
        if not _OPENER.fullmatch(doc.norm.text, doc.norm.to_view(ss), doc.norm.to_view(cue.start)):
            return []
        if _PASSIVE.match(doc.text, cue.start, cue.end):
            return []  # "وسيُموَّل القرض ...": a passive verb has no doer to carry over
        k = doc.sent_index(ss)
        if k == 0:
            return []
        ps, pe = doc.sents[k - 1]
        end = doc.text[ps:pe].rstrip()
        if not end.endswith(".") or end.endswith(".."):
            return []  # a headline ("روما تستضيف ميلوني وتوسك.. توافق على العقوبات") is no sentence before
        first = next(iter(_starting(mentions, ps, pe)), None)
        if first is None or _dateline(doc, first):
            return []
        lead = self._after_comma(doc, ps, first.start)  # "من جانبه، شكر ...": past an adverb put first
        verb = _TOKEN.search(doc.text, lead, first.start)
        if len(doc.text[lead:first.start].split()) > 2:
            # "شكر وزير الدفاع الأوكراني ميخايلو فيدوروف": a title between the verb and the name
            title = self._title_after(doc, verb.end(), pe) if verb else None
            if title is None or title.start > first.start + 1 or len(doc.text[lead:title.start].split()) > 2:
                return []
        return self._expand(doc, actor_group(doc, mentions, first.start, ps, pe, after=True))

    def _criticised_refusal(self, doc: Doc, cue, later, clause_topics, ce: int) -> bool:
        """An opposing cue whose object is another's refusal of a topic, named within a few words (a possessor or
        the subject between them)."""
        if cue.value != "oppose" or cue.negated or not later:
            return False
        c2 = later[0]
        if c2.value != "oppose" or c2.negated or c2.start - cue.end > 70 or _PUNCT.search(doc.text, cue.end, c2.start):
            return False
        if any(cue.end <= t[0] < c2.start for t in clause_topics) or doc.text[c2.start:c2.start + 1] in ("و", "ف") \
                or (doc.text[c2.start - 1:c2.start] in ("و", "ف") and not _LETTER.match(doc.text, c2.start - 2)) \
                or _AND_BEFORE.search(doc.text, max(cue.end, c2.start - 12), c2.start):
            return False  # "ترفض أي استخدام لأصولها وترفض نشر ...": a second refusal, not the object of the first
        nxt2 = later[1].start if len(later) > 1 else ce
        return any(c2.end <= t[0] < nxt2 and not self._adjunct(doc, t) for t in clause_topics)

    @staticmethod
    def _fronted(doc: Doc, c, q) -> bool:
        """A condition put first, with the negation after it ("«من دون ضمانات أمنية حقيقية لن تنتهي هذه الحرب»",
        "Without guarantees, no ceasefire will hold")."""
        lead = _LEAD_BREAK.split(doc.norm.text[doc.norm.to_view(max(q.start, c.start - 40)):doc.norm.to_view(c.start)])
        words = _WORD.findall(lead[-1])
        if len(words) > 1 or (words and words[0].lower() not in _FRONT_OPENERS):
            return False
        tail = doc.norm.text[doc.norm.to_view(c.end):doc.norm.to_view(min(q.end, c.end + 70))]
        tail = _CLAUSE_STOP.split(tail, maxsplit=1)[0] if not _COMMA_THEN.search(tail) else tail
        return any(w.lower() in NEGATORS for w in _WORD.findall(tail)[:7])

    @staticmethod
    def _after_hal(doc: Doc, v: int) -> bool:
        """The cue starting at view index ``v`` is the object of a hal of a light verb ("، مؤكدًا رفض بلاده",
        "، مجددة تأييدها")."""
        words = doc.norm.text[max(0, v - 16):v].split()
        if len(words) > 1 and words[-2] in _WITH and words[-1] in _LIGHT_NOUNS:
            return True  # "، مع إبداء استعدادها للمشاركة": an attendant verbal noun, done by the sentence's subject
        return bool(words) and words[-1] in _HAL_LIGHT

    @staticmethod
    def _drop_offers(out: list, seen: set, made: list) -> None:
        """An actor that refuses a topic and offers a lesser part in the same sentence ("لن ترسل قوات إلى أوكرانيا،
        لكنها أبدت استعدادها للمشاركة في التدريب", "is ready to host a logistics hub for the force but will not send
        troops") takes the refusal's side: the offer is of something else, and states no readiness for the topic.
        (Not an outright verb of support: "تؤيد قوة يقودها الأوروبيون، لكنها لن ترسل جنودًا" supports the force.)"""
        refused: dict[str, set[str]] = {}
        for a, b, cue in made:
            if cue is not None and cue.value in _JUDGES:
                continue
            for st in out[a:b]:
                if st.polarity == "oppose":
                    refused.setdefault(st.topic, set()).add(st.actor.id)
        if not refused:
            return
        drop = set()
        for a, b, cue in made:
            if cue is None or cue.negated or not (cue.value == "open" or _PREFER.match(cue.key)):
                continue
            group = {st.actor.id for st in out[a:b]}
            for i in range(a, b):
                st = out[i]
                if st.polarity != "oppose" and group & refused.get(st.topic, set()):
                    drop.add(i)
        for i in sorted(drop, reverse=True):
            st = out.pop(i)
            seen.discard((st.actor.id, st.topic, st.polarity))

    def _near(self, doc: Doc, pos: int, width: int, kind: str) -> bool:
        """A hint word of ``kind`` starts in the ``width`` characters before ``pos``."""
        at = self._at.get(kind)
        if not at:
            return False
        i = bisect_left(at, pos - width)
        return i < len(at) and at[i] < pos

    def _hypothetical(self, doc: Doc, pos: int, cs: int) -> bool:
        """A cue inside a condition ("until it accepts", "إذا وافقت")."""
        return _HYPOTHETICAL.search(doc.norm.text, doc.norm.to_view(max(cs, pos - 30)), doc.norm.to_view(pos)) is not None

    def _received(self, doc: Doc, lo: int, hi: int) -> bool:
        """What a conditional offer asks to receive ends at ``hi``."""
        if not self._near(doc, hi, hi - lo, "receipt"):
            return False
        return _RECEIPT.search(doc.norm.text, doc.norm.to_view(lo), doc.norm.to_view(hi)) is not None

    def _refusals(self, doc: Doc, mentions, clause_topics, cs, ce, ss, se, out, seen, quoted) -> None:
        """An act of a topic refused by a future negation right before it ("تل أبيب لن تسحب جيشها", "the army
        will not withdraw before Hamas is disarmed"): the subject opposes it and supports what it waits for."""
        for t in clause_topics:
            if not self._near(doc, t[0], 30, "neg"):
                continue
            hi = doc.norm.to_view(t[0])
            lo = doc.norm.to_view(max(cs, t[0] - 30))
            if quoted.holds(t[0]) or self._spoken.holds(t[0]):
                continue  # read with the quote and its speaker
            m = _WILL_NOT.search(doc.norm.text, lo, hi)
            if m is None or not (m.group("act") or _ACT_TOPIC.match(doc.norm.text, hi)):
                # "said no reconstruction would take place", "there will be no rebuilding", "لن يكون هناك إعمار"
                m = _NONE_WILL.search(doc.norm.text, lo, hi)
                if m is None or (m.group("no") and not _WILL_AFTER.match(doc.text, t[1])):
                    continue
                at = doc.norm.orig_index(m.start())
                neg = Cue(at, t[0], "", "oppose")
            else:
                at = doc.norm.orig_index(m.start())
                neg = Cue(at, doc.norm.orig_index(m.end("act")) if m.group("act") else t[0], "", "oppose")
            if doc.facts.get("provision") and self._in_provision(doc, neg):
                continue  # "Point 7 required Ukraine to write into its constitution that it would never join NATO"
            actors = self._actors(doc, mentions, neg, cs, ce)
            actors = [e for e in actors if not any((e.id, t[2], p) in seen for p in ("support", "oppose", "open"))]
            if not actors:
                continue
            if self._kept(doc, m, t):
                _add(out, seen, doc, ss, se, neg, actors, t[2], "support")  # "لن تتخلى عن مسعى الانضمام"
                continue
            _add(out, seen, doc, ss, se, neg, actors, t[2], "oppose")
            for w in clause_topics:
                if w[0] > t[1] and w[2] != t[2] and self._condition(doc, w):
                    _add(out, seen, doc, ss, se, neg, actors, w[2], "support")
                    break

    def _on_provision(self, doc: Doc, mentions, cue, cs, ce, ss, se, out, seen) -> bool:
        """A cue whose object is a provision of the plan ("للبند الثامن", "this clause", "بهذين البندين") bears on the
        topics the case relates to it: against a provision that excludes or limits a topic is for the topic.
        Returns whether the object was a provision (then the cue names no other topic)."""
        if cue.value == "join":
            return False
        cites = doc.__dict__.get("_cites")
        if cites is None:
            cites = []
            for p in doc.facts.get("provision", ()):
                at = doc.text.find(p.cited, p.evidence.start) if p.cited else -1
                if at != -1:
                    cites.append((at, at + len(p.cited), p.plan, p.number))
            cites = doc.__dict__["_cites"] = sorted(cites)
        if not cites:
            return False
        window = doc.text[cue.end:min(ce, cue.end + 60)]
        numbers: list[tuple[str, int]] = []
        # the first citation at or after the cue's end (the cites are sorted), if it is near enough
        k = bisect_left(cites, (cue.end,))
        hit = cites[k] if k < len(cites) and cites[k][0] <= cue.end + 60 and cites[k][0] < ce else None
        pointer = _PROVISION_POINTER.search(window)
        if hit is not None and (pointer is None or hit[0] - cue.end <= pointer.start()):
            start = hit[0]
            numbers = [(c[2], c[3]) for c in cites if c[0] == hit[0]]
        elif pointer is not None:
            start = cue.end + pointer.start()
            before = [c for c in cites if c[1] <= start and doc.sent_index(start) - doc.sent_index(c[0]) <= 2]
            if not before:
                return False
            last = sorted({(c[2], c[3], c[0]) for c in before}, key=lambda c: c[2])
            want = 2 if _DUAL_POINTER.search(pointer.group()) else 1
            numbers = [(p, n) for p, n, _ in last[-want:]]
        else:
            return False
        between = doc.text[cue.end:start]  # only prepositions or the subject ("عارض الاتحاد الأوروبي هذا البند")
        if _PUNCT.search(between) or len(_WORD3.findall(between)) > \
                2 + 2 * len(_starting(mentions, cue.end, start)):
            return False
        value = "support" if cue.value == "commit" else cue.value
        polarity = _FLIP[value] if cue.negated else value
        end = next((c[1] for c in cites if c[0] == start), start)
        if polarity == "support" and (_REMOVE.search(doc.norm.text, doc.norm.to_view(cue.end), doc.norm.to_view(start))
                                      or _REMOVED_AFTER.match(doc.text, end, min(ce, end + 40))):
            polarity = "oppose"  # "طالب بحذف البند الثامن", "demanded that Point 8 be struck out": against the provision
        actors = self._actors(doc, mentions, cue, cs, ce)
        for key in numbers:
            for topic, relation in self._bearing.get(key, ()):
                if relation == "requires":
                    p = polarity
                elif polarity in ("support", "oppose"):
                    p = "oppose" if polarity == "support" else "support"
                else:
                    continue
                _add(out, seen, doc, ss, se, cue, actors, topic, p)
        return True

    def _copy_position(self, doc: Doc, mentions, cue, cs, ce, ss, se, out, seen) -> bool:
        """A cue whose object is another actor's position takes that actor's stances of the article so far."""
        if cue.value in ("commit", "join"):
            return False
        end = min(ce, cue.end + 50)
        if not _POSITION_OF.holds(doc.text, cue.end, end):
            return False  # no word of a position after the cue (nor then of the English ones, among them)
        m = _POSITION_OF.pattern.search(doc.text, cue.end, end)
        if m is None and doc.lang != "ar":
            e = _POSITION_EN.search(doc.text, cue.end, min(ce, cue.end + 40))
            adj = [x for x in _starting(mentions, cue.end, e.start()) if 0 <= e.start() - x.end <= 3] \
                if e is not None else ()
            if adj and not _EN_PUNCT.search(doc.text[cue.end:e.start()]):
                return self._copy_from(doc, mentions, cue, cs, ce, ss, se, out, seen, adj)
        if not m:
            return False
        between = doc.text[cue.end:m.start()]  # nothing but the subject: "أيدت فنلندا وإستونيا موقف برلين"
        if _PUNCT.search(between) or len(_starting(mentions, cue.end, m.start())) < \
                len(_WORD3.findall(between)) - 2:
            return False
        ref = next(iter(_starting(mentions, m.end(), m.end() + 3)), None)
        if ref is None:
            # "موقف المفوضية" after "المفوضية الأوروبية": the first word of a name met before
            word = _WORD4.match(doc.text[m.end():m.end() + 30])
            key = normalize_str(word.group()) if word else None
            ref = next((x for x in reversed(_starting(mentions, 0, cue.start)) if key and x.end <= cue.start
                        and " " in x.text and normalize_str(x.text).split()[0] == key), None)
        if ref is None:
            return False
        refs = [ref]  # "بالموقف التركي القطري": every adjective of the position
        for x in mentions[bisect_right(mentions, ref.end, key=_START):]:
            if x.start <= refs[-1].end:
                continue
            if doc.text[refs[-1].end:x.start].strip(" و"):
                break  # (the gap to any later one holds the same words)
            refs.append(x)
        return self._copy_from(doc, mentions, cue, cs, ce, ss, se, out, seen, refs)

    def _share_before(self, doc: Doc, mentions, cue, cs, ce, ss, se, out, seen) -> None:
        """"shares that view": the stances taken in the sentence before (or earlier in this one) by others."""
        si = doc.sent_index(ss)
        lo = doc.sents[si - 1][0] if si > 0 else ss
        actors = self._actors(doc, mentions, cue, cs, ce)
        ids = {a.id for a in actors}
        held = [(x.topic, x.polarity) for x in out if lo <= x.evidence.start < cue.start and x.actor.id not in ids]
        for topic, pol in dict.fromkeys(held):
            _add(out, seen, doc, ss, se, cue, actors, topic, _FLIP[pol] if cue.negated and pol != "open" else pol)

    def _copy_from(self, doc: Doc, mentions, cue, cs, ce, ss, se, out, seen, refs) -> bool:
        ids = {e.id for r in refs for e in speakers_of(doc, r, self.kb)}
        held = [(s.topic, s.polarity) for s in out if s.actor.id in ids]
        if not held:
            return False
        value = cue.value
        polarity = _FLIP[value] if cue.negated else value
        actors = [a for a in self._actors(doc, mentions, cue, cs, ce) if a.id not in ids]
        for topic, pol in dict.fromkeys(held):
            if polarity == "support":
                p = pol
            elif polarity == "oppose" and pol in ("support", "oppose"):
                p = "oppose" if pol == "support" else "support"
            else:
                continue
            _add(out, seen, doc, ss, se, cue, actors, topic, p)
        return True

    @staticmethod
    def _given_up(doc: Doc, cue, topic: str, clause_topics) -> str | None:
        """A judged topic named before the judgement as a thing given up (not land, whose giving up is the topic)."""
        span = next((t for t in reversed(clause_topics) if t[2] == topic and t[1] <= cue.start), None)
        if span is None:
            return None
        vs = doc.norm.to_view(span[0])
        if _LAND.search(doc.norm.text, vs, doc.norm.to_view(span[1])):
            return None
        return "non" if _GIVEN_UP_BEFORE.search(doc.norm.text, max(0, vs - 40), vs) else None

    def _countered(self, doc: Doc, mentions, cue, cs: int) -> list[str]:
        """The topic of the plan a counter-proposal answers: the last one named as a plan before it (not what the
        counter-proposal goes on to say); none unless its clause names who put it forward ("وطرحوا مقترحًا مضادًا"
        after a comma leaves the subject too far to tell)."""
        before = _starting(mentions, cs, cue.start)
        if not before or _PUNCT.search(doc.text, before[-1].end, cue.start):
            return []
        i = bisect_left(self._topic_starts, cue.start)
        for t in reversed(self._all_topics[:i]):
            if _PLAN_NAMED.search(doc.norm.text, doc.norm.to_view(t[0]), doc.norm.to_view(t[1])):
                return [t[2]]
        return []

    @staticmethod
    def _bare_plans(doc: Doc, topics: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """"الخطة", "the plan": the topic of the last plan named with its content, when that was not the
        case's plan ("خطة «قرض التعويضات»", "a plan to finance Ukraine from frozen assets", "خطة الأصول")."""
        out = []
        last: str | None = None  # topic of the last plan named with its content
        for t in topics:
            vs, ve = doc.norm.to_view(t[0]), doc.norm.to_view(t[1])
            bare = doc.norm.text[vs:ve] in _BARE_PLAN
            if bare:
                if last is None:
                    continue  # no plan named yet: "called the plan a provocation" names none we know
                if last != t[2]:
                    t = (t[0], t[1], last)
            elif _PLAN_BEFORE.search(doc.norm.text, max(0, vs - 30), vs) or _PLAN_HEAD.search(doc.norm.text, vs, ve):
                last = t[2]  # "خطة «قرض التعويضات»", "a plan to use the frozen assets", "خطة الأصول"
            out.append(t)
        return out

    @staticmethod
    def _new_subject(doc: Doc, clause_topics, prv: int, t) -> bool:
        """A topic after the cue before's own topic and after a new subject ("Russia rejects any foreign troops,
        and Peskov said Moscow sees the original draft as a basis") is the next cue's."""
        first = next((x for x in clause_topics if x[0] >= prv), None)
        return first is not None and first[1] <= t[0] and t[0] >= prv and \
            bool(_starting(doc.mentions, first[1], t[0]))

    @staticmethod
    def _inside_topics(doc: Doc, named) -> set[tuple[int, int]]:
        """Spans of the mentions that lie inside a longer topic phrase."""
        if not named:
            return set()
        ms = doc.mentions  # in text order
        starts = list(map(_START, ms))
        out = set()
        for a, b, _ in named:
            i = bisect_left(starts, a)
            while i < len(ms) and ms[i].start < b:
                m = ms[i]
                if m.end <= b and b - a > m.end - m.start:
                    out.add((m.start, m.end))
                i += 1
        return out

    @staticmethod
    def _is_subject(doc: Doc, mentions, cue, t) -> bool:
        """A topic that is also the name of the cue's subject ("The Palestinian Authority voiced support for",
        "رحبت السلطة الفلسطينية بالقرار") is who speaks, not what about."""
        if t[1] <= cue.start:
            return len(doc.text[t[1]:cue.start].split()) <= 3
        return doc.lang == "ar" and not doc.text[cue.end:t[0]].strip()

    def _adjunct(self, doc: Doc, t) -> bool:
        """A topic that only dates the position: "deploy after a ceasefire", "قبل أي هدنة"."""
        got = self._dated.get(t[0])
        if got is None:
            got = self._dated[t[0]] = self._dates(doc, t)
        return got

    @staticmethod
    def _dates(doc: Doc, t) -> bool:
        v = doc.norm.to_view(t[0])
        before = doc.norm.text[max(0, v - 40):v]  # (the window of ``_condition``, cut once)
        words = before[-16:].split()
        if words and words[-1] in ("a", "the", "any", "اي"):
            words = words[:-1]
        w = words[-1] if words else ""
        if w in _TEMPORAL or (w[:1] == "و" and w[1:] in _TEMPORAL):
            return True
        return StanceExtractor._condition_in(before) is not None

    @staticmethod
    def _warned_against(doc: Doc, cue) -> bool:
        """"حذر ميرتس من أي تنازل": a warning against something (not "حذر من أن ...": a warning that)."""
        m = _WARN_FROM.match(doc.norm.text, doc.norm.to_view(cue.end), doc.norm.to_view(min(len(doc.text), cue.end + 70)))
        return m is not None and not m.group(1)

    @staticmethod
    def _kept(doc: Doc, m, t) -> bool:
        """A refused giving-up whose object is the topic, and the topic no land: the topic is held on to."""
        act = m.group("act") if m is not None and "act" in m.re.groupindex else None
        return bool(act) and _GIVE_UP.match(act) is not None and \
            _LAND.search(doc.norm.text, doc.norm.to_view(t[0]), doc.norm.to_view(t[1])) is None

    @staticmethod
    def _condition(doc: Doc, t) -> str | None:
        """"until Hamas gives up its weapons", "حتى تسلم حماس سلاحها": a clause that a refusal waits for."""
        v = doc.norm.to_view(t[0])
        return StanceExtractor._condition_in(doc.norm.text[max(0, v - 40):v])

    @staticmethod
    def _condition_in(window: str) -> str | None:
        """``_condition`` read in the 40 view characters before the topic."""
        if not _UNTIL_RE.search(window):
            return None
        before = _PUNCT.split(window)[-1].replace("ما لم ", "مالم ").split()[-5:]
        k = next((i for i, w in enumerate(before) if w in _UNTIL), None)
        if k is None or any(w in _OBJECT_PREP for w in before[k + 1:]):
            return None  # "أصرت ألمانيا حتى اللحظات الأخيرة على استخدام الأصول": the verb's object after all
        return before[k]

    def _with_anaphors(self, doc: Doc, topics: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Add the case's anaphors ("the force", "القوة") that follow their topic within two sentences."""
        anaphors = self.lexicon.cues(doc, "anaphor")
        if not anaphors or not topics:
            return topics
        # the topic cues are in text order and do not overlap, so their ends are in order too: a span overlaps
        # [s, e) iff the last one starting before e ends after s
        starts = [s for s, _, _ in topics]
        out = list(topics)
        last: dict[str, int] = {}
        events = sorted([(s, e, t, False) for s, e, t in topics] + [(a.start, a.end, a.value, True) for a in anaphors])
        for s, e, t, ana in events:
            if not ana:
                last[t] = doc.sent_index(s)
                continue
            i = bisect_left(starts, e)
            if (i and topics[i - 1][1] > s) or doc.text[s - 1:s] == "ب":
                continue  # part of a full cue; "بالقوة" is "by force"
            si = doc.sent_index(s)
            if t in last and si - last[t] <= 2:
                out.append((s, e, t))
                last[t] = si
        out.sort()
        return out

    def _topics(self, doc: Doc, cue, clause_topics, last_topic, cs: int, ce: int, nxt: int,
                prv: int | None = None) -> list[str]:
        """The topics a cue bears on: those named after it up to the next cue, else one before it."""
        if cue.value == "join":  # "would not join the board", not "joined from Kyiv" nor "join NATO"
            near = [t for t in clause_topics if cue.start <= t[0] <= cue.end + 12]
            return [near[0][2]] if near else []
        if cue.value in _JUDGES:  # what a judgement is about comes before it
            one = self._topic(doc, cue, clause_topics, last_topic, cs, ce, nxt, prv)
            return [one] if one else []
        after_t = [t for t in clause_topics if (cue.end <= t[0] or (cue.start <= t[0] and t[1] > cue.end))
                   and t[0] < nxt and not self._adjunct(doc, t)]  # "مستعدة لإرسال جنود": a topic from inside
        # ("will not send ground forces without a backstop": the verb is a word of its topic, which comes first)
        if cue.value in ("open", "support", "commit") and not cue.negated:
            # "ready to meet Putin, but only once a ceasefire was agreed", "مستعد للقاء ... ولكن فقط بعد التوصل إلى هدنة":
            # the one condition of the offer is asked for (a topic that only dates it is not the topic)
            only = []
            _, se = doc.sent_span(cue.start)
            i = bisect_left(self._topic_starts, cue.end)
            for t in self._all_topics[i:bisect_left(self._topic_starts, se, i)]:
                once = _ONLY_ONCE.search(doc.norm.text, doc.norm.to_view(max(cue.end, t[0] - 24)), doc.norm.to_view(t[0]))
                if once is None:
                    continue
                at = doc.norm.orig_index(once.start())
                j = bisect_left(self._cue_starts, cue.end)
                if j < len(self._cue_starts) and self._cue_starts[j] < at:
                    break  # another cue's condition
                only.append(t)
            if only:
                self._wanted = list(dict.fromkeys(t[2] for t in only))
                after_t = [t for t in after_t if t not in only]
                if not after_t:
                    return []
        if after_t and (cue.value in ("open", "support", "commit") or (cue.value == "oppose" and cue.negated)):
            asked = [t for t in after_t if self._received(doc, max(cue.end, t[0] - 40), t[0])]
            if asked:
                self._wanted = list(dict.fromkeys(t[2] for t in asked))
                after_t = [t for t in after_t if t not in asked]
                if not after_t:
                    return []
        if cue.key in _LIMIT:
            # "تفضّل الاكتفاء بدعم لوجستي": doing with less turns down the topic spoken of, not one named after
            if after_t:
                return []
            one = self._topic(doc, cue, clause_topics, last_topic, cs, ce, nxt, prv)
            return [one] if one else []
        if after_t and _THAT_FIRST.match(doc.text[cue.end:after_t[0][0]]):
            # "insisted that any provision touching EU sanctions must have the consent of ...": what is asked for
            modal = next((m for m in self._modals if cue.end <= m <= after_t[-1][0]), None)
            if modal is not None and any(t[0] >= modal for t in after_t):
                after_t = [t for t in after_t if t[0] >= modal]
        if after_t and _NEW_CLAUSE.match(doc.text, cue.end, after_t[0][0]) and \
                _LETTER.search(doc.text[cue.end:after_t[0][0]].split("،")[0].split(",")[0]):
            return []  # "لن نقبل بأي وصاية أجنبية، وسلاحنا مرتبط بوجود الاحتلال": the topic is the next clause's
        if not after_t and doc.lang == "ar" and doc.text[cue.start - 1:cue.start] in ("ب", "ل"):
            return []  # "بدعم الجيش الأوكراني", "لدعم أوكرانيا": a verbal noun bears on what follows it
        if after_t and last_topic is not None and cue.value != "commit" and \
                doc.sent_index(cue.start) - last_topic[0] <= 2:
            # "رحب ميرز بهذا الطرح، معتبرًا أن ...": a pointer closed by a comma names the earlier topic
            head = doc.text[cue.end:after_t[0][0]]
            cut = _COMMA_COLON.search(head)
            if cut and any(_demonstrative(w) for w in normalize_str(head[:cut.start()]).split()[:4]):
                self._pointed = last_topic[1]
                return [last_topic[1]]
        if after_t:
            out = [after_t[0][2]]
            repeated = False
            for prev, t in zip(after_t, after_t[1:]):
                gap = doc.text[prev[1]:t[0]]
                # a second topic joined to the first ("العقوبات واستخدام الأصول", "sanctions and the assets");
                # after a topic named twice only by "and" (not "a say in any matter, such as sanctions")
                if len(gap) <= 14 and (_AND_GAP if repeated else _JOIN_GAP).match(gap) \
                        and t[2] not in out:
                    out.append(t[2])
                elif t[2] == prev[2] and len(gap) <= 30 and not _PUNCT.search(gap):
                    repeated = True
                    continue  # the same topic again ("pull back its troops to the agreed line")
                elif _AND_TO.match(gap) and t[2] not in out:
                    out.append(t[2])  # "urged partners to keep tightening sanctions on Russia and to press ahead
                    # with plans to use frozen assets"
                elif _THROUGH.match(gap):
                    if t[2] not in out:  # "مواصلة الضغط على موسكو من خلال العقوبات", "pressure through sanctions"
                        out.append(t[2])
                elif _INCLUDING.match(gap) and t[2] not in out:
                    out.append(t[2])  # "guarantees for Ukraine, including a European-led force"
                elif _WHAT_IT_DOES.match(gap) and t[2] not in out:
                    out.append(t[2])  # "rejected any foreign force that would disarm the factions",
                    # "لن تقبل بقوة دولية تتولى نزع سلاح الفصائل"
                else:
                    break
            return out
        one = self._topic(doc, cue, clause_topics, last_topic, cs, ce, nxt, prv)
        return [one] if one else []

    def _topic(self, doc: Doc, cue, clause_topics, last_topic, cs: int, ce: int, nxt: int | None = None,
               prv: int | None = None) -> str | None:
        # a topic after the next cue is that cue's, one before the cue before is that cue's
        # ("لم تؤيد بولندا إرسال قوات برية، وفضلت أن تؤدي دور مركز لوجستي")
        self._judged_without, self._judged_at = False, None
        if cue.value in _JUDGES:
            # "any talk of disarmament was premature", "أي قوات غربية على الأراضي الأوكرانية ستصبح هدفًا مشروعًا":
            # what it judges comes before it; after "that"/"أن" the judged phrase is the first topic
            head = doc.text[max(cs, cue.start - 90):cue.start]
            cut = None
            for cut in _COMPLEMENTIZER.finditer(head):
                pass
            lo = cue.start - len(head) + cut.end() if cut else cue.start - 30
            judged = [t for t in clause_topics if (lo <= t[0] if cut else lo <= t[1]) and t[1] <= cue.start + 1]
            if judged:
                t = judged[0] if cut else judged[-1]
                self._judged_without = _WITHOUT_BEFORE.search(doc.text, max(0, t[0] - 14), t[0]) is not None or \
                    _WITHOUT_START.match(doc.text, t[0]) is not None
                self._judged_at = (t[0], t[1])
                return t[2]
            return None  # what a judgement is about comes before it
        after = [t for t in clause_topics if cue.end <= t[0] < (nxt or ce) and not self._adjunct(doc, t)]
        if after:
            return after[0][2]
        if doc.lang == "ar" and self._object_after(doc, cue, ce):
            # "تطالب فيه كييف بضمانات مكتوبة": the cue's object follows it, and is no topic of the case
            prv = cue.start
        before = [t for t in clause_topics if t[0] < cue.end and (prv is None or t[1] > cue.start
                                                                 or _RELATIVE.search(doc.text, t[1], cue.start)
                                                                 or self._new_subject(doc, clause_topics, prv, t))]
        if before:
            return before[-1][2]  # also a topic the cue is a word of ("send troops")
        if any(t[0] < cue.end for t in clause_topics):
            tail = doc.norm.text[doc.norm.to_view(cue.end):doc.norm.to_view(ce)].split()[:2]
            if any(_demonstrative(w) for w in tail):  # "agreed to prepare sanctions, with Hungary threatening
                return [t for t in clause_topics if t[0] < cue.end][-1][2]  # to block it"
            return None  # the clause's topic went to the cue before
        # "عارضت بولندا ذلك", "Italy rejected this", "أعربت السويد عن انفتاحها": the topic before
        if cue.value == "commit" or last_topic is None:
            return None
        distance = doc.sent_index(cue.start) - last_topic[0]
        if distance > 2:
            return None
        tail = _PUNCT.split(doc.norm.text[doc.norm.to_view(cue.end):doc.norm.to_view(ce)])[0].split()[:4]
        pointer = any(_demonstrative(w) for w in tail)
        resumed = any(w.strip(".,،") in _RESUMPTIVE for w in tail) or \
            bool(_TAKE_PART.search(" ".join(tail)))  # "رفضت إندونيسيا المشاركة", "declined to take part"
        opening = cue.value == "open" or (cue.value == "oppose" and cue.negated)  # "did not rule out"
        if pointer and self._owned_elsewhere(doc, cue, ce, last_topic):
            return None  # "welcomed the Swedish offer", "يرفض المقترح المصري": another actor's, not the topic before
        if opening and not pointer and _ANY_OBJECT.match(" ".join(tail)):
            return None  # "منفتحة على أي أفكار", "open to all ideas": no topic in particular
        if opening and not pointer and not resumed and _ABOUT_OBJECT.match(" ".join(tail)):
            return None  # "أبدى مرونة في ما يخص محطة زابوريجيا", "flexible on the plant": its own object, named
        if opening and not pointer and not resumed and _OWN_VERB_OBJECT.match(" ".join(tail)) \
                and not _READY_TO_GIVE.match(" " + " ".join(tail)):
            # "مستعدة للتفاوض", "مستعدة لبحث تشغيلها": readiness for an act of its own, not for the topic spoken of
            # (but "مستعدة للمساهمة": a part in it)
            return None
        if opening and not pointer and not resumed and tail and _OWN_GERUND.fullmatch(tail[0]):
            return None  # "open to holding an election", "ready to meeting": an act of its own, named
        if pointer or cue.key in _LIMIT or (distance <= 1 and (opening or not tail or resumed)):
            return last_topic[1]  # "this proposal" may reach two sentences back, a bare verb only one
        return None

    def _actors(self, doc: Doc, mentions, cue, cs: int, ce: int) -> list[Entity]:
        self._cue_at = cue.start
        group = []
        # "ب"/"ل" make the cue a verbal noun whose genitive is its object: "بدعم أمريكي", "بدعم الجيش الأوكراني"
        if cue.value in _JUDGES:
            # the judge is the subject of the sentence: "The Kremlin has warned that it regards ..."
            ss, _ = doc.sent_span(cue.start)
            judged = self._judged_at
            first = [m for m in _starting(mentions, ss, cue.start) if not _dateline(doc, m)
                     and not (judged and judged[0] <= m.start < judged[1])  # "السلطة هي العنوان الشرعي"
                     and (m.start, m.end) not in self._topic_spans  # "Asked about the Palestinian Authority, he"
                     and not (doc.lang != "ar" and self._object_of_preposition(doc, m))]
            if first:
                return self._expand(doc, actor_group(doc, mentions, first[0].start, ss, cue.start, after=True))
            # "he was emphatic: ... was the only address", "شدد الوزير على أن ...": who spoke before
            return self._referred(doc, mentions, ss, cue.start)
        vstart = doc.norm.to_view(cue.start)  # where the cue starts in the view, for the words before it
        if doc.lang == "ar" and (cue.key.split(" ", 1)[0] in _HAL or self._after_hal(doc, vstart)):
            # "قال ماكرون إن أوروبا ...، داعيًا إلى ...": a hal's subject is the subject of the sentence's verb; so is
            # the subject of a verbal noun that a hal governs ("حذر غروشكو ...، مؤكدًا رفض بلاده القاطع لأي وجود")
            ss, _ = doc.sent_span(cue.start)
            first = [m for m in _starting(mentions, ss, cue.start) if not _dateline(doc, m)
                     and not (normalize_str(doc.text[max(ss, m.start - 6):m.start]).split() or [""])[-1] in _AR_PREP_W]
            if first:
                lead = self._title_owner(doc, mentions, first[0]) or first[0]
                got = self._expand(doc, actor_group(doc, mentions, lead.start, ss, cue.start, after=True))
                if got:
                    self._last_subject = got
                    return got
        noun = doc.lang == "ar" and doc.text[cue.start - 1:cue.start] in ("ب", "ل")
        rel = _RELATIVE_BEFORE.search(doc.text, max(cs, cue.start - 36), cue.start)
        if rel:
            # "القرار 2803 الذي يؤيد خطة ترامب", "Orbán, who opposed the plan": the noun the relative refers to
            group = actor_group(doc, mentions, rel.start(), cs, ce, after=False)
            who = _WHO.match(doc.text[rel.start():rel.end()]) is not None
            if group and doc.lang != "ar" and self._object_of_preposition(doc, group[0]) and not who \
                    and not _PARTICIPLE_PREP.search(doc.text, max(cs, group[0].start - 30), group[0].start):
                # "a clause barring Nato troops from Ukraine, which would rule out" (but "at odds with
                # Viktor Orbán, who has praised the plan": "who" is the person's; and "Asked about Hungary, which
                # has threatened to veto": a participle's object, no noun before it for "which" to stand for)
                return []
            return self._expand(doc, group) if group and rel.start() - group[-1].end <= 3 else []
        light = self._light_verb(doc, cue, cs, vstart)
        if light is not None:
            group = actor_group(doc, mentions, light, cs, ce, after=True)
            gap = normalize_str(doc.text[light:group[0].start]).split() if group else []
            if any(w in _AR_PREP or (w[:1] in "بل" and len(w) > 3) for w in gap):
                group = []  # "وأكدا دعمهما لنشر قوة الاستقرار": the force is the object
            lstart = self._light_start(doc, light)
            if not group and self._prev is not None and self._prev[1] and doc.text[lstart:lstart + 1] in ("و", "ف") \
                    and self._prev[0].end <= lstart:
                return self._prev[1]  # "وطالب الوزيران ...، وأكدا دعمهما": the subject of the verb before
            if not group:  # "كانت مصر وقطر ... قد أعلنت ... تأييدها": the subject came first
                start = self._light_start(doc, light)
                group = actor_group(doc, mentions, start, cs, ce, after=False)
            if group:
                return self._expand(doc, group)
        if doc.lang == "ar" and self._prev is not None and self._prev[1] and self._coordinated(doc, cue):
            # "فهي ترفض انضمام أوكرانيا إلى الناتو وترفض أي وجود عسكري": the second verb shares the subject (and
            # "يرحب بنشر القوة ويطالب إسرائيل بالانسحاب": a name the verb cannot agree with is its object)
            after = actor_group(doc, mentions, cue.end, cs, ce, after=True)
            if not after or self._disagrees(doc, cue, after):
                return self._prev[1]
        if self._his_country_subject(doc, mentions, cue, cs, vstart):
            # "مشددة على أن بلادها لن تقبل", "said her country would never accept": nearer than any name
            his = self._his_country(doc, cue, cs, cue.start)
            if his:
                self._last_subject = his
                return his
        pronoun = self._pronoun_subject(doc, cue, cs, vstart)
        if pronoun in ("it", "they"):
            # "Indonesia, which signed on Thursday, has said it will send troops": the state its clause began with
            states = [m for m in _starting(mentions, cs, cue.start) if m.entity.type != "person"
                      and not _dateline(doc, m)]
            if states:
                return self._expand(doc, actor_group(doc, mentions, states[0].start, cs, cue.start, after=True))
            return self._last_subject
        if pronoun and doc.lang == "ar":
            # "أما موسكو، فهي ترفض": the subject put first in the sentence
            ss, _ = doc.sent_span(cue.start)
            first = _starting(mentions, ss, cue.start)
            if first and len(doc.text[first[-1].end:cue.start].split()) <= 2:
                return self._expand(doc, actor_group(doc, mentions, first[-1].end, ss, cue.start, after=False))
        if pronoun and doc.lang == "ar" and self._last_subject and \
                getattr(self, "_last_at", -1) == doc.sent_index(cue.start):
            return self._last_subject  # "أعلنت الحكومة الألمانية استعدادها ...، لكنها لا تزال ترفض"
        if pronoun in ("he", "she") and doc.lang != "ar":
            # "Tusk said he would not accept ...": the person who speaks in the sentence, before the pronoun
            ss, _ = doc.sent_span(cue.start)
            own = [m for m in _starting(mentions, ss, cue.start) if m.entity.type == "person"
                   and not _dateline(doc, m) and not self._object_of_preposition(doc, m)]
            if own:
                return speakers_of(doc, own[0], self.kb)
        if pronoun:
            # (the distance grows back through the text: only the last person can be near enough)
            person = _last_person(mentions, cs)
            if person is not None and doc.sent_index(cue.start) - doc.sent_index(person.start) <= 2:
                return speakers_of(doc, person, self.kb)
            if self._last_subject or pronoun == "it":
                return self._last_subject
            # (an English "he" that no person is near enough for: the names of the clause may still tell)
        if doc.lang == "ar" and self._plural_relative(doc, cue):
            group = self._subjects_before(doc, mentions, cue)
        if doc.lang == "ar" and not group and not noun and normalize_str(cue.key)[:1] in ("ي", "ت") and \
                any(m.end <= cue.start and not doc.text[m.end:cue.start].strip()
                    for m in _starting(mentions, cs, cue.start)) and \
                self._adjective_of_object(doc, actor_group(doc, mentions, cue.end, cs, ce, after=True), cue):
            # "وزير الخارجية الإسرائيلي جدعون ساعر يرفض المقترح المصري": a name right before an imperfect verb
            # is its subject (headlines, live blogs), not an adjective of the object after it
            group = actor_group(doc, mentions, cue.start, cs, ce, after=False)
        if doc.lang == "ar" and not group and not noun:
            title = self._title_after(doc, cue.end, ce)
            # "ثمّنت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس": the name after the title
            at = title.end if title else cue.end
            group = actor_group(doc, mentions, at, cs, ce, after=True)
            gap = normalize_str(doc.text[at:group[0].start]).split() if group else []
            if group and group[0].entity.type == "place" and gap:
                group = []  # "ووقع المشاركون إعلان باريس": a place after a noun names the noun, not a subject
            elif group and not gap and self._disagrees(doc, cue, group):
                group = []  # "قرارًا يطالب إسرائيل بالانسحاب": a masculine verb, a feminine name: the one asked
            elif any(w in _AR_PREP or (w[:1] in "بل" and len(w) > 3) for w in gap):
                group = []  # "ويرحب بإنشاء مجلس السلام", "دعمهما لنشر قوة الاستقرار": objects, not subjects
            elif group and _starting(self._topic_cues, at, group[0].start):
                group = []  # "ترفض أي صياغة تبقي باب الحلف مفتوحًا أمام كييف": the object came first
            elif group and doc.text[group[0].start - 1:group[0].start] == "ل" and \
                    not _LETTER.match(doc.text, group[0].start - 2):
                group = []  # "لن تسمح لأوكرانيا بالانضمام": the one allowed or asked, not the subject
            if group and group[0].via == "pair":
                group = group[:1]  # "وطالب الوزيران إسرائيل بالانسحاب": the pair, then the object
        if not group and doc.lang != "ar" and _POSSESSIVE_BEFORE.search(doc.text, max(cs, cue.start - 30), cue.start):
            # "Zelensky welcomed the offer and renewed his appeal for": the owner is the sentence's subject
            ss, _ = doc.sent_span(cue.start)
            first = [m for m in _starting(mentions, ss, cue.start) if not _dateline(doc, m)
                     and not self._object_of_preposition(doc, m)]
            if first:
                group = actor_group(doc, mentions, first[0].start, ss, cue.start, after=True)
            elif not _starting(mentions, ss, cue.start) and doc.sent_index(ss) > 0:
                # "Hamas, for its part, has dug in. Its negotiators have turned down ...": the sentence before's
                ps, pe = doc.sents[doc.sent_index(ss) - 1]
                first = [m for m in _starting(mentions, ps, pe) if not _dateline(doc, m)
                         and not self._object_of_preposition(doc, m)]
                if first:
                    group = actor_group(doc, mentions, first[0].start, ps, pe, after=True)
        if not group:
            group = actor_group(doc, mentions, cue.start, cs, ce, after=False)
            while group and doc.lang != "ar" and self._object_of_preposition(doc, group[0]) and \
                    (len(group) == 1 or _ONE_WORD_BEFORE.fullmatch(doc.text[cs:group[0].start])):
                # "troops from Ukraine rule out", "Among the G7, Japan" (not "Officials in Berlin, Paris and London")
                group = group[1:] if len(group) > 1 and "," in doc.text[group[0].end:group[1].start] else []
            if group:
                group = self._before_relative(doc, mentions, group, cs, cue) or group
        comma_and = _COMMA_AND.search(doc.text, max(cs, cue.start - 24), cue.start) if doc.lang != "ar" else None
        and_before = (_AND_BEFORE.search(doc.text, max(cs, cue.start - 12), cue.start)
                      or _AND_AUX_BEFORE.search(doc.text, max(cs, cue.start - 24), cue.start)) if doc.lang != "ar" else None
        if not group and doc.lang != "ar" and (_ELIDED.match(doc.text[cs:cue.start]) or comma_and or and_before):
            # "Qassem said the movement was ready ... but rejected any foreign force", "Graham said a bill ... had
            # 80 co-sponsors and urged": the sentence's subject
            ss, _ = doc.sent_span(cue.start)
            upto = comma_and.start() if comma_and else and_before.start() if and_before else cs
            first = [m for m in _starting(mentions, ss, upto) if not _dateline(doc, m)]
            if first:
                group = actor_group(doc, mentions, first[0].start, ss, upto, after=True)
        if not group and doc.lang != "ar":
            group = actor_group(doc, mentions, cue.end, cs, ce, after=True)[:1]
            if group and self._object_of_preposition(doc, group[0]) and \
                    not _BY_BEFORE.search(doc.text, max(cs, group[0].start - 8), group[0].start):
                group = []  # "would not send troops to Ukraine": where to, not who (but "backed by Germany")
        if not group:
            # "أصدر قادة ألمانيا وفرنسا ... بيانًا مشتركًا أيدوا فيه": the subject named earlier in the clause
            before = [m for m in _starting(mentions, cs, cue.start) if m.end <= cue.start]
            if doc.lang != "ar":
                before = [m for m in before if not self._object_of_preposition(doc, m)]
            if before:
                group = actor_group(doc, mentions, before[-1].end, cs, ce, after=False)
                group = self._before_relative(doc, mentions, group, cs, cue) or group
        if doc.lang != "ar" and group:
            # "Zelensky said ... Witkoff and Kushner, and insisted that ...": the subject of the first verb
            if _AND_AFTER_GROUP.search(doc.text[group[-1].end:cue.start]) and \
                    _WORD_CHAR.search(doc.text[group[-1].end:cue.start].replace("and", "")):
                first = _starting(mentions, cs, group[0].start)
                if first:
                    group = actor_group(doc, mentions, first[0].start, cs, ce, after=True) or group
        out = self._expand(doc, group)
        if group and doc.lang != "ar" and _HE_AND_HIS.search(doc.text, max(cs, group[0].start - 24), group[0].start):
            # "He and his Latvian counterpart were less forthcoming": the person spoken of, and the counterpart
            ss, _ = doc.sent_span(cue.start)
            out = [e for e in self._referred(doc, mentions, ss, group[0].start) if e not in out] + out
        if not out:
            out = self._his_country(doc, cue, cs, ce) or []
        if not out and doc.lang == "ar" and not noun:
            out = self._subject_before(doc, mentions, cue)
        if not out:
            # "Officials from 19 countries put their names to the charter, among them Saudi Arabia, Qatar ..."
            ss, se = doc.sent_span(cue.start)
            among = _AMONG.search(doc.text, cue.end, se)
            if among:
                out = self._expand(doc, actor_group(doc, mentions, among.end(), ss, se, after=True))
        if out:
            self._last_subject = out
            self._last_at = doc.sent_index(out_at) if (out_at := getattr(self, "_cue_at", None)) is not None else -1
        return out

    @staticmethod
    def _title_owner(doc: Doc, mentions, m):
        """The person whose title a name stands in ("نائب رئيس مجلس الأمن الروسي دميتري ميدفيديف": the council is
        his title's, he is the subject), named right after the title; else None."""
        for t in doc.spans.get("titles", ()):
            if t.start <= m.start and m.end <= t.end and t.data.get("actor"):
                return next((x for x in _starting(mentions, t.end, t.end + 3)
                             if x.entity.id == t.data["actor"]), None)
        return None

    @staticmethod
    def _before_relative(doc: Doc, mentions, group, cs: int, cue) -> list:
        """"وكانت المجر، التي تربطها علاقات وثيقة بروسيا، قد عارضت": a name inside a relative clause set off by
        commas right before the verb is not its subject; the name the relative clause follows is."""
        gap = doc.text[group[-1].end:cue.start]
        k = max(gap.rfind("،"), gap.rfind(","))
        if k < 0 or len(gap[k + 1:].split()) > 2:
            return []  # (the relative clause must close right before the verb: "، قد عارضت", ", has opposed")
        rel = None
        for rel in _REL_OPEN.finditer(doc.text, max(cs, group[0].start - 160), group[0].start):
            pass
        if rel is None:
            return []
        return actor_group(doc, mentions, rel.start(), cs, cue.start, after=False)

    @staticmethod
    def _in_provision(doc: Doc, cue) -> bool:
        """A cue in what a cited provision says is no one's position ("Point 7 required Ukraine to write into
        its constitution that it would never join NATO", "يلزم البند السابع أوكرانيا بالتخلي عن ...")."""
        cited = _cited_at(doc, cue.start)
        if not cited:
            return False
        ss, se = doc.sent_span(cue.start)
        for p in cited:
            at = doc.text.find(p.cited, ss, cue.start)
            says = _PROVIDES.search(doc.text, at + len(p.cited), cue.start) if at != -1 else None
            if says is None and at != -1 and doc.lang == "ar":
                says = _PROVIDES_FIRST.search(doc.text, max(ss, at - 8), at)  # "وينص البند الخامس عشر على أن"
            said_end = max(says.end(), at + len(p.cited)) if says else 0
            if says and not _SENTENCE_PUNCT.search(doc.text[at:cue.start]) \
                    and not _COMMA_AND_ANY.search(doc.text[said_end:cue.start]) \
                    and not any(at < a <= cue.start for a, _ in clauses(doc, ss, se)):
                return True  # not past ", وقد أعلنت ألمانيا ...", nor past a clause break ("، في حين تشترط موسكو")
        return False

    @staticmethod
    def _object_after(doc: Doc, cue, ce: int) -> bool:
        """An Arabic cue followed, past its subject, by a prepositional object ("بضمانات مكتوبة", "إلى ...")."""
        names = None
        for w in _TOKEN.finditer(doc.text[cue.end:min(ce, cue.end + 60)]):
            at = cue.end + w.start()
            if names is None:
                ms = doc.mentions
                i = bisect_left(ms, cue.end, key=_START)
                names = [(m.start, m.end) for m in ms[i:bisect_left(ms, min(ce, cue.end + 60), i, key=_START)]]
            if any(a <= at < b for a, b in names):
                continue  # the subject
            word = normalize_str(w.group())
            if word in ("فيه", "فيها", "عليه", "عليها"):
                return False  # resumed: the topic is named before
            return word in ("الى", "على") or (word[:1] == "ب" and len(word) > 3)
        return False

    @staticmethod
    def _complement(doc: Doc, cue, clause_cues) -> bool:
        """A joining or committing verb right after another cue is its object ("signalled openness to joining",
        "unwilling to commit ground forces"); so is a verb of support that a call asks of someone ("urged Moscow
        to accept")."""
        if cue.value not in ("support", "join", "commit"):
            return False
        prev = [c for c in clause_cues if c.end <= cue.start]
        if cue.value == "support" and prev and prev[-1].value == "support" and not prev[-1].negated \
                and cue.start - prev[-1].end <= 40 and _ASKED_TO.search(doc.text, prev[-1].end, cue.start):
            return True  # "داعيًا موسكو إلى قبول هدنة", "urged Moscow to accept a truce": the caller's position
        if cue.value not in ("join", "commit"):
            return False
        return bool(prev) and cue.start - prev[-1].end <= 15

    @staticmethod
    def _object_of_preposition(doc: Doc, m) -> bool:
        if _PARTICIPLE_AFTER.match(doc.text[m.end:m.end + 30]):
            return False  # "with Hungary again threatening to block it": the subject of the participle
        words = _LATIN_WORD.findall(doc.text[max(0, m.start - 14):m.start])
        if words and words[-1].lower() in ("the", "this", "that", "a", "an", "its", "their"):
            words = words[:-1]
        return bool(words) and words[-1].lower() in _EN_PREP

    @staticmethod
    def _disagrees(doc: Doc, cue, group) -> bool:
        """An Arabic masculine verb ("يطالب", "دعا") right before the name of a state or city, which takes a
        feminine verb ("طالبت مصر"): the name is not the verb's subject but its object."""
        if doc.lang != "ar":
            return False
        words = cue.key.split()
        verb = words[0] if words else ""
        if verb[:1] in ("و", "ف") and len(verb) > 3:
            verb = verb[1:]
        if verb[:1] == "س" and verb[1:2] in ("ي", "ت"):
            verb = verb[1:]
        if not (verb[:1] == "ي" or verb in _CALL_PAST):
            return False
        m = group[0]
        if m.entity.type not in ("country", "place") or m.via in ("pair", "demonym") or doc.text[cue.end:m.start].strip():
            return False
        first = normalize_str(m.text).split()
        return bool(first) and first[0] not in _MASCULINE

    def _coordinated(self, doc: Doc, cue) -> bool:
        """The cue is joined by "و"/"ف" to the cue before it in its clause, with no other verb of speech or
        subject between them."""
        prev = self._prev[0]
        if doc.text[cue.start:cue.start + 1] == "و" and cue.key in _WITH_WAW and doc.text[cue.start - 1:cue.start].isspace():
            pass  # "وحثّت": a cue listed with its conjunction
        elif doc.text[cue.start - 1:cue.start] not in ("و", "ف") or not doc.text[cue.start - 2:cue.start - 1].isspace():
            return False
        # "مؤسسة «يوروكلير»": a name; "رحب ...، قائلًا إن «...»، ودعا": the subject's own words
        gap = _QUOTED.sub("", doc.text[prev.end:cue.start])
        return len(gap) <= 120 and not _STOP_OR_QUOTE.search(gap)

    @staticmethod
    def _plural_relative(doc: Doc, cue) -> bool:
        """"بيانًا أيدوا فيه": a plural verb, or one resumed by فيه/فيها, whose subject was named before it."""
        word = doc.text[cue.start:cue.end].split()[0] if doc.text[cue.start:cue.end].split() else ""
        nxt = doc.text[cue.end:cue.end + 8].split()
        return word.endswith("وا") or (bool(nxt) and nxt[0] in ("فيه", "فيها", "فيهما"))

    @staticmethod
    def _subjects_before(doc: Doc, mentions, cue) -> list:
        """The coordinated subjects before the verb in its sentence, with a second list joined by
        "إلى جانب"/"مع" ("قادة ألمانيا وفرنسا، إلى جانب رئيسة المفوضية")."""
        ss, _ = doc.sent_span(cue.start)
        group = actor_group(doc, mentions, cue.start, ss, cue.start, after=False)
        while group:
            prev = [m for m in _starting(mentions, ss, group[0].start) if m.end <= group[0].start]
            if not prev or not _JOINED_LIST.match(doc.text[prev[-1].end:group[0].start]):
                break
            more = actor_group(doc, mentions, prev[-1].end, ss, cue.start, after=False)
            if not more:
                break
            group = more + group
        return group

    def _with_pairs(self, doc: Doc, mentions: list) -> list:
        """Add "both hosts", "الزعيمان", "the two countries" as mentions of the pair they name: the pair of
        actors the article joins with "and" most often before them (the last one on a tie), if it was joined
        twice or within the three sentences before; leaders name two people or two states, states two states."""
        self._pairs: dict[tuple[int, int], list[Entity]] = {}
        nouns = self.lexicon.cues(doc, "pair")
        if not nouns:
            return mentions
        pairs = []  # (start, sentence, kind, key, entities)
        ms = mentions
        last = nouns[-1].start  # a pair joined after the last noun names none of them
        for i in range(len(ms) - 1):
            a, b = ms[i], ms[i + 1]
            if a.start >= last:
                break
            if not _AND.fullmatch(doc.text, a.end, b.start):
                continue
            if i > 0 and _GROUP_JOIN.fullmatch(doc.text, ms[i - 1].end, a.start):
                continue  # a longer list
            if i + 2 < len(ms) and _GROUP_JOIN.fullmatch(doc.text, b.end, ms[i + 2].start):
                continue
            ents, kinds = [], set()
            for m in (a, b):
                if m.entity.type == "person":
                    kinds.add("person")
                    ents.extend(speakers_of(doc, m, self.kb))
                else:
                    kinds.add("state")
                    ex = speakers_of(doc, m, self.kb)
                    ents.extend(ex[1:] or ex)  # a capital: its state
            states = frozenset(e.id for e in ents if e.type == "country")
            key = states if len(states) == 2 else frozenset(m.entity.id for m in (a, b))
            if len(key) == 2 and len(kinds) == 1:
                pairs.append((a.start, doc.sent_index(a.start), kinds.pop(), key, ents))
        extra = []
        for n in nouns:
            if doc.lang == "ar" and doc.norm.text[doc.norm.to_view(n.end):doc.norm.to_view(n.end) + 3].strip()[:2] == "ال":
                continue  # "البلدان الأوروبية": a plural with its adjective
            si = doc.sent_index(n.start)
            cands = [p for p in pairs if p[0] < n.start and (n.value == "leaders" or p[2] == "state"
                                                              or len(p[3]) == 2 and all(len(k) == 3 for k in p[3]))]
            if not cands:
                continue
            counts: dict = {}
            for p in cands:
                counts[p[3]] = counts.get(p[3], 0) + 1
            best = max(cands, key=lambda p: (counts[p[3]], p[0]))
            latest = max(p[1] for p in cands if p[3] == best[3])
            if counts[best[3]] < 2 and si - latest > 3:
                continue
            ents = list(dict.fromkeys(best[4]))
            self._pairs[(n.start, n.end)] = ents
            extra.append(Mention(Evidence.of(doc.text, n.start, n.end), ents[0], doc.text[n.start:n.end],
                                 n.start, n.end, "pair"))
        if not extra:
            return mentions
        # "both mediators": not also the mediators' group (the pair nouns are in text order and do not overlap:
        # only the last one starting by a mention can hold it)
        starts = [m.start for m in extra]
        kept = [m for m in mentions if not ((i := bisect_right(starts, m.start) - 1) >= 0 and m.start < extra[i].end)]
        return sorted(kept + extra, key=lambda m: m.start)

    def _tied(self, doc: Doc, mentions, tie, clause_topics, cs, ce, ss, se, out, seen) -> None:
        """"tying its contribution to a path to statehood", "ربطت واشنطن أي تمويل للإعمار بتحقيق تقدم في نزع السلاح":
        the subject offers what it ties (open) and asks for what it ties it to (support)."""
        if doc.lang == "ar":
            first = next((t for t in clause_topics if t[0] >= tie.end), None)
            link = _TIE_LINK_AR.search(doc.text, first[1] if first is not None else tie.end, ce)
        else:
            if _COPULA_BEFORE.search(doc.text, max(0, tie.start - 12), tie.start) or doc.text[tie.start - 1:tie.start] == "-" \
                    or _TIE_LINK_EN.match(doc.text, tie.end) or _THAT_BEFORE.search(doc.text, max(cs, tie.start - 30), tie.start):
                # "reconstruction is tied to disarmament", "Hamas-linked", "a condition that effectively ties": no
                # one named ties
                return
            link = _TIE_LINK_EN.search(doc.text, tie.end, ce)
        if link is None:
            return
        asked = next((t for t in clause_topics if link.start() <= t[0] <= link.end() + 90 and not self._adjunct(doc, t)),
                     None)
        if asked is None:
            return  # (tied to a thing of no topic: "ربط الضمانات بمسار الانضمام" says nothing of the first)
        offered = dict.fromkeys(t[2] for t in clause_topics if tie.end <= t[0] < link.start() and t[2] != asked[2])
        actors = self._actors(doc, mentions, Cue(tie.start, tie.end, tie.key, "support"), cs, ce)
        for topic in offered:
            _add(out, seen, doc, ss, se, tie, [e for e in actors if not _itself(e, topic)], topic, "open")
        _add(out, seen, doc, ss, se, tie, [e for e in actors if not _itself(e, asked[2])], asked[2], "support")

    def _who_obliges(self, doc: Doc, mentions, cue, cs: int) -> list[Entity]:
        """An English cue after a modal of obligation whose subject is named in a reported clause ("X said that
        Kyiv should accept the plan"): the speaker, named before the verb of saying (or referred to by "he")."""
        should = _OBLIGED.search(doc.text, max(cs, cue.start - 30), cue.start)
        if should is None:
            return []
        ss, _ = doc.sent_span(cue.start)
        said = None
        for said in _REPORTED.finditer(doc.text, ss, should.start()):
            pass
        if said is None or not _starting(mentions, said.end(), should.start()):
            return []  # no verb of saying, or no one named as the one obliged
        first = [m for m in _starting(mentions, ss, said.start()) if not _dateline(doc, m)
                 and not self._object_of_preposition(doc, m)]
        if first:
            return self._expand(doc, actor_group(doc, mentions, first[0].start, ss, said.start(), after=True))
        return self._referred(doc, mentions, ss, said.start())

    def _with_adopted_texts(self, doc: Doc, mentions: list) -> list:
        """Add a text a body adopted ("قرارًا", "a resolution"), spoken of again as the subject of its sentence
        ("وشدد القرار على أن ...", "The resolution also calls for ..."), as a mention of the body: its sentence
        and the three after it."""
        lang = "ar" if doc.lang == "ar" else "en"
        verbs, texts = _ADOPTING[lang]
        view = doc.norm.text
        if not (any(w in view for w in texts) and any(w in view for w in verbs)):
            return mentions  # (the words the pattern needs are not all there: most articles, at the cost of a find)
        adopted = _ADOPTED[lang]
        # a match starts at a verb (or at the "و"/"ف" right before an Arabic one): the pattern is tried only there
        # (a search would try it at every position of the text); ``starts`` as search(view, pos) would find them
        at = sorted({i - k for w in verbs for i in find_all(view, w) for k in range(2 if lang == "ar" else 1)
                     if i - k >= 0})
        hit = _first_match(adopted, view, at, 0)
        if hit is None:
            return mentions
        extra = []
        while hit is not None:
            verb_s, verb_e = doc.norm.orig_index(hit.start("verb")), doc.norm.orig_index(hit.end("verb"))
            ss, se = doc.sent_span(verb_s)
            group = actor_group(doc, mentions, verb_e, ss, se, after=True) if doc.lang == "ar" \
                else actor_group(doc, mentions, verb_s, ss, se, after=False)
            nxt = _first_match(adopted, view, at, hit.end())
            if group:
                ents = list(dict.fromkeys(e for m in group for e in speakers_of(doc, m, self.kb)))
                si = doc.sent_index(ss)
                last = doc.sents[min(len(doc.sents) - 1, si + 3)][1]
                upto = min(last, doc.norm.orig_index(nxt.start()) if nxt is not None else last)
                for ref in _ADOPTED_REF.finditer(doc.norm.text, doc.norm.to_view(se), doc.norm.to_view(upto)):
                    s, e = doc.norm.orig_index(ref.start()), doc.norm.orig_index(ref.end())
                    rs, _ = doc.sent_span(s)
                    if _SUBJECT_SLOT.fullmatch(doc.norm.text, doc.norm.to_view(rs), ref.start()):
                        self._pairs[(s, e)] = ents
                        extra.append(Mention(Evidence.of(doc.text, s, e), ents[0], doc.text[s:e], s, e, "adopted"))
            hit = nxt
        if not extra:
            return mentions
        return sorted(mentions + extra, key=_START)

    def _expand(self, doc: Doc, group) -> list[Entity]:
        out: list[Entity] = []
        for m in group:
            for ent in self._pairs.get((m.start, m.end)) or speakers_of(doc, m, self.kb):
                if ent not in out:
                    out.append(ent)
        if out:
            self._last_subject = out
            self._last_at = doc.sent_index(out_at) if (out_at := getattr(self, "_cue_at", None)) is not None else -1
        return out

    def _title_after(self, doc: Doc, pos: int, hi: int):
        """A title phrase that starts right after ``pos`` and names a person ("مسؤولة السياسة الخارجية في ...")."""
        if self._titles is None:
            self._titles = {t.start - k: t for t in doc.spans.get("titles", ()) if t.data.get("actor") for k in range(4)}
        t = self._titles.get(pos) if self._titles else None
        return t if t is not None and t.end < hi else None

    def _referred(self, doc: Doc, mentions, ss: int, upto: int) -> list[Entity]:
        """The person a pronoun or a bare title before ``upto`` in its sentence stands for: the last person
        named in the three sentences before ("Asked about the Authority, he was emphatic", "شدد الوزير على أن")."""
        if not _REFERRING.search(doc.text, ss, upto):
            return []
        si = doc.sent_index(ss)
        person = _last_person(mentions, ss)  # (only the last person can be near enough)
        return speakers_of(doc, person, self.kb) if person is not None and si - doc.sent_index(person.start) <= 3 \
            else []

    @staticmethod
    def _light_start(doc: Doc, light_end: int) -> int:
        """Start of the light verb that ends at ``light_end``."""
        i = light_end
        while i > 0 and not doc.text[i - 1].isspace():
            i -= 1
        return i

    @staticmethod
    def _light_verb(doc: Doc, cue, cs: int, vstart: int) -> int | None:
        """"أبدى زيلينسكي ... انفتاحه", "جددت إيطاليا ... رفضها": the verb whose subject holds the position
        (``vstart``: where the cue starts in the view)."""
        if doc.lang != "ar":
            return None
        v0 = doc.norm.to_view(max(cs, cue.start - 60))
        window = doc.norm.text[v0:vstart]
        best = None
        for m in _LIGHT.finditer(window):
            best = m
        return doc.norm.orig_index(v0 + best.end()) if best else None

    def _pronoun_subject(self, doc: Doc, cue, cs: int, vstart: int) -> str | None:
        """"He continues to reject", "وهو يرفض": the subject of the sentence before. Returns the pronoun.
        (``vstart``: where the cue starts in the view.)"""
        before = doc.norm.text[doc.norm.to_view(max(cs, cue.start - 30)):vstart]
        words = before.split()[-3:]
        if doc.lang == "ar":
            while len(words) > 1 and (words[-1] in _AUX_AR or _LIGHT.fullmatch(words[-1])):
                words = words[:-1]  # "لكنها لا تزال ترفض", "لكنها أبدت تأييدها"
            found = words[-1] if words and words[-1] in _AR_PRONOUNS else None
        else:
            found = next((w for w in words if w in ("he", "she", "they", "it")), None)
            if found is None:
                # "Giving up land, he has repeated, is out of the question": a reporting clause set off in the
                # sentence says who holds what it frames
                aside = _ASIDE_HE.search(doc.text, max(cs, cue.start - 60), cue.start)
                found = aside.group(1).lower() if aside else None
        if found is None:
            return None
        if not self._last_subject and found not in ("it", "he", "she"):
            return None  # (an English "he" or "she" may still find the last person named: see _actors)
        if not self._last_subject and doc.lang == "ar":
            return None
        return found

    @staticmethod
    def _after_comma(doc: Doc, lo: int, hi: int) -> int:
        """The start of the stretch [lo, hi) after its last comma."""
        k = max(doc.text.rfind(",", lo, hi), doc.text.rfind("،", lo, hi))
        return k + 1 if k >= 0 else lo

    def _denied_noun(self, doc: Doc, cue, topic: str, clause_topics) -> str | None:
        """The topic after the cue is named with a word that denies it ("عدم انضمامها", "non-accession": "non") or
        with a half measure of it ("تجميد سلاح الفصائل": "partial")."""
        if "deny" not in self._at:
            return None  # no word that denies in the article (see _near): no need to find the span
        span = next((t for t in clause_topics if t[2] == topic and t[0] >= cue.end), None)
        if span is None or not self._near(doc, span[0], 16, "deny"):
            return None
        if _NON.search(doc.text, max(0, span[0] - 16), span[0]) or _UNDONE.search(doc.text, max(0, span[0] - 14), span[0]):
            return "non"
        return "partial" if _PARTIAL.search(doc.text, max(0, span[0] - 12), span[0]) else None

    @staticmethod
    def _denied(doc: Doc, cue, topics_here, clause_topics, nxt: int) -> bool:
        """A that-clause after a cue of support that says its topic cannot or must not be."""
        if not _THAT.match(doc.text, cue.end):
            return False
        spans = [t for t in clause_topics if t[2] in topics_here and cue.end <= t[0] < nxt]
        if not spans:
            return False
        first = spans[0]
        # the negated modal governs the topic: between "that" and it, or right after it ("the plan cannot")
        lo, hi = doc.norm.to_view(cue.end), doc.norm.to_view(min(nxt, first[1] + 25))
        if _PRIVATIVE.search(doc.norm.text, lo, doc.norm.to_view(first[1])) or \
                _PRIVATIVE_AFTER.search(doc.norm.text, doc.norm.to_view(first[1]), hi):
            return False  # "must not be left on the sidelines": denying a lack asks for the topic
        return _NEG_MODAL.search(doc.norm.text, lo, hi) is not None

    @staticmethod
    def _owned_elsewhere(doc: Doc, cue, ce: int, last_topic) -> bool:
        """A pointer qualified by an actor ("the Swedish offer", "المقترح المصري") whom the sentence of the
        topic before does not name."""
        cut = _PUNCT.search(doc.text[cue.end:min(ce, cue.end + 40)])
        end = cue.end + (cut.start() if cut else min(ce, cue.end + 40) - cue.end)
        nouns = [w for w in _WORD.finditer(doc.text[cue.end:end])
                 if normalize_str(w.group()) in _POINTER_NOUNS]
        quals = set()
        text = doc.text
        for w in nouns:
            ws, we = cue.end + w.start(), cue.end + w.end()
            # "the Swedish offer", "Egypt's proposal" / "المقترح المصري": the name right next to the noun, that is
            # one ending in the spaces before it (or at its "'s") or starting in the spaces after it
            gap = ws
            while gap > 0 and text[gap - 1].isspace():
                gap -= 1
            for m in ending(doc, doc.mentions, gap - 2, ws):
                if _OWNER_GAP.fullmatch(text, m.end, ws):
                    quals.add(m.entity.id)
            if doc.lang == "ar":
                after = we
                while after < len(text) and text[after].isspace():
                    after += 1
                quals.update(m.entity.id for m in _starting(doc.mentions, we + 1, after + 1))
        if not quals:
            return False
        ls, le = doc.sents[last_topic[0]]
        return not any(m.entity.id in quals for m in _starting(doc.mentions, ls, le))

    @staticmethod
    def _adjective_of_object(doc: Doc, group, cue) -> bool:
        """"يرفض المقترح المصري": the first name after the verb is a nisba adjective of a noun between them."""
        if not group:
            return False
        gap = normalize_str(doc.text[cue.end:group[0].start]).split()
        word = normalize_str(doc.text[group[0].start:group[0].end])
        return bool(gap) and gap[-1].startswith("ال") and word.startswith("ال") and \
            _NISBA_END.search(word.split()[0]) is not None

    @staticmethod
    def _abandoned(doc: Doc, cue, topics_here, clause_topics, nxt: int) -> bool:
        """A that-clause after a cue of support asking that its topic be given up."""
        if not _THAT.match(doc.text, cue.end):
            return False
        spans = [t for t in clause_topics if t[2] in topics_here and cue.end <= t[0] < nxt]
        if not spans:
            return False
        return _ABANDON.search(doc.norm.text, doc.norm.to_view(cue.end), doc.norm.to_view(spans[0][0])) is not None

    @staticmethod
    def _his_country_subject(doc: Doc, mentions, cue, cs: int, vstart: int) -> bool:
        """"his country" is the subject: it stands in the few words before the cue, after every name
        (``vstart``: where the cue starts in the view)."""
        start = max(cs, cue.start - 45)  # 'said his country was "ready and willing" to contribute'
        if _HIS_COUNTRY.search(doc.norm.text, doc.norm.to_view(start), vstart) is None:
            return False
        last = max((m.end for m in _starting(mentions, start, cue.start)), default=start)
        found = _HIS_COUNTRY.search(doc.norm.text, doc.norm.to_view(last), vstart)
        return found is not None

    def _his_country(self, doc: Doc, cue, cs: int, ce: int) -> list[Entity] | None:
        """"أكد ريابكوف أن بلاده لن توافق", "said his country would not ...": the person's state."""
        near = doc.norm.text[doc.norm.to_view(max(cs, cue.start - 45)):doc.norm.to_view(min(ce, cue.end + 25))]
        if not _HIS_COUNTRY.search(near):
            return None
        person = _last_person(doc.mentions, cue.start)
        if person is None:
            return None
        ents = speakers_of(doc, person, self.kb)
        if len(ents) < 2 and self.kb is not None:
            # "his country" is the state of any role, not only a leader's: a spokeswoman's, an envoy's
            actor = self.kb.get(person.entity.id) or doc.meta.get("provisional", {}).get(person.entity.id)
            for r in (actor.roles if actor is not None else ()):
                c = self.kb.get(r.country) if r.country and r.active(doc.date) else None
                if c is not None:
                    return [c.entity]
        return ents[1:] or None

    @staticmethod
    def _asked(doc: Doc, c, q) -> bool:
        """In a quote, a question ("هل يقبل الكرملين بضمانات جدية؟") states no position of the speaker."""
        tail = _QUOTE_SENTENCE_END.split(doc.text[c.end:q.end], maxsplit=1)[0]
        head = _QUOTE_SENTENCE_BREAK.split(doc.text[q.start:c.start])[-1]
        return "?" in tail or "؟" in tail or bool(_QUESTION_WORD.search(head))

    def _from_quotes(self, doc: Doc, topics, seen) -> list[Stance]:
        out: list[Stance] = []
        cues = None
        said_of: dict[str, list] | None = None
        starts = [t[0] for t in topics]
        for q in doc.quotes:
            if q.speaker is None:
                continue
            i = bisect_left(starts, q.start)
            q_topics = topics[i:bisect_left(starts, q.end, i)]
            if not q_topics:
                continue
            if said_of is None:
                said_of = {}  # the mentions of each speaker, in text order (only speakers' are read)
                speakers = {q.speaker.id for q in doc.quotes if q.speaker is not None}
                for m in doc.mentions:
                    if m.entity.id in speakers:
                        said_of.setdefault(m.entity.id, []).append(m)
            said = said_of.get(q.speaker.id, [])
            if said and all(_dateline(doc, m) for m in said):
                continue  # "HELSINKI (wire) — Leaders ... said": the place only says where the story was filed
            if cues is None:
                wants = self.lexicon.cues(doc, "quote") + self.lexicon.cues(doc, "require")
                # each list in text order, searched by bisection for each quote
                cues = (self.lexicon.cues(doc, "quote"), self.lexicon.cues(doc, "require"),
                        [c for c in self.lexicon.cues(doc, "position") if c.value != "none"])
            # reported speech's verbs of position are read with their subjects by the clause loop
            if q.direct and len(q.text.split()) <= 4:
                continue  # read with its sentence
            inner = sorted((c for ns_cues in cues for c in _starting(ns_cues, q.start, q.end)
                            if (q.direct or c in wants) and not self._asked(doc, c, q)), key=_START)
            for k, c in enumerate(inner):
                cut = q.end  # where a participle of saying ends what the cue may bear on
                # each cue of the quote bears on the topic named right after it (before the next cue);
                # the first cue falls back on any topic of the quote
                nxt = inner[k + 1].start if k + 1 < len(inner) else q.end
                if c.value == "require":
                    # "لن يصمد أي سلام ما لم تستند أوكرانيا إلى ضمانات", "no deal will hold without guarantees"
                    head = doc.norm.text[doc.norm.to_view(max(q.start, c.start - 50)):doc.norm.to_view(c.start)]
                    if not any(w in NEGATORS for w in _WORD.findall(head)[-6:]) and not self._fronted(doc, c, q):
                        continue
                modal = c.start in self._modals
                before = [t for t in q_topics if t[0] <= c.start and c.start - t[1] <= 12]
                near = [t for t in q_topics if c.start <= t[0] <= c.end + 20 and not self._adjunct(doc, t)]
                if modal and before and not near and _PRECEDED.match(doc.norm.text, doc.norm.to_view(c.end)):
                    continue  # "الحديث عن ضمانات يجب أن يسبقه اتفاق شامل": what must come first is asked for
                if modal and before and not near:
                    after = before[-1:]  # "the guarantees had to work from the first day"
                else:
                    lim = min(nxt, c.end + 80)
                    saying = _SAID_AFTER.search(doc.norm.text, doc.norm.to_view(c.end), doc.norm.to_view(lim))
                    if saying is not None:  # "«مستعدة لقيادة مهمة بحرية»، مضيفًا أن ...": what is added is its own
                        lim = cut = doc.norm.orig_index(saying.start())
                    # (the condition a requirement names is its object: "no settlement unless Ukraine pulls out")
                    after = [t for t in q_topics
                             if c.start <= t[0] < lim and (c.value == "require" or not self._adjunct(doc, t))]
                if c.value == "require":
                    after = [t for t in after if t[0] <= c.end + 40][:1]
                if after and not modal and after[0][0] > c.end and _NEW_CLAUSE.match(doc.text, c.end, after[0][0]) and \
                        _LETTER.search(_COMMA.split(doc.text[c.end:after[0][0]])[0]):
                    continue  # "لن نقبل بأي وصاية أجنبية، وسلاحنا مرتبط بوجود الاحتلال": the next clause's topic
                if not after and k == 0 and not modal and c.value != "require" and \
                        (c in wants or not _WORD_NEXT.match(doc.text[c.end:c.end + 3])):
                    after = [t for t in q_topics if t[0] < cut]  # "we need it", not "keep the Black Sea open to
                    # shipping"
                if not after:
                    continue
                topic = after[0][2]
                value = "support" if c.value in ("commit", "join", "require", "praise") else \
                    "oppose" if c.value == "judge" else c.value
                polarity = _FLIP.get(value, value) if c.negated else value
                if value == "support" and not c.negated and c in wants and _NOT_AFTER.match(doc.text, c.end) \
                        and not _PRIVATIVE.search(doc.norm.text, doc.norm.to_view(c.end), doc.norm.to_view(after[0][1])) \
                        and not _PRIVATIVE_AFTER.search(doc.norm.text, doc.norm.to_view(after[0][1]),
                                                        doc.norm.to_view(min(q.end, after[0][1] + 30))):
                    polarity = "oppose"  # "Ukraine must not cede territory", "يجب ألا تتنازل أوكرانيا"
                actors = speakers_of(doc, said[0], self.kb) if said else [q.speaker]
                for ent in actors:
                    key = (ent.id, topic, polarity)
                    if key not in seen and not _itself(ent, topic):
                        seen.add(key)
                        out.append(Stance(q.evidence, ent, topic, polarity, doc.text[c.start:c.end], "quote"))
            # "said he was ready to meet Putin, but only once a ceasefire was agreed", "لن يرفع العقوبات إلا بعد وقف
            # إطلاق النار": the one condition the speaker sets is asked for
            for t in q_topics:
                once = _ONLY_ONCE.search(doc.norm.text, doc.norm.to_view(max(q.start, t[0] - 24)), doc.norm.to_view(t[0]))
                if once is None:
                    continue
                actors = speakers_of(doc, said[0], self.kb) if said else [q.speaker]
                for ent in actors:
                    key = (ent.id, t[2], "support")
                    if key not in seen and not _itself(ent, t[2]):
                        seen.add(key)
                        out.append(Stance(q.evidence, ent, t[2], "support", doc.text[doc.norm.orig_index(once.start()):
                                                                                     doc.norm.orig_index(once.end())],
                                          "quote"))
            # "Ukraine «لن تتنازل عن شبر من أراضيها»", "said Ukraine would never give up any land": a topic
            # that is itself an act, refused by a verbal negation right before it
            for t in q_topics:
                refused = _REFUSED.search(doc.norm.text, doc.norm.to_view(max(q.start, t[0] - 30)),
                                          doc.norm.to_view(t[0]))
                if not refused or not (refused.group("act") or _ACT_TOPIC.match(doc.norm.text, doc.norm.to_view(t[0]))):
                    if not self._near(doc, t[0], 30, "neg"):
                        continue
                    # "said no reconstruction would take place", "لن يكون هناك إعمار"
                    none = _NONE_WILL.search(doc.norm.text, doc.norm.to_view(max(q.start, t[0] - 30)),
                                             doc.norm.to_view(t[0]))
                    if none is None or (none.group("no") and not _WILL_AFTER.match(doc.text, t[1])):
                        continue
                actors = speakers_of(doc, said[0], self.kb) if said else [q.speaker]
                if any((ent.id, t[2], p) in seen for ent in actors for p in ("support", "oppose", "open")):
                    continue
                pol = "support" if refused and self._kept(doc, refused, t) else "oppose"
                for ent in actors:
                    seen.add((ent.id, t[2], pol))
                    out.append(Stance(q.evidence, ent, t[2], pol, doc.text[t[0]:t[1]], "quote"))
                if pol == "support":
                    break
                # "الجيش لن ينسحب قبل نزع سلاح حماس": what the refusal waits for
                for w in q_topics:
                    if w[0] > t[1] and w[2] != t[2] and self._condition(doc, w):
                        for ent in actors:
                            if (ent.id, w[2], "support") not in seen:
                                seen.add((ent.id, w[2], "support"))
                                out.append(Stance(q.evidence, ent, w[2], "support", doc.text[t[0]:t[1]], "quote"))
                        break
                break
        return out
