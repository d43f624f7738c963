"""Word lists for quote detection and attribution (``marsad.quote_rules.v1``), in normalised form."""
from __future__ import annotations

from ..text.inflect import ar_imperfect, ar_past
from ..text.normalize import normalize_str

VERSION = "marsad.quote_rules.v1"


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize_str(w) for w in words.split())


# Speech verbs: perfect (masc./fem.), imperfect and active participles used as adverbs.
AR_SPEECH_VERBS = _n("""
قال قالت صرح صرحت أكد أكدت أوضح أوضحت أشار أشارت شدد شددت أعلن أعلنت أضاف أضافت تابع تابعت ختم ختمت
اختتم اختتمت اعتبر اعتبرت رأى رأت لفت لفتت نفى نفت حذر حذرت كشف كشفت ذكر ذكرت أفاد أفادت أبلغ أبلغت
كتب كتبت وصف وصفت استدرك استدركت كرر كررت نقل نقلت رد ردت أجاب أجابت تساءل تساءلت
قالوا أكدوا أضافوا أوضحوا أشاروا شددوا أعلنوا اعتبروا رأوا حذروا ذكروا أفادوا قالا أكدا استطرد استطردت أردف أردفت جدد جددت اعترف اعترفت أقر أقرت علق علقت زعم زعمت أصر أصرت
يقول تقول يؤكد تؤكد يرى ترى يعتبر تعتبر يشير تشير يوضح توضح يضيف تضيف يصر تصر يشدد تشدد يحذر تحذر
قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة معتبرا معتبرة لافتا لافتة مشددا مشددة
متابعا متابعة محذرا محذرة مردفا
توعد توعدت متوعدا متوعدة نوه نوهت منوها منوهة مبينا مبينة معلنا معلنة مذكرا مذكرة
""")
# Families of speech verbs, every person generated (:func:`_ar_family`): (past, imperfect stem after the person
# prefix, active participle). "أعربت", "يعربون"; "ألمحوا", "تلمح". (The participles, "مجددة رفض بلادها",
# "معربا عن أمله", take a noun more often than a reported clause: only those of the list above count.)
AR_SPEECH_FAMILIES = (
    ("قال", "قول", "قائل"), ("أكد", "ؤكد", "مؤكد"), ("أوضح", "وضح", "موضح"), ("أشار", "شير", "مشير"),
    ("شدد", "شدد", "مشدد"), ("أضاف", "ضيف", "مضيف"), ("اعتبر", "عتبر", "معتبر"), ("حذر", "حذر", "محذر"),
    ("أعلن", "علن", "معلن"), ("أعرب", "عرب", "معرب"), ("لفت", "لفت", "لافت"), ("نبه", "نبه", "منبه"),
    ("ألمح", "لمح", "ملمح"), ("لمح", "لمح", "ملمح"), ("رجح", "رجح", "مرجح"), ("توقع", "توقع", "متوقع"),
    ("استبعد", "ستبعد", "مستبعد"), ("شرح", "شرح", "شارح"), ("ادعى", "دعي", "مدعي"), ("قدر", "قدر", "مقدر"),
    ("ذكر", "ذكر", "مذكر"), ("كشف", "كشف", "كاشف"), ("أبلغ", "بلغ", "مبلغ"),
    ("جدد", "جدد", "مجدد"), ("أقر", "قر", "مقر"), ("اعترف", "عترف", "معترف"), ("نفى", "نفي", "ناف"),
    ("أصر", "صر", "مصر"), ("زعم", "زعم", "زاعم"), ("صرح", "صرح", "مصرح"), ("تابع", "تابع", "متابع"),
    ("استدرك", "ستدرك", "مستدرك"), ("أردف", "ردف", "مردف"), ("رأى", "رى", "رائي"), ("وصف", "صف", "واصف"),
    ("كتب", "كتب", "كاتب"), ("علق", "علق", "معلق"), ("تساءل", "تساءل", "متسائل"), ("نوه", "نوه", "منوه"),
    ("طالب", "طالب", "مطالب"),  # "وطالب بأن يُحذف البند": a demand told in words
)


def _ar_family() -> frozenset[str]:
    out: set[str] = set()
    for past, stem, _participle in AR_SPEECH_FAMILIES:
        out.update(ar_past(past) + ar_imperfect(stem))
    return frozenset(normalize_str(w) for w in out)


AR_SPEECH_VERBS = AR_SPEECH_VERBS | _ar_family()
# Verbs that report speech by describing something: the object described is part of what is reported
# ("واصفًا المقترح بأنه «خطوة أولى»", "متهمة الأمم المتحدة بأنها ...", "described the plan as "a trap"").
AR_DESCRIBE_VERBS = _n("""وصف وصفت وصفوا يصف تصف واصفا واصفة اتهم اتهمت اتهموا يتهم تتهم متهما متهمة""")
AR_SPEECH_VERBS = AR_SPEECH_VERBS | AR_DESCRIBE_VERBS | _n("مقرا مقرة")
EN_DESCRIBE_VERBS = frozenset("""described describes describing called calls calling dismissed dismisses dismissing
accused accuses accusing branded brands branding labelled labeled labelling labeling""".split())
# Of those, the verbs that also name ("a group called "X""): they describe only with an object before the quote,
# and not as "called for", "called on"
EN_NAMING_VERBS = frozenset("called calls calling branded brands branding labelled labeled labelling labeling".split())
EN_PARTICLES_AFTER_CALL = frozenset("for on off up back in out to upon".split())
# Active participles used as adverbs ("..., مضيفًا أن", "واصفًا المقترح بأنه"): their subject is that of the
# sentence before them, never a name after them (which is their object: "متهمة الأمم المتحدة بأنها").
AR_PARTICIPLES = _n("""نافيا نافية مطالبا مطالبة قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة معتبرا معتبرة لافتا لافتة
مشددا مشددة متابعا متابعة محذرا محذرة مردفا مردفة متوعدا متوعدة منوها منوهة مبينا مبينة معلنا معلنة مذكرا مذكرة
واصفا واصفة متهما متهمة مقرا مقرة""")
# Participles whose object is a verbal noun that tells what was said: "مؤكدًا رفض بلاده القاطع لأي وجود ...",
# "نافيًا وجود أي نية", "مطالبًا الوسطاء بإلزام إسرائيل" (but "مطالبًا بتشديد العقوبات": a demand, no words)
AR_MASDAR_PARTICIPLES = _n("مؤكدا مؤكدة نافيا نافية مطالبا مطالبة")
AR_SPEECH_VERBS = AR_SPEECH_VERBS | AR_MASDAR_PARTICIPLES
# Verbs that continue the previous speaker when they have no subject of their own.
AR_CONTINUATION = _n("أضاف أضافت تابع تابعت ختم ختمت اختتم اختتمت استطرد استطردت أردف أردفت مضى مضت")
# Nouns that introduce reported speech: "إعلان أوكرانيا أن ...".
AR_SPEECH_NOUNS = _n("إعلان تصريح تصريحات قول قوله قولها قولهم بيان كلمة تأكيد")
AR_ACCORDING = ("بحسب", "حسب", "وفقا ل", "وفق", "نقلا عن", "على لسان", "طبقا ل")
AR_COMPLEMENTIZERS = _n("أن أنّ إن إنّ بأن أنه أنها أنهم أنهما إنه إنها إنهم إنهما بأنه بأنها بأنهم إلى")
# Before أن these make a conjunction, not the complementiser of a speech verb: "غير أن ميلوني جددت", "بعد أن".
AR_CONJUNCTION_BEFORE_AN = _n("غير إلا الا بيد رغم برغم مع بعد قبل منذ لو كما حيث بما ريثما")
# After "وإن" these make it concessive ("even though"), not a second reported clause.
AR_CONCESSIVE_AFTER = _n("كان كانت كانوا كانا يكن تكن لم لا ظل ظلت ظلوا بقي بقيت بقوا")  # "وإن ظلت نقطة الخلاف"
AR_ANON = _n("""مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين دبلوماسي دبلوماسية دبلوماسيون دبلوماسيين متحدث
خبير خبراء محلل محللون مراقبون مراقب شخص أشخاص مطلع مطلعة مطلعون وزارة الوزارة هيئة مكتب
عائلات أهالي سكان شهود ناشطون ناشطين نشطاء متحدثة ناطق ناطقة""")  # the last line: unnamed groups ("وقالت عائلات الرهائن إنها")

EN_SPEECH_VERBS = frozenset("""said says say told tells added adds warned warns insisted insists stressed stresses
noted notes argued argues explained explains announced announces declared declares wrote writes asked asks
replied replies continued urged urges claimed claims acknowledged acknowledges cautioned conceded confirmed
confirms emphasised emphasized emphasises emphasizes observed remarked tweeted posted stated states
maintained maintains predicted recalled reiterated reiterates admitted admits suggested suggests
telling saying adding arguing warning insisting noting stressing calling describing called described
hailed dismissed went repeated repeats reminded reminds assured assures promised promises accused accusing
""".split())
# the other forms of the families of English speech verbs ("vowed", "underlined", "signalled" ...)
EN_SPEECH_VERBS = EN_SPEECH_VERBS | frozenset("""vowed vows underlined underlines underscored underscores reaffirmed
reaffirms contended contends countered counters responded responds signalled signaled signals indicated indicates
estimated estimates alleged alleges complained complains lamented laments pointed hinted hints conceded concedes
cautions observes remarks recalls recalls admitted threatened threatens predicted predicts stating
asserted asserts agreed expected expects acknowledging announcing declaring explaining emphasising emphasizing
complaining claiming conceding cautioning predicting suggesting vowing admitting asserting recalling lamenting
reiterating
""".split())
# Verbs after which English reports speech without "that": "Starmer said the force would ..."
EN_ZERO_THAT = frozenset("""said says say saying told warned insisted argued stressed noted added believes believed insists warns
argues stresses notes adds confirmed confirms announced announces acknowledged acknowledges admitted admits conceded
concedes claimed claims maintained maintains vowed vows reiterated reiterates signalled signaled indicated promised promises
claiming""".split())
# Of those, the verbs that also take a noun object ("confirmed the delivery", "announced new sanctions"): what
# follows is a reported clause only when a verb of its own comes within a few words ("confirmed it would send")
EN_ZERO_THAT_OBJECT = frozenset("""confirmed confirms announced announces acknowledged acknowledges admitted admits
conceded concedes claimed claims maintained maintains reiterated reiterates signalled signaled indicated promised promises
claiming""".split())
# Words that cannot open a reported clause after such a verb: "said in Kyiv", "said nothing", "would not say
# whether" (but "said more than 40 ...", and "said it will" when an auxiliary follows "it")
EN_NOT_CLAUSE_START = frozenset("""to by of for with at in on after before during from as when while it so yes nothing
little more much whether if how what why who where which""".split())
# After a speech verb, the words that end the search for a subject standing after it ("said Peskov"): the
# subject of English comes right after the verb, never after a preposition ("said after a call with Macron")
EN_SUBJECT_STOP = frozenset("""that on in at during after before with about following alongside to for from by of
when while""".split())
# Words opening a subordinate clause after an attribution: "..., Zelensky said, as Washington pressed ..."
EN_SUBORDINATORS = frozenset("as while after before when because since though although even with amid".split())
# Verbs of an attribution that ends its sentence: "..., officials said."
EN_FINAL_VERBS = frozenset("said says added reported confirmed".split())
# What may stand between such a verb and the reported clause.
EN_SKIP_AFTER = frozenset("""later afterward afterwards earlier yesterday today tonight separately also again
repeatedly privately publicly recently late""".split())
EN_SKIP_PHRASES = (
    "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "on sunday",
    "in a statement", "in an interview", "in a post", "in a briefing", "at a briefing", "at a news conference",
    "at a press conference", "in a speech", "on television", "on x", "late on monday", "late on tuesday",
    "late on wednesday", "late on thursday", "late on friday", "late on saturday", "late on sunday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last week", "this week",
)
EN_TOLD_OBJECTS = frozenset("""reporters journalists lawmakers parliament mps senators allies leaders colleagues
the a his her their news conference broadcaster bbc cnn parliamentarians diplomats officials""".split())
# After "said it", these make "it" the subject of the reported clause: "has said it will send troops".
EN_AUXILIARIES = frozenset("will would could can may might must should shall is was has had does did".split())
# Words that end the description of an anonymous source read backwards ("..., though officials say")
EN_CONJUNCTIONS = frozenset("and but though although while whereas as because since if when yet or".split())
EN_CONTINUATION = frozenset("added continued went".split())
EN_ANON = frozenset("""source sources official officials diplomat diplomats aide aides adviser advisers advisor
person people insider insiders analyst analysts observer observers spokesperson ministry participant participants
attendee attendees residents witnesses activists families relatives spokesman spokeswoman""".split())
# Nouns of an institution whose voice is the state or body named with it ("وزارة الخارجية الإماراتية").
INSTITUTIONS = _n("وزارة هيئة مكتب متحدث متحدثة ناطق ناطقة رئاسة") | frozenset(
    "ministry spokesperson spokesman spokeswoman office presidency".split())
# Of those, the nouns of a person speaking for a body: "the spokesman" may refer back to a person quoted before.
SPOKESPERSONS = _n("متحدث متحدثة ناطق ناطقة") | frozenset("spokesperson spokesman spokeswoman".split())
RELATIVE_PRONOUNS = _n("which who whose الذي التي الذين اللذين اللتين")
EN_PRONOUNS = frozenset("he she they it we i".split())
# Arabic words that carry the subject as a pronoun before a verb ("لكنه استدرك").
AR_PRONOUN_SUBJECTS = _n("لكنه لكنها وهو وهي إنه إنها أنه أنها فهو فهي كما بينما")

# Before a quotation mark, these make it a name or a title rather than a quotation.
TITLE_MARKERS = (
    "so-called", "so called", "dubbed", "called", "named", "titled", "entitled", "known as", "labelled",
    "labeled", "the term", "the phrase", "the word",
    "ما يسمى", "ما يسمي", "ما تسمى", "ما يعرف", "ما تعرف", "المسمى", "المسماة", "بعنوان", "تحت اسم", "تحت مسمى",
    "باسم", "تسمية", "عبارة", "مصطلح", "شعار",
)


def cue_words(lang: str) -> frozenset[str]:
    """Every normalised word that can make a sentence worth reading for speech."""
    if lang == "ar":
        base = AR_SPEECH_VERBS | AR_SPEECH_NOUNS | frozenset(normalize_str(w.split()[0]) for w in AR_ACCORDING)
        return base | frozenset(p + w for w in base for p in ("و", "ف", "ب", "ل"))
    return EN_SPEECH_VERBS | frozenset(("according", "statement", "announcement", "remarks"))


# English subjects that are texts, not speakers: "point eight said", "the draft says", "article 5 states".
EN_TEXT_SUBJECTS = frozenset("point points article articles clause clauses paragraph paragraphs provision "
                             "provisions draft drafts document documents text".split())
EN_TEXT_SUBJECT_FILLERS = frozenset("one two three four five six seven eight nine ten eleven twelve first second "
                                    "third fourth fifth sixth seventh eighth ninth tenth last final new original "
                                    "revised latest".split())
