"""Cue words of commitments and their categories (``marsad.pledge_rules.v1``).

Words are separated by white space; the words of a phrase are joined by "_".
"""
from __future__ import annotations

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
will_act_as would_act_as ستؤدي_دور سيؤدي_دور ستؤدي_دورا سيؤدي_دورا
قد_تنشر قد_ينشر قد_ترسل قد_يرسل ستخصص سيخصص ستدرب سيدرب سندرب ستواصل سيواصل سنواصل
مستعدة_لتقديم مستعد_لتقديم مستعدون_لتقديم مستعدة_للمساهمة مستعد_للمساهمة مستعدة_لتدريب مستعد_لتدريب
اتفق اتفقت اتفقوا اتفقا اتفقتا
ستوفران سيوفران ستقدمان سيقدمان سترسلان سيرسلان ستنشران سينشران ستساهمان سيساهمان مستعدين_لنشر مستعدون_لنشر
مستعدين_لإرسال
نتعهد نلتزم سنوفر سنزود سنقيم سنخصص سنمول سنقرض مستعدون_لإرسال مستعدون_لنشر مستعدون_للمساهمة مستعدون_لتدريب
will_train would_train will_continue_to would_continue_to willing_to agreed_to_provide agreed_to_lend
agreed_to_give agreed_to_send agreed_on led_the_pledges leads_the_pledges
"""
# Cues in the first person: inside a quote, a commitment of its speaker (and of the state they speak for)
# without a "we" before them; the forms with the future prefix "سن" are known by it.
FIRST_PERSON = """
نتعهد نلتزم
"""
# Cues that commit to nothing in particular: a pledge only where the clause names what is given.
WEAK = """
استعدادها استعداده استعدادهما استعدادهم ready_to prepared_to willing_to will_run would_run ستقود سيقود
ستواصل سيواصل سنواصل will_continue_to would_continue_to committed commit commits allocated has_allocated
earmarked مستعدة_لتقديم مستعد_لتقديم مستعدون_لتقديم
"""
# Agreeing commits only to giving: "اتفق قادة الاتحاد على تقديم قرض", not "اتفقوا على مواصلة المحادثات".
AGREE = """
اتفق اتفقت اتفقوا اتفقا اتفقتا agreed_on
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
              fighter_jets jets aircraft air_cover skies air_patrols""",
    "maritime": """بحرية البحرية إزالة_الألغام نزع_الألغام البحر_الأسود سفن كاسحات maritime naval demining
                   mine_clearance minesweepers black_sea ships navy warships frigates القوات_البحرية""",
    "intelligence": """استخبارات الاستخبارات استخباراتية استخبارية الاستخباراتية الاستخبارية استخباراتيا مراقبة المراقبة أقمار_صناعية intelligence
                       surveillance monitoring satellites reconnaissance""",
}
