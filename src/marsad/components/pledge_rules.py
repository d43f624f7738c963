"""Cue words of commitments and their categories (``marsad.pledge_rules.v1``).

Words are separated by white space; the words of a phrase are joined by "_".
"""
from __future__ import annotations

from ..text.inflect import en_forms

VERSION = "marsad.pledge_rules.v1"

COMMIT = """
ستساهم سيساهم تساهم يساهم سنساهم ستشارك سيشارك تعهد تعهدت تعهدوا يتعهد تتعهد ستنشر سينشر سننشر سترسل سيرسل
سنرسل ستقدم سيقدم سنقدم التزم التزمت التزموا تلتزم يلتزم ستتولى سيتولى ستوفر سيوفر عرضت عرضوا ستقيم سيقيم
ستقود سيقود مستعدة_لنشر مستعد_لنشر مستعدة_لإرسال مستعد_لإرسال
أعلنت_عن_مساهمة أعلن_عن_مساهمة استعدادها استعداده استعدادهما استعدادهم ستقرض سيقرض ستمول سيمول
إقراض
pledged pledge pledges pledging committed commit commits will_contribute would_contribute will_send would_send
will_deploy would_deploy will_provide would_provide offered offers offer promised promises has_promised
will_supply will_lead would_lead will_take_charge will_lend would_lend lend will_fund ready_to prepared_to will_establish would_establish will_set_up
would_set_up will_run would_run
ستزود سيزود ستزودها سيزودها تزود يزود رصدت رصد خصصت خصص جهزت جهز ستجهز سيجهز ستدعم سيدعم
allocated has_allocated earmarked announced_a_package announced_a_new_package unveiled_a_package
unveiled_a_new_package حزمة_مساعدات حزمة_المساعدات aid_package package_of_military_aid package_of_aid
will_act_as would_act_as ستؤدي_دور سيؤدي_دور ستؤدي_دورا سيؤدي_دورا ستلعب_دورا سيلعب_دورا ستلعب_الدور سيلعب_الدور
قد_تنشر قد_ينشر قد_ترسل قد_يرسل ستخصص سيخصص ستدرب سيدرب سندرب ستواصل سيواصل سنواصل تواصل يواصل
مستعدة_لتقديم مستعد_لتقديم مستعدون_لتقديم مستعدة_للمساهمة مستعد_للمساهمة مستعدة_لتدريب مستعد_لتدريب
اتفق اتفقت اتفقوا اتفقا اتفقتا
ستوفران سيوفران ستقدمان سيقدمان سترسلان سيرسلان ستنشران سينشران ستساهمان سيساهمان مستعدين_لنشر مستعدون_لنشر
مستعدين_لإرسال
ستقيمان سيقيمان ستتوليان سيتوليان ستقودان سيقودان ستزودان سيزودان ستخصصان سيخصصان ستدربان سيدربان ستمولان سيمولان
ستشاركان سيشاركان سيقيمون سيتولون سيقودون سيزودون سيخصصون سيدربون سيمولون سينشرون سيرسلون سيقدمون سيساهمون
سيشاركون سيوفرون
نتعهد نلتزم سنوفر سنزود سنقيم سنخصص سنمول سنقرض مستعدون_لإرسال مستعدون_لنشر مستعدون_للمساهمة مستعدون_لتدريب
will_train would_train will_continue_to would_continue_to willing_to agreed_to_provide agreed_to_lend
agreed_to_give agreed_to_send agreed_on led_the_pledges leads_the_pledges set_aside sets_aside
ستسلم سيسلم سنسلم ستسلمان سيسلمان will_deliver would_deliver
will_spend would_spend
سترفع_عدد سيرفع_عدد سنرفع_عدد سترفع_عديد سيرفع_عديد will_increase_its_contingent would_increase_its_contingent will_raise_its_contingent will_boost_its_contingent
"""
# Cues in the first person: inside a quote, a commitment of its speaker (and of the state they speak for)
# without a "we" before them; the forms with the future prefix "سن" are known by it.
FIRST_PERSON = """
نتعهد نلتزم
"""
# Cues that commit to nothing in particular: a pledge only where the clause names what is given.
WEAK = """
استعدادها استعداده استعدادهما استعدادهم ready_to prepared_to willing_to will_run would_run ستقود سيقود
ستواصل سيواصل سنواصل تواصل يواصل will_continue_to would_continue_to committed commit commits allocated has_allocated
earmarked مستعدة_لتقديم مستعد_لتقديم مستعدون_لتقديم set_aside sets_aside
"""
# Nouns of those around a state: "Kyiv's partners pledged", "تعهد حلفاء كييف": the state is not who pledges
ASSOCIATES = """
partners allies backers donors friends supporters neighbours neighbors
شركاء شركاءها شركاؤها حلفاء حلفاؤها داعمو داعمي أصدقاء مانحو مانحي جيران
"""
# Cues of going on: a pledge only where a giving word or a category follows at once ("ستواصل دعم موازنة السلطة",
# not "ستواصل العمل على قرض")
CONTINUE = """
ستواصل سيواصل سنواصل تواصل يواصل will_continue_to would_continue_to
"""
# Verbs that give troops where they name nothing else ("said it remained ready to deploy within days")
DEPLOY = "deploy deploys deploying will_deploy would_deploy"
# Agreeing commits only to giving: "اتفق قادة الاتحاد على تقديم قرض", not "اتفقوا على مواصلة المحادثات".
AGREE = """
اتفق اتفقت اتفقوا اتفقا اتفقتا agreed_on
"""
# What a cue may govern that is no gift: a proposal offered ("عرضت صيغة", "would offer alternatives"), a meeting
# hosted ("ستستضيف اجتماعا", "will host talks"), a text handed over ("ستسلّم نسخة معدلة"), talking about something
# ("willing to discuss the weapons", "مستعدة لمناقشة"); read among the first words after the cue
NOT_GIFTS = """
صيغة صيغا مقترح مقترحا مقترحات اقتراح اقتراحا اقتراحات فكرة أفكارا مبادرة خطة رؤية تصورا حلا حلولا تسوية وساطة
اجتماع اجتماعا اجتماعات قمة مؤتمر مؤتمرا لقاء محادثات مفاوضات جولة
نسخة نسخا وثيقة الوثيقة ردا ردها رده ردهم رسالة مذكرة قائمة
لمناقشة مناقشة لبحث بحث للتفاوض التفاوض للحوار الحوار لدراسة دراسة للنظر النظر
proposal proposals counter-proposal counterproposal plan plans compromise idea ideas formula alternative alternatives
suggestion suggestions mediation meeting meetings summit conference talks negotiations round
copy document response reply letter memo list text draft
discuss discussing talk talking negotiate negotiating consider considering study studying examine explore
"""
GIVING = """
تقديم منح إقراض تمويل إرسال نشر قرض قرضا provide give lend send deploy fund loan
"""
CATEGORIES: dict[str, str] = {
    "troops": """جنود جنديا جندي الجنود جنودها جنوده قوات القوات قواتها قواته قواتهما عسكريين كتيبة كتائب لواء
                 سرية سرية_مشاة سرايا مشاة فوج infantry company_of rotation_of العمود_الفقري backbone قواتنا جنودنا
                 مراكز_عسكرية قواعد_عسكرية troops soldiers forces personnel battalion battalions brigade
                 contingent boots military_hubs hubs bases وحداتها وحدات_عسكرية قوة_الطمأنة قوة_طمأنة
                 قوة_متعددة_الجنسيات القوة_متعددة_الجنسيات قوة_الاستقرار قوات_حفظ_السلام reassurance_force
                 multinational_force stabilization_force stabilisation_force peacekeeping_force peacekeepers""",
    "training": """تدريب التدريب مدربين مدربون مدربا training trainers instructors train""",
    "funding": """تمويل التمويل مساعدات_مالية قرض قرضا يورو دولار funding finance financing loan euros dollars €
                  $ budget""",
    "equipment": """معدات أسلحة منظومات منظومة صواريخ ذخائر دفاع_جوي دفاعات_جوية باتريوت دبابات مدرعات
                    التسليح تسليح عتاد آليات_ثقيلة heavy_machinery machinery
                    equipment weapons air_defence air_defense systems missiles ammunition munitions tanks
                    patriot armoured vehicles""",
    "air": """طائرات_مقاتلة مقاتلات دوريات_جوية الدوريات_الجوية حماية_الأجواء الشرطة_الجوية سلاح_الجو الأجواء air_policing
              air-policing surveillance_aircraft
              fighter_jets jets aircraft air_cover skies air_patrols طائرات طائرات_استطلاع طائرات_مراقبة
              طائرات_الإنذار_المبكر أواكس awacs""",
    "maritime": """بحرية البحرية البحر_الأسود سفن كاسحات maritime naval
                   minesweepers black_sea ships navy warships frigates القوات_البحرية""",
    "intelligence": """استخبارات الاستخبارات استخباراتية استخبارية الاستخباراتية الاستخبارية استخباراتيا مراقبة المراقبة أقمار_صناعية intelligence
                       surveillance monitoring satellites reconnaissance""",
}

# More of each category's family: inflections (accusative, possessive), synonyms, weapon and aircraft names
CATEGORIES_MORE: dict[str, str] = {
    "troops": """كتيبتين سريتين لوائين جنودا جنودهم فرقة_عسكرية وحدات_عسكرية قوات_برية قواتا قوة_برية أفراد_عسكريين
                 troop ground_troops ground_forces ground_force boots_on_the_ground peacekeeping units military_personnel
                 servicemen service_members regiment division""",
    "training": """تدريبية تدريبي التدريبية مدربيها مدربي تأهيل trainer instructor training_mission
                   training_missions""",
    "funding": """تكاليف التكاليف نفقات costs cost bill أموال الأموال منحة منح_مالية قروض تمويلا دعم_مالي الدعم_المالي مساعدات_مالية مساعدة_مالية
                  money funds cash grant grants loans tranche financial_aid financial_support financial_assistance
                  pounds موازنة ميزانية رواتب الرواتب salaries wages fund pay_for pays_for paid_for paying_for""",
    "equipment": """منظومة_دفاع_جوي الدفاع_الجوي دفاعات الدفاعات_الجوية ذخيرة الذخيرة 
                    مدفعية أنظمة الأنظمة عربات مدرعة سلاحا أسلحتها air-defence air-defense artillery howitzers
                    arms weaponry hardware interceptors armored armour armor طائرة_مسيرة طائرات_مسيرة
                    مسيرات المسيرات طائرات_بدون_طيار""",
    "air": """تايفون رافال غريبن إف-16 إف_16 سرب أسراب المجال_الجوي مجالها_الجوي طائرات_حربية سلاح_الجو_الملكي
              مهمة_جوية الحماية_الجوية typhoon typhoons rafale rafales gripen gripens f-16 f-16s f-35 f-35s
              squadron squadrons airspace air_force air_mission air_patrol warplanes أجواء الإسناد_الجوي إسناد_جوي
              طائرتين طائرتي الدعم_الجوي دعم_جوي الغطاء_الجوي غطاء_جوي air_support""",
    "maritime": """فرقاطة فرقاطتين سفينة_حربية سفن_حربية سفينتين كاسحة_ألغام كاسحتي_ألغام كاسحات_الألغام الملاحة حرية_الملاحة الألغام_البحرية مهمة_بحرية سفينة سفنا فرقاطات كاسحات_ألغام الموانئ
                   minehunters mine_countermeasures shipping_lanes sea_lanes navigation
                   frigate naval_mission sea""",
    "intelligence": """معلومات_استخباراتية تبادل_المعلومات الإنذار_المبكر صور_الأقمار_الصناعية isr
                       إنذار_مبكر early_warning intelligence-sharing intelligence_sharing satellite_imagery استخباراتي
                       استخباري الاستخباراتي الاستخباري""",
    # demining is maritime only at sea ("نزع الألغام في البحر الأسود"), else "other" (fields, towns: see
    # pledges._demining)
    "demining": """إزالة_الألغام نزع_الألغام demining mine_clearance mine-clearing mine_clearing""",
    # a share of the economy given ("0.25% of its GDP", "ربع في المئة من ناتجها المحلي"): funding, but not a state's
    # own defence spending (see pledges._gdp_share)
    "gdp": """الناتج_المحلي ناتجها_المحلي ناتجه_المحلي ناتجهم_المحلي gdp gross_domestic_product""",
    "other": """لوجستي لوجستية اللوجستي اللوجستية الدعم_اللوجستي مركز_لوجستي مركزا_لوجستيا logistics logistic
                مستشفى_ميداني مستشفيات_ميدانية مستشفيين_ميدانيين field_hospital field_hospitals
                logistical logistics_hub مركز_الإمداد مركز_إمداد مركزا_للإمداد supply_hub""",
}
for _cat, _ws in CATEGORIES_MORE.items():
    CATEGORIES[_cat] = CATEGORIES.get(_cat, "") + " " + _ws
# Verbs that name what they give ("ستدرّب وحدات أوكرانية": training; "ستموّل بناء منشآت": funding), with the future
# prefix (a proclitic the matcher does not strip) and object pronouns
VERB_CATEGORIES: dict[str, str] = {
    "training": "درب",
    "funding": "مول",
}
# Arabic category words whose form with the article means something else ("السرية": secrecy, "اللواء": a general)
NO_ARTICLE = "سرية لواء"


def category_words() -> list[tuple[str, str]]:
    """(word, category) of every category word: the listed ones, the Arabic single words with the article too
    ("أسلحة", "الأسلحة"), and the forms of the verbs that name what they give."""
    out: list[tuple[str, str]] = []
    no_article = set(NO_ARTICLE.split())
    for cat, block in CATEGORIES.items():
        for w in block.split():
            out.append((w, cat))
            if "\u0600" <= w[:1] <= "\u06ff" and "_" not in w and not w.startswith("ال") and w not in no_article:
                out.append(("ال" + w, cat))
            elif "\u0600" <= w[:1] <= "\u06ff" and w.count("_") == 1 and "ال" not in (w[:2], w.split("_")[1][:2]):
                # two words with the article: on both ("أقمار صناعية", "الأقمار الصناعية") or, of a noun's
                # complement, on the second ("كاسحة ألغام", "كاسحة الألغام")
                a, b = w.split("_")
                out += [(f"ال{a}_ال{b}", cat), (f"{a}_ال{b}", cat)]
    for cat, stems in VERB_CATEGORIES.items():
        for stem in stems.split():
            for fut in ("", "س"):
                for person in "تين":
                    for end in ("", "ان", "ون"):
                        for pron in (("", "ها", "ه", "هم", "هما") if not end else ("",)):
                            out.append((fut + person + stem + end + pron, cat))
    return list(dict.fromkeys(out))


# Families of giving verbs. A family word commits only where the future or an intention governs it (see
# :func:`family_words` and ``pledges._governed``); it then pledges what its clause names (never "other" alone).
# Arabic: imperfect stems after the person prefix (ت ي ن: ترسل، يرسل، نرسل; with the future proclitic س
# read off the text), with dual/plural endings and object pronouns, and the verbal nouns ("مستعدة لإرسال").
AR_STEMS = """
رسل نشر قدم ساهم سهم وفر زود مول قرض درب خصص شارك ستضيف قود تولى تكفل منح تبرع جهز دعم رصد بعث ضطلع تقاسم ضخ
نضم تحمل ؤمن حمي ضع مد وفد
"""
AR_NOUNS = """
إرسال نشر تقديم مساهمة إسهام توفير تزويد تمويل إقراض تدريب تخصيص مشاركة استضافة قيادة تولي تكفل منح تبرع
تجهيز دعم رصد بعث الاضطلاع اضطلاع ضخ انضمام تحمل تأمين حماية تسيير إيفاد
جزءا جزء حاضرة حاضرا حاضرين حاضرون منحة منحا صندوق صندوقا
"""
# English verbs: base, third person, past, -ing (irregular forms written out)
EN_VERBS = """
send:sends:sent:sending deploy provide contribute supply:supplies:supplied:supplying fund finance
lend:lends:lent:lending train host lead:leads:led:leading donate give:gives:gave:giving station dispatch:dispatches
allocate earmark deliver field equip:equips:equipped:equipping dedicate patrol:patrols:patrolled:patrolling
police:polices:policed:policing join participate take_part:takes_part:took_part:taking_part
put_up:puts_up:put_up:putting_up commit:commits:committed:committing offer pledge
contribute_to take_charge_of:takes_charge_of:took_charge_of:taking_charge_of base:bases:based:basing
shoulder run:runs:ran:running help_fund help_train help_protect protect secure foot cover
chip_in:chips_in:chipped_in:chipping_in take_the_lead_on:takes_the_lead_on:took_the_lead_on:taking_the_lead_on
take_the_lead_in:takes_the_lead_in:took_the_lead_in:taking_the_lead_in be_part_of:is_part_of:was_part_of:being_part_of be_present:is_present:was_present:being_present
pay_for:pays_for:paid_for:paying_for put:puts:put:putting channel:channels:channelled:channelling
buy:buys:bought:buying purchase back support
play_a_role:plays_a_role:played_a_role:playing_a_role play_the_leading_role:plays_the_leading_role:played_the_leading_role:playing_the_leading_role
play_a_leading_role:plays_a_leading_role:played_a_leading_role:playing_a_leading_role
play_a_key_role:plays_a_key_role:played_a_key_role:playing_a_key_role
"""
# English nouns of a gift, governed by an owner ("Germany's contribution will include", "its package") or by a
# verb of announcing before them ("announced a €500 million package")
# Verbs of buying: a gift only when bought for another ("would buy $500m of missiles for Kyiv", not "would buy gas")
EN_BUYING = "buy:buys:bought:buying purchase"
# Verbs of backing: a gift only of what they back with ("would back the force with intelligence and air support")
EN_BACKING = "back support"
EN_NOUNS = "contribution contributions package donation offering share"
EN_ANNOUNCING = "announced unveiled approved adopted agreed presented outlined detailed finalised finalized"
# Verbs that pledge an amount marked as more than before ("will spend an extra 5 billion crowns", "announced a
# further €30 million", "is adding another $200 million"): the amount is new money given, whatever the verb
EN_EXTRA_VERBS = """
spend:spends:spent:spending announce:announces:announced:announcing add:adds:added:adding inject approve unveil
put_up:puts_up:put_up:putting_up set_aside:sets_aside:set_aside:setting_aside make_available:makes_available:made_available:making_available
release:releases:released:releasing channel:channels:channelled:channelling
"""
EN_EXTRA = "extra additional further another"
# Verbs that announce an amount as a gift where a gift noun follows it ("announced a C$400m loan", "unveiled €300
# million in grants"), and those nouns
EN_ANNOUNCE = "announce unveil approve"
EN_GIFTS = "loan loans grant grants fund aid package credit donation donations tranche"
# verbs of a decision that govern a family word in -ing: "parliament approved sending 300 trainers"
EN_DECIDING = "approved authorised authorized endorsed backed greenlighted sanctioned"
# Words of intention that govern a family word after them (with "to", "أن", "على", "ب", "ل" between)
AR_INTENT = """
تعتزم يعتزم نعتزم اعتزامها اعتزامه عزمها عزمه تنوي ينوي ننوي نيتها نيته قررت قرر قرروا تقرر يقرر وافقت وافق
وافقوا توافق يوافق أعلنت أعلن أعلنوا تخطط يخطط خططها جاهزة جاهز جاهزون جاهزين مستعدة مستعد مستعدون
مستعدين استعدادها استعداده استعدادهم استعدادهما تعهدت تعهد تعهدوا تتعهد يتعهد نتعهد التزمت التزم التزموا
تلتزم يلتزم نلتزم عرضت عرض عرضوا تعرض يعرض سوف قد بصدد تستعد يستعد تسعى يسعى تتجه يتجه أبدت أبدى
وعدت وعد وعدوا تعد يعد المقرر المتوقع المنتظر المرتقب يتوقع يرتقب رغبتها رغبته رغبتهم رغبتهما
مكتفية مكتفيا مكتفين مكتفيتين التزامها التزامه التزامهم التزامهما التزامنا
"""
EN_INTENT = """
plan plans planned planning intend intends intended intending agree agrees agreed decided decide decides
vowed vow vows pledged pledge pledges promised promise promises offered offer offers committed set expected
expects going aims aimed aim ready prepared willing volunteered undertook undertake undertakes able poised
stands_ready stood_ready preparing prepares moved moving seeks sought signed_up
"""
# verbs of going on that govern a family word in -ing after the future: "would keep paying for", "will continue
# sending"
EN_KEEP = "keep continue go_on"
# what may stand between an intention and the verbal noun it governs: "مستعدة أيضًا لنشر"
AR_BETWEEN = "أيضا كذلك بدورها بدوره بدورهم بالفعل فعلا دائما حاليا جدا تماما"
# auxiliaries of the future, and what may stand between them and the verb ("will also send", "will help train")
EN_FUTURE = "will would shall 'll wo"
EN_BETWEEN = """
also likely probably still soon then now initially jointly each both together immediately further
additionally first eventually quickly help be not_only rapidly swiftly
"""


def family_words() -> list[tuple[str, str]]:
    """(word, form) of every family word: Arabic "imp" (imperfect) and "noun", English "base", "s", "ed",
    "ing"."""
    out: list[tuple[str, str]] = []
    for stem in AR_STEMS.split():
        for person in "تين":
            for end in ("", "ان", "ون"):
                for pron in (("", "ها", "ه", "هم", "هما") if not end else ("",)):
                    out.append((person + stem + end + pron, "imp"))
    for w in AR_NOUNS.split():
        out.append((w, "noun"))
        if not w.startswith("ال"):
            out.append(("ال" + w, "noun"))  # "رغبتها في المشاركة"
        if w.endswith("ة"):  # "مساهمتها", "مشاركته"
            out += [(w[:-1] + "ت" + pron, "noun") for pron in ("ها", "ه", "هم", "هما")]
    for entry in EN_VERBS.split():
        out += en_forms(entry)
    out += [(w, "en-noun") for w in EN_NOUNS.split()]
    return list(dict.fromkeys(out))
