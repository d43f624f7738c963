"""Component ``marsad.pledges.v1``: who commits what.

A commitment cue (ستساهم، تعهدت، ستنشر، سترسل، ستقدم، التزمت، عرضت؛ pledged, will contribute, committed,
offered, will send, will deploy, will provide) gives a ``pledge`` for each actor of its subject, of each
category its clause names (troops, training, funding, equipment, air, maritime, intelligence; else
``other``), with the amount when a figure of the clause gives one. Soldiers described by their
nationalities in the future ("الجنود الفرنسيين والبريطانيين والأتراك سيكونون حاضرين") pledge troops for
each nation. "26 countries committed to ..." is a group pledge: the case's group when the article names
it, else a group of that many countries. A negated cue ("will not send") pledges nothing.

Families of giving verbs (send, deploy, provide, fund, train, host ...; أرسل، نشر، قدّم، موّل، درّب ...: every
inflection, with Arabic clitics and verbal nouns, see :func:`pledge_rules.family_words`) commit where the future
or an intention governs them ("will also send", "plans to deploy", "is sending", "ستبعث", "تعتزم فرنسا إرسال",
"جاهزة لتقديم", "ستزيد مساهمتها"), and only to what their clause names. Sanctions are no gift, nor is a proposal
offered or a meeting hosted ("عرضت صيغة", "will host a summit"). An amount marked as more than before is pledged
by the verb before it ("will spend an extra 5 billion crowns"); a verb voweled as a passive ("خُصص") commits no
subject.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from ..doc import Doc
from ..facts import Entity, Evidence, Pledge
from ..text.dates import dateline_span
from ..text.inflect import en_forms
from ..text.normalize import normalize_pattern as _re, normalize_str
from .clauses import (Cue, Guarded, actor_group, can_hold_position, clauses, covering, ending, negated, speakers_of,
                      starting)
from . import pledge_rules as R
from .lexicon import case_lexicon

_n = normalize_str
_START = attrgetter("start")

_WEAK = {_n(w.replace("_", " ")) for w in R.WEAK.split()}
_CONTINUE = {_n(w.replace("_", " ")) for w in R.CONTINUE.split()}
_AGREE = {_n(w.replace("_", " ")) for w in R.AGREE.split()}
_FIRST_PERSON = {_n(w.replace("_", " ")) for w in R.FIRST_PERSON.split()}
_GIVING = re.compile(r"(?<![^\W\d_])(?:ل|ب|و)?(?:" + "|".join(_n(w) for w in R.GIVING.split()) + r")(?![^\W\d_])")
# "the offer", "the Swedish offer" (a noun, no commitment)
# "will spend an extra", "announced a further": the verb of an amount marked as more (see pledge_rules.EN_EXTRA_VERBS)
_EXTRA_BEFORE = re.compile(
    r"\b(?P<verb>" + "|".join(sorted({re.escape(w).replace(r"\ ", r"\s+") for e in R.EN_EXTRA_VERBS.split()
                                       for w, _ in en_forms(e)}, key=len, reverse=True))
    + r")(?:\s+(?:also|now|then))?\s+(?:an?\s+)?(?:" + "|".join(R.EN_EXTRA.split()) + r")\s+$", re.I)
# how every match of it ends: searched first in the same bounds (a short alternation, where the long one of the
# verbs is tried at every position)
_EXTRA_END = re.compile(r"(?:" + "|".join(R.EN_EXTRA.split()) + r")\s+$", re.I)
_BUYING = {f for e in R.EN_BUYING.split() for f, _ in en_forms(e)}
_FOR = re.compile(r"\bfor\b")
_BACKING = {f for e in R.EN_BACKING.split() for f, _ in en_forms(e)}
_WITH_WORD = re.compile(r"\bwith\b")
# "Canada announced a C$400m loan", "unveiled €300 million in grants": an amount announced as a gift (a gift noun
# after it), the verb before it (with "on behalf of Ottawa" between at most)
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?P<verb>" + "|".join(f for e in R.EN_ANNOUNCE.split() for f, form in en_forms(e) if form in ("s", "ed"))
    + r")(?:\s+on\s+behalf\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:an?\s+)?(?:new\s+|fresh\s+)?$")
_GIFT_AFTER = re.compile(r"(?:[\s-]+[a-z]+){0,2}?\s+(?:" + "|".join(R.EN_GIFTS.split()) + r")\b")
# a relative clause whose name only hopes or says what its antecedent will do: "a fund that Kyiv hopes will"
_HOPED_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:hopes|hoped|expects|expected|believes|"
                           r"believed|thinks|thought|says|said|wants|wanted)\s+(?:will|would)\s+(?:\w+\s+)?$")
_ASSOCIATES = [_n(w) for w in R.ASSOCIATES.split()]
_EN_ASSOCIATES = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:" + "|".join(w for w in _ASSOCIATES if w.isascii()) + r")\b")
_AR_ASSOCIATES = re.compile(_re(r"(?<![^\W\d_])[وف]?(?:" + "|".join(w for w in _ASSOCIATES if not w.isascii())
                                + r")\s+$"))
_EN_NOUNS = set(R.EN_NOUNS.split())
_DEPLOY = {w.replace("_", " ") for w in R.DEPLOY.split()}
_INSERTED_BEFORE = re.compile(r",\s*(?:which|who|whose)\b[^,.;:]*,\s*$")
_INSERTED_THEN_PRONOUN = re.compile(r"[^,.;:]*,[^,.;:]*?\b(?:it|they|he|she)\b")
_NOUN_CUES = {"offers", "offer", "pledges", "pledge", "commitments", "commitment", "contributions", "contribution"}
# a relative pronoun (in the normalised view): ", which", ", in which", "الذين", "التي"
_RELATIVE = re.compile(_re(r",\s*(?:in\s+|for\s+|to\s+)?(?:which|that)\b|(?<![^\W\d_])(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)"
                           r"(?![^\W\d_])"))
_NOT_GIFTS = {_n(w) for w in R.NOT_GIFTS.split()}
# between a pledge's amount and the next actor, then between that actor and its own amount: "..., والكويت ب"
# (a clause on what the first amount is for may come between: "بمليار دولار إضافة إلى إمدادات وقود، والكويت")
_GAP_BEFORE = re.compile(r"[^.;؛:\n]{0,80}?(?:[،,]\s*(?:و|and\s+)?|\s+(?:and|و)\s*)")
_GAP_AFTER = re.compile(r"\s*(?:ب|with\s+)?(?:[$€£]\s*)?")

_ARTICLES = {"a", "an", "the", "new", "its", "their", "his", "her", "another", "further", "more", "fresh", "next"}
_NOMINAL = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?P<adj>[A-Z][\w-]+\s+)?$")
# "reconstruction pledges made in Cairo", "pledges of aid": a noun
_NOUN_AFTER = re.compile(r"\s+(?:made|of|worth|totalling|totaling|by|from|already)\b")
# a cue in a condition promises nothing: "provided the United States offers air cover", "إذا أرسلت"
_CONDITION = Guarded(re.compile(_re(r"\b(?:if|unless|provided|providing|once|until)\s+(?:[^\s,.;:]+\s+){0,3}?$|"
                                    r"(?<![^\W\d_])(?:إذا|اذا|لو|ما لم|في حال|شرط أن|شريطة أن|بشرط أن)\s+"
                                    r"(?:[^\s،,.]+\s+){0,2}$")),
                     [_re(w) for w in ("if", "unless", "provided", "providing", "once", "until", "إذا", "اذا", "لو",
                                       "ما لم", "في حال", "شرط أن", "شريطة أن")])
_AR_PREP = {_n(w) for w in ("مع", "على", "إلى", "الى", "في", "من", "عن", "بين", "داخل", "خارج", "لدى", "عبر", "نحو")}
_PREPOSITIONS = _AR_PREP | {"for", "to", "of", "on", "in", "with", "at", "from", "by"}
# (a circumstantial participle stands for the subject before it too: "لن ترسل جنودًا، مكتفية بتقديم الدعم")
_AR_PRONOUN = re.compile(_re(r"(?<![^\W\d_])(?:لكنها|لكنه|وهي|وهو|فهي|فهو|إنها|إنه|أنها|أنه|وإنها|وإنه|وأنها|وأنه|"
                             r"مكتفية|مكتفيا|مكتفين)"
                             r"(?:\s+(?:قد|لا|لن|سوف)|(?P<fut>\s+(?:قد\s+)?[^\W\d_]{3,}))?\s*$"))
_ATTACHED = set("سوفلب")  # letters a cue's word may carry before it ("ستضخ": the cue is "تضخ")
_WE = Guarded(re.compile(_re(r"\b(?:we|We)\s+$|(?<![^\W\d_])(?:نحن|وإننا|إننا|أننا|نكون|سنكون)\s+$")),
              [_re(w) for w in ("we", "We", "نحن", "إننا", "أننا", "نكون")])
# (nor are sanctions a gift: "ستقدم حزمة عقوبات تستهدف 300 سفينة")
# (nor the means a task is done with: "ستتولى قيادة آلية المراقبة بالاعتماد على الطائرات المسيّرة", "using drones")
_NOT_PLEDGED = Guarded(re.compile(r"(?<![^\W\d_])(?:من دون|بدون|دون أن|بدلا من|بدلًا من|عوضا عن|[وبل]?(?:ال)?عقوبات|"
                                  r"بالاعتماد على|مستعينة ب|مستعينا ب)"
                                  r"(?![^\W\d_])|\b(?:without|rather than|instead of|sanctions|using|relying on)\b"),
                       ("دون", "بدلا من", "بدلًا من", "عوضا عن", "without", "rather than", "instead of", "عقوبات",
                        "sanctions", "بالاعتماد على", "مستعين", "using", "relying on"))
# what is no gift to another: sanctions, a state's own defence spending ("تعهدت برفع إنفاقها الدفاعي")
_SANCTIONS = re.compile(r"(?<![^\W\d_])(?:[وبل]?(?:ال)?عقوبات|[وبل]?(?:ال)?إنفاق(?:ها|ه|هم)?|[وبل]?(?:ال)?انفاق(?:ها|ه|هم)?)"
                        r"(?![^\W\d_])|\b(?:sanctions|(?:defen[cs]e|military) spending|spending)\b")
# a commitment not to do: "تعهد أوكرانيا بعدم الانضمام", "pledged not to join"
_NOT_TO = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:[وب]?عدم|not\s+to|never\s+to)(?![^\W\d_])")
_IF_AFTER = Guarded(re.compile(r"(?<![^\W\d_])(?:إذا|إذا لم|لو|ما لم|في حال)(?![^\W\d_])|\b(?:if|unless|provided|"
                               r"providing that|as long as|on condition that)\b"),
                    ("إذا", "لو", "ما لم", "في حال", "if", "unless", "provided", "providing that", "as long as",
                     "on condition that"))
# (a bare "the government" right before the verb is the speaker's too: "مؤكدًا أن الحكومة خصصت")
_HIS_COUNTRY = {_n(w) for w in ("بلاده", "بلادها", "بلادهم", "حكومته", "حكومتها", "الحكومة")}
_TROOP_NOUNS = {_n(w) for w in ("الجنود", "جنود", "القوات", "قوات", "troops", "soldiers", "forces")}
# every troops word holds one of these (the words that hold no other): looked for with str.find, not a regex
# alternation tried at every position
_TROOP_STEMS = tuple(sorted(w for w in _TROOP_NOUNS if not any(o != w and o in w for o in _TROOP_NOUNS)))
# (and a number they are to reach: "عدد الجنود الفرنسيين قد يصل إلى ستة آلاف")
_FUTURE_NEAR = Guarded(re.compile(_re(r"(سيكون|ستكون|سيكونون|سينتشر|ستنتشر|سينتشرون|will be|would be|will deploy|"
                                      r"قد يصل|سيصل|قد يبلغ|سيبلغ|could reach|may reach|will reach|would reach)")),
                       [_re(w) for w in ("سيكون", "ستكون", "سينتشر", "ستنتشر", "will be", "would be", "will deploy",
                                         "يصل", "يبلغ", "reach")])
_COUNT_GROUP = Guarded(re.compile(_re(r"(\d+|[^\W\d_]+(?:-[^\W\d_]+|[ \t]+و[^\W\d_]+)?)[ \t]+(?:دولة|بلدا|بلدان|دول|countries|nations|"
                                      r"members)")), [_re(w) for w in ("دول", "بلد", "countries", "nations", "members")])

# a second reported clause opened by its pronoun ("وإنها ستضع", "وأنها"), and the complementiser right before a name
_SECOND_THAT = re.compile(_re(r"[وف](?:إن|أن)(?:ها|ه|هم|هما)(?![^\W\d_])"))
_THAT_BEFORE = re.compile(_re(r"(?<![^\W\d_])(?:إن|أن|بأن)[ \t]+$"))

# what a cue's scope stops at: "، و<verb>", ", and <Subject>"
# or at a participle of speech after a comma (", insisting", "، مشيرًا")
_NEXT_CLAUSE = re.compile(r"[،,][ \t]*(?:و[^\W\d_]{3,}|and[ \t]+[A-Z]|(?:adding|insisting|saying|noting|stressing|warning|"
                          r"arguing|calling)\b|م[^\W\d_]{3,}[اً]+(?![^\W\d_]))")
_COMMA_BEFORE = re.compile(r",\s*$")
_PUNCT = re.compile(r"[.,;:،؛!?؟\n]")
_DATELINE_DASH = re.compile(r"\s*(?:\(\w+\)\s*)?[—–-]")  # "RIYADH —", "KYIV (wire) —"
_ELIDED = re.compile(r"[\s,]*(?:but|and)(?:\s+(?:also|then|later|has|have|had|would|will|still|keep|keeps|continue|continues))*\s*$")
_AR_INTENT = {_n(w) for w in R.AR_INTENT.split()}
_EN_INTENT = {w.replace("_", " ") for w in R.EN_INTENT.split()}
_EN_FUTURE = set(R.EN_FUTURE.split())
_EN_BETWEEN = {w.replace("_", " ") for w in R.EN_BETWEEN.split()}
_EN_ANNOUNCING = set(R.EN_ANNOUNCING.split())
_EN_DECIDING = set(R.EN_DECIDING.split())
_AR_BETWEEN = {_n(w) for w in R.AR_BETWEEN.split()}
_EN_KEEP = {f for e in R.EN_KEEP.split() for f, _ in en_forms(e)}
_OWNER = re.compile(r"(?:[A-Z][\w.]*['’]s|\b(?:its|their|his|her))(?:\s+(?:new|latest|first|second|additional|own|"
                    r"planned|proposed|total|national|military|financial))*\s*$")
_EN_BE = {"is", "are", "was", "were", "be", "been", "'s", "'re"}
_AR_LINK = {_n(w) for w in ("أن", "بأن", "على", "عن", "إلى", "الى", "في", "ب", "ل", "لل", "بال", "ال")}
_AR_FUTURE_VERB = re.compile(r"^[وف]?س[تين][^\W\d_]{2,}$")  # "ستزيد", "وسيبدأ"
# a past verb that may open a sentence: "أعلن", "وأكدت", "وقررت"
_AR_VERB_OPEN = re.compile(r"^[وف]?[^\W\d_]{3,6}$")
# an agreement that grants: "اتفاق يقضي بمنح أوكرانيا قرضا", "اتفاقية تنص على تقديم" (not a plan's point: "ينص البند")
_AGREEMENT = Guarded(re.compile(_re(r"(?<![^\W\d_])(?:ال)?اتفاق(?:ا|ية)?\s+(?:يقضي|تقضي|ينص|تنص)\s+(?:على\s+)?[بل]?$")),
                     [_re("اتفاق")])
_WHILE = re.compile(_re(r"(?<![^\W\d_])(?:فيما|بينما|كما|ثم)\s+$"))
_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?|'[a-z]+")
_HIS_COUNTRY_EN = re.compile(r"\b(?:his|her|their) (?:country|government)\b")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


_NUMBER_WORDS = {_n(w) for w in """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty dozen dozens several واحد أحد اثنان اثنتان اثنتين
ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون
أربعين خمسون خمسين ستا سبعا ثلاثا أربعا خمسا تسعا عشرا اثني اثنا""".split()}


def _is_count(words: str) -> bool:
    """"26", "ست وعشرون", "twenty-six": a number in figures or words."""
    parts = [w[1:] if w[:1] == "و" and w[1:] in _NUMBER_WORDS else w for w in re.split(r"[\s-]+", words.lower())]
    return all(p.isdigit() or p in _NUMBER_WORDS for p in parts if p)


_DAMMA, _FATHA, _SHADDA = "\u064f", "\u064e", "\u0651"
_AR_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652]+")  # an Arabic word as written, diacritics and all
_VOWELS = {chr(c) for c in range(0x064b, 0x0653)} - {_SHADDA}


def _passive(doc: Doc, cue) -> bool:
    """A verb voweled as a passive commits no subject: "خُصص الاجتماع لبحث" (a past with a damma on its first
    letter), "وسيُقدَّم القرض" (an imperfect with a damma on its prefix and a fatha before its last letter; an
    active one has a kasra there: "سيُقدِّم"). Unvoweled verbs are read as active."""
    text = doc.text
    if _DAMMA not in text[cue.start:cue.end]:
        return False  # (most text is unvoweled: the cheap test first)
    start = cue.start
    while start > 0 and "\u0621" <= text[start - 1] <= "\u0652":
        start -= 1  # the word's attached letters: "وسيُقدَّم" (the cue may be "يُقدَّم")
    word = _AR_WORD.match(text, start).group().lstrip("وف")
    if word[:1] == "س" and word[1:2] in ("ي", "ت", "ن"):
        word = word[1:]
    if len(word) < 3 or word[1] != _DAMMA:
        return False
    if word[0] not in "يتن":
        return True  # "خُصص"
    vowels = [c for c in word[2:-1] if c in _VOWELS]  # after the prefix's damma, before the last letter
    return bool(vowels) and vowels[-1] == _FATHA


def _qualifies(doc: Doc, first, second) -> bool:
    """"مدربين عسكريين", "تدريب الجنود", "training for Ukrainian soldiers": the second word qualifies the first
    (it follows it at once, or training is about it: "تدريب طيارين أوكرانيين على مقاتلات إف-16", "train crews in
    demining", with no punctuation nor "and" between)."""
    gap = doc.text[first.end:second.start]
    if not gap.strip():
        return True
    if first.value not in _HEADS or first.key in _CURRENCY or len(gap) > 40 or _PUNCT.search(gap):
        return False  # (an amount is no paying for: "بقيمة 1.9 مليار يورو تشمل منظومتين للدفاع الجوي")
    if first.value == "funding" and second.value == "training":
        return False  # "would keep paying for the police training": training paid for is told as given too
    return second.value == "troops" and len(gap) <= 25 or \
        not any(w == "and" or w[:1] == "و" for w in _WORD.findall(gap))


# what training or paying is for is no gift of its own: "تدريب 2000 جندي على أنظمة المدفعية", "200 مليون دولار لتمويل
# الخدمات اللوجستية"
_HEADS = ("training", "funding")
# a future auxiliary earlier in the clause, then "and" right before a verb in the base form
_FUTURE_THEN_AND = re.compile(r"\b(?:will|would|shall)\s+[^.,;:!?]*\band\s+$")
_SAID_IT = re.compile(r"\b(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(?:it|they)\s+(?:could|might)\s+(?:also\s+)?$")
_TOPIC = re.compile(_re(r"[ \t\n]*و?أما[ \t]"))  # "أما اليابان، ...، فأعلنت": the topic is the subject
_REHAB = {_n(w) for w in ("تأهيل", "التأهيل", "وتأهيل", "لتأهيل", "بتأهيل")}
_PEOPLE_AFTER = re.compile(_re(r"[ \t]+(?:\S+[ \t]+)?(?:[وبل]?ال)?(?:عناصر|شرطة|شرطيين|جنود|قوات|كوادر|أفراد|ضباط|طيارين|مقاتلين|"
                                 r"موظفين|عسكريين|شبان|متطوعين)(?![^\W\d_])"))
_CURRENCY = {_n(w) for w in "يورو اليورو دولار الدولار euros dollars € $ pounds".split()}


def _heads(doc: Doc, inside) -> list[str]:
    """The categories a cue's words name, but those that qualify the word before them or, past such a qualifier,
    the training or paying they are about ("تدريب 2000 جندي أوكراني على أنظمة المدفعية": training only)."""
    out, head = [], None
    for k, c in enumerate(inside):
        if c.key in _REHAB and not _PEOPLE_AFTER.match(doc.norm.text, doc.norm.to_view(c.end)):
            continue  # "وتأهيل الطرق": rebuilding, not training (that is "تأهيل عناصر الشرطة")
        if k and (_qualifies(doc, inside[k - 1], c) or
                  (head is not None and head is not inside[k - 1] and _qualifies(doc, head, c))):
            continue
        out.append(c.value)
        head = c
    return out


def _money_starts(doc: Doc) -> list[int]:
    """The starts of the document's amounts of money, in order (worked out once per document)."""
    got = doc.__dict__.get("_money_starts")
    if got is None:
        got = doc.__dict__["_money_starts"] = sorted(
            f.start for f in doc.facts.get("figure", ()) if len(f.unit) == 3 and f.unit.isupper())
    return got


def _announced_amount(doc: Doc, cue, ss: int) -> bool:
    """"وأعلنت الحكومة البريطانية عقب اللقاء تخصيص 200 مليون جنيه", "وكانت الدنمارك قد أعلنت الثلاثاء الماضي
    تخصيص 400 مليون كرونة": a verbal noun of giving an amount right after it, told by an intention a few words
    before it in the same clause."""
    starts = _money_starts(doc)
    k = bisect_left(starts, cue.end)
    if k == len(starts) or starts[k] > cue.end + 30 or _PUNCT.search(doc.text, cue.end, starts[k]):
        return False
    lo = max(ss, cue.start - 70)
    p = None
    for p in _PUNCT.finditer(doc.text, lo, cue.start):
        pass
    view = doc.norm  # (words read in the normalised view: a diacritic splits no word there)
    words = _WORD.findall(view.text, view.to_view(p.end() if p else lo), view.to_view(cue.start))[-7:]
    return any(_is_intent(w) for w in words)


def _is_intent(w: str) -> bool:
    """"تعتزم", "وقررت": a word of intention, with a conjunction or not."""
    return w in _AR_INTENT or (w[:1] in "وف" and w[1:] in _AR_INTENT)


_LINKED = re.compile(r"\s*[بل]?$")


def _without_governed(doc: Doc, cues: list) -> list:
    """The cues but those that follow another at once, with a space and a preposition at most ("ستتكفل بتدريب",
    "ستقدم حزمة مساعدات"): the cue before governs them, and what it commits to reads on over them (so that its
    subject is found from it, not from the noun it governs)."""
    out = cues[:1]
    for c in cues[1:]:
        gap = c.start - out[-1].end
        if 0 < gap <= 3 and _LINKED.match(doc.text, out[-1].end, c.start):
            continue
        out.append(c)
    return out


def _demining(categories: list[str], cats, cs: int, ce: int) -> list[str]:
    """Demining is maritime where the clause names the sea or ships ("نزع الألغام في البحر الأسود", "mine clearance
    by naval teams"), else other: fields, roads and towns are cleared on land."""
    at_sea = any(c.value == "maritime" for c in starting(cats, cs, ce))
    return [("maritime" if at_sea else "other") if c == "demining" else c for c in categories]


def _gdp_share(doc: Doc, categories: list[str], lo: int, hi: int) -> list[str]:
    """A share of GDP given ("تعهدت بتخصيص ربع في المئة من ناتجها المحلي لدعم كييف") is funding; one the state
    spends on itself ("pledged to raise defence spending to 3.5% of GDP") is no gift."""
    own = _SANCTIONS.search(doc.text, lo, hi) is not None
    return [c for c in categories if c != "gdp"] + ([] if own else ["funding"])


def _agreement(doc: Doc, cue) -> bool:
    """Whether a giving noun is what an agreement before it grants ("اتفاق يقضي بمنح")."""
    view = doc.norm
    return _AGREEMENT.search(view.text, view.to_view(max(0, cue.start - 40)), view.to_view(cue.start)) is not None


_AR_INSERTED = re.compile(_re(r"،[ \t]*(?:التي|الذي|الذين)[ \t][^،.؛\n]{1,90}،[ \t]*(?:(?:عن|على|إلى)[ \t]+)?[بل]?$"))


def _before_inserted(doc: Doc, at: int, ss: int) -> int:
    """Where a relative clause between commas right before ``at`` opens ("سويسرا، التي لا تقدم سلاحا، عن"), or
    ``at``."""
    view = doc.norm
    m = _AR_INSERTED.search(view.text, view.to_view(max(ss, at - 110)), view.to_view(at))
    return doc.norm.orig_index(m.start()) if m is not None else at


def _first_figure(figures, starts, lo: int, hi: int):
    """The first figure starting in [lo, hi) that is not a year. ``starts``: the figures' starts when they are
    in text order (then only those from ``lo`` on are read), else None."""
    k = bisect_left(starts, lo) if starts is not None else 0
    for f in figures[k:]:
        if starts is not None and f.start >= hi:
            break
        if lo <= f.start < hi and f.unit != "year":
            return f
    return None


class PledgeExtractor:
    name = "marsad.pledges.v1"

    def __init__(self, kb=None, options=None):
        self.kb = kb
        from ..case import load_case

        self.lexicon = case_lexicon(load_case(getattr(options, "case", None) or "ukraine-security-guarantees"))

    def __call__(self, doc: Doc) -> Doc:
        out: list[Pledge] = []
        cues = self._with_families(doc, self.lexicon.cues(doc, "commit"))
        cats = self.lexicon.cues(doc, "category")
        figures = doc.facts.get("figure", [])
        if doc.lang != "ar":
            cues = self._with_extra_amounts(doc, cues, figures)
        else:
            cues = _without_governed(doc, cues)
        fig_starts = [f.start for f in figures]
        if any(a > b for a, b in zip(fig_starts, fig_starts[1:])):
            fig_starts = None  # not in text order: each cue reads them all
        # places only as the state they stand for ("أوضح كازلاوسكاس أن فيلنيوس مستعدة لإرسال مدربين");
        # no name inside what is pledged to ("troops to the International Stabilization Force")
        topics = self.lexicon.cues(doc, "topic")  # sorted, not overlapping
        starts = [c.start for c in topics]
        ends = [c.end for c in topics]
        holds: dict[str, bool] = {}  # by actor: whether it may pledge (it depends on the actor only)
        mentions = []
        dateline = dateline_span(doc.text)  # "BERLIN, Dec. 16 — European leaders said they were ready to ...": where, not who
        for m in doc.mentions:
            if dateline and dateline[0] <= m.start < dateline[1]:
                continue
            ok = holds.get(m.entity.id)
            if ok is None:
                ok = holds[m.entity.id] = can_hold_position(m, self.kb) and \
                    (m.entity.type != "place" or len(speakers_of(doc, m, self.kb)) > 1)
            if not ok:
                continue
            if starts:
                i = bisect_right(starts, m.start)  # (the last topic starting by the mention: does it hold it?)
                if i and m.end <= ends[i - 1]:
                    continue
            mentions.append(m)
        seen: set[tuple[str, str]] = set()
        # only sentences with a commitment cue or a nationality (troops "الفرنسيين والبريطانيين") are read
        demonyms = [m for m in doc.mentions if m.via == "demonym"]
        marks = sorted([c.start for c in cues] + [m.start for m in demonyms])
        for ss, se in doc.sents:
            k = bisect_right(marks, ss - 1)
            if k >= len(marks) or marks[k] >= se:
                continue
            sent_actors: list[Entity] = []  # the actors of the sentence's last pledge
            # (its clauses lie within it: with no nationality in the sentence, or no troops word before one, none
            # has troops of nations)
            nations = bool(starting(demonyms, ss, se)) and self._troops_word(doc, ss, se)
            for cs, ce in clauses(doc, ss, se):
                clause_cues = starting(cues, cs, ce)
                prev_actors: list[Entity] = []
                for i, cue in enumerate(clause_cues):
                    gift_noun = cue.value == "family" and cue.key in _EN_NOUNS  # governed: "its contribution of"
                    if cue.negated or self._compound(doc, cats, cue) or not gift_noun and (
                            self._nominal(doc, cue) or _NOUN_AFTER.match(doc.text, cue.end)) \
                            or _NOT_TO.match(doc.text, cue.end) or _passive(doc, cue):
                        continue  # "will not send"; "welcomed the Swedish offer", "pledges made in Cairo" (nouns)
                    if cue.key in _CONTINUE and not self._gift_next(doc, cats, cue):
                        continue  # "ستواصل العمل على قرض التعويضات": going on working is no gift
                    if _CONDITION.search(doc.norm.text, doc.norm.to_view(max(cs, cue.start - 30)),
                                         doc.norm.to_view(cue.start)):
                        continue  # "provided the United States offers air cover": a condition, not a pledge
                    if self._not_a_gift(doc, cue, ce):
                        continue  # "عرضت صيغة تقضي بتخزين الأسلحة", "will host a summit": a proposal, a meeting
                    # a family word does not end what a commitment cue before it commits to
                    nxt = next((c for c in clause_cues[i + 1:]
                                if cue.value.startswith("family") or not c.value.startswith("family")), None)
                    scope = self._scope_end(doc, cue, nxt, ce)
                    if cue.key in _BUYING and not _FOR.search(doc.text, cue.end, scope):
                        continue  # "would buy gas": buying is a gift only for another ("for Kyiv")
                    # "مستعدة لتدريب", "will train": the cue may name what it gives
                    lo = cue.start
                    if cue.key in _BACKING:
                        w = _WITH_WORD.search(doc.text, cue.end, scope)
                        if w is None:
                            continue  # "would back the plan": backing gives only what it backs with
                        lo = w.end()  # "would back the force with intelligence": not the force
                    inside = starting(cats, lo, scope)
                    categories = _heads(doc, inside)
                    if "demining" in categories:
                        categories = _demining(categories, cats, cs, ce)
                    if "gdp" in categories:
                        categories = _gdp_share(doc, categories, cue.end, scope)
                    fig = _first_figure(figures, fig_starts, cue.end, scope)
                    if fig is None and cue.value.startswith("family"):
                        # "a €500 million package": the amount before the noun
                        fig = _first_figure(figures, fig_starts, max(cs, cue.start - 30), cue.start)
                        if fig is not None and re.search(r"[,;:،؛]", doc.text[fig.start:cue.start]):
                            fig = None
                    if not categories:
                        # "a reassurance force, which Britain and France have offered to lead", "آلاف الجنود
                        # الذين قد تنشرهم فرنسا": what the relative pronoun stands for
                        categories = self._antecedent(doc, cats, cue, ss)
                    if fig is not None and len(fig.unit) == 3 and fig.unit.isupper():
                        categories.append("funding")
                    categories = list(dict.fromkeys(categories))
                    if cue.key in _AGREE and not _GIVING.search(doc.norm.text, doc.norm.to_view(cue.end),
                                                                doc.norm.to_view(scope)):
                        continue  # "اتفقوا على مواصلة المحادثات": agreeing to no gift
                    if not categories and self._deploys(doc, cue, scope):
                        categories = ["troops"]  # "ready to deploy within days"
                    if not categories:
                        if _SANCTIONS.search(doc.text, cue.end, min(scope + 12, cue.end + 30)):
                            continue  # "ستقدم حزمة عقوبات", "will impose sanctions": no gift
                        if cue.key in _WEAK or cue.key in _AGREE or cue.value.startswith("family"):
                            continue  # "ready to fight": readiness commits to nothing in particular
                        # "الجنود الإندونيسيين سيتولون حماية القوافل": what soldiers of a nation will do is troops
                        categories = ["troops"] if self._soldiers_before(doc, demonyms, cue, cs) else ["other"]
                    actors = self._actors(doc, mentions, cue, cs, ce, prev_actors)
                    if not actors and sent_actors and doc.lang == "ar" and \
                            _WHILE.search(doc.norm.text, doc.norm.to_view(max(ss, cue.start - 12)),
                                          doc.norm.to_view(cue.start)):
                        # "أعلن هيلي أن بلاده ستخصص ...، فيما ستتولى طائرات سلاح الجو الملكي مهام الدوريات"
                        actors = sent_actors
                    if "troops" in categories and self._troops_of_others(doc, demonyms, inside, actors):
                        # "to keep Ukrainian units supplied": whom it is for, not what is given
                        categories = [c for c in categories if c != "troops"]
                        if not categories and not (cue.key in _WEAK or cue.value.startswith("family")):
                            categories = ["other"]
                    prev_actors = actors or prev_actors
                    sent_actors = actors or sent_actors
                    for ent in actors:
                        for cat in categories:
                            self._add(out, seen, doc, ent, cat, fig, ss, se, doc.text[cue.start:cue.end])
                if nations:
                    self._nationals(doc, out, seen, cats, demonyms, cs, ce, ss, se)
        if out:
            self._gapped(doc, out, seen)
        doc.facts["pledge"] = out
        return doc

    def _gapped(self, doc: Doc, out: list, seen: set) -> None:
        """A pledge of money whose verb serves the next actor too, with an amount of its own ("وتعهدت قطر بمليار
        دولار، والكويت بخمسمئة مليون دولار", "Qatar pledged $1 billion and Kuwait $500 million"): the same
        pledge of that actor, for its amount."""
        figures = [f for f in doc.facts.get("figure", ()) if len(f.unit) == 3 and f.unit.isupper()]
        if len(figures) < 2:
            return
        mentions = doc.mentions
        for p in list(out):
            if p.value is None or p.category != "funding":
                continue
            ss, se = p.evidence.start, p.evidence.end
            own = next((f for f in figures if ss <= f.start < se and f.value == p.value and f.unit == p.unit), None)
            if own is None:
                continue
            for g in figures:
                if not own.end < g.start < se:
                    continue
                m = next((m for m in reversed(mentions) if own.end <= m.start and m.end <= g.start), None)
                if m is None or m.entity.type not in ("country", "organization"):
                    break
                if not _GAP_BEFORE.fullmatch(doc.text, own.end, m.start) or \
                        not _GAP_AFTER.fullmatch(doc.text, m.end, g.start):
                    break
                self._add(out, seen, doc, m.entity, "funding", g, ss, se, p.cue)
                own = g

    def _with_families(self, doc: Doc, commits: list) -> list:
        """The commitment cues and the family words that the future or an intention governs ("will also send",
        "plans to deploy", "is sending", "ستُرسل", "قد ترسل", "تعتزم إرسال", "جاهزة لتقديم"), where no commitment cue
        already governs them ("pledged to send", "مستعدة لإرسال")."""
        # (the commitment cues are in text order and do not overlap: their ends are in order too, and the last
        # one starting before a family word's end is the one that may overlap it)
        starts = [c.start for c in commits]
        ends = [c.end for c in commits]
        out = list(commits)
        for c in self.lexicon.cues(doc, "family"):
            k = bisect_right(ends, c.end) - 1
            if k >= 0 and ends[k] > c.start - 40 and not _PUNCT.search(doc.text, ends[k], c.start):
                continue  # "pledged to send", "تعهدت بإرسال": the commitment cue before reads it
            k = bisect_left(starts, c.end) - 1
            if k >= 0 and ends[k] > c.start:
                continue  # it overlaps a commitment cue
            # negated ones too: "لن ترسل قوات" pledges nothing, and ends what a cue before it commits to
            # (whether it is governed, the costliest test, last)
            if c.negated or self._governed(doc, c):
                out.append(Cue(c.start, c.end, c.key, "family-noun" if c.value == "noun" else "family", c.negated))
        if len(out) > len(commits):
            out.sort(key=_START)
        return out

    @staticmethod
    def _with_extra_amounts(doc: Doc, cues: list, figures) -> list:
        """The cues and the verbs of an amount marked as more than before ("Norway will spend an extra 5 billion
        crowns", "announced a further €30 million") or announced as a gift ("announced a C$400m loan"), where no
        cue stands between the verb and the amount."""
        starts = [c.start for c in cues]
        added = []
        for f in figures:
            if not (len(f.unit) == 3 and f.unit.isupper()):
                continue
            lo = max(0, f.start - 60)
            m = _EXTRA_BEFORE.search(doc.text, lo, f.start) if _EXTRA_END.search(doc.text, lo, f.start) else None
            if m is None:
                m = _ANNOUNCED_BEFORE.search(doc.text, max(0, f.start - 60), f.start)
                if m is None or not _GIFT_AFTER.match(doc.text, f.end):
                    continue
            k = bisect_left(starts, m.start())
            if k < len(starts) and starts[k] < f.end or k and cues[k - 1].end > m.start():
                continue  # "pledged a further ...": the cue there reads it
            at = m.start("verb")
            added.append(Cue(at, m.end("verb"), _n(m.group("verb").lower()), "extra", negated(doc, at)))
        return sorted(cues + added, key=_START) if added else cues

    @staticmethod
    def _governed(doc: Doc, cue) -> bool:
        """Whether a family word is told as to be done: by its future prefix or auxiliary, or an intention."""
        text = doc.text
        ss, _ = doc.sent_span(cue.start)
        if doc.lang == "ar" or "\u0600" <= cue.key[:1] <= "\u06ff":
            attached = text[max(0, cue.start - 2):cue.start]
            if cue.value == "imp" and "س" in attached and not attached[-1:].isspace() \
                    and (cue.start < 2 or not text[cue.start - 2].isalpha() or attached[0] in "وفس"):
                return True  # "سترسل", "وسترسل"
            # (read in the normalised view: a diacritic splits no word there, "أيضًا")
            view = doc.norm
            words = _WORD.findall(view.text, view.to_view(max(ss, cue.start - 60)), view.to_view(cue.start))[-5:]
            if cue.value == "imp":
                if words and words[-1] in ("سوف", "قد"):
                    return True
                # "قررت فرنسا أن ترسل"
                return len(words) >= 2 and words[-1] in ("ان", "بان") and any(_is_intent(w) for w in words[:-1])
            # a verbal noun: "تعتزم فرنسا إرسال", "جاهزة لتقديم", "وافقت على إرسال", "ستزيد مساهمتها", "مستعدة أيضًا
            # لنشر"
            if words and words[-1] in _AR_LINK:
                words = words[:-1]
            while words and words[-1] in _AR_BETWEEN:
                words = words[:-1]
            if words and (_AR_FUTURE_VERB.match(words[-1]) or _is_intent(words[-1])):
                return True
            if _agreement(doc, cue):
                return True  # "اتفاق يقضي بمنح": what the agreement grants is to be given
            # "تعتزم فرنسا إرسال": a name between the intention and the noun (the group of names right before
            # it: from the last one back while only linking words stand between)
            # (past a relative clause between commas: "وأعلنت سويسرا، التي لا تقدم سلاحا، عن صندوق")
            end = _before_inserted(doc, cue.start, ss)
            m, at = None, end
            for o in reversed(ending(doc, doc.mentions, max(ss, end - 40), end)):
                if any(w != "و" and w not in _AR_LINK for w in map(_n, _WORD.findall(text, o.end, at))):
                    break
                m, at = o, min(at, o.start)
            if m is not None and m.start >= end - 60:
                last = [_n(w) for w in _WORD.findall(text, max(ss, m.start - 30), m.start)[-2:]]
                # "تعتزم فرنسا إرسال"; "وقررت الحكومة اليابانية منح": one word of the name's phrase before it
                if (bool(last) and _is_intent(last[-1])) or \
                        (len(last) == 2 and _is_intent(last[0]) and last[1].startswith("ال") and last[1] not in _AR_INTENT):
                    return True
            return _announced_amount(doc, cue, ss)
        before = [w.lower() for w in _WORD.findall(text, max(ss, cue.start - 60), cue.start)[-5:]]
        words = list(before)
        while words and (words[-1] in _EN_BETWEEN or words[-1] in ("not", "never")) and words[-1] != "be":
            words.pop()
        if not words:
            return False
        if cue.value == "base" and words[-1] == "and" and \
                _FUTURE_THEN_AND.search(text, max(ss, cue.start - 90), cue.start):
            return True  # "will double its mission and put €600 million into a fund": the same future ("put")
        if cue.value == "base" and words[-1] in ("could", "might") and \
                _SAID_IT.search(text, max(ss, cue.start - 30), cue.start):
            return True  # "Morocco said it could contribute a field hospital": an offer of its own
        if cue.value == "base":
            if words[-1] in _EN_FUTURE:
                # "a fund that Kyiv hopes will channel $800 billion": the name hopes, the fund is to give
                return not _HOPED_BEFORE.search(text, max(ss, cue.start - 80), cue.start)
            if words[-1] == "to":
                w = words[:-1]
                while w and w[-1] in _EN_BETWEEN:
                    w.pop()
                return bool(w) and (w[-1] in _EN_INTENT or w[-1] in _EN_BE or " ".join(w[-2:]) in _EN_INTENT)
            return False
        if cue.value == "ing":
            if words[-1] in _EN_KEEP:  # "would keep paying for", "will continue sending"
                w = words[:-1]
                while w and w[-1] in _EN_BETWEEN:
                    w.pop()
                return bool(w) and (w[-1] in _EN_FUTURE or w[-1] == "to")
            return (words[-1] in _EN_BE and words[-1] != "been") or words[-1] in _EN_DECIDING
        if cue.value == "en-noun":
            near = text[max(ss, cue.start - 40):cue.start]
            if _OWNER.search(near):
                return True  # "Germany's contribution", "its package"
            return any(w in _EN_ANNOUNCING for w in before)
        return False

    def _add(self, out, seen, doc, ent: Entity, cat: str, fig, ss, se, cue: str) -> None:
        key = (ent.id, cat)
        if key in seen:
            return
        seen.add(key)
        value = unit = None
        if fig is not None and (cat == "funding") == (len(fig.unit) == 3 and fig.unit.isupper()):
            value, unit = fig.value, fig.unit
        out.append(Pledge(Evidence.of(doc.text, ss, se), ent, cat, value, unit, cue))

    @staticmethod
    def _scope_end(doc: Doc, cue, nxt, ce: int) -> int:
        """What a cue commits to ends at the next cue or at "، و<verb>" / ", and <subject>"."""
        end = nxt.start if nxt is not None else ce
        m = _NEXT_CLAUSE.search(doc.text[cue.end:end])
        end = cue.end + m.start() if m else end
        # "من دون أن تنشر قوات", "rather than contribute troops": what follows is not pledged
        m = _NOT_PLEDGED.search(doc.text, cue.end, end)
        end = m.start() if m else end
        # "ستواصل التقدم إذا لم تنسحب القوات الأوكرانية": a condition after it is not what it gives
        m = _IF_AFTER.search(doc.text, cue.end, end)
        return m.start() if m else end

    def _actors(self, doc: Doc, mentions, cue, cs: int, ce: int, prev=None) -> list[Entity]:
        group = []
        if doc.lang == "ar":
            # "أعلنت خلاله خمس وعشرون دولة استعدادها": counted states right before the cue, none named, are its
            # subject (not the names before them): the case's group, or a counted group
            lo = doc.norm.to_view(max(cs, cue.start - 40))
            near = _COUNT_GROUP.search(doc.norm.text, lo, doc.norm.to_view(cue.start))
            if near is not None and _is_count(near.group(1)) and not starting(
                    mentions, doc.norm.orig_index(near.end()), cue.start):
                g = self._count_group(doc, cue, doc.norm.orig_index(near.start()), ce)
                return [g] if g is not None else []
        if doc.lang != "ar" and doc.text[cue.start:cue.end].endswith("ing") and \
                _COMMA_BEFORE.search(doc.text[max(cs, cue.start - 4):cue.start]):
            # "Saudi Arabia and the UAE backed the fund on Monday, pledging $5 billion": the sentence's subject
            ss, _ = doc.sent_span(cue.start)
            first = [m for m in starting(mentions, ss, cue.start)  # not a dateline ("RIYADH —")
                     if not _DATELINE_DASH.match(doc.text[m.end:m.end + 12])]
            if first:
                group = actor_group(doc, mentions, first[0].start, ss, cue.start, after=True)
        if not group and doc.lang != "ar" and (_ELIDED.match(doc.text[cs:cue.start]) or _FUTURE_THEN_AND.search(
                doc.text, max(cs, cue.start - 90), cue.start)):
            # "Japan ruled out any military role but pledged funding": the sentence's subject
            out = self._sentence_subject(doc, mentions, cue)
            if out:
                return out
        if doc.lang == "ar" and cue.value == "family-noun" and _agreement(doc, cue):
            # "وقعت المفوضية والحكومة الأوكرانية اتفاقا يقضي بمنح أوكرانيا قرضا": the parties but the one granted
            return self._agreement_giver(doc, mentions, cue)
        if not group and doc.lang == "ar" and cue.value == "family-noun":
            ss, _ = doc.sent_span(cue.start)
            if _TOPIC.match(doc.norm.text, doc.norm.to_view(ss)):
                # "أما اليابان، التي ...، فأعلنت عن منحة": the topic the sentence opens with
                out = self._sentence_subject(doc, mentions, cue)
                if out:
                    return out
            # "وقررت الحكومة اليابانية منح أوكرانيا": the subject of the intention, not the name after the noun
            group = actor_group(doc, mentions, cue.start, cs, ce, after=False)
            if not group:
                # "وأعلنت سويسرا، التي لا تقدم سلاحا، عن صندوق": the name before a relative clause between commas
                ss, _ = doc.sent_span(cue.start)
                at = _before_inserted(doc, cue.start, ss)
                if at < cue.start:
                    group = actor_group(doc, mentions, at, ss, at, after=False)
        if not group and doc.lang == "ar" and not self._subject_before(doc, mentions, cue, cs):
            # (not an indefinite demonym: "لتدريب 5 آلاف شرطي فلسطيني" names whom, a subject is definite)
            group = [m for m in actor_group(doc, mentions, cue.end, cs, ce, after=True)
                     if m.via != "demonym" or normalize_str(m.text).lstrip("وفبل").startswith("ال")]
            gap = normalize_str(doc.text[cue.end:group[0].start]).split() if group else []
            if any(w in _AR_PREP for w in gap) or (gap and gap[0] in _AR_PREP):
                group = []  # "وستتولى مع فرنسا حماية ...": "with France" is no subject
        if not group and prev and doc.lang == "ar" and doc.text[cue.start - 1:cue.start] in ("و", "ف"):
            return prev  # "ستقيم مراكز عسكرية ..., وستتولى": the subject of the verb before
        if not group:
            q = self._quote_speaker(doc, cue)
            if q:
                return q  # «We will train Palestinian police», Safadi said
        pron = self._pronoun_before(doc, cue, cs) if not group and doc.lang == "ar" else None
        if pron:
            # "إن واشنطن لن تنشر جنودًا لكنها ستكون حاضرة بقدراتها", "أعلنت ميلوني أن بلادها لن ترسل قوات إلى
            # أوكرانيا، لكنها أبدت استعدادها", "فيما قالت الإمارات إنها ستموّل": the subject of the clause before
            # (not a name after a preposition)
            ss, _ = doc.sent_span(cue.start)
            at = doc.norm.orig_index(pron.start())
            before = [m for m in starting(mentions, ss, at)
                      if not _DATELINE_DASH.match(doc.text[m.end:m.end + 12])
                      and not self._after_preposition(doc, m)]
            # (a nationality qualifies a noun, "إلى الأراضي الأوكرانية، لكنها": a name is the subject)
            before = [m for m in before if m.via != "demonym"] or before
            if before:
                gap = doc.norm.text[doc.norm.to_view(before[-1].end):pron.start()]
                if any(_is_count(m.group(1)) for m in _COUNT_GROUP.finditer(gap)):
                    return []  # "أعلنت خلاله خمس وعشرون دولة استعدادها": counted states, none named
                # "قال سانشيز إن إسبانيا مستعدة ...، وإنها ستضع": the subject of the first reported clause, not a name
                # inside it ("... التي يعدّها تحالف الراغبين")
                if _SECOND_THAT.match(doc.norm.text, pron.start()):
                    first = next((m for m in before if _THAT_BEFORE.search(
                        doc.norm.text, doc.norm.to_view(max(ss, m.start - 6)), doc.norm.to_view(m.start))), None)
                    if first is not None and first is not before[-1]:
                        before = [first]
            out = self._state_of(doc, before[-1]) if before else []
            if out:
                return out
            out = self._sentence_subject(doc, mentions, cue)
            if out:
                return out  # "أما الأردن، فقد ...، لكنها ستواصل تدريب": the subject of the sentence
        if not group and doc.lang == "ar" and self._subject_before(doc, [], cue, cs):
            out = self._pronoun_subject(doc, mentions, cue, cs)
            if out:
                return out  # "مؤكدًا أن الحكومة خصصت", not a name before it ("كيف يحمون أوكرانيا")
        if not group:
            group = actor_group(doc, mentions, cue.start, cs, ce, after=False)
            if group and doc.lang == "ar" and all(self._object_nationality(doc, m) or self._after_preposition(doc, m)
                                                  for m in group):
                # "رفض روما إرسال جنود إلى الأراضي الأوكرانية، مع إبداء استعدادها", "رفض وارسو إرسال قوات إلى
                # أوكرانيا، مع استعدادها": the land's nationality, or the name after a preposition, is no subject;
                # the last name before it that is not after a preposition is
                ss, _ = doc.sent_span(cue.start)
                before = [m for m in starting(mentions, ss, group[0].start)
                          if m.via != "demonym" and not self._after_preposition(doc, m)]
                if before:
                    return self._state_of(doc, before[-1])
        if not group and doc.lang != "ar":
            # "Australia, which has already supplied armoured vehicles, will train": the name before the inserted
            # clause
            ss, _ = doc.sent_span(cue.start)
            m = _INSERTED_BEFORE.search(doc.text, max(ss, cue.start - 120), cue.start)
            if m is not None:
                group = actor_group(doc, mentions, m.start(), ss, cue.start, after=False)
        if group and doc.lang != "ar" and _INSERTED_THEN_PRONOUN.match(doc.text, group[-1].end, cue.start):
            # "Turkey, whose offer Israel has blocked, said it remained ready to": the name ends an inserted clause
            # and the pronoun stands for the sentence's subject
            out = self._pronoun_subject(doc, mentions, cue, cs)
            if out:
                return out
        if group and self._associates(doc, group):
            return []  # "Kyiv's partners had pledged", "تعهد حلفاء كييف": not the state named
        out: list[Entity] = []
        for m in group:
            ents = speakers_of(doc, m, self.kb)
            for ent in (ents[1:] if m.entity.type == "place" else ents):
                if ent not in out:
                    out.append(ent)
        if not out:
            out = self._pronoun_subject(doc, mentions, cue, cs)
        if not out:
            g = self._count_group(doc, cue, cs, ce)
            if g is not None:
                out.append(g)
        if not out and doc.lang == "ar":
            out = self._elided_subject(doc, mentions, cue)
        return out

    @staticmethod
    def _object_nationality(doc: Doc, m) -> bool:
        """Whether a nationality qualifies the object of a preposition ("إلى الأراضي الأوكرانية", "للجيش الأوكراني")."""
        if m.via != "demonym":
            return False
        words = doc.norm.text[doc.norm.to_view(max(0, m.start - 30)):doc.norm.to_view(m.start)].split()
        if not words:
            return False
        head = words[-1]
        return head[:2] in ("لل", "بال") or (len(words) > 1 and words[-2] in _AR_PREP)

    @staticmethod
    def _soldiers_before(doc: Doc, demonyms, cue, cs: int) -> bool:
        """Whether the cue's subject right before it is soldiers of a nation ("الجنود الفرنسيين سيتولون")."""
        at = cue.start
        while at > cs and doc.text[at - 1] in _ATTACHED:
            at -= 1
        near = ending(doc, demonyms, max(cs, at - 2), at)
        if not near:
            return False
        m = near[-1]
        before = doc.norm.text[doc.norm.to_view(max(cs, m.start - 12)):doc.norm.to_view(m.start)].split()
        return bool(before) and before[-1] in _TROOP_NOUNS

    def _agreement_giver(self, doc: Doc, mentions, cue) -> list[Entity]:
        """Who gives what an agreement grants: the parties that sign or reach it (the sentence's subject) but the
        one it is granted to (the name right after the giving noun: "بمنح أوكرانيا")."""
        granted = {e.id for m in starting(mentions, cue.end, cue.end + 3) for e in speakers_of(doc, m, self.kb)}
        return [e for e in self._sentence_subject(doc, mentions, cue) if e.id not in granted]

    @staticmethod
    def _pronoun_before(doc: Doc, cue, cs: int):
        """"وأنها مستعدة", "لكنها ستكون حاضرة", "وكشفت أنها ستضخ": the pronoun before the cue's word (with its
        attached future prefix), matched in the normalised view (its offsets are the view's)."""
        at = cue.start
        while at > cs and doc.text[at - 1] in _ATTACHED:
            at -= 1
        view = doc.norm
        return _AR_PRONOUN.search(view.text, view.to_view(max(cs, at - 24)), view.to_view(at))

    @staticmethod
    def _subject_before(doc: Doc, mentions, cue, cs: int) -> bool:
        """"أن كندا ستواصل تدريب الجيش الأوكراني", "بلاده ستواصل دعم موازنة السلطة": the subject stands right before
        the verb, and a name after it is its object."""
        at = cue.start
        while at > cs and doc.text[at - 1] in _ATTACHED:
            at -= 1
        if ending(doc, mentions, max(cs, at - 1), at - 1):
            return True  # (one space between)
        pron = PledgeExtractor._pronoun_before(doc, cue, cs)
        if pron is not None and pron.group("fut") is None:
            return True  # "أعلنت السويد أنها ستزود أوكرانيا": the pronoun is the subject
        view = doc.norm
        words = view.text[view.to_view(max(cs, at - 12)):view.to_view(at)].split()
        return bool(words) and words[-1] in _HIS_COUNTRY

    def _elided_subject(self, doc: Doc, mentions, cue) -> list[Entity]:
        """"وقال ماكرون ... . كما أعلن تخصيص 200 مليون يورو": a sentence that opens on its verb with no subject
        continues the subject of the sentence before it (in the same paragraph)."""
        si = doc.sent_index(cue.start)
        ss, _ = doc.sents[si] if doc.sents else (0, len(doc.text))
        if si == 0 or starting(mentions, ss, cue.start):
            return []
        opening = [_n(w) for w in _WORD.findall(doc.text[ss:cue.start])]
        if opening[:1] in (["كما"], ["وكما"]):
            opening = opening[1:]
        if len(opening) > 1 or (opening and not _AR_VERB_OPEN.match(opening[0])):
            return []
        ps, pe = doc.sents[si - 1]
        if "\n\n" in doc.text[pe:ss] or "\n\n" in doc.text[ps:pe]:
            return []
        first = [m for m in starting(mentions, ps, pe) if m.entity.type in ("person", "country")
                 and not self._after_preposition(doc, m) and not _DATELINE_DASH.match(doc.text[m.end:m.end + 12])]
        return self._state_of(doc, first[0]) if first else []

    @staticmethod
    def _after_preposition(doc: Doc, m) -> bool:
        """"إلى أوكرانيا", "في الإليزيه", "لأوكرانيا": a name that is no subject."""
        words = normalize_str(doc.text[max(0, m.start - 8):m.start]).split()
        if m.start > 0 and doc.text[m.start - 1].isalpha():
            return doc.text[m.start - 1] in "لب"  # a proclitic preposition
        return bool(words) and words[-1] in _AR_PREP

    @staticmethod
    def _associates(doc: Doc, group) -> bool:
        """"Kyiv's partners", "Ukraine's Western allies", "حلفاء كييف": a group named as those around a state."""
        if doc.lang == "ar":
            m = group[0]
            return _AR_ASSOCIATES.search(doc.norm.text, doc.norm.to_view(max(0, m.start - 12)),
                                         doc.norm.to_view(m.start)) is not None
        return _EN_ASSOCIATES.match(doc.text, group[-1].end) is not None

    @staticmethod
    def _troops_of_others(doc: Doc, demonyms, inside, actors) -> bool:
        """Whether every troops word a cue names is qualified by the nationality of a state not among its actors
        ("Ukrainian units", "الجنود الأوكرانيين", not "British troops" of Britain)."""
        ids = {a.id for a in actors}
        troops = [c for c in inside if c.value == "troops"]
        for c in troops:
            near = starting(demonyms, c.end, c.end + 2) + ending(doc, demonyms, c.start - 2, c.start)
            if not any(m.entity.type == "country" and m.entity.id not in ids for m in near):
                return False
        return bool(troops)

    @staticmethod
    def _not_a_gift(doc: Doc, cue, ce: int) -> bool:
        """Whether one of the first three words the cue governs (no article, before punctuation and a preposition)
        is a proposal or a meeting: "القاهرة عرضت صيغة", "ستستضيف الخميس المقبل اجتماعا", "would offer alternatives"."""
        view = doc.norm  # (normalised and lower-cased: its words are the lists' words)
        lo, hi = view.to_view(cue.end), view.to_view(min(ce, cue.end + 50))
        p = _PUNCT.search(view.text, lo, hi)
        n = 0
        for w in _WORD.findall(view.text, lo, p.start() if p is not None else hi):
            if w in _ARTICLES:
                continue
            if w in _NOT_GIFTS:
                return True
            n += 1
            if n == 3 or w in _PREPOSITIONS:
                return False  # "pledged support for the plan": what is given comes before
        return False

    def _gift_next(self, doc: Doc, cats, cue) -> bool:
        """Whether a giving word or a category starts right after the cue ("ستواصل تمويل", "will continue to send")."""
        lo = cue.end
        subject = starting(doc.mentions, lo, lo + 2)
        if subject and doc.lang == "ar":
            lo = subject[0].end  # "وتواصل مصر تدريب": the subject after the verb
        hi = lo + 3  # (a space and a proclitic: "ستواصل بتقديم")
        return bool(starting(cats, lo, hi) or starting(self.lexicon.cues(doc, "family"), lo, hi))

    @staticmethod
    def _deploys(doc: Doc, cue, scope: int) -> bool:
        """Whether the cue is, or governs at once, a verb of deploying."""
        if cue.key in _DEPLOY:
            return True
        first = _WORD.match(doc.text, cue.end + 1, scope) if doc.text[cue.end:cue.end + 1] == " " else None
        return first is not None and first.group().lower() in _DEPLOY

    @staticmethod
    def _antecedent(doc: Doc, cats, cue, ss: int) -> list[str]:
        """The categories named right before a relative pronoun that opens the cue's clause (", which", "الذين")."""
        rel = None
        for rel in _RELATIVE.finditer(doc.norm.text, doc.norm.to_view(max(ss, cue.start - 60)),
                                      doc.norm.to_view(cue.start)):
            pass
        if rel is None:
            return []
        at = doc.norm.orig_index(rel.start())
        if _PUNCT.search(doc.text, doc.norm.orig_index(rel.end()), cue.start):
            return []
        before = ending(doc, cats, max(ss, at - 40), at)
        return _demining([c.value for c in before if not _PUNCT.search(doc.text, c.end, at)][-1:], cats, ss, at)

    @staticmethod
    def _compound(doc: Doc, cats, cue) -> bool:
        """"to match troop offers to the tasks", "funding pledges": a noun after what it is of."""
        if cue.key not in _NOUN_CUES:
            return False
        before = ending(doc, cats, cue.start - 1, cue.start - 1)
        return bool(before) and doc.text[cue.start - 1] == " "

    @staticmethod
    def _nominal(doc: Doc, cue) -> bool:
        """"the offer", "the Swedish offer" (not "the EU will lend": a name is the subject)."""
        m = _NOMINAL.search(doc.text, max(0, cue.start - 24), cue.start)
        if m is None:
            return False
        if m.group("adj") is None:
            return True
        at = m.start("adj")
        return not any(x.via != "demonym" for x in covering(doc, doc.mentions, at))

    def _quote_speaker(self, doc: Doc, cue) -> list[Entity]:
        """A commitment in the first person inside a quote: the speaker and the state they speak for."""
        view, at = doc.norm.text, doc.norm.to_view(cue.start)  # (_WE is a pattern of the normalised view)
        if not _WE.search(view, doc.norm.to_view(max(0, cue.start - 12)), at) and cue.key not in _FIRST_PERSON and \
                not (doc.lang == "ar" and view[at:at + 2] == "سن"):
            return []
        for q in doc.quotes:
            if q.speaker is not None and q.start <= cue.start < q.end:
                for m in doc.mentions:
                    if m.entity.id == q.speaker.id:
                        return self._state_of(doc, m, person_too=True)
                return [q.speaker]
        return []

    def _sentence_subject(self, doc: Doc, mentions, cue) -> list[Entity]:
        """The first actor named in the sentence, as the state it stands for."""
        ss, _ = doc.sent_span(cue.start)
        first = [m for m in starting(mentions, ss, cue.start)
                 if not _DATELINE_DASH.match(doc.text[m.end:m.end + 12])]
        if not first:
            return []
        group = actor_group(doc, mentions, first[0].start, ss, cue.start, after=True)
        out: list[Entity] = []
        for m in group:
            for ent in self._state_of(doc, m, person_too=True):
                if ent not in out:
                    out.append(ent)
        return out

    def _state_of(self, doc: Doc, m, person_too: bool = False) -> list[Entity]:
        """The actor a mention stands for: a place's state, a person and the state of any role they hold."""
        ents = speakers_of(doc, m, self.kb)
        if m.entity.type == "place":
            return ents[1:]
        if m.entity.type == "person" and len(ents) < 2 and self.kb is not None:
            actor = self.kb.get(m.entity.id) or doc.meta.get("provisional", {}).get(m.entity.id)
            for r in (actor.roles if actor is not None else ()):
                c = self.kb.get(r.country) if r.country and r.active(doc.date) else None
                if c is not None:
                    return ([m.entity] if person_too else []) + [c.entity]
        return ents if person_too or m.entity.type != "person" else ents[1:]

    def _pronoun_subject(self, doc: Doc, mentions, cue, cs: int) -> list[Entity]:
        """"Indonesia, which signed on Thursday, has said it will send troops": the subject the pronoun
        stands for; "أعلن إسحاق دار أن بلاده مستعدة لإرسال": the speaker's state."""
        ss, _ = doc.sent_span(cue.start)
        window = doc.norm.text[doc.norm.to_view(max(ss, cue.start - 40)):doc.norm.to_view(cue.start)]
        before = window.split()[-4:]
        if any(w in _HIS_COUNTRY for w in before) or _HIS_COUNTRY_EN.search(window):
            persons = [m for m in starting(mentions, ss, cue.start) if m.entity.type == "person"]
            if persons:
                return self._state_of(doc, persons[-1])
            # "ويقول دبلوماسي تركي ... إن بلاده مستعدة": an unnamed speaker of a nationality speaks for its state
            nationals = [m for m in starting(doc.mentions, ss, cue.start)
                         if m.via == "demonym" and m.entity.type == "country"]
            return [nationals[-1].entity] if nationals else []
        if any(w in ("it", "he", "she", "they") for w in before):
            # "At a meeting in Vilnius, ministers from Lithuania, Latvia and Estonia said they were prepared to":
            # the group the sentence is about, not a place things happen in
            first = [m for m in starting(mentions, ss, cue.start)
                     if not _PLACE_PREP_BEFORE.search(doc.text[max(0, m.start - 8):m.start])]
            if first:
                out: list[Entity] = []
                for m in actor_group(doc, mentions, first[0].start, ss, cue.start, after=True):
                    for ent in speakers_of(doc, m, self.kb):
                        if ent not in out:
                            out.append(ent)
                return out
        return []

    def _count_group(self, doc: Doc, cue, cs: int, ce: int) -> Entity | None:
        """"تعهدت ست وعشرون دولة", "26 countries committed": the case's group, or a counted group."""
        view = doc.norm.text
        window = view[doc.norm.to_view(cs):doc.norm.to_view(ce)]
        m = next((m for m in _COUNT_GROUP.finditer(window) if _is_count(m.group(1))), None)
        if not m:
            return None  # (not "the United Nations", "الأموال دول": a count is a number)
        for mm in doc.mentions:
            if mm.entity.type == "group":
                return mm.entity
        count = m.group(1)
        return Entity(f"group-{re.sub(r'[^0-9a-z]+', '-', count.lower()).strip('-') or 'countries'}-countries",
                      "group", f"{count} countries", None, True)

    @staticmethod
    def _troops_word(doc: Doc, ss: int, se: int) -> bool:
        """Whether the sentence [ss, se) holds a troops word (in the view)."""
        view = doc.norm.text
        vss, vse = doc.norm.to_view(ss), doc.norm.to_view(se)
        for w in _TROOP_STEMS:
            if view.find(w, vss, vse) != -1:
                return True
        return False

    @staticmethod
    def _after_troops(doc: Doc, m, vcs: int) -> bool:
        """Whether a troops word stands right before the nationality ``m`` (in its clause, from ``vcs`` in the
        view): "الجنود الفرنسيين"."""
        view = doc.norm.text
        vm = doc.norm.to_view(m.start)
        before = view[max(vcs, vm - 12):vm].split()
        return bool(before) and before[-1].strip("\"'«“(") in _TROOP_NOUNS  # (the last word only is read)

    def _nationals(self, doc: Doc, out, seen, cats, demonyms, cs, ce, ss, se) -> None:
        """"الجنود الفرنسيين والبريطانيين والأتراك سيكونون حاضرين": troops of each nationality."""
        nationals = starting(demonyms, cs, ce)
        if not nationals:
            return
        view = doc.norm.text
        vcs, vce = doc.norm.to_view(cs), doc.norm.to_view(ce)
        # (those of a country right after a troops word; the future looked for, over the whole clause, only then)
        troops = [m for m in nationals if m.entity.type == "country" and self._after_troops(doc, m, vcs)]
        if not troops or not _FUTURE_NEAR.search(view, vcs, vce):
            return
        for m in troops:
            group = actor_group(doc, demonyms, m.start, cs, ce, after=True)
            extra = _demining([c.value for c in starting(cats, cs, ce) if c.value != "troops"], cats, cs, ce)
            for g in group:
                for cat in ["troops"] + list(dict.fromkeys(extra)):
                    self._add(out, seen, doc, g.entity, cat, None, ss, se, "")
