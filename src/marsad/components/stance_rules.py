"""Cue words of positions (``marsad.stance_rules.v1``): support, oppose, open, in both languages.

Words are separated by white space; the words of a phrase are joined by "_" ("ruled_out").
"""
from __future__ import annotations

VERSION = "marsad.stance_rules.v1"

SUPPORT = """
أيد أيدت أيدوا أيدا أيدتا يؤيد يؤيدان تؤيدان تؤيد يؤيدون تأييد تأييده تأييدها تأييدهم تأييدهما مؤيد مؤيدة
دعم دعمت دعموا دعما دعمتا يدعم تدعم يدعمون يدعمان تدعمان دعمه دعمها دعمهما
رحب رحبت رحبوا رحبا رحبتا يرحب ترحب يرحبان ترحبان ترحيب ترحيبه ترحيبها ترحيبهما
أصر أصرت أصروا أصرا أصرتا يصر تصر يصرون يصران تصران إصرار إصراره إصرارها إصرارهما
تمسك تمسكت تمسكوا تمسكا تمسكتا يتمسك تتمسك يتمسكان تتمسكان
طالب طالبت طالبوا طالبا طالبتا يطالب تطالب يطالبان تطالبان المطالبة مطالبة مطالبتها
دعا دعت دعوا دعتا يدعو تدعو يدعوان تدعوان الدعوات دعوات دعوته دعوتها
سعى سعت تسعى يسعى نسعى
وحث وحثت حثت حثوا يحث تحث يحثون
اقترح اقترحت اقترحوا يقترح تقترح طرحت
حشد
فضل فضلت فضلوا فضلتا يفضل تفضل يفضلان تفضلان تفضيل تفضيلها تفضيله
ساند ساندت يساند تساند
دافع دافعت دافعوا يدافع تدافع
تبنى تبنت يتبنى تتبنى
الحاجة_إلى ضرورة بضرورة
يقبل تقبل يقبلون نقبل بقبول قبوله قبولها
وافق وافقت وافقوا وافقا وافقتا يوافق توافق يوافقون يوافقان توافقان موافقة موافقتها موافقته
support supports supported supporting back backs backed backing welcome welcomes welcomed welcoming
favour favours favoured favor favors favored endorse endorses endorsed endorsing
insist insists insisted insisting urge urges urged urging champion champions championed
prefer prefers preferred advocate advocates advocated
pushed_for push_for pushing_for called_for calls_for call_for seek seeks sought
agreed_to agree_to agrees_to agreed accept accepts accepted
the_need_for the_need_to stressed_the_need
want wants wanted proposed proposes put_forward threw_their_weight_behind threw_its_weight_behind
throw_their_weight_behind throws_its_weight_behind hailed hails
تدفع_باتجاه يدفع_باتجاه دفعت_باتجاه دفع_باتجاه تدفع_نحو يدفع_نحو pushes_for
أساسا a_basis_for the_basis_for a_good_basis a_sound_basis
praise praises praised praising أشاد أشادت أشادوا أشادا يشيد تشيد يشيدون إشادة
راهن راهنت يراهن تراهن يراهنون نقطة_انطلاق starting_point a_starting_point
approve approves approved approving stood_behind stands_behind stand_behind pressed_for presses_for press_for
pressing_for اعترف اعترفت يعترف تعترف نعترف تسمح يسمح نسمح سمحت
demand demands demanded demanding appeal_for appeals_for appealed_for lobbying_for lobbied_for lobbies_for lobby_for
مشترطا مشترطة مشترطين اشترط اشترطت يشترط تشترط
متمسك متمسكة متمسكون متمسكين متمسكا متمسكان
داعيا داعية داعين مطالبا مطالبين مرحبا مرحبة مرحبين مؤيدا
thrown_his_weight_behind threw_his_weight_behind throws_his_weight_behind thrown_her_weight_behind
threw_her_weight_behind thrown_its_weight_behind thrown_their_weight_behind
"""
# Commitments: a position only on a topic named in the same clause ("will not send soldiers into
# Ukraine", "signed a declaration on deploying a multinational force").
COMMIT = """
signed sign signs send sends sending contribute contributes contributing deploy deploys
put_their_names_to
committed_to commits_to pledged pledges offered offers
وقع وقعا وقعت وقعتا وقعوا سترسل سيرسل ترسل يرسل تساهم يساهم ستساهم سيساهم تعهدت تعهد تلتزم التزمت
مستعدة_لنشر مستعد_لنشر مستعدة_لإرسال مستعد_لإرسال
stands_ready_to stood_ready_to stand_ready_to ماض_في ماضية_في ماضون_في ماضيان_في
"""
# Joining: a commitment only to a topic named right after the verb ("would not join the board").
JOIN = """
join joins joined joining انضمت انضم انضموا تنضم ينضم ستنضم سينضم put puts
"""
OPPOSE = """
عارض عارضت عارضوا عارضا عارضتا يعارض تعارض يعارضون يعارضان تعارضان معارضة معارضته معارضتها معارضتهم معارضتهما معارض معارضة الرافض الرافضة الرافضين
المعارض المعارضة_لنشر
رفض رفضت رفضوا رفضا رفضتا يرفض ترفض يرفضون يرفضان ترفضان رفضه رفضها رفضهم رفضهما رافض رافضة
تحفظ تحفظت يتحفظ تتحفظ تحفظات تحفظها تحفظه
استبعد استبعدت استبعدوا استبعدا استبعدتا يستبعد تستبعد
اعترض اعترضت يعترض تعترض
ندد نددت انتقد انتقدت ينتقد تنتقد
oppose opposes opposed opposing reject rejects rejected rejecting
ruled_out rules_out rule_out ruling_out resist resists resisted block blocks blocked blocking
veto vetoes vetoed criticised criticized criticise criticize object objects objected
refuse refuses refused dismissed dismisses declined declines stayed_away_from
not_on_the_table off_the_table non-negotiable ليس_مطروحا ليست_مطروحة غير_مطروح غير_قابل_للتفاوض
ruled_this_out ruled_it_out rules_it_out rule_it_out ruled_that_out
unwilling_to not_willing_to balked_at balks_at balk_at condemn condemns condemned condemning denounced
denounces slammed تمانع يمانع نمانع مانعت reservations_about reservations_over reservations_on refusal objection objections turned_down turn_down turns_down turning_down
اعتراض اعتراضه اعتراضها اعتراضهم اعتراضهما
poured_cold_water_on pours_cold_water_on pouring_cold_water_on out_of_the_question غير_وارد
رافضا رافضين معارضا
"""
OPEN = """
انفتاح انفتاحها انفتاحه انفتاحهم انفتاحهما منفتح منفتحة منفتحون
استعداد استعدادها استعداده استعدادهم استعدادهما مستعد مستعدة
openness open_to signalled_openness signaled_openness willing_to_consider considering
questioned_whether questions_whether questioning_whether sceptical_of sceptical_about skeptical_of skeptical_about
wary_of doubts_about doubted_whether cast_doubt_on casts_doubt_on شكك شككت يشكك تشكك مشككا مشككة
"""
# Words inside a quotation that state what the speaker wants: the speaker supports the topic.
QUOTE_SUPPORT = """
نسعى نريد نحتاج نحن_بحاجة يجب ضروري ضرورية تتطلب يتطلب نطالب ندعو ندعم نؤيد
we_need we_must we_want we_seek we_support must should essential requires need demands demand
had_to has_to have_to
"""
# Phrases that hold a cue word but state no position ("على وقع المفاوضات": amid the talks; "فضلًا عن": besides).
NOT_POSITION = """
على_وقع وعلى_وقع فضلا_عن on_the_basis_for on_the_basis_of
"""
# Words of obligation: in a "that"-clause after a cue, the topic after them is what the actor asks for
# ("insisted that any provision touching sanctions must have the consent of ...").
MODALS = """
يجب ينبغي لا_بد must should has_to have_to had_to needs_to need_to
"""
# Nouns that name two actors named together before ("Britain and France ... Both hosts urged"): leaders
# (two people, or the two states they lead) and states.
PAIR_LEADERS = """
both_hosts the_two_hosts both_leaders the_two_leaders both_men the_two_men both_presidents the_two_presidents
both_co-chairs the_two_co-chairs the_co-chairs both_mediators the_two_mediators both_ministers the_two_ministers
الوسيطان الوسيطين الوزيران الوزيرين
الزعيمان الزعيمين القائدان القائدين الرئيسان الرئيسين كلا_الزعيمين كلا_الرئيسين
"""
PAIR_STATES = """
both_countries the_two_countries both_governments the_two_governments both_capitals the_two_capitals
البلدان البلدين الدولتان الدولتين العاصمتان العاصمتين الحكومتان الحكومتين كلا_البلدين
"""
# A bare plan noun names the plan the article spoke of last: the case's plan, or a plan to do what
# another topic names ("سقطت خطة «قرض التعويضات» ... أوربان، الذي عارض الخطة منذ البداية").
BARE_PLAN = """
الخطة هذه_الخطة تلك_الخطة الخطة_نفسها the_plan this_plan that_plan the_scheme this_scheme
"""
# Conditions in a quote: after a negation, what a thing cannot be without is asked for ("لن تكتمل الهدنة من
# دون انسحاب إسرائيلي كامل", "no peace will hold unless Ukraine has strong guarantees").
REQUIRE = """
من_دون بدون ما_لم without unless لا_تتضمن لا_يتضمن لا_تشمل لا_يشمل does_not_include doesn't_include
"""
# Judgements that oppose what they judge; the judge is the subject of the sentence ("The Kremlin has warned
# that it regards any Western troops in Ukraine as a legitimate target", "حذرت موسكو من أن أي قوات غربية
# ستُعد أهدافًا مشروعة").
JUDGE_OPPOSE = """
legitimate_target legitimate_targets a_provocation هدفا_مشروعا أهدافا_مشروعة استفزازا
سيقوض ستقوض يقوض تقوض would_undermine will_undermine undermines premature سابق_لأوانه سابقا_لأوانه
a_red_line red_line خطا_أحمر خط_أحمر
"""
